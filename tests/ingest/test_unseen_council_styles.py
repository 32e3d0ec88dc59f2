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
