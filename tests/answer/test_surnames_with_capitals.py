"""A surname with a capital inside it or an apostrophe ("MacPherson", "McArthur", "O'Neill") is a name like any
other: "that Alan MacPherson be elected Secretary" records who was chosen, so "who was elected secretary" is
answered from it, not declined as if the papers spoke of the election only as something to come
(core/names.py SURNAME; answer/doers.py names_a_person; answer/declines.py choice_not_reported).
A page written for these tests."""
from __future__ import annotations

from answer.doers import names_a_person
from core import names
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

MINUTES = ("Minutes of Glenbrae Community Council Meeting held on 7th May 2024 in the Glenbrae Village Hall\n\n"
           "Present: Fiona Lindsay, Ruth Dale, Alan MacPherson, Iain McArthur, Morag O'Neill\n\n"
           "  • Election of Office Bearers\n\n"
           "It was proposed by Fiona Lindsay, seconded by Ruth Dale and agreed that Alan MacPherson be elected "
           "Secretary.\n\n"
           "It was proposed by Ruth Dale, seconded by Iain McArthur and agreed that Morag O'Neill be elected "
           "Treasurer.")


def test_a_surname_with_a_capital_inside_is_a_name():
    for text in ("Alan MacPherson be Secretary", "Iain McArthur", "Morag O'Neill", "C McArthur"):
        assert names_a_person(text), text
    assert names.names_someone("agreed that Alan MacPherson be elected")
    assert not names_a_person("the YouTube Channel")


def test_the_member_elected_to_an_office_is_named_whatever_the_surname():
    chunk = make_chunk("m", MINUTES, meeting_date="2024-05-07", doc_type="minutes",
                       council="Glenbrae Community Council", committee="Glenbrae Community Council")
    answer = ask("Who was elected Secretary of Glenbrae Community Council in May 2024?", [chunk])
    assert answer.answered, answer.answer
    assert "Alan MacPherson be elected Secretary" in first_line(answer), answer.answer
    answer = ask("Who was elected Treasurer of Glenbrae Community Council in May 2024?", [chunk])
    assert answer.answered and "Morag O'Neill be elected Treasurer" in first_line(answer), answer.answer
