"""Answers found wanting by the fourth unseen-council check (tests/e2e/ashcombe.py): a parish's
payments schedule cut by the chunker from its "Amount (£)" heading, its rows in pounds and pence
with no sign; a London borough's "Councillors X (in the Chair), ..." attendance line."""
from __future__ import annotations

from answer import facts
from tests.retrieval.conftest import make_chunk
from tests.retrieval.test_facts import ask, first_line

ITEM = "P/24/074 Finance"
# the second chunk of the item: the table's heading row ("Payee / Details / Method / Amount (£)") and
# its first rows were cut off into the chunk before
PAYMENTS_TAIL = ("Greenway Grounds Ltd\tGrass cutting July & August\tBACS\t1,080.00\n"
                 "Ashcombe Magna Village Hall\tHall hire\tChq 100214\t48.00\n"
                 "Clarion Insurance\tAnnual insurance premium\tBACS\t1,162.40\n"
                 "Total\t3,343.65\n"
                 "b) Bank reconciliation. The Clerk reported that the balance on the current account at 31st August "
                 "2024 was £18,426.31 and on the reserve account £22,150.00. It was RESOLVED to note the "
                 "reconciliation.\nc) Budget monitoring. Expenditure to 31st August 2024 was £14,870 against an "
                 "annual budget of £31,500.")


def test_a_payments_row_in_pounds_and_pence_is_a_sum_without_its_heading():
    assert facts.gives_sum("Greenway Grounds Ltd\tGrass cutting July & August\tBACS\t1,080.00", PAYMENTS_TAIL)
    assert facts.gives_sum("Ashcombe Magna Village Hall\tHall hire\tChq 100214\t48.00", PAYMENTS_TAIL)
    # a count in a table, or a year, is not a sum
    assert not facts.gives_sum("Bed and breakfast\t301\t388\t412", "Bed and breakfast\t301\t388\t412")
    assert not facts.gives_sum("Council hostels\t2023\t2024", "Council hostels\t2023\t2024")


def test_how_much_a_payee_was_paid_is_answered_from_the_schedules_row():
    chunk = make_chunk("pc-fin", PAYMENTS_TAIL, meeting_date="2024-09-09", doc_type="minutes", item=ITEM,
                       source="papers/parish-minutes.pdf")
    answer = ask("How much did the parish council pay Greenway Grounds for grass cutting?", [chunk])
    assert answer.answered, answer.answer
    # the payee's row, named in the question but for its "Ltd", leads; not another sentence's sum
    assert "1,080.00" in first_line(answer)


PANEL = ("London Borough of Northolm\n\nSUSTAINABLE COMMUNITIES OVERVIEW AND SCRUTINY PANEL\n12 NOVEMBER 2024\n"
         "(7.15 pm - 9.40 pm)\nPRESENT: Councillors Gemma Thistlewood (in the Chair), Kwame Asamoah, Bridget "
         "O'Halloran, Daniel Fairweather, Sana Qureshi and Roger Lindqvist\nALSO PRESENT: Councillor Tessa "
         "Marchbank (Cabinet Member for Housing), Pete Holroyd (Director of Housing Needs)")


def test_in_the_chair_in_brackets_names_the_chair():
    m = facts.CHAIR.search(PANEL)
    assert m and "Thistlewood" in m.group(0)
    chunk = make_chunk("osp", PANEL, meeting_date="2024-11-12", doc_type="minutes",
                       committee="Sustainable Communities Overview and Scrutiny Panel")
    answer = ask("Who chaired the Sustainable Communities Overview and Scrutiny Panel on 12 November 2024?", [chunk])
    assert "Thistlewood" in first_line(answer)
    assert "Marchbank" not in first_line(answer)
