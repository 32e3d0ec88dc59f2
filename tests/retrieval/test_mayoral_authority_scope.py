"""A question naming "<Place> Mayoral Combined Authority" is scoped to it; "Mayoral" is never read as a
place, so "the Mayoral Combined Authority" is the index's one such authority, not one it holds no papers
of (retrieval/plan.py, core/gazetteer.py)."""
from __future__ import annotations

from core.types import Coverage
from retrieval.plan import understand

COVERAGE = Coverage(frozenset({
    ("Eastmoor Mayoral Combined Authority", "Mayoral Combined Authority Board", "2024-03-14", "minutes"),
    ("Eastmoor Mayoral Combined Authority", "Transport Committee", "2024-02-14", "minutes"),
    ("Kestrel Vale Combined Authority", "Combined Authority Board", "2024-03-12", "minutes"),
    ("Fernley Borough Council", "Cabinet", "2024-03-12", "minutes"),
}))


def test_a_mayoral_combined_authority_named_with_its_place_scopes_the_search():
    plan = understand("What did the Eastmoor Mayoral Combined Authority decide about bus franchising?", COVERAGE)
    assert plan.council == "Eastmoor Mayoral Combined Authority" and plan.hard.council == plan.council
    assert plan.out_of_scope is None


def test_the_mayoral_combined_authority_named_by_its_kind_is_the_one_held():
    for question in ("What did the Mayoral Combined Authority decide about bus franchising?",
                     "What did the Mayoral Combined Authority Board decide about bus franchising?"):
        plan = understand(question, COVERAGE)
        assert plan.out_of_scope is None, plan.out_of_scope
        assert plan.council == "Eastmoor Mayoral Combined Authority"


def test_a_mayoral_combined_authority_the_index_does_not_hold_is_declined():
    plan = understand("What did South Yorkshire Mayoral Combined Authority decide about bus franchising?", COVERAGE)
    assert plan.council is None
    assert plan.out_of_scope == "The index holds no papers from South Yorkshire Mayoral Combined Authority."
