"""Builds the papers of a second invented body, in house styles unlike Harrowdene's and the shipped
samples': a Welsh county borough's Cabinet agenda pack (PDF: the agenda first, then the minutes of
the PREVIOUS meeting with "C25/121" minute numbers and "DECISION:" / "Decided:" blocks, then a
report with a cover sheet of labelled fields and "Cabinet is asked to RESOLVE" / "RECOMMEND to
Council"), a fire and rescue authority's record of decisions (Word, a decision table and an
actions table) and a parish council's minutes page holding its annual meeting and the ordinary
meeting after it (HTML, running minute numbers, "proposed by ..., seconded by ..., all in favour"
and a show of hands). No one tuned Scrutineer on them.

Run as `python -m tests.e2e.cwmderwen OUTDIR` to look at the files or index them by hand.
Every person, place, body and figure is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

PACK = "Cabinet agenda pack 11 March 2026.pdf"
FIRE = "FRA Record of Decisions 24-02-2026.docx"
PARISH = "little-somerby-pc-minutes-may-june-2025.html"


# ---------------------------------------------------------------- (a) Cabinet agenda pack, PDF
AGENDA = [
    ("title", "CWMDERWEN COUNTY BOROUGH COUNCIL"),
    ("title2", "CYNGOR BWRDEISTREF SIROL CWMDERWEN"),
    ("p", "Civic Centre, Heol y Castell, Abercarreg"),
    ("p", "Date: 3 March 2026"),
    ("p", "Dear Councillor,"),
    ("p", "You are summoned to a meeting of the <b>CABINET</b> to be held in the Council Chamber, Civic "
          "Centre, Abercarreg on <b>Wednesday, 11 March 2026 at 10.00 am</b>."),
    ("p", "Gareth Llywelyn-Price<br/>Chief Executive"),
    ("h", "AGENDA"),
    ("p", "1. Apologies for absence"),
    ("p", "2. Declarations of interest"),
    ("p", "To receive any declarations of personal or prejudicial interest in accordance with the Members' "
          "Code of Conduct."),
    ("p", "3. Minutes (Pages 3 - 5)"),
    ("p", "To approve as a correct record the minutes of the meeting held on 11 February 2026."),
    ("p", "4. Community Asset Transfer - Nant-y-Wern Community Centre (Pages 6 - 8)"),
    ("p", "Report of the Corporate Director - Communities and Place."),
    ("p", "5. Cabinet Forward Work Programme"),
    ("p", "To note the forward work programme, which includes the Abercarreg Bus Station Redevelopment "
          "outline business case for the meeting in June 2026."),
    ("p", "<b>To:</b> Councillors E. Prydderch (Chair), H. Bevan, S. Chaudhry, R. Ellis-Morgan, L. Fitzpatrick, "
          "D. ap Iorwerth, T. Maddox and K. Salisbury"),
    ("p", "This document is available in Welsh. Mae'r ddogfen hon ar gael yn Gymraeg."),
    ("break", ""),
]

MINUTES = [
    ("h", "CABINET"),
    ("p", "<b>MINUTES OF THE MEETING HELD IN THE COUNCIL CHAMBER, CIVIC CENTRE, ABERCARREG ON WEDNESDAY, "
          "11 FEBRUARY 2026 AT 10.00 AM</b>"),
    ("p", "<b>PRESENT:</b> Councillor E. Prydderch - Chair"),
    ("p", "Councillors: H. Bevan, S. Chaudhry, R. Ellis-Morgan, L. Fitzpatrick, D. ap Iorwerth and K. Salisbury"),
    ("p", "<b>Officers:</b> G. Llywelyn-Price (Chief Executive), M. Tanaka (Head of Finance and Section 151 "
          "Officer), C. Gwilliam (Monitoring Officer), B. Ruddock (Corporate Director - Communities and Place)"),
    ("h", "C25/118 APOLOGIES FOR ABSENCE"),
    ("p", "An apology for absence was received from Councillor T. Maddox."),
    ("h", "C25/119 DECLARATIONS OF INTEREST"),
    ("p", "Councillor L. Fitzpatrick declared a personal interest in minute C25/122 as a member of the "
          "Pentrefelin Otters swimming club, which trains at the leisure centre. The interest was not "
          "prejudicial and she remained in the meeting."),
    ("h", "C25/120 MINUTES"),
    ("p", "The minutes of the meeting held on 14 January 2026 were approved as a correct record."),
    ("h", "C25/121 REVENUE BUDGET 2026/27 AND MEDIUM TERM FINANCIAL STRATEGY"),
    ("p", "The Head of Finance presented the report. The final local government settlement had increased "
          "the Council's Aggregate External Finance by 3.1 per cent, leaving a funding gap of £9.4 million "
          "for 2026/27. The gap would be closed by savings of £5.2 million, the proposed increase in council "
          "tax and the use of £1.1 million from the Budget Support Reserve. Members noted that the Overview "
          "and Scrutiny Committee had supported the proposals on 2 February 2026."),
    ("p", "<b>DECISION:</b> That Cabinet RECOMMEND to Council:"),
    ("p", "(a) a net revenue budget of £318.6 million for 2026/27;"),
    ("p", "(b) an increase in council tax of 6.4 per cent for 2026/27, giving a Band D charge of £1,912.36 "
          "for the Council's element;"),
    ("p", "(c) the savings proposals set out in Appendix 3, totalling £5.2 million."),
    ("p", "<b>Reason for decision:</b> To enable the Council to set a balanced budget and the council tax "
          "for 2026/27 at its meeting on 4 March 2026."),
    ("h", "C25/122 PENTREFELIN LEISURE CENTRE - POOL HALL ROOF REPLACEMENT"),
    ("p", "The Cabinet Member for Communities and Regeneration introduced the report. A structural survey in "
          "October 2025 had found corrosion in the steel purlins of the pool hall roof, which had reached the "
          "end of its life. Four tenders had been received and evaluated on price and quality."),
    ("p", "<b>DECISION:</b>"),
    ("p", "(1) That the contract for the replacement of the pool hall roof at Pentrefelin Leisure Centre be "
          "awarded to Gwaith Toi Morgannwg Cyf in the sum of £1.37 million;"),
    ("p", "(2) That the pool close from 6 April 2026 to 31 August 2026 while the works are carried out, and "
          "that swimming lessons be moved to Abercarreg Swimming Pool for that period."),
    ("p", "<b>Reason for decision:</b> The roof is no longer safe to maintain and the most economically "
          "advantageous tender has been identified."),
    ("h", "C25/123 WELSH IN EDUCATION STRATEGIC PLAN - ANNUAL REVIEW"),
    ("p", "The Cabinet Member for Education and Welsh Language reported that 23.5 per cent of Year 2 "
          "learners were taught through the medium of Welsh in 2025, up from 21.8 per cent in 2024, against "
          "the Plan's target of 26 per cent by 2027. A Welsh-medium starter class would open at Ysgol "
          "Gynradd Nant-y-Wern in September 2026."),
    ("p", "<b>Decided:</b> That the annual review be noted and that progress be reported again in February "
          "2027."),
    ("h", "C25/124 CORPORATE RISK REGISTER - QUARTER 3"),
    ("p", "<b>Decided:</b> That the register be noted, and that the risk rating for the recruitment of "
          "social workers be raised from amber to red."),
    ("p", "The meeting closed at 11.42 am."),
    ("p", "CHAIR"),
    ("break", ""),
]

REPORT = [
    ("title", "CWMDERWEN COUNTY BOROUGH COUNCIL"),
    ("field", "Report to:", "Cabinet"),
    ("field", "Date of meeting:", "11 March 2026"),
    ("field", "Report of:", "Corporate Director - Communities and Place"),
    ("field", "Cabinet Member:", "Councillor Hywel Bevan, Cabinet Member for Communities and Regeneration"),
    ("field", "Subject:", "Community Asset Transfer - Nant-y-Wern Community Centre"),
    ("field", "Key decision:", "Yes"),
    ("field", "Wards affected:", "Nant-y-Wern"),
    ("field", "Exempt:", "No"),
    ("h", "1. PURPOSE OF REPORT"),
    ("p", "1.1 To seek Cabinet's approval for the transfer of Nant-y-Wern Community Centre to Nant-y-Wern "
          "Community Association under the Council's Community Asset Transfer Policy."),
    ("h", "2. RECOMMENDATIONS"),
    ("p", "2.1 Cabinet is asked to RESOLVE:"),
    ("p", "(a) to grant a 99-year lease of Nant-y-Wern Community Centre to Nant-y-Wern Community Association "
          "at a peppercorn rent;"),
    ("p", "(b) to award the Association a one-off transition grant of £45,000 in 2026/27, funded from the "
          "Community Investment Reserve."),
    ("p", "2.2 Cabinet is asked to RECOMMEND to Council that £120,000 be added to the 2026/27 capital "
          "programme for roof and heating works at the Centre before the transfer takes place."),
    ("h", "3. BACKGROUND"),
    ("p", "3.1 The Centre was built in 1974 and hosts a food bank, a toddler group, a luncheon club for older "
          "people and the village's only public meeting room. It costs the Council £38,200 a year to run and "
          "had about 14,000 visits in 2024/25."),
    ("p", "3.2 A condition survey in 2025 identified £212,000 of backlog maintenance over the next ten years, "
          "most of it on the roof and the heating system."),
    ("h", "4. CONSULTATION"),
    ("p", "4.1 A public consultation ran from 3 November to 15 December 2025 and received 312 responses, of "
          "which 87 per cent supported the transfer. The ward members and the Community Council also support "
          "it."),
    ("h", "5. FINANCIAL IMPLICATIONS"),
    ("p", "5.1 The transfer would remove the running cost of £38,200 a year from the Council's budget from "
          "2027/28. The Association has a business plan showing income from room hire and grants sufficient "
          "to cover its costs from its third year."),
    ("h", "6. WELL-BEING OF FUTURE GENERATIONS (WALES) ACT 2015"),
    ("p", "6.1 The proposal supports the goal of a Wales of cohesive communities and follows the sustainable "
          "development principle, in particular the ways of working on involvement and the long term."),
    ("h", "7. EQUALITIES"),
    ("p", "7.1 An Integrated Impact Assessment has been completed and no negative impacts were identified."),
    ("p", "<b>Background papers:</b> None"),
    ("p", "<b>Contact officer:</b> Ffion Garrow, Community Assets Manager, 01632 960733"),
]


def write_pack(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.fontSize, body.leading = 11, 14

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(10.5 * cm, 1.2 * cm, f"Tudalen {doc.page} / Page {doc.page}")
        canvas.restoreState()

    story = []
    for row in AGENDA + MINUTES + REPORT:
        kind, text = row[0], row[1]
        if kind == "title":
            story.append(Paragraph(text, styles["Title"]))
        elif kind == "title2":
            story.append(Paragraph(text, styles["Heading2"]))
        elif kind == "h":
            story += [Spacer(1, 6), Paragraph(f"<b>{text}</b>", styles["Heading3"])]
        elif kind == "field":
            story.append(Paragraph(f"<b>{text}</b> {row[2]}", body))
        elif kind == "break":
            story.append(PageBreak())
        else:
            story.append(Paragraph(text, body))
    SimpleDocTemplate(str(path), pagesize=A4, title="Cabinet 11 March 2026 agenda pack").build(
        story, onFirstPage=footer, onLaterPages=footer)
    return path


# ---------------------------------------------------------------- (b) fire authority record of decisions, Word
FIRE_DECISIONS = [
    ["Decision No.", "Item", "Decision", "Reasons"],
    ["FRA/26/07", "Revenue budget, capital programme and precept 2026/27",
     "The Authority approved a net revenue budget of £41.27 million for 2026/27 and set the Band D precept at "
     "£96.84, an increase of £5.00 (5.4 per cent) on 2025/26.",
     "The Authority must set a balanced budget and issue its precept to the billing authorities before 1 March "
     "2026."],
    ["FRA/26/08", "Community Risk Management Plan 2026-2030",
     "The Authority approved the draft Community Risk Management Plan for twelve weeks of public consultation, "
     "including the proposal to change Coldmere fire station from wholetime to on-call crewing from April 2027.",
     "Emergency calls attended by Coldmere fire station have fallen by 31 per cent over five years, and the "
     "change would release £1.1 million a year for prevention and protection work."],
    ["FRA/26/09", "Replacement aerial ladder platforms",
     "The Authority approved the purchase of two 32-metre aerial ladder platforms from Hallam Aerials Ltd at a "
     "total cost of £1.68 million, to be met from the capital programme.",
     "The two current platforms are 17 years old and beyond their planned service life."],
    ["FRA/26/10", "Pay Policy Statement 2026/27",
     "The Authority approved the Pay Policy Statement for 2026/27, which sets the Chief Fire Officer's salary "
     "at £168,450.",
     "The Localism Act 2011 requires the Authority to approve a pay policy statement each year."],
    ["FRA/26/11", "Appointment of Independent Person",
     "The Authority appointed Mr Desmond Achterberg as its Independent Person for a term of four years from "
     "1 April 2026.",
     "The term of the previous Independent Person ends on 31 March 2026."],
]
FIRE_ACTIONS = [
    ["Ref", "Action", "Owner", "Due by"],
    ["A1", "Publish the CRMP consultation documents and online survey", "Head of Corporate Planning",
     "9 March 2026"],
    ["A2", "Arrange staff engagement sessions at Coldmere fire station", "Area Manager, Service Delivery",
     "31 March 2026"],
]


def write_fire(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Ravensmoor Fire and Rescue Authority - OFFICIAL"
    document.add_heading("Ravensmoor Fire and Rescue Authority", level=1)
    document.add_heading("Record of Decisions", level=2)
    document.add_paragraph("Meeting of the Fire and Rescue Authority held on Tuesday 24 February 2026 at 10.30 am "
                           "at Service Headquarters, Coldmere Road, Ravensbridge")
    document.add_paragraph("Members present: Councillors Alan Northcott (Chair), Bernadette Quayle (Vice-Chair), "
                           "Colin Ashdown, Deborah Fry, Kwame Mensah, Lorna Pettigrew, Rajesh Varma and "
                           "Stuart Whiteley")
    document.add_paragraph("This record lists the decisions taken at the meeting. It is published within three "
                           "working days and is not the minutes, which will be presented to the next meeting.")
    for rows in (FIRE_DECISIONS, FIRE_ACTIONS):
        if rows is FIRE_ACTIONS:
            document.add_heading("Actions arising", level=2)
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                table.cell(r, c).text = cell
    document.add_paragraph("Contact: Democratic Services, Ravensmoor Fire and Rescue Service, 01632 960219")
    document.save(str(path))
    return path


# ---------------------------------------------------------------- (c) parish council, HTML
PARISH_HTML = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Minutes May and June 2025 | Little Somerby Parish Council</title></head>
<body class="page-template-default">
<div id="masthead"><p class="site-title"><a href="/">Little Somerby Parish Council</a></p>
<ul class="menu"><li><a href="/">Home</a></li><li><a href="/council/">Your Council</a></li>
<li><a href="/minutes/">Agendas &amp; Minutes</a></li><li><a href="/contact/">Contact the Clerk</a></li></ul></div>
<div id="content"><article class="page type-page"><div class="entry-content">
<h1>Minutes 2025</h1>

<h2>Minutes of the Annual Meeting of Little Somerby Parish Council held on Monday 12 May 2025 at 7.00pm in the Village Hall</h2>
<p><strong>Present:</strong> Cllrs M Thwaite, P Lindqvist, R Dobson, S Kaur, A Brennan, J Oduya, W Marsh and Y Ramsbottom.</p>
<p><strong>In attendance:</strong> Mrs Lorraine Cheetham (Clerk), District Cllr Ian Foulkes and three members of the public.</p>
<p><strong>25/038 Election of Chairman.</strong> Cllr Margaret Thwaite was elected Chairman for 2025/26. Proposed by Cllr Dobson,
seconded by Cllr Kaur, all in favour. Cllr Thwaite signed the Declaration of Acceptance of Office and took the chair.</p>
<p><strong>25/039 Election of Vice-Chairman.</strong> Cllr Peter Lindqvist was elected Vice-Chairman. Proposed by Cllr Brennan,
seconded by Cllr Oduya, all in favour.</p>
<p><strong>25/040 Apologies.</strong> Cllr T Halliwell (on holiday). Apologies accepted.</p>
<p><strong>25/041 Declarations of interest.</strong> None.</p>
<p><strong>25/042 Minutes.</strong> The minutes of the meeting held on 14 April 2025 were approved and signed. Proposed by
Cllr Marsh, seconded by Cllr Ramsbottom, all in favour.</p>
<p><strong>25/043 Annual Governance and Accountability Return 2024/25.</strong> The Clerk presented the return and the internal
auditor's report, which raised no issues. RESOLVED to approve Section 1, the Annual Governance Statement 2024/25 (proposed
Cllr Lindqvist, seconded Cllr Marsh, all in favour), and Section 2, the Accounting Statements 2024/25, showing total receipts
of £61,204, total payments of £58,917 and balances carried forward of £27,380 (proposed Cllr Kaur, seconded Cllr Brennan,
all in favour).</p>
<p><strong>25/044 Grass cutting contract.</strong> Two quotations had been received for cutting the playing field, the closed
churchyard and the village verges: Greenacre Grounds Maintenance at £4,860 a year and Somerby Garden Services at £4,210 a
year. Members discussed the standard of work in previous seasons. It was proposed by Cllr Marsh and seconded by Cllr Dobson
that the contract be awarded to Greenacre Grounds Maintenance. On a show of hands: 5 for, 2 against, 1 abstention.
RESOLVED accordingly.</p>
<p><strong>25/045 Representatives on outside bodies.</strong> Cllr Oduya was appointed to the Village Hall Management
Committee and Cllr Kaur to the Somerby Wind Farm Community Fund panel. All in favour.</p>
<p><strong>25/046 Date of next meeting.</strong> Monday 9 June 2025 at 7.30pm. The Annual Meeting closed at 7.52pm.</p>

<h2>Minutes of the Meeting of Little Somerby Parish Council held on Monday 9 June 2025 at 7.30pm in the Village Hall</h2>
<p><strong>Present:</strong> Cllrs M Thwaite (Chairman), P Lindqvist, R Dobson, S Kaur, A Brennan, J Oduya, T Halliwell and
Y Ramsbottom.</p>
<p><strong>In attendance:</strong> Mrs Lorraine Cheetham (Clerk) and five members of the public.</p>
<p><strong>25/047 Apologies.</strong> Cllr W Marsh (work commitments). Apologies accepted.</p>
<p><strong>25/048 Declarations of interest.</strong> Cllr Oduya declared a non-pecuniary interest in item 25/053 as the
Council's representative on the Village Hall Management Committee.</p>
<p><strong>25/049 Minutes.</strong> The minutes of the Annual Meeting held on 12 May 2025 were approved and signed. Proposed by
Cllr Brennan, seconded by Cllr Lindqvist, all in favour.</p>
<p><strong>25/050 Public participation.</strong> A resident raised the poor condition of the footpath between Back Lane and the
church. The Clerk will report it to the county council's public rights of way team.</p>
<p><strong>25/051 Community Speedwatch.</strong> Cllr Halliwell reported that the Speedwatch team had held six sessions on
Main Street in May and recorded 46 vehicles travelling at more than 35 mph in the 30 mph limit; the fastest was recorded at
52 mph. The details have been passed to the police.</p>
<p><strong>25/052 Planning.</strong></p>
<ul>
<li>S/25/0412 Orchard Cottage, Back Lane - two-storey side extension. No objection.</li>
<li>S/25/0437 Land at Glebe Farm - agricultural storage building. The Council objects because of the size of the building
and the loss of the view of St Oswald's Church from the public footpath.</li>
</ul>
<p><strong>25/053 Defibrillator.</strong> The Clerk reported that the defibrillator in the old telephone box had been used
twice this year. It was proposed by Cllr Kaur and seconded by Cllr Ramsbottom that a second defibrillator be bought for the
outside wall of the Village Hall at a cost of £1,395, towards which the Somerby Wind Farm Community Fund has offered a grant
of £500. On a show of hands: 6 for, 1 against. RESOLVED accordingly.</p>
<p><strong>25/054 Finance.</strong> The payments listed in the schedule, totalling £2,146.18, were approved. The bank balance
at 31 May 2025 was £31,902.44.</p>
<p><strong>25/055 Date of next meeting.</strong> Monday 14 July 2025 at 7.30pm. The meeting closed at 8.41pm.</p>
</div></article></div>
<footer id="colophon"><p>Little Somerby Parish Council, Clerk: Mrs L Cheetham, 01632 960554</p></footer>
</body></html>
"""


def write_parish(path: Path) -> Path:
    path.write_text(PARISH_HTML, encoding="utf-8")
    return path


def build(folder: Path) -> list[Path]:
    """Write the three papers into `folder` (made if missing); returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    return [write_pack(folder / PACK), write_fire(folder / FIRE), write_parish(folder / PARISH)]


if __name__ == "__main__":
    for written in build(Path(sys.argv[1] if len(sys.argv) > 1 else "cwmderwen-papers")):
        print(written)
