"""A meeting named by its month alone ("what was agreed at the March meeting?", "the May meeting of the
parish council") is the newest meeting in that month the index holds (retrieval/plan.py month_meeting):
in scope, its passages preferred, even when its minutes were printed in a later month's agenda pack
(they are dated to their own meeting)."""
from __future__ import annotations

import pytest

from core import dates
from core.types import Coverage
from retrieval.plan import understand

COVERAGE = Coverage(frozenset({
    # the April pack: its agenda, and the March minutes it carries, dated to their own meeting
    ("Fernley Borough Council", "Cabinet", "2024-04-16", "agenda"),
    ("Fernley Borough Council", "Cabinet", "2024-03-12", "minutes"),
    ("Fernley Borough Council", "Cabinet", "2023-03-14", "minutes"),
    ("Fernley Borough Council", "Cabinet", "2025-03-11", "agenda"),      # next March: only its agenda so far
    ("Fernley Borough Council", "Planning Committee", "2024-02-20", "minutes"),
    ("Ashwell Parish Council", "Ashwell Parish Council", "2024-05-13", "minutes"),
    ("Ashwell Parish Council", "Ashwell Parish Council", "2023-05-15", "minutes"),
}))


@pytest.mark.parametrize("question, month", [
    ("What was agreed at the March meeting?", 3),
    ("What did the Cabinet decide at its March meeting?", 3),
    ("What was agreed at the May meeting of the parish council?", 5),
    ("Who seconded the September minutes?", 9),
    ("What was discussed at the meeting held in June?", 6),
    ("What did the March Cabinet meeting decide?", 3),
])
def test_a_meeting_named_by_its_month(question, month):
    assert dates.meeting_month(question) == month


@pytest.mark.parametrize("question", [
    "What was agreed at the March 2024 meeting?",      # a month with its year is a period of its own
    "What may the meeting decide?",
    "What did the council say about the March floods?",
])
def test_not_a_meeting_named_by_its_month(question):
    assert dates.meeting_month(question) is None


@pytest.mark.parametrize("question, period", [
    # a decision asked: the newest March whose minutes the index holds (those carried in April's pack)
    ("What was agreed at the March meeting?", ("2024-03-01", "2024-03-31")),
    ("What was decided at the March meeting of the Cabinet?", ("2024-03-01", "2024-03-31")),
    ("What was agreed at the May meeting of the parish council?", ("2024-05-01", "2024-05-31")),
    # not a decision: the newest March meeting, its agenda
    ("What is on the agenda for the March Cabinet meeting?", ("2025-03-01", "2025-03-31")),
])
def test_a_month_meeting_is_in_scope_and_preferred(question, period):
    plan = understand(question, COVERAGE)
    assert plan.out_of_scope is None, plan.out_of_scope
    assert plan.period is not None and (plan.period.date_from, plan.period.date_to) == period
    assert any((f.date_from, f.date_to) == period for f in plan.soft), plan.soft


def test_a_month_with_no_meeting_is_not_guessed():
    plan = understand("What was agreed at the August meeting?", COVERAGE)
    assert plan.period is None and plan.out_of_scope is None
