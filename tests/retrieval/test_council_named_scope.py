"""What a question naming a council scopes (retrieval/plan.py): the council's own name read as a
committee does not bound its meetings (a parish council files its full council's minutes under its own
name, and its annual meeting under another); a council named in lower case ("brampford speke parish council") is a name, never the kind
alone, so it is not replaced by the one council of that kind the index holds."""
from __future__ import annotations

from core.types import Coverage
from retrieval.plan import understand

COVERAGE = Coverage(frozenset({
    ("Ashwell Parish Council", "Ashwell Parish Council", "2022-03-09", "minutes"),
    ("Ashwell Parish Council", "Ashwell Parish Council", "2022-06-08", "minutes"),
    ("Ashwell Parish Council", "Statutory Annual Meeting", "2022-05-11", "minutes"),
    (None, "Parish Council", "2020-01-22", "minutes"),
    ("Fernley Borough Council", "Cabinet", "2022-05-12", "minutes"),
}))


def test_a_question_naming_the_council_does_not_bound_it_to_the_meetings_filed_under_its_name():
    plan = understand("Who was elected Chair of Ashwell Parish Council at its annual meeting in May 2022?", COVERAGE)
    assert plan.council == "Ashwell Parish Council" and plan.hard.council == plan.council
    assert plan.out_of_scope is None, plan.out_of_scope
    # a month it held no meeting in is still out of scope
    plan = understand("What did Ashwell Parish Council decide at its meeting in April 2022?", COVERAGE)
    assert plan.out_of_scope == "The index holds no Ashwell Parish Council papers for a meeting in April 2022."


def test_a_council_named_in_lower_case_is_not_the_one_council_of_its_kind():
    plan = understand("why did brampford speke parish council cut down how often it meets?", COVERAGE)
    assert plan.council is None and plan.hard.council is None
    assert plan.unheld_council == "Brampford Speke Parish Council"
    assert plan.out_of_scope is None      # some papers' council is not known: one may be its


def test_the_kind_alone_is_still_the_one_council_of_that_kind():
    for question in ("what did the parish council agree about the playground?",
                     "has our parish council agreed the precept?"):
        assert understand(question, COVERAGE).council == "Ashwell Parish Council"


def test_a_council_named_in_lower_case_the_index_does_not_hold_is_declined_when_every_council_is_known():
    known = Coverage(frozenset(p for p in COVERAGE.papers if p[0]))
    plan = understand("what did brampford speke parish council say about the footpath?", known)
    assert plan.out_of_scope == "The index holds no papers from Brampford Speke Parish Council."
