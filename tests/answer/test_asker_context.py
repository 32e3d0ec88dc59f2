"""Long questions that tell the asker's own circumstances before asking ("My son has waited since
January for his assessment and nobody calls back - is the council doing anything about the
delays?"): the plan tells the story (retrieval.plan.asker_context) from what is asked, and the
answer's checks judge what is asked, not the story's words (answer.coverage.told_of_asker)."""
from __future__ import annotations

import pytest

from answer.coverage import coverage, told_of_asker
from answer.extractive import ExtractiveAnswerer
from core.settings import Settings
from core.terms import terms
from core.types import Coverage, Passage
from retrieval.plan import asker_context, understand
from tests.retrieval.conftest import make_chunk

# a county's scrutiny report on its early help service, one section a chunk
EARLY_HELP = ("2.8 Supporting Families programme\n\nUnder the Supporting Families programme the Council has claimed "
              "payment by results for 1,204 families since April 2022, which places it ninth of the 151 upper-tier "
              "authorities taking part. A spot check by the Department for Levelling Up in March found the Council's "
              "claims well evidenced.")
CASELOADS = ("3.1 Social work caseloads\n\nThe average caseload of a social worker in the Children in Need and "
             "Child Protection teams fell from 19.2 in April to 16.8 in December, as vacancies were filled.")
OTHER = ("The minutes of the meeting held on 12 March were agreed as a correct record. The Committee noted the "
         "work programme. Apologies were received from Councillor Dale.")


def test_the_asker_s_story_is_told_apart_from_what_is_asked():
    q = ("My son has waited since January for his EHCP assessment and nobody calls back - "
         "is the council doing anything about the delays?")
    assert asker_context(q) == "My son has waited since January for his EHCP assessment and nobody calls back -"
    q = "We were on the scheme when my husband lost his job and it kept us afloat. How many families has it helped?"
    assert asker_context(q) == "We were on the scheme when my husband lost his job and it kept us afloat."
    plan = understand(q, Coverage())
    assert plan.asked == "How many families has it helped?"
    assert plan.intent == "quantity"
    assert {"husband", "afloat"} <= plan.context_terms()
    # no story: a question alone, a question before its explanation, a statement not about the asker
    assert asker_context("How many families has the scheme helped?") == ""
    assert asker_context("What did the committee decide? I need to know for my residents.") == ""
    assert asker_context("The road by the school is shut. Why?") == ""
    assert understand("How many families has the scheme helped?", Coverage()).asked == \
        "How many families has the scheme helped?"


def test_a_name_in_the_story_is_still_judged():
    plan = understand("My daughter goes to Abbeyfield Academy and loves it. How many pupils were excluded?",
                      Coverage())
    told = told_of_asker(plan)
    assert not set(terms("Abbeyfield Academy")) & told
    assert set(terms("daughter loves")) <= told


def answerer(*texts: str) -> ExtractiveAnswerer:
    # words as rare in the index as in these papers, with more papers than these behind them
    return ExtractiveAnswerer(embedder=None, settings=Settings(), idf={t: 2.0 for x in texts for t in terms(x)})


def test_a_rare_word_of_the_story_is_no_subject_the_papers_leave_out():
    a = answerer(EARLY_HELP, CASELOADS, OTHER)
    q = ("We were on the Supporting Families programme when my husband lost his job and it kept us afloat. "
         "How many families has the council claimed for?")
    assert a.missing_subject(understand(q, Coverage()), near=set()) is None
    # what is asked is still judged: a subject no paper mentions is missing, whatever story comes first
    q = "My husband lost his job last year and it kept us afloat. Is the council building a crematorium?"
    assert a.missing_subject(understand(q, Coverage()), near=set()) == "crematorium"


def test_coverage_is_of_what_is_asked_and_of_the_story_only_where_the_passages_hold_it():
    a = answerer(EARLY_HELP, CASELOADS, OTHER)
    q = ("My sister is a children's social worker and she says she is drowning in cases and thinking of quitting. "
         "What is the average caseload of a social worker now?")
    plan = understand(q, Coverage())
    held = coverage(plan, [CASELOADS], a.idf, a.unseen_idf)
    asked = understand("What is the average caseload of a social worker now?", Coverage())
    assert held == pytest.approx(coverage(asked, [CASELOADS], a.idf, a.unseen_idf))
    assert held >= Settings().min_coverage


@pytest.mark.slow
def test_a_long_personal_question_is_answered_with_the_figure_it_asks(embedder):
    chunks = [make_chunk("eh-2", EARLY_HELP, meeting_date="2025-06-17", doc_type="report",
                         item="6. Early Help Annual Report"),
              make_chunk("sw-3", CASELOADS, meeting_date="2025-06-17", doc_type="report",
                         item="7. Children's Services Performance"),
              make_chunk("other", OTHER, meeting_date="2025-06-17", doc_type="minutes")]
    a = ExtractiveAnswerer(embedder, Settings(), idf={t: 2.0 for c in chunks for t in terms(c.text)})
    # without the story told apart, "drowning" (a word no paper prints) is taken for the subject
    q = ("My sister is a children's social worker and she says she is drowning in cases and thinking of quitting. "
         "What is the average caseload of a social worker now?")
    answer = a.answer(understand(q, Coverage.of(chunks)), [Passage(c, 1.0 / (i + 1)) for i, c in enumerate(chunks)])
    assert answer.answered, answer.answer
    assert "16.8 in December" in answer.answer.splitlines()[0]
