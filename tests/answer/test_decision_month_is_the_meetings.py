"""Asked what a meeting decided in a month ("How much did the council agree to move from reserves in March 2024?"),
the month is the meeting's: a decision that names the year its money comes from ("from the 2022/23 earmarked
reserve") is still that meeting's decision, not a figure of another period (answer/period.py off_period).
A page written for this test."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

FINANCE = ("Item 41/03/24 Finance\n\na. Council voted and unanimously RESOLVED to transfer £1,250.00 from the 2022/23 "
           "earmarked reserve to the footpaths budget, to pay for the stile repairs.\n\nb. The bank reconciliation "
           "for February was received and noted.")


def test_a_decision_naming_its_moneys_year_answers_for_its_meetings_month():
    chunk = make_chunk("fin", FINANCE, meeting_date="2024-03-07", title="Minutes", item="Item 41/03/24 Finance")
    answer = ask("How much did the parish council agree to transfer from reserves in March 2024?", [chunk])
    assert answer.answered, answer.answer
    assert "£1,250.00" in first_line(answer), answer.answer


def test_a_decision_of_another_months_meeting_is_still_off_it():
    chunk = make_chunk("fin", FINANCE, meeting_date="2024-03-07", title="Minutes", item="Item 41/03/24 Finance")
    answer = ask("How much did the parish council agree to transfer from reserves in May 2024?", [chunk])
    assert "£1,250.00" not in first_line(answer), answer.answer
