"""Small councils' minutes headed in ways no recogniser read (the wild4 fresh set): 'MINUTES of MEETING –
<date> @ <venue>' with no 'held', a state printed before 'Minutes' ('DRAFT Minutes of the Ordinary Meeting
held on ...'), and 'Minutes of the <body> held in <venue> on <date>' with no 'meeting'
(ingest/layouts.py minutes_of_meeting_held, minutes_of_body_meeting)."""
from __future__ import annotations

import pytest

from ingest import layouts
from tests.ingest.pages import prepare_page


@pytest.mark.parametrize("text, day, reader", [
    ("MINUTES of MEETING – 15th April 2019 @ WHITE HORSE INN.", "2019-04-15", "minutes_of_meeting_held"),
    ("APPROVED MINUTES of MEETING – 20th NOVEMBER 2017 @ PRIMARY SCHOOL", "2017-11-20", "minutes_of_meeting_held"),
    ("Draft Minutes of the Ordinary Meeting held on Thursday 15th February 2024, at the Village Hall", "2024-02-15",
     "minutes_of_meeting_held"),
    ("DRAFT Minutes of the Pentrefelin Community Council held in the Welfare Hall, Heol Isaf, Pentrefelin on "
     "Thursday 16th June 2022 which commenced at 6.30 p.m.", "2022-06-16", "minutes_of_body_meeting"),
    ("Draft Minutes of Kilbrannan Community Council Meeting – 19 February 2020", "2020-02-19", "minutes_of_body_meeting"),
])
def test_a_small_councils_minutes_heading_gives_the_meetings_date(text, day, reader):
    rec, found = layouts.first_match(layouts.HEADINGS, text)
    assert rec.name == reader and found["meeting_date"] == day and found["doc_type"] == "minutes"


@pytest.mark.parametrize("text", [
    "Minutes of the meeting – to be agreed at the next meeting",        # no date after the dash
    "Minutes of the meeting – see item 4 of 12th March 2024",          # a date, but not straight after the dash
])
def test_a_dash_after_minutes_of_meeting_without_the_date_straight_after_is_no_heading(text):
    assert layouts.by_name("minutes_of_meeting_held")(text) is None


def test_a_draft_minutes_heading_with_a_dash_before_the_date_names_the_council_not_the_draft(tmp_path):
    page = ("Draft Minutes of Kilbrannan Community Council Meeting – 19 February 2020\n"
            "Kilbrannan Community Council (KCC) DRAFT MINUTES OF MEETING HELD AT THE CHURCH HALL ON 19 FEBRUARY2020\n"
            "ATTENDEES – COMMUNITY COUNCIL Ann Reid (Chairman), Tom Bell (Vice Chairman), Sam Kerr.\n\n"
            "1. APOLOGIES Iain Muir, Councillor Scott.\n\n"
            "2. BENCHES The Council agreed to buy two litter storage benches for the shore path.\n")
    prepared = prepare_page(tmp_path, "draft-minutes.txt", page)
    chunk = prepared.chunks[0]
    assert chunk.meeting_date == "2020-02-19" and chunk.doc_type == "minutes"
    assert chunk.committee == "Kilbrannan Community Council"


def test_community_council_minutes_over_a_chair_and_officers_line_are_dated_and_filed_under_the_council(tmp_path):
    page = ("KNOCKHILL COMMUNITY COUNCIL\n"
            "MINUTES of MEETING – 15th April 2019 @ THE STATION HOTEL.\n"
            "Chair: Mary Duthie; Vice Chair: Ron Gill; Treasurer: Ian Leask; Secretary: Jo Reid\n"
            "Members Present: M Duthie, R Gill, I Leask, J Reid, A Cowie\n\n"
            "1. Police Matters\n"
            "Sgt Innes went over the police report. Foot patrols will start in the villages next month.\n\n"
            "2. Treasurer's Report\n"
            "The balance stands at £1,204.50 after the grant for the hanging baskets was paid.\n")
    prepared = prepare_page(tmp_path, "KCC Minutes April 2019.txt", page)
    chunk = prepared.chunks[0]
    assert chunk.meeting_date == "2019-04-15" and chunk.doc_type == "minutes"
    assert chunk.committee == "Knockhill Community Council"


def test_draft_minutes_over_an_employees_present_line_take_no_committee_from_it(tmp_path):
    page = ("Draft Minutes of the Ordinary Meeting held on Thursday 15th February 2024, at the Village Hall, "
            "Heol Isaf, Pentrefelin and via Zoom, commencing at 6.30 pm\n"
            "Present: Cllr C Evans (Chair), Cllr D Jones and Cllr P Rudd.\n"
            "Council Employees Present: Clerk/RFO Mair Lewis\n"
            "133/23 Apologies: Cllr M Morgan sent her apologies.\n"
            "134/23 Declarations of Interest: There were no declarations of interest at this meeting.\n")
    chunk = prepare_page(tmp_path, "draft-minutes-february-2024.txt", page).chunks[0]
    assert chunk.meeting_date == "2024-02-15"
    assert chunk.committee is None or "Employees" not in chunk.committee


def test_a_committees_minutes_heading_keeps_the_place_after_held_out_of_its_name(tmp_path):
    page = ("LOCHAN NATIONAL PARK AUTHORITY\n\n"
            "MINUTES OF THE PLANNING COMMITTEE\n"
            "held within the Station Hotel, Kinbeg\n"
            "on 7th May 2004 at 10.30am\n\n"
            "PRESENT\n\nMr Ian Lamont\nMrs Jean Gow\n\n"
            "1. The Committee approved the erection of a house at Mill Croft, subject to conditions.\n")
    chunk = prepare_page(tmp_path, "planning.txt", page).chunks[0]
    assert chunk.meeting_date == "2004-05-07" and chunk.doc_type == "minutes"
    assert chunk.committee == "Planning Committee"


def test_a_web_pages_item_number_alone_over_a_long_report_title_with_its_link_label_heads_the_item(tmp_path):
    # a committee web page prints each item's number on a line of its own, its title (with the link to the
    # paper: "pdf icon PDF 123 KB") on the next, then "Minutes:" and what was decided
    page = ("Cabinet\n\nMinutes of the meeting held on Thursday 24 March 2022\n\n"
            "4.\n\nTo confirm that the items of business marked Part 1 will be considered in public\n\n"
            "Minutes:\n\nThis was confirmed.\n\n"
            "5.\n\nReport from the Residents' Services Select Committee: Electric Vehicles, Infrastructure and "
            "Future Policy Development for the Borough pdf icon PDF 123 KB\n\n"
            "Minutes:\n\nThe Chairman of the Select Committee presented the report.\n\n"
            "RESOLVED:\n\nThat the Cabinet welcomes the review and asks officers to identify sites for charging points.\n")
    chunks = prepare_page(tmp_path, "cabinet.txt", page).chunks
    sites = [c for c in chunks if "charging points" in c.text]
    assert sites and sites[0].item.startswith("5. Report from the Residents' Services Select Committee")
