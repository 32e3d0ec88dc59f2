"""Builds the papers of an invented council (Harrowdene District Council and one of its town
councils) into a folder: a Planning Committee minutes PDF, a Cabinet report PDF, a Word file of
a scrutiny panel's minutes and a town council's minutes page. No one tuned Scrutineer on them.

Run as `python -m tests.e2e.harrowdene OUTDIR` to look at the files or index them by hand.
Every person, place, application and figure is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

PLANNING = "Planning Committee minutes 14 January 2026.pdf"
CABINET = "Cabinet 3 February 2026 - Home Adaptations Programme report.pdf"
PANEL = "Community Scrutiny Panel minutes 21 January 2026.docx"
TOWN = "ashcombe-town-council-minutes-2026-02-09.html"


# ---------------------------------------------------------------- (a) Planning Committee, PDF
PLANNING_TEXT = [
    ("title", "HARROWDENE DISTRICT COUNCIL"),
    ("title", "Minutes of the Planning Committee"),
    ("p", "Held on Wednesday 14 January 2026 at 7.00 pm in the Council Chamber, Civic Offices, "
          "Market Street, Harrowdene"),
    ("p", "<b>Members present:</b> Councillors Joseph Okonkwo (Chair), Helen Tranter (Vice-Chair), "
          "David Ashworth, Rebecca Charnley, Imran Dar, Gillian Fenwick, Tom Lowther, Andrew Mears, "
          "Susan Pryce, Gareth Quinlan and Natalie Venn"),
    ("p", "<b>Officers:</b> Claire Bellamy (Development Manager), Owen Haddad (Principal Planning Officer), "
          "Yvonne Stokes (Planning Solicitor) and Martin Roe (Democratic Services Officer)"),
    ("p", "<b>Also present:</b> 23 members of the public"),
    ("h", "PC/61 Apologies for absence"),
    ("p", "Apologies for absence were received from Councillor Brian Holloway. Councillor Gareth "
          "Quinlan attended as his substitute."),
    ("h", "PC/62 Declarations of interest"),
    ("p", "Councillor Susan Pryce declared a non-registrable interest in application 25/01502/FUL "
          "(the former Crown Inn) as she lives on Bridge Street close to the site. She left the Chamber "
          "for that item and took no part in the debate or the vote. No other declarations were made."),
    ("h", "PC/63 Minutes of the previous meeting"),
    ("p", "The minutes of the meeting of the Committee held on 10 December 2025 were confirmed as a "
          "correct record and signed by the Chair."),
    ("h", "PC/64 Application 25/01234/FUL - Land to the rear of 12-16 Mill Lane, Kelbrook"),
    ("p", "Erection of nine dwellings with new vehicular access from Mill Lane, parking and landscaping. "
          "Applicant: Brookvale Homes Ltd."),
    ("p", "The Principal Planning Officer presented the report and the late representations sheet. The "
          "site lies outside the settlement boundary of Kelbrook in open countryside. Officers recommended "
          "refusal because the scheme would harm the character of the village edge, the access would not "
          "achieve the required visibility splays onto Mill Lane, and no affordable housing was offered "
          "although the policy requires 30 per cent on sites of this size. The Highway Authority had objected "
          "and Kelbrook Parish Council had objected. Forty-one letters of objection and two of support had "
          "been received."),
    ("p", "Mrs Dawn Kerridge spoke in objection on behalf of local residents and Mr Lewis Harlow, the "
          "agent, spoke in support. Councillor Ashworth, a ward member, spoke against the application, "
          "citing flooding on Mill Lane in the winter of 2024. Members asked about the housing land supply; "
          "the Development Manager advised that the Council can demonstrate a supply of 5.4 years."),
    ("p", "It was moved by Councillor Tranter and seconded by Councillor Mears that the application be "
          "refused for the reasons set out in the report. On being put to the vote there were 8 votes for "
          "refusal, 2 against and 1 abstention."),
    ("p", "<b>DECISION: REFUSED</b> for the three reasons set out in the officer's report (harm to the "
          "character of the countryside, inadequate visibility at the access, and the absence of affordable "
          "housing)."),
    ("h", "PC/65 Application 25/01502/FUL - The former Crown Inn, 4 Bridge Street, Harrowdene"),
    ("p", "Change of use of the vacant public house to six flats (four one-bedroom and two two-bedroom), "
          "with the demolition of the single-storey rear extension and the provision of cycle and bin stores. "
          "Applicant: Mr and Mrs P Anand."),
    ("p", "Councillor Pryce, having declared an interest, left the Chamber. The Principal Planning Officer "
          "reported that the building had been marketed as a public house for 18 months without a credible "
          "offer and that the Campaign for Real Ale had withdrawn its objection. The conservation officer "
          "supported the scheme subject to the retention of the original sash windows and the hanging sign "
          "bracket. A member asked about parking; officers advised that the site is within 200 metres of the "
          "bus station and that a car-free scheme was acceptable in this location."),
    ("p", "It was proposed by Councillor Dar and seconded by Councillor Fenwick that the officer "
          "recommendation be agreed. The vote was 7 in favour, 2 against and 1 abstention."),
    ("p", "<b>DECISION:</b> Approved subject to conditions, including the retention of the sash windows, "
          "a construction management plan and the provision of the cycle store before first occupation, "
          "and to a legal agreement securing a contribution of £14,400 towards off-site open space."),
    ("h", "PC/66 Planning enforcement: quarterly update"),
    ("p", "The Planning Enforcement Team Leader, Kirsty Naylor, gave an update for the quarter October to "
          "December 2025. The team received 97 new complaints in the quarter and closed 88 cases. At 31 "
          "December 2025 there were 143 open enforcement cases, down from 158 at the end of September. Three "
          "enforcement notices and one breach of condition notice had been served, and the Council had "
          "secured its first prosecution for unauthorised works to a listed building, at 22 Church Row, "
          "where the owner was fined £6,500."),
    ("p", "Members welcomed the reduction in open cases and asked that the backlog of cases older than "
          "two years be reported separately at the next update. The update was noted."),
    ("h", "PC/67 Date of next meeting"),
    ("p", "The next meeting of the Planning Committee will be held on Wednesday 11 February 2026 at 7.00 pm."),
    ("p", "The meeting closed at 9.12 pm."),
]


def write_planning(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.fontSize, body.leading = 11, 15

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, 28.2 * cm, "Planning Committee - 14 January 2026")
        canvas.drawRightString(19 * cm, 1.2 * cm, f"Page {doc.page}")
        canvas.restoreState()

    story = []
    for kind, text in PLANNING_TEXT:
        if kind == "title":
            story.append(Paragraph(text, styles["Title"]))
        elif kind == "h":
            story += [Spacer(1, 6), Paragraph(f"<b>{text}</b>", styles["Heading3"])]
        else:
            story.append(Paragraph(text, body))
    story += [Spacer(1, 30), Paragraph("Chair .................................", body)]
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=2.5 * cm, bottomMargin=2.5 * cm,
                            leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            title="Planning Committee minutes 14 January 2026")
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


# ---------------------------------------------------------------- (b) Cabinet report, PDF
CABINET_COVER = [
    ("Report to", "Cabinet"),
    ("Date of meeting", "3 February 2026"),
    ("Report of", "Director of Housing and Communities"),
    ("Portfolio holder", "Councillor Priya Raman, Cabinet Member for Housing"),
    ("Subject", "Home Adaptations Programme and Disabled Facilities Grant Policy 2026/27"),
    ("Key decision", "Yes"),
    ("Wards affected", "All wards"),
    ("Exempt information", "None"),
]
CABINET_TABLE = [
    ["", "2024/25 actual", "2025/26 forecast", "2026/27 budget"],
    ["Disabled Facilities Grant allocation", "£1,102,000", "£1,196,000", "£1,284,000"],
    ["Council top-up funding", "£0", "£75,000", "£150,000"],
    ["Adaptations completed", "118", "131", "142"],
    ["Average time from referral to completion", "34 weeks", "31 weeks", "27 weeks"],
]
CABINET_SECTIONS = [
    ("1. Purpose of the report",
     ["To seek Cabinet's approval of a revised Home Adaptations Policy, which sets out how the Council will "
      "use its Disabled Facilities Grant (DFG) allocation and discretionary assistance in 2026/27, and to "
      "agree the Council's own top-up funding for the programme."]),
    ("2. Recommendations",
     ["Recommendations: That Cabinet:",
      "(a) approves the Home Adaptations Policy 2026, attached as Appendix 1, to take effect from 1 April 2026;",
      "(b) agrees a Council top-up of £150,000 to the Disabled Facilities Grant allocation for 2026/27, "
      "funded from the Housing Reserve;",
      "(c) delegates authority to the Director of Housing and Communities, in consultation with the Cabinet "
      "Member for Housing, to make minor changes to the policy during the year."]),
    ("3. Background",
     ["The Disabled Facilities Grant is a mandatory grant for adaptations such as stairlifts, level-access "
      "showers and ramps, paid by the Council from the Better Care Fund. The grant is capped at £30,000 per "
      "case. Demand has risen steadily: the Council received 212 referrals from occupational therapists in "
      "2024/25, compared with 174 in 2022/23.",
      "The figures for the programme are set out in the table below."]),
    ("TABLE", []),
    ("4. Performance",
     ["In 2024/25 the Council completed 118 adaptations with an average grant of £9,340. The average time "
      "from referral to completion was 34 weeks, well above the 22 weeks recommended in national guidance. "
      "The main delays are in securing contractors and in the means test. At 31 December 2025 there were "
      "64 households on the waiting list, of which 19 had been waiting more than a year."]),
    ("5. Proposed changes",
     ["The revised policy introduces a fast-track route for adaptations costing under £7,500, removes the "
      "means test for stairlifts and level-access showers, and adds a relocation grant of up to £10,000 where "
      "a home cannot reasonably be adapted. Officers estimate that the fast-track route will reduce the "
      "average time to completion to 27 weeks in 2026/27."]),
    ("6. Financial implications",
     ["The 2026/27 allocation of £1,284,000 is confirmed. The top-up of £150,000 would leave £410,000 in the "
      "Housing Reserve. Any underspend on the grant at year end is carried forward in line with the Better "
      "Care Fund conditions."]),
    ("7. Consultation",
     ["The draft policy was considered by the Community Scrutiny Panel and shared with the Harrowdene Disability "
      "Forum, which welcomed the removal of the means test for stairlifts."]),
    ("Contact officer", ["Rachel Whitfield, Private Sector Housing Manager, telephone 01632 960481"]),
]


def write_cabinet(path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 10),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")])
    story = [Paragraph("Harrowdene District Council", styles["Title"]), Spacer(1, 12)]
    cover = Table([[Paragraph(f"<b>{label}</b>", body), Paragraph(value, body)] for label, value in CABINET_COVER],
                  colWidths=[5 * cm, 11 * cm])
    cover.setStyle(grid)
    story += [cover, PageBreak()]
    for heading, paras in CABINET_SECTIONS:
        if heading == "TABLE":
            table = Table(CABINET_TABLE, colWidths=[6.5 * cm, 3 * cm, 3.2 * cm, 3 * cm])
            table.setStyle(grid)
            story += [table, Spacer(1, 10)]
            continue
        story.append(Paragraph(f"<b>{heading}</b>", styles["Heading3"]))
        story += [Paragraph(p, body) for p in paras]

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(10.5 * cm, 1.2 * cm, str(doc.page))
        canvas.restoreState()

    SimpleDocTemplate(str(path), pagesize=A4).build(story, onFirstPage=footer, onLaterPages=footer)
    return path


# ---------------------------------------------------------------- (c) scrutiny panel, Word
PANEL_ITEMS = [
    ("1. Apologies and substitutions",
     ["Apologies were received from Councillors Fiona Greig and Peter Lusk. There were no substitutions."]),
    ("2. Declarations of interest", ["None."]),
    ("3. Minutes",
     ["The minutes of the meeting held on 19 November 2025 were agreed as a correct record."]),
    ("4. Community Safety Partnership: annual update",
     ["Inspector Mark Dunleavy (Harrowdene Neighbourhood Policing Team) and Sonia Petrakis (Community Safety "
      "Manager) presented the Partnership's annual update. Members were told that reports of anti-social "
      "behaviour in the district fell by 12 per cent in 2024/25, to 1,046 reports, while reports of shop theft "
      "rose by 23 per cent, with most of the rise in Harrowdene town centre. Two public spaces protection "
      "orders, covering the town centre and Ashcombe Recreation Ground, had been renewed for three years.",
      "Members raised concerns about off-road motorbikes on the Kelbrook bridleways. The Inspector said that "
      "a joint operation with the Rural Crime Team had led to 9 bikes being seized since September.",
      "AGREED: That the update be noted and that the Partnership be asked to report the shop theft figures "
      "by ward at the panel's next meeting."]),
    ("5. Rural bus services",
     ["The Transport Policy Officer, Daniel Osei, reported that the county council had withdrawn the "
      "Sunday service on route 37 and reduced route 41 to two journeys a day from October 2025, leaving "
      "eleven villages without a daily bus. Members said that residents without a car, especially older "
      "people and young people going to college, were struggling to reach the hospital and the town centre.",
      "AGREED:",
      "(1) That a task and finish group be set up to review rural bus services and community transport in "
      "the district, with Councillors Margaret Ellery, Simon Baptiste, Karen Whitlam and Leon Adeyemi as its "
      "members;",
      "(2) That the group report its findings and recommendations to the panel by July 2026."]),
    ("6. Home Adaptations Policy 2026 (pre-decision scrutiny)",
     ["The Private Sector Housing Manager introduced the draft Home Adaptations Policy, which Cabinet will "
      "consider on 3 February 2026. Members supported the fast-track route and asked that the waiting list "
      "be published quarterly.",
      "AGREED: That the panel's support for the draft policy, and its request for quarterly publication of "
      "the waiting list, be reported to Cabinet."]),
    ("7. Work programme 2025/26",
     ["AGREED: That the work programme be updated to add the review of leisure centre charges to the "
      "March meeting."]),
    ("8. Date of next meeting",
     ["Wednesday 18 March 2026 at 6.30 pm, Committee Room 1, Civic Offices."]),
]


def write_panel(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Harrowdene District Council"
    document.add_heading("Community Scrutiny Panel", level=1)
    document.add_paragraph("Minutes of the meeting held on Wednesday 21 January 2026 at 6.30 pm in "
                           "Committee Room 1, Civic Offices, Harrowdene")
    document.add_paragraph("Present: Councillor Margaret Ellery (Chair); Councillors Leon Adeyemi, Simon "
                           "Baptiste, Joanne Carver, Harjit Sandhu, Karen Whitlam and Elaine Yorke")
    document.add_paragraph("In attendance: Councillor Priya Raman (Cabinet Member for Housing); Daniel Osei "
                           "(Transport Policy Officer); Rachel Whitfield (Private Sector Housing Manager); "
                           "Amy Carlisle (Scrutiny Officer)")
    for heading, paras in PANEL_ITEMS:
        document.add_heading(heading, level=2)
        for text in paras:
            document.add_paragraph(text)
    document.add_paragraph("The meeting ended at 8.25 pm.")
    document.save(str(path))
    return path


# ---------------------------------------------------------------- (d) town council, HTML
TOWN_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Minutes - Full Council - 9 February 2026 - Ashcombe Town Council</title></head>
<body>
<header class="site-header"><a href="/">Ashcombe Town Council</a></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/meetings">Meetings</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<main>
<h1>Ashcombe Town Council</h1>
<h2>Minutes of the Meeting of the Full Council held on Monday 9 February 2026 at 7.30pm in the Town Hall, Ashcombe</h2>
<p><strong>Present:</strong> Cllr Sandra Whitlock (Town Mayor, presiding), Cllr Owen Hughes (Deputy Mayor),
Cllr Anjali Patel, Cllr Robert Fairclough, Cllr Lynne Moss, Cllr Craig Ditchfield and Cllr Beatrice Nwosu.</p>
<p><strong>In attendance:</strong> Mrs Carol Pennington (Town Clerk and RFO) and four members of the public.</p>
<h3>26/014 Apologies</h3>
<p>Apologies were received and accepted from Cllr Jonathan Reeve (work commitments).</p>
<h3>26/015 Declarations of interest</h3>
<p>Cllr Moss declared a personal interest in item 26/019 as a plot holder at the Coldharbour Lane allotments.</p>
<h3>26/016 Public participation</h3>
<p>A resident asked about the broken lighting on the Memorial Garden footpath. The Clerk confirmed that a
repair had been ordered and would be completed by the end of February.</p>
<h3>26/017 Minutes</h3>
<p>The minutes of the Full Council meeting held on 12 January 2026 were approved and signed as a true record.
Proposed by Cllr Fairclough, seconded by Cllr Nwosu, all in favour.</p>
<h3>26/018 Budget and precept 2026/27</h3>
<p>The Clerk presented the draft budget recommended by the Finance and General Purposes Committee. Expenditure
of £448,900 is planned for 2026/27, including £38,000 for the replacement of the play equipment at Ashcombe
Recreation Ground, to be met from the precept and £36,340 of earmarked reserves. The precept for 2026/27 is
£412,560, an increase of 4.8 per cent, which equals £118.42 a year for a Band D property.</p>
<p>Proposed by Cllr Hughes, seconded by Cllr Patel, all in favour. RESOLVED to adopt the budget for 2026/27 and
to set the precept at £412,560.</p>
<h3>26/019 Allotments</h3>
<p>Members considered the rents for the Coldharbour Lane allotments. It was proposed by Cllr Ditchfield and
seconded by Cllr Fairclough that the rent for a full plot rise from £42 to £46 a year from 1 October 2026.
Five in favour, one against. Cllr Moss did not vote. RESOLVED accordingly.</p>
<h3>26/020 Christmas lights 2026</h3>
<p>Three quotations had been received for the supply, installation and removal of the town's Christmas lights.
Proposed by Cllr Patel, seconded by Cllr Moss, all in favour: that the contract be awarded to Lumen Festive
Lighting Ltd for £8,750, the lowest quotation.</p>
<h3>26/021 Date of next meeting</h3>
<p>Monday 9 March 2026 at 7.30pm in the Town Hall.</p>
<p>The meeting closed at 8.47pm.</p>
</main>
<footer><p>Ashcombe Town Council, Town Hall, High Street, Ashcombe. Tel 01632 960112.</p></footer>
</body></html>
"""


def write_town(path: Path) -> Path:
    path.write_text(TOWN_HTML, encoding="utf-8")
    return path


def build(folder: Path) -> list[Path]:
    """Write the four papers into `folder` (made if missing); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write_planning(folder / PLANNING), write_cabinet(folder / CABINET),
            write_panel(folder / PANEL), write_town(folder / TOWN)]


if __name__ == "__main__":
    for written in build(Path(sys.argv[1] if len(sys.argv) > 1 else "harrowdene-papers")):
        print(written)
