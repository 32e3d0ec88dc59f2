"""The parser on a fourth round of house styles none of the sample or development councils print:
realistic pages (invented councils, people and places) of a Scottish council's committee minute, a
Welsh community council's bilingual minute, a parish council's year-pair minute numbers, a combined
authority's decisions notice, a health and wellbeing board, minutes dated only in their running
header, an adjourned and reconvened meeting, an annual and an extraordinary meeting in one file,
deferred items, an amendment lost and the substantive motion carried on recorded votes printed as
columns, urgent business and a private part, and running headers and footers on every page. Each
page goes through the real pipeline (PDFs built with reportlab and read by pypdf) and is checked as
tests/ingest/test_house_styles.py checks its pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from core import votes
from core.types import Page
from ingest import furniture, layouts
from ingest.lines import title_with_none
from tests.ingest.pages import decisions_of, prepare_page, problems

# ---------------------------------------------------------------- the pages

SCOTTISH_AGREED = [
    ["ARDMHOR COUNCIL",
     "MINUTE of MEETING of the COMMUNITIES AND HOUSING COMMITTEE held in the Council Chamber,",
     "Ardmhor House, Kilbrannan on Wednesday 6 March 2024 at 10.00 am",
     "Present:",
     "Councillors M Galbraith (Convener), A Lamont (Depute Convener), S MacPhail, R Ogilvie",
     "and Depute Provost J Sutherland",
     "In Attendance: Head of Housing Services and Committee Services Officer",
     "1. APOLOGIES FOR ABSENCE",
     "Apologies were intimated on behalf of Councillor K Urquhart.",
     "2. DECLARATIONS OF INTEREST",
     "There were no declarations of interest.",
     "3. MINUTE OF PREVIOUS MEETING",
     "The Minute of Meeting of the Committee held on 31 January 2024 was approved as a correct record.",
     "4. STRATEGIC HOUSING INVESTMENT PLAN 2024-2029",
     "There was submitted a report by the Head of Housing Services seeking approval of the plan.",
     "The Committee agreed:-",
     "(i) to approve the Strategic Housing Investment Plan 2024-2029; and",
     "(ii) to instruct the Head of Housing Services to submit the Plan to the Scottish Government.",
     "5. TEMPORARY ACCOMMODATION",
     "There was circulated a report on the use of temporary accommodation in the last quarter.",
     "The Committee agreed to note the report."],
]

WELSH_COMMUNITY = [
    ["CYNGOR CYMUNED LLANDEGLA FAWR / LLANDEGLA FAWR COMMUNITY COUNCIL",
     "Cofnodion cyfarfod misol y Cyngor a gynhaliwyd nos Lun, 11 Mawrth 2024 am 7.00yh",
     "Minutes of the monthly meeting of the Council held on Monday, 11 March 2024 at 7.00pm",
     "Yn bresennol / Present: Cyng. / Cllr D Price (Cadeirydd / Chair), E Roberts, G Hughes, M Jones",
     "Hefyd yn bresennol / Also present: Mrs S Evans (Clerc / Clerk)",
     "24/25 YMDDIHEURIADAU / APOLOGIES",
     "Apologies were received from Cllr H Lewis.",
     "24/26 COFNODION / MINUTES",
     "The minutes of the meeting held on 12 February 2024 were approved and signed as a correct record.",
     "24/27 GOLEUADAU STRYD / STREET LIGHTING",
     "The Clerk reported two quotations for new lighting columns on Ffordd yr Eglwys.",
     "PENDERFYNWYD / RESOLVED: to accept the quotation of £1,150 from Golau Dyffryn Cyf.",
     "24/28 GOHEBIAETH / CORRESPONDENCE",
     "A letter from the school thanking the Council for its grant was noted."],
]

PARISH_YEAR_PAIR = [
    ["WESTERLEIGH ST MARY PARISH COUNCIL",
     "Minutes of the meeting of Westerleigh St Mary Parish Council held on Tuesday 14th January 2025",
     "at 7.30pm in the Pavilion, Church Road",
     "Present: Cllr R Hathaway (Chairman), Cllr L Bevan, Cllr N Carless, Cllr P Drinkwater",
     "In attendance: Mrs J Fairclough (Clerk & RFO) and 4 members of the public",
     "2425/067 Apologies for absence",
     "Resolved: to accept the apologies of Cllr S Ellison (work).",
     "2425/068 Declarations of interest",
     "None.",
     "2425/069 Minutes",
     "Resolved: that the minutes of the meeting held on 10th December 2024 be signed as a true record.",
     "2425/070 Clerk's report",
     "The Clerk reported that the bus shelter on Church Road has been repaired under insurance and",
     "that the precept request has been submitted to the District Council.",
     "2425/071 Playing field mower",
     "Three quotations for the servicing of the ride-on mower were considered.",
     "Resolved: to accept the quotation from Vale Garden Machinery of £640.",
     "2425/072 Date of next meeting",
     "Tuesday 11th February 2025 at 7.30pm."],
]

CA_DECISIONS_NOTICE = [
    ["Northmarsh Combined Authority",
     "Decisions Notice",
     "Meeting: Combined Authority Board",
     "Date: Friday 22 March 2024",
     "Publication date: 26 March 2024",
     "Item     Decision(s)",
     "7.  Mayor's Budget 2024/25     Decision: The Board approved the Mayor's budget of £48.6m.",
     "8.  Local Transport Plan       Decision: The Board adopted the Local Transport Plan 2024-2040.",
     "9.  Skills Bootcamps           Decision: The Board accepted the grant of £3.2m from the Department."],
]

HWB_BOARD = [
    ["Fernhill Metropolitan Borough Council",
     "Health and Wellbeing Board",
     "Minutes of the meeting held on Thursday 21 March 2024 at 2.00 pm",
     "Present: Councillor C Aziz (Chair), Dr R Bhatt (Vice-Chair), Councillor D Egan, Ms F Gill",
     "(Healthwatch Fernhill), Mr H Iqbal (Director of Public Health)",
     "23. Declarations of Interest",
     "There were no declarations of interest.",
     "24. Joint Local Health and Wellbeing Strategy Refresh",
     "The Director of Public Health presented the refreshed strategy and the results of engagement.",
     "The Board:",
     "(a) noted the outcome of the engagement with residents;",
     "(b) endorsed the three priorities set out in section 4 of the report; and",
     "(c) agreed that the strategy be published in April 2024.",
     "25. Better Care Fund Quarter 3 Return",
     "The Board:",
     "(a) noted the Quarter 3 return; and",
     "(b) delegated approval of the Quarter 4 return to the Chair."],
]

# the date only in the running header, as ModernGov prints it on every page
HEADER_DATE_ONLY = [
    ["Kelsham Borough Council",
     "Overview and Scrutiny Committee",
     "MINUTES",
     "Present: Councillors L Naylor (Chair), M Oakes, P Quinlan and R Shah",
     "Also present: Councillor T Vickers (Cabinet Member for Housing)",
     "31. Apologies",
     "Apologies were received from Councillor W Young.",
     "32. Minutes of the previous meeting",
     "RESOLVED that the minutes of the meeting held on 6th February, 2024 be agreed."],
    ["33. Housing Repairs Performance",
     "The Cabinet Member for Housing presented the performance report for the third quarter.",
     "RESOLVED that the Committee receive a further report on damp and mould in June."],
]

CHAIRS_ANNOUNCEMENTS = [
    ["WENDLEBURY TOWN COUNCIL",
     "Minutes of the Full Council meeting held on Monday 15th April 2024 at 7.00pm",
     "in the Assembly Room, Wendlebury Town Hall",
     "Present: Cllrs K Ashworth (Town Mayor), B Lowe, C Marsh, D Noble, E Orr",
     "1. Apologies for absence",
     "Apologies were received from Cllr F Pike.",
     "2. Declarations of interest: none.",
     "3. Chair's announcements",
     "The Town Mayor thanked the volunteers who organised the Easter trail.",
     "4. Public participation",
     "Two residents spoke about parking on Bridge Street.",
     "5. Bridge Street parking",
     "RESOLVED to ask the highway authority for a parking survey of Bridge Street."],
]

ADJOURNED_RECONVENED = [
    ["Marlham District Council",
     "Minutes of the meeting of the Planning Committee held on Wednesday 10 January 2024 at 6.00 pm",
     "Present: Councillors S Varley (Chair), T Whitlock, U Yeardley and V Zouch",
     "55. Declarations of Interest",
     "There were no declarations of interest.",
     "56. Application No: 23/01577/OUT – Land North of Station Road, Hatherby",
     "The Case Officer presented the report. Five residents addressed the Committee.",
     "RESOLVED that outline planning permission be granted subject to a section 106 agreement.",
     "The meeting was adjourned at 9.55 pm.",
     "Reconvened meeting – Wednesday 17 January 2024 at 6.00 pm",
     "Present: Councillors S Varley (Chair), T Whitlock and V Zouch",
     "57. Application No: 23/01602/FUL – The Maltings, Brewery Lane, Hatherby",
     "RESOLVED that planning permission be refused for the reasons set out in the report.",
     "58. Appeal Decisions",
     "The Committee NOTED the appeal decisions."],
]

ANNUAL_AND_EXTRAORDINARY = [
    ["HOLLINSBY PARISH COUNCIL",
     "Minutes of the Annual Meeting of the Parish Council held on Monday 13th May 2024 at 7.00pm",
     "in Hollinsby Village Hall",
     "Present: Cllr M Tate, Cllr J Rowe, Cllr S Pym, Cllr D Orme",
     "24/50 Election of Chairman",
     "RESOLVED that Cllr M Tate be elected Chairman for the year 2024/25.",
     "24/51 Election of Vice-Chairman",
     "RESOLVED that Cllr J Rowe be elected Vice-Chairman."],
    ["HOLLINSBY PARISH COUNCIL",
     "Minutes of the Extraordinary Meeting of the Parish Council held on Monday 3rd June 2024 at 7.00pm",
     "in Hollinsby Village Hall",
     "Present: Cllr M Tate (Chairman), Cllr J Rowe, Cllr S Pym",
     "24/60 Village Hall Roof",
     "RESOLVED to accept the quotation of £12,400 from Pym & Sons Roofing."],
]

DEFERRED_ITEMS = [
    ["Brackenmere Metropolitan Borough Council",
     "Licensing and Regulatory Committee",
     "Minutes of the meeting held on Tuesday 9 April 2024",
     "Present: Councillors H Okafor (Chair), D Byrne, K Lister and A Quinn",
     "14. Taxi Licensing Policy Review",
     "This item was deferred to the next meeting.",
     "15. Street Trading Consent Fees",
     "The Licensing Manager presented the proposed fees for 2024/25.",
     "RESOLVED that the fees set out in Appendix A be approved.",
     "16. Sex Establishment Policy",
     "This item was withdrawn by the report author."],
]

AMENDMENT_RECORDED_TABLE = [
    ["Ashcombe Borough Council",
     "Minutes of the meeting of the Council held on Tuesday 16 July 2024 at 7.00 pm",
     "Present: The Mayor (Councillor D Fairley), Councillors E Garside, F Haddon, G Ivers,",
     "H Judd, K Lowe and M Nash",
     "41. Notice of Motion – Pavement Parking",
     "Councillor Garside moved and Councillor Haddon seconded the following motion: that this",
     "Council asks the Government to give councils the power to ban pavement parking.",
     "Councillor Ivers moved and Councillor Judd seconded an amendment to add the words 'in",
     "residential streets only'. A recorded vote was taken on the amendment:",
     "For                   Against               Abstain",
     "Cllr Ivers            Cllr Garside          Cllr Nash",
     "Cllr Judd             Cllr Haddon",
     "                      Cllr Lowe",
     "                      Cllr Fairley",
     "The amendment was LOST.",
     "A recorded vote was taken on the substantive motion:",
     "For                   Against               Abstain",
     "Cllr Garside          Cllr Ivers            Cllr Nash",
     "Cllr Haddon           Cllr Judd",
     "Cllr Lowe",
     "Cllr Fairley",
     "The substantive motion was CARRIED.",
     "RESOLVED that this Council asks the Government to give councils the power to ban pavement parking.",
     "42. Questions from Members",
     "No questions had been received."],
]

URGENT_AND_PRIVATE = [
    ["Wyvernshire County Council",
     "Cabinet",
     "Minutes of the meeting held on Thursday 11 July 2024 at 10.00 am",
     "Present: Councillor A Arkwright (Leader, in the Chair), Councillors B Briggs, C Calvert, D Denton",
     "71. Urgent Business",
     "The Chairman agreed to take an urgent item on the flood recovery grant, as the grant",
     "conditions must be accepted before the next meeting.",
     "RESOLVED that the flood recovery grant of £750,000 be accepted on the conditions reported.",
     "72. Exclusion of the Press and Public",
     "RESOLVED that the press and public be excluded for the following item on the grounds that",
     "it involves the likely disclosure of exempt information as defined in paragraph 3 of",
     "Part 1 of Schedule 12A to the Local Government Act 1972.",
     "PART 2 – ITEMS CONSIDERED IN PRIVATE",
     "73. Disposal of Land at Orme Road",
     "RESOLVED that the land at Orme Road be sold to the preferred bidder on the terms reported."],
]

# a running header naming the paper and a page footer on every page: neither is an item
RUNNING_FURNITURE = [
    ["Kestrelford District Council",
     "Minutes of the meeting of the Planning Committee held on Tuesday 12 March 2024 at 7.00 pm",
     "Present: Councillor J Marlow (Chair), Councillors P Aske, R Bellamy, T Crane and S Dunmore",
     "Minute 130/24 Declarations of Interest",
     "There were no declarations of interest.",
     "Minute 131/24 Application 24/0102/FUL – Orchard Farm, Ashcote",
     "The Senior Planning Officer presented the report on the conversion of the barns to four",
     "dwellings. Members discussed the access onto the lane and the loss of the orchard.",
     "It was RESOLVED that:",
     "(a) planning permission be granted subject to the conditions set out in the report;"],
    ["(b) a condition be added requiring the replanting of twelve fruit trees; and",
     "(c) the Head of Planning be authorised to finalise the wording of the conditions.",
     "Minute 132/24 Application 24/0140/HOU – 2 Mill Cottages, Ashcote",
     "RESOLVED that planning permission be refused for the reasons set out in the report."],
    ["Minute 133/24 Planning Appeals",
     "The Committee NOTED the report.",
     "The meeting closed at 8.50 pm."],
]

# a Scottish full council: the sederunt under its own heading, the Provost in the chair, minutes
# numbered without stops, the date in figures
SCOTTISH_SEDERUNT = [
    ["STRATHCAIRN COUNCIL",
     "MINUTE OF MEETING OF STRATHCAIRN COUNCIL",
     "Council Chambers, Municipal Buildings, Inverallan, 27/06/2024 at 10.30 am",
     "SEDERUNT",
     "Provost E Drummond (Chair), Depute Provost W Baillie, Councillors A Fraser, C Grant,",
     "M Innes and R Tulloch",
     "IN ATTENDANCE",
     "Chief Executive; Head of Legal and Democratic Services",
     "1 DECLARATIONS OF INTEREST",
     "No declarations of interest were made.",
     "2 COUNCIL TAX REDUCTION SCHEME",
     "There was submitted a report by the Head of Finance on the council tax reduction scheme.",
     "The Council agreed:-",
     "(i) to adopt the scheme set out at Appendix 1; and",
     "(ii) to review the scheme in March 2025.",
     "3 LOCAL DEVELOPMENT PLAN 3",
     "Decision: The Council approved the Development Plan Scheme for publication."],
]

# ---------------------------------------------------------------- what each page must give
# name -> (file name, pages, the PDF's running header and footer, expected)

PAGES = {
    "scottish_agreed": ("housing-minute.pdf", SCOTTISH_AGREED, None, dict(
        doc_type="minutes", committee="Communities and Housing Committee", meeting_date="2024-03-06",
        council="Ardmhor Council", items=["1.", "2.", "3.", "4.", "5."],
        decisions=[("3.", "approved as a correct record"), ("4.", "submit the Plan to the Scottish Government"),
                   ("5.", "agreed to note the report")])),
    "welsh_community": ("cofnodion.pdf", WELSH_COMMUNITY, None, dict(
        doc_type="minutes", committee="Llandegla Fawr Community Council", meeting_date="2024-03-11",
        council="Llandegla Fawr Community Council", items=["24/25", "24/26", "24/27", "24/28"],
        decisions=[("24/26", "correct record"), ("24/27", "Golau Dyffryn Cyf")])),
    "parish_year_pair": ("parish-minutes.pdf", PARISH_YEAR_PAIR, None, dict(
        doc_type="minutes", committee="Westerleigh St Mary Parish Council", meeting_date="2025-01-14",
        council="Westerleigh St Mary Parish Council",
        items=["2425/067", "2425/068", "2425/069", "2425/070", "2425/071", "2425/072"],
        decisions=[("2425/067", "apologies of Cllr S Ellison"), ("2425/069", "true record"),
                   ("2425/071", "Vale Garden Machinery of £640")])),
    "ca_decisions_notice": ("board-decisions.pdf", CA_DECISIONS_NOTICE, None, dict(
        doc_type="minutes", committee="Combined Authority Board", meeting_date="2024-03-22",
        council="Northmarsh Combined Authority", items=["7.", "8.", "9."],
        decisions=[("7.", "budget of £48.6m"), ("8.", "adopted the Local Transport Plan"), ("9.", "grant of £3.2m")])),
    "hwb_board": ("hwb-minutes.pdf", HWB_BOARD, None, dict(
        doc_type="minutes", committee="Health and Wellbeing Board", meeting_date="2024-03-21",
        council="Fernhill Metropolitan Borough Council", items=["23.", "24.", "25."],
        decisions=[("24.", "published in April 2024"), ("25.", "Quarter 4 return to the Chair")])),
    "header_date_only": ("osc-minutes.pdf", HEADER_DATE_ONLY,
                         ("Overview and Scrutiny Committee - Tuesday, 5th March, 2024 7.00 pm", "{n}"), dict(
        doc_type="minutes", committee="Overview and Scrutiny Committee", meeting_date="2024-03-05",
        council="Kelsham Borough Council", items=["31.", "32.", "33."],
        decisions=[("32.", "be agreed"), ("33.", "damp and mould in June")])),
    "chairs_announcements": ("council-minutes.pdf", CHAIRS_ANNOUNCEMENTS, None, dict(
        doc_type="minutes", committee="Full Council", meeting_date="2024-04-15",
        council="Wendlebury Town Council", items=["1.", "2.", "3.", "4.", "5."],
        decisions=[("5.", "parking survey of Bridge Street")])),
    "adjourned_reconvened": ("planning-minutes.pdf", ADJOURNED_RECONVENED, None, dict(
        doc_type="minutes", committee="Planning Committee", meeting_date="2024-01-10",
        council="Marlham District Council", items=["55.", "56.", "57.", "58."],
        decisions=[("56.", "section 106 agreement"), ("57.", "refused for the reasons"),
                   ("58.", "NOTED the appeal decisions")])),
    "annual_and_extraordinary": ("parish-minutes.pdf", ANNUAL_AND_EXTRAORDINARY, None, dict(
        documents=[("minutes", "2024-05-13"), ("minutes", "2024-06-03")],
        doc_type="minutes", committee="Hollinsby Parish Council", meeting_date="2024-05-13",
        council="Hollinsby Parish Council", items=["24/50", "24/51"],
        decisions=[("24/50", "elected Chairman"), ("24/51", "elected Vice-Chairman")])),
    "deferred_items": ("licensing-minutes.pdf", DEFERRED_ITEMS, None, dict(
        doc_type="minutes", committee="Licensing and Regulatory Committee", meeting_date="2024-04-09",
        council="Brackenmere Metropolitan Borough Council", items=["14.", "15.", "16."],
        decisions=[("14.", "deferred to the next meeting"), ("15.", "Appendix A be approved"),
                   ("16.", "withdrawn by the report author")])),
    "amendment_recorded_table": ("council-minutes.pdf", AMENDMENT_RECORDED_TABLE, None, dict(
        doc_type="minutes", committee="Council", meeting_date="2024-07-16", council="Ashcombe Borough Council",
        items=["41.", "42."],
        decisions=[("41.", "power to ban pavement parking")],
        votes=["For (4), Against (2), Abstain (1)"])),
    "urgent_and_private": ("cabinet-minutes.pdf", URGENT_AND_PRIVATE, None, dict(
        doc_type="minutes", committee="Cabinet", meeting_date="2024-07-11", council="Wyvernshire County Council",
        items=["71.", "72.", "73."],
        decisions=[("71.", "£750,000 be accepted"), ("72.", "Schedule 12A"), ("73.", "preferred bidder")])),
    "scottish_sederunt": ("council-minute.pdf", SCOTTISH_SEDERUNT, None, dict(
        doc_type="minutes", committee="Strathcairn Council", meeting_date="2024-06-27", council="Strathcairn Council",
        items=["1", "2", "3"],
        decisions=[("2", "review the scheme in March 2025"), ("3", "Development Plan Scheme for publication")])),
    "running_furniture": ("planning-minutes.pdf", RUNNING_FURNITURE,
                          ("Minutes – Planning Committee – 12.03.24", "Page {n} of {total}"), dict(
        doc_type="minutes", committee="Planning Committee", meeting_date="2024-03-12",
        council="Kestrelford District Council",
        items=["Minute 130/24", "Minute 131/24", "Minute 132/24", "Minute 133/24"],
        decisions=[("Minute 131/24", "finalise the wording"), ("Minute 132/24", "refused for the reasons"),
                   ("Minute 133/24", "NOTED the report")])),
}


def prepare(tmp_path: Path, key: str):
    name, pages, furniture, _ = PAGES[key]
    header, footer = furniture or (None, None)
    return prepare_page(tmp_path, name, pages, header=header, footer=footer)


@pytest.mark.parametrize("key", list(PAGES))
def test_fourth_round_house_style_page(tmp_path, key):
    assert problems(prepare(tmp_path, key), PAGES[key][3]) == []


# ---------------------------------------------------------------- what these pages needed

def test_running_lines_on_every_page_are_neither_items_nor_text_and_a_decision_runs_on_across_the_page(
        tmp_path):
    [doc] = prepare(tmp_path, "running_furniture").documents
    assert not any("12.03.24" in b.text or "Page " in b.text for b in doc.blocks)
    [granted] = [t for _, t in decisions_of(doc) if "granted" in t]
    assert granted.startswith("It was RESOLVED that:") and "twelve fruit trees" in granted \
        and granted.rstrip().endswith("finalise the wording of the conditions.")


def test_a_meeting_dated_only_in_its_running_header_takes_the_headers_date(tmp_path):
    [doc] = prepare(tmp_path, "header_date_only").documents
    assert doc.found_by["meeting_date"].recogniser == "running_line"
    assert not any("7.00 pm" in b.text for b in doc.blocks)


def test_a_reconvened_meeting_stays_one_document_under_the_date_it_opened(tmp_path):
    [doc] = prepare(tmp_path, "adjourned_reconvened").documents
    assert doc.meeting_date == "2024-01-10"
    later = [b for b in doc.blocks if b.item and b.item.startswith("57.")]
    assert later and all(b.page == 1 for b in later)
    # the adjournment and the reconvened meeting's attendance are the meeting's course, not item 56's decision
    assert not any("adjourned" in t or "Reconvened" in t for _, t in decisions_of(doc))


def test_a_private_part_heading_is_not_the_exclusion_resolutions_text(tmp_path):
    [doc] = prepare(tmp_path, "urgent_and_private").documents
    [excluded] = [t for _, t in decisions_of(doc) if "excluded" in t]
    assert excluded.rstrip().endswith("Local Government Act 1972.")
    assert [b.item[:3] for b in doc.blocks if b.text.startswith("PART 2")] == ["72."]


def test_the_substantive_motion_keeps_its_amendment_and_both_tables_and_counts_the_last(tmp_path):
    [doc] = prepare(tmp_path, "amendment_recorded_table").documents
    [decision] = [t for _, t in decisions_of(doc)]
    assert "The amendment was LOST." in decision and "The substantive motion was CARRIED." in decision
    assert votes.column_votes(decision) == [{"For": 2, "Against": 4, "Abstain": 1}, {"For": 4, "Against": 2, "Abstain": 1}]


@pytest.mark.parametrize("text, counts", [
    ("For        Against\nCllr A     Cllr B\nCllr C\nThe motion was CARRIED.", [{"For": 2, "Against": 1}]),
    ("For             Against          Abstentions\n                 Councillor Mrs P Lee\nCouncillor J Roe                 Cllr X",
     [{"For": 1, "Against": 1, "Abstain": 1}]),
])
def test_recorded_votes_printed_as_columns(text, counts):
    assert votes.column_votes(text) == counts


@pytest.mark.parametrize("text", ["For the reasons set out in the report, against the advice of officers.",
                                  "For and Against\nThe arguments were heard.", "For   Against\nThe vote was tied."])
def test_not_recorded_votes_printed_as_columns(text):
    assert not any(sum(v.values()) for v in votes.column_votes(text))


@pytest.mark.parametrize("text", ["The Board: (a) noted the outcome of the engagement;",
                                  "The Committee: (i) agreed to defer the item", "The Panel:- 1. endorsed the plan"])
def test_a_body_over_a_list_of_what_it_did(text):
    assert layouts.by_name("body_list_of_decisions")(text) is not None


@pytest.mark.parametrize("text", ["The Board:", "The Board: Mr A Khan, Ms B Lowe", "The Board: (a) the report of the Director",
                                  "Members of the Board: (a) noted"])
def test_not_a_body_over_a_list_of_what_it_did(text):
    assert layouts.by_name("body_list_of_decisions")(text) is None


@pytest.mark.parametrize("text", ["This item was deferred to the next meeting.", "The application was withdrawn by the applicant.",
                                  "The item has been postponed until the consultation closes."])
def test_items_deferred_or_withdrawn(text):
    assert layouts.by_name("item_deferred")(text) is not None


@pytest.mark.parametrize("text", ["Members asked why the item was deferred last time.", "The deferred item on parking returns in June."])
def test_not_items_deferred_or_withdrawn(text):
    assert layouts.by_name("item_deferred")(text) is None


@pytest.mark.parametrize("line", ["Decisions Notice", "DECISIONS NOTICE", "Item     Decision(s)", "| Item | Decision(s) |"])
def test_decisions_notice_and_decisions_column(line):
    assert layouts.DECISION_RECORD(line) is not None or layouts.DECISION_TABLE(line) is not None


@pytest.mark.parametrize("title, yes", [("Declarations of interest: none.", True), ("Apologies – None received", True),
                                        ("Declarations of Interest: None declared.", True),
                                        ("Minutes of the meeting held on 5 March.", False), ("None.", False),
                                        ("Public questions: none were received, but two statements were read.", False)])
def test_an_item_title_with_nothing_to_report(title, yes):
    assert title_with_none(title) is yes


def test_a_short_files_dated_running_line_is_furniture_but_a_signature_line_is_not():
    pages = [Page(n, f"Minutes – Planning Committee – 12.03.24\nText of page {n}.\nSigned ______ Dated 12 March 2024")
             for n in (1, 2)]
    cleaned = furniture.clean(pages)
    assert [p.text for p in cleaned.pages] == [f"Text of page {n}.\nSigned ______ Dated 12 March 2024" for n in (1, 2)]
    assert cleaned.running == {0: ["Minutes – Planning Committee – 12.03.24"], 1: ["Minutes – Planning Committee – 12.03.24"]}
    # printed on one page only, it is the page's own text
    assert furniture.clean(pages[:1] + [Page(2, "Other text.")]).pages[0].text == pages[0].text


@pytest.mark.parametrize("text, committee, iso", [
    ("MINUTE OF MEETING OF STRATHCAIRN COUNCIL Council Chambers, Inverallan, 27/06/2024 at 10.30 am",
     "STRATHCAIRN COUNCIL", "2024-06-27"),
    ("Minute of Meeting of the Education Committee of Strathcairn Council, Inverallan on 4 June 2024",
     "Education Committee of Strathcairn Council", "2024-06-04"),
    ("Minutes of the monthly meeting of the Council held on Monday, 11 March 2024", "Council", "2024-03-11"),
])
def test_minutes_of_a_meeting_of_a_body_with_or_without_held(text, committee, iso):
    found = layouts.by_name("minutes_of_meeting_of")(text)
    assert (found["committee"], found["meeting_date"]) == (committee, iso)


@pytest.mark.parametrize("text", ["Minute of meeting of the Council were approved as a correct record.",
                                  "Minutes of the meeting of the Planning Committee are attached for information."])
def test_not_minutes_of_a_meeting_of_a_body(text):
    assert layouts.by_name("minutes_of_meeting_of")(text) is None
