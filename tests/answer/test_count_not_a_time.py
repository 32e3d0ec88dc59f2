"""Asked how many of a thing ("How many EV charging points will the council install?"), a length of time ("in the
next 6 – 12 months", "within 28 days") or a range of days ("from 23 to 28 December") is no count of it: the answer
says the passages give no number rather than quote one of those (answer/facts.py bare_count). Pages written for
these tests."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

RECOMMENDATIONS = ("Short-term recommendations (for implementation in the next 6 – 12 months): 1) That Cabinet improve "
                   "the information on its website about electric vehicle charging points. 2) That officers report "
                   "back on EV charging in council car parks within 28 days.")
CHRISTMAS = "That parking charges will not be enforced in council car parks from 23 to 28 December 2025."
INSTALL = "The Council will install 40 EV charging points across six council car parks by March 2026."


def test_no_count_when_the_numbers_are_times_and_days():
    chunks = [make_chunk("rec", RECOMMENDATIONS, meeting_date="2025-03-24", title="Minutes"),
              make_chunk("xmas", CHRISTMAS, meeting_date="2025-11-03", title="Minutes")]
    answer = ask("How many EV charging points will the council install in its car parks?", chunks)
    assert not answer.answered, answer.answer
    assert "give no number" in first_line(answer), answer.answer


def test_a_count_of_the_thing_answers():
    chunks = [make_chunk("rec", RECOMMENDATIONS, meeting_date="2025-03-24", title="Minutes"),
              make_chunk("inst", INSTALL, meeting_date="2025-06-02", title="Minutes")]
    answer = ask("How many EV charging points will the council install in its car parks?", chunks)
    assert answer.answered and "40 EV charging points" in first_line(answer), answer.answer
