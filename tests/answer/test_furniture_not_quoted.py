"""Page furniture a chunk kept is never quoted: a running header printed between the lines of a paragraph
("Ashwell Parish Council – Minutes – 14 May 2024"), a form's "Chair's initials ........", the committee
system's "Agenda Item 5" stamp, the closing "Signed ........ Chair" and "Date ........" are cut out of the
sentence they stand in and are never the cited sentence nor part of a quote (answer/sentences.py, over
ingest.furniture.is_furniture). A parish's one-page minutes written here, read by the real ingest path."""
from __future__ import annotations

import pytest

from core.settings import Settings
from ingest.furniture import is_furniture
from ingest.pipeline import prepare, read
from tests.answering import ask

MINUTES = """ASHWELL PARISH COUNCIL

Minutes of a meeting of Ashwell Parish Council held on Tuesday 14 May 2024 at 7.30pm in the Village Hall

Present: Councillor Ruth Adeyemi (Chair), Councillor Tom Berry, Councillor Ann Cole.

24/051 Footpath repairs

The Clerk reported that the footpath between Mill Lane and the church had been cleared by the county's contractor
Ashwell Parish Council – Minutes – 14 May 2024
Chair's initials ..........
and that the broken stile at the north end would be replaced by the end of June.
Councillor Berry said the footpath was still flooded after heavy rain.

24/052 Play area

Councillor Cole reported that the new swings in the play area had been installed at a cost of £4,250.
Agenda Item 5

RESOLVED that the Clerk arrange the annual play area safety inspection.

Signed ........................ Chair

Date ........................
"""
FURNITURE = ("Ashwell Parish Council – Minutes", "Chair's initials", "Agenda Item 5", "Signed ....", "Date ....")


@pytest.fixture(scope="module")
def chunks(tmp_path_factory):
    path = tmp_path_factory.mktemp("furniture") / "2024-05-14-minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    found = prepare(read(path), Settings()).chunks
    # the furniture is still in the chunks (nothing on a one-page text file shows it up at ingest)
    assert all(any(f in c.text for c in found) for f in FURNITURE)
    return found


def _ask(question: str, chunks):
    return ask(question, chunks)


@pytest.mark.parametrize("question", [
    "when will the broken stile on the footpath be replaced",
    "what did the Ashwell Parish Council minutes of 14 May 2024 say about the footpath",
    "how much did the new swings in the play area cost",
    "who signed the minutes and on what date",
    "what is on agenda item 5",
])
def test_page_furniture_is_never_quoted(chunks, question):
    answer = _ask(question, chunks)
    # neither the lead nor any quote below it (a citation's passage, shown whole, still prints it)
    assert not [f for f in FURNITURE if f in answer.answer], answer.answer


def test_a_sentence_a_running_header_stands_in_is_quoted_without_it(chunks):
    answer = _ask("when will the broken stile on the footpath be replaced", chunks)
    assert "replaced by the end of June" in answer.answer, answer.answer


@pytest.mark.parametrize("line, furniture", [
    ("Page 3 of 12", True), ("Ashwell Parish Council – Minutes – 14 May 2024", True), ("Agenda Item 5", True),
    ("Chair's initials ..........", True), ("Signed ........................ Chair", True), ("Date ..............", True),
    ("ASHWELL PARISH COUNCIL", True), ("Cabinet minutes | Page 2 of 4", True), ("© Ashwell Parish Council 2024", True),
    ("Ashwell Parish Council agreed the budget.", False), ("Item 5", False), ("(agenda item 9)", False), ("12", False),
    ("The minutes were signed as a correct record by the Chair.", False), ("Planning Committee – 12 March 2024", False),
])
def test_furniture_is_known_by_its_shape(line, furniture):
    assert is_furniture(line) is furniture
