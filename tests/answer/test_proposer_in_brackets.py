"""A parish's annual meeting records its elections as "Having been proposed (Cllr X) and seconded (Cllr Y),
it was RESOLVED that: Cllr Z be elected as chair" (wild7: Saxilby with Ingleby). Who proposed is the name in
the first brackets, and a question asking who proposed someone as chair asks for the proposer, not the chair.
Text written for these tests."""
from __future__ import annotations

from core import votes
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

ELECTION = ("PC24/051 1. Elect the chair of the council\n\n"
            "Having been proposed (Cllr Marsh) and seconded (Cllr Oakley), it was RESOLVED that:\n\n"
            "Cllr Dent be elected as chair of the council.\n\n"
            "Cllr Dent signed the declaration of acceptance of office.\n\n"
            "PC24/052 2. Elect the vice-chair of the council\n\n"
            "Having been proposed (Cllr Price) and seconded (Cllr Marsh), it was RESOLVED that:\n\n"
            "Cllr Oakley be elected as vice-chair of the council.")


def test_proposer_and_seconder_named_in_brackets():
    m = votes.PROPOSED_SECONDED.search("Having been proposed (Cllr Marsh) and seconded (Cllr Oakley), it was RESOLVED that:")
    assert m and (m.group("proposer"), m.group("seconder")) == ("Cllr Marsh", "Cllr Oakley")


def test_who_proposed_someone_as_chair_is_answered_with_the_proposer():
    chunk = make_chunk("c1", ELECTION, meeting_date="2024-05-08", committee="Hartwell Parish Council",
                       council="Hartwell Parish Council", is_resolution=True)
    lead = first_line(ask("Who proposed Cllr Dent as chair of Hartwell Parish Council in May 2024?", [chunk]))
    assert "Marsh" in lead, lead
