"""Asked who spoke against a motion (or in favour of it, or who objected), the answer opens with a sentence
naming someone who took that side in the debate (answer/facts.py _spoken, core/votes.py DEBATE_SIDES),
never one who spoke on the other side; when no one on the side asked is named, it says so."""
from __future__ import annotations

import pytest

from core import votes
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

ITEM = "9. Motion: Twenty mph limit in the town centre"
DEBATE = (f"{ITEM}\n\nCouncillor Amis moved the motion, seconded by Councillor Bello. Councillor Carter spoke in favour "
          "of the motion, saying parents had asked for safer routes to school. Councillor Reid spoke against the "
          "proposal, citing the cost of new signs and the lack of police enforcement. Councillor Dhillon spoke in "
          "support, noting the accident figures for Market Street.\n\nOn a show of hands the motion was CARRIED "
          "(8 for, 3 against).")
# the same debate, with no one speaking against
NONE_AGAINST = DEBATE.replace("Councillor Reid spoke against the proposal, citing", "Councillor Reid asked about")


def _ask(question: str, text: str):
    chunk = make_chunk("twenty", text, meeting_date="2024-10-08", doc_type="minutes", title="Minutes", item=ITEM,
                       is_resolution=True)
    return ask(question, [chunk])


@pytest.mark.parametrize("question", [
    "Who spoke against the motion on the twenty mph limit?",
    "Which councillors spoke against the twenty mph limit?",
    "Who objected to the twenty mph limit motion?",
    "Who argued against the 20mph motion?",
])
def test_who_spoke_against_is_answered_by_a_speaker_against(question):
    answer = _ask(question, DEBATE)
    assert answer.answered and "Councillor Reid spoke against the proposal" in first_line(answer), answer.answer


def test_who_spoke_in_favour_is_answered_by_a_speaker_in_favour():
    answer = _ask("Who spoke in favour of the twenty mph limit?", DEBATE)
    assert answer.answered and "Councillor Carter spoke in favour" in first_line(answer), answer.answer


def test_no_speaker_against_is_said_not_the_other_side_named():
    answer = _ask("Who spoke against the motion on the twenty mph limit?", NONE_AGAINST)
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject name no one who spoke against it."), answer.answer


def test_the_sides_speakers_took():
    assert votes.debate_sides("Councillor Reid spoke against the proposal, citing the cost.") == {"against"}
    assert votes.debate_sides("Mrs Dale spoke in objection to the application.") == {"against"}
    assert votes.debate_sides("Councillor Ives objected to the loss of parking.") == {"against"}
    assert votes.debate_sides("Councillor Carter spoke in favour of the motion.") == {"for"}
    assert votes.debate_sides("Councillor Dhillon spoke in support.") == {"for"}
    assert votes.debate_sides("Councillor Amis moved the motion, seconded by Councillor Bello.") == set()
    assert votes.debate_sides("The motion was CARRIED (8 for, 3 against).") == set()
