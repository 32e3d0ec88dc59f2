"""A date or a sum wrapped at a line's end stays in its sentence (a small council's clerk's report:
"… at 31st August" / "2024 was £18,426.31"), while a line opening with a list's or a minute's
number still starts a sentence of its own."""
from __future__ import annotations

import pytest

from core.sentences import runs_on, source_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in source_spans(text)]


FINANCE = (
    "24/072 Finance\n"
    "The balance at 31st August\n"
    "2024 was £18,426.31\n"
    "The Clerk reported that the balance in the current account at 31st August\n"
    "2024 was £18,426.31 and in the reserve account £12,000.00.\n"
    "The precept request for the year was set at\n"
    "£14,500, an increase of 2%.\n"
    "The Council agreed that the precept for\n"
    "2024/25 be set at £14,500.\n"
    "The next meeting will be held on Tuesday 3rd\n"
    "March 2025 at 7.30pm in the Village Hall.\n"
    "Resolved: to approve the payments listed."
)


def test_a_year_wrapped_onto_the_next_line_stays_with_its_figure_and_subject():
    assert sentences(FINANCE) == [
        "24/072 Finance",
        "The balance at 31st August\n2024 was £18,426.31",
        "The Clerk reported that the balance in the current account at 31st August\n"
        "2024 was £18,426.31 and in the reserve account £12,000.00.",
        "The precept request for the year was set at\n£14,500, an increase of 2%.",
        "The Council agreed that the precept for\n2024/25 be set at £14,500.",
        "The next meeting will be held on Tuesday 3rd\nMarch 2025 at 7.30pm in the Village Hall.",
        "Resolved: to approve the payments listed.",
    ]


# a line opening with a number that is a list's, a section's or a minute's: a sentence of its own
ITEMS = (
    "Report of the Clerk on the precept\n"
    "2024/25 Budget\n"
    "The Clerk presented the draft budget for the year ending 31 March\n"
    "24/071 Planning\n"
    "No applications had been received since the meeting of 3 September\n"
    "2. Apologies\n"
    "Apologies were received from Cllr Evans and Cllr Hughes for the meeting\n"
    "12 Apologies for absence\n"
    "The Clerk reported on the applications received and listed under minute\n"
    "2425/067 Planning\n"
    "Correspondence received from the county council on 4\n"
    "1.2 Highways\n"
    "Finance\n"
    "2024 was a difficult year for the council's reserves."
)


def test_a_list_or_minute_number_at_a_line_start_still_starts_a_sentence():
    starts = {ITEMS[a:b].split("\n")[0] for a, b in source_spans(ITEMS)}
    lines = ITEMS.split("\n")
    for line in ("2024/25 Budget", "24/071 Planning", "2425/067 Planning", "2. Apologies", "12 Apologies for absence",
                 "1.2 Highways", "2024 was a difficult year for the council's reserves."):
        assert any(line.startswith(x) for x in starts), line       # the line opens a sentence
    # and no sentence runs on from the line above into it
    for a, b in source_spans(ITEMS):
        assert "\n" not in ITEMS[a:b], ITEMS[a:b]
    assert len(lines) == 14


@pytest.mark.parametrize("before, after, joined", [
    ("The balance at 31st August", "2024 was £18,426.31", True),
    ("The balance at 31st August", "2024", True),
    ("the sum held in reserves was", "£12,000.00 at the year end", True),
    ("the accounts for the year to 31 March", "2024, which were approved", True),
    ("The meeting was held on Tuesday 3rd", "March 2025 at 7.30pm", True),
    ("the precept for the financial year", "2024/25 was set at £14,500", True),
    ("the accounts for the year", "2024-25.", True),
    ("Report of the Clerk on the precept", "2024/25 Budget", False),
    ("Minutes of the meeting held on 3 September", "2. Apologies", False),
    ("Minutes of the meeting held on 3 September", "2024/25 Budget", False),
    ("Minutes of the meeting held on 3 September", "24/071 Planning", False),
    ("Minutes of the meeting held on", "12 Apologies for absence", False),
    ("Finance", "2024 was a difficult year", False),             # a heading, then a sentence
    ("Minutes of the meeting held on", "4", False),               # an item's number on its own line
    ("4", "March accounts", False),                               # the number alone: an item's
    # a number wrapped away from the name it numbers, a share, a date in words after its weekday
    ("forecast to overspend by £410,000 at the end of Quarter", "3 of 2020/21, mainly on agency staff", True),
    ("the figures for Q", "3 would be reported in January", True),
    ("The second phase will start once Phase", "1 is complete.", True),
    ("the breakdown is set out in Appendix", "4.", True),
    ("The target for the year was", "95% and the result 93%", True),
    ("The next meeting will be held on Tuesday", "30 November 2020 at 7pm", True),
    ("Responses must be received by", "30 November 2020.", True),
    ("Update on Phase", "2 Apologies for absence", False),          # a number over a capitalised title: an item
    ("Minutes of the meeting held on 3 September", "30 November 2020", False),
])
def test_a_line_runs_on_only_when_a_date_or_sum_was_wrapped(before, after, joined):
    assert runs_on(before, after) is joined


@pytest.mark.parametrize("before, after", [
    ("0 to 4   253 239 237 247 247", "5 to 9   231 235 227 232 218"),     # a table's rows, no tabs
    ("ward", "£2334.00"),                                                  # a table's cells, a word a line
    ("Transport adam.crowther@bristol.gov.u", "20 mph Review"),           # a contact cell, then the next row
])
def test_a_tables_rows_and_cells_do_not_run_on(before, after):
    assert not runs_on(before, after)
