"""An agenda's entry for the minutes it asks the meeting to approve ("Minutes of the meeting held on
12 May 2024 (previously circulated)", "... – attached") is no document of its own: only minutes printed
in the pack start one (ingest/layouts.py paper_referred). The items listed after the entry stay the
agenda's, dated to the pack's own meeting."""
from __future__ import annotations

import pytest

from ingest import layouts
from tests.ingest.pages import items_of, prepare_page


def _agenda(entry: list[str]) -> list[str]:
    """A parish agenda whose items a word processor numbered for itself (the numbers are not in the text)."""
    return ["Fernley Parish Council",
            "Notice is hereby given that a meeting of the Parish Council will be held in the Village Hall on "
            "Monday 10 June 2024 at 7.30 pm",
            "AGENDA", "",
            "Apologies for absence", "",
            "Declarations of interest", ""] + entry + ["",
            "Planning applications",
            "To consider application 24/0123/FUL, two dwellings on land at Mill Lane.", "",
            "Payments",
            "To approve the schedule of payments for June 2024."]


@pytest.mark.parametrize("entry", [
    ["Minutes of the meeting held on 12 May 2024 (previously circulated)"],
    ["Minutes of the meeting of the Parish Council held on Monday 12 May 2024 - attached"],
    ["Minutes of the Parish Council meeting held on 12 May 2024 (copy enclosed)"],
    ["Minutes of the meeting held on 12 May 2024", "(circulated previously)"],
    ["MINUTES", "12 May 2024 (previously circulated)"],
])
def test_an_agendas_entry_for_minutes_starts_no_document(tmp_path, entry):
    prepared = prepare_page(tmp_path, "agenda.txt", "\n".join(_agenda(entry)) + "\n")
    [doc] = prepared.documents
    assert (doc.doc_type, doc.meeting_date) == ("agenda", "2024-06-10")
    # the items after the entry are the agenda's, of the pack's own meeting
    later = [c for c in prepared.chunks if "24/0123/FUL" in c.text or "schedule of payments" in c.text]
    assert later and all((c.doc_type, c.meeting_date) == ("agenda", "2024-06-10") for c in later)


PACK = [
    ["Ashcombe Borough Council",
     "Cabinet",
     "Meeting to be held on Tuesday 18 June 2024 at 6.00 pm",
     "AGENDA",
     "1. Apologies for absence",
     "2. Declarations of interest",
     "3. Minutes",
     "Minutes of the meeting held on 14 May 2024 (attached)",
     "4. Council Housing Rent Setting 2024/25",
     "5. Leisure Centre Contract"],
    ["Ashcombe Borough Council",
     "Cabinet",
     "Minutes of the meeting held on 14 May 2024",
     "Present: Councillors R Doyle (Chair), S Patel, T Okafor",
     "CAB 12/24 Leisure Centre Contract",
     "RESOLVED that the leisure centre contract be extended to March 2026."],
]


def test_minutes_printed_in_the_pack_still_start_their_own_document(tmp_path):
    prepared = prepare_page(tmp_path, "cabinet-pack.pdf", PACK)
    assert [(d.doc_type, d.meeting_date) for d in prepared.documents] == [("agenda", "2024-06-18"), ("minutes", "2024-05-14")]
    agenda, minutes = prepared.documents
    assert items_of(agenda)[-2:] == ["4. Council Housing Rent Setting 2024/25", "5. Leisure Centre Contract"]
    assert items_of(minutes) == ["CAB 12/24 Leisure Centre Contract"]


@pytest.mark.parametrize("line", [
    "Minutes of the meeting held on 12 May 2024 (previously circulated)",
    "Minutes of the last meeting (previously circulated) - attached",
    "Minutes of the meeting held on 12 May 2024 – enclosed",
    "Minutes of the meeting held on 12 May 2024 (Pages 5 - 10)",
    "Minutes of the meeting held on 12 May 2024 – already circulated",
])
def test_lines_that_refer_to_a_paper(line):
    assert layouts.PAPER_REFERRED(line) is not None


@pytest.mark.parametrize("line", [
    "Minutes of the meeting held on 12 May 2024",
    "MINUTES of a meeting of the Fernley Parish Council held on Monday 12 May 2024 at 7.30 pm",
    "Minutes of the Cabinet held on 14 May 2024 at the Civic Centre",
])
def test_a_minutes_heading_refers_to_no_paper(line):
    assert layouts.PAPER_REFERRED(line) is None
