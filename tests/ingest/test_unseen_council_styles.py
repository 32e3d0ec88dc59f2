"""Parser fixes found by the end-to-end check on an unseen council (tests/e2e): a planning application's
item heading ("PC/64 Application 25/01234/FUL - Land at ...,") wrapped at its address's comma, and a
motion's record ("It was proposed by ... seconded ...") run on after the debate with no blank line."""
from __future__ import annotations

from ingest.items import address_runs_on
from ingest.lines import item_number
from tests.ingest.pages import decisions_of, items_of, prepare_page

MINUTES = [[
    "MOORSIDE BOROUGH COUNCIL",
    "Minutes of the Development Control Committee",
    "Held on Tuesday 3 March 2026 at 6.00 pm in the Council Chamber, Town Hall, Moorside",
    "Present: Councillors A Brennan (Chair), C Duffy, E Faulkner, G Hirst and J Kowalski",
    "DC/11 Apologies for absence",
    "Apologies were received from Councillor L Mortimer.",
    "DC/12 Application 26/00412/FUL - Land adjacent to 3 Quarry Road,",
    "Netherby",
    "Erection of two detached dwellings with garages. The officer recommended approval. A neighbour",
    "spoke against the scheme, raising overlooking of the garden at 5 Quarry Road and the loss of a hedge.",
    "It was proposed by Councillor Duffy and seconded by Councillor Hirst that the application be",
    "approved. The vote was 4 in favour and 1 against.",
    "DECISION: Approved subject to conditions.",
    "DC/13 Application 26/00419/HOU - 27 Beck Lane, Netherby",
    "Two-storey side extension. Officers recommended refusal because of its scale.",
    "It was moved by Councillor Faulkner and seconded by Councillor Kowalski that the application be refused.",
    "Carried: 5 votes for, none against.",
    "DECISION: REFUSED.",
    "DC/14 Date of next meeting",
    "The next meeting will be held on Tuesday 7 April 2026.",
]]


def test_application_heading_wrapped_at_its_address_comma_is_one_item(tmp_path):
    [doc] = prepare_page(tmp_path, "dc.pdf", MINUTES).documents
    assert items_of(doc) == [
        "DC/11 Apologies for absence",
        "DC/12 Application 26/00412/FUL - Land adjacent to 3 Quarry Road, Netherby",
        "DC/13 Application 26/00419/HOU - 27 Beck Lane, Netherby",
        "DC/14 Date of next meeting",
    ]


def test_decision_opens_at_the_motion_not_at_the_debate_run_on_above_it(tmp_path):
    [doc] = prepare_page(tmp_path, "dc.pdf", MINUTES).documents
    decided = {item: text for item, text in decisions_of(doc)}
    first = decided["DC/12 Application 26/00412/FUL - Land adjacent to 3 Quarry Road, Netherby"]
    assert first.startswith("It was proposed by Councillor Duffy")
    assert "neighbour" not in first and "Approved subject to conditions" in first


def test_address_runs_on_only_for_an_application_and_a_short_capitalised_line():
    heading = "PC/64 Application 25/01234/FUL - Land to the rear of 12-16 Mill Lane,"
    found = item_number(heading, True)
    assert address_runs_on(found, heading, "Kelbrook")
    assert not address_runs_on(found, heading, "Erection of nine dwellings with new access, parking and landscaping.")
    assert not address_runs_on(found, heading, None)
    other = "PC/66 Planning enforcement, quarterly update,"
    assert not address_runs_on(item_number(other, True), other, "Kelbrook")


# ---------------------------------------------------------------- the second unseen-council check (cwmderwen)
# A summons letter on an agenda's front sheet: its "Date:" is the day it was sent and its "To:" the
# members it is sent to; the meeting is the one the summons names.
SUMMONS_FRONT_SHEET = [[
    "BRYNMAWR VALE COUNTY BOROUGH COUNCIL",
    "Council Offices, Stryd Fawr, Llanelwedd",
    "Date: 2 March 2026",
    "Dear Councillor,",
    "You are summoned to a meeting of the POLICY AND RESOURCES COMMITTEE to be held in the",
    "Council Chamber, Council Offices, Llanelwedd on Thursday, 12 March 2026 at 2.00 pm.",
    "AGENDA",
    "1. Apologies for absence",
    "2. Declarations of interest",
    "3. Treasury management mid-year review",
    "To: Councillors A. Pugh (Chair), B. Rhys, C. Lloyd and D. Owain",
], [
    "POLICY AND RESOURCES COMMITTEE",
    "Minutes of the meeting held on 12 February 2026",
    "Present: Councillor A. Pugh (Chair); Councillors B. Rhys and C. Lloyd",
    "1. Apologies for absence",
    "An apology was received from Councillor D. Owain.",
]]


def test_summons_front_sheet_is_the_meetings_agenda_not_a_cover_sheet(tmp_path):
    docs = prepare_page(tmp_path, "pack.pdf", SUMMONS_FRONT_SHEET).documents
    agenda = docs[0]
    assert (agenda.doc_type, agenda.committee, agenda.meeting_date) == ("agenda", "Policy and Resources Committee",
                                                                         "2026-03-12")
    assert [(d.doc_type, d.meeting_date) for d in docs[1:]] == [("minutes", "2026-02-12")]


# A record of decisions headed "Meeting of <body> held on <date>", its decisions in a table.
DECISION_TABLE = [[
    "Record of Decisions",
    "Meeting of the Thornvale Police and Crime Panel held on Monday 9 March 2026 at 10.00 am, County Hall",
    "Members present: Councillors E. Marsh (Chair), F. Okafor, G. Lund and H. Price; Mrs J. Kemp (co-opted)",
    "Decision No.   Item   Decision   Reasons",
    "PCP/26/04   Proposed precept 2026/27   The Panel supported the proposed Band D precept of £281.37.",
    "The precept rises within the limit set by the government.",
    "PCP/26/05   Confirmation hearing   The Panel endorsed the appointment of the Chief Constable.",
]]


def test_meeting_of_a_body_held_on_a_date_heads_a_record_of_decisions(tmp_path):
    [doc] = prepare_page(tmp_path, "record-of-decisions.pdf", DECISION_TABLE).documents
    assert (doc.doc_type, doc.committee, doc.meeting_date) == ("minutes", "Thornvale Police and Crime Panel",
                                                               "2026-03-09")


# A parish's minutes with each minute's title run in before its text, and a title alone over a list.
RUN_IN_MINUTES = [[
    "Minutes of the Meeting of Westerleigh Magna Parish Council held on Monday 14 July 2025 at 7.30pm in the",
    "Village Hall",
    "Present: Cllrs D Arkwright (Chairman), E Boateng, F Collier and G Dunmore.",
    "25/071 Apologies. Cllr H Evans (work). Apologies accepted.",
    "25/072 Minutes. The minutes of the meeting held on 9 June 2025 were approved. Proposed by Cllr Collier,",
    "seconded by Cllr Boateng, all in favour.",
    "25/073 Playing field fence. Three quotations had been received. It was proposed by Cllr Dunmore and",
    "seconded by Cllr Collier that the quotation of £2,340 from Hedgeline Fencing be accepted. RESOLVED.",
    "25/074 Planning.",
    "S/25/0561 Old Barn, Church Lane - barn conversion. No objection.",
    "25/075 Date of next meeting. Monday 8 September 2025 at 7.30pm.",
]]


def test_a_minutes_title_run_in_before_its_text_heads_an_item(tmp_path):
    [doc] = prepare_page(tmp_path, "minutes-2025-07-14.pdf", RUN_IN_MINUTES).documents
    assert items_of(doc) == ["25/071 Apologies.", "25/072 Minutes.", "25/073 Playing field fence.", "25/074 Planning.",
                             "25/075 Date of next meeting."]
    decided = dict(decisions_of(doc))
    assert "Hedgeline Fencing" in decided["25/073 Playing field fence."]


def test_an_application_listed_under_a_minute_is_no_run_in_title(tmp_path):
    [doc] = prepare_page(tmp_path, "minutes-2025-07-14.pdf", RUN_IN_MINUTES).documents
    planning = [b.text for b in doc.blocks if b.item == "25/074 Planning."]
    assert any("Old Barn, Church Lane - barn conversion. No objection." in text for text in planning), planning


# ---------------------------------------------------------------- the third unseen-council check (kilbrannoch)
# A London borough's scrutiny minutes: an item titled in capitals whose title holds commas and a date
# (a call-in of a Cabinet decision), and a vote's count wrapped so that its last number stands alone
# on the next line ("carried by 4 votes to" / "3.") over the resolution.
CALL_IN = [[
    "ASHFORTH ROYAL BOROUGH",
    "OVERVIEW AND SCRUTINY COMMITTEE",
    "MINUTES of the meeting held on Wednesday 4 March 2026 at 7.00 pm at the Guildhall",
    "Members present: Councillors P Ferris (Chair), Q Adebayo, R Lund and S Marchetti",
    "12. DECLARATIONS OF INTEREST",
    "None.",
    "13. CALL-IN: LIBRARY OPENING HOURS (CABINET 9 FEBRUARY 2026, MINUTE 88)",
    "The decision had been called in by Councillors Adebayo, Lund and Marchetti on the grounds that",
    "the consultation had not been properly taken into account. The Cabinet Member answered questions.",
    "On being put to the vote, the motion to refer the decision back to Cabinet was carried by 4 votes to",
    "3.",
    "RESOLVED: That the decision be referred back to Cabinet for reconsideration, with the following",
    "recommendations:",
    "(a) that Saturday opening be kept at the three largest libraries;",
    "(b) that the equality impact assessment be revised.",
    "14. WORK PROGRAMME 2025/26",
    "RESOLVED: That the work programme be agreed.",
]]


def test_numbered_title_in_capitals_with_commas_is_an_item_heading(tmp_path):
    [doc] = prepare_page(tmp_path, "osc.pdf", CALL_IN).documents
    assert "13. CALL-IN: LIBRARY OPENING HOURS (CABINET 9 FEBRUARY 2026, MINUTE 88)" in items_of(doc)


WRAPPED_COUNT = [[
    "ASHFORTH ROYAL BOROUGH",
    "LICENSING COMMITTEE",
    "MINUTES of the meeting held on Tuesday 10 March 2026 at 6.30 pm at the Guildhall",
    "1. APOLOGIES FOR ABSENCE",
    "Apologies were received from Councillor T Ng.",
    "2. STREET TRADING POLICY",
    "Members debated the proposed hours for the market on Bridge Street. On being put to the vote, the",
    "motion to approve the policy with trading until 8pm was carried by 5 votes to",
    "3.",
    "RESOLVED: That the Street Trading Policy be approved, subject to the following",
    "conditions applying to every consent.",
    "3. DATE OF NEXT MEETING",
    "Tuesday 14 April 2026 at 6.30 pm.",
]]


def test_a_number_ending_the_line_above_is_no_item_heading(tmp_path):
    [doc] = prepare_page(tmp_path, "lic.pdf", WRAPPED_COUNT).documents
    # "3." is the count's end, not item 3 over the resolution's first line
    assert items_of(doc) == ["1. APOLOGIES FOR ABSENCE", "2. STREET TRADING POLICY", "3. DATE OF NEXT MEETING"]


# A town council's minutes in Word: each minute a heading styled as one, the "To approve the minutes of
# ... held on <date>" title longer than a heading usually is.
TOWN_MINUTES = """# ORMSBY MAGNA TOWN COUNCIL

MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON TUESDAY 17 MARCH 2026 AT 7.00PM

Present: Cllr A Hart (Town Mayor), Cllrs B Ives, C Jolly and D Kemp

## 25/140 Public participation

A resident asked about the bus shelter on Church Street.

## 25/141 To approve the minutes of the Full Council meeting held on 17 February 2026

RESOLVED that the minutes be approved and signed by the Mayor as a correct record.

## 25/142 Payments

RESOLVED that the schedule of payments totalling £4,120.50 be approved.
"""


def test_a_long_minute_heading_marked_as_a_heading_is_an_item(tmp_path):
    [doc] = prepare_page(tmp_path, "tc.md", TOWN_MINUTES).documents
    assert items_of(doc) == ["25/140 Public participation",
                             "25/141 To approve the minutes of the Full Council meeting held on 17 February 2026",
                             "25/142 Payments"]


# A combined authority's record of decisions on its web page: the masthead (the site's logo) is page
# furniture, so no line names the council; the committee's own name does.
RECORD_OF_DECISIONS = """<!DOCTYPE html><html><head><title>Record of Decisions | Tarnvale Combined Authority</title></head>
<body><header><a href="/">Tarnvale Combined Authority</a><nav><a href="/">Home</a> <a href="/meetings">Meetings</a></nav></header>
<main><h1>Record of Decisions</h1>
<p>Meeting: <strong>Tarnvale Combined Authority Committee</strong></p>
<p>Date: Friday 6 March 2026, 10.30am</p>
<h2>4. Local Transport Fund</h2>
<p><strong>Decision:</strong> The Committee approved £3.2m for bus priority measures.</p>
<p><strong>Voting:</strong> Agreed unanimously.</p>
</main></body></html>"""


def test_a_body_named_after_its_council_gives_the_council(tmp_path):
    [doc] = prepare_page(tmp_path, "rod.html", RECORD_OF_DECISIONS).documents
    assert doc.committee == "Tarnvale Combined Authority Committee"
    assert doc.council == "Tarnvale Combined Authority"
