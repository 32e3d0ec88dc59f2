"""A resident's remark after the question proper ("how many named storms hit us this autumn, the highways lot
must have been run ragged") is what the asker thinks, not what the papers are asked: the plan tells it apart
(retrieval.plan.asker_aside) as it does a story told before asking, and the answer's checks judge what is
asked ("ragged" is no subject the papers leave out). A total asked in plain words ("how many trees planted
altogether") is the papers' "cumulative total" or "in total" (core/plain_words.txt)."""
from __future__ import annotations

from answer.extractive import ExtractiveAnswerer
from core import thesaurus
from core.settings import Settings
from core.terms import terms
from core.types import Coverage
from retrieval.plan import asker_aside, understand

# a county's quarterly performance report: the highways and the tree-planting sections
WEATHER = ("Highways, Transportation and Waste\n\nThis quarter saw several impactful weather events with a total of "
           "three named storms (Agnes, Babet and Ciaran), resulting in above average rainfall throughout October and "
           "flood warnings in November. As a result, highways crews worked at high capacity on drainage.")
TREES = ("Tree planting\n\nThe Council is on course to enable an additional 48,120 trees this season, bringing the "
         "cumulative total to 212,604 trees since 2020/21, with volunteers planting at 14 community sites.")
OTHER = ("The minutes of the meeting held on 12 March were agreed as a correct record. The Committee noted the "
         "work programme. Apologies were received from Councillor Dale.")


def answerer(*texts: str) -> ExtractiveAnswerer:
    # words as rare in the index as in these papers, with more papers than these behind them
    return ExtractiveAnswerer(embedder=None, settings=Settings(), idf={t: 2.0 for x in texts for t in terms(x)})


def test_the_remark_after_the_question_is_told_apart_from_what_is_asked():
    q = "how many named storms hit us this autumn, the highways lot must have been run ragged"
    assert asker_aside(q) == ", the highways lot must have been run ragged"
    plan = understand(q, Coverage())
    assert plan.asked == "how many named storms hit us this autumn"
    assert plan.intent == "quantity"
    assert {"ragg", "lot"} <= plan.context_terms()
    assert asker_aside("when will the road be fixed - it's been months") == " - it's been months"
    # no remark: what qualifies the thing asked, a second question, a question alone
    assert asker_aside("how much was spent on the park, the one that was refurbished") == ""
    assert asker_aside("what did the cabinet decide, and who paid for it") == ""
    assert asker_aside("is the library closing, the one on the high street") == ""
    assert asker_aside("how many named storms hit the county this autumn") == ""


def test_a_rare_word_of_the_remark_is_no_subject_the_papers_leave_out():
    a = answerer(WEATHER, TREES, OTHER)
    q = "how many named storms hit us this autumn, the highways lot must have been run ragged"
    assert a.missing_subject(understand(q, Coverage()), near=set()) is None
    # what is asked is still judged: a subject no paper mentions is missing, whatever remark follows
    q = "is the council building a crematorium, they must have the money for it"
    assert a.missing_subject(understand(q, Coverage()), near=set()) == "crematorium"


def test_a_total_asked_in_plain_words_is_the_papers_cumulative_total():
    a = answerer(WEATHER, TREES, OTHER)
    plan = understand("how many trees has the council got planted altogether since 2020", Coverage())
    near = thesaurus.held(plan.expansions, set(terms(TREES)))
    assert "altogether" in near
    assert a.missing_subject(plan, near=near) is None
    # a passage giving no total does not hold it
    assert "altogether" not in thesaurus.held(plan.expansions, set(terms(OTHER)))
