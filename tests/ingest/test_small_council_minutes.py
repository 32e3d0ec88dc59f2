"""Two gaps found on a small council's minutes, a kind of paper no sample is: a date wrapped at a
line's end ("… at 31st August" / "2024 was £18,426.31") that cut a sum from its subject, and minutes
whose text gives no meeting date where the file's name does ("Minutes 18.10.24.pdf")."""
from __future__ import annotations

import docx
import pytest

from core.sentences import source_spans
from core.types import FoundBy
from ingest.starts import name_date
from tests.ingest.pages import items_of, prepare_file, prepare_page

# a parish clerk's minutes: no "held on" line, no date anywhere in the text
MINUTES = [[
    "HOLMBECK PARISH COUNCIL",
    "Minutes of the Parish Council Meeting",
    "Present: Cllrs P Ainsworth (Chair), R Bell, S Carter and T Dobson",
    "In attendance: Mrs J Foster (Clerk) and 3 members of the public",
    "24/071 Apologies",
    "Apologies were received from Cllr Evans.",
    "24/072 Finance",
    "The Clerk reported that the balance in the current account at 31st August",
    "2024 was £18,426.31 and in the reserve account £12,000.00. The balance at 31st August",
    "2024 was £18,426.31",
    "Resolved: to approve the payments listed in the schedule.",
    "24/073 Planning",
    "No applications had been received.",
]]


def sentences_of(prepared) -> list[str]:
    return [c.text[a:b] for c in prepared.chunks for a, b in source_spans(c.text)]


def test_a_year_wrapped_onto_the_next_line_keeps_the_balance_with_its_date(tmp_path):
    prepared = prepare_page(tmp_path, "Minutes 18.10.24.pdf", MINUTES)
    said = sentences_of(prepared)
    balance = [s for s in said if "£18,426.31 and in the reserve" in s]
    assert balance == ["The Clerk reported that the balance in the current account at 31st August\n"
                       "2024 was £18,426.31 and in the reserve account £12,000.00."]
    assert "The balance at 31st August\n2024 was £18,426.31" in said
    # the minute numbers still open sentences of their own, and remain the items
    assert "24/072 Finance" in said and "24/073 Planning" in said
    assert items_of(prepared.documents[0]) == ["24/071 Apologies", "24/072 Finance", "24/073 Planning"]


@pytest.mark.parametrize("name, date", [
    ("Minutes 18.10.24.pdf", "2024-10-18"),
    ("minutes 03.04.24.pdf", "2024-04-03"),            # day first, as in the UK: 3 April
    ("Minutes 18-10-2024.pdf", "2024-10-18"),
    ("minutes_18_10_24.pdf", "2024-10-18"),
    ("minutes_2024_10_18.pdf", "2024-10-18"),
])
def test_minutes_the_text_leaves_undated_take_the_date_the_file_name_prints_in_figures(tmp_path, name, date):
    [doc] = prepare_page(tmp_path, name, MINUTES).documents
    assert (doc.doc_type, doc.committee, doc.meeting_date) == ("minutes", "Holmbeck Parish Council", date)
    # recorded as the file name's, less sure than any recogniser of the text
    assert doc.found_by["meeting_date"] == FoundBy("file name", 0.4)
    assert all(f.confidence > 0.4 for k, f in doc.found_by.items() if k != "meeting_date")


@pytest.mark.parametrize("name, date", [
    ("minutes_2021-01-26_.pdf", "2021-01-26"),
    ("CC minutes 7 October 2025.pdf", "2025-10-07"),
])
def test_a_file_name_date_in_words_or_iso_dates_the_minutes_as_before(tmp_path, name, date):
    [doc] = prepare_page(tmp_path, name, MINUTES).documents
    assert doc.meeting_date == date and doc.found_by["meeting_date"].recogniser == "file name"


def test_a_word_document_named_with_its_date_is_dated_by_it(tmp_path):
    d = docx.Document()
    for line in MINUTES[0]:
        d.add_paragraph(line)
    path = tmp_path / "CC minutes 18.10.24.docx"
    d.save(path)
    [doc] = prepare_file(path).documents
    assert doc.meeting_date == "2024-10-18" and doc.found_by["meeting_date"] == FoundBy("file name", 0.4)


def test_the_date_the_text_gives_wins_over_the_file_name(tmp_path):
    dated = [MINUTES[0][:2] + ["Held on Tuesday 15 October 2024 at 7.30pm in the Village Hall"] + MINUTES[0][2:]]
    [doc] = prepare_page(tmp_path, "Minutes 18.10.24.pdf", dated).documents
    assert doc.meeting_date == "2024-10-15"
    assert doc.found_by["meeting_date"].recogniser != "file name"


def test_a_dated_folder_wins_over_figures_in_the_file_name(tmp_path):
    folder = tmp_path / "2025-01-09"
    folder.mkdir()
    [doc] = prepare_page(folder, "Appendix A - 16.12.24 Ministerial Letter.pdf", MINUTES).documents
    assert doc.meeting_date == "2025-01-09"


@pytest.mark.parametrize("name, date", [
    ("Minutes 18.10.24.pdf", "2024-10-18"),
    ("Minutes 05.06.2024 final.pdf", "2024-06-05"),
    ("Minutes 10.18.24.pdf", None),                     # month first is no UK date: not guessed
    ("Minutes v1.2.pdf", None),
    ("Report 2024-25 budget.pdf", None),
])
def test_name_date_reads_a_names_figures_day_first(name, date):
    assert name_date(name) == date
