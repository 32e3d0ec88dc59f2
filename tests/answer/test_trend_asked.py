"""Asked which way a figure went ("has the number of complaints gone down"), a figure given as a change
("decreased by 16% from 1809 to 1520") answers it, a level alone does not (answer/extractive.py
intent_bonus, answer/facts.py TREND_ASKED and CHANGE)."""
from __future__ import annotations

from answer.scoring import intent_bonus
from core.settings import Settings
from core.types import Coverage
from retrieval.plan import understand
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

CHANGED = "The number of complaints decreased by 16% from 1809 in 2022/23 to 1520 in 2023/24."
REDUCED = "The number of children offending had reduced from 147 to 120 in 2023/2024."
LEVEL = "In 2023/24 the Council received 1,520 complaints and 2,310 compliments across 14 services."

REPORT = ("Customer Feedback Annual Report 1 April 2023 to 31 March 2024\n\n"
          "1.1 In 2023/24 the Council received complaints through 14 services, with 2,310 compliments recorded "
          "by the Customer Relations Team in 2023/24.\n\n"
          "1.2 The number of complaints decreased by 16% from 1809 in 2022/23 to 1520 in 2023/24.\n\n"
          "1.3 Complaints are logged by the Customer Relations Team within 2 working days of receipt.")


def test_a_figure_given_as_a_change_is_lifted_for_a_question_asking_which_way_it_went():
    settings = Settings()
    for question in ("Has the number of complaints the council gets gone down?",
                     "Is the number of kids getting into trouble with the police going down?",
                     "Has the number of children in care risen in the last year?"):
        plan = understand(question, Coverage.of([]))
        assert plan.intent == "quantity", question
        assert intent_bonus(plan, CHANGED, settings) == 2 * settings.intent_bonus, question
        assert intent_bonus(plan, REDUCED, settings) == 2 * settings.intent_bonus, question
        assert intent_bonus(plan, LEVEL, settings) == settings.intent_bonus, question
    # asked how many, not which way: a change is a figure like any other
    plan = understand("How many complaints did the council get?", Coverage.of([]))
    assert intent_bonus(plan, CHANGED, settings) == intent_bonus(plan, LEVEL, settings) == settings.intent_bonus


def test_asked_whether_complaints_went_down_the_answer_opens_with_the_change():
    chunk = make_chunk("cf", REPORT, meeting_date="2024-09-17", doc_type="report",
                       title="Customer Feedback Annual Report")
    answer = ask("has the number of complaints the council gets gone down", [chunk])
    assert answer.answered and "1809" in first_line(answer), answer.answer
