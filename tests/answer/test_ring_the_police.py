"""Residents ask how often people had to "ring the police"; a community council's minutes record the PCSO's
report that "3 calls were made to the police" (core/plain_words.txt: ringing the police is the papers' calls to
the police). The count is on the subject, though the sentence never says "ring" (the wild9 fresh set)."""
from __future__ import annotations

from core import thesaurus
from tests.retrieval.conftest import make_chunk
from tests.answering import ask, first_line

MINUTES = ("4. Police matters\n\n"
           "PCSO Morgan reported on the month: 3 calls were made to the police, one about speeding on the main road "
           "and two about a suspicious vehicle near the chapel.\n\n"
           "5. Llanbedr Village Hall\n\n"
           "The hall committee has received 2 quotes for the new boiler and 14 bookings for the summer.")


def test_ringing_the_police_is_searched_as_calls_to_the_police():
    ex = thesaurus.default().expand("how often did anyone phone the police about the car park")
    assert any("calls to the police" in e.alternatives for e in ex), ex


def test_how_many_times_people_rang_the_police_is_the_count_of_calls():
    chunk = make_chunk("mtg", MINUTES, meeting_date="2022-06-09", doc_type="minutes", title="Minutes")
    answer = ask("how many times did people have to ring the police round llanbedr in june 2022", [chunk])
    assert "3 calls were made to the police" in first_line(answer), answer.answer
