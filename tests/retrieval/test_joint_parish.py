"""A parish council serving two villages names itself by both ("Holtby and Eastmere Parish Council")
while residents, and its own older papers, call it by one ("Holtby Parish Council"). A question naming
the one place is about the joint council too: its papers are in scope, not "no papers from"."""
from __future__ import annotations

from core.types import Coverage, Filters
from retrieval.plan import understand
from store.index import Index
from tests.retrieval.conftest import make_chunk

OLD = make_chunk("old", "The Clerk read out the balance as at 5 March 2013.", meeting_date="2013-03-05",
                 council="Holtby Parish Council", committee="Holtby Parish Council")
JOINT = make_chunk("joint", "16. CROWN INN The Crown Inn has been sold.\n\n18. Next meeting Monday 13th May 2019.",
                   meeting_date="2019-04-02", council="Holtby and Eastmere Parish Council",
                   committee="Holtby and Eastmere Parish Council")


def test_a_question_naming_one_place_keeps_the_joint_councils_papers_in_scope():
    plan = understand("When is the next Holtby Parish Council meeting after April 2019?", Coverage.of([OLD, JOINT]))
    assert plan.council == "Holtby Parish Council"
    assert plan.out_of_scope is None, plan.out_of_scope
    assert Index.matches(None, JOINT, Filters(council="Holtby Parish Council", committee="Holtby Parish Council"))
    assert not Index.matches(None, JOINT, Filters(council="Thornby Parish Council"))
