"""'How many were co-opted?' answered by a count in words ("all five to be co-opted"): a parish clerk
writes small counts out; the no-figure rule must not decline them."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

COOPTION = make_chunk(
    "coopt", "Co-option of Parish Councillors\n\nThe Clerk informed the meeting that five requests to become parish "
    "councillors had been received. After some discussion the vote was carried by three to two for all five to be "
    "co-opted. The new councillors signed their Acceptance of Office forms.",
    meeting_date="2011-05-18", council="Kelwick Parish Council", committee="Kelwick Parish Council")


def test_a_count_in_words_answers_how_many():
    answer = ask("How many people were co-opted onto Kelwick Parish Council in May 2011?", [COOPTION])
    assert answer.answered and "five" in first_line(answer), answer.answer
