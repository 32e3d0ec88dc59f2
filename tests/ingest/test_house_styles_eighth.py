"""The parser on an eighth round of house styles: AGENDA PACKS, the papers citations most often get
wrong. A pack is one file holding several documents and several meetings: the agenda of the pack's
meeting, the minutes of an earlier meeting carried for approval (dated to THEIR meeting, never the
pack's), officer reports with their cover tables, appendices, a supplementary agenda. Each pack is
invented (councils, people, places), laid out as councils print them, built as a real PDF and read
through the real pipeline; each of its documents is checked as tests/ingest/test_house_styles.py
checks a page: kind, committee, meeting date, council, the items its blocks belong to, whole decisions."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from ingest import layouts
from tests.ingest.pages import SOFTWARE, decisions_of, prepare_page, problems


# Drawn as councils' software draws a pack (tests/ingest/pages.py SOFTWARE), a report's own running
# header ("Agenda Item 5") flush right over each of its pages: a page spec (lines, header).
DRAWING = {**SOFTWARE, "header_right": True}


# ---------------------------------------------------------------- the packs

# A district council's pack: the agenda front sheet (membership, quorum, the date of the next
# meeting), last meeting's draft minutes headed only "MINUTES" and their date, two officer reports
# each under a cover table, and an appendix to the second.
DISTRICT = [
    ["HARROWDALE DISTRICT COUNCIL",
     "Environment and Leisure Committee",
     "Date: Tuesday, 18 June 2024",
     "Time: 6.30 pm",
     "Venue: Council Chamber, Civic Centre, Harrowdale",
     "Membership",
     "Councillors P Ashworth (Chair), R Benning (Vice-Chair), K Dale, M Fenwick, S Oduya",
     "and T Whitlock",
     "Quorum: 3 Members",
     "Contact: Democratic Services, 01632 960 418, democracy@harrowdale.example.gov.uk",
     "AGENDA",
     "1. Apologies for Absence",
     "2. Declarations of Interest",
     "3. Minutes of the Previous Meeting",
     "To approve as a correct record the minutes of the meeting held on 12 March 2024.",
     "4. Parks and Open Spaces Strategy 2024-2029",
     "5. Replacement of the Waste Collection Fleet",
     "6. Date of Next Meeting",
     "The next meeting of the Committee will be held on Tuesday, 17 September 2024."],
    ["MINUTES",
     "12 March 2024",
     "Present: Councillors P Ashworth (Chair), R Benning, K Dale, M Fenwick and T Whitlock",
     "Officers: Head of Environmental Services, Democratic Services Officer",
     "41. Apologies for Absence",
     "Apologies were received from Councillor S Oduya.",
     "42. Declarations of Interest",
     "There were no declarations of interest.",
     "43. Minutes",
     "RESOLVED that the minutes of the meeting held on 16 January 2024 be approved as a",
     "correct record and signed by the Chair.",
     "44. Car Parking Charges 2024/25",
     "The Head of Environmental Services presented the proposed tariffs for the district's",
     "pay and display car parks, which had not been increased since April 2021.",
     "RESOLVED that the car parking tariffs set out in Appendix 1 to the report be approved",
     "with effect from 1 May 2024.",
     "45. Allotment Rents",
     "Members discussed the waiting lists at the three council allotment sites.",
     "RESOLVED that allotment rents be held at £38 per full plot for 2024/25.",
     "The meeting closed at 7.52 pm.",
     "Chair ............................"],
    ["Parks and Open Spaces Strategy 2024-2029",
     "Report of: Head of Environmental Services",
     "Wards: All Wards",
     "Key Decision: No",
     "Exempt: No",
     "Date of meeting: 18 June 2024",
     "1. Purpose of the Report",
     "1.1 To seek the Committee's approval of the Parks and Open Spaces Strategy for 2024 to",
     "2029, following public consultation during February and March 2024.",
     "2. Recommendation",
     "2.1 It is recommended that the Committee approves the Parks and Open Spaces Strategy",
     "2024-2029.",
     "3. Background",
     "3.1 The district has 46 parks and open spaces covering 212 hectares. The previous",
     "strategy expired in 2023 and the consultation drew 1,140 responses."],
    ["Replacement of the Waste Collection Fleet",
     "Report of: Director of Place",
     "Wards: All Wards",
     "Key Decision: No",
     "Exempt: No",
     "1. Purpose of the Report",
     "1.1 To set out the options for replacing the twelve refuse collection vehicles that",
     "reach the end of their economic life in 2025.",
     "2. Recommendation",
     "2.1 It is recommended that the Committee approves the procurement of twelve electric",
     "refuse collection vehicles as set out in Appendix A.",
     "3. Options",
     "3.1 Three options were appraised: diesel, hydrotreated vegetable oil and battery electric."],
    ["Appendix A – Fleet Replacement Options Appraisal",
     "Option           Capital cost      Annual running cost      Carbon (tonnes)",
     "Diesel           £2.9m             £610,000                 1,240",
     "HVO              £2.9m             £690,000                 180",
     "Electric         £4.6m             £340,000                 95"],
]

# A county pack: the carried minutes' minute numbers run on from the meeting before (45 to 49), and
# their first minute approves the minutes of the meeting before THAT: three dates in one file.
COUNTY = [
    ["CORNDALE COUNTY COUNCIL",
     "CHILDREN AND FAMILIES SCRUTINY COMMITTEE",
     "Wednesday 10 July 2024 at 10.00 am",
     "Council Chamber, County Hall, Corndale",
     "AGENDA",
     "1. Apologies and Substitutions",
     "2. Declarations of Interest",
     "3. Minutes of the meeting held on 8 May 2024",
     "4. Home to School Transport Policy",
     "5. Work Programme"],
    ["CORNDALE COUNTY COUNCIL",
     "MINUTES of a meeting of the Children and Families Scrutiny Committee held at County Hall,",
     "Corndale on Wednesday 8 May 2024 at 10.00 am",
     "PRESENT: County Councillors J Harker (Chairman), L Ibbotson, D Knowles, F Lumb and R Mercer",
     "45. Minutes",
     "RESOLVED - that the minutes of the meeting held on 6 March 2024 be confirmed and signed",
     "by the Chairman as a correct record.",
     "46. Declarations of Interest",
     "County Councillor Lumb declared a personal interest in Minute 48 as a school governor.",
     "47. Public Questions",
     "No public questions had been received.",
     "48. Special Educational Needs Sufficiency",
     "The Assistant Director for Inclusion presented the report on places for pupils with",
     "special educational needs and disabilities.",
     "RESOLVED - that the Committee supports the proposal to open two resourced provisions",
     "in September 2025 and asks for a further report in January 2025.",
     "49. Work Programme",
     "RESOLVED - that the work programme be agreed."],
    ["CORNDALE COUNTY COUNCIL",
     "Report to: Children and Families Scrutiny Committee",
     "Date of meeting: 10 July 2024",
     "Title: Home to School Transport Policy",
     "Report of: Executive Director of Children's Services",
     "1. Purpose",
     "1.1 To consult the Committee on the draft Home to School Transport Policy for 2025/26.",
     "2. Recommendation",
     "2.1 It is recommended that the Committee comments on the draft policy before it is",
     "considered by the Cabinet in September 2024."],
]

# A town council's committee pack that carries the minutes of the full council's meeting.
TOWN = [
    ["WEXCOMBE TOWN COUNCIL",
     "Planning and Highways Committee",
     "Meeting to be held on Monday 8 July 2024 at 7.00 pm in the Guildhall",
     "AGENDA",
     "1. Apologies",
     "2. Declarations of Interest",
     "3. Minutes of the Full Council meeting held on 17 June 2024 (for information)",
     "4. Planning Applications",
     "5. Station Road Traffic Calming"],
    ["WEXCOMBE TOWN COUNCIL",
     "Minutes of the Full Council Meeting held on Monday 17 June 2024 at 7.00 pm",
     "Present: Councillors E Norris (Mayor), B Okafor, C Pryce, H Quarrie and J Rollason",
     "In attendance: Town Clerk",
     "24/31 Apologies",
     "Apologies were received from Councillor Sefton.",
     "24/32 Town Centre Christmas Lights",
     "RESOLVED that the contract for the Christmas lights be awarded to Brightwell Displays",
     "at a cost of £14,250.",
     "24/33 Grants to Local Organisations",
     "RESOLVED that grants of £500 each be made to Wexcombe Scouts and Wexcombe Food Bank."],
    ["Station Road Traffic Calming",
     "Report to: Planning and Highways Committee",
     "Date: 8 July 2024",
     "Report of: Town Clerk",
     "1. Residents of Station Road have asked the Town Council to support a 20 mph limit.",
     "2. It is recommended that the Committee asks the County Council to consult on a",
     "20 mph limit in Station Road."],
]

# A pack whose carried minutes are only promised ("to follow"): nothing may be dated to that meeting.
TO_FOLLOW = [
    ["ELSWORTH BOROUGH COUNCIL",
     "Audit and Governance Committee",
     "Date: Thursday, 25 July 2024",
     "Time: 7.00 pm",
     "Venue: Committee Room 2, Elsworth Town Hall",
     "AGENDA",
     "1. Apologies for Absence",
     "2. Declarations of Interest",
     "3. Minutes of the Previous Meeting",
     "Minutes of the meeting held on 20 June 2024 to follow.",
     "4. Internal Audit Annual Report 2023/24",
     "5. Risk Management Update"],
    ["Minutes of the meeting held on 20 June 2024 – to follow"],
    ["Report to: Audit and Governance Committee",
     "Date of meeting: 25 July 2024",
     "Title: Internal Audit Annual Report 2023/24",
     "Report of: Head of Internal Audit",
     "1. Summary",
     "1.1 The Head of Internal Audit's opinion is that the Council's framework of governance,",
     "risk management and control is adequate and effective.",
     "2. Recommendation",
     "2.1 It is recommended that the Committee notes the annual report and opinion."],
]

# A supplementary agenda for the same meeting, with an update to one item.
SUPPLEMENTARY = [
    ["SUPPLEMENTARY AGENDA",
     "KELBURN CITY COUNCIL",
     "Planning Committee",
     "Date: Wednesday, 4 September 2024",
     "Time: 2.00 pm",
     "Venue: Committee Room 1, Civic Hall",
     "The following item was not available when the agenda was published.",
     "Item 7 – Update",
     "Update on planning applications to be determined at this meeting."],
    ["Item 7 – Update",
     "Application 24/01187/FUL – Land north of Quarry Lane, Kelburn",
     "Since the agenda was published two further letters of objection have been received,",
     "raising highway safety. The highway authority has no objection subject to conditions.",
     "The recommendation to grant permission is unchanged.",
     "Application 24/01302/HOU – 14 Laurel Avenue, Kelburn",
     "The applicant has submitted amended plans reducing the height of the rear extension.",
     "The recommendation to grant permission is unchanged."],
]

# A pack carrying the minutes of two earlier meetings, a committee's and its sub-committee's, for noting.
TWO_CARRIED = [
    ["BRAMLEIGH DISTRICT COUNCIL",
     "Licensing and Regulatory Committee",
     "Date: Tuesday, 24 September 2024",
     "Time: 6.00 pm",
     "Venue: Council Chamber, Bramleigh House",
     "AGENDA",
     "1. Apologies",
     "2. Minutes of the meeting held on 9 July 2024",
     "3. Minutes of the Licensing Sub-Committee held on 13 August 2024 (for noting)",
     "4. Review of Hackney Carriage Fares"],
    ["BRAMLEIGH DISTRICT COUNCIL",
     "Minutes of the meeting of the Licensing and Regulatory Committee held on Tuesday",
     "9 July 2024 at 6.00 pm",
     "Present: Councillors A Thwaite (Chair), G Varley, N Wardle and P Yeadon",
     "12. Apologies",
     "Apologies were received from Councillor Zeal.",
     "13. Street Trading Policy",
     "RESOLVED that the revised Street Trading Policy be adopted from 1 October 2024."],
    ["BRAMLEIGH DISTRICT COUNCIL",
     "Minutes of the meeting of the Licensing Sub-Committee held on Tuesday 13 August 2024",
     "at 10.00 am",
     "Present: Councillors G Varley (Chair), N Wardle and P Yeadon",
     "1. Application for a Premises Licence: The Old Granary, 3 Mill Street, Bramleigh",
     "RESOLVED that the premises licence be granted subject to the conditions agreed with the",
     "Police."],
    ["Report to: Licensing and Regulatory Committee",
     "Date of meeting: 24 September 2024",
     "Title: Review of Hackney Carriage Fares",
     "Report of: Licensing Manager",
     "1. The trade has asked for the table of fares to be increased by 6 per cent.",
     "2. It is recommended that the Committee approves the increase for consultation."],
]

# Reports whose page header says "Agenda Item 5" on every page: the item of the pack, not a new item per page.
ITEM_HEADERS = [
    ["ASHTHORPE BOROUGH COUNCIL",
     "Cabinet",
     "Date: Thursday, 10 October 2024",
     "Time: 6.00 pm",
     "AGENDA",
     "1. Apologies",
     "2. Declarations of Interest",
     "3. Minutes of the meeting held on 12 September 2024",
     "4. Public Questions",
     "5. Medium Term Financial Strategy 2025-2029"],
    (["Report to: Cabinet",
      "Date of meeting: 10 October 2024",
      "Title: Medium Term Financial Strategy 2025-2029",
      "Report of: Chief Finance Officer",
      "1. Purpose",
      "1.1 To set out the financial outlook for the next four years and the budget gap to be",
      "closed before the budget is set in February 2025.",
      "2. Recommendations",
      "2.1 It is recommended that Cabinet notes the forecast budget gap of £4.2m for",
      "2025/26 and approves the savings programme in Appendix 1."], "Agenda Item 5"),
    (["3. Background",
      "3.1 Funding from government has fallen by 38 per cent in real terms since 2015.",
      "3.2 The Council's reserves stand at £11.6m, of which £3.1m is unallocated.",
      "4. Financial Implications",
      "4.1 Without savings the unallocated reserve would be exhausted by March 2027."], "Agenda Item 5"),
    (["5. Risk",
      "5.1 The main risks are the pay award, inflation and demand for temporary accommodation.",
      "6. Consultation",
      "6.1 The savings proposals will be consulted on from November 2024."], "Agenda Item 5"),
]

# A Scottish council's agenda, its first item the minute of the last meeting, the Minute carried after it.
SCOTTISH = [
    ["STRATHKELLOCH COUNCIL",
     "EDUCATION COMMITTEE",
     "Tuesday 18 June 2024 at 10.00 am",
     "Council Chambers, Burgh Buildings, Kelloch",
     "BUSINESS",
     "Item 1: Declarations of Interest",
     "Item 2: Minute of previous meeting, 14 May 2024, for approval",
     "Item 3: School Estate Strategy",
     "Item 4: Attainment Report 2023/24"],
    ["STRATHKELLOCH COUNCIL",
     "MINUTE OF MEETING OF THE EDUCATION COMMITTEE",
     "Council Chambers, Burgh Buildings, Kelloch, 14 May 2024 at 10.00 am",
     "Present: Councillor M Baird (Chair), Councillors A Calder, F Dunlop, I Erskine and R Gow",
     "1. Declarations of Interest",
     "There were no declarations of interest.",
     "2. Minute of Previous Meeting",
     "The Minute of the meeting of 2 April 2024 was approved as a correct record.",
     "3. Early Learning and Childcare Expansion",
     "Decision",
     "The Committee agreed to extend funded places to eligible two-year-olds from August 2024."],
    ["STRATHKELLOCH COUNCIL",
     "Report to: Education Committee",
     "Date: 18 June 2024",
     "Title: School Estate Strategy",
     "Report by: Executive Director of Education",
     "1. Recommendation",
     "1.1 It is recommended that the Committee approves the School Estate Strategy 2024-2034."],
]

# A report that quotes a resolution of an earlier meeting: no decision of either meeting.
QUOTED = [
    ["FENMOUTH DISTRICT COUNCIL",
     "Housing and Communities Committee",
     "Date: Monday, 15 July 2024",
     "Time: 6.30 pm",
     "AGENDA",
     "1. Apologies",
     "2. Declarations of Interest",
     "3. Empty Homes Strategy"],
    ["Report to: Housing and Communities Committee",
     "Date of meeting: 15 July 2024",
     "Title: Empty Homes Strategy",
     "Report of: Head of Housing",
     "1. Background",
     "1.1 At its meeting on 12 March 2024 the Committee resolved that officers prepare a strategy",
     "to bring long-term empty homes back into use.",
     "1.2 The Committee resolved on 12 March 2024:",
     "\"RESOLVED that officers be asked to report back on the use of empty dwelling management",
     "orders and the council tax premium.\"",
     "1.3 There are 612 homes in the district that have been empty for more than six months.",
     "2. Recommendation",
     "2.1 It is recommended that the Committee approves the Empty Homes Strategy 2024-2027."],
]


AGENDA = "agenda"

H, C, W = "Harrowdale District Council", "Corndale County Council", "Wexcombe Town Council"
PACKS: dict[str, tuple[str, list, dict, list[dict]]] = {
    "district": ("environment-pack.pdf", DISTRICT, {"footer": "Page {n}"}, [
        dict(doc_type=AGENDA, committee="Environment and Leisure Committee", meeting_date="2024-06-18", council=H,
             items=["1.", "2.", "3.", "4.", "5.", "6."]),
        dict(doc_type="minutes", committee="Environment and Leisure Committee", meeting_date="2024-03-12", council=H,
             items=["41.", "42.", "43.", "44.", "45."],
             decisions=[("43.", "signed by the Chair"), ("44.", "with effect from 1 May 2024"), ("45.", "£38 per full plot")]),
        dict(doc_type="report", committee="Environment and Leisure Committee", meeting_date="2024-06-18", council=H,
             title="Parks and Open Spaces Strategy 2024-2029", items=["4."],
             decisions=[("4.", "Open Spaces Strategy\n2024-2029.")], not_decided=["Background", "46 parks"]),
        dict(doc_type="report", committee="Environment and Leisure Committee", meeting_date="2024-06-18", council=H,
             title="Replacement of the Waste Collection Fleet", items=["5."],
             decisions=[("5.", "as set out in Appendix A")], not_decided=["Options", "diesel"]),
        dict(doc_type="appendix", committee="Environment and Leisure Committee", meeting_date="2024-06-18", council=H,
             items=["5."]),
    ]),
    "county": ("children-pack.pdf", COUNTY, {"footer": "{n}"}, [
        dict(doc_type=AGENDA, committee="Children and Families Scrutiny Committee", meeting_date="2024-07-10", council=C,
             items=["1.", "2.", "3.", "4.", "5."]),
        dict(doc_type="minutes", committee="Children and Families Scrutiny Committee", meeting_date="2024-05-08", council=C,
             items=["45.", "46.", "47.", "48.", "49."],
             decisions=[("45.", "6 March 2024 be confirmed and signed\nby the Chairman"),
                        ("48.", "asks for a further report in January 2025"), ("49.", "work programme be agreed")]),
        dict(doc_type="report", committee="Children and Families Scrutiny Committee", meeting_date="2024-07-10", council=C,
             title="Home to School Transport Policy", items=["4."], decisions=[("4.", "considered by the Cabinet")]),
    ]),
    "town": ("planning-pack.pdf", TOWN, {}, [
        dict(doc_type=AGENDA, committee="Planning and Highways Committee", meeting_date="2024-07-08", council=W,
             items=["1.", "2.", "3.", "4.", "5."]),
        dict(doc_type="minutes", committee="Full Council", meeting_date="2024-06-17", council=W,
             items=["24/31", "24/32", "24/33"],
             decisions=[("24/32", "at a cost of £14,250"), ("24/33", "Wexcombe Food Bank")]),
        dict(doc_type="report", committee="Planning and Highways Committee", meeting_date="2024-07-08", council=W,
             title="Station Road Traffic Calming", items=["5."], decisions=[("5.", "20 mph limit in Station Road")]),
    ]),
    "to_follow": ("audit-pack.pdf", TO_FOLLOW, {"footer": "Page {n}"}, [
        dict(doc_type=AGENDA, committee="Audit and Governance Committee", meeting_date="2024-07-25",
             council="Elsworth Borough Council", items=["1.", "2.", "3.", "4.", "5."]),
        dict(doc_type="report", committee="Audit and Governance Committee", meeting_date="2024-07-25",
             council="Elsworth Borough Council", title="Internal Audit Annual Report 2023/24", items=["4."],
             decisions=[("4.", "notes the annual report and opinion")]),
    ]),
    "supplementary": ("planning-supplement.pdf", SUPPLEMENTARY, {}, [
        dict(doc_type=AGENDA, committee="Planning Committee", meeting_date="2024-09-04", council="Kelburn City Council",
             items=["Item 7"]),
    ]),
    "two_carried": ("licensing-pack.pdf", TWO_CARRIED, {"footer": "Page {n}"}, [
        dict(doc_type=AGENDA, committee="Licensing and Regulatory Committee", meeting_date="2024-09-24",
             council="Bramleigh District Council", items=["1.", "2.", "3.", "4."]),
        dict(doc_type="minutes", committee="Licensing and Regulatory Committee", meeting_date="2024-07-09",
             council="Bramleigh District Council", items=["12.", "13."],
             decisions=[("13.", "adopted from 1 October 2024")]),
        dict(doc_type="minutes", committee="Licensing Sub-Committee", meeting_date="2024-08-13",
             council="Bramleigh District Council", items=["1."],
             decisions=[("1.", "agreed with the\nPolice.")]),
        dict(doc_type="report", committee="Licensing and Regulatory Committee", meeting_date="2024-09-24",
             council="Bramleigh District Council", title="Review of Hackney Carriage Fares", items=["4."],
             decisions=[("4.", "approves the increase for consultation")]),
    ]),
    "item_headers": ("cabinet-pack.pdf", ITEM_HEADERS, {"footer": "Page {n}"}, [
        dict(doc_type=AGENDA, committee="Cabinet", meeting_date="2024-10-10", council="Ashthorpe Borough Council",
             items=["1.", "2.", "3.", "4.", "5."]),
        dict(doc_type="report", committee="Cabinet", meeting_date="2024-10-10", council="Ashthorpe Borough Council",
             title="Medium Term Financial Strategy 2025-2029", items=["5."],
             decisions=[("5.", "approves the savings programme in Appendix 1.")],
             not_decided=["Background", "Risk", "reserves"]),
    ]),
    "scottish": ("education-pack.pdf", SCOTTISH, {}, [
        dict(doc_type=AGENDA, committee="Education Committee", meeting_date="2024-06-18", council="Strathkelloch Council",
             items=["Item 1:", "Item 2:", "Item 3:", "Item 4:"]),
        dict(doc_type="minutes", committee="Education Committee", meeting_date="2024-05-14", council="Strathkelloch Council",
             items=["1.", "2.", "3."],
             decisions=[("2.", "2 April 2024 was approved"), ("3.", "two-year-olds from August 2024")]),
        dict(doc_type="report", committee="Education Committee", meeting_date="2024-06-18", council="Strathkelloch Council",
             title="School Estate Strategy", items=["Item 3:"], decisions=[("Item 3:", "Strategy 2024-2034")]),
    ]),
    "quoted": ("housing-pack.pdf", QUOTED, {}, [
        dict(doc_type=AGENDA, committee="Housing and Communities Committee", meeting_date="2024-07-15",
             council="Fenmouth District Council", items=["1.", "2.", "3."]),
        dict(doc_type="report", committee="Housing and Communities Committee", meeting_date="2024-07-15",
             council="Fenmouth District Council", title="Empty Homes Strategy", items=["3."],
             decisions=[("3.", "approves the Empty Homes Strategy 2024-2027")],
             not_decided=["12 March 2024", "empty dwelling management"]),
    ]),
}


def prepare(tmp_path: Path, key: str):
    name, content, options, _ = PACKS[key]
    return prepare_page(tmp_path, name, content, **DRAWING, **options)


def pack_problems(prepared, want: list[dict]) -> list[str]:
    """What the parsed pack gets wrong, document by document (empty when everything is right)."""
    docs = prepared.documents
    out: list[str] = []
    if [d.doc_type for d in docs] != [w["doc_type"] for w in want]:
        out.append(f"documents: {[(d.doc_type, d.meeting_date, d.title) for d in docs]}")
        return out
    pack = want[0]["meeting_date"]
    for n, (doc, w) in enumerate(zip(docs, want)):
        said = [f"document {n} ({doc.doc_type}): {p}" for p in problems(SimpleNamespace(documents=[doc]), w)]
        said += [f"document {n}: decision takes in {x!r}" for x in w.get("not_decided", [])
                 if any(x in text for _, text in decisions_of(doc))]
        if doc.pack_date != pack:
            said.append(f"document {n}: pack date {doc.pack_date} != {pack}")
        out += said
    return out


@pytest.mark.parametrize("key", list(PACKS))
def test_eighth_round_agenda_pack(tmp_path, key):
    assert pack_problems(prepare(tmp_path, key), PACKS[key][3]) == []


# ---------------------------------------------------------------- what these packs needed

def test_the_chunks_of_carried_minutes_cite_their_own_meeting_and_the_rest_the_packs(tmp_path):
    chunks = prepare(tmp_path, "district").chunks
    dated = {c.meeting_date for c in chunks if "£38 per full plot" in c.text or "car parking tariffs" in c.text}
    assert dated == {"2024-03-12"}
    dated = {c.meeting_date for c in chunks if "twelve electric" in c.text or "Open Spaces Strategy" in c.text}
    assert dated == {"2024-06-18"}
    # approving the minutes of the meeting before does not make the carried meeting that one
    assert not any(c.meeting_date == "2024-01-16" for c in chunks)


def test_three_dates_in_a_county_pack_and_each_chunk_has_the_right_one(tmp_path):
    prepared = prepare(tmp_path, "county")
    assert [d.meeting_date for d in prepared.documents] == ["2024-07-10", "2024-05-08", "2024-07-10"]
    assert {c.meeting_date for c in prepared.chunks if "resourced provisions" in c.text} == {"2024-05-08"}
    assert not any(c.meeting_date == "2024-03-06" for c in prepared.chunks)


def test_minutes_to_follow_date_nothing_to_their_meeting(tmp_path):
    prepared = prepare(tmp_path, "to_follow")
    assert "2024-06-20" not in {d.meeting_date for d in prepared.documents}
    assert "2024-06-20" not in {c.meeting_date for c in prepared.chunks}
    assert not [d for d in prepared.documents if d.doc_type == "minutes"]


def test_a_reports_pages_headed_agenda_item_5_all_file_under_item_5(tmp_path):
    report = prepare(tmp_path, "item_headers").documents[1]
    assert {b.page for b in report.blocks} == {2, 3, 4}
    assert len({b.item for b in report.blocks}) == 1
    assert report.blocks[0].item.startswith("5. Medium Term Financial Strategy")
    assert not any("Agenda Item 5" in b.text for b in report.blocks)     # the running header is furniture


def test_an_earlier_resolution_quoted_in_a_report_is_no_decision_of_the_pack(tmp_path):
    prepared = prepare(tmp_path, "quoted")
    decided = [c.text for c in prepared.chunks if c.is_resolution]
    assert decided and not any("12 March 2024" in t or "empty dwelling management" in t for t in decided)


@pytest.mark.parametrize("text", [
    "MINUTES\n12 March 2024",
    "Draft Minutes\nTuesday 12 March 2024 at 6.30 pm, Council Chamber",
    "Minutes\n12/03/2024",
])
def test_minutes_over_their_date(text):
    found = layouts.by_name("minutes_over_date")(text)
    assert found and found["doc_type"] == "minutes" and found["meeting_date"].startswith("2024-03-12")


@pytest.mark.parametrize("text", [
    "Minutes\nTo approve the minutes of the meeting held on 12 March 2024",
    "Minutes of the previous meeting\n2. Declarations of interest",
    "3. Minutes\n12 March 2024",
])
def test_not_minutes_over_their_date(text):
    assert layouts.by_name("minutes_over_date")(text) is None


@pytest.mark.parametrize("line, to_follow", [
    ("Minutes of the meeting held on 20 June 2024 – to follow", True),
    ("Minutes of the meeting held on 20 June 2024 to follow.", True),
    ("Report to be circulated separately", True),
    ("Appendix B (to follow)", True),
    ("Minutes of the meeting held on 20 June 2024", False),
    ("The steps to follow are set out in the plan", False),
    ("Minutes of the meeting held on 20 June 2024 at 7.00 pm", False),
])
def test_a_paper_to_follow(line, to_follow):
    assert (layouts.PAPER_TO_FOLLOW(line) is not None) is to_follow


@pytest.mark.parametrize("line, agenda", [
    ("AGENDA", True), ("Supplementary Agenda", True), ("BUSINESS", True), ("Order of Business", True),
    ("Agenda Item 5", False), ("Business Rates Relief", False), ("Agenda and minutes", False),
])
def test_agenda_alone(line, agenda):
    assert (layouts.AGENDA_ALONE(line) is not None) is agenda


@pytest.mark.parametrize("text, earlier", [
    ("At its meeting on 12 March 2024 the Committee resolved that officers prepare a strategy", True),
    ("1.2 The Committee resolved on 12 March 2024:", True),
    ("The Cabinet agreed in March 2024 to consult on the proposals.", True),
    ("At their meeting held on Tuesday 5 March the Council approved the budget.", True),
    ("RESOLVED that the report be noted.", False),
    ("The Committee resolved to approve the strategy.", False),
    ("The Committee resolved unanimously that the licence be granted.", False),
    ("It was agreed on a show of hands that the item be deferred.", False),
])
def test_an_earlier_meetings_decision_told(text, earlier):
    assert (layouts.EARLIER_DECISION(text) is not None) is earlier


@pytest.mark.parametrize("line, title", [
    ("Parks and Open Spaces Strategy 2024-2029", True),
    ("Replacement of the Waste Collection Fleet", True),
    ("Agenda Item 4", False), ("HARROWDALE DISTRICT COUNCIL", False), ("Environment and Leisure Committee", False),
    ("Is subject to call in?: Yes", False), ("The report sets out the options.", False), ("18 June 2024", False),
    ("Appendix A", False),
])
def test_a_title_over_a_cover_table(line, title):
    assert (layouts.TITLE_OVER_COVER(line) is not None) is title
