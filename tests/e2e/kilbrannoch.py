"""Builds the papers of a third set of invented bodies, in house styles no one tuned on: a Scottish
community council's minutes as a volunteer secretary writes them (Markdown: sederunt, "proposed X
seconded Y", matters arising, a Police Scotland report with crime figures, the treasurer's balances,
a planning list, correspondence, AOCB); a mayoral combined authority's record of decisions (HTML, the
Mayor and the constituent councils' leaders voting) and the report behind one of them (PDF, "The
Committee is recommended to", funding in a table); a London borough's Cabinet minutes with a key
decision and its Overview and Scrutiny Committee's call-in of it (PDF, numbered minutes, "RESOLVED:"
with (a)/(b)/(i), declarations, a small table); and a town council's full council minutes (Word,
running minute numbers like "25/117", the precept) with its planning committee's minutes (PDF, a
table of applications).

Run as `python -m tests.e2e.kilbrannoch OUTDIR` to look at the files or index them by hand.
Every person, place, body and figure is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

COMMUNITY = "kilbrannoch-drumvaig-cc-minutes-2025-10-14.md"
CA_DECISIONS = "avonmere-ca-committee-record-of-decisions-2026-01-23.html"
CA_REPORT = "Item 7 - Investment Fund Programme Update - CA Committee 23 January 2026.pdf"
BOROUGH_CABINET = "Cabinet minutes 10 November 2025.pdf"
BOROUGH_CALLIN = "Overview and Scrutiny Committee minutes 19 November 2025.pdf"
TOWN = "Pellingham TC Full Council minutes 20 January 2026.docx"
TOWN_PLANNING = "Pellingham TC Planning Committee minutes 3 February 2026.pdf"


# ---------------------------------------------------------------- (a) Scottish community council, Markdown
COMMUNITY_MD = """# Kilbrannoch & Drumvaig Community Council

## Minutes of Meeting held in Drumvaig Village Hall on Tuesday 14th October 2025 at 7.30pm

**Present:** Alasdair MacRitchie (Chair), Morag Fettes (Secretary), Ewan Lamont (Treasurer), Iona Sutherland,
Callum Drysdale, Fiona Baillie, Hamish Nairn

**In attendance:** Cllr Shona Urquhart (Ward 7), PC Gordon Tulloch (Police Scotland), 9 members of the public

**Apologies:** Cllr Neil Baxter, Kirsty Imrie

---

### 1. Welcome & apologies

The Chair welcomed everyone, in particular the new members of the public from the Glebe Park estate. Apologies as above.

### 2. Declarations of interest

Callum Drysdale declared an interest in planning application 25/00871/FUL as a neighbour of the site and took no part
in that item.

### 3. Minutes of previous meeting

Minutes of the meeting of 9th September 2025 were approved - proposed Iona Sutherland, seconded Hamish Nairn.

### 4. Matters arising

- Bus shelter at Kilbrannoch Cross - the Council has confirmed a replacement shelter will be installed before the end
  of November. Secretary to chase if not done.
- Dog fouling signs - 12 new signs have been put up on the shore path by the Council's Environmental Wardens.
- Defibrillator at the old phone box - the pads were out of date; replaced by Ewan at a cost of £86.

### 5. Police Scotland report

PC Tulloch gave the report for the period 1st September to 30th September 2025. There were 14 crimes recorded in the
community council area, compared with 9 for the same period last year. These included 3 housebreakings (two at garden
sheds on Shore Road), 4 thefts, 2 vandalisms and 5 road traffic offences, 3 of them for speeding on the A817 at
Drumvaig. 11 of the 14 crimes have been detected. PC Tulloch asked residents to lock sheds and outbuildings and to
report any suspicious vans. Speed checks will continue on the A817 through October.

Hamish asked about the youths gathering at the play park. PC Tulloch said there had been 2 calls about this and
officers were patrolling on Friday evenings.

### 6. Councillor's report

Cllr Urquhart reported that the Council's consultation on the closure of the Kilbrannoch recycling point closes on
31st October. She also said the gritting routes for the winter are unchanged and the B8092 remains a priority 2 route.

### 7. Treasurer's report

Ewan Lamont reported the balances at 30th September 2025:

- Main account: £3,412.57
- Community Fund account: £8,950.00
- Total: £12,362.57

The Council's annual administration grant of £612 has been received. Expenditure since last meeting: hall hire £45,
defibrillator pads £86. Report accepted - proposed Fiona Baillie, seconded Iona Sutherland.

### 8. Planning

Applications considered:

- 25/00871/FUL - Erection of two storey dwellinghouse, land north of Craigton Cottage, Shore Road - The CC agreed to
  object on grounds of road safety at the access onto Shore Road. Callum Drysdale left the room.
- 25/00902/LBC - Replacement windows, The Old Manse, Kirk Brae - no comment.
- 25/00915/PPP - Planning permission in principle for 24 houses, Mains of Drumvaig - The CC agreed to hold a public
  drop-in session before responding. Secretary to write to the Council asking for an extension to the deadline.

### 9. Wind farm community benefit fund

The Chair reported that the Beinn Ruadh Wind Farm community benefit panel had met on 2nd October. Three grants were
recommended: Drumvaig Village Hall £4,500 towards new heating, Kilbrannoch Primary School Parent Council £1,200 for
playground equipment and Drumvaig Gala Committee £750. The CC agreed to endorse all three - proposed Morag Fettes,
seconded Alasdair MacRitchie, unanimous.

### 10. Correspondence

- Letter from the Council's Roads Service about the temporary closure of the C14 Glen Road for resurfacing from
  3rd to 7th November.
- Email from Scottish Water about the mains renewal in Kirk Brae.
- Invitation to the Community Council Liaison Forum on 20th November - Secretary to attend.

### 11. AOCB

Iona Sutherland raised the condition of the steps down to the harbour. The Chair will report it to the Council's
Harbours team. Fiona Baillie reported that the Christmas lights switch-on will be on Saturday 29th November at 5pm.

### 12. Date of next meeting

Tuesday 11th November 2025, 7.30pm, Drumvaig Village Hall.

Meeting closed 9.05pm.

*Morag Fettes, Secretary*
"""


def write_community(path: Path) -> Path:
    path.write_text(COMMUNITY_MD, encoding="utf-8")
    return path


# ---------------------------------------------------------------- (b) combined authority, HTML + PDF
CA_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Record of Decisions - Combined Authority Committee - Friday 23 January 2026 | Avonmere Combined Authority</title></head>
<body>
<header><div class="logo"><a href="/">Avonmere Combined Authority</a></div>
<nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/meetings">Meetings and decisions</a> <a href="/mayor">The Mayor</a></nav></header>
<main id="main-content">
<h1>Record of Decisions</h1>
<p>Meeting: <strong>Avonmere Combined Authority Committee</strong></p>
<p>Date: Friday 23 January 2026, 10.30am</p>
<p>Venue: Kingsmead House, Avonmere</p>
<p>Voting members present: Mayor Harriet Quennell (Chair); Cllr Tobias Renwick, Leader, Avonmere City Council;
Cllr Sunita Gorecki, Leader, Brackenshire Council; Cllr Alan Pridmore, Leader, North Wendle Council</p>
<p>Non-voting members present: Paul Ostrowski, Chair of the Local Enterprise Board</p>
<p>This record is published under the Combined Authority's Constitution. Decisions will come into force
on 3 February 2026 unless called in by the Overview and Scrutiny Committee.</p>

<h2>1. Apologies for absence</h2>
<p>None.</p>

<h2>2. Declarations of interest</h2>
<p>Cllr Sunita Gorecki declared an interest in item 7 as a board member of Brackenshire Housing Partnership. She
remained in the meeting and voted.</p>

<h2>6. Mayoral Combined Authority Budget 2026/27 and Mayoral Precept</h2>
<p><strong>Decision:</strong> The Committee approved the Combined Authority's revenue budget for 2026/27 of £41.8m and
the Mayor's proposal for a mayoral precept of £12.00 for a Band D property, unchanged from 2025/26.</p>
<p><strong>Voting:</strong> The decision was agreed unanimously by the Mayor and the three constituent council leaders.</p>

<h2>7. Investment Fund Programme Update</h2>
<p><strong>Decision:</strong> The Committee:</p>
<ol type="a">
<li>approved the addition of the Wendlebury Station Gateway scheme to the Investment Fund programme with an allocation
of £14.6m;</li>
<li>approved £2.35m of development funding for the Brackenshire Retrofit Skills Hub;</li>
<li>noted the forecast outturn of £86.2m of Investment Fund spend in 2025/26.</li>
</ol>
<p><strong>Voting:</strong> Agreed, with the Mayor, Cllr Renwick and Cllr Pridmore voting for and Cllr Gorecki
voting against. Cllr Gorecki asked that her objection to the funding not being allocated to the Brackenshire
Eastern Link Road be recorded.</p>

<h2>8. Bus Service Improvement Plan and Fares Cap</h2>
<p><strong>Decision:</strong> The Committee agreed to extend the £2 single bus fare cap across the region until
31 December 2026, funded from the Bus Service Improvement Plan grant at an estimated cost of £5.9m.</p>
<p><strong>Voting:</strong> Agreed unanimously.</p>

<h2>9. Adult Skills Fund Commissioning 2026/27</h2>
<p><strong>Decision:</strong> The Committee delegated authority to the Director of Economy and Skills, in consultation
with the Mayor, to award Adult Skills Fund grants for 2026/27 up to a total of £23.4m.</p>
<p><strong>Voting:</strong> Agreed unanimously.</p>

<p>Contact: Democratic Services, democratic.services@avonmere-ca.example, 01632 960871</p>
</main>
<footer><p>&copy; Avonmere Combined Authority 2026</p></footer>
</body></html>
"""


def write_ca_decisions(path: Path) -> Path:
    path.write_text(CA_HTML, encoding="utf-8")
    return path


CA_FUNDING_TABLE = [
    ["Scheme", "Lead authority", "Allocation (£m)", "Spent to date (£m)", "Status"],
    ["Avonmere Riverside Quarter", "Avonmere City Council", "32.0", "21.4", "On track"],
    ["North Wendle Active Travel Corridors", "North Wendle Council", "11.5", "3.9", "Delayed"],
    ["Brackenshire Digital Connectivity", "Brackenshire Council", "7.8", "6.1", "On track"],
    ["Wendlebury Station Gateway (proposed)", "North Wendle Council", "14.6", "0.0", "New"],
]

CA_REPORT_TEXT = [
    ("title", "Avonmere Combined Authority"),
    ("p", "<b>ITEM 7</b>"),
    ("p", "<b>REPORT TO:</b> Avonmere Combined Authority Committee"),
    ("p", "<b>DATE:</b> 23 January 2026"),
    ("p", "<b>REPORT TITLE:</b> Investment Fund Programme Update"),
    ("p", "<b>DIRECTOR:</b> Rachel Ifeanyi, Director of Infrastructure"),
    ("p", "<b>AUTHOR:</b> Daniel Ferrante, Head of Investment"),
    ("h", "Purpose of Report"),
    ("p", "1. To update the Committee on the delivery of the Investment Fund programme and to seek approval for "
          "the addition of a new scheme and for development funding."),
    ("h", "Recommendations"),
    ("p", "The Committee is recommended to:"),
    ("p", "a) Approve the addition of the Wendlebury Station Gateway scheme to the Investment Fund programme with "
          "an allocation of £14.6m, subject to approval of the full business case."),
    ("p", "b) Approve £2.35m of development funding for the Brackenshire Retrofit Skills Hub."),
    ("p", "c) Note the forecast outturn of £86.2m of Investment Fund spend in 2025/26."),
    ("h", "Reasons for Recommendations"),
    ("p", "2. The Wendlebury Station Gateway scheme will create a new interchange and 1,200 square metres of "
          "workspace next to the station, unlocking an estimated 640 homes on the former goods yard."),
    ("h", "Background"),
    ("p", "3. The Investment Fund was agreed in the devolution deal and provides £30m a year for 30 years. The "
          "table below shows the position of the largest schemes at 31 December 2025."),
    ("table", ""),
    ("p", "4. The North Wendle Active Travel Corridors scheme is delayed by six months because of the need to "
          "divert utilities on Station Road; the revised completion date is March 2027."),
    ("h", "Financial Implications"),
    ("p", "5. The Wendlebury Station Gateway allocation will be met from the uncommitted Investment Fund balance, "
          "which stands at £19.3m before this decision. The development funding for the Retrofit Skills Hub is "
          "drawn from the Feasibility and Development Fund."),
    ("h", "Consultation"),
    ("p", "6. The Combined Authority's Overview and Scrutiny Committee considered the programme on 12 January "
          "2026 and asked for quarterly reports on the delayed schemes."),
    ("p", "<b>Background papers:</b> Investment Fund Assurance Framework (2024)"),
]


def write_ca_report(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story = []
    for kind, text in CA_REPORT_TEXT:
        if kind == "title":
            story.append(Paragraph(text, styles["Title"]))
        elif kind == "h":
            story += [Spacer(1, 6), Paragraph(f"<b>{text}</b>", styles["Heading3"])]
        elif kind == "table":
            table = Table(CA_FUNDING_TABLE, colWidths=[5.2 * cm, 3.8 * cm, 2.6 * cm, 2.6 * cm, 2 * cm])
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                                       ("FONTSIZE", (0, 0), (-1, -1), 8)]))
            story += [table, Spacer(1, 8)]
        else:
            story.append(Paragraph(text, body))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 1.2 * cm, "Avonmere Combined Authority Committee - 23 January 2026")
        canvas.drawRightString(19 * cm, 1.2 * cm, f"Page {doc.page}")
        canvas.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=footer, onLaterPages=footer)
    return path


# ---------------------------------------------------------------- (c) London borough, PDF
CABINET_TEXT = [
    ("title", "London Borough of Wexcombe"),
    ("p", "<b>MINUTES OF THE CABINET</b>"),
    ("p", "Monday 10 November 2025 at 7.00 pm, Committee Room 1, Wexcombe Town Hall, Broad Street, London"),
    ("p", "<b>PRESENT:</b> Councillor Nadia Okafor (Leader of the Council, in the Chair), Councillor Liam "
          "Prentice (Deputy Leader and Cabinet Member for Finance), Councillors Adaeze Bello, Marcus Whitfield-Crane, "
          "Priya Sethi, Tomasz Zielinski and Helen Abernethy"),
    ("p", "<b>ALSO PRESENT:</b> Councillor George Lanyon (Leader of the Opposition), Councillor Ruth Kessler "
          "(Chair of Overview and Scrutiny Committee)"),
    ("h", "41. APOLOGIES FOR ABSENCE"),
    ("p", "Apologies for absence were received from Councillor Omar Haddad."),
    ("h", "42. DECLARATIONS OF INTEREST"),
    ("p", "Councillor Priya Sethi declared a non-pecuniary interest in item 45 as a trustee of Wexcombe Youth "
          "Trust, which runs one of the youth centres. She left the room for that item."),
    ("h", "43. MINUTES OF THE PREVIOUS MEETING"),
    ("p", "RESOLVED: That the minutes of the meeting held on 13 October 2025 be agreed as a correct record."),
    ("h", "44. FINANCIAL MONITORING 2025/26 - MONTH 6"),
    ("p", "Councillor Prentice introduced the report, which forecast an overspend of £7.3m on the General Fund "
          "at the end of the year, mainly in temporary accommodation and children's placements."),
    ("table", ""),
    ("p", "RESOLVED:"),
    ("p", "(a) That the forecast General Fund overspend of £7.3m be noted;"),
    ("p", "(b) That the spending controls set out in paragraph 5.2 of the report be continued until 31 March 2026."),
    ("h", "45. YOUTH SERVICE REDESIGN (KEY DECISION)"),
    ("p", "Councillor Bello introduced the report, which proposed to consolidate the borough's five youth centres "
          "into three youth hubs and to commission detached youth work from the voluntary sector. The redesign would "
          "save £640,000 a year from 2026/27. Consultation had received 1,118 responses, 58 per cent of which "
          "disagreed with closing the Marlowe Road youth centre."),
    ("p", "RESOLVED:"),
    ("p", "(a) That the consolidation of the youth service into three youth hubs, at Wexcombe Green, Hollins Park "
          "and Eastfield, be approved;"),
    ("p", "(b) That the Marlowe Road and Canal Street youth centres close on 31 March 2026;"),
    ("p", "(c) That authority be delegated to the Corporate Director of Children's Services, in consultation "
          "with the Cabinet Member for Children and Young People:"),
    ("p", "(i) to award contracts for detached youth work to a total value of £1.2m over three years;"),
    ("p", "(ii) to agree the community use of the Canal Street building."),
    ("p", "<b>Reasons for decision:</b> To deliver the agreed savings while keeping a youth offer in every part of "
          "the borough."),
    ("h", "46. HOUSING REVENUE ACCOUNT RENT SETTING 2026/27"),
    ("p", "RESOLVED: That Council rents be increased by 4.8 per cent from 6 April 2026, in line with the "
          "Government's rent standard (CPI plus 1 per cent), and that service charges rise by 3.5 per cent."),
    ("p", "The meeting ended at 8.32 pm."),
]

CABINET_TABLE = [
    ["Directorate", "Budget (£m)", "Forecast (£m)", "Variance (£m)"],
    ["Children's Services", "78.4", "81.9", "3.5"],
    ["Adult Social Care", "102.6", "104.1", "1.5"],
    ["Housing (temporary accommodation)", "14.2", "17.0", "2.8"],
    ["Environment and Regeneration", "31.7", "31.2", "-0.5"],
    ["Total General Fund", "226.9", "234.2", "7.3"],
]

CALLIN_TEXT = [
    ("title", "London Borough of Wexcombe"),
    ("p", "<b>OVERVIEW AND SCRUTINY COMMITTEE</b>"),
    ("p", "MINUTES of the meeting held on Wednesday 19 November 2025 at 7.00 pm at Wexcombe Town Hall"),
    ("p", "<b>Members present:</b> Councillors Ruth Kessler (Chair), Dominic Asante (Vice-Chair), George Lanyon, "
          "Farida Rahman, Joel Whitcombe, Sinead Carberry and Ivan Petrov"),
    ("p", "<b>Co-opted members:</b> Mrs Angela Moyo (parent governor representative)"),
    ("p", "<b>Also present:</b> Councillor Adaeze Bello (Cabinet Member for Children and Young People), "
          "Simon Achebe (Corporate Director of Children's Services)"),
    ("h", "22. DECLARATIONS OF INTEREST"),
    ("p", "Councillor Farida Rahman declared that she is a volunteer at the Marlowe Road youth centre. She "
          "remained in the meeting."),
    ("h", "23. CALL-IN: YOUTH SERVICE REDESIGN (CABINET 10 NOVEMBER 2025, MINUTE 45)"),
    ("p", "The decision had been called in by Councillors Lanyon, Carberry, Petrov, Whitcombe and Asante on the "
          "grounds that the consultation responses had not been properly taken into account and that the equality "
          "impact assessment did not consider the effect on young people with disabilities."),
    ("p", "Councillor Lanyon presented the call-in. Councillor Bello and the Corporate Director responded to "
          "questions. Members heard that 412 young people had used the Marlowe Road centre in the last year, "
          "and that the nearest hub at Hollins Park would be 1.9 miles away."),
    ("p", "On being put to the vote, the motion to refer the decision back to Cabinet was carried by 4 votes to 3."),
    ("p", "RESOLVED: That the decision be referred back to Cabinet for reconsideration, with the following "
          "recommendations:"),
    ("p", "(a) that the equality impact assessment be revised to assess the effect on young people with SEND;"),
    ("p", "(b) that Cabinet consider keeping the Marlowe Road centre open for two evenings a week until a "
          "replacement is found;"),
    ("p", "(c) that free travel passes to the youth hubs be offered to young people living more than one mile away."),
    ("h", "24. WORK PROGRAMME 2025/26"),
    ("p", "RESOLVED: That the work programme be agreed, with the addition of an item on temporary accommodation "
          "costs at the meeting in January 2026."),
    ("p", "The meeting ended at 9.14 pm."),
]


def _write_minutes_pdf(path: Path, text, table_rows, header: str) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story = []
    for kind, para in text:
        if kind == "title":
            story.append(Paragraph(para, styles["Title"]))
        elif kind == "h":
            story += [Spacer(1, 6), Paragraph(f"<b>{para}</b>", body)]
        elif kind == "table":
            table = Table(table_rows)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                                       ("FONTSIZE", (0, 0), (-1, -1), 8)]))
            story += [Spacer(1, 4), table, Spacer(1, 6)]
        else:
            story.append(Paragraph(para, body))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 28.2 * cm, header)
        canvas.drawCentredString(10.5 * cm, 1.2 * cm, f"- {doc.page} -")
        canvas.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=footer, onLaterPages=footer)
    return path


def write_borough_cabinet(path: Path) -> Path:
    return _write_minutes_pdf(path, CABINET_TEXT, CABINET_TABLE, "Cabinet - 10 November 2025")


def write_borough_callin(path: Path) -> Path:
    return _write_minutes_pdf(path, CALLIN_TEXT, [], "Overview and Scrutiny Committee - 19 November 2025")


# ---------------------------------------------------------------- (d) town council, Word + PDF
TOWN_ITEMS = [
    ("25/117 To receive apologies for absence",
     ["Apologies were received and accepted from Cllrs D Yeo (illness) and R Castellano (work)."]),
    ("25/118 To receive declarations of interest and requests for dispensations",
     ["Cllr T Bramhall declared a pecuniary interest in item 25/124 (grant to Pellingham Bowls Club) as the "
      "club's treasurer and left the meeting for that item."]),
    ("25/119 Public participation",
     ["Two residents spoke about parking on the pavement in Tanner's Row. The Town Clerk will raise this with "
      "the county council and the police."]),
    ("25/120 To approve the minutes of the Full Council meeting held on 16 December 2025",
     ["RESOLVED that the minutes be approved and signed by the Mayor as a correct record."]),
    ("25/121 Reports from County and District Councillors",
     ["District Cllr Hollis reported that the district's draft Local Plan allocates 310 homes to Pellingham, "
      "most of them west of Quarry Lane."]),
    ("25/122 Budget 2026/27 and precept",
     ["The Responsible Financial Officer presented the budget recommended by the Finance Committee on 6 January "
      "2026. Expenditure for 2026/27 is budgeted at £286,450. It was proposed by Cllr Ashdown, seconded by Cllr "
      "Mirza and RESOLVED (9 for, 2 against, 0 abstentions) that:",
      "a) the budget for 2026/27 be approved;",
      "b) the precept for 2026/27 be set at £247,800, which is £142.16 for a Band D property, an increase of "
      "5.9 per cent on 2025/26;",
      "c) £15,000 be transferred to the earmarked reserve for the refurbishment of the Market Hall toilets.",
      "A recorded vote having been requested, the voting was as follows. For: Cllrs Ashdown, Bramhall, Fenlon, "
      "Gatward, Iqbal, Mirza, Noakes, Pask and Whitby. Against: Cllrs Lomax and Treharne."]),
    ("25/123 Neighbourhood Plan",
     ["The Neighbourhood Plan Steering Group reported that the examiner's report had been received and that the "
      "referendum would be held on Thursday 7 May 2026. RESOLVED to note the report."]),
    ("25/124 Grants",
     ["RESOLVED to award the following grants under the Community Grants Scheme: Pellingham Bowls Club £1,500 "
      "towards a new mower; Pellingham in Bloom £800; Quarry Lane Food Larder £2,000."]),
    ("25/125 Payments",
     ["RESOLVED that the schedule of payments for December 2025 totalling £21,734.09 be approved."]),
    ("25/126 Date of next meeting",
     ["Tuesday 17 February 2026 at 7.00pm in the Council Chamber, Market Hall."]),
]


def write_town(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Pellingham Town Council"
    document.sections[0].footer.paragraphs[0].text = "Signed ........................ (Town Mayor)   Date ..........."
    document.add_heading("PELLINGHAM TOWN COUNCIL", level=1)
    document.add_paragraph("MINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON TUESDAY 20 JANUARY 2026 AT 7.00PM "
                           "IN THE COUNCIL CHAMBER, MARKET HALL, PELLINGHAM")
    document.add_paragraph("Present: Cllr Sarah Whitby (Town Mayor, Chairman), Cllr Colin Ashdown (Deputy Mayor), "
                           "Cllrs T Bramhall, J Fenlon, M Gatward, A Iqbal, K Lomax, H Mirza, P Noakes, E Pask "
                           "and G Treharne")
    document.add_paragraph("In attendance: Mr Julian Sowerby (Town Clerk and RFO), District Cllr B Hollis and "
                           "seven members of the public")
    for heading, paras in TOWN_ITEMS:
        document.add_heading(heading, level=2)
        for text in paras:
            document.add_paragraph(text)
    document.add_paragraph("The meeting closed at 8.55pm.")
    document.save(str(path))
    return path


TOWN_PLANNING_TEXT = [
    ("title", "PELLINGHAM TOWN COUNCIL"),
    ("p", "<b>Minutes of the Planning Committee held on Tuesday 3 February 2026 at 6.30pm in the Council "
          "Chamber, Market Hall</b>"),
    ("p", "<b>Present:</b> Cllrs J Fenlon (Chairman), M Gatward, A Iqbal, E Pask and G Treharne"),
    ("p", "<b>In attendance:</b> Mrs Kerry Dunmore (Deputy Town Clerk)"),
    ("h", "PL25/61 Apologies"),
    ("p", "None."),
    ("h", "PL25/62 Declarations of interest"),
    ("p", "None."),
    ("h", "PL25/63 Minutes"),
    ("p", "RESOLVED that the minutes of the meeting held on 13 January 2026 be signed as a correct record."),
    ("h", "PL25/64 Planning applications"),
    ("p", "The Committee considered the following applications and RESOLVED to make the observations shown."),
    ("table", ""),
    ("h", "PL25/65 Planning decisions"),
    ("p", "The Committee noted that the district council had refused application 25/03110/FUL for a drive-through "
          "restaurant at Pellingham Retail Park, as the Town Council had recommended."),
    ("h", "PL25/66 Quarry Lane strategic site"),
    ("p", "The Committee agreed to hold a public meeting on the Local Plan allocation west of Quarry Lane on "
          "Saturday 28 February 2026 at 10am in the Market Hall."),
    ("p", "The meeting closed at 7.40pm."),
]

TOWN_PLANNING_TABLE = [
    ["Application", "Location", "Proposal", "Observations"],
    ["26/00118/HOU", "14 Ferndale Close", "Single storey rear extension", "No objection"],
    ["26/00131/FUL", "The Old Forge, Mill Street", "Change of use from workshop to two flats",
     "Objection: insufficient parking"],
    ["26/00140/ADV", "Co-op, Market Place", "Illuminated fascia sign", "No objection"],
    ["26/00152/OUT", "Land east of Pellingham Lodge Farm", "Outline application for up to 85 dwellings",
     "Strong objection: outside the\ndevelopment boundary"],
]


def write_town_planning(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story = []
    for kind, para in TOWN_PLANNING_TEXT:
        if kind == "title":
            story.append(Paragraph(para, styles["Title"]))
        elif kind == "h":
            story += [Spacer(1, 4), Paragraph(f"<b>{para}</b>", body)]
        elif kind == "table":
            table = Table(TOWN_PLANNING_TABLE, colWidths=[2.8 * cm, 4.2 * cm, 5 * cm, 5 * cm])
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                                       ("FONTSIZE", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [table, Spacer(1, 6)]
        else:
            story.append(Paragraph(para, body))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def build(folder: Path) -> list[Path]:
    """Write the seven papers into `folder` (made if missing); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write_community(folder / COMMUNITY), write_ca_decisions(folder / CA_DECISIONS),
            write_ca_report(folder / CA_REPORT), write_borough_cabinet(folder / BOROUGH_CABINET),
            write_borough_callin(folder / BOROUGH_CALLIN), write_town(folder / TOWN),
            write_town_planning(folder / TOWN_PLANNING)]


if __name__ == "__main__":
    for written in build(Path(sys.argv[1] if len(sys.argv) > 1 else "kilbrannoch-papers")):
        print(written)
