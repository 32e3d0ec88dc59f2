"""Two readings of a parish council's minutes written for these tests (a small council's plain house style: items
numbered without a blank line between, a planning application with the council's view in a short sentence after it,
a decision to change how often the council meets).

A short sentence ending in a full stop with a finite verb ("There were no objections.") is a clause, not a heading:
it is quoted with the application it follows (core/sentences.py is_heading). A "how often" question wants a
frequency ("every other month"), not the meeting's own date and time (answer/facts.py, answer/figures.py
gives_frequency)."""
from __future__ import annotations

import pytest

from core.sentences import is_heading
from core.settings import Settings
from ingest.pipeline import prepare, read
from tests.answering import ask

MINUTES = """Minutes of the meeting of Little Sodbury Parish Council held on Tuesday 12th March 2024 at 7.00 p.m.
in the Reading Room.
Present: Cllr Helen Price (chairman), Cllr Owen Marsh, Cllr Priya Nair, Cllr Dan Webb and Sue Tolley (Clerk).
1 Apologies for absence: Cllr Ken Ashdown.
2 Declarations of interest: Cllr Webb has an interest in the planning application in item 6.
3 The minutes of the meeting held on 13th February 2024 were approved and signed by the chairman.
4 Finance: The bank balance at the end of February was reported and the payments list was approved.
5 Meetings: Members discussed how the workload had fallen since the neighbourhood plan was made.
It was resolved that the council meet every other month from now on, not monthly.
Cllr Webb left the meeting.
6 Planning applications: 24/00417/FUL Erection of a single storey rear extension at Wren Cottage, Chapel Lane.
There were no objections.
Cllr Webb rejoined the meeting.
7 Highways: The Clerk to report the blocked drain outside the school again to the county council.
Meeting closed at 8.40 p.m. Next meeting on 14th May 2024.
"""


@pytest.fixture(scope="module")
def chunks(tmp_path_factory):
    path = tmp_path_factory.mktemp("sodbury") / "little-sodbury-pc-minutes-12-march-2024.txt"
    path.write_text(MINUTES, encoding="utf-8")
    return prepare(read(path), Settings()).chunks


@pytest.mark.parametrize("line", ["There were no objections.", "The item was deferred.", "It was not seconded."])
def test_a_short_clause_is_no_heading(line):
    assert not is_heading(line)


@pytest.mark.parametrize("line", ["Apologies for absence", "Planning applications.", "## Resolved", "Noted."])
def test_a_short_title_is_still_a_heading(line):
    assert is_heading(line)


def test_the_view_on_an_application_is_quoted_with_it(chunks):
    answer = ask("What planning application did Little Sodbury Parish Council consider in March 2024, "
                 "and did it object?", chunks)
    assert "24/00417/FUL" in answer.answer and "There were no objections" in answer.answer, answer.answer


def test_how_often_is_answered_by_a_frequency(chunks):
    answer = ask("How often did Little Sodbury Parish Council resolve to meet from March 2024 onwards?", chunks)
    lead = answer.answer.split("\n\n")[0]
    assert "every other month" in lead, answer.answer
