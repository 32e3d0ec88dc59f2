"""Asked yes or no whether a figure has changed, in a resident's words ("are more people being sent on speed
awareness courses", "has it come down at all", "are people moaning less than they used to"), the sentence
giving the figure as a change or beside an earlier one answers it, over one on the subject giving no change
(retrieval/plan.py CHANGE_ASKED, answer/scoring.py intent_bonus)."""
from __future__ import annotations

from answer.scoring import intent_bonus
from core.settings import Settings
from core.types import Coverage
from retrieval.plan import understand
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

CHANGED = "The number of complaints decreased by 16% from 1809 in 2022/23 to 1520 in 2023/24."
BESIDE_EARLIER = ("Demand keeps growing, with 1,219 courses delivered in the third quarter compared to 1,146 courses "
                  "in the same quarter last year.")
DATED = "Trainers completed their refresher training ahead of the new course going live on 4th November 2024."
LEVEL = "In 2023/24 the Council received 1,520 complaints across 14 services."

REPORT = ("Road Safety and Driver Education\n\n"
          "The trainers all completed their refresher training ahead of the new national "
          "speed awareness course going live on 4th November 2024. "
          "Demand for speed awareness courses keeps growing, with 1,219 delivered in the third quarter compared "
          "to 1,146 in the same quarter last year.\n\n"
          "The team also ran two sessions for older drivers at local libraries.")


def test_a_yes_or_no_question_whether_a_figure_moved_asks_a_change():
    for question in ("Have social worker workloads in Exampleshire come down at all?",
                     "are more people being sent on speed awareness courses",
                     "Are complaints to the council going down overall?",
                     "has it got worse for people killed or seriously hurt on the roads",
                     "are people moaning less about the roads than they used to, complaints wise",
                     "is the pile of unfixed road problems smaller than this time last year",
                     "are more people getting married at the register office than last year"):
        assert understand(question, Coverage.of([])).change, question
    for question in ("is there more information about the library opening hours",
                     # places compared, not times
                     "are more of our 16 and 17 year olds out of school and work than in the rest of the country",
                     "are the bins collected on a tuesday",
                     "how many courses were delivered"):
        assert not understand(question, Coverage.of([])).change, question


def test_a_change_asked_lifts_a_figure_given_as_a_change_not_a_figure_or_a_date_alone():
    settings = Settings()
    plan = understand("are more people being sent on speed awareness courses", Coverage.of([]))
    assert plan.intent == "general"
    assert intent_bonus(plan, CHANGED, settings) == 2 * settings.intent_bonus
    assert intent_bonus(plan, BESIDE_EARLIER, settings) == 2 * settings.intent_bonus
    assert intent_bonus(plan, DATED, settings) == 0.0
    assert intent_bonus(plan, LEVEL, settings) == 0.0
    # not asked which way it went: a change is no answer above any other sentence
    plan = understand("what happened with the speed awareness courses", Coverage.of([]))
    assert intent_bonus(plan, BESIDE_EARLIER, settings) == 0.0


def test_asked_whether_more_people_are_sent_on_courses_the_answer_opens_with_the_change():
    chunk = make_chunk("qpr", REPORT, meeting_date="2025-03-04", doc_type="report",
                       title="Quarterly Performance Report")
    answer = ask("are more people being sent on speed awareness courses", [chunk])
    assert answer.answered and "1,219" in first_line(answer), answer.answer
