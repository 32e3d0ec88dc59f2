"""A small council's show of hands printed as labels with counts after them and no one against
("VOTE: AGREE – 5 ABSTAIN – 2") is a counted vote (core/votes.py HANDS_LABELLED), and answers how the
vote went (the wild4 fresh set: a community council's minutes in bullet points)."""
from __future__ import annotations

import pytest

from core import votes
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk


@pytest.mark.parametrize("line, counts", [
    ("• VOTE: AGREE – 5 ABSTAIN – 2.", {"For": 5, "Abstain": 2}),
    ("Vote: Agreed 6, Disagreed 1, Abstained 1", {"For": 6, "Against": 1, "Abstain": 1}),
    ("Vote: For 7, Against 2, Abstain 1 – carried", {"For": 7, "Against": 2, "Abstain": 1}),
])
def test_labelled_counts_with_agree_for_for_are_a_show_of_hands(line, counts):
    assert votes.show_of_hands(line) == counts
    assert votes.has_vote_count(line)


@pytest.mark.parametrize("line", [
    "Councillors agree that 5 benches need repair.",
    "For 5 against the motion were residents of Mill Lane.",       # no count after 'against'
])
def test_agree_or_for_before_a_number_without_another_sides_count_is_no_tally(line):
    assert votes.show_of_hands(line) is None


MINUTES = ("MEETING FREQUENCY\n\n"
           "• Proposal to have meetings every second Tuesday of the month.\n\n"
           "• Proposed Dafydd. Seconded Jonathan.\n\n"
           "• VOTE: AGREE – 5 ABSTAIN – 2.\n\n"
           "MINUTES OF LAST MEETING\n\n"
           "• The minutes of the meeting on 9th April were unanimously approved.")


def test_how_the_vote_went_is_answered_by_the_agree_abstain_line():
    chunk = make_chunk("mtg", MINUTES, meeting_date="2024-06-11", doc_type="minutes", title="Minutes")
    answer = ask("How did the vote go on the proposal to meet every second Tuesday?", [chunk])
    assert "AGREE – 5 ABSTAIN – 2" in first_line(answer), answer.answer
