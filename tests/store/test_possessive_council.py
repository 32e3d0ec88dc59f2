"""A question asking for a place's own thing ("Ashwell's grounds maintenance contract") names that
place: a passage of another known council's papers that does not name it does not answer it, while
the papers whose council is not known may still be that place's (retrieval/plan.py, the answer's
check of plan.unheld_council). Real Chroma on disk; vectors from the hashing stand-in (no model)."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import indexed

pytestmark = pytest.mark.slow          # builds a small index (real Chroma)

BOROUGH = """Hollybank Borough Council

Cabinet

Minutes of the meeting held on 12 January 2022

1. Grounds maintenance contract

Cabinet agreed to award the grounds maintenance contract to Greenways Ltd at a cost of £412,000 each year
for five years.
"""

PARISH = """Minutes for a meeting of the Council on Tuesday 5th October 2021 at 7.15 pm at the Village Hall

Present: Chairman: Cllr Mrs Hale Councillors: Bolton, Dipple, Kendall

1. Footpaths

It was agreed to write to the highway authority about the broken stile on the bridleway.
"""


def test_a_places_own_thing_is_not_answered_from_another_councils_papers(tmp_path):
    e = indexed(tmp_path, {"borough/cabinet.txt": BOROUGH, "pages/minutes.txt": PARISH})   # the minutes name no council
    answer = e.ask("How much does Ashwell's grounds maintenance contract cost each year?")
    assert "412,000" not in answer.answer.split("\n")[0] and not answer.answered, answer.answer
    answer = e.ask("How much does Hollybank's grounds maintenance contract cost each year?")
    assert answer.answered and "412,000" in answer.answer, answer.answer
