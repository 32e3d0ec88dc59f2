"""A combined authority named "<Place> Mayoral Combined Authority" (ingest/layouts.py council_masthead,
core/gazetteer.py): "Mayoral" is its kind, never its place, so the council is never read as "Mayoral
Combined Authority", and its place is the words before."""
from __future__ import annotations

import pytest

from core import gazetteer
from ingest import layouts
from tests.ingest.pages import prepare_page

BOARD = [
    "EASTMOOR MAYORAL COMBINED AUTHORITY",
    "Minutes of the meeting of the Mayoral Combined Authority Board held on Thursday 14 March 2024 at 10.00 am",
    "Present: Mayor J Ridley (Chair), Councillors K Amin, L Booth and M Carver",
    "45. Bus Franchising",
    "RESOLVED that the Board approve the bus franchising scheme for consultation.",
]
NO_PLACE = [
    "Record of decisions taken at the meeting of the Mayoral Combined Authority Board held on",
    "14/03/2024",
    "45. Bus Franchising",
    "Decision: The Board approved the bus franchising scheme for consultation.",
]


def test_the_authoritys_masthead_names_it_with_its_place(tmp_path):
    [doc] = prepare_page(tmp_path, "board-minutes.pdf", [BOARD]).documents
    assert (doc.council, doc.committee, doc.meeting_date) == (
        "Eastmoor Mayoral Combined Authority", "Mayoral Combined Authority Board", "2024-03-14")


def test_a_board_named_without_its_place_names_no_council(tmp_path):
    [doc] = prepare_page(tmp_path, "board-decisions.pdf", [NO_PLACE]).documents
    assert doc.committee == "Mayoral Combined Authority Board" and doc.council is None


@pytest.mark.parametrize("line, council", [
    ("EASTMOOR MAYORAL COMBINED AUTHORITY", "Eastmoor Mayoral Combined Authority"),
    ("South Yorkshire Mayoral Combined Authority", "South Yorkshire Mayoral Combined Authority"),
    ("Mayoral Combined Authority", None),
    ("The Mayoral Combined Authority Board", None),
])
def test_mayoral_is_no_place(line, council):
    assert (layouts.COUNCIL(line) or {}).get("council") == council


def test_the_place_of_a_mayoral_combined_authority():
    assert gazetteer.place_of("South Yorkshire Mayoral Combined Authority") == "South Yorkshire"
    assert gazetteer.named_councils("What did the Mayoral Combined Authority decide about buses?") == []
    assert gazetteer.named_councils("What did the Eastmoor Mayoral Combined Authority decide?") == [
        "Eastmoor Mayoral Combined Authority"]
    # a real one, named as the body that acted
    assert [b.name for b in gazetteer.named_bodies("What did South Yorkshire Mayoral Combined Authority agree?")] == [
        "South Yorkshire Mayoral Combined Authority"]
