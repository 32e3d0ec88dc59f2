"""A town council's minutes print a member's initials run together ("PROPOSED by Councillor P.G. Jenkins
SECONDED by Councillor Mrs. C. Lloyd"): the full stop after "P.G." ends no sentence, so the answer to who
proposed names the member, not "Councillor P.G." alone. Text written for these tests."""
from __future__ import annotations

from answer.sentences import sentence_spans
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

MINUTES = ("201. MINUTES\n\n"
           "PROPOSED by Councillor R.T. Jenkins SECONDED by Councillor Mrs. C. Lloyd\n\n"
           "RESOLVED – That the Minutes of the Meeting held on the 12th January, 2006 be adopted as circulated.\n\n"
           "202. CORRESPONDENCE\n\n"
           "A letter from the Harbour Trust about the slipway was read. The Clerk was asked to reply.")


def test_a_sentence_goes_on_over_initials_run_together():
    spans = [MINUTES[a:b] for a, b in sentence_spans(MINUTES)]
    assert "PROPOSED by Councillor R.T. Jenkins SECONDED by Councillor Mrs. C. Lloyd" in spans, spans


def test_who_proposed_the_minutes_names_the_member():
    chunk = make_chunk("c1", MINUTES, meeting_date="2006-02-09", committee="Harbourside Town Council",
                       council="Harbourside Town Council", is_resolution=True)
    lead = first_line(ask("Who proposed and seconded adopting the minutes of 12 January 2006?", [chunk]))
    assert "Jenkins" in lead and "Lloyd" in lead, lead
