"""'When is the November meeting?' asked of a month whose meeting has no papers yet: the meeting
before it set the date ("the next Parish Council meeting is due to be held on Thursday 5th November
2020"), so the question is in scope; what the November meeting decided is not."""
from __future__ import annotations

from core.types import Coverage
from retrieval.plan import understand
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

OCTOBER = make_chunk(
    "oct", "13. Allotments to be added to the next agenda.\n\n14. Date of Next Meeting – the Chair noted that the next "
    "Parish Council meeting is due to be held virtually on Thursday 5th November 2020 at 7.00pm.",
    meeting_date="2020-10-01", council="Kelwick Parish Council", committee="Kelwick Parish Council")


def test_when_a_months_meeting_is_held_is_read_in_the_minutes_before_it():
    question = "When was Kelwick Parish Council's November 2020 meeting?"
    plan = understand(question, Coverage.of([OCTOBER]))
    assert plan.out_of_scope is None, plan.out_of_scope
    assert "5th November 2020" in first_line(ask(question, [OCTOBER]))


def test_what_a_meeting_without_papers_decided_is_still_declined():
    plan = understand("What did Kelwick Parish Council decide at its November 2020 meeting?", Coverage.of([OCTOBER]))
    assert plan.out_of_scope and "November 2020" in plan.out_of_scope
