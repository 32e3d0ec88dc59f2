"""A national park authority is asked about in residents' words, without "National" and "Authority": "the
Lakeland Fells park", "what can you do if the lakeland fells park turns down your application". "National Park
Authority" says what kind of body it is, as "Borough Council" does; its own name is the rest (retrieval/plan.py
_BODY_WORDS). Text written for these tests."""
from __future__ import annotations

from core.types import Coverage
from retrieval.plan import understand
from tests.retrieval.conftest import make_chunk

PARK = make_chunk("p", "The application for a holiday let at Hollins Farm was refused.", meeting_date="2025-03-14",
                  council="Lakeland Fells National Park Authority", committee="Planning Committee")
DISTRICT = make_chunk("d", "The application for six houses at Mill Lane was approved.", meeting_date="2025-03-11",
                      council="Eden Vale District Council", committee="Planning Committee")


def test_a_park_named_without_national_and_authority_scopes_to_it():
    plan = understand("what can you do if the lakeland fells park turns down your planning application",
                      Coverage.of([PARK, DISTRICT]))
    assert plan.council == "Lakeland Fells National Park Authority"


def test_a_question_naming_another_body_is_not_the_park():
    plan = understand("what did eden vale district council decide about the houses at mill lane",
                      Coverage.of([PARK, DISTRICT]))
    assert plan.council == "Eden Vale District Council"
