"""The parser on a fifth round of house styles none of the sample or development councils print:
realistic pages (invented councils, people and places) of a notice of motion decided on a named
recorded vote, a committee's recommendations to full council, a call-in meeting, a joint committee
of two councils, items numbered in Roman numerals, a date line with no "held on" and time stamps
between the items, matters arising, an agenda of "To receive ..." items, a recommendations tracker,
a notice of key decisions, a council-tax-setting resolution with its table of bands, attendance in
two columns, an annual town meeting with the Mayor's announcements, and mastheads carrying the
council's logo, address and telephone number. Each page goes through the real pipeline (PDFs built
with reportlab and read by pypdf) and is checked as tests/ingest/test_house_styles.py checks its pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from core import votes
from ingest import layouts
from ingest.blocks import TIME_STAMP
from ingest.mastheads import strip_body
from tests.ingest.pages import decisions_of, items_of, prepare_page, problems

# ---------------------------------------------------------------- the pages

NAMED_VOTE_MOTION = [
    ["CORLEY BOROUGH COUNCIL",
     "Minutes of the meeting of the Council held on Wednesday 22 January 2025 at 7.00 pm",
     "Present: The Mayor (Councillor P Ashdown), Councillors R Bexley, S Cranmore, T Dalby,",
     "U Easton, V Fenwick and W Garrow",
     "61. Minutes",
     "RESOLVED that the minutes of the meeting held on 27 November 2024 be approved as a correct record.",
     "62. Notice of Motion – Local Bus Services",
     "Councillor Bexley moved and Councillor Cranmore seconded the following motion:",
     "\"This Council calls on the County Council to restore the evening bus service to Corley Heath.\"",
     "A recorded vote was requested and taken, and the voting was as follows:",
     "For: Councillors Bexley, Cranmore, Dalby and Easton (4)",
     "Against: Councillors Fenwick and Garrow (2)",
     "Abstained: The Mayor (1)",
     "The motion was CARRIED.",
     "63. Questions from Members",
     "No questions had been received."],
]

RECOMMENDED_TO_COUNCIL = [
    ["Ashby District Council",
     "Minutes of the meeting of the Audit and Governance Committee held on Tuesday 4 February 2025",
     "at 6.30 pm in the Council Chamber",
     "Present: Councillors H Ingram (Chair), J Kettle, L Mowbray and N Oldfield",
     "Independent Member: Mr P Quayle",
     "18. Declarations of Interest",
     "There were no declarations of interest.",
     "19. Treasury Management Strategy 2025/26",
     "The Head of Finance presented the strategy and the prudential indicators for 2025/26.",
     "RECOMMENDED to Council that the Treasury Management Strategy 2025/26 and the prudential",
     "indicators set out in Appendix 1 be approved.",
     "20. Review of the Constitution",
     "The Monitoring Officer reported the changes proposed by the working group.",
     "RECOMMENDED to Council that:",
     "(a) the revised Contract Procedure Rules at Appendix A be adopted; and",
     "(b) the Monitoring Officer be authorised to make consequential changes to the Constitution.",
     "21. Internal Audit Progress Report",
     "RESOLVED that the progress report be noted."],
]

CALL_IN = [
    ["Wyvernshire County Council",
     "Overview and Scrutiny Management Board (Call-In)",
     "Minutes of the meeting held on Monday 10 February 2025 at 2.00 pm",
     "Present: Councillors G Harker (Chair), M Ibbotson, K Jessop, L Kirkby and N Lund",
     "Also present: Councillor P Marsden (Cabinet Member for Adult Social Care)",
     "5. Declarations of Interest",
     "There were no declarations of interest.",
     "6. Call-In of Cabinet Decision: Closure of Elmfield Day Centre",
     "The Chair explained that the decision taken by Cabinet on 23 January 2025 had been called in",
     "by five members of the Council. Councillor Jessop set out the reasons for the call-in.",
     "The Cabinet Member for Adult Social Care responded to the points raised.",
     "The Committee resolved to refer the decision back to Cabinet for reconsideration, with the",
     "recommendation that a full equality impact assessment be completed first."],
]

JOINT_COMMITTEE = [
    ["Joint Committee of Ashby District Council and Corley Borough Council",
     "Joint Waste Services",
     "Minutes of the meeting held on Thursday 13 March 2025 at 10.00 am",
     "Present: Councillors A Brough (Chair, Ashby), C Dunstan (Corley), E Fairbairn (Ashby)",
     "and G Hollis (Corley)",
     "1. Apologies",
     "Apologies were received from Councillor J Iveson (Corley).",
     "2. Minutes of the previous meeting",
     "The minutes of the meeting held on 12 December 2024 were agreed as a correct record.",
     "3. Garden Waste Charges 2025/26",
     "RESOLVED that the annual garden waste charge be set at £52 from 1 April 2025."],
]

ROMAN_ITEMS = [
    ["HOLLINSBY TOWN COUNCIL",
     "Minutes of the Finance and General Purposes Committee",
     "held on Tuesday 18 February 2025 at 7.00 pm in the Town Hall",
     "Present: Cllr D Orme (Chairman), Cllr J Rowe, Cllr S Pym, Cllr M Tate",
     "I. Apologies for Absence",
     "None received.",
     "II. Declarations of Interest",
     "Cllr Pym declared an interest in item V as a trustee of the Hollinsby Lido Trust.",
     "III. Minutes",
     "RESOLVED that the minutes of the meeting held on 21 January 2025 be approved and signed.",
     "IV. Finance Report",
     "The Town Clerk presented the accounts to 31 January 2025.",
     "RESOLVED that the accounts be received.",
     "V. Lido Grant",
     "RESOLVED to award a grant of £2,500 to the Hollinsby Lido Trust."],
]

TIME_STAMPS = [
    ["Marlham District Council",
     "Licensing Committee",
     "Monday 3rd March 2025 at 7.30pm",
     "Present: Councillors S Varley (Chair), T Whitlock, U Yeardley and V Zouch",
     "14. Apologies",
     "None.",
     "15. Hackney Carriage Fares",
     "(7.42pm)",
     "The Licensing Manager presented the report on the proposed increase in fares.",
     "RESOLVED that the table of fares at Appendix B be approved with effect from 1 April 2025.",
     "Councillor Yeardley left the meeting at 8.05pm.",
     "16. Street Trading Policy",
     "(8.10pm)",
     "RESOLVED that the draft policy be published for consultation for eight weeks."],
]

MATTERS_ARISING = [
    ["NEWBOLD ST GILES PARISH COUNCIL",
     "Minutes of the meeting of Newbold St Giles Parish Council held on Thursday 9th January 2025",
     "at 7.30pm in the Village Hall",
     "Present: Cllr A Kemp (Chairman), Cllr B Lacey, Cllr C Mayhew, Cllr D Nuttall",
     "In attendance: Mrs E Oakley (Clerk)",
     "1. Apologies for absence",
     "Cllr F Pryce (holiday).",
     "2. Minutes of the last meeting",
     "The minutes of the meeting held on 12th December 2024 were approved and signed by the Chairman.",
     "3. Matters arising",
     "Min 84 – the Clerk reported that the dog bin on Mill Lane has now been replaced.",
     "Min 86 – the highway authority has not yet replied about the 30mph signs.",
     "4. Village Green Bench",
     "RESOLVED to buy a memorial bench for the Village Green at a cost of £890."],
]

AGENDA_TO_RECEIVE = [
    ["KELSHAM BOROUGH COUNCIL",
     "Environment and Climate Committee",
     "Date: Thursday 6 March 2025",
     "Time: 7.00 pm",
     "Venue: Committee Room 1, Kelsham Civic Centre",
     "AGENDA",
     "1. Apologies for Absence",
     "To receive apologies for absence.",
     "2. Declarations of Interest",
     "To receive any declarations of interest from Members.",
     "3. Minutes",
     "To confirm the minutes of the meeting held on 5 December 2024.",
     "4. Tree Planting Programme 2025/26",
     "To consider the report of the Director of Place.",
     "5. Date of Next Meeting",
     "To note that the next meeting will be held on Thursday 5 June 2025 at 7.00 pm."],
]

ACTION_LOG = [
    ["Fernhill Metropolitan Borough Council",
     "Children's Services Scrutiny Panel",
     "Recommendations Tracker – March 2025",
     "Ref    Recommendation                                   Owner                Due         Status",
     "CS1    Report on school place sufficiency in Fernhill   Director of Education  Jun 2025  Open",
     "CS2    Briefing on EHCP timeliness                     Head of SEND           Apr 2025  Complete",
     "CS3    Visit to the Fernhill Youth Hub                  Scrutiny Officer       May 2025  Open"],
]

FORWARD_PLAN = [
    ["Brackenmere Metropolitan Borough Council",
     "Notice of Key Decisions",
     "Forward Plan for the period 1 April 2025 to 31 July 2025",
     "Published: 3 March 2025",
     "Decision                           Decision maker     Date of decision   Contact",
     "Housing Revenue Account Business Plan   Cabinet     16 April 2025      Director of Housing",
     "School Admission Arrangements 2026/27   Cabinet     14 May 2025        Director of Education",
     "Award of Highways Maintenance Contract  Cabinet     11 June 2025       Director of Place"],
]

COUNCIL_TAX = [
    ["Kestrelford District Council",
     "Minutes of the meeting of the Council held on Thursday 27 February 2025 at 7.00 pm",
     "Present: The Chairman (Councillor J Marlow), Councillors P Aske, R Bellamy, T Crane,",
     "S Dunmore, L Fenn and W Gatley",
     "88. Council Tax Setting 2025/26",
     "The Leader moved and the Deputy Leader seconded the recommendations of the Cabinet.",
     "RESOLVED that:",
     "1. the revenue budget for 2025/26 of £14,212,000 be approved;",
     "2. it be noted that the Council calculated the Council Tax Base 2025/26 as 38,420.5;",
     "3. the Council Tax requirement for the Council's own purposes for 2025/26 is £7,883,000;",
     "4. the following amounts be calculated for the year 2025/26:",
     "   (a) £48,310,000 being the aggregate of the amounts which the Council estimates",
     "       for the items set out in Section 31A(2) of the Act;",
     "   (b) £40,427,000 being the aggregate of the amounts in Section 31A(3) of the Act;",
     "5. the Council Tax for each valuation band be as follows:",
     "   Band A   £137.33     Band B   £160.22     Band C   £183.11",
     "   Band D   £206.00     Band E   £251.78     Band F   £297.56",
     "6. the Council's basic amount of Council Tax for 2025/26 is not excessive.",
     "89. Pay Policy Statement 2025/26",
     "RESOLVED that the Pay Policy Statement 2025/26 be approved."],
]

TWO_COLUMN_PRESENT = [
    ["Ashcombe Borough Council",
     "Planning Committee",
     "Minutes of the meeting held on Wednesday 15 January 2025 at 6.00 pm",
     "Present:",
     "Cllr D Fairley (Chair)        Cllr H Judd",
     "Cllr E Garside (Vice-Chair)   Cllr K Lowe",
     "Cllr F Haddon                 Cllr M Nash",
     "Officers: Head of Planning, Planning Solicitor",
     "77. Declarations of Interest",
     "There were no declarations of interest.",
     "78. 24/00912/FUL – Former Gasworks, Canal Street, Ashcombe",
     "RESOLVED that planning permission be granted subject to the conditions in the report."],
]

ANNUAL_TOWN_MEETING = [
    ["WENDLEBURY TOWN COUNCIL",
     "Minutes of the Annual Town Meeting held on Wednesday 16th April 2025 at 7.00pm",
     "in the Assembly Room, Wendlebury Town Hall",
     "Present: the Town Mayor (Cllr K Ashworth) in the chair, 6 councillors and 23 residents",
     "1. Welcome",
     "The Town Mayor welcomed everyone to the meeting.",
     "2. Minutes of the Annual Town Meeting 2024",
     "The minutes of the Annual Town Meeting held on 17th April 2024 were approved as a correct record.",
     "3. Mayor's Announcements",
     "The Town Mayor reported on the year's events, including the opening of the skate park.",
     "4. Reports from Local Organisations",
     "Reports were received from the Wendlebury Allotment Society and the Wendlebury in Bloom group.",
     "5. Questions from Electors",
     "Residents asked about the state of the footpaths on Bridge Street."],
]

ADDRESS_MASTHEAD = [
    ["[Ashby District Council logo]",
     "Ashby District Council",
     "Civic Offices, High Street, Ashby AB1 2CD",
     "Telephone 01234 567890",
     "Minutes of the meeting of the Cabinet held on Tuesday 11 March 2025 at 6.00 pm",
     "Present: Councillor H Ingram (Leader), Councillors J Kettle, L Mowbray and N Oldfield",
     "101. Declarations of Interest",
     "None.",
     "102. Leisure Centre Contract",
     "RESOLVED that the leisure centre management contract be awarded to the preferred bidder."],
]

ADDRESS_ONLY_MASTHEAD = [
    ["Civic Offices, High Street, Ashby AB1 2CD",
     "Standards Committee",
     "Monday 17 March 2025",
     "Present: Councillors J Kettle (Chair), L Mowbray and N Oldfield",
     "9. Code of Conduct Complaints",
     "The Monitoring Officer reported on the complaints received in the year.",
     "RESOLVED that the report be noted."],
]

# ---------------------------------------------------------------- what each page must give
# name -> (file name, pages, expected); "previous" is the date of the earlier meeting whose minutes
# the page approves (never the page's own date)

PAGES = {
    "named_vote_motion": ("council-minutes.pdf", NAMED_VOTE_MOTION, dict(
        doc_type="minutes", committee="Council", meeting_date="2025-01-22", council="Corley Borough Council",
        items=["61.", "62.", "63."], previous="2024-11-27",
        decisions=[("61.", "correct record"), ("62.", "The motion was CARRIED.")],
        votes=["For (4), Against (2), Abstain (1): CARRIED"])),
    # the same minutes saved as text, a paragraph to a line: the motion is still taken with its vote
    "named_vote_motion_paragraphs": ("council-minutes.txt", "\n\n".join(NAMED_VOTE_MOTION[0]) + "\n", dict(
        doc_type="minutes", committee="Council", meeting_date="2025-01-22", council="Corley Borough Council",
        items=["61.", "62.", "63."], previous="2024-11-27",
        decisions=[("61.", "correct record"), ("62.", "The motion was CARRIED.")],
        votes=["For (4), Against (2), Abstain (1): CARRIED"])),
    "recommended_to_council": ("audit-minutes.pdf", RECOMMENDED_TO_COUNCIL, dict(
        doc_type="minutes", committee="Audit and Governance Committee", meeting_date="2025-02-04",
        council="Ashby District Council", items=["18.", "19.", "20.", "21."],
        decisions=[("19.", "indicators set out in Appendix 1 be approved"),
                   ("20.", "consequential changes to the Constitution"), ("21.", "progress report be noted")])),
    "call_in": ("osmb-minutes.pdf", CALL_IN, dict(
        doc_type="minutes", committee="Overview and Scrutiny Management Board", meeting_date="2025-02-10",
        council="Wyvernshire County Council", items=["5.", "6."],
        decisions=[("6.", "refer the decision back to Cabinet for reconsideration")])),
    "joint_committee": ("joint-waste-minutes.pdf", JOINT_COMMITTEE, dict(
        doc_type="minutes", committee="Joint Committee of Ashby District Council and Corley Borough Council",
        meeting_date="2025-03-13", council=None, items=["1.", "2.", "3."], previous="2024-12-12",
        decisions=[("2.", "agreed as a correct record"), ("3.", "£52 from 1 April 2025")])),
    "roman_items": ("fgp-minutes.pdf", ROMAN_ITEMS, dict(
        doc_type="minutes", committee="Finance and General Purposes Committee", meeting_date="2025-02-18",
        council="Hollinsby Town Council", items=["I.", "II.", "III.", "IV.", "V."], previous="2025-01-21",
        decisions=[("III.", "approved and signed"), ("IV.", "accounts be received"), ("V.", "grant of £2,500")])),
    "time_stamps": ("licensing-minutes.pdf", TIME_STAMPS, dict(
        doc_type="minutes", committee="Licensing Committee", meeting_date="2025-03-03",
        council="Marlham District Council", items=["14.", "15.", "16."],
        decisions=[("15.", "with effect from 1 April 2025"), ("16.", "consultation for eight weeks")])),
    "time_stamps_paragraphs": ("licensing-minutes.txt", "\n\n".join(TIME_STAMPS[0]) + "\n", dict(
        doc_type="minutes", committee="Licensing Committee", meeting_date="2025-03-03",
        council="Marlham District Council", items=["14.", "15.", "16."],
        decisions=[("15.", "with effect from 1 April 2025"), ("16.", "consultation for eight weeks")])),
    "matters_arising": ("parish-minutes.pdf", MATTERS_ARISING, dict(
        doc_type="minutes", committee="Newbold St Giles Parish Council", meeting_date="2025-01-09",
        council="Newbold St Giles Parish Council", items=["1.", "2.", "3.", "4."], previous="2024-12-12",
        decisions=[("2.", "approved and signed by the Chairman"), ("4.", "memorial bench")])),
    "agenda_to_receive": ("committee-agenda.pdf", AGENDA_TO_RECEIVE, dict(
        doc_type="agenda", committee="Environment and Climate Committee", meeting_date="2025-03-06",
        council="Kelsham Borough Council", items=["1.", "2.", "3.", "4.", "5."], decisions=[])),
    "action_log": ("recommendations-tracker.pdf", ACTION_LOG, dict(
        doc_type="action_plan", committee="Children's Services Scrutiny Panel", meeting_date=None,
        council="Fernhill Metropolitan Borough Council", title="Recommendations Tracker – March 2025",
        items=[], decisions=[])),
    "forward_plan": ("key-decisions.pdf", FORWARD_PLAN, dict(
        doc_type="work_programme", meeting_date=None, council="Brackenmere Metropolitan Borough Council",
        title="Forward plan", items=[], decisions=[])),
    "council_tax": ("council-minutes.pdf", COUNCIL_TAX, dict(
        doc_type="minutes", committee="Council", meeting_date="2025-02-27", council="Kestrelford District Council",
        items=["88.", "89."],
        decisions=[("88.", "is not excessive"), ("89.", "Pay Policy Statement 2025/26 be approved")])),
    "two_column_present": ("planning-minutes.pdf", TWO_COLUMN_PRESENT, dict(
        doc_type="minutes", committee="Planning Committee", meeting_date="2025-01-15",
        council="Ashcombe Borough Council", items=["77.", "78."],
        decisions=[("78.", "subject to the conditions in the report")])),
    "annual_town_meeting": ("town-meeting-minutes.pdf", ANNUAL_TOWN_MEETING, dict(
        doc_type="minutes", committee="Annual Town Meeting", meeting_date="2025-04-16",
        council="Wendlebury Town Council", title="Minutes of the annual meeting held on 16 April 2025",
        items=["1.", "2.", "3.", "4.", "5."], previous="2024-04-17",
        decisions=[("2.", "approved as a correct record")])),
    "address_masthead": ("cabinet-minutes.pdf", ADDRESS_MASTHEAD, dict(
        doc_type="minutes", committee="Cabinet", meeting_date="2025-03-11", council="Ashby District Council",
        items=["101.", "102."], decisions=[("102.", "preferred bidder")])),
    "address_only_masthead": ("standards-minutes.pdf", ADDRESS_ONLY_MASTHEAD, dict(
        doc_type="minutes", committee="Standards Committee", meeting_date="2025-03-17", council=None,
        items=["9."], decisions=[("9.", "report be noted")])),
}


def prepare(tmp_path: Path, key: str):
    name, content, _ = PAGES[key]
    return prepare_page(tmp_path, name, content)


@pytest.mark.parametrize("key", list(PAGES))
def test_fifth_round_house_style_page(tmp_path, key):
    assert problems(prepare(tmp_path, key), PAGES[key][2]) == []


@pytest.mark.parametrize("key", [k for k, page in PAGES.items() if "previous" in page[2]])
def test_the_previous_minutes_are_dated_to_their_own_meeting_not_this_one(tmp_path, key):
    [doc] = prepare(tmp_path, key).documents
    approved = [b.text for b in doc.blocks if b.found_by == layouts.PREVIOUS_MINUTES.name]
    assert approved, "no approval of the previous minutes found"
    assert layouts.PREVIOUS_MINUTES(approved[0])["previous_date"] == PAGES[key][2]["previous"]
    assert doc.meeting_date != PAGES[key][2]["previous"]


# ---------------------------------------------------------------- what these pages needed

@pytest.mark.parametrize("key", ["named_vote_motion", "named_vote_motion_paragraphs"])
def test_a_named_recorded_vote_is_counted_and_kept_with_its_motion(tmp_path, key):
    [doc] = prepare(tmp_path, key).documents
    [(item, motion)] = [(i, t) for i, t in decisions_of(doc) if "CARRIED" in t]
    assert item.startswith("62.") and motion.startswith("Councillor Bexley moved")
    assert "Abstained: The Mayor (1)" in motion


@pytest.mark.parametrize("text, vote", [
    ("For: Councillors Bexley, Cranmore, Dalby and Easton (4)\nAgainst: Councillors Fenwick and Garrow (2)\n"
     "Abstained: The Mayor (1)\nThe motion was CARRIED.", "For (4), Against (2), Abstain (1): CARRIED"),
    ("FOR – Cllrs A Ince, B Jowett (2); AGAINST – Cllr C Kaye (1)", "For (2), Against (1)"),
    ("For (39) Against (19) Abstain (1)", "For (39), Against (19), Abstain (1)"),
])
def test_named_recorded_votes(text, vote):
    assert votes.recorded_vote(text) == vote


@pytest.mark.parametrize("text", ["For: the reasons given in the report (see paragraph 3)",
                                  "Against: a background of rising costs (Appendix 2)"])
def test_not_named_recorded_votes(text):
    assert not votes.VOTE_COUNT.search(text)


@pytest.mark.parametrize("line, number, title", [
    ("IV. Finance Report", "IV", "Finance Report"), ("I. Apologies for Absence", "I", "Apologies for Absence"),
    ("XIV) Date of Next Meeting", "XIV", "Date of Next Meeting"), ("IX. Planning Applications", "IX", "Planning Applications"),
])
def test_items_numbered_in_roman_numerals(line, number, title):
    found = layouts.first_match(layouts.ITEMS, line)
    assert found is not None and found[0].name == "item_roman" and (found[1]["number"], found[1]["title"]) == (number, title)


@pytest.mark.parametrize("line", ["M. Jones", "IIII. Budget", "(iv) the budget be approved", "IV.", "VI. the report was noted",
                                  "C. Smith (Chair)"])
def test_not_items_numbered_in_roman_numerals(line):
    found = layouts.first_match(layouts.ITEMS, line)
    assert found is None or found[0].name != "item_roman"


@pytest.mark.parametrize("key", ["time_stamps", "time_stamps_paragraphs"])
def test_time_stamps_and_members_coming_and_going_are_neither_items_nor_decisions(tmp_path, key):
    [doc] = prepare(tmp_path, key).documents
    for _, text in decisions_of(doc):
        assert "pm" not in text and "left the meeting" not in text
    stamps = [b for b in doc.blocks if TIME_STAMP.match(b.text)]
    assert [(b.text, b.item[:3], b.kind) for b in stamps] == [("(7.42pm)", "15.", "para"), ("(8.10pm)", "16.", "para")]
    [left] = [b for b in doc.blocks if "left the meeting" in b.text]
    assert left.item.startswith("15.") and not left.is_resolution


@pytest.mark.parametrize("line", ["(7.42pm)", "8.05 pm", "(19:15)", "(10.30 a.m.)"])
def test_time_stamps(line):
    assert TIME_STAMP.match(line)


@pytest.mark.parametrize("line", ["at 10.00 am", "7.42pm the Chair adjourned the meeting", "(Pages 7 - 12)", "2024/25"])
def test_not_time_stamps(line):
    assert not TIME_STAMP.match(line)


def test_a_council_tax_resolution_keeps_its_numbered_parts_and_table_of_bands_whole(tmp_path):
    [doc] = prepare(tmp_path, "council_tax").documents
    [tax] = [t for i, t in decisions_of(doc) if i.startswith("88.")]
    assert tax.startswith("RESOLVED that:") and tax.rstrip().endswith("is not excessive.")
    assert "Section 31A(3)" in tax and "Band D   £206.00" in tax


def test_an_agenda_is_dated_to_its_meeting_not_the_next_one_and_decides_nothing(tmp_path):
    [doc] = prepare(tmp_path, "agenda_to_receive").documents
    assert doc.meeting_date == "2025-03-06" and not any(b.is_resolution for b in doc.blocks)
    assert any("5 June 2025" in b.text and b.item.startswith("5.") for b in doc.blocks)


def test_a_tracker_is_an_action_plan_its_rows_kept_under_the_column_header(tmp_path):
    [doc] = prepare(tmp_path, "action_log").documents
    assert doc.found_by["doc_type"].recogniser == "tracker"
    [table] = [b for b in doc.blocks if "Ref    Recommendation" in b.text]
    assert "CS3" in table.text and not items_of(doc)


def test_a_notice_of_key_decisions_is_dated_by_neither_its_publication_nor_its_decisions(tmp_path):
    [doc] = prepare(tmp_path, "forward_plan").documents
    assert doc.meeting_date is None and doc.doc_type == "work_programme"


@pytest.mark.parametrize("text, title", [
    ("Recommendations Tracker – March 2025 Ref Recommendation Owner", "Recommendations Tracker – March 2025"),
    ("Action Log Ref Action Owner Due", "Action Log"),
    ("Scrutiny Recommendations Monitoring as at 1 May 2025", "Scrutiny Recommendations Monitoring as at 1 May 2025"),
])
def test_trackers_and_action_logs(text, title):
    found = layouts.by_name("tracker")(text)
    assert found is not None and found["doc_type"] == "action_plan" and found["title"] == title


@pytest.mark.parametrize("text", ["Action: Clerk to write to the highway authority", "Actions arising from the last meeting",
                                  "Recommendations to Cabinet", "Action logged by the Clerk"])
def test_not_trackers(text):
    assert layouts.by_name("tracker")(text) is None


@pytest.mark.parametrize("line", ["Civic Offices, High Street, Ashby AB1 2CD", "Town Hall, Market Place, Wendlebury WB12 7QT",
                                  "Telephone 01234 567890", "email: clerk@newbold-pc.gov.uk", "[Ashby District Council logo]",
                                  "Council logo", "www.ashby.gov.uk"])
def test_masthead_address_and_logo_lines(line):
    assert layouts.MASTHEAD_ADDRESS(line) is not None


@pytest.mark.parametrize("line", ["Ashby District Council", "Planning Committee", "Present: Councillors A Brough and C Dunstan",
                                  "The Clerk reported on the logo competition for the village sign.", "Civic Offices"])
def test_not_masthead_address_lines(line):
    assert layouts.MASTHEAD_ADDRESS(line) is None


@pytest.mark.parametrize("line, council", [
    ("Joint Committee of Ashby District Council and Corley Borough Council", None),
    ("Licensing Board of Corley Borough Council", None),
    ("Ashby District Council", "Ashby District Council"),
    ("Stoke Poges Parish Council", "Stoke Poges Parish Council"),
])
def test_a_body_of_two_councils_is_no_councils_masthead(line, council):
    assert (layouts.COUNCIL(line) or {}).get("council") == council


@pytest.mark.parametrize("text, committee, annual", [
    ("Minutes of the Annual Town Meeting held on Wednesday 16th April 2025 at 7.00pm", "Annual Town Meeting", True),
    ("Minutes of the Annual Parish Meeting held on 20 May 2024", "Annual Parish Meeting", True),
    ("Minutes of the Full Council meeting held on Monday 15th April 2024", "Full Council", False),
])
def test_a_meeting_named_as_such_keeps_its_name(text, committee, annual):
    found = layouts.by_name("minutes_of_body")(text)
    assert found["committee"] == committee and (found.get("meeting_kind") == "annual") is annual


@pytest.mark.parametrize("name, body", [
    ("Overview and Scrutiny Management Board (Call-In)", "Overview and Scrutiny Management Board"),
    ("Planning Committee (Special Meeting)", "Planning Committee"),
    ("Cabinet (Budget)", "Cabinet"),
    ("Health Scrutiny Panel (Adults)", "Health Scrutiny Panel (Adults)"),
])
def test_the_kind_of_meeting_in_brackets_is_not_the_bodys_name(name, body):
    assert strip_body(name) == body
