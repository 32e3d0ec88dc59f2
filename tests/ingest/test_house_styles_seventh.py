"""The parser on a seventh round of house styles: HTML minutes as committee-management systems other
than ModernGov publish them (a CMIS-style page of nested layout tables, a rival system's decision
details page, a Jadu or Drupal content page, minutes saved from Word as HTML, a WordPress town council
page), each wrapped in the site's navigation, cookie banner, breadcrumb and footer; and three leftovers
of earlier rounds: a line naming only the kind of meeting ("Monthly Meeting"), a symbol-font bullet
before "RESOLVED that", and a word hyphenated across a page break. Each page is invented (councils,
people, places), written as the system writes it and read through the real pipeline; each is checked
as tests/ingest/test_house_styles.py checks its pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.types import Page
from ingest import layouts
from ingest.html import html_to_text
from ingest.hyphens import join_broken_words
from tests.ingest.pages import SOFTWARE, decision_under, prepare_file, prepare_page, problems

# ---------------------------------------------------------------- the site around the minutes
# what a council's CMS prints around every page: none of it is the committee, an item or a decision

_SITE_TOP = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<link rel="stylesheet" href="/css/site.css"><script>window.dataLayer=[];</script></head>
<body>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <p>We use some essential cookies to make this website work. We'd like to set additional cookies to
  understand how you use the site.</p>
  <button>Accept additional cookies</button> <button>Reject additional cookies</button>
  <a href="/cookies">View cookies</a>
</div>
<a class="skip-link" href="#main-content">Skip to main content</a>
<div class="site-header"><a href="/"><img src="/logo.png" alt="{site} logo"></a>
  <form action="/search"><label for="q">Search this site</label><input id="q" name="q"><button>Search</button></form>
</div>
<div class="nav-bar"><ul class="menu"><li><a href="/bins">Bins and recycling</a></li><li><a href="/council-tax">Council tax</a></li>
<li><a href="/planning">Planning</a></li><li><a href="/democracy">Your council</a></li></ul></div>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/democracy">Your council</a></li>
<li><a href="/democracy/meetings">Meetings, agendas and minutes</a></li><li>{title}</li></ol>
"""

_SITE_FOOT = """
<div class="site-footer"><ul><li><a href="/accessibility">Accessibility statement</a></li>
<li><a href="/privacy">Privacy notice</a></li><li><a href="/contact">Contact us</a></li></ul>
<p>&copy; {site} 2025. All rights reserved.</p>
<p>Was this page helpful? <a href="/feedback">Yes</a> <a href="/feedback">No</a></p></div>
</body></html>
"""


def _site(site: str, title: str, body: str) -> str:
    return _SITE_TOP.format(site=site, title=title) + body + _SITE_FOOT.format(site=site)


# ---------------------------------------------------------------- the pages

# CMIS: the whole page laid out in nested tables, the meeting's particulars in a table of labels,
# minute numbers in their own cell, the decision inline after <strong>RESOLVED:</strong>
CMIS_MINUTES = _site("Harrowdene City Council", "Licensing Committee - 4 March 2025", """
<table class="mainlayout" width="100%" cellpadding="0" cellspacing="0"><tr><td class="leftcol">
<table class="sidemenu"><tr><td><a href="/cmis/Calendar.aspx">Calendar</a></td></tr>
<tr><td><a href="/cmis/Committees.aspx">Committees</a></td></tr>
<tr><td><a href="/cmis/Councillors.aspx">Councillors</a></td></tr></table>
</td><td class="maincol">
<h1 class="pageTitle">Harrowdene City Council</h1>
<h2>Minutes</h2>
<table class="meetingDetails">
<tr><td class="label">Meeting:</td><td>Licensing Committee</td></tr>
<tr><td class="label">Date:</td><td>Tuesday,&nbsp;4th March, 2025</td></tr>
<tr><td class="label">Time:</td><td>10.00 am</td></tr>
<tr><td class="label">Venue:</td><td>Committee Room 2, Civic Centre, Harrowdene</td></tr>
</table>
<p><a href="/cmis/Document.ashx?czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo=print">Printable version</a></p>
<p><strong>Present:</strong> Councillor A Whitlow (Chair); Councillors B Dace, C Elmore, F Garside and H Ings</p>
<p><strong>Officers:</strong> Licensing Manager, Solicitor to the Council, Democratic Services Officer</p>
<table class="minutes" border="0">
<tr><td class="MinuteNumber" valign="top"><p class="MinuteNumber">LIC/25/14</p></td>
<td><h3>Apologies for Absence</h3>
<p>Apologies were received from Councillor J Kettle.</p></td></tr>
<tr><td class="MinuteNumber" valign="top"><p class="MinuteNumber">LIC/25/15</p></td>
<td><h3>Minutes</h3>
<p><strong>RESOLVED:</strong> That the minutes of the meeting held on 4th February 2025 be approved as a correct record.</p></td></tr>
<tr><td class="MinuteNumber" valign="top"><p class="MinuteNumber">LIC/25/16</p></td>
<td><h3>Review of the Statement of Gambling Policy</h3>
<p>The Licensing Manager presented the draft statement following public consultation.
Eleven responses had been received, set out at Appendix B.</p>
<p><strong>RESOLVED:</strong> That</p>
<ol><li>the revised Statement of Gambling Policy be recommended to Council for adoption;</li>
<li>the Licensing Manager be authorised to make minor typographical changes before publication.</li></ol></td></tr>
<tr><td class="MinuteNumber" valign="top"><p class="MinuteNumber">LIC/25/17</p></td>
<td><h3>Hackney Carriage Fares</h3>
<p>Members considered a request from the trade to increase the tariff.</p>
<p><strong>RESOLVED:</strong> That the table of fares at Appendix C be advertised for 14 days.</p></td></tr>
</table>
<p>The meeting ended at 11.20 am</p>
</td></tr></table>
""")

# a rival system's decision details page: the decision's particulars as labelled paragraphs
DECISION_DETAILS = _site("Ellerby Borough Council", "Decision - Local Cycling and Walking Infrastructure Plan", """
<div id="content">
<h1>Decision details</h1>
<h2>Local Cycling and Walking Infrastructure Plan</h2>
<p><strong>Decision maker:</strong> Cabinet</p>
<p><strong>Decision status:</strong> Recommendations Approved</p>
<p><strong>Is Key decision?:</strong> Yes</p>
<p><strong>Is subject to call in?:</strong> Yes</p>
<h3>Purpose:</h3>
<p>To adopt the Local Cycling and Walking Infrastructure Plan following consultation.</p>
<h3>Decision:</h3>
<p>Cabinet RESOLVED to:</p>
<ol><li>adopt the Local Cycling and Walking Infrastructure Plan at Appendix 1;</li>
<li>delegate authority to the Director of Place to bid for funding for the schemes in Appendix 2.</li></ol>
<h3>Reasons for the decision:</h3>
<p>The plan is needed to bid for active travel funding.</p>
<h3>Alternative options considered:</h3>
<p>Not adopting a plan was rejected.</p>
<p><strong>Report author:</strong> Maya Fenwick</p>
<p><strong>Publication date:</strong> 14/03/2025</p>
<p><strong>Date of decision:</strong> 12/03/2025</p>
<p><strong>Decided at meeting:</strong> 12/03/2025 - Cabinet</p>
<p><strong>Effective from:</strong> 22/03/2025</p>
<h3>Accompanying Documents:</h3>
<ul><li><a href="/doc1.pdf">LCWIP report PDF 412 KB</a></li><li><a href="/doc2.pdf">Appendix 1 PDF 2 MB</a></li></ul>
</div>
""")

# a Jadu content page: the parish council's minutes typed into the CMS, items as <h3>, breaks as <br>
JADU_PARISH = _site("Thornby Magna Parish Council", "Minutes March 2025", """
<main id="main-content">
<h1>Minutes of the Monthly Meeting - 10 March 2025</h1>
<p>Minutes of the Monthly Meeting of Thornby Magna Parish Council held in the Reading Room,
Church Street, on Monday 10th March 2025 at 7.30pm</p>
<p><strong>Present:</strong> Cllr P Ashdown (Chair), Cllr R Bewley, Cllr T Crisp, Cllr W Dunn<br>
<strong>In attendance:</strong> Mrs L Eccles (Clerk), County Cllr N Fairley and 4 members of the public</p>
<h3>25/031 Apologies for absence</h3>
<p>Apologies were received and accepted from Cllr G Hume.</p>
<h3>25/032 Declarations of interest</h3>
<p>None.</p>
<h3>25/033 Minutes of the meeting held on 10th February 2025</h3>
<p><strong>RESOLVED:</strong> that the minutes be approved and signed by the Chair as a true record.</p>
<h3>25/034 Playing field</h3>
<p>The Clerk reported that the annual play inspection had found the zip wire seat worn.<br>
Two quotations had been obtained for its replacement.<br>
<strong>RESOLVED:</strong> to accept the quotation from Rowan Play Ltd of &pound;640 plus VAT.</p>
<h3>25/035 Finance</h3>
<p>It was proposed by Cllr Crisp, seconded by Cllr Dunn and <strong>RESOLVED</strong> that the
payments listed below be approved:</p>
<ul><li>Clerk's salary, March: &pound;512.40</li><li>Thornby Village Hall, room hire: &pound;36.00</li></ul>
<p>The meeting closed at 8.55pm.</p>
<p><a href="/parish/minutes-march-2025.pdf">Download these minutes (PDF, 120KB)</a></p>
</main>
""")

# minutes saved from Word as HTML: MsoNormal paragraphs, <o:p></o:p>, spans and &nbsp; everywhere
WORD_HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>Minutes</title>
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Arial",sans-serif;} --></style>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Clerk</o:Author></o:DocumentProperties></xml><![endif]-->
</head>
<body lang=EN-GB style='tab-interval:36.0pt'>
<div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt'>WETHERSTONE TOWN COUNCIL<o:p></o:p></span></b></p>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:12.0pt'>MINUTES OF THE MEETING OF THE PLANNING
AND ENVIRONMENT COMMITTEE HELD ON TUESDAY 18<sup>TH</sup> FEBRUARY 2025 AT 7.00PM<o:p></o:p></span></b></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Present:</b>&nbsp;&nbsp; Cllrs S Yardley (Chair), M Oxley, J Pell, D Quarmby<o:p></o:p></p>
<p class=MsoNormal><b>In Attendance:</b>&nbsp;&nbsp; Deputy Town Clerk<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>P/101<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>APOLOGIES<o:p></o:p></b></p>
<p class=MsoNormal style='margin-left:36.0pt'>Cllr K Rigg.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>P/102<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>PLANNING APPLICATIONS<o:p></o:p></b></p>
<p class=MsoNormal style='margin-left:36.0pt'>The Committee considered the applications received since the last meeting.<o:p></o:p></p>
<p class=MsoNormal style='margin-left:36.0pt'><b>RESOLVED</b> that the following comments be submitted to the planning authority:<o:p></o:p></p>
<p class=MsoListParagraph style='margin-left:54.0pt;text-indent:-18.0pt'><span>a)<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>25/00087/HH, 14 Calder Rise &#8211; no objection;<o:p></o:p></p>
<p class=MsoListParagraph style='margin-left:54.0pt;text-indent:-18.0pt'><span>b)<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>25/00102/FUL, Land at Moor Lane &#8211; objection, on the grounds of overdevelopment and highway safety.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>P/103<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>TREE PRESERVATION ORDER, OLD VICARAGE<o:p></o:p></b></p>
<p class=MsoNormal style='margin-left:36.0pt'>Members discussed the amenity value of the two copper beeches.<o:p></o:p></p>
<p class=MsoNormal style='margin-left:36.0pt'><b>RESOLVED</b> (For 5, Against 1, Abstentions 1) that the Council support the making of the Tree Preservation Order.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Signed &#8230;&#8230;&#8230;&#8230;&#8230;&#8230;&#8230; Chair&nbsp;&nbsp;&nbsp;&nbsp; Date &#8230;&#8230;&#8230;&#8230;&#8230;<o:p></o:p></p>
</div></body></html>
"""

# a Drupal page: the committee and date in the page's title, items as <h2>, numbered sub-decisions
# in an <ol>, an attendance table, a recorded vote
DRUPAL_SCRUTINY = _site("Norhaven District Council", "Overview and Scrutiny Committee minutes", """
<main class="main-content" id="main-content">
<article class="node node--type-minutes">
<header><h1 class="page-title">Overview and Scrutiny Committee - 20 January 2025</h1>
<div class="field--name-field-meeting-date">Meeting date: Monday, 20 January 2025 - 6:30pm</div></header>
<div class="field--name-body">
<h2>Attendance</h2>
<table class="table"><thead><tr><th>Councillor</th><th>Role</th><th>Attendance</th></tr></thead>
<tbody><tr><td>Councillor V Ormsby</td><td>Chair</td><td>Present</td></tr>
<tr><td>Councillor K Pilling</td><td>Vice-Chair</td><td>Present</td></tr>
<tr><td>Councillor E Raine</td><td>Member</td><td>Apologies</td></tr>
<tr><td>Councillor S Tidd</td><td>Member</td><td>Present</td></tr></tbody></table>
<h2>1. Declarations of Interest</h2>
<p>There were no declarations of interest.</p>
<h2>2. Call-in: Closure of Marsh Road Depot</h2>
<p>The Committee considered the call-in of the Cabinet's decision of 8 January 2025 to close the
Marsh Road depot.</p>
<p>Councillor Pilling moved that the decision be referred back to Cabinet. On being put to the vote
there voted For: 3, Against: 5, Abstentions: 0 and the motion was lost.</p>
<p><strong>RESOLVED:</strong> That the decision of Cabinet be noted and take effect.</p>
<h2>3. Work Programme 2025/26</h2>
<p><strong>RESOLVED:</strong></p>
<ol><li>That the work programme be approved.</li>
<li>That a task and finish group on flood resilience be set up.</li>
<li>That the Chair and Vice-Chair agree its terms of reference.</li></ol>
</div>
<footer><p>Last updated: 24 January 2025</p></footer>
</article>
</main>
""")

# a WordPress town council page: the heading as <h4>s and bold lines broken with <br>
WORDPRESS_TOWN = _site("Brackley Heath Town Council", "Full Council Minutes 27 January 2025", """
<div class="entry-content">
<p style="text-align: center;"><strong>BRACKLEY HEATH TOWN COUNCIL</strong><br>
<strong>Minutes of the Ordinary Meeting of the Town Council</strong><br>
held at the Town Hall on Monday 27<sup>th</sup> January 2025 at 7pm</p>
<p><strong>Present:</strong> Cllrs A Lomas (Mayor), B Marr, C Nuttall, D Orrell, E Platt</p>
<h4>FC/25/01&nbsp; Apologies</h4>
<p>Cllr F Quill (work).</p>
<h4>FC/25/02&nbsp; Budget and Precept 2025/26</h4>
<p>The Finance Officer presented the draft budget.<br>It was proposed by Cllr Marr and seconded by Cllr Nuttall that:</p>
<p>(i) the budget for 2025/26 be approved;<br>(ii) the precept be set at &pound;412,600.</p>
<p>A recorded vote was requested.<br>For: Cllrs Lomas, Marr, Nuttall, Platt (4)<br>Against: Cllr Orrell (1)</p>
<p><strong>RESOLVED:</strong> That the budget for 2025/26 be approved and the precept be set at &pound;412,600.</p>
<h4>FC/25/03&nbsp; Neighbourhood Plan</h4>
<p><strong>RESOLVED:</strong> To ask the steering group to report in April.</p>
</div>
""")

# CMIS's issue-details view of one meeting: the committee and date in a heading over the minute
CMIS_JOINT = _site("Kelsworth County Council", "Joint Waste Committee", """
<table width="100%"><tr><td>
<table class="MeetingHeader"><tr><td><h2>Joint Waste Committee</h2></td></tr>
<tr><td><span class="MeetingDate">Thursday 6 February 2025, 2.00 pm</span></td></tr>
<tr><td>Kelsworth County Hall, Council Chamber</td></tr></table>
<h3>Minutes:</h3>
<table class="ItemsTable">
<tr><td width="10%"><strong>5.</strong></td><td><strong>Minutes of the previous meeting</strong></td></tr>
<tr><td></td><td><p>RESOLVED that the minutes of the meeting held on 7 November 2024 be confirmed.</p></td></tr>
<tr><td><strong>6.</strong></td><td><strong>Household Waste Recycling Centre Booking System</strong></td></tr>
<tr><td></td><td><p>The Head of Waste reported on the first year of the booking system.</p>
<p>RESOLVED that:<br>(a) the booking system be retained at all five centres;<br>(b) walk-in slots be offered on Sundays.</p></td></tr>
<tr><td><strong>7.</strong></td><td><strong>Food Waste Collections</strong></td></tr>
<tr><td></td><td><p>RESOLVED that the report be noted.</p></td></tr>
</table></td></tr></table>
""")

# a community council's page: items in a definition list, decisions worded "Agreed:"
DL_COMMUNITY = _site("Glenbervie Community Council", "Minutes of meeting 11 March 2025", """
<main>
<h1>Glenbervie Community Council</h1>
<h2>Minutes of the meeting held on Tuesday 11 March 2025, Glenbervie Hall, 7pm</h2>
<p>Present: J Lennox (Chair), M Baird, H Coull, R Dunbar. Also present: Cllr S Ewan (Aberlaw Council), PC A Forbes.</p>
<dl>
<dt>1. Police report</dt><dd>PC Forbes reported two thefts from sheds in the village.</dd>
<dt>2. Minutes of the last meeting</dt><dd>Agreed: the minutes of 11 February were approved.</dd>
<dt>3. Windfarm community benefit fund</dt><dd>Three applications had been received.<br>
Agreed: to award &pound;1,500 to the Hall Committee and &pound;800 to the Glenbervie Gala.</dd>
<dt>4. Date of next meeting</dt><dd>Tuesday 8 April 2025.</dd>
</dl>
</main>
""")

PAGES = {
    "cmis_minutes": ("licensing-minutes.html", CMIS_MINUTES, dict(
        doc_type="minutes", committee="Licensing Committee", meeting_date="2025-03-04", council="Harrowdene City Council",
        items=["LIC/25/14", "LIC/25/15", "LIC/25/16", "LIC/25/17"],
        decisions=[("LIC/25/15", "correct record"), ("LIC/25/16", "minor typographical changes"),
                   ("LIC/25/17", "advertised for 14 days")])),
    "decision_details": ("decision.html", DECISION_DETAILS, dict(
        doc_type="minutes", committee="Cabinet", meeting_date="2025-03-12", council=None,
        decisions=[(None, "bid for funding for the schemes")])),
    "jadu_parish": ("minutes-march-2025.html", JADU_PARISH, dict(
        doc_type="minutes", committee="Thornby Magna Parish Council", meeting_date="2025-03-10",
        council="Thornby Magna Parish Council", items=["25/031", "25/032", "25/033", "25/034", "25/035"],
        decisions=[("25/033", "true record"), ("25/034", "Rowan Play Ltd"), ("25/035", "room hire")])),
    "word_html": ("planning-minutes.htm", WORD_HTML, dict(
        doc_type="minutes", committee="Planning and Environment Committee", meeting_date="2025-02-18",
        council="Wetherstone Town Council", items=["P/101", "P/102", "P/103"],
        decisions=[("P/102", "overdevelopment and highway safety"), ("P/103", "Tree Preservation Order")],
        votes=["For (5), Against (1), Abstain (1)"])),
    "drupal_scrutiny": ("scrutiny-minutes.html", DRUPAL_SCRUTINY, dict(
        doc_type="minutes", committee="Overview and Scrutiny Committee", meeting_date="2025-01-20",
        council=None, items=["1.", "2.", "3."],
        decisions=[("2.", "noted and take effect"), ("3.", "agree its terms of reference")])),
    "wordpress_town": ("full-council-minutes.html", WORDPRESS_TOWN, dict(
        doc_type="minutes", committee="Brackley Heath Town Council", meeting_date="2025-01-27",
        council="Brackley Heath Town Council", items=["FC/25/01", "FC/25/02", "FC/25/03"],
        decisions=[("FC/25/02", "precept be set at £412,600"), ("FC/25/03", "report in April")],
        votes=["For (4), Against (1)"])),
    "cmis_joint": ("joint-waste.html", CMIS_JOINT, dict(
        doc_type="minutes", committee="Joint Waste Committee", meeting_date="2025-02-06", council=None,
        items=["5.", "6.", "7."],
        decisions=[("5.", "be confirmed"), ("6.", "walk-in slots be offered on Sundays"), ("7.", "report be noted")])),
    "dl_community": ("minutes.html", DL_COMMUNITY, dict(
        doc_type="minutes", committee="Glenbervie Community Council", meeting_date="2025-03-11",
        council="Glenbervie Community Council", items=["1.", "2.", "3.", "4."],
        decisions=[("2.", "were approved"), ("3.", "Glenbervie Gala")])),
}


def prepare(tmp_path: Path, key: str):
    name, content, _ = PAGES[key]
    return prepare_page(tmp_path, name, content)


@pytest.mark.parametrize("key", list(PAGES))
def test_seventh_round_html_page(tmp_path, key):
    assert problems(prepare(tmp_path, key), PAGES[key][2]) == []


# ---------------------------------------------------------------- leftovers of earlier rounds

# the kind of meeting alone under the council's name: the council's own meeting
MONTHLY_MEETING = [
    ["ASHWORTH BRIDGE PARISH COUNCIL",
     "Monthly Meeting",
     "Monday 3rd March 2025 at 7.30pm, Ashworth Bridge Institute",
     "Present: Cllr H Royle (Chair), Cllr D Slater, Cllr M Tonge, Cllr P Unsworth",
     "In attendance: Mr J Varley (Clerk)",
     "1. Apologies for absence",
     "Cllr R Walsh.",
     "2. Minutes of the last meeting",
     "RESOLVED that the minutes of the meeting held on 3rd February 2025 be signed as a correct record.",
     "3. Bus shelter, Mill Brow",
     "RESOLVED that the Clerk order a replacement roof panel at a cost of £285."],
]

ORDINARY_MEETING = [
    ["Hexley Town Council",
     "Minutes of the Ordinary Meeting held on Tuesday 11 February 2025 at 7pm in the Guildhall",
     "Present: Councillors S Abbot (Mayor), T Barnes, U Cole, V Dale, W Eyre",
     "TC/101 Apologies",
     "Councillor X Fry.",
     "TC/102 Allotments",
     "RESOLVED that allotment rents be increased to £48 a plot from 1 October 2025."],
]

# a symbol-font bullet before "RESOLVED that": the glyph does not stop the decision
BULLET_RESOLVED = """Carnforth Vale District Council
Licensing Sub-Committee
Minutes of the meeting held on Friday 7 March 2025 at 10.00 am
Present: Councillors E Gill (Chair), F Hesketh and G Irwin

8. Application for a Premises Licence: The Old Forge, 12 High Street, Carnforth Vale
The Sub-Committee heard from the applicant and from two residents.
\uf0b7 RESOLVED that the premises licence be granted subject to the conditions agreed at the hearing
and the hours for the sale of alcohol ending at 23:00.

9. Review of a Personal Licence
\uf0b7 RESOLVED that no action be taken.
"""

# the same drawn as a PDF, the bullet in the Symbol font (pypdf reads it as a glyph of its own)
BULLET_RESOLVED_PDF = [[
    "Carnforth Vale District Council",
    "Licensing Sub-Committee",
    "Minutes of the meeting held on Friday 7 March 2025 at 10.00 am",
    "Present: Councillors E Gill (Chair), F Hesketh and G Irwin",
    "8. Application for a Premises Licence: The Old Forge, 12 High Street, Carnforth Vale",
    "The Sub-Committee heard from the applicant and from two residents.",
    ("bullet", "Symbol", "\u2022", "RESOLVED that the premises licence be granted subject to the conditions agreed", 0),
    "at the hearing and the hours for the sale of alcohol ending at 23:00.",
    "9. Review of a Personal Licence",
    ("bullet", "Symbol", "\u2022", "RESOLVED that no action be taken.", 0),
]]

# a word hyphenated across a page break, the running header and footer between its two parts
PAGE_BREAK_HYPHEN = [
    ["LOWMERE BOROUGH COUNCIL",
     "Minutes of the meeting of the Environment Committee held on Wednesday 12 February 2025",
     "Present: Councillors J Kemp (Chair), L Moss, N Pike and R Shaw",
     "21. Minutes",
     "RESOLVED that the minutes of the meeting held on 15 January 2025 be approved.",
     "22. Tree Strategy",
     "The Head of Parks introduced the draft Tree Strategy and the results of the",
     "consultation, which had drawn 412 responses.",
     "RESOLVED that the draft Tree Strategy be recom-"],
    ["mended to Council for adoption, with the planting target raised to 2,000 trees a year.",
     "23. Flood Risk Management",
     "The Flood Risk Manager reported on the winter's flooding at Lowmere Green and the",
     "works planned with the Environment Agency for the summer."],
    ["24. Any Other Business",
     "There was none.",
     "The meeting closed at 8.40 pm."],
]

PDF_PAGES = {
    "monthly_meeting": ("parish-minutes.pdf", MONTHLY_MEETING, {}, dict(
        doc_type="minutes", committee="Ashworth Bridge Parish Council", meeting_date="2025-03-03",
        council="Ashworth Bridge Parish Council", items=["1.", "2.", "3."],
        decisions=[("2.", "correct record"), ("3.", "replacement roof panel")])),
    "ordinary_meeting": ("town-minutes.pdf", ORDINARY_MEETING, {}, dict(
        doc_type="minutes", committee="Hexley Town Council", meeting_date="2025-02-11", council="Hexley Town Council",
        items=["TC/101", "TC/102"], decisions=[("TC/102", "£48 a plot")])),
    "bullet_resolved": ("licensing.txt", BULLET_RESOLVED, {}, dict(
        doc_type="minutes", committee="Licensing Sub-Committee", meeting_date="2025-03-07",
        council="Carnforth Vale District Council", items=["8.", "9."],
        decisions=[("8.", "ending at 23:00"), ("9.", "no action be taken")])),
    "bullet_resolved_pdf": ("licensing.pdf", BULLET_RESOLVED_PDF, SOFTWARE, dict(
        doc_type="minutes", committee="Licensing Sub-Committee", meeting_date="2025-03-07",
        council="Carnforth Vale District Council", items=["8.", "9."],
        decisions=[("8.", "ending at 23:00"), ("9.", "no action be taken")])),
    "page_break_hyphen": ("environment-minutes.pdf", PAGE_BREAK_HYPHEN,
                          {"header": "Environment Committee – 12 February 2025", "footer": "Page {n} of {total}"}, dict(
        doc_type="minutes", committee="Environment Committee", meeting_date="2025-02-12", council="Lowmere Borough Council",
        items=["21.", "22.", "23.", "24."],
        decisions=[("21.", "be approved"), ("22.", "Tree Strategy be recommended\nto Council for adoption")])),
}


def prepare_leftover(tmp_path: Path, key: str):
    name, content, options, _ = PDF_PAGES[key]
    return prepare_page(tmp_path, name, content, **options)


@pytest.mark.parametrize("key", list(PDF_PAGES))
def test_seventh_round_leftover_page(tmp_path, key):
    assert problems(prepare_leftover(tmp_path, key), PDF_PAGES[key][3]) == []


# ---------------------------------------------------------------- what these pages needed

def test_a_sites_chrome_is_dropped_by_its_class_id_or_role():
    text = html_to_text(CMIS_MINUTES)
    for chrome in ("cookies", "Skip to main content", "Bins and recycling", "Search this site", "Home",
                   "Accessibility statement", "All rights reserved", "Calendar"):
        assert chrome not in text
    assert "Printable version" in text and "Harrowdene City Council" in text
    # a content page's own header (in <article>) stays: it names the meeting
    assert html_to_text(DRUPAL_SCRUTINY).startswith("Overview and Scrutiny Committee - 20 January 2025")


@pytest.mark.parametrize("markup, kept", [
    ('<div class="meetingHeader"><h2>Joint Waste Committee</h2></div>', "Joint Waste Committee"),
    ('<div class="searchable-content"><p>RESOLVED that the report be noted.</p></div>', "RESOLVED that the report"),
    ('<td class="navigationHint-free">Minutes</td>', "Minutes"),
    ('<article><div class="footer-note">Approved at the next meeting</div></article>', "Approved at the next meeting"),
])
def test_content_whose_class_only_looks_like_chrome_is_kept(markup, kept):
    assert kept in html_to_text(markup)


@pytest.mark.parametrize("row, line", [
    ("<tr><td>5.</td><td>Minutes of the previous meeting</td></tr>", "5. Minutes of the previous meeting"),
    ("<tr><td>LIC/25/14</td><td>Apologies</td></tr>", "LIC/25/14 Apologies"),
    ("<tr><td>5</td><td>Chairs hired</td></tr>", "5\tChairs hired"),                 # a count, not a minute
    ("<tr><td>1.</td><td>Clerk</td><td>£512.40</td></tr>", "1.\tClerk\t£512.40"),   # a table of three columns
])
def test_a_minute_numbers_cell_makes_one_heading_with_its_title(row, line):
    assert html_to_text(f"<table>{row}</table>").strip() == line


@pytest.mark.parametrize("name, only", [
    ("Monthly Meeting", True), ("Ordinary Meeting", True), ("the Annual Meeting", True), ("General Meeting", True),
    ("Extraordinary Meeting of the Council", True), ("Full Council Meeting", True),
    ("Annual Parish Meeting", False), ("Annual Town Meeting", False), ("Planning Committee", False),
    ("Thornby Magna Parish Council", False), (None, False),
])
def test_a_name_that_is_only_a_kind_of_meeting(name, only):
    assert layouts.meeting_kind_only(name) is only


def test_a_general_meeting_with_no_council_named_keeps_its_name_but_with_one_is_the_councils(tmp_path):
    path = tmp_path / "general.txt"
    path.write_text("GENERAL MEETING MONDAY 3 MARCH 2025\nPresent: R Preston, E Clark\n\n1. Community garden\n"
                    "A grant of £500 was agreed.\n", encoding="utf-8")
    [doc] = prepare_file(path).documents
    assert (doc.committee, doc.council) == ("General Meeting", None)
    path.write_text("Ayrburn Community Council\nGENERAL MEETING MONDAY 3 MARCH 2025\nPresent: R Preston, E Clark\n\n"
                    "1. Community garden\nA grant of £500 was agreed.\n", encoding="utf-8")
    [doc] = prepare_file(path).documents
    assert (doc.committee, doc.council) == ("Ayrburn Community Council", "Ayrburn Community Council")


@pytest.mark.parametrize("line", ["Minutes", "MINUTES:", "Draft minutes", "Minutes of the meeting"])
def test_minutes_alone(line):
    assert layouts.MINUTES_ALONE(line) is not None


@pytest.mark.parametrize("line", ["Minutes of the previous meeting", "Minutes of the Licensing Committee", "Minute 5"])
def test_not_minutes_alone(line):
    assert layouts.MINUTES_ALONE(line) is None


@pytest.mark.parametrize("line, number, title", [
    ("P/101 APOLOGIES", "P/101", "APOLOGIES"),
    ("LIC/25/16 Review of the Statement of Gambling Policy", "LIC/25/16", "Review of the Statement of Gambling Policy"),
])
def test_a_committees_letters_before_a_minute_number_without_the_year(line, number, title):
    found = layouts.first_match(layouts.ITEMS, line)
    assert found and (found[1]["number"], found[1]["title"]) == (number, title)


@pytest.mark.parametrize("line", ["A/B testing was discussed", "PO/Box 12 Ashby", "S/he would report back"])
def test_not_prefixed_minute_numbers(line):
    found = layouts.first_match(layouts.ITEMS, line)
    assert not found or found[0].name != "item_ref_prefixed"


def test_a_decision_pages_labels_are_its_own_not_new_papers(tmp_path):
    [doc] = prepare(tmp_path, "decision_details").documents
    assert doc.found_by["doc_type"].recogniser == "decision_record_title"
    assert [b.found_by for b in doc.blocks if b.is_resolution and not b.continues] == ["decision_label"]
    assert layouts.first_match(layouts.DECISIONS, "Decided at meeting: 12/03/2025 - Cabinet") is None
    assert layouts.first_match(layouts.DECISIONS, "It was decided to defer the item.") is not None


def test_a_symbol_font_bullet_before_resolved_opens_the_decision(tmp_path):
    for key in ("bullet_resolved", "bullet_resolved_pdf"):
        [doc] = prepare_leftover(tmp_path, key).documents
        decision = decision_under(doc, "8.")
        assert "RESOLVED that the premises licence be granted" in decision and "heard from the applicant" not in decision


def test_a_word_hyphenated_over_a_page_break_is_joined_on_the_first_page(tmp_path):
    prepared = prepare_leftover(tmp_path, "page_break_hyphen")
    [doc] = prepared.documents
    decision = decision_under(doc, "22.")
    assert "be recommended\nto Council" in decision and "recom-" not in decision
    assert [b.page for b in doc.blocks if "be recommended" in b.text] == [1]
    assert any("recommended" in c.text for c in prepared.chunks if c.is_resolution)


@pytest.mark.parametrize("first, second, joined", [
    ("RESOLVED that the report be recom-\n", "mended to Council.\n23. Next\n", "recommended"),
    ("to agree a twelve-\n", "week consultation.\n", "twelve-week"),       # never printed whole: as printed
])
def test_words_broken_over_a_page_break(first, second, joined):
    pages = join_broken_words([Page(number=1, text="Minutes\n" + first), Page(number=2, text=second)])
    assert joined in pages[0].text and not pages[1].text.startswith(second.split()[0])


def test_a_page_ending_in_a_dash_before_a_capitalised_line_is_left_alone():
    pages = [Page(number=1, text="Costs 2024-\n"), Page(number=2, text="Totals for the year\n")]
    assert join_broken_words(pages) == pages
