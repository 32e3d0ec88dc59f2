"""Asked what a parish decided about a matter, the decision the answer opens with must be one of the matter's
own item: "It was agreed that the Chairman would write to the bus company about the village stop" under
"6. Bus Shelter" shares a word ("village") with the closure of the village shop, but it is item 6's decision,
and item 7 on the shop records none (answer/declines_outcomes.py _off_subject). Page written here, read by the
real ingest path; the decline has an answered twin."""
from __future__ import annotations

import pytest

from core.settings import Settings
from ingest.pipeline import prepare, read
from tests.answering import ask

MINUTES = """ASHCOMBE PARISH COUNCIL

Minutes of the Parish Council meeting held on Tuesday 12 April 2011 in the Village Hall

Present: Cllr P Harding (Chairman), Cllr J Moss, Cllr R Tate, Cllr S Cole.

6. Bus Shelter

Residents had complained that the shelter by the school was damaged and the timetable was missing. Cllr Moss had
spoken to the bus company, who were also concerned.

It was agreed that the Chairman would write to the bus company about the village stop and ask for a new
timetable. Proposed by Cllr Tate, seconded Cllr Cole, all in favour.

7. Closure of Village Shop and Post Office

Members heard that the owners of the village shop and post office intend to retire in the summer and that the
shop and post office will close unless a buyer is found.
"""


@pytest.fixture(scope="module")
def minutes(tmp_path_factory):
    path = tmp_path_factory.mktemp("another_item") / "2011-04-12-minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    return prepare(read(path), Settings()).chunks


def test_another_items_decision_is_no_decision_on_the_matter_asked(minutes):
    answer = ask("What did Ashcombe Parish Council decide about the closure of the village shop and post office "
                 "in April 2011?", minutes)
    assert not answer.answered, answer.answer
    assert "write to the bus company" not in answer.answer.split("\n")[0], answer.answer


def test_the_items_own_decision_is_answered(minutes):
    answer = ask("What did Ashcombe Parish Council decide about the bus shelter in April 2011?", minutes)
    assert answer.answered and "write to the bus company" in answer.answer, answer.answer
