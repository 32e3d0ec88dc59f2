"""The recogniser table (ingest/layouts.py) on realistic pages of many house styles: meeting
headings, report cover sheets, item numbers, decisions and votes, previous minutes, the
council's masthead. Each page goes through the real pipeline (real PDFs built with reportlab,
read by pypdf); each recogniser in the table fires on at least one of these pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from core import votes
from ingest import layouts, pipeline
from tests.ingest import (test_house_styles, test_house_styles_eighth, test_house_styles_fifth,
                          test_house_styles_fourth, test_house_styles_seventh, test_house_styles_sixth)
from tests.ingest.pages import build_pdf, items_of, prepare_file, prepare_page
from tests.ingest.test_buried_minutes_headings import MEETING_PAGE, RUN_ON
from tests.ingest.test_issue_pages import ISSUE_MINUTES
from tests.ingest.test_meeting_pages_dated import DECISIONS_LIST


def _grants_page() -> str:
    """The grants-table page of test_table_rows.py (tests are not a package here)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("_table_rows", Path(__file__).with_name("test_table_rows.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.GRANTS_PAGE


GRANTS_PAGE = _grants_page()

# ---------------------------------------------------------------- realistic pages
# name -> (file name, pages); a PDF's pages are lists of lines, a text file's one string

PLAIN_MINUTES = [
    ["Children and Young People Overview and Scrutiny Committee",
     "Minutes of the meeting held on 3 March 2021",
     "1. Bridges",
     "The Committee considered the condition of the footbridges over the river."],
    ["Resolved",
     "That the Zephyr footbridge be repainted before the summer and the cost met from",
     "the highways maintenance budget."],
]

PARISH_MINUTES = [
    ["MINUTES of a meeting of the Ashby Parva Parish Council held on Tuesday 8th January 2019 at 7.30pm",
     "in the Village Hall",
     "Present: Cllrs A Brown (Chair), C Dunn, E Fox",
     "19/01 Apologies",
     "Apologies were received from Cllr G Hill.",
     "19/02 Minutes of the last meeting",
     "The minutes of the meeting held on 6th November 2018 were agreed as a correct record and signed.",
     "19/03 Precept",
     "After discussion it was proposed by Cllr Brown, seconded by Cllr Dunn and unanimously agreed",
     "to set the precept at £5,000 for 2019/20.",
     "19/04 Playing field",
     "The Council discussed the state of the goal posts and it was resolved to buy new nets."],
]

# the opening of a city council policy committee's printed minutes, shared by the pages below
FENWICK_MASTHEAD = ["Fenwick City Council", "Minutes of the Harbour and Transport", "Policy Committee",
                    "12 September 2024 at 5.00 pm", "Members Present:-",
                    "Councillors: A Able (Chair), B Baker, C Cole, D Dane, E Eve, F Fry, G Gale, H Hope, I Ince"]

MODERNGOV_MINUTES = [
    [*FENWICK_MASTHEAD,
     "4 Minutes of the Previous Meeting",
     "The minutes of the previous meeting were agreed as accurate.",
     "7 Residents Parking",
     "Recommendation 2A was moved by Councillor Able and seconded by Councillor Baker. On being put",
     "to the vote the recommendation was CARRIED (6 members voting in favour, none against with 3",
     "abstentions)",
     "It was APPROVED:",
     "2a. Residents Parking - Approve the increase of £56 to £124 for first vehicle permit tariffs."],
    ["Recommendation 4C was moved by Councillor Able and seconded by Councillor Cole.",
     "Councillors asked for further work to close the loophole.",
     "On being put to the vote the recommendation was LOST (4 members voting in favour, 5 against).",
     "8 Bus Services",
     "The report was moved by Councillor Able and seconded by Councillor Eve. On being put to the vote",
     "the recommendation was CARRIED unanimously.",
     "9 Cycle Hub",
     "It was RESOLVED that the Committee noted the report on the cycle hub."],
]

GENERAL_MEETING_MD = """**GENERAL MEETING MONDAY 3 MARCH 2025**

**Present:** R Preston, E Clark, J Smith

1. **MINUTES OF THE FEBRUARY MEETING** – These were moved as correct by R Preston and E Clark.

2. **Community garden** – A grant of £500 towards the garden was proposed by J Smith and
seconded by E Clark. All were in favour.
"""

NUMBERED_MD = """# Minutes of the Amenities Committee held on 12 May 2025

## 1. Apologies

None were received.

### Members present

A Brown, C Dunn

## 2. Play area

It was agreed that the swings be replaced at a cost of £2,400.
"""

# a village website's post of a parish's minutes: the front matter's date is the day the post went up
WEB_POST_MD = """---
title: "Thorne Magna Parish Council"
date: "2018-10-04"
---

DRAFT MINUTES OF THORNE MAGNA PARISH COUNCIL MEETING HELD IN THE READING ROOM AT 7.30pm ON MONDAY 10 SEPTEMBER 2018

Present: Cllr H Gale (Chairman), Cllr I Knott, Cllr J Lister.

1\\. Apologies

Cllr M Noakes.

2\\. Playing Field

It was agreed to replace the goal nets.
"""

# the council's name and the heading on one line
COUNCIL_RUN_ON = """THORNE MAGNA PARISH COUNCIL Minutes of the Ordinary Meeting held on Wednesday 6 March 2019 at 7.00pm in the Reading Room

Present: Cllr H Gale (Chair), Cllr I Knott, Cllr J Lister

12/19 Apologies

None.

13/19 Allotments

It was agreed to hold the rents for 2019/20.
"""


FRONT_MATTER_MD = """---
title: Minutes for meeting held Tuesday 7 October 2025
type: minutes
date: 2025-10-07
---

_Held in Ayton Village Hall at 7:00pm._

## Present

- T Smith
- P Ingram

Minutes of the Meeting 2nd September 2025: AW proposed, and PC seconded, and
minutes were unanimously approved.

## Christmas Lights

It was agreed that the Council would pay for the lights this year.
"""

SUPERSCRIPT_MINUTES = [
    ["Lowther Parish Council - 3  rd   September 2019",
     "Present",
     "Councillors A Brown (Chair), C Dunn",
     "19.09.01 Apologies",
     "None",
     "19.09.02 Payments",
     "The Councillors resolved to pay all of the above."],
]

COVER_REPORT_TO = [
    ["Report to: Cabinet",
     "Date of meeting: 4 March 2025",
     "Report of: Director of Resources",
     "Title: Capital Strategy 2025/26",
     "Key decision: Yes",
     "1. Purpose of report",
     "This report sets out the capital strategy.",
     "2. Recommendations",
     "Cabinet is asked to RESOLVE to approve the Capital Strategy and RECOMMEND to Council",
     "the prudential indicators."],
]

COVER_CAPS = [
    ["Committee Report",
     "PURPOSE: Final Decision Report",
     "KEY OR NON-KEY DECISION: Key decision",
     "COMMITTEE: Harbour and Transport Committee",
     "DATE: 12 September 2024",
     "TITLE:  Workplace Parking Levy",
     "Ward(s): All wards",
     "Purpose of Report: This report sets out how a levy would work."],
]

COVER_RESPONSIBLE_OFFICER = [
    ["REPORT TO: Joint Transport Committee",
     "DATE: 27 MARCH 2026",
     "REPORT TITLE: Regional Bus Strategy",
     "RESPONSIBLE OFFICER: Director of Infrastructure",
     "Purpose of Report",
     "To seek approval of the regional bus strategy."],
]

COVER_LABELS_ALONE = """Meeting
Planning Committee

Date of meeting
14 May 2024

Report title
Land at Mill Lane: outline application

Report of
Head of Planning

1. Summary

The application seeks outline permission for 40 homes.

RECOMMENDED that outline permission be granted subject to conditions.
"""

MEMO_COVER = [
    ["From: Cabinet Member for Finance",
     "To: Cabinet – 4th March 2025",
     "Subject: Late changes to the 2025-26 budget and Medium Term",
     "Financial Plan",
     "Classification: Unrestricted",
     "Summary:",
     "This paper provides details of late changes to the budget."],
]

DECISION_FORM = [
    ["Decision Recording Form",
     "Decision determined at Harbour and Transport Policy Committee",
     "meeting on 12 September 2024",
     "(a) Subject: Review of parking charges (agenda item 7)",
     "(d) Decision taken",
     "The Policy Committee:",
     "1. Initiated a Task and Finish Group on kerbside strategy.",
     "2. Approved a rounded 22% increase to permit charges.",
     "(e) Exempt Information?",
     "Open"],
]

WORDINGS = """Finance Committee
Minutes of the meeting held on 9 April 2024

1. Budget

RESOLVED: (i) That the budget be approved;
(ii) That the reserves policy be noted.

2. Grants

AGREED that a grant of £300 be made to the scouts.

3. Allotments

DECISION: The rents are frozen for a year.

4. Footpaths

DECIDED to write to the highway authority about footpath 12.

5. Constitution

RECOMMENDED to Council that the Constitution be amended as set out.

6. Defibrillator

It was proposed by Cllr Smith, seconded by Cllr Jones and unanimously agreed to buy a defibrillator.

7. Christmas lights

The lights will be switched on on 1 December. All were in favour.

8. Precept

The Clerk presented the accounts and after much deliberation it was resolved to keep the precept at £5,000.

9. Toilets

The motion was put to the vote. CARRIED unanimously.

10. Bins

6 in favour, none against with 3 abstentions.
"""

RUNNING_NUMBERS = """Amenities Committee
Minutes of the meeting held on 13 March 2018

52. Apologies for Absence
Cllrs Ives and Ward.

53. Declarations of Interest
None.

54. Minutes of the Previous Meeting
Resolved that the minutes of the meeting held on Wednesday 17th January 2018 be signed as a true record.

55. Grants
Committee resolved to approve the grants listed.
"""

SLASH_NUMBERS = """Hallam Town Council
Minutes of the Planning Committee held on 4 June 2024

24/123 Planning application 24/0456 Mill Lane
The committee had no objection.

24/124 Tree works
Noted.
"""

ITEM_TAGS = """Cabinet
Minutes of the meeting of the Cabinet held on Thursday, 30 January 2025

84. Apologies
(Item 1)
Apologies were received from Mr Baker.

85. Budget
(Item 5)
RESOLVED that the budget be recommended to County Council.
"""

ANNUAL_AND_ORDINARY = [
    ["Minutes of the Annual Meeting of the Dunmore Parish Council held on 24th April 2018",
     "18.04.1 Election of Chair",
     "It was resolved that Councillor Richardson be elected Chair."],
    ["Minutes of the Meeting of the Dunmore Parish Council held on 8th May 2018",
     "Present: Councillors D Richardson (Chair), R Healey",
     "18.05.1 Apologies",
     "None",
     "18.05.2 Minutes",
     "The minutes of the meeting held on 24th April 2018 were agreed as a true record.",
     "18.05.3 Finance",
     "It was agreed that the following payments be made."],
]

PACK_WITH_PREVIOUS_MINUTES = [
    ["Agenda",
     "Planning Committee",
     "Date: 22 October 2009",
     "Time: 19:15",
     "1. Apologies for absence",
     "2. Declarations of interest",
     "3. Minutes of the previous meeting"],
    ["Planning Committee",
     "Minutes of the meeting held on 24 September 2009",
     "Present: Councillors A, B and C",
     "1. Apologies",
     "None.",
     "2. Housing sites",
     "RESOLVED: That the housing sites be approved."],
]

PARISH_AGENDA = [
    ["Clerk : J Todd                                  Telephone :  01234 567890",
     "ASHBY PARVA PARISH COUNCIL",
     "MEETING TO BE HELD ON TUESDAY,",
     "5th MARCH 2019 @ 7.30pm",
     "VILLAGE HALL",
     "AGENDA",
     "1.       To receive apologies for meeting",
     "2.       To approve the minutes of the last meeting held on 8th January 2019",
     "3.       Finance"],
]

FORWARD_PLAN = [
    ["Forward plan",
     "This update published 20 January 2026",
     "Contact: Policy Committee Officer, email: committees@example.gov.uk",
     "THIS DOCUMENT GIVES NOTICE OF",
     "ANTICIPATED KEY DECISIONS TO BE TAKEN",
     "AT HARBOUR & TRANSPORT POLICY",
     "COMMITTEE"],
    ["Lead Officer | Title and summary of Decision | Meeting date | Decision taker",
     "A Officer | Parking strategy | 5 Feb 2026 | Harbour and Transport Policy Committee"],
]

GRANT_SCHEDULE = [
    ["Community Grant Applications 13th March 2018",
     "Amenities, Leisure & Community Services Committee",
     "Summary Table",
     "Ward 2017-18 Budget Budget remaining",
     "Four Oaks 25,000 £9,506"],
]

NAME_OVER_DATE = [
    ["Amenities, Leisure and Community Services",
     "Tuesday 13th March 2018",
     "Town Hall",
     "Present:",
     "Cllrs Hodivala (Chairman), Hewett, Mosson.",
     "52 Apologies for Absence",
     "Cllrs Ives, Ward and Ellis.",
     "Committee resolved to note the apologies.",
     "53 Declarations of Interest",
     "None."],
]

ITEM_WORDS = """Standards Committee
Minutes of the meeting held on 2 May 2023

Item 1: Apologies
None.

Item 2: Code of Conduct
The committee agreed that the revised code be adopted.
"""

# the council is printed only in the running footer, beside the page label, of a two-page file
FOOTER_ONLY_MINUTES = ([
    ["MINUTES OF THE MEETING HELD ON TUESDAY 5 MARCH 2024 AT 7.30PM IN THE VILLAGE HALL",
     "Present: Cllrs J Marsh (Chair), P Okafor, L Reid, S Tan",
     "In attendance: the Clerk and two members of the public",
     "24/31 Apologies",
     "Apologies were received from Cllr D Hale.",
     "24/32 Minutes of the last meeting",
     "The minutes of the meeting held on 6 February 2024 were approved as a true record and signed."],
    ["24/33 Village hall car park",
     "Quotes for resurfacing were considered. It was proposed by Cllr Reid, seconded by Cllr Tan and",
     "agreed to accept the lower quote of £4,250.",
     "24/34 Date of next meeting",
     "Tuesday 2 April 2024 at 7.30pm."],
], {"footer": "Lowfield Parish Council – Minutes – 5 March 2024 – Page {n} of {total}"})

# a committee report whose council, committee and date are only in its running header
HEADER_ONLY_REPORT = ([
    ["Land at Mill Lane, Ashby: outline application for 40 homes",
     "Report of the Head of Planning",
     "1. Summary",
     "The application seeks outline permission for up to 40 homes with access from Mill Lane."],
    ["2. Site and surroundings",
     "The site is a field of 2.1 hectares on the edge of the village, outside the settlement boundary."],
    ["3. Consultations",
     "The highway authority raises no objection subject to a new footway along the frontage."],
    ["4. Recommendation",
     "That outline permission be granted subject to the conditions set out in Appendix A."],
], {"header": "Northshire District Council  |  Planning Committee  |  14 May 2024", "footer": "Page {n}"})

# a pack's running header prints the pack's meeting; the minutes it carries keep their own date
PACK_WITH_RUNNING_HEADER = ([
    ["Agenda",
     "Date: 22 October 2009",
     "Time: 19:15",
     "1. Apologies for absence",
     "2. Declarations of interest",
     "3. Minutes of the previous meeting"],
    ["Report on the treasury outturn is to follow."],
    ["Minutes of the meeting held on 24 September 2009",
     "Present: Councillors A, B and C",
     "1. Apologies",
     "None.",
     "2. Housing sites",
     "RESOLVED: That the housing sites be approved."],
    ["3. Any other business",
     "There was none."],
], {"header": "Eastmoor Borough Council – Audit Committee – 22 October 2009"})

# item numbers printed alone on their line, the title on the next (a number column)
LONE_NUMBERS = [
    ["Finance and Resources Committee",
     "Minutes of the meeting held on 11 June 2024",
     "Present: Councillors Green (Chair), Patel, Quinn",
     "1.",
     "Apologies for Absence",
     "Apologies were received from Councillor Shaw.",
     "2.",
     "Declarations of Interest",
     "None were declared.",
     "3.",
     "Treasury Management Outturn",
     "The Committee:",
     "1.",
     "Noted the outturn for 2023/24",
     "2.",
     "Agreed the strategy for 2024/25",
     "4.",
     "Fees and Charges",
     "RESOLVED: That the fees and charges be approved."],
]

LONE_MINUTE_WORDS = """Hallam Town Council
Minutes of the Planning Committee held on 4 June 2024

Minute 24/123
Planning application 24/0456 Mill Lane
The committee had no objection.

Minute 24/124

Tree works at the cemetery
RESOLVED that the works be approved.

Item 7

Correspondence
A letter from the allotment society was noted.
"""

# a town council officer's report: its recommendations as "Council is recommended to approve:" over lettered parts
RECOMMENDED_TO_APPROVE = """Eastmoor Town Council Meeting 21 February 2017 – Agenda Item 12

Summer Events in the Park

1. Purpose of Report

To seek approval for a programme of summer events in the park.

2. Recommendations

Council is recommended to approve: -

a) That an open-air concert be commissioned for Saturday 1 July 2017.

b) That the Town Clerk be delegated to apply for permission to use the park.

3. Background

The events would be free but ticketed. Council is recommended to approve the
recommendations set out in section 2 of this report.
"""

# printed minutes whose item titles open with the year or quarter they report on
YEAR_TITLES = """Transport Committee
Minutes of the meeting held on 12 September 2024

10 Workplace Parking Levy
The Committee considered the report.

11 2024/25 P3 Finance Forecast Report - Transport
The Committee noted the report.

12 Q1 2024/25 Corporate Risk Report - Transport
The Committee noted the risk register.
"""

# a vote lost with no decision wording after it: the motion it decided is printed paragraphs above
MOTION_LOST = """Planning and Transport Committee
Minutes of the meeting held on 12 September 2024

7 Parking Charges

Recommendation 4C was moved by Councillor Able and seconded by Councillor Baker.

"Recommendation 4C: approves the removal of the 30-minute free parking tariff in all residents' zones."

Councillors asked officers to look for another way to close the loophole.

On being put to the vote the recommendation was LOST (4 members voting in favour, 5 against).

Recommendation 5 - District Car Park Charging

The Chair noted that the item would return in the new year.
"""

# the opening of a town council committee's minutes, shared by the pages below
LEISURE_MASTHEAD = ["Leisure and Community Services", "Tuesday 13th March 2018", "Town Hall", " ", "Present:",
                    "Cllrs Barker (Chairman), Lowe, Singh and Wood.", " "]

# running minute numbers where one heading lost its leading digit in print ("4" for 24, as a word
# processor's list number cut short), and a numbered list line ("7 Church Street") that is no item
LOST_DIGITS = [
    [*LEISURE_MASTHEAD,
     "22 Apologies for Absence",
     "Committee resolved to note the apologies from Cllr Ives.",
     " ",
     "23 Matters Arising",
     "The Assistant Town Clerk advised that the new benches are now in place.",
     " ",
     "Committee resolved to note the matters arising.",
     " ",
     "4 Community Grant Applications",
     "Committee considered the application from Riverside Bowls Club for £2,400 to resurface the green.",
     " ",
     "Committee resolved to approve the application."],
    ["25 Defibrillators",
     "Committee considered locations for new defibrillators.",
     " ",
     "26 Bloom Update",
     "The Assistant Town Clerk reported that planters would be placed outside",
     " ",
     "7 Church Street",
     " ",
     "27 Performance Updates",
     "Committee resolved to note the report."],
]

# a recommendation moved, an amendment moved, debated and lost, then the recommendation lost: the
# recommendation's outcome decides the recommendation, printed above the amendment
AMENDMENT_THEN_MOTION = [
    [*FENWICK_MASTHEAD,
     "7 Parking Charges",
     "Recommendation 5 - Village Car Park Charging",
     " ",
     "The recommendation was moved by Councillor Able and seconded by Councillor Baker.",
     "\u201cRecommendation 5.",
     "Approves the introduction of charges at the village car parks from April.\u201d",
     " ",
     "Councillor Cole moved an amendment to the report as follows:",
     " ",
     "Approve the introduction of charges at the village car parks from April, subject to free parking",
     "being available at the following sites:",
     " ",
     "Mill Street - 90 minutes free parking",
     "Quay Road - 60 minutes free parking.",
     " ",
     "The amendment was seconded by Councillor Dane",
     " ",
     "Councillor Cole said that shoppers who cannot use the buses would be driven to the out of town stores.",
     " ",
     "On being put to the vote the amendment was LOST (2 members voting in favour and 7 against)",
     " ",
     "On being put to the vote the recommendation was LOST (4 members voting in favour and 5 against)",
     " ",
     "Officers would return to the Committee with other ways to balance the budget."],
    ["Recommendation 6 - Early Bird Charging",
     " ",
     "Councillor Eve moved an amendment to add the harbour car park.",
     "The amendment was seconded by Councillor Fry.",
     "On being put to the vote the amendment was CARRIED unanimously.",
     " ",
     "Councillor Gale moved a further amendment to exclude Sundays.",
     "The amendment was seconded by Councillor Hope.",
     "On being put to the vote the amendment was LOST (3 members voting in favour and 6 against)",
     " ",
     "8 Bus Services",
     "The Committee noted the report."],
]

# short decisions that refer back to the paragraph above them ("resolved to defer the proposal"),
# and a long one that says what it decides in its own words
SHORT_DECISIONS = [
    [*LEISURE_MASTHEAD,
     "31 Memory Cafe Proposal",
     "The Town Clerk presented the proposal from St Anne's Church for a Memory Cafe, with multi-sensory",
     "activities, events and familiarisation trips for people with dementia.",
     " ",
     "Committee resolved to defer the proposal so that it can be considered alongside the strategy on",
     "health and social inclusion.",
     " ",
     "32 Allotments",
     "The Assistant Town Clerk reported that the waiting list for allotments now stands at 48 names.",
     " ",
     "Committee resolved to approve the letting of the six new plots at Brook Lane to the first six",
     "names on the waiting list, at the standard rent of £40 a year, with the first year's rent waived",
     "for each new tenant who agrees to bring the plot back into cultivation within twelve months of",
     "the start of the tenancy.",
     " ",
     "33 Performance Updates",
     "Committee resolved to note the report."],
]

COUNCIL_MASTHEADS = {
    "KENT COUNTY COUNCIL": "Kent County Council",
    "Milburn Parish Council - 8th January 2019": "Milburn Parish Council",
    "Royal Sutton Coldfield Town Council Meeting 21 February 2017": "Royal Sutton Coldfield Town Council",
    "Ayton Community Council                 MINUTES": "Ayton Community Council",
    "London Borough of Merton": "London Borough of Merton",
    "Bristol City Council": "Bristol City Council",
    "West of England Mayoral Combined Authority": "West of England Mayoral Combined Authority",
    "Stockton-on-Tees Borough Council": "Stockton-on-Tees Borough Council",
    "SOUTH KESTEVEN DISTRICT COUNCIL": "South Kesteven District Council",
    "Newcastle upon Tyne City Council": "Newcastle upon Tyne City Council",
}


# a community council's minutes as its website shows them: a sentence, not a heading, names and dates the meeting
WEB_SENTENCE_HTML = """<div class="minutes"><time datetime="2021-03-10">10 March 2021</time>
<p>Nantgwyn Community Council held their meeting at the Reading Room at 7.30pm on the 10th March 2021.</p>
<h4>PRESENT</h4><p>Councillors Ann Jenkins, Rhys Lloyd and County Councillor Tom Price.</p>
<h4>1. APOLOGIES</h4><p>Apologies received from Cllr. M. Rees.</p></div>
"""

# a web page's "<Body> Meeting Minutes" over the meeting's time, weekday and date (wild7)
MEETING_MINUTES_OVER_DATE = """Hartwell Parish Council

Full Council Meeting Minutes

7.00pm Wednesday 8 March 2023

Present: Cllrs Ames (chair), Boyd and Cole.

FC23/012 Apologies

Apologies were received from Cllr Dunn.
"""


# a parish's planning responses worded as motions proposed and seconded, the response the motion's own verb
SUPPORTED_MOTIONS = """Minutes of a Meeting of Lowfield Parish Council held on Tuesday 4 March 2025 at 7.30pm

Present: Cllrs R Tilney (Chair), P Webb, S Osei

25/031 Planning

a) 25/00412/HH – 3 Mill Lane – single storey rear extension. It was proposed by Cllr Tilney and seconded by Cllr Webb
that this planning application be supported.

b) 25/00433/FUL – Land at Church Farm – erection of four dwellings. It was proposed by Cllr Osei, seconded by Cllr
Webb that the Council objects to the application on the grounds of overdevelopment and highway safety.

c) Draft Village Design Statement. It was proposed by Cllr Webb and seconded by Cllr Tilney that the Council endorses
the draft statement for consultation.

25/032 Correspondence

The Clerk reported a letter from the county council about winter gritting.
"""

# a meeting's page titled with the agenda's word first, each item's record under "Minutes:" (starts.minuted_items)
MINUTED_ITEMS = """Wyndmoor Borough Council

Agenda and draft minutes

Venue: via MS Teams

1.

Welcome

Minutes:

The Chair welcomed everyone to the meeting.

2.

Replies from Residents' Associations

Minutes:

Replies to the informal survey had been received.

DECISION

NOTED the replies.
"""

PAGES = {
    "supported_motions": ("lowfield-minutes-2025-03.txt", SUPPORTED_MOTIONS),
    "web_sentence": ("minutes_2021-03.html", WEB_SENTENCE_HTML),
    "plain": ("plain-minutes.pdf", PLAIN_MINUTES),
    "parish": ("parish.pdf", PARISH_MINUTES),
    "moderngov": ("printed-minutes.pdf", MODERNGOV_MINUTES),
    "general": ("general-meeting.md", GENERAL_MEETING_MD),
    "front_matter": ("2025-10-07.md", FRONT_MATTER_MD),
    "web_post": ("thorne-magna-parish-council-9.md", WEB_POST_MD),
    "council_run_on": ("thorne-magna-minutes.txt", COUNCIL_RUN_ON),
    "numbered_md": ("amenities-2025-05-12.md", NUMBERED_MD),
    "superscript": ("lowther.pdf", SUPERSCRIPT_MINUTES),
    "cover_report_to": ("capital-strategy.pdf", COVER_REPORT_TO),
    "cover_caps": ("wpl.pdf", COVER_CAPS),
    "cover_officer": ("bus.pdf", COVER_RESPONSIBLE_OFFICER),
    "cover_alone": ("mill-lane.txt", COVER_LABELS_ALONE),
    "memo": ("late-changes.pdf", MEMO_COVER),
    "decision_form": ("decisions.pdf", DECISION_FORM),
    "grants_table": ("grants.txt", GRANTS_PAGE),
    "wordings": ("finance.txt", WORDINGS),
    "running": ("amenities.txt", RUNNING_NUMBERS),
    "slash": ("planning.txt", SLASH_NUMBERS),
    "tags": ("cabinet.txt", ITEM_TAGS),
    "annual": ("annual-and-ordinary.pdf", ANNUAL_AND_ORDINARY),
    "pack": ("agenda-pack.pdf", PACK_WITH_PREVIOUS_MINUTES),
    "parish_agenda": ("parish-agenda.pdf", PARISH_AGENDA),
    "forward_plan": ("forward-plan.pdf", FORWARD_PLAN),
    "grant_schedule": ("grant-schedule.pdf", GRANT_SCHEDULE),
    "name_over_date": ("amenities.pdf", NAME_OVER_DATE),
    "item_words": ("standards.txt", ITEM_WORDS),
    "footer_only": ("minutes.pdf", FOOTER_ONLY_MINUTES),
    "header_only": ("mill-lane-report.pdf", HEADER_ONLY_REPORT),
    "pack_running": ("pack.pdf", PACK_WITH_RUNNING_HEADER),
    "lone_numbers": ("finance.pdf", LONE_NUMBERS),
    "lone_minute_words": ("planning.txt", LONE_MINUTE_WORDS),
    "recommended_to_approve": ("summer-events.txt", RECOMMENDED_TO_APPROVE),
    "year_titles": ("transport.txt", YEAR_TITLES),
    "motion_lost": ("parking.txt", MOTION_LOST),
    "lost_digits": ("leisure-minutes.pdf", LOST_DIGITS),
    "amendment_then_motion": ("printed-minutes.pdf", AMENDMENT_THEN_MOTION),
    "short_decisions": ("leisure-minutes.pdf", SHORT_DECISIONS),
    "decisions_list": ("cabinet-decisions.txt", DECISIONS_LIST),
    "meeting_minutes": ("full-council.txt", MEETING_MINUTES_OVER_DATE),
    # the rows read on a file's opening as a whole: an issue page's meeting line, a meeting page titled "Agenda and
    # minutes"
    "issue_page": ("issue-details.txt", ISSUE_MINUTES),
    "record_page": ("council-mid-2417.txt", MEETING_PAGE),
    "minuted_items": ("working-group-mid-6101.txt", MINUTED_ITEMS),
}


@pytest.fixture
def parse(tmp_path):
    """parse(key) -> the page PAGES[key] (see tests/ingest/pages.py write_page) prepared by the real pipeline."""
    def run(key: str):
        name, content = PAGES[key]
        return prepare_page(tmp_path, name, content)
    return run


def _decisions(prepared) -> list:
    return [b for d in prepared.documents for b in d.blocks if b.is_resolution and not b.continues]


def _decision_text(prepared, block) -> str:
    """The whole decision a block opens: it and the blocks that continue it."""
    blocks = [b for d in prepared.documents for b in d.blocks]
    i = blocks.index(block)
    parts = [block.text]
    for b in blocks[i + 1:]:
        if not (b.is_resolution and b.continues):
            break
        parts.append(b.text)
    return "\n".join(parts)


# ---------------------------------------------------------------- meeting headings

def test_plain_two_page_minutes_pdf_gets_committee_date_and_item(parse):
    prepared = parse("plain")
    [doc] = prepared.documents
    assert (doc.doc_type, doc.committee, doc.meeting_date) == (
        "minutes", "Children and Young People Overview and Scrutiny Committee", "2021-03-03")
    assert doc.found_by["meeting_date"].recogniser == "minutes_of_meeting_held"
    [decision] = _decisions(prepared)
    assert decision.item == "1. Bridges" and decision.page == 2
    assert "Zephyr footbridge be repainted" in _decision_text(prepared, decision)
    resolution_chunks = [c for c in prepared.chunks if c.is_resolution]
    assert len(resolution_chunks) == 1 and resolution_chunks[0].item == "1. Bridges"
    assert resolution_chunks[0].meeting_date == "2021-03-03"


def test_parish_minutes_heading_gives_council_committee_and_date(parse):
    [doc] = parse("parish").documents
    assert (doc.committee, doc.meeting_date, doc.council) == (
        "Ashby Parva Parish Council", "2019-01-08", "Ashby Parva Parish Council")
    assert doc.found_by["committee"].recogniser == "minutes_of_meeting_of"
    assert doc.found_by["council"].recogniser == "council_masthead"


def test_moderngov_printed_minutes(parse):
    [doc] = parse("moderngov").documents
    assert (doc.doc_type, doc.committee, doc.meeting_date, doc.council) == (
        "minutes", "Harbour and Transport Policy Committee", "2024-09-12", "Fenwick City Council")
    assert doc.found_by["committee"].recogniser == "minutes_of_body"


def test_general_meeting_heading_with_weekday_and_capitals(parse):
    [doc] = parse("general").documents
    assert (doc.meeting_date, doc.committee) == ("2025-03-03", "General Meeting")
    assert doc.found_by["meeting_date"].recogniser == "body_then_date"


def test_markdown_front_matter_gives_date_type_and_title_and_previous_minutes_do_not_redate(parse):
    prepared = parse("front_matter")
    [doc] = prepared.documents
    assert (doc.doc_type, doc.meeting_date, doc.title) == (
        "minutes", "2025-10-07", "Minutes for meeting held Tuesday 7 October 2025")
    assert doc.found_by["meeting_date"].recogniser == "front_matter"
    assert doc.committee is None and doc.council is None     # not in the text: null, never guessed
    names = {b.found_by for b in _decisions(prepared)}
    assert {"previous_minutes_approved", "agreed"} <= names
    # no item is numbered: the "##" headings are the items, the decision under one is that item's
    assert [b.item for b in doc.blocks if b.found_by == "item_marked"] == ["Present", "Christmas Lights"]
    [agreed] = [b for b in _decisions(prepared) if b.found_by == "agreed"]
    assert agreed.item == "Christmas Lights"


def test_numbered_items_decide_over_marked_headings(parse):
    [doc] = parse("numbered_md").documents
    assert not any(b.found_by == "item_marked" for b in doc.blocks)
    assert {b.item for b in doc.blocks if b.kind == "heading"} >= {"1. Apologies", "2. Play area"}


def test_superscript_ordinal_split_by_extraction(parse):
    [doc] = parse("superscript").documents
    assert (doc.meeting_date, doc.committee, doc.council) == (
        "2019-09-03", "Lowther Parish Council", "Lowther Parish Council")
    assert doc.doc_type == "minutes"


def test_parish_agenda_meeting_to_be_held(parse):
    [doc] = parse("parish_agenda").documents
    assert (doc.doc_type, doc.meeting_date, doc.committee, doc.council) == (
        "agenda", "2019-03-05", "Ashby Parva Parish Council", "Ashby Parva Parish Council")
    assert doc.found_by["meeting_date"].recogniser == "meeting_to_be_held"
    assert not any(b.is_resolution for b in doc.blocks)       # "To approve the minutes" is not a decision


def test_forward_plan(parse):
    [doc] = parse("forward_plan").documents
    assert (doc.doc_type, doc.committee, doc.title) == (
        "work_programme", "Harbour and Transport Policy Committee", "Forward plan")
    assert doc.meeting_date is None          # "published 20 January 2026" is no meeting's date


def test_title_and_date_over_the_committee(parse):
    [doc] = parse("grant_schedule").documents
    assert (doc.doc_type, doc.committee, doc.meeting_date, doc.title) == (
        "report", "Amenities, Leisure and Community Services Committee", "2018-03-13", "Community Grant Applications")
    assert doc.found_by["title"].recogniser == "title_date_over_body"


def test_a_meeting_name_over_its_date_with_present_below_is_minutes(parse):
    [doc] = parse("name_over_date").documents
    assert (doc.doc_type, doc.committee, doc.meeting_date) == (
        "minutes", "Amenities, Leisure and Community Services", "2018-03-13")
    assert doc.found_by["committee"].recogniser == "name_over_date"
    assert items_of(doc) == ["52 Apologies for Absence", "53 Declarations of Interest"]


def test_item_word_numbers(parse):
    [doc] = parse("item_words").documents
    assert items_of(doc) == ["Item 1: Apologies", "Item 2: Code of Conduct"]


# ---------------------------------------------------------------- running headers and footers

def test_council_printed_only_in_a_short_files_running_footer(parse):
    prepared = parse("footer_only")
    [doc] = prepared.documents
    assert (doc.doc_type, doc.council, doc.committee, doc.meeting_date) == (
        "minutes", "Lowfield Parish Council", "Lowfield Parish Council", "2024-03-05")
    assert doc.found_by["council"].recogniser == "running_line"
    assert doc.found_by["meeting_date"].recogniser == "minutes_of_meeting_held"      # the text's own date first
    assert all("Page 1 of 2" not in c.text and "Lowfield" not in c.text for c in prepared.chunks)
    assert {c.council for c in prepared.chunks} == {"Lowfield Parish Council"}
    assert [b.found_by for b in _decisions(prepared)] == ["previous_minutes_approved", "proposed_seconded"]


def test_council_committee_and_date_printed_only_in_a_running_header(parse):
    prepared = parse("header_only")
    [doc] = prepared.documents
    assert (doc.council, doc.committee, doc.meeting_date) == (
        "Northshire District Council", "Planning Committee", "2024-05-14")
    assert {doc.found_by[f].recogniser for f in ("council", "committee", "meeting_date")} == {"running_line"}
    assert not any("Northshire" in c.text for c in prepared.chunks)


def test_a_running_header_never_redates_the_minutes_a_pack_carries(parse):
    docs = parse("pack_running").documents
    assert [(d.doc_type, d.meeting_date) for d in docs] == [("agenda", "2009-10-22"), ("minutes", "2009-09-24")]
    assert {d.council for d in docs} == {"Eastmoor Borough Council"}
    assert docs[0].committee == "Audit Committee"


@pytest.mark.parametrize("line, fields", [
    ("Lowfield Parish Council – Minutes – 3 March 2024 – Page 2 of 4",
     {"council": "Lowfield Parish Council", "committee": "Lowfield Parish Council", "doc_type": "minutes",
      "meeting_date": "2024-03-03"}),
    ("Amenities, Leisure and Community Services Minutes  |  Tuesday 13th March 2018",
     {"committee": "Amenities, Leisure and Community Services", "doc_type": "minutes", "meeting_date": "2018-03-13"}),
    ("Page 3 | Cabinet minutes", {"committee": "Cabinet", "doc_type": "minutes"}),
    ("NORTHSHIRE COUNTY COUNCIL", {"council": "Northshire County Council"}),
    ("Community Grant Applications 13th March 2018", {"title": "Community Grant Applications", "meeting_date": "2018-03-13"}),
])
def test_running_line_parts(line, fields):
    assert layouts.RUNNING_LINE(line) == fields


@pytest.mark.parametrize("line", ["Version January 2024", "OFFICIAL", "committees@example.gov.uk",
                                  "All minutes are draft until agreed at the next meeting", "Organisation Project Summary"])
def test_running_lines_that_name_nothing(line):
    assert layouts.RUNNING_LINE(line) is None


# ---------------------------------------------------------------- item numbers alone on their line

def test_item_numbers_printed_alone_on_their_line(parse):
    prepared = parse("lone_numbers")
    [doc] = prepared.documents
    assert items_of(doc) == ["1. Apologies for Absence", "2. Declarations of Interest",
                           "3. Treasury Management Outturn", "4. Fees and Charges"]
    [decision] = _decisions(prepared)
    assert decision.item == "4. Fees and Charges" and decision.found_by == "resolved"
    heading = [b for b in doc.blocks if b.kind == "heading" and b.item == "3. Treasury Management Outturn"][0]
    assert heading.text == "3.\nTreasury Management Outturn" and heading.found_by == "item_alone"


def test_minute_and_item_words_alone_on_their_line(parse):
    prepared = parse("lone_minute_words")
    [doc] = prepared.documents
    assert items_of(doc) == ["Minute 24/123 Planning application 24/0456 Mill Lane",
                           "Minute 24/124 Tree works at the cemetery", "Item 7 Correspondence"]
    [decision] = _decisions(prepared)
    assert decision.item == "Minute 24/124 Tree works at the cemetery"


@pytest.mark.parametrize("number, title, head", [
    ("4.", "Bridges", "4. Bridges"), ("Item 4", "Bridges", "Item 4 Bridges"),
    ("Minute 24/123", "Budget monitoring", "Minute 24/123 Budget monitoring"), ("19.01.3", "Minutes", "19.01.3 Minutes"),
    ("4.", "That the report be noted.", None), ("4", "1,250", None), ("12", "approved", None), ("2024", "Budget", None),
])
def test_lone_item_number_and_the_line_after(number, title, head):
    from ingest.items import _lone_item_head
    assert _lone_item_head(number, title) == head


def test_an_item_number_that_lost_its_leading_digit_is_read_from_the_sequence(parse):
    prepared = parse("lost_digits")
    [doc] = prepared.documents
    assert items_of(doc) == ["22 Apologies for Absence", "23 Matters Arising", "24 Community Grant Applications",
                           "25 Defibrillators", "26 Bloom Update", "27 Performance Updates"]
    heading = [b for b in doc.blocks if b.kind == "heading" and b.item == "24 Community Grant Applications"][0]
    assert heading.text == "4 Community Grant Applications"     # the text stays as printed
    grants = [c for c in prepared.chunks if "Riverside Bowls Club" in c.text]
    assert grants and {c.item for c in grants} == {"24 Community Grant Applications"}
    # a list line whose number the next item also ends with is not that item
    assert not any(b.item.startswith(("7 ", "27 Church")) for b in doc.blocks if b.item)


# ---------------------------------------------------------------- report cover sheets

@pytest.mark.parametrize("key, committee, when, title", [
    ("cover_report_to", "Cabinet", "2025-03-04", "Capital Strategy 2025/26"),
    ("cover_caps", "Harbour and Transport Committee", "2024-09-12", "Workplace Parking Levy"),
    ("cover_officer", "Joint Transport Committee", "2026-03-27", "Regional Bus Strategy"),
    ("cover_alone", "Planning Committee", "2024-05-14", "Land at Mill Lane: outline application"),
    ("memo", "Cabinet", "2025-03-04", "Late changes to the 2025-26 budget and Medium Term Financial Plan"),
])
def test_report_cover_sheets_give_committee_date_and_title(parse, key, committee, when, title):
    docs = parse(key).documents
    doc = docs[0]
    assert (doc.doc_type, doc.committee, doc.meeting_date, doc.title) == ("report", committee, when, title)
    assert doc.found_by["title"].recogniser == "cover_title"
    assert doc.found_by["committee"].recogniser == "cover_report_to"


def test_asked_to_resolve_and_recommended_in_reports_are_decisions(parse):
    names = [b.found_by for b in _decisions(parse("cover_report_to"))]
    assert names == ["asked_to_resolve"]
    assert [b.found_by for b in _decisions(parse("cover_alone"))] == ["recommended"]


def test_a_reports_recommendations_to_approve_are_one_decision_with_their_parts(parse):
    prepared = parse("recommended_to_approve")
    [decision] = _decisions(prepared)
    assert decision.found_by == "recommended_to_approve"
    text = _decision_text(prepared, decision)
    assert "a) That an open-air concert" in text and "b) That the Town Clerk be delegated" in text
    assert "Background" not in text     # a sentence closing a paragraph that points back is not a decision


def test_item_titles_may_open_with_the_year_or_quarter(parse):
    [doc] = parse("year_titles").documents
    assert items_of(doc) == ["10 Workplace Parking Levy", "11 2024/25 P3 Finance Forecast Report - Transport",
                           "12 Q1 2024/25 Corporate Risk Report - Transport"]


# ---------------------------------------------------------------- decisions and votes

@pytest.mark.parametrize("cell", ["Approved.", "Rejected.", "Refused.", "Deferred.", "Not approved.",
                                  "Approved with conditions."])
def test_an_outcome_alone_in_its_cell_is_a_decision(cell):
    assert layouts.first_match(layouts.DECISIONS, cell)[0].name == "decision_cell"


@pytest.mark.parametrize("text", ["Approved", "Approved Budget", "Rejected loads were down 4% on last year.",
                                  "Deferred payment agreements"])
def test_a_column_header_or_a_sentence_is_not_an_outcome_cell(text):
    assert layouts.by_name("decision_cell")(text) is None


def test_every_decision_wording_is_a_resolution_with_its_recogniser(parse):
    prepared = parse("wordings")
    found = {b.item.split(".")[0]: b.found_by for b in _decisions(prepared)}
    assert found == {
        "1": "resolved", "2": "agreed", "3": "decision_label", "4": "decided", "5": "recommended",
        "6": "proposed_seconded", "7": "all_in_favour", "8": "inline_resolved", "9": "vote_outcome",
        "10": "vote_outcome",
    }
    first = _decisions(prepared)[0]
    text = _decision_text(prepared, first)
    assert "(i) That the budget be approved" in text and "(ii) That the reserves policy be noted." in text
    chunk = [c for c in prepared.chunks if c.is_resolution and c.item == "1. Budget"]
    assert len(chunk) == 1 and "(ii) That the reserves policy" in chunk[0].text


def test_decision_recording_form(parse):
    prepared = parse("decision_form")
    [doc] = prepared.documents
    assert (doc.committee, doc.meeting_date) == ("Harbour and Transport Policy Committee", "2024-09-12")
    assert doc.found_by["committee"].recogniser == "decisions_determined_at"
    [decision] = _decisions(prepared)
    assert decision.found_by == "decision_label"
    text = _decision_text(prepared, decision)
    assert "1. Initiated a Task and Finish Group" in text and "2. Approved a rounded 22% increase" in text
    assert "Exempt" not in text


def test_moderngov_votes_are_kept_with_their_decisions(parse):
    prepared = parse("moderngov")
    decisions = [(b.item, b.found_by, _decision_text(prepared, b)) for b in _decisions(prepared)]
    by_item = {item: (name, text) for item, name, text in decisions}
    # the recorded show of hands is pulled into the "It was APPROVED" decision it carried
    [approved] = [t for _, n, t in decisions if n == "it_was_approved"]
    assert "CARRIED (6 members voting in favour" in approved and "2a. Residents Parking" in approved
    assert votes.recorded_vote(approved) == "For (6), Against (0), Abstain (3): carried"
    [lost] = [t for _, n, t in decisions if n == "vote_outcome"]
    assert "LOST" in lost and votes.recorded_vote(lost) == "For (4), Against (5): lost"
    assert by_item["8 Bus Services"][0] == "proposed_seconded"    # moved, seconded, CARRIED: nothing else follows
    assert votes.recorded_vote(by_item["8 Bus Services"][1]) == "carried unanimously"
    assert by_item["9 Cycle Hub"][0] == "resolved"
    assert by_item["4 Minutes of the Previous Meeting"][0] == "previous_minutes_approved"


def test_a_lost_vote_keeps_the_motion_it_decided(parse):
    prepared = parse("motion_lost")
    [lost] = _decisions(prepared)
    assert lost.found_by == "vote_outcome"
    text = _decision_text(prepared, lost)
    assert text.startswith("Recommendation 4C was moved") and "30-minute free parking" in text
    assert "LOST (4 members voting in favour, 5 against)" in text and "District Car Park" not in text
    assert votes.recorded_vote(text) == "For (4), Against (5): lost"
    [chunk] = [c for c in prepared.chunks if c.is_resolution]
    assert "30-minute free parking" in chunk.text and "LOST" in chunk.text


def test_a_motion_lost_after_an_amendment_keeps_its_wording_with_its_outcome(parse):
    prepared = parse("amendment_then_motion")
    decisions = _decisions(prepared)
    [motion] = [b for b in decisions if "recommendation was LOST" in _decision_text(prepared, b)]
    text = _decision_text(prepared, motion)
    assert text.startswith("The recommendation was moved by Councillor Able")
    assert "Approves the introduction of charges at the village car parks" in text
    assert "the amendment was LOST" in text and text.rstrip().endswith("LOST (4 members voting in favour and 5 against)")
    assert "Officers would return" not in text
    assert votes.recorded_vote(text) == "For (4), Against (5): lost"     # the last vote decided it
    # "The amendment was seconded by Councillor Dane", printed without its full stop, is no sub-heading
    assert motion.section == "Recommendation 5 - Village Car Park Charging"
    assert not any((b.section or "").startswith("The amendment") for d in prepared.documents for b in d.blocks)
    [chunk] = [c for c in prepared.chunks if "recommendation was LOST" in c.text]
    assert chunk.is_resolution and "village car parks from April.\u201d" in chunk.text and "amendment was LOST" in chunk.text
    # an amendment's own vote takes no other amendment with it: two amendments, two decisions
    later = [_decision_text(prepared, b) for b in decisions if b.section == "Recommendation 6 - Early Bird Charging"]
    assert len(later) == 2 and later[0].startswith("Councillor Eve moved") and later[1].startswith("Councillor Gale moved")


def test_a_short_decision_stays_in_the_chunk_with_the_paragraph_it_decides(parse):
    prepared = parse("short_decisions")
    [deferred] = [c for c in prepared.chunks if "resolved to defer the proposal" in c.text]
    assert deferred.is_resolution and deferred.item == "31 Memory Cafe Proposal"
    assert deferred.text.startswith("31 Memory Cafe Proposal") and "St Anne's Church" in deferred.text
    # a decision that says in its own words what it decides stays alone
    [lets] = [c for c in prepared.chunks if "letting of the six new plots" in c.text]
    assert "waiting list for allotments now stands" not in lets.text
    # never across an item: the decision under 33 takes nothing of 32
    [noted] = [c for c in prepared.chunks if "resolved to note the report" in c.text]
    assert noted.item == "33 Performance Updates" and "Brook Lane" not in noted.text
    # every block of the file is in exactly one chunk, in order
    [doc] = prepared.documents
    assert "\n\n".join(c.text for c in prepared.chunks).count("St Anne's Church") == 1
    assert sum(len(c.text) for c in prepared.chunks) >= sum(len(b.text) for b in doc.blocks)


def test_proposed_seconded_agreed_council_has_a_full_decisions_register(parse):
    prepared = parse("parish")
    found = {b.item: b.found_by for b in _decisions(prepared)}
    assert found == {
        "19/02 Minutes of the last meeting": "previous_minutes_approved",
        "19/03 Precept": "proposed_seconded",
        "19/04 Playing field": "inline_resolved",
    }
    general = {b.found_by for b in _decisions(parse("general"))}
    assert "all_in_favour" in general or "proposed_seconded" in general


# ---------------------------------------------------------------- previous minutes

def test_approving_previous_minutes_does_not_redate_the_meeting(parse):
    for key, own in (("parish", "2019-01-08"), ("moderngov", "2024-09-12"), ("running", "2018-03-13")):
        docs = parse(key).documents
        assert [d.meeting_date for d in docs] == [own], key


def test_a_pack_carrying_the_last_minutes_dates_them_to_their_own_meeting(parse):
    docs = parse("pack").documents
    assert [(d.doc_type, d.meeting_date, d.pack_date) for d in docs] == [
        ("agenda", "2009-10-22", "2009-10-22"), ("minutes", "2009-09-24", "2009-10-22")]
    assert docs[1].committee == "Planning Committee"
    assert docs[1].found_by["meeting_date"].recogniser == "minutes_of_meeting_held"


# ---------------------------------------------------------------- numbering

def test_running_minute_numbers(parse):
    [doc] = parse("running").documents
    assert items_of(doc) == ["52. Apologies for Absence", "53. Declarations of Interest",
                           "54. Minutes of the Previous Meeting", "55. Grants"]


def test_slash_numbers_and_year_month_numbers(parse):
    [doc] = parse("slash").documents
    assert items_of(doc) == ["24/123 Planning application 24/0456 Mill Lane", "24/124 Tree works"]
    assert (doc.committee, doc.council, doc.meeting_date) == ("Planning Committee", "Hallam Town Council", "2024-06-04")
    [doc] = parse("superscript").documents
    assert items_of(doc) == ["19.09.01 Apologies", "19.09.02 Payments"]


def test_item_tags(parse):
    [doc] = parse("tags").documents
    assert items_of(doc) == ["84. Apologies (Item 1)", "85. Budget (Item 5)"]


def test_an_annual_and_an_ordinary_meeting_in_one_file_are_two_documents(parse):
    docs = parse("annual").documents
    assert [(d.doc_type, d.meeting_date) for d in docs] == [("minutes", "2018-04-24"), ("minutes", "2018-05-08")]
    assert docs[0].title == "Minutes of the annual meeting held on 24 April 2018"
    assert {d.council for d in docs} == {"Dunmore Parish Council"}
    assert items_of(docs[1]) == ["18.05.1 Apologies", "18.05.2 Minutes", "18.05.3 Finance"]


# ---------------------------------------------------------------- the council

@pytest.mark.parametrize("line, council", sorted(COUNCIL_MASTHEADS.items()))
def test_council_mastheads(line, council):
    assert layouts.COUNCIL(line) == {"council": council}


@pytest.mark.parametrize("line", [
    "The footprint is owned by Cumbria County Council", "Full Council", "Councillors present",
    "Deadline for Escalation Panel referral 19 September 2024", "council tax"])
def test_not_a_council_masthead(line):
    assert layouts.COUNCIL(line) is None


def test_a_sidecar_council_wins_over_the_masthead(tmp_path, make_pdf):
    path = make_pdf("parish.pdf", PARISH_MINUTES)
    (tmp_path / "parish.pdf.meta.json").write_text('{"council": "Ashby Parva PC"}', encoding="utf-8")
    [doc] = prepare_file(path).documents
    assert doc.council == "Ashby Parva PC" and doc.found_by["council"].recogniser == "sidecar"


# ---------------------------------------------------------------- the table itself

@pytest.mark.parametrize("rec", layouts.TABLE, ids=lambda r: r.name)
def test_every_recogniser_reads_its_own_example(rec):
    assert rec.name and rec.recognises and 0 < rec.confidence <= 1
    assert rec(rec.example) is not None


def _house_style_pages() -> dict:
    """The pages of test_house_styles.py and its fourth to eighth rounds: styles no sample council prints."""
    pages = {}
    for module in (test_house_styles, test_house_styles_fourth, test_house_styles_fifth,
                   test_house_styles_sixth, test_house_styles_seventh, test_house_styles_eighth):
        for key, page in getattr(module, "PAGES", getattr(module, "PACKS", {})).items():
            if hasattr(module, "DRAWING"):      # the sixth and eighth rounds': drawn with their own options
                name, content, options, _ = page
                content = content if isinstance(content, str) else build_pdf(content, **module.DRAWING, **options)
                pages[f"house_{key}"] = (name, content)
            else:
                pages[f"house_{key}"] = (page[0], page[1])
    return pages


def test_every_recogniser_fires_on_a_realistic_page(tmp_path):
    fired: set[str] = set()
    for key, (name, content) in {**PAGES, **_house_style_pages()}.items():
        prepared = prepare_page(tmp_path, name, content)
        for doc in prepared.documents:
            fired |= {f.recogniser for f in doc.found_by.values()}
            fired |= {b.found_by for b in doc.blocks if b.found_by}
    # cover boilerplate (who wrote it, key decision) only makes a cover sheet, and a masthead's address
    # only lets the heading under it be read: they set no field; a paper promised "to follow" or only referred to
    # ("previously circulated") and an earlier meeting's decision told in a report only keep a document or a
    # decision from being made; a minutes heading buried in a line's text only says where the heading rows read it
    supporting = {"cover_report_of", "cover_key_decision", "masthead_address", "paper_to_follow", "paper_referred",
                  "earlier_decision", "buried_minutes_heading"}
    missing = [r.name for r in layouts.TABLE if r.name not in fired and r.name not in supporting]
    assert missing == [], missing


# ---------------------------------------------------------------- the council of a folder

def test_a_folder_names_its_council_only_when_its_papers_name_one(parse):
    named = [pipeline.council_named(parse(key).documents) for key in ("parish", "footer_only", "plain")]
    assert named == [{"Ashby Parva Parish Council"}, {"Lowfield Parish Council"}, set()]
    assert pipeline.folder_council([named[0], named[2]]) == "Ashby Parva Parish Council"
    assert pipeline.folder_council(named) is None                 # two councils: none is guessed
    assert pipeline.folder_council([named[2]]) is None


def test_a_paper_naming_no_council_takes_the_folders_on_every_chunk(parse):
    prepared = pipeline.give_council(parse("front_matter"), "Ayrburn Community Council")
    assert {c.council for c in prepared.chunks} == {"Ayrburn Community Council"}
    # no committee is known: the header says whose paper it is, as every paper of that council's does
    assert {c.header.split("\n")[0] for c in prepared.chunks} == {"Ayrburn Community Council | Minutes | meeting of 7 October 2025"}
    prepared = pipeline.give_council(parse("plain"), "Ashby Parva Parish Council")
    assert {c.council for c in prepared.chunks} == {"Ashby Parva Parish Council"}
    assert all(c.header.startswith("Children and Young People") for c in prepared.chunks)    # its committee stays
    [doc] = prepared.documents
    assert doc.found_by["council"].recogniser == "folder"
    assert pipeline.council_named(prepared.documents) == set()     # given by the folder, never counted as named


# ---------------------------------------------------------------- a web page's minutes heading

def test_minutes_for_a_meeting_of_the_council_on_a_date(tmp_path):
    # a council's web page of minutes: its post title, then "Minutes for an Extra-ordinary meeting of the
    # Council on <date>" (no "held", "for" where most print "of", the kind hyphenated)
    page = ("Extra-ordinary Full Council meeting, 14/03/2023 – minutes\n\n"
            "Minutes for an Extra-ordinary meeting of the Council on Tuesday 14th March 2023 at 7.30pm at the "
            "Reading Room, Kelbrook\n"
            "Present: Chairman: Cllr Ames Councillors: Bright, Dove Clerk: Mrs Hale\n\n"
            "1. Apologies for Absence – Cllr Fenn\n\n"
            "2. Bus shelter – It was agreed the shelter on Mill Lane be repaired before the summer – Agreed\n")
    [doc] = prepare_page(tmp_path, "extra-ordinary-council-minutes.txt", page).documents
    assert (doc.doc_type, doc.committee, doc.meeting_date) == ("minutes", "Council", "2023-03-14")
    assert doc.found_by["meeting_date"].recogniser == "minutes_of_meeting_of"
    plain = page.replace("an Extra-ordinary meeting", "a meeting").replace("14th March", "11th April")
    [doc] = prepare_page(tmp_path, "council-minutes.txt", plain).documents
    assert doc.meeting_date == "2023-04-11"


def test_a_joint_meetings_name_is_no_council(tmp_path):
    # a committee and the full council meeting together: the heading names the meeting, not a council
    page = ("Minutes of the Joint Planning Committee and Full Parish Council Meeting held\n"
            "on Tuesday 9th May 2023 at 7.00pm in the Reading Room\n"
            "Present: Cllrs Ames, Bright, Dove\n"
            "101 APOLOGIES FOR ABSENCE\nCllr Fenn\n"
            "102 PLANNING\n- 23/00412/FULL 4 Mill Lane: single storey rear extension. AGREED to recommend APPROVAL\n")
    [doc] = prepare_page(tmp_path, "joint-meeting-minutes.txt", page).documents
    assert doc.council is None
    assert layouts._council_masthead("Joint Planning Committee and Full Parish Council Meeting held") is None
    assert layouts._council_masthead("Kelbrook Parish Council") == {"council": "Kelbrook Parish Council"}


# a parish's minute references with a colon after them, each title ending in a colon over the minute's text
# on the next line (no blank line between): the reference is the item's number, the heading its own line
COLON_REFS = """Kelby Parish Council

Minutes of the Annual Meeting of Kelby Parish Council held on Wednesday 15 May 2019 at 7.30pm in the Village Hall

Present: Councillors Ann Amos (Chair), Bob Fry, Cal Ince, Ruth Dale (Clerk: Tom Keen).

03/2019: Election of Chairman:
Councillor Ruth Dale was proposed by Cllr Amos and seconded by Cllr Fry. On a vote, Cllr Dale was elected by 3 votes to 1.

04/2019: Apologies:
Cllr Hope (work commitments).

PC 05/2019: Grass cutting contract
Three quotations were received. The Council agreed to accept the lowest, from Green Acres Ltd, at £1,840 a year.
"""


def test_minute_references_with_a_colon_number_their_items(tmp_path):
    [doc] = prepare_page(tmp_path, "2019-05-15-minutes.txt", COLON_REFS).documents
    assert items_of(doc) == ["03/2019: Election of Chairman:", "04/2019: Apologies:", "PC 05/2019: Grass cutting contract"]
    found = {b.item: b.found_by for b in doc.blocks if b.kind == "heading" and b.item}
    assert found["03/2019: Election of Chairman:"] == "item_ref_slash"
    assert found["PC 05/2019: Grass cutting contract"] == "item_ref_prefixed"
    assert layouts.item_title("03/2019: Election of Chairman:") == "Election of Chairman:"
    assert layouts.item_title("19.01.3: Minutes") == "Minutes"


@pytest.mark.parametrize("line, heading", [
    ("Brackley Heath Parish Council Chairman: Ruth Okafor Minutes of the Parish Council's Monthly Meeting held on 9 June 2022",
     "Minutes of the Parish Council's Monthly Meeting held on 9 June 2022"),
    ("Posted 14 March 2019 by the Clerk. Minutes for the meeting of the Council held on 5 March 2019",
     "Minutes for the meeting of the Council held on 5 March 2019"),
    ("3. To approve the minutes of the meeting held on 12 May 2024", None),      # an agenda's item
    ("4. Minutes of the meeting held on 12 May 2024", None),                     # an item's number before it
    ("The minutes of the previous meeting were agreed.", None),
])
def test_a_minutes_heading_buried_in_a_lines_text(line, heading):
    found = layouts.BURIED_MINUTES(line)
    assert (found and found["heading"]) == heading or found is None and heading is None


def test_a_seconded_motion_to_support_object_to_or_endorse_is_a_decision(parse):
    """A council's response to an application worded as the motion carried: "… seconded by Cllr Webb that this
    planning application be supported", "… that the Council objects to the application …", "… that the Council
    endorses the draft statement" is that meeting's decision, as "… be approved" is."""
    prepared = parse("supported_motions")
    texts = [_decision_text(prepared, b) for b in _decisions(prepared)]
    assert [b.found_by for b in _decisions(prepared)] == ["proposed_seconded"] * 3, texts
    assert "this planning application be supported" in " ".join(texts[0].split())
    assert "objects to the application on the grounds of overdevelopment" in " ".join(texts[1].split())
    assert "endorses the draft statement" in " ".join(texts[2].split())
    assert not any("winter gritting" in t for t in texts)
