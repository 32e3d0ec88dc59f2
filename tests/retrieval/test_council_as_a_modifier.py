""""council" before what a council levies, lets or owns ("council tax", "council rents", "council houses",
"council estate", "council tenants") is a word of the subject (retrieval/plan.py without_council_modifier):
it names neither a meeting of the full Council nor a kind of council, so it neither scopes the search nor
declines the question for want of the full Council's papers."""
from __future__ import annotations

import pytest

from core.types import Coverage
from retrieval.plan import understand

# a borough's Cabinet papers of early 2025; the full Council's papers only of July 2024; a parish council too
COVERAGE = Coverage(frozenset({
    ("Fernley Borough Council", "Cabinet", "2025-01-14", "minutes"),
    ("Fernley Borough Council", "Cabinet", "2025-02-11", "agenda"),
    ("Fernley Borough Council", "Cabinet", "2025-02-11", "report"),
    ("Fernley Borough Council", "Cabinet", "2025-02-11", "minutes"),
    ("Fernley Borough Council", "Council", "2024-07-17", "minutes"),
    ("Ashwell Parish Council", "Ashwell Parish Council", "2024-11-04", "minutes"),
}))


@pytest.mark.parametrize("question", [
    "How much are council rents going up in 2025/26?",                        # rents
    "What was decided about council rents in February 2025?",
    "How much is council tax going up in February 2025?",                     # tax
    "What was decided about council tax in February 2025?",
    "How many council houses will be built in 2025?",                         # houses / homes / housing
    "What did they agree about empty council homes in February 2025?",
    "What was decided about council housing repairs in January 2025?",
    "What is planned for the Millbrook council estate in 2025?",              # estate(s)
    "Which council estates were chosen for regeneration in February 2025?",
    "What help for council tenants was agreed in January 2025?",              # tenants
])
def test_council_as_a_modifier_names_no_full_council_meeting(question):
    plan = understand(question, COVERAGE)
    assert plan.committee is None, plan.committee
    assert plan.out_of_scope is None, plan.out_of_scope


@pytest.mark.parametrize("question", [
    "What was decided about the parish council tax in February 2025?",
    "How much is the parish council tax going up?",
])
def test_council_as_a_modifier_names_no_kind_of_council(question):
    plan = understand(question, COVERAGE)
    assert plan.council is None and plan.hard.council is None


def test_a_place_before_council_rents_still_scopes_to_its_council():
    plan = understand("How much are Fernley council rents going up in 2025/26?", COVERAGE)
    assert (plan.council, plan.committee, plan.out_of_scope) == ("Fernley Borough Council", None, None)


@pytest.mark.parametrize("question, committee", [
    ("What did the Council decide in February 2025?", "Council"),             # the full Council's meeting
    ("What did the council agree about the budget in February 2025?", "Council"),
])
def test_the_council_itself_still_names_its_meeting(question, committee):
    plan = understand(question, COVERAGE)
    assert plan.committee == committee
    assert plan.out_of_scope == "The index holds no Council papers for a meeting in February 2025."
