"""A parish council's minutes keep the agenda's wording for an election ("1. To elect a Chairman") and record the
choice as a nomination in the active voice ("Anne Booth proposed Martin Keane, seconded Ruth Dale. Mr Keane
accepted the nomination and it was agreed unanimously."). The heading is the election (answer/facts.py
_ELECTION_HEADING), the nominee the one chosen (_NOMINATED): asked who was elected, the answer names them, and
does not decline as "only something to come" (the wild9 fresh set: an annual parish meeting)."""
from __future__ import annotations

from tests.retrieval.conftest import make_chunk
from tests.answering import ask, first_line

MINUTES = ("Present: Martin Keane; Mesdames Booth, Dale, Hale; Messrs Pryor, Okafor. Also present: Mrs J Finch (Clerk).\n\n"
           "1. To elect a Chairman\n\n"
           "The Clerk called for nominations for Chairman. Anne Booth proposed Martin Keane, seconded Ruth Dale. "
           "Mr Keane accepted the nomination and it was agreed unanimously. He signed the Declaration of Acceptance "
           "of Office.\n\n"
           "2. To elect a Vice-Chairman\n\n"
           "The Chairman asked for nominations for Vice-Chairman. David Pryor proposed Grace Hale, seconded Tom Okafor. "
           "Mrs Hale accepted the nomination and this was agreed unanimously.\n\n"
           "3. Apologies for absence\n\n"
           "None.")


def chunk():
    return make_chunk("agm", MINUTES, meeting_date="2023-05-09", doc_type="minutes", title="Minutes")


def test_who_was_elected_chairman_is_the_nominee_under_the_to_elect_heading():
    answer = ask("Who was elected Chairman of the parish council at its annual meeting in May 2023?", [chunk()])
    line = first_line(answer)
    assert "Martin Keane" in line and "agreed unanimously" in line, answer.answer
    assert "Grace Hale" not in line


def test_who_was_elected_vice_chairman_is_the_vice_chairs_nominee():
    answer = ask("Who was elected Vice-Chairman of the parish council in May 2023?", [chunk()])
    assert "Grace Hale" in first_line(answer) and "Martin Keane" not in first_line(answer), answer.answer
