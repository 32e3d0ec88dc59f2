"""What members said in the debate ("Councillor Hughes spoke in favour of the motion", "spoke against the
proposal", "spoke in support") is no vote and no decision (core/votes.py without_debate): never a recorded
vote, never a For/Against tally, never what makes its paragraph a resolution."""
from __future__ import annotations

import pytest

from core import votes
from ingest import layouts
from tests.ingest.pages import decisions_of, prepare_page

MINUTES = [
    "Fernley Borough Council",
    "Minutes of the meeting of the Council held on Wednesday 17 July 2024 at 7.00 pm",
    "Present: Councillors A Patel (Mayor), B Okafor, C Lindqvist, D Hughes, E Marsh", "",
    "34. Motion on Pavement Parking", "",
    "Councillor Okafor moved the motion, seconded by Councillor Lindqvist. Councillor Hughes spoke in favour of the "
    "motion, saying residents had long agreed that the pavements of Mill Lane were unsafe.", "",
    "Councillor Marsh spoke against the proposal, noting that the Council resolved in 2019 to leave enforcement "
    "to the police.", "",
    "Councillor Patel spoke in support, and asked that the county council be lobbied as well.", "",
    "On a show of hands 9 Members voted For, 4 Against and 2 Abstained.", "",
    "RESOLVED that the Council write to the Secretary of State asking for powers to enforce against pavement parking.", "",
    "35. Allotment Rents", "",
    "Four members spoke in favour of the increase and two spoke against it, having agreed it was steep.", "",
    "RESOLVED that allotment rents rise by 5% from 1 October 2024.",
]


@pytest.mark.parametrize("name", ["council-minutes.txt", "council-minutes.pdf"])
def test_a_debate_before_the_vote_and_the_resolution_is_neither(tmp_path, name):
    content = "\n".join(MINUTES) + "\n" if name.endswith(".txt") else [MINUTES]
    [doc] = prepare_page(tmp_path, name, content).documents
    decided = decisions_of(doc)
    assert [item for item, _ in decided] == ["34. Motion on Pavement Parking", "35. Allotment Rents"], decided
    motion, rents = (text for _, text in decided)
    # the real show of hands is the motion's vote, its resolution kept with it; no speech is part of either
    assert motion.startswith("On a show of hands 9 Members voted For") and "Secretary of State" in motion
    assert votes.recorded_vote(motion) == "For (9), Against (4), Abstain (2)"
    assert "spoke" not in motion and "spoke" not in rents
    for block in doc.blocks:
        if "spoke" in block.text:
            assert not block.is_resolution, block.text


@pytest.mark.parametrize("text", [
    "Councillor Hughes spoke in favour of the motion, saying residents had agreed it was needed.",
    "Councillor Marsh spoke against the proposal, noting that the Council resolved to cut costs in 2019.",
    "Councillor Patel spoke in support and said that members had approved a similar scheme last year.",
])
def test_a_speech_is_no_decision(text):
    assert layouts.first_match(layouts.DECISIONS, votes.without_debate(text)) is None


@pytest.mark.parametrize("text", [
    "Four members spoke in favour of the motion and three spoke against.",
    "Councillor Hughes and two others spoke in favour; 3 spoke against.",
    "6 members spoke in favour, 2 against.",
])
def test_members_speaking_are_no_tally(text):
    assert votes.show_of_hands(text) is None and votes.recorded_vote(text) is None


def test_the_bodys_own_act_after_a_speech_is_still_its_decision():
    text = "Councillor Hughes spoke in favour of the motion, and the Committee agreed to defer the item."
    assert layouts.first_match(layouts.DECISIONS, votes.without_debate(text)) is not None
    assert votes.show_of_hands("Members spoke at length. Members voted 6 for, 3 against.") == {"For": 6, "Against": 3}
