"""Builds the papers of a fourth set of invented bodies, of the four kinds the held-out measure holds
but in house styles unlike the other three sets': an English parish council's minutes (PDF: running
minute numbers "P/24/071" with the title on the same line, "It was RESOLVED to ...", a payments table,
the bank reconciliation, the clerk's lettered report, planning observations, public participation with
the meeting adjourned); a Scottish community council's minutes (Word: a "Sederunt:", "In attendance:",
a police report, the treasurer's balances in a Word table, "Action:" lines, "Date of next meeting");
a mayoral combined authority's minutes (PDF: "WVCA 48/24" numbers, "RESOLVED that the Combined
Authority:" with (i)/(ii), a recorded vote by constituent council, a substitute member) and the
investment programme report behind them (PDF, a table in £000); a London borough's overview and
scrutiny panel minutes (PDF: "(Agenda Item 5)" headings, "RESOLVED:" with numbered recommendations
to Cabinet) and the report it considered (PDF: a cover sheet of labelled cells, "Recommendations",
numbered paragraphs, a table of households by quarter).

Run as `python -m tests.e2e.ashcombe OUTDIR` to look at the files or index them by hand.
Every person, place, body and figure is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

PARISH = "Ashcombe Magna PC Minutes 9 September 2024.pdf"
COMMUNITY = "Glenmorvie CC Minutes Nov 2024.docx"
CA_MINUTES = "WVCA Minutes 18.10.24.pdf"
CA_REPORT = "WVCA 18 October 2024 Item 9 Investment Programme Q2.pdf"
PANEL = "Sustainable Communities OSP Minutes 12112024.pdf"
PANEL_REPORT = "Temporary Accommodation Progress Report - SCOSP 12 Nov 2024.pdf"


def _story(items, tables: dict, styles):
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    body = styles["BodyText"]
    story = []
    for kind, text in items:
        if kind == "title":
            story.append(Paragraph(text, styles["Title"]))
        elif kind == "h":
            story += [Spacer(1, 6), Paragraph(f"<b>{text}</b>", body)]
        elif kind == "h3":
            story += [Spacer(1, 6), Paragraph(text, styles["Heading3"])]
        elif kind == "indent":
            story.append(Paragraph(text, body.clone("indented", leftIndent=1 * cm)))
        elif kind == "table":
            rows, widths, boxed = tables[text]
            table = Table(rows, colWidths=[w * cm for w in widths] if widths else None)
            style = [("FONTSIZE", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            if boxed:
                style += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                          ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
            table.setStyle(TableStyle(style))
            story += [Spacer(1, 4), table, Spacer(1, 6)]
        else:
            story.append(Paragraph(text, body))
    return story


def _pdf(path: Path, items, tables: dict, top: str = "", bottom: str = "") -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import SimpleDocTemplate

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if top:
            canvas.drawRightString(19 * cm, 28.4 * cm, top)
        canvas.drawString(2 * cm, 1.2 * cm, bottom.format(page=doc.page))
        canvas.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4).build(_story(items, tables, getSampleStyleSheet()),
                                                    onFirstPage=furniture, onLaterPages=furniture)
    return path


# ---------------------------------------------------------------- (a) English parish council, PDF
PAYMENTS = [
    ["Payee", "Details", "Method", "Amount (£)"],
    ["L Featherstone", "Clerk's salary August & September", "BACS", "842.60"],
    ["HMRC", "PAYE/NI", "BACS", "210.65"],
    ["Greenway Grounds Ltd", "Grass cutting July & August", "BACS", "1,080.00"],
    ["Ashcombe Magna Village Hall", "Hall hire", "Chq 100214", "48.00"],
    ["Clarion Insurance", "Annual insurance premium", "BACS", "1,162.40"],
    ["", "", "Total", "3,343.65"],
]

PARISH_TEXT = [
    ("title", "ASHCOMBE MAGNA PARISH COUNCIL"),
    ("p", "<b>MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD IN ASHCOMBE MAGNA VILLAGE HALL ON MONDAY 9th "
          "SEPTEMBER 2024 AT 7.30PM</b>"),
    ("p", "<b>Present:</b> Cllrs R. Pennock (Chairman), J. Halloran (Vice-Chairman), S. Dearlove, M. Okonjo, "
          "T. Winterbourne and A. Prothero"),
    ("p", "<b>In attendance:</b> Mrs L. Featherstone (Clerk &amp; RFO), County Cllr P. Ridgeway and 6 members of "
          "the public"),
    ("h", "P/24/068 Apologies for absence"),
    ("p", "Apologies were received from Cllr K. Ashworth (on holiday) and District Cllr F. Moss. It was "
          "RESOLVED to accept the apologies."),
    ("h", "P/24/069 Declarations of interest"),
    ("p", "Cllr Winterbourne declared a non-registrable interest in P/24/075 (b) as a neighbour of the site."),
    ("h", "P/24/070 Minutes"),
    ("p", "It was RESOLVED that the minutes of the meeting held on 8th July 2024 be signed by the Chairman as a "
          "true record."),
    ("h", "P/24/071 Public participation"),
    ("p", "The meeting was adjourned. A resident of Mill Lane reported that footpath AM/12 between Mill Lane and "
          "Church Farm has been blocked by a fallen ash tree since the August storm. Another resident asked "
          "about speeding on the B3140 and offered to join a Community Speedwatch group. The meeting was "
          "reconvened at 7.48pm."),
    ("h", "P/24/072 Reports from County and District Councillors"),
    ("p", "County Cllr Ridgeway reported that the resurfacing of the B3140 through the village is programmed "
          "for February 2025, and that the County Council's Local Highways Improvement bid for a pedestrian "
          "crossing on School Lane had been unsuccessful this year."),
    ("h", "P/24/073 Clerk's report"),
    ("p", "The Clerk reported that:"),
    ("indent", "a) the external auditor's report for 2023/24 had been received with no matters raised, and the "
               "notice of conclusion of audit has been posted on the noticeboard and the website;"),
    ("indent", "b) the replacement bench for the war memorial has been delivered and will be installed by the "
               "lengthsman in October;"),
    ("indent", "c) the insurance with Clarion has been renewed for the year from 1st October 2024 at a premium of "
               "£1,162.40;"),
    ("indent", "d) the fallen tree on footpath AM/12 has been reported to the County Council's Rights of Way "
               "team (ref ROW/24/3317)."),
    ("h", "P/24/074 Finance"),
    ("p", "a) Payments. It was RESOLVED to approve the following payments:"),
    ("table", "payments"),
    ("p", "b) Bank reconciliation. The Clerk reported that the balance on the current account at 31st August "
          "2024 was £18,426.31 and on the reserve account £22,150.00. It was RESOLVED to note the "
          "reconciliation, which was signed by the Chairman."),
    ("p", "c) Budget monitoring. Expenditure to 31st August 2024 was £14,870 against an annual budget of "
          "£31,500."),
    ("h", "P/24/075 Planning"),
    ("p", "a) 24/01452/HOUS - 3 Orchard Close - two storey side extension. It was RESOLVED to make no "
          "objection."),
    ("p", "b) 24/01498/FUL - Land adjacent to Church Farm, Mill Lane - erection of 4 dwellings. It was RESOLVED "
          "to object on the grounds of overdevelopment, the loss of a hedgerow and the access onto Mill Lane, "
          "which has no footway. Cllr Winterbourne did not vote."),
    ("p", "c) Decisions received: 24/00977/HOUS, 12 The Green - approved by the District Council."),
    ("h", "P/24/076 Community Speedwatch"),
    ("p", "Following the request at public participation, it was proposed by Cllr Dearlove and seconded by Cllr "
          "Okonjo that the Council sets up a Community Speedwatch group. It was RESOLVED (5 in favour, 1 "
          "abstention) to set up the group and to spend up to £350 on hi-vis jackets and signage from the "
          "general reserve."),
    ("h", "P/24/077 Play area"),
    ("p", "The annual RoSPA inspection report was received; the zip wire was rated medium risk because of wear "
          "to the seat. It was RESOLVED to accept the quotation from Playsafe Services of £685 plus VAT to "
          "replace the seat."),
    ("h", "P/24/078 Correspondence"),
    ("p", "A letter from Ashcombe Magna Cricket Club asking for a grant towards new practice nets. To be placed "
          "on the October agenda."),
    ("h", "P/24/079 Date of next meeting"),
    ("p", "Monday 14th October 2024 at 7.30pm in the Village Hall."),
    ("p", "There being no further business the meeting closed at 9.02pm."),
    ("p", "Signed ..................................... Chairman      Date ......................"),
]


def write_parish(path: Path) -> Path:
    tables = {"payments": (PAYMENTS, [4.2, 6.2, 2.4, 2.4], True)}
    return _pdf(path, PARISH_TEXT, tables, bottom="Ashcombe Magna Parish Council minutes 9.9.24   Page {page}")


# ---------------------------------------------------------------- (b) Scottish community council, Word
COMMUNITY_ITEMS = [
    ("1. Welcome and Apologies",
     ["The Chair welcomed everyone to the meeting. Apologies were received from Duncan Fyfe and Cllr Iain Kerr."]),
    ("2. Minutes of Previous Meeting",
     ["The minutes of the meeting held on 2nd October 2024 were approved. Proposed: Anya Kowalczyk. "
      "Seconded: Lachlan Rennie."]),
    ("3. Police Report",
     ["PC Robb reported that between 1st and 31st October there were 6 crimes in the Glenmorvie area: 2 thefts "
      "of diesel from farm vehicles at Balnagown, 1 assault, 1 vandalism at the Tullochgorm bus shelter and 2 "
      "drink driving detections on the A939. Officers attended 19 calls in the area. Operation Winter Drive "
      "starts on 18th November, with checks on the A939 at weekends. Farmers are asked to fit locking fuel caps.",
      "Action: Secretary to put the fuel theft advice on the CC Facebook page."]),
    ("4. Treasurer's Report",
     ["Kenneth Mair presented the accounts. Balances at 31st October 2024:"]),
    ("TABLE", []),
    ("", ["The Path Fund holds the £1,915.50 raised at the sponsored walk for the Tullochgorm riverside path. "
          "The report was accepted."]),
    ("5. Councillors' Reports",
     ["Cllr Strachan reported that the Council's Roads team has put the Brae Road potholes on the repair list "
      "for November, and that the consultation on the Local Development Plan closes on 13th December 2024.",
      "Action: Cllr Strachan to confirm the repair date."]),
    ("6. Micro Grants",
     ["Two applications were considered. Tullochgorm Toddlers were awarded £300 towards soft play equipment. "
      "The application from Glenmorvie Curling Club was deferred until the club sends its accounts.",
      "Action: Treasurer to pay the Toddlers' grant; Secretary to write to the Curling Club."]),
    ("7. Planning and Wind Farm Matters",
     ["The scoping consultation for the proposed Carn Dubh wind farm (14 turbines) was discussed. The CC agreed "
      "to respond asking for a full landscape and visual assessment from the Glenmorvie viewpoint and for the "
      "developer to hold a public event in Tullochgorm before any application is made.",
      "Action: Vice Chair to draft the response by 22nd November."]),
    ("8. AOCB",
     ["Anya Kowalczyk reported that the Christmas lunch for older residents will be on Sunday 15th December in "
      "the Community Centre."]),
    ("9. Date of Next Meeting",
     ["Wednesday 4th December 2024 at 7pm, Tullochgorm Community Centre."]),
]

BALANCES = [
    ["Account", "Balance"],
    ["Current account", "£2,184.33"],
    ["Micro Grants account", "£4,730.00"],
    ["Path Fund", "£1,915.50"],
    ["Total", "£8,829.83"],
]


def write_community(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Glenmorvie Community Council - Minutes - Draft until approved"
    document.add_heading("Glenmorvie Community Council", level=1)
    document.add_paragraph("Minutes of the Ordinary Meeting held on Wednesday 6th November 2024 at 7pm in "
                           "Tullochgorm Community Centre")
    document.add_paragraph("Sederunt: Catriona Boyd (Chair), Ruaridh Gillies (Vice Chair), Elspeth Dunbar "
                           "(Secretary), Kenneth Mair (Treasurer), Anya Kowalczyk, Lachlan Rennie")
    document.add_paragraph("In attendance: Cllr Morven Strachan (Strathmorvie Council), PC Jamie Robb (Police "
                           "Scotland), 4 members of the public")
    for heading, paras in COMMUNITY_ITEMS:
        if heading == "TABLE":
            table = document.add_table(rows=len(BALANCES), cols=2)
            table.style = "Table Grid"
            for r, row in enumerate(BALANCES):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            continue
        if heading:
            document.add_paragraph().add_run(heading).bold = True
        for text in paras:
            document.add_paragraph(text)
    document.add_paragraph("Meeting closed at 8.50pm.")
    document.save(str(path))
    return path


# ---------------------------------------------------------------- (c) mayoral combined authority, PDF
CA_TEXT = [
    ("title", "Wyvern Valley Combined Authority"),
    ("p", "<b>Minutes of a meeting of the Wyvern Valley Combined Authority held on Friday 18 October 2024 at "
          "11.00 am at Wyvern House, Halbridge</b>"),
    ("p", "<b>Present:</b>"),
    ("p", "Mayor Clare Atherley (Chair)<br/>Cllr Rashid Mahmood - Halbridge Metropolitan Borough Council<br/>"
          "Cllr Jo Penhaligon - Calder Moor Council<br/>Cllr Steve Ingleby - Wrexley City Council<br/>"
          "Cllr Beth Townsend - Ormsby Borough Council (substitute)"),
    ("p", "<b>In attendance:</b> Marcus Oyelaran (Chief Executive), Hannah Briggs (Director of Finance and "
          "Resources), Gail Stott (Monitoring Officer)"),
    ("h", "WVCA 44/24 Apologies for absence"),
    ("p", "Apologies were received from Cllr Diane Fairclough (Ormsby Borough Council); Cllr Beth Townsend "
          "attended as her substitute."),
    ("h", "WVCA 45/24 Declarations of disclosable pecuniary interests"),
    ("p", "There were no declarations of interest."),
    ("h", "WVCA 46/24 Minutes of the meeting held on 13 September 2024"),
    ("p", "RESOLVED that the minutes of the meeting held on 13 September 2024 be approved and signed by the Chair."),
    ("h", "WVCA 47/24 Mayor's update"),
    ("p", "The Mayor reported that the Government had confirmed the Combined Authority's integrated settlement "
          "from April 2025 and that the first Wyvern Valley Skills Week would take place in March 2025."),
    ("h", "WVCA 48/24 Budget 2025/26 and Medium-Term Financial Strategy"),
    ("p", "The Director of Finance and Resources presented the report. Members noted that the transport levy "
          "would rise by 2.9 per cent and that the mayoral precept had not been raised since 2022/23."),
    ("p", "RESOLVED that the Combined Authority:"),
    ("p", "(i) notes the forecast revenue outturn for 2024/25 of £62.4m against a budget of £64.1m;"),
    ("p", "(ii) approves consultation on a mayoral precept of £18.50 for a Band D property for 2025/26;"),
    ("p", "(iii) approves a transport levy of £94.7m for 2025/26, to be shared between the constituent "
          "councils by population."),
    ("p", "The recommendations were put to a recorded vote: For - the Mayor, Cllr Mahmood (Halbridge), Cllr "
          "Penhaligon (Calder Moor) and Cllr Ingleby (Wrexley); Against - Cllr Townsend (Ormsby); Abstentions - "
          "none. The recommendations were carried."),
    ("h", "WVCA 49/24 Investment Programme Quarter 2 Update and Gainshare Allocations"),
    ("p", "RESOLVED that the Combined Authority:"),
    ("p", "(i) approves the full business case for the Ormsby Quayside regeneration scheme and an allocation "
          "of £8.75m from the Gainshare fund;"),
    ("p", "(ii) approves the release of £1.2m to Calder Moor Council for Skills Bootcamps in 2025/26;"),
    ("p", "(iii) notes the forecast programme spend for 2024/25 set out in the report."),
    ("p", "The resolution was agreed unanimously."),
    ("h", "WVCA 50/24 Bus Reform - Franchising Assessment"),
    ("p", "RESOLVED that the Combined Authority agrees to consult on the proposed bus franchising scheme, with "
          "the consultation running from 4 November 2024 to 27 January 2025."),
    ("p", "The resolution was agreed unanimously."),
    ("p", "The meeting closed at 12.35 pm."),
]

CA_REPORT_COVER = [
    ["Report to:", "Wyvern Valley Combined Authority"],
    ["Date:", "18 October 2024"],
    ["Subject:", "Investment Programme Quarter 2 Update and Gainshare Allocations"],
    ["Report of:", "Hannah Briggs, Director of Finance and Resources"],
    ["Status:", "Public"],
]

CA_SCHEMES = [
    ["Scheme", "Council", "Approved (£000)", "2024/25 forecast (£000)", "RAG"],
    ["Halbridge Town Centre Transport Hub", "Halbridge", "21,300", "6,450", "Green"],
    ["Calder Moor Business Park Phase 2", "Calder Moor", "12,600", "3,980", "Amber"],
    ["Ormsby Quayside Regeneration", "Ormsby", "8,750", "2,100", "Green"],
    ["Wyvern Valley Cycle Network", "All", "15,400", "4,320", "Amber"],
]

CA_REPORT_TEXT = [
    ("title", "Wyvern Valley Combined Authority"),
    ("table", "cover"),
    ("h3", "1. Purpose of the Report"),
    ("p", "1.1 To update the Combined Authority on the delivery of the Investment Programme at the end of Quarter "
          "2 of 2024/25 and to seek approval for the Ormsby Quayside full business case."),
    ("h3", "2. Recommendations"),
    ("p", "2.1 That the Combined Authority:"),
    ("p", "(i) approves the full business case for the Ormsby Quayside regeneration scheme and an allocation of "
          "£8.75m from the Gainshare fund;"),
    ("p", "(ii) approves the release of £1.2m to Calder Moor Council for Skills Bootcamps in 2025/26;"),
    ("p", "(iii) notes the forecast programme spend for 2024/25."),
    ("h3", "3. Background"),
    ("p", "3.1 The devolution deal provides Gainshare of £38m a year for 30 years, subject to five-yearly "
          "gateway reviews. The first gateway review will take place in 2026."),
    ("h3", "4. Programme position"),
    ("p", "4.1 The table below shows the approved schemes and their forecast spend in 2024/25."),
    ("table", "schemes"),
    ("p", "4.2 The total programme forecast for 2024/25 is £47.9m against a budget of £55.2m. The underspend of "
          "£7.3m is mainly slippage on the Wrexley Northern Gateway, where land assembly has taken longer than "
          "planned; the spend will move into 2025/26."),
    ("p", "4.3 The Ormsby Quayside scheme will bring 2.4 hectares of derelict dockland back into use and is "
          "expected to support 310 jobs."),
    ("h3", "5. Financial Implications"),
    ("p", "5.1 The Ormsby Quayside allocation is within the uncommitted Gainshare balance of £26.5m."),
]


def write_ca_minutes(path: Path) -> Path:
    return _pdf(path, CA_TEXT, {}, top="WVCA 18.10.24", bottom="Chair's initials ........      {page}")


def write_ca_report(path: Path) -> Path:
    tables = {"cover": (CA_REPORT_COVER, [3.5, 12], True), "schemes": (CA_SCHEMES, [5.6, 2.4, 2.6, 3.4, 1.4], True)}
    return _pdf(path, CA_REPORT_TEXT, tables, bottom="Page {page}")


# ---------------------------------------------------------------- (d) London borough scrutiny panel, PDF
PANEL_TEXT = [
    ("title", "London Borough of Northolm"),
    ("p", "<b>SUSTAINABLE COMMUNITIES OVERVIEW AND SCRUTINY PANEL</b>"),
    ("p", "<b>12 NOVEMBER 2024</b>"),
    ("p", "(7.15 pm - 9.40 pm)"),
    ("p", "PRESENT: Councillors Gemma Thistlewood (in the Chair), Kwame Asamoah, Bridget O'Halloran, Daniel "
          "Fairweather, Sana Qureshi and Roger Lindqvist"),
    ("p", "ALSO PRESENT: Councillor Tessa Marchbank (Cabinet Member for Housing), Pete Holroyd (Director of "
          "Housing Needs), Yasmin Choudhury (Scrutiny Officer)"),
    ("h", "1 APOLOGIES FOR ABSENCE (Agenda Item 1)"),
    ("p", "Apologies were received from Councillor Hugh Devereux. Councillor Roger Lindqvist attended as "
          "substitute."),
    ("h", "2 DECLARATIONS OF PECUNIARY INTEREST (Agenda Item 2)"),
    ("p", "Councillor Qureshi declared that she is a landlord with one property let to the Council as temporary "
          "accommodation and took no part in item 4."),
    ("h", "3 MINUTES OF THE PREVIOUS MEETING (Agenda Item 3)"),
    ("p", "RESOLVED: That the minutes of the meeting held on 17 September 2024 are agreed as an accurate record."),
    ("h", "4 TEMPORARY ACCOMMODATION: PROGRESS REPORT (Agenda Item 5)"),
    ("p", "The Director of Housing Needs introduced the report. 2,316 households were in temporary "
          "accommodation at 30 September 2024, an increase of 175 in a year. The forecast net cost to the "
          "General Fund in 2024/25 is £19.6m."),
    ("p", "In response to questions from members, the Director said that families placed in bed and breakfast "
          "were moved on as quickly as possible and that the Council had bought 48 homes through its acquisition "
          "programme since April. The Cabinet Member said that the draft procurement strategy would go to "
          "Cabinet in January 2025."),
    ("p", "Members expressed concern about placements outside the borough, which had risen to 38 per cent of "
          "new placements."),
    ("p", "RESOLVED:"),
    ("p", "1. That the Panel notes the report."),
    ("p", "2. That the Panel recommends to Cabinet that the Temporary Accommodation Procurement Strategy sets a "
          "target to end the use of bed and breakfast for families with children, except in emergencies, by "
          "March 2026."),
    ("p", "3. That the Panel recommends to Cabinet that officers report the number of out-of-borough "
          "placements to the Panel every quarter."),
    ("h", "5 WORK PROGRAMME 2024/25 (Agenda Item 6)"),
    ("p", "RESOLVED: That the work programme is agreed, with an item on the Housing Repairs contract added to "
          "the meeting on 4 February 2025."),
    ("p", "CHAIR"),
]

PANEL_COVER = [
    ["Committee:", "Sustainable Communities Overview and Scrutiny Panel"],
    ["Date:", "12 November 2024"],
    ["Wards:", "All"],
    ["Subject:", "Temporary Accommodation Progress Report"],
    ["Lead officer:", "Pete Holroyd, Director of Housing Needs"],
    ["Lead member:", "Councillor Tessa Marchbank, Cabinet Member for Housing"],
    ["Contact officer:", "Alison Wragg, Head of Temporary Accommodation"],
    ["Key decision:", "No"],
]

PANEL_HOUSEHOLDS = [
    ["Type of accommodation", "Sep 2023", "Mar 2024", "Sep 2024"],
    ["Bed and breakfast", "301", "388", "412"],
    ["Nightly paid annexes", "986", "1,040", "1,122"],
    ["Private sector leasing", "640", "602", "571"],
    ["Council hostels", "214", "211", "211"],
    ["Total", "2,141", "2,241", "2,316"],
]

PANEL_REPORT_TEXT = [
    ("title", "London Borough of Northolm"),
    ("table", "cover"),
    ("h3", "Recommendations:"),
    ("p", "1. That the Panel notes the progress made in reducing the cost of temporary accommodation."),
    ("p", "2. That the Panel comments on the draft Temporary Accommodation Procurement Strategy at Appendix A."),
    ("h3", "1 Purpose and summary"),
    ("p", "1.1 This report updates the Panel on temporary accommodation (TA) numbers and costs, and on the "
          "actions agreed by Cabinet in March 2024 to reduce them."),
    ("h3", "2 Details"),
    ("p", "2.1 The number of households in TA continues to rise. The table below shows households in each type "
          "of accommodation."),
    ("table", "households"),
    ("p", "2.2 Bed and breakfast is the most expensive form of TA, at an average net cost of £8,900 a year for "
          "each household. The Council has a statutory duty to move families with children out of bed and "
          "breakfast within six weeks."),
    ("p", "2.3 The acquisition programme approved in March 2024 aims to buy 120 homes for use as TA by March "
          "2026, funded by £41m of borrowing and £9.5m of Right to Buy receipts."),
    ("h3", "3 Financial implications"),
    ("p", "3.1 The forecast net cost of TA to the General Fund in 2024/25 is £19.6m, an overspend of £4.1m "
          "against a budget of £15.5m."),
]


def write_panel(path: Path) -> Path:
    return _pdf(path, PANEL_TEXT, {}, bottom="{page}")


def write_panel_report(path: Path) -> Path:
    tables = {"cover": (PANEL_COVER, [4, 11.5], True), "households": (PANEL_HOUSEHOLDS, [5.5, 2.5, 2.5, 2.5], True)}
    return _pdf(path, PANEL_REPORT_TEXT, tables, top="Agenda Item 5", bottom="Page {page}")


def build(folder: Path) -> list[Path]:
    """Write the six papers into `folder` (made if missing); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write_parish(folder / PARISH), write_community(folder / COMMUNITY),
            write_ca_minutes(folder / CA_MINUTES), write_ca_report(folder / CA_REPORT),
            write_panel(folder / PANEL), write_panel_report(folder / PANEL_REPORT)]


if __name__ == "__main__":
    for written in build(Path(sys.argv[1] if len(sys.argv) > 1 else "ashcombe-papers")):
        print(written)
