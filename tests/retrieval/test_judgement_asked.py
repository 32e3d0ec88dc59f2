"""A judgement of a decision asked of the assistant ("was the committee right to reject it?") is no paper's
to give: papers record what was said and decided, so the plan declines it in one line (retrieval/plan.py
JUDGEMENT). A question that only looks like one -- what members thought, a right held, a decision's own
facts -- is answered as usual."""
from __future__ import annotations

import pytest

from core.types import Coverage
from retrieval.plan import JUDGEMENT_ASKED, understand
from tests.retrieval.conftest import make_chunk

PAPERS = Coverage.of([make_chunk("m", "The committee resolved to close the Mill Street depot.", meeting_date="2024-05-14",
                                 council="Exampleton Borough Council", committee="Environment Committee")])


@pytest.mark.parametrize("question", [
    "Was the committee right to close the Mill Street depot?",
    "Was it a wise decision to close the depot?",
    "Was closing the depot the right decision?",
    "Has the council handled the depot closure well?",
    "Did the Environment Committee make the right call on the depot?",
    "Should the committee have kept the depot open?",
])
def test_a_judgement_of_a_decision_is_declined_in_one_line(question):
    assert understand(question, PAPERS).out_of_scope == JUDGEMENT_ASKED


@pytest.mark.parametrize("question", [
    "Did the committee think closing the depot was a good idea?",       # what members said: the minutes may record it
    "Is there a right to appeal against the depot closure?",
    "Was the Right to Buy decision delayed?",
    "Was the decision to close the depot approved?",
    "Was the item on the depot deferred to the right meeting?",
    "Is it fair to say the depot cost too much to run?",
    "Why did the committee close the depot?",
])
def test_a_question_that_only_looks_like_a_judgement_is_answered(question):
    assert understand(question, PAPERS).out_of_scope is None
