"""Asked whether a body approved or refused something ("did the planning department approve the change of use
..."), an answer needs a sentence on that subject printing an outcome (approved, refused, granted, agreed ...);
a step on the way (the clerk to write to the planning department) is no outcome, and the question is declined.
Pages written for these tests; the embedder is the fixed fake of tests/answering.py."""
from __future__ import annotations

from answer.declines import NO_OUTCOME
from core.settings import Settings
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

ITEM = "5. Planning Applications"
STEP = ("5. Planning Applications\n\nFull application for the change of use of the former chapel into a dwelling at "
        "Capel Bethel, Llanfaes - FPL/2023/112\nAfter a long discussion, it was the consensus of members that the Clerk "
        "writes to the Planning Department to point out that no drainage details were submitted with the application.")
OUTCOME = ("5. Planning Applications\n\nThe change of use of the former chapel into a dwelling at Capel Bethel, Llanfaes "
           "- FPL/2023/112: the Clerk reported that the application was approved by the Planning Department on 14 "
           "February, subject to conditions.")
QUESTION = "Did the planning department approve the change of use of the former chapel into a dwelling?"


def _answer(text: str):
    chunk = make_chunk("m", text, meeting_date="2023-03-02", doc_type="minutes", item=ITEM)
    return ask(QUESTION, [chunk], settings=Settings(abstain_below=0.0))


def test_a_step_on_the_way_is_no_outcome():
    answer = _answer(STEP)
    assert not answer.answered
    assert answer.answer.startswith(NO_OUTCOME)


def test_the_outcome_printed_answers():
    answer = _answer(OUTCOME)
    assert answer.answered, answer.answer
    assert "was approved by the Planning Department" in first_line(answer)
