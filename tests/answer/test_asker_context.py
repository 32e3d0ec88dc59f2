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


# a county's quarterly performance report on health visiting, and two other paragraphs of it
HEALTH_VISITING = ("Health Visiting\n\nIn Quarter 3, the Health Visiting Service delivered 17,051 mandated universal "
                   "health and wellbeing reviews, 88.6% of those due. The proportion of new birth visits delivered "
                   "within 10-14 days at 94.2%, was slightly below the 95% target. The proportion of antenatal "
                   "contacts delivered this quarter was 50.7%, surpassing the 50% target.")
LIBRARIES = ("Libraries, Registration and Archives\n\nThere were 771,600 visits to libraries in the quarter, and "
             "the registration service recorded 4,222 deaths and 3,901 births. Customer satisfaction with registration "
             "was 96%. Baby rhyme time sessions in the first weeks of the new year were well attended. Health and "
             "wellbeing events were held in 40 libraries, and home library service visits continued.")
PUBLIC_HEALTH = ("Public Health\n\nThe NHS Health Check programme delivered 7,678 checks in the quarter. Visits by "
                 "the stop smoking service to first-time patients rose, and health trainers made 1,200 home visits. "
                 "The infant feeding service supported new mothers in the first weeks after birth.")
HIGHWAYS = ("Highways\n\nThe number of potholes repaired within 28 days this quarter was 3,058 out of a possible "
            "3,243. Maidstone and Tonbridge saw the most enquiries after the storms.")


@pytest.mark.slow
def test_a_story_that_dilutes_the_question_does_not_decline_what_it_asks(embedder):
    # the story's words (a daughter, a midwife, being exhausted) are about the asker: scored with them, the
    # sentence that answers is under the bar (answer.extractive.asked_answers)
    kw = dict(meeting_date="2025-03-04", doc_type="appendix", title="Quarterly Performance Report, Quarter 3 2024/25")
    chunks = [make_chunk("lib", LIBRARIES, **kw), make_chunk("ph", PUBLIC_HEALTH, **kw),
              make_chunk("hv", HEALTH_VISITING, **kw), make_chunk("hw", HIGHWAYS, **kw)]
    a = ExtractiveAnswerer(embedder, Settings(), idf={t: 2.0 for c in chunks for t in terms(c.text)})
    q = ("my daughter had her first baby in maidstone three weeks ago, the midwife signed her off, she is exhausted "
         "and nobody has been round yet. do the health visitors usually manage to visit new babies within the first "
         "couple of weeks?")
    answer = a.answer(understand(q, Coverage.of(chunks)), [Passage(c, 1.0 / (i + 1)) for i, c in enumerate(chunks)])
    assert answer.answered, answer.answer
    assert "94.2%" in answer.answer.splitlines()[0]
