"""A parish council named after two places with "with" ("Saxilby with Ingleby Parish Council", wild7) is
asked about by one of them, in residents' words: "who's the clerk at saxilby parish council". The question
names that council, however many words come before its place. Text written for these tests."""
from __future__ import annotations

from core.types import Coverage
from retrieval.plan import named_in_lower_case, understand
from tests.retrieval.conftest import make_chunk

BROMPTON = make_chunk("b", "In Attendance: Ruth Gale, Clerk", meeting_date="2023-03-14",
                      council="Brompton with Sawdon Parish Council", committee="Brompton with Sawdon Parish Council")
ASHLEY = make_chunk("a", "In attendance: Mrs P Hale (Parish Clerk)", meeting_date="2023-03-02",
                    council="Ashley Parva Parish Council", committee="Ashley Parva Parish Council")


def test_a_question_naming_one_place_of_a_with_council_scopes_to_it():
    plan = understand("who's the clerk at brompton parish council", Coverage.of([BROMPTON, ASHLEY]))
    assert plan.council == "Brompton with Sawdon Parish Council"
    assert plan.out_of_scope is None, plan.out_of_scope


def test_the_councils_name_is_the_words_next_to_its_kind():
    assert named_in_lower_case("who is the clerk at sawdon parish council") == "Sawdon Parish Council"
    assert named_in_lower_case("when is the next parish council meeting") is None
