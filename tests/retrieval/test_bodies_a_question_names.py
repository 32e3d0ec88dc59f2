"""The bodies and people a question names, as the question plan reads them (retrieval/plan.py): a question
naming two councils, one that reported and one whose papers hold the report, is scoped to the second, and no
word of the first's name is a committee ("County Council" is a county's full council); a question asking
"whose" asks who; a place of a council named after several places, listed with commas, names that council as a
one-place council's place does. Questions and coverage written for these tests."""
from __future__ import annotations

from core.types import Coverage
from retrieval.plan import understand

COVERAGE = Coverage(frozenset({
    ("Ashby Magna Parish Council", "Council", "2024-03-20", "minutes"),
    ("Ashby Magna Parish Council", "Council", "2024-04-17", "minutes"),
    ("Westshire County Council", "County Council", "2024-04-11", "minutes"),
    ("Westshire County Council", "Cabinet", "2024-04-02", "minutes"),
    ("Thornby, Aldwick & Mere Parish Council", "Thornby, Aldwick and Mere Parish Council", "2023-10-09", "minutes"),
    ("Loxley Parish Council", "Loxley Parish Council", "2023-10-11", "minutes"),
}))


def test_a_council_that_reported_names_no_committee_of_the_council_asked_about():
    plan = understand("What traffic counts did Northshire County Council's survey record on Mill Lane, as reported "
                      "to Ashby Magna Parish Council in April 2024?", COVERAGE)
    assert plan.council == "Ashby Magna Parish Council"
    assert plan.committee != "County Council"
    assert plan.out_of_scope is None, plan.out_of_scope


def test_the_council_asked_about_still_names_its_own_full_council():
    plan = understand("What did Westshire County Council decide in April 2024?", COVERAGE)
    assert plan.council == "Westshire County Council" and plan.committee == "County Council"


def test_whose_asks_who():
    plan = understand("Whose motion on the library opening hours did the Chair accept as urgent business at "
                      "Westshire County Council in April 2024?", COVERAGE)
    assert plan.intent == "who"
    # a relative "whose" after the question's own word asks what that word asks
    assert understand("What did the councillor whose ward includes Mill Lane say about the budget?",
                      COVERAGE).intent != "who"


def test_one_place_of_a_council_named_after_several_names_it():
    plan = understand("are people in aldwick trying to save the village shop", COVERAGE)
    assert plan.council == "Thornby, Aldwick & Mere Parish Council"
    # a council of one place is named by its place alone already
    assert understand("did loxley get the new bus shelter", COVERAGE).council == "Loxley Parish Council"
