"""Answers found wanting on community councils' own web minutes (the wild set): the chair marked in
lower case in the attendance line ("Cllrs Pryce (in the chair), Morgan, ...")."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk
from answer.roles import CHAIR

OPENING = ("Minutes of a meeting of the above Council held on Monday 11th March 2024 at 7.00pm in Bryngwyn Village Hall.\n\n"
           "Present: Cllrs Pryce (in the chair), Morgan, Havard, County Cllr Rees & the Clerk.\n"
           "1411. Police Report: Attached. Please be vigilant about cold callers.\n"
           "1412. Apologies for absence: Cllr Bevan.")


def test_in_the_chair_in_lower_case_names_the_chair():
    m = CHAIR.search(OPENING)
    assert m and m.group(0) == "Cllrs Pryce (in the chair)"
    chunk = make_chunk("bcc-1", OPENING, meeting_date="2024-03-11", doc_type="minutes")
    answer = ask("Who chaired the community council meeting on 11 March 2024?", [chunk])
    assert "Pryce" in first_line(answer)
    assert "Minutes of a meeting" not in first_line(answer)
