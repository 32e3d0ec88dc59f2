"""A show of hands whose sides the clerk prints in quotation marks, against first ('A vote was taken
resulting in five "against", four "for" and one abstention.'), is a counted vote (core/votes.py
HANDS_FOR, HANDS_AGAINST), and answers how a council voted on an application (the wild9
fresh set: a parish council's comment on a planning application)."""
from __future__ import annotations

import pytest

from core import votes
from tests.retrieval.conftest import make_chunk
from tests.answering import ask, first_line


@pytest.mark.parametrize("line, counts", [
    ("A vote was taken resulting in five “against”, four “for” and one abstention.",
     {"For": 4, "Against": 5, "Abstain": 1}),
    ('The vote was 7 "for" and 2 "against".', {"For": 7, "Against": 2}),
    ("Members voted: 3 against, 8 for.", {"For": 8, "Against": 3}),
])
def test_quoted_or_against_first_sides_are_a_show_of_hands(line, counts):
    assert votes.show_of_hands(line) == counts
    assert votes.mentions_vote(line)


@pytest.mark.parametrize("line", [
    "Three residents spoke against the scheme and 2 for it.",
    "Funding of 5 for the play area was agreed.",
])
def test_a_number_beside_for_without_a_count_against_is_no_tally(line):
    assert votes.show_of_hands(line) is None


MINUTES = ("4. Planning application 24/0815/FUL – solar farm, land off Mill Lane\n\n"
           "The Chairman invited comments from members of the public; three residents spoke. Councillors discussed the "
           "visual impact on the conservation area. A vote was taken resulting in five “against”, four “for” and one "
           "“no view”. Accordingly it was resolved to “object” to the application.\n\n"
           "5. Allotments\n\n"
           "The Clerk reported that two plots are vacant.")


def test_how_the_council_voted_on_an_application_is_answered_by_the_quoted_count():
    chunk = make_chunk("mtg", MINUTES, meeting_date="2024-03-04", doc_type="minutes", title="Minutes")
    answer = ask("How did the parish council vote on the solar farm application off Mill Lane?", [chunk])
    assert "five “against”" in first_line(answer), answer.answer
