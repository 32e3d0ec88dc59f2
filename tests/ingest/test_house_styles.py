"""The parser on house styles none of the sample or development councils print: realistic pages
(invented councils, people and places) of English county, district, unitary, metropolitan and
London borough councils, a Welsh bilingual council, a Scottish and a Northern Irish council, parish
and town councils, a fire authority, a police and crime panel and a combined authority. Each page
goes through the real pipeline (PDFs built with reportlab and read by pypdf) and is checked for its
committee, meeting date, council, kind of paper, items in order, decisions and votes."""
from __future__ import annotations

from pathlib import Path

import pytest

from core import dates, votes
from ingest import layouts, pipeline
from ingest.items import agenda_item_titles
from ingest.paras import paragraphs
from tests.ingest.pages import decisions_of, items_of, prepare_file, prepare_page, problems

KENT = Path(__file__).resolve().parents[2] / "corpus" / "kent-county-council"

# ---------------------------------------------------------------- the pages
# name -> (file name, pages: a PDF's pages as lists of lines, or a text file's content, expected)

DISTRICT_PLANNING = [
    ["KESTRELFORD DISTRICT COUNCIL",
     "Minutes of the meeting of the Planning Committee held at the Council Chamber,",
     "Civic Offices, Kestrelford on Thursday, 14 March 2024 at 7.00 pm",
     "Present: Councillor J Marlow (Chair), Councillors P Aske, R Bellamy, T Crane and S Dunmore",
     "In attendance: Head of Planning, Senior Planning Officer, Democratic Services Officer",
     "Apologies: Councillors L Fenn and W Gatley",
     "Minute 123/24 Declarations of Interest",
     "Councillor Crane declared a non-registrable interest in application 24/0031/FUL as a",
     "neighbour of the site and left the room for that item.",
     "Minute 124/24 Minutes",
     "The minutes of the meeting held on 15 February 2024 were confirmed as a correct record",
     "and signed by the Chair.",
     "Minute 125/24 Application 24/0031/FUL – Land off Mill Road, Ashcote",
     "The Senior Planning Officer presented the report. Members discussed highway safety and",
     "the loss of the hedgerow along Mill Road.",
     "It was RESOLVED that:",
     "(a) planning permission be granted subject to the conditions set out in the report;",
     "(b) the Head of Planning be authorised to finalise the wording of the conditions.",
     "Minute 126/24 Planning Appeals",
     "The Committee NOTED the report."],
]

CABINET_PREFIXED = [
    ["BRACKENMERE METROPOLITAN BOROUGH COUNCIL",
     "CABINET",
     "Minutes of the meeting held on Wednesday 6th March, 2024 at 10.00 am",
     "Present: Councillor H Okafor (Leader, in the Chair)",
     "Councillors D Byrne, K Lister, M Patel and A Quinn",
     "CAB 44/24 Declarations of Interest",
     "There were no declarations of interest.",
     "CAB 45/24 Revenue Budget Monitoring 2023/24 – Quarter 3",
     "The Director of Finance presented the report on the forecast outturn for the year.",
     "RESOLVED – That:",
     "(a) the forecast overspend of £2.1m be noted;",
     "(b) the virements set out in Appendix B be approved; and",
     "(c) the Director of Finance report further to Cabinet in June.",
     "CAB 46/24 Housing Revenue Account Rent Setting 2024/25",
     "The Cabinet Member for Housing introduced the report.",
     "RECOMMENDED TO COUNCIL that rents for council dwellings be increased by 7.7% from",
     "1 April 2024."],
]

PARISH_BRACKETS = [
    ["HOLLINSBY PARISH COUNCIL",
     "Minutes of the Parish Council Meeting held on 14.03.24 at 7.30pm in Hollinsby Village Hall",
     "Present: Cllr M Tate (Chairman), Cllr J Rowe, Cllr S Pym, Cllr D Orme",
     "In attendance: Mrs K Vale (Clerk) and three members of the public",
     "(23/45) Apologies for absence",
     "Apologies were received and accepted from Cllr B Holt.",
     "(23/46) Minutes of the previous meeting",
     "The minutes of the meeting held on 08.02.24 were approved and signed as a true record.",
     "(23/47) Highways",
     "The speed indicator device on Church Lane has been vandalised again.",
     "ACTION: Clerk to write to the Highways Authority requesting a replacement.",
     "(23/48) Finance",
     "Members AGREED: to pay the accounts listed in the schedule, totalling £1,245.60."],
]

TOWN_MIN_NO = [
    ["Ashcombe Vale Town Council",
     "Minutes of the Finance and General Purposes Committee held on Monday 11th March 2024",
     "at 7pm in the Council Chamber, Town Hall",
     "Present: Cllrs R Mills (Chair), A Nash, P Oakes, G Pryce",
     "Min. No. 12 Apologies for Absence",
     "Apologies were received from Cllr T Quayle.",
     "Min. No. 13 Minutes",
     "The minutes of the meeting held on 12th February 2024 were approved as a correct record.",
     "Min. No. 14 Christmas Lights",
     "The Clerk reported three quotations for the renewal of the Christmas lights.",
     "Members AGREED:",
     "(a) to accept the quotation from Lumen Festive Ltd of £8,400;",
     "(b) to meet the cost from the Christmas lights earmarked reserve."],
]

COUNTY_ITEM_LETTERS = [
    ["Wyvernshire County Council",
     "Minutes of the Regulatory Committee held on Thursday 14th March 2024 at 10.00 am",
     "Present: County Councillors E Blake (Chairman), F Carver, H Dwyer, J Ellis, K Frost",
     "Item 7(a) Application WY/23/0456 – Quarry Extension at Hatchley",
     "The Planning Manager presented the application for a westward extension of the quarry.",
     "It was moved by County Councillor Carver and seconded by County Councillor Dwyer that the",
     "application be refused on the grounds of harm to the landscape.",
     "On being put to the vote the motion was carried.",
     "Item 7(b) Application WY/24/0012 – Waste Transfer Station, Orme Road",
     "The Committee RESOLVED that planning permission be granted subject to conditions."],
]

DECISION_NOTICE = [
    ["London Borough of Eastwick",
     "Cabinet Member Decision",
     "DECISION NOTICE",
     "Decision maker: Cabinet Member for Environment and Transport",
     "Date of decision: 14/03/2024",
     "Subject: Controlled Parking Zone in Marsh Lane",
     "Key decision: Yes",
     "Wards affected: Marsh Lane; Eastwick Green",
     "Decision:",
     "To approve the introduction of a controlled parking zone operating Monday to Saturday",
     "8.30am to 6.30pm, as set out in the report.",
     "Reasons for decision:",
     "The statutory consultation showed majority support among residents of the affected streets.",
     "Alternative options considered:",
     "Doing nothing was rejected because parking pressure would continue to increase.",
     "Declarations of interest: None"],
]

RECORD_OF_DECISIONS = [
    ["Kestrel Vale Combined Authority",
     "Record of Decisions",
     "Meeting: Combined Authority Board",
     "Date: Friday 15 March 2024",
     "Venue: Wellgate House, Kestrel Vale",
     "1. Apologies for Absence",
     "Apologies were received from the Leader of Brackenmere.",
     "2. Adult Skills Fund Commissioning 2024/25",
     "Decision: The Board approved the commissioning plan for the Adult Skills Fund.",
     "3. Transport Capital Programme",
     "Decision: The Board approved the release of £4.2m for the Wellgate interchange."],
]

WELSH_BILINGUAL = [
    ["CYNGOR BWRDEISTREF SIROL LLANFEUNO",
     "LLANFEUNO COUNTY BOROUGH COUNCIL",
     "Cofnodion / Minutes",
     "PWYLLGOR CRAFFU ADDYSG / EDUCATION SCRUTINY COMMITTEE",
     "Dyddiad / Date: Dydd Iau, 14 Mawrth 2024 / Thursday, 14 March 2024",
     "Yn bresennol / Present: Cynghorydd / Councillor E Pritchard (Cadeirydd / Chair)",
     "1. YMDDIHEURIADAU / APOLOGIES",
     "Apologies were received from Councillor G Rees.",
     "2. DATGAN BUDDIANT / DECLARATIONS OF INTEREST",
     "None.",
     "3. COFNODION / MINUTES",
     "The minutes of the meeting held on 8 February 2024 were agreed as a correct record.",
     "4. ADRODDIAD BLYNYDDOL / ANNUAL REPORT",
     "PENDERFYNWYD / RESOLVED: That the annual report of the Youth Council be noted."],
]

SCOTTISH_MINUTE = [
    ["GLENMORROW COUNCIL",
     "MINUTE of MEETING of the EDUCATION AND CHILDREN'S SERVICES COMMITTEE held in the",
     "Council Chambers, Burgh Buildings, Glenmorrow on Tuesday 12 March 2024 at 10.00 am.",
     "Present: Councillor F Buchanan (Convener), Councillors I Drummond, L Moffat, N Rennie",
     "In Attendance: Executive Director (Education) and Committee Officer",
     "1. APOLOGIES FOR ABSENCE",
     "Apologies were intimated on behalf of Councillor P Sinclair.",
     "2. MINUTE OF PREVIOUS MEETING",
     "The Minute of Meeting of the Committee held on 6 February 2024 was submitted and",
     "approved as a correct record.",
     "3. SCHOOL ESTATE STRATEGY",
     "There was submitted a report by the Executive Director (Education) on the strategy.",
     "Decided:-",
     "(a) to approve the School Estate Strategy 2024 to 2034; and",
     "(b) to instruct the Executive Director to report progress annually."],
]

NI_BOROUGH = [
    ["LISNAVAR AND CARROWMORE BOROUGH COUNCIL",
     "Minutes of the Meeting of the Environmental Services Committee held in the Council",
     "Chamber, Lisnavar Civic Centre on Tuesday 5th March, 2024 at 7.00 pm",
     "In the Chair: Alderman R McKeown",
     "Members Present: Alderman T Smyth, Councillors C Boyd, M Doherty and S Quinn",
     "ES 24/31 Apologies",
     "Apologies were received from Councillor P Gallagher.",
     "ES 24/32 Minutes of Previous Meeting",
     "The minutes of the meeting held on 6 February 2024 were confirmed as a correct record.",
     "ES 24/33 Recycling Centre Opening Hours",
     "The Director of Environmental Services presented the options for winter opening hours.",
     "Proposed by Councillor Quinn,",
     "Seconded by Councillor Boyd and",
     "AGREED – that the Committee approves option 2, closing the centres at 6.00 pm."],
]

FIRE_RECORDED_VOTE = [
    ["WEXCOMBE FIRE AND RESCUE AUTHORITY",
     "Minutes of the meeting of the Fire and Rescue Authority held at Service Headquarters,",
     "Kingsmead on Friday 16 February 2024 at 10.30 am",
     "Present: Councillors N Ames (Chair), O Birch, P Cole, R Dunn, S Ellery, T Fisher,",
     "U Grant and V Hale",
     "42. Revenue Budget and Precept 2024/25",
     "The Treasurer presented the report on the budget and the council tax precept.",
     "Councillor Ames moved, and Councillor Birch seconded, that the Band D precept be",
     "increased by 2.99%. A recorded vote was taken:",
     "For (5): Cllrs Ames, Birch, Cole, Dunn and Ellery",
     "Against (2): Cllrs Fisher and Grant",
     "Abstentions (1): Cllr Hale",
     "On being put to the vote the motion was carried.",
     "RESOLVED that the Band D precept for 2024/25 be set at £92.35, an increase of 2.99%.",
     "43. Date of Next Meeting",
     "The next meeting will be held on Friday 21 June 2024 at 10.30 am."],
]

POLICE_PANEL = [
    ["HARROWDALE POLICE AND CRIME PANEL",
     "MINUTES of the meeting held on Thursday 8th February, 2024 at 2.00 pm",
     "at County Hall, Harrowdale",
     "Present: Councillor W Ingram (Chair), Councillor X Jarvis, Mr Y Kemp (Independent Member)",
     "PCP/24/05 Minutes",
     "RESOLVED that the minutes of the meeting held on 11 January 2024 be approved.",
     "PCP/24/06 Proposed Police Precept 2024/25",
     "The Commissioner presented the proposed precept of £295.94 for a Band D property.",
     "The Panel RESOLVED not to veto the proposed precept."],
]

COVER_SHEET = [
    ["Brackenmere Metropolitan Borough Council",
     "Report to: Cabinet",
     "Date of meeting: 20 March 2024",
     "Report of: Strategic Director, Place",
     "Subject: Local Cycling and Walking Infrastructure Plan",
     "Wards affected: All",
     "Key decision: Yes",
     "1. Purpose of the report",
     "1.1 To seek approval of the Local Cycling and Walking Infrastructure Plan.",
     "2. Recommendations",
     "2.1 Cabinet is recommended to approve the plan at Appendix A."],
]

SCRUTINY_NOTED = """Brackenmere Metropolitan Borough Council

Health and Adult Social Care Scrutiny Panel

Minutes of the meeting held on Tuesday 12th March 2024

Present: Councillors A Nolan (Chair), B Oduya, C Platt

1. Declarations of Interest

| Member | Item | Nature of interest |
| --- | --- | --- |
| Cllr A Nolan | 3 | Other registrable interest: employed by the hospital trust |

2. Minutes of the previous meeting

RESOLVED that the minutes of the meeting held on 13 February 2024 be approved as a correct record.

3. Winter Pressures Update

The Director of Adult Social Care presented the update on hospital discharges.

The Panel NOTED the report.

4. Work Programme

The Panel AGREED the work programme for 2024/25, subject to the addition of an item on dentistry.
"""

TOWN_SUMMONS = [
    ["ASHCOMBE VALE TOWN COUNCIL",
     "To all Members of the Council",
     "You are hereby summoned to attend the meeting of Ashcombe Vale Town Council to be held",
     "in the Council Chamber, Town Hall on Thursday 14th March 2024 at 7.00pm.",
     "K Vale, Town Clerk, 8th March 2024",
     "AGENDA",
     "1. Apologies for absence",
     "2. Declarations of interest",
     "3. Minutes of the meeting held on 8th February 2024",
     "4. Town Mayor's announcements"],
]

UNITARY_BARE_COUNCIL = [
    ["Wendmoor Council",
     "Minutes of the Strategic Planning Committee held on Wednesday 13 March 2024",
     "Present: Councillors G Ashby (Chair), H Bright, K Cope",
     "21. Minutes",
     "The minutes of the meeting held on 14 February 2024 were agreed as a correct record.",
     "22. Wendmoor Local Plan Review",
     "The Committee resolved to recommend the Local Plan Review to Council for submission."],
]

PACK_PREVIOUS_IN_FIGURES = [
    ["Kestrelford District Council",
     "Licensing Committee",
     "Meeting to be held on Tuesday 19 March 2024 at 6.00 pm",
     "AGENDA",
     "1. Apologies for absence",
     "2. Minutes of the meeting held on 13/02/2024",
     "3. Review of the Statement of Gambling Policy"],
    [],
    ["Kestrelford District Council",
     "Licensing Committee",
     "Minutes of the meeting held on 13/02/2024",
     "Present: Councillors P Aske (Chair), R Bellamy and T Crane",
     "LIC 12/24 Hackney Carriage Fares",
     "RESOLVED that the table of fares be increased by 4% from 1 April 2024."],
]

PROCEEDINGS = [
    ["LONDON BOROUGH OF EASTWICK",
     "MINUTES OF THE PROCEEDINGS OF THE CABINET HELD AT 7.00PM ON MONDAY 11 MARCH 2024",
     "IN THE COUNCIL CHAMBER, TOWN HALL, EASTWICK GREEN",
     "Members Present: Councillor Z Adeyemi (Leader), Councillors B Cohen, D Foster and G Hughes",
     "1. DECLARATIONS OF INTEREST",
     "There were no declarations.",
     "2. FEES AND CHARGES 2024/25",
     "RESOLVED:",
     "1. That the fees and charges set out in Appendix 1 be approved.",
     "2. That the Corporate Director, Resources be authorised to make minor amendments."],
]

DECISIONS_TAKEN_AT = [
    ["Kestrel Vale Combined Authority",
     "Record of decisions taken at the meeting of the Mayoral Combined Authority Board held on",
     "14/03/2024",
     "45. Mayor's Statement",
     "The Board noted the statement.",
     "46. Bus Service Improvement Plan",
     "Decision: The Board approved the Bus Service Improvement Plan for submission."],
]

NOTICE_OF_MEETING = [
    ["Wyvernshire County Council",
     "Notice of Meeting",
     "Cabinet",
     "Date: Thursday, 14th March, 2024",
     "Time: 10.00 am",
     "Venue: Council Chamber, Shire Hall, Wyvernbury",
     "Agenda",
     "1. Apologies for absence",
     "2. Minutes of the meeting held on 15th February, 2024",
     "3. Highways Asset Management Plan"],
]

TOWN_DATE_LINE = [
    ["ASHCOMBE VALE TOWN COUNCIL",
     "Minutes of the Town Council Meeting",
     "Thursday 14th March, 2024 at 7.00pm in the Council Chamber",
     "Present: The Town Mayor (Cllr R Mills), Cllrs A Nash, P Oakes, G Pryce",
     "TC/23/101 Minutes of the previous meeting",
     "The minutes of the meeting held on 8th February, 2024 were approved as a correct record.",
     "TC/23/102 Grass cutting contract",
     "It was proposed by Cllr Nash, seconded by Cllr Oakes and RESOLVED to award the contract",
     "to Greensward Ltd for three years."],
]

# ---------------------------------------------------------------- the leftovers of the first 21

SHOW_OF_HANDS = [
    ["THORNWICK TOWN COUNCIL",
     "Minutes of the Planning and Environment Committee held on Tuesday 9th April 2024 at 7.00pm",
     "in the Guildhall, Market Square, Thornwick",
     "Present: Cllrs D Harker (Chair), E Ibbotson, F Jessop, G Kirkby, H Lomax",
     "31. Thornwick Neighbourhood Plan",
     "The Clerk reported on the responses to the Regulation 14 consultation. Cllr Ibbotson proposed",
     "that the revised plan be submitted, seconded by Cllr Jessop.",
     "On a show of hands 9 Members voted For, 4 Against and 2 Abstained.",
     "RESOLVED that the revised Neighbourhood Plan be submitted to the District Council.",
     "32. Market Square Parking Charges",
     "RESOLVED that the Committee objects to the proposed parking charges in Market Square.",
     "Members voted 8 for, 5 against.",
     "33. Allotment Rents",
     "The Clerk set out the cost of water and repairs at the Mill Lane allotments.",
     "The vote was 7 for and 5 against with 1 abstention.",
     "RESOLVED that allotment rents be increased to £45 a plot from 1 October 2024."],
]

LICENSING_OF_COUNCIL = [
    ["Minutes of the Licensing Committee of Ashcombe Borough Council held on Wednesday 10 April",
     "2024 at 6.30 pm in Committee Room 2, Ashcombe Town Hall",
     "Present: Councillors M Rudd (Chair), N Sellers, O Tranter and P Underwood",
     "14. Apologies for Absence",
     "Apologies were received from Councillor Q Venn.",
     "15. Statement of Licensing Policy 2025-2030",
     "The Licensing Manager presented the draft policy following consultation.",
     "RESOLVED that the draft Statement of Licensing Policy be recommended to Council for adoption."],
]

ENGLISH_FIRST = [
    ["DYFNANT COUNTY COUNCIL",
     "CYNGOR SIR DYFNANT",
     "Minutes / Cofnodion",
     "SCRUTINY COMMITTEE / PWYLLGOR CRAFFU",
     "Date / Dyddiad: Thursday, 11 April 2024 / Dydd Iau, 11 Ebrill 2024",
     "Present / Yn bresennol: Councillor / Cynghorydd H Morgan (Chair / Cadeirydd)",
     "1. APOLOGIES / YMDDIHEURIADAU",
     "Apologies were received from Councillor T Vaughan.",
     "2. MINUTES / COFNODION",
     "The minutes of the meeting held on 7 March 2024 were agreed as a correct record.",
     "3. LIBRARY SERVICE REVIEW / ADOLYGIAD Y GWASANAETH LLYFRGELL",
     "RESOLVED / PENDERFYNWYD: That the Committee supports the proposed opening hours."],
]

PARISH_ACTIONS = [
    ["BRAMLEY HEATH PARISH COUNCIL",
     "Minutes of the Parish Council Meeting held on Monday 8th April 2024 at 7.30pm in the Village Hall",
     "Present: Cllr A Dent (Chairman), Cllr B Eyre, Cllr C Firth, Cllr D Gill",
     "In attendance: Mr J Sowerby (Clerk) and two members of the public",
     "24/31 Apologies for absence",
     "Apologies were received and accepted from Cllr E Hirst.",
     "24/32 Highways",
     "The footway on Back Lane is breaking up outside the school gates.",
     "ACTION: Clerk to write to the highways authority",
     "24/33 Play Area",
     "The annual inspection report recommends replacing the swing seats and the bark surface.",
     "Action: JS to obtain three quotes",
     "Members will consider the quotes at the May meeting.",
     "24/34 Village Hall Car Park",
     "RESOLVED to repair the potholes in the car park at a cost of no more than £2,000.",
     "ACTION: Clerk",
     "24/35 Correspondence",
     "A letter from the Bramley Heath Cricket Club thanking the Council for its grant was noted."],
]

WRAPPED_AGENDA = [
    ["Wyvernshire County Council",
     "Cabinet",
     "Meeting to be held on Thursday 6 February 2025 at 10.00 am",
     "Council Chamber, Shire Hall, Wyvernbury",
     "AGENDA",
     "1. Apologies for Absence",
     "2. Declarations of Interest",
     "3. Minutes of the Meeting held on 9 January 2025 (Pages 1 - 8)",
     "4. Cabinet Member Updates",
     "5. Proposed Revenue Budget 2025-26 and Medium Term",
     "   Financial Plan 2025-28 (Pages 9 - 64)",
     "6. Capital Strategy and Treasury Management Strategy",
     "   (Pages 65 - 90)",
     "7. Highways Term Maintenance Contract (Pages 91 - 98)"],
]

# ---------------------------------------------------------------- the third round

PLANNING_APPLICATIONS = [
    ["MARLHAM DISTRICT COUNCIL",
     "Minutes of the meeting of the Planning Committee held in the Council Chamber, Marlham House",
     "on Wednesday 17 April 2024 at 6.00 pm",
     "Present: Councillors S Varley (Chair), T Whitlock, U Yeardley and V Zouch",
     "88. Declarations of Interest",
     "There were no declarations of interest.",
     "89. Application No: 23/01234/FUL – Land at Mill Lane, Hatherby",
     "Erection of 14 dwellings with associated access and landscaping.",
     "The Case Officer presented the report and two objectors addressed the Committee.",
     "DECISION: APPROVED subject to the conditions set out in the report.",
     "90. Application No: 24/00077/HOU – 3 Orchard Close, Hatherby",
     "Two storey side extension.",
     "DECISION: REFUSED for the following reasons:",
     "1. The extension would be overbearing to the occupiers of 5 Orchard Close.",
     "2. The design would harm the character of the street scene.",
     "91. Appeal Decisions",
     "The Committee NOTED the appeal decisions received since the last meeting."],
]

LICENSING_HEARING = [
    ["MARLHAM DISTRICT COUNCIL",
     "LICENSING SUB-COMMITTEE",
     "Minutes of the hearing held on Tuesday 9 April 2024 at 10.00 am",
     "Present: Councillors T Whitlock (Chair), U Yeardley and W Abney",
     "1. Application for a Premises Licence: The Old Forge, 12 High Street, Hatherby",
     "The Licensing Officer outlined the application and the representations received from",
     "two residents concerned about noise from the rear garden.",
     "The Sub-Committee has determined that the licence be granted subject to the conditions",
     "offered by the applicant and the additional condition that the garden close at 10.00 pm.",
     "Reasons: the conditions address the concerns about public nuisance.",
     "2. Review of a Personal Licence",
     "The Sub-Committee determined to take no further action."],
]

FULL_AGENDA_OF_BUSINESS = [
    ["ASHCOMBE BOROUGH COUNCIL",
     "Minutes of the meeting of the Council held at the Town Hall, Ashcombe on",
     "Tuesday 23 April 2024 at 7.00 pm",
     "Present: The Mayor (Councillor D Fairley), Councillors E Garside, F Haddon, G Ivers and H Judd",
     "101. Petitions",
     "A petition of 612 signatures asking for a crossing on Station Road was received and",
     "referred to the Cabinet Member for Transport.",
     "102. Members' Questions",
     "Councillor Garside asked about the timetable for reopening the Ashcombe lido. The Leader",
     "replied that works would finish in June.",
     "103. Urgent Business",
     "There was no urgent business.",
     "104. Exclusion of the Press and Public",
     "RESOLVED that the press and public be excluded from the meeting for the following item",
     "of business on the grounds that it involves the likely disclosure of exempt information.",
     "105. Disposal of the Former Depot, Canal Street (Part 2)",
     "RESOLVED that the former depot be sold to the preferred bidder on the terms reported.",
     "The meeting closed at 8.45 pm."],
]

OFFICER_REPORT_NUMBERED = [
    ["Wendmoor Council",
     "Report to: Cabinet",
     "Date of meeting: 15 May 2024",
     "Report of: Director of Place",
     "Subject: Wendmoor Town Centre Car Parking Strategy",
     "Purpose of report",
     "To seek approval of a car parking strategy for the town centre.",
     "Recommendation(s)",
     "It is recommended that Cabinet:",
     "1. approves the Town Centre Car Parking Strategy at Appendix A;",
     "2. delegates authority to the Director of Place to set tariffs within the strategy.",
     "Reasons for recommendation(s)",
     "The strategy will support the town centre's recovery and reduce congestion.",
     "Background",
     "The last review of car parking was carried out in 2016."],
]

PARISH_PAYMENTS = [
    ["LITTLE OAKLEY PARISH COUNCIL",
     "Minutes of the Parish Council Meeting held on Monday 13th May 2024 at 7.30pm in the Reading Room",
     "Present: Cllr P Quarmby (Chairman), Cllr R Sowter, Cllr S Tideswell, Cllr T Unwin",
     "In attendance: Mrs V Wardle (Clerk)",
     "24/041 Clerk's Report",
     "The Clerk reported that the internal audit has been booked for 4 June and that the new",
     "noticeboard has been installed outside the shop.",
     "24/042 Payments for Approval",
     "Payee                     Description                 Amount",
     "V Wardle                  Clerk's salary (May)        £412.50",
     "Oakley Mowers Ltd         Grass cutting               £285.00",
     "Resolution: That the payments listed, totalling £697.50, be approved for payment.",
     "24/043 Defibrillator",
     "Resolution – That a replacement battery be purchased at a cost of £189."],
]

ITEM_DECISION_TABLE = """Kestrelford District Council

Licensing Committee

Minutes of the meeting held on Thursday 11 April 2024

Present: Councillors P Aske (Chair), R Bellamy and T Crane

| Item | Decision |
| --- | --- |
| 5. Hackney Carriage Fares | Decision: The Committee approved an increase of 4% in the table of fares. |
| 6. Street Trading Consents | Decision: The Committee deferred the item to the June meeting. |
"""

MODERNGOV_DECISIONS = [
    ["Brackenmere Metropolitan Borough Council",
     "Decisions of the Cabinet held on Wednesday 8 May 2024 at 10.00 am",
     "61. Adult Social Care Charging Policy",
     "Decision:",
     "That the revised charging policy at Appendix 1 be approved with effect from 1 July 2024.",
     "Reasons for the decision:",
     "To bring the policy into line with the statutory guidance.",
     "Alternative options considered and rejected:",
     "Retaining the current policy was rejected as it does not reflect the guidance.",
     "Conflicts of interest declared:",
     "None.",
     "62. Library Opening Hours",
     "Decision:",
     "That the library opening hours set out in the report be approved.",
     "Reasons for the decision:",
     "The new hours match the pattern of visits recorded in 2023."],
]

YEAR_PREFIX_LETTERS = [
    ["THORNWICK TOWN COUNCIL",
     "Minutes of the Finance and Policy Committee held on Tuesday 14th May 2024 at 7.00pm",
     "Present: Cllrs D Harker (Chair), E Ibbotson, F Jessop",
     "FP24/08 Apologies for Absence",
     "Apologies were received from Cllr G Kirkby.",
     "FP24/09 Grants to Local Organisations",
     "RESOLVED:",
     "(i) that a grant of £500 be made to Thornwick Scouts;",
     "(ii) that a grant of £250 be made to the Thornwick In Bloom group;",
     "(iii) that the application from the Rugby Club be deferred.",
     "FP24/10 Internal Audit Report",
     "RESOLVED that the internal auditor's report be accepted."],
]

TOWN_VOTE_LINE = [
    ["HATHERBY TOWN COUNCIL",
     "Minutes of the Town Council Meeting held on Thursday 16th May 2024 at 7.00pm in the Guildhall",
     "Present: Cllrs J Abbott (Mayor), K Bewley, L Cordingley, M Dacre, N Eccles, O Firth",
     "C/24/17 Skate Park",
     "Cllr Bewley proposed that the Council contribute £15,000 towards the new skate park.",
     "Vote: For 7, Against 2, Abstain 1 – carried",
     "C/24/18 Christmas Market",
     "Cllr Dacre proposed that the market be held on Saturday 7 December.",
     "Vote: For 10, Against 0, Abstain 0 – carried"],
]

COUNTY_PRESENT_CAPS = [
    ["WYVERNSHIRE COUNTY COUNCIL",
     "ENVIRONMENT AND HIGHWAYS COMMITTEE",
     "Minutes of the meeting held at County Hall, Wyvernbury, on Wednesday 8 May 2024 at 10.00 am",
     "PRESENT:",
     "COUNTY COUNCILLORS A ARKWRIGHT (CHAIRMAN), B BRIGGS, C CALVERT,",
     "D DENTON AND E EASBY",
     "1. APOLOGIES",
     "Apologies were received from County Councillor F Fawcett.",
     "2. MINUTES",
     "RESOLVED that the minutes of the meeting held on 10 April 2024 be confirmed.",
     "3. WINTER SERVICE PLAN 2024/25",
     "RESOLVED that the Winter Service Plan 2024/25 be approved."],
]

ROMAN_SUB_ITEMS = [
    ["HIGH FELLSIDE NATIONAL PARK AUTHORITY",
     "Minutes of the meeting of the Planning Committee held at the Park Office, Brantholme on",
     "Friday 10 May 2024 at 10.00 am",
     "Present: Mr K Tyson (Chair), Mrs L Urquhart, Councillor M Vipond, Mr N Wren",
     "7. Planning Applications",
     "(i) NP/24/0012/FUL – Barn conversion at Low Garth, Scarside",
     "The Planning Officer reported one further letter of objection.",
     "RESOLVED that planning permission be granted subject to the conditions in the report.",
     "(ii) NP/24/0031/HOU – Porch at 4 Beck Cottages, Scarside",
     "RESOLVED that consideration be deferred for a site visit.",
     "8. Enforcement Update",
     "The Committee noted the report."],
]

PDF_ITEM_DECISION_TABLE = [
    ["Kestrelford District Council",
     "Licensing Committee",
     "Minutes of the meeting held on Thursday 11 April 2024",
     "Present: Councillors P Aske (Chair), R Bellamy and T Crane",
     "Item                                   Decision",
     "5. Hackney Carriage Fares      Decision: The Committee approved an increase of 4% in the fares.",
     "6. Street Trading Consents     Decision: The Committee deferred the item to the June meeting."],
]

# ---------------------------------------------------------------- what each page must give

PAGES = {
    "district_planning": ("planning-minutes.pdf", DISTRICT_PLANNING, dict(
        doc_type="minutes", committee="Planning Committee", meeting_date="2024-03-14",
        council="Kestrelford District Council",
        items=["Minute 123/24", "Minute 124/24", "Minute 125/24", "Minute 126/24"],
        decisions=[("Minute 124/24", "confirmed as a correct record"), ("Minute 125/24", "finalise the wording"),
                   ("Minute 126/24", "NOTED the report")])),
    "cabinet_prefixed": ("cabinet-minutes.pdf", CABINET_PREFIXED, dict(
        doc_type="minutes", committee="Cabinet", meeting_date="2024-03-06",
        council="Brackenmere Metropolitan Borough Council",
        items=["CAB 44/24", "CAB 45/24", "CAB 46/24"],
        decisions=[("CAB 45/24", "report further to Cabinet in June"), ("CAB 46/24", "increased by 7.7%")])),
    "parish_brackets": ("parish-minutes.pdf", PARISH_BRACKETS, dict(
        doc_type="minutes", committee="Hollinsby Parish Council", meeting_date="2024-03-14",
        council="Hollinsby Parish Council",
        items=["(23/45)", "(23/46)", "(23/47)", "(23/48)"],
        decisions=[("(23/46)", "true record"), ("(23/48)", "to pay the accounts")])),
    "town_min_no": ("fgp-minutes.pdf", TOWN_MIN_NO, dict(
        doc_type="minutes", committee="Finance and General Purposes Committee", meeting_date="2024-03-11",
        council="Ashcombe Vale Town Council",
        items=["Min. No. 12", "Min. No. 13", "Min. No. 14"],
        decisions=[("Min. No. 13", "correct record"), ("Min. No. 14", "earmarked reserve")])),
    "county_item_letters": ("regulatory-minutes.pdf", COUNTY_ITEM_LETTERS, dict(
        doc_type="minutes", committee="Regulatory Committee", meeting_date="2024-03-14",
        council="Wyvernshire County Council",
        items=["Item 7(a)", "Item 7(b)"],
        decisions=[("Item 7(a)", "harm to the landscape"), ("Item 7(b)", "granted subject to conditions")],
        votes=["carried"])),
    "decision_notice": ("cpz-decision.pdf", DECISION_NOTICE, dict(
        doc_type="minutes", committee="Cabinet Member for Environment and Transport", meeting_date="2024-03-14",
        council="London Borough of Eastwick", title="Controlled Parking Zone in Marsh Lane",
        decisions=[(None, "controlled parking zone operating")])),
    "record_of_decisions": ("board-decisions.pdf", RECORD_OF_DECISIONS, dict(
        doc_type="minutes", committee="Combined Authority Board", meeting_date="2024-03-15",
        council="Kestrel Vale Combined Authority",
        items=["1.", "2.", "3."],
        decisions=[("2.", "commissioning plan"), ("3.", "release of £4.2m")])),
    "welsh_bilingual": ("cofnodion-minutes.pdf", WELSH_BILINGUAL, dict(
        doc_type="minutes", committee="Education Scrutiny Committee", meeting_date="2024-03-14",
        council="Llanfeuno County Borough Council",
        items=["1.", "2.", "3.", "4."],
        decisions=[("3.", "correct record"), ("4.", "be noted")])),
    "scottish_minute": ("education-minute.pdf", SCOTTISH_MINUTE, dict(
        doc_type="minutes", committee="Education and Children's Services Committee", meeting_date="2024-03-12",
        council="Glenmorrow Council",
        items=["1.", "2.", "3."],
        decisions=[("2.", "approved as a correct record"), ("3.", "report progress annually")])),
    "ni_borough": ("environment-minutes.pdf", NI_BOROUGH, dict(
        doc_type="minutes", committee="Environmental Services Committee", meeting_date="2024-03-05",
        council="Lisnavar and Carrowmore Borough Council",
        items=["ES 24/31", "ES 24/32", "ES 24/33"],
        decisions=[("ES 24/32", "correct record"), ("ES 24/33", "approves option 2")])),
    "fire_recorded_vote": ("fra-minutes.pdf", FIRE_RECORDED_VOTE, dict(
        doc_type="minutes", committee="Fire and Rescue Authority", meeting_date="2024-02-16",
        council="Wexcombe Fire and Rescue Authority",
        items=["42.", "43."],
        decisions=[("42.", "£92.35")],
        votes=["For (5), Against (2), Abstain (1)"])),
    "police_panel": ("pcp-minutes.pdf", POLICE_PANEL, dict(
        doc_type="minutes", committee="Harrowdale Police and Crime Panel", meeting_date="2024-02-08",
        council="Harrowdale Police and Crime Panel",
        items=["PCP/24/05", "PCP/24/06"],
        decisions=[("PCP/24/05", "be approved"), ("PCP/24/06", "not to veto")])),
    "cover_sheet": ("lcwip-report.pdf", COVER_SHEET, dict(
        doc_type="report", committee="Cabinet", meeting_date="2024-03-20",
        council="Brackenmere Metropolitan Borough Council", title="Local Cycling and Walking Infrastructure Plan",
        decisions=[(None, "recommended to approve the plan")])),
    "scrutiny_noted": ("hasc-minutes.md", SCRUTINY_NOTED, dict(
        doc_type="minutes", committee="Health and Adult Social Care Scrutiny Panel", meeting_date="2024-03-12",
        council="Brackenmere Metropolitan Borough Council",
        items=["1.", "2.", "3.", "4."],
        decisions=[("2.", "correct record"), ("3.", "NOTED the report"), ("4.", "AGREED the work programme")])),
    "town_summons": ("town-council-agenda.pdf", TOWN_SUMMONS, dict(
        doc_type="agenda", committee="Ashcombe Vale Town Council", meeting_date="2024-03-14",
        council="Ashcombe Vale Town Council",
        items=["1.", "2.", "3.", "4."])),
    "unitary_bare_council": ("spc-minutes.pdf", UNITARY_BARE_COUNCIL, dict(
        doc_type="minutes", committee="Strategic Planning Committee", meeting_date="2024-03-13",
        council="Wendmoor Council",
        items=["21.", "22."],
        decisions=[("21.", "correct record"), ("22.", "recommend the Local Plan Review")])),
    "pack_previous_in_figures": ("licensing-pack.pdf", PACK_PREVIOUS_IN_FIGURES, dict(
        documents=[("agenda", "2024-03-19"), ("minutes", "2024-02-13")],
        doc_type="agenda", committee="Licensing Committee", meeting_date="2024-03-19",
        council="Kestrelford District Council", items=["1.", "2.", "3."])),
    "proceedings": ("cabinet-minutes.pdf", PROCEEDINGS, dict(
        doc_type="minutes", committee="Cabinet", meeting_date="2024-03-11", council="London Borough of Eastwick",
        items=["1.", "2."], decisions=[("2.", "minor amendments")])),
    "decisions_taken_at": ("board-decisions.pdf", DECISIONS_TAKEN_AT, dict(
        doc_type="minutes", committee="Mayoral Combined Authority Board", meeting_date="2024-03-14",
        council="Kestrel Vale Combined Authority", items=["45.", "46."],
        decisions=[("45.", "noted the statement"), ("46.", "Bus Service Improvement Plan for submission")])),
    "notice_of_meeting": ("cabinet-agenda.pdf", NOTICE_OF_MEETING, dict(
        doc_type="agenda", committee="Cabinet", meeting_date="2024-03-14", council="Wyvernshire County Council",
        items=["1.", "2.", "3."])),
    "town_date_line": ("town-council-minutes.pdf", TOWN_DATE_LINE, dict(
        doc_type="minutes", committee="Ashcombe Vale Town Council", meeting_date="2024-03-14",
        council="Ashcombe Vale Town Council", items=["TC/23/101", "TC/23/102"],
        decisions=[("TC/23/101", "correct record"), ("TC/23/102", "Greensward Ltd")])),
    "show_of_hands": ("planning-minutes.pdf", SHOW_OF_HANDS, dict(
        doc_type="minutes", committee="Planning and Environment Committee", meeting_date="2024-04-09",
        council="Thornwick Town Council", items=["31.", "32.", "33."],
        decisions=[("31.", "submitted to the District Council"), ("32.", "objects to the proposed parking"),
                   ("33.", "£45 a plot")],
        votes=["For (9), Against (4), Abstain (2)", "For (8), Against (5)", "For (7), Against (5), Abstain (1)"])),
    # the same page as a text file, a paragraph a line: the count after its resolution is its own paragraph
    "show_of_hands_paragraphs": ("planning-minutes.txt", "\n\n".join(SHOW_OF_HANDS[0]) + "\n", dict(
        doc_type="minutes", committee="Planning and Environment Committee", meeting_date="2024-04-09",
        council="Thornwick Town Council", items=["31.", "32.", "33."],
        decisions=[("31.", "submitted to the District Council"), ("32.", "objects to the proposed parking"),
                   ("33.", "£45 a plot")],
        votes=["For (9), Against (4), Abstain (2)", "For (8), Against (5)", "For (7), Against (5), Abstain (1)"])),
    "licensing_of_council": ("licensing-minutes.pdf", LICENSING_OF_COUNCIL, dict(
        doc_type="minutes", committee="Licensing Committee", meeting_date="2024-04-10",
        council="Ashcombe Borough Council", items=["14.", "15."],
        decisions=[("15.", "recommended to Council for adoption")])),
    "english_first": ("scrutiny-minutes.pdf", ENGLISH_FIRST, dict(
        doc_type="minutes", committee="Scrutiny Committee", meeting_date="2024-04-11",
        council="Dyfnant County Council", items=["1.", "2.", "3."],
        decisions=[("2.", "correct record"), ("3.", "proposed opening hours")])),
    "parish_actions": ("parish-minutes.pdf", PARISH_ACTIONS, dict(
        doc_type="minutes", committee="Bramley Heath Parish Council", meeting_date="2024-04-08",
        council="Bramley Heath Parish Council", items=["24/31", "24/32", "24/33", "24/34", "24/35"],
        decisions=[("24/34", "repair the potholes")])),
    "parish_actions_paragraphs": ("parish-minutes.txt", "\n\n".join(PARISH_ACTIONS[0]) + "\n", dict(
        doc_type="minutes", committee="Bramley Heath Parish Council", meeting_date="2024-04-08",
        council="Bramley Heath Parish Council", items=["24/31", "24/32", "24/33", "24/34", "24/35"],
        decisions=[("24/34", "repair the potholes")])),
    "wrapped_agenda": ("cabinet-agenda.pdf", WRAPPED_AGENDA, dict(
        doc_type="agenda", committee="Cabinet", meeting_date="2025-02-06", council="Wyvernshire County Council",
        items=["1.", "2.", "3.", "4.", "5.", "6.", "7."])),
    # ---- the third round
    "planning_applications": ("planning-minutes.pdf", PLANNING_APPLICATIONS, dict(
        doc_type="minutes", committee="Planning Committee", meeting_date="2024-04-17", council="Marlham District Council",
        items=["88.", "89.", "90.", "91."],
        decisions=[("89.", "APPROVED subject to the conditions"), ("90.", "character of the street scene"),
                   ("91.", "NOTED the appeal decisions")])),
    "licensing_hearing": ("hearing-minutes.pdf", LICENSING_HEARING, dict(
        doc_type="minutes", committee="Licensing Sub-Committee", meeting_date="2024-04-09",
        council="Marlham District Council", items=["1.", "2."],
        decisions=[("1.", "garden close at 10.00 pm"), ("2.", "take no further action")])),
    "full_agenda_of_business": ("council-minutes.pdf", FULL_AGENDA_OF_BUSINESS, dict(
        doc_type="minutes", committee="Council", meeting_date="2024-04-23", council="Ashcombe Borough Council",
        items=["101.", "102.", "103.", "104.", "105."],
        decisions=[("104.", "press and public be excluded"), ("105.", "preferred bidder")])),
    "officer_report_numbered": ("parking-report.pdf", OFFICER_REPORT_NUMBERED, dict(
        doc_type="report", committee="Cabinet", meeting_date="2024-05-15", council="Wendmoor Council",
        title="Wendmoor Town Centre Car Parking Strategy",
        decisions=[(None, "delegates authority to the Director of Place")])),
    "parish_payments": ("parish-minutes.pdf", PARISH_PAYMENTS, dict(
        doc_type="minutes", committee="Little Oakley Parish Council", meeting_date="2024-05-13",
        council="Little Oakley Parish Council", items=["24/041", "24/042", "24/043"],
        decisions=[("24/042", "totalling £697.50"), ("24/043", "replacement battery")])),
    "item_decision_table": ("licensing-minutes.md", ITEM_DECISION_TABLE, dict(
        doc_type="minutes", committee="Licensing Committee", meeting_date="2024-04-11",
        council="Kestrelford District Council", items=["5.", "6."],
        decisions=[("5.", "increase of 4%"), ("6.", "deferred the item")])),
    "moderngov_decisions": ("cabinet-decisions.pdf", MODERNGOV_DECISIONS, dict(
        doc_type="minutes", committee="Cabinet", meeting_date="2024-05-08",
        council="Brackenmere Metropolitan Borough Council", items=["61.", "62."],
        decisions=[("61.", "revised charging policy"), ("62.", "opening hours set out in the report be approved")])),
    "year_prefix_letters": ("fp-minutes.pdf", YEAR_PREFIX_LETTERS, dict(
        doc_type="minutes", committee="Finance and Policy Committee", meeting_date="2024-05-14",
        council="Thornwick Town Council", items=["FP24/08", "FP24/09", "FP24/10"],
        decisions=[("FP24/09", "Rugby Club be deferred"), ("FP24/10", "report be accepted")])),
    "town_vote_line": ("town-council-minutes.pdf", TOWN_VOTE_LINE, dict(
        doc_type="minutes", committee="Hatherby Town Council", meeting_date="2024-05-16",
        council="Hatherby Town Council", items=["C/24/17", "C/24/18"],
        decisions=[("C/24/17", "£15,000"), ("C/24/18", "Saturday 7 December")],
        votes=["For (7), Against (2), Abstain (1): carried", "For (10), Against (0), Abstain (0): carried"])),
    "town_vote_line_paragraphs": ("town-council-minutes.txt", "\n\n".join(TOWN_VOTE_LINE[0]) + "\n", dict(
        doc_type="minutes", committee="Hatherby Town Council", meeting_date="2024-05-16",
        council="Hatherby Town Council", items=["C/24/17", "C/24/18"],
        decisions=[("C/24/17", "£15,000"), ("C/24/18", "Saturday 7 December")],
        votes=["For (7), Against (2), Abstain (1): carried", "For (10), Against (0), Abstain (0): carried"])),
    "roman_sub_items": ("planning-minutes.pdf", ROMAN_SUB_ITEMS, dict(
        doc_type="minutes", committee="Planning Committee", meeting_date="2024-05-10",
        council="High Fellside National Park Authority", items=["7.", "8."],
        decisions=[("7.", "granted subject to the conditions"), ("7.", "deferred for a site visit"),
                   ("8.", "noted the report")])),
    "pdf_item_decision_table": ("licensing-minutes.pdf", PDF_ITEM_DECISION_TABLE, dict(
        doc_type="minutes", committee="Licensing Committee", meeting_date="2024-04-11",
        council="Kestrelford District Council", items=["5.", "6."],
        decisions=[("5.", "increase of 4%"), ("6.", "deferred the item")])),
    "county_present_caps": ("environment-minutes.pdf", COUNTY_PRESENT_CAPS, dict(
        doc_type="minutes", committee="Environment and Highways Committee", meeting_date="2024-05-08",
        council="Wyvernshire County Council", items=["1.", "2.", "3."],
        decisions=[("2.", "be confirmed"), ("3.", "Winter Service Plan 2024/25 be approved")])),
}


def prepare(tmp_path: Path, key: str):
    name, content, _ = PAGES[key]
    return prepare_page(tmp_path, name, content)


@pytest.mark.parametrize("key", list(PAGES))
def test_house_style_page(tmp_path, key):
    assert problems(prepare(tmp_path, key), PAGES[key][2]) == []


# ---------------------------------------------------------------- the rows these pages needed

@pytest.mark.parametrize("line, number, title", [
    ("CAB 45/24 Revenue Budget Monitoring", "CAB 45/24", "Revenue Budget Monitoring"),
    ("ES 24/31 Apologies", "ES 24/31", "Apologies"),
    ("PCP/24/05 Proposed Police Precept", "PCP/24/05", "Proposed Police Precept"),
    ("PL.12/24 Planning Appeals", "PL.12/24", "Planning Appeals"),
    ("(23/45) Apologies for absence", "23/45", "Apologies for absence"),
    ("Min. No. 12 Apologies for Absence", "12", "Apologies for Absence"),
    ("Item 7(a) Application WY/23/0456", "7(a)", "Application WY/23/0456"),
    ("Minute 123/24 Declarations of Interest", "123/24", "Declarations of Interest"),
])
def test_minute_numbers_of_more_house_styles(line, number, title):
    found = layouts.first_match(layouts.ITEMS, line)
    assert found is not None and (found[1]["number"], found[1]["title"]) == (number, title)


@pytest.mark.parametrize("line", ["WY/23/0456 – Quarry Extension", "(23/45 Apologies", "Minutes 24 Budget",
                                  "Item5 Budget", "ES 24/31 the report was noted"])
def test_not_minute_numbers(line):
    assert layouts.first_match(layouts.ITEMS, line) is None


@pytest.mark.parametrize("line, council", [
    ("GLENMORROW COUNCIL", "Glenmorrow Council"),
    ("Wendmoor Council", "Wendmoor Council"),
    ("The Highland Moors Council", "Highland Moors Council"),
    ("Isle of Carrick Council", "Isle of Carrick Council"),
    ("WEXCOMBE FIRE AND RESCUE AUTHORITY", "Wexcombe Fire and Rescue Authority"),
    ("Harrowdale Police and Crime Panel", "Harrowdale Police and Crime Panel"),
])
def test_more_council_mastheads(line, council):
    assert layouts.COUNCIL(line) == {"council": council}


@pytest.mark.parametrize("line", ["Full Council", "Youth Council", "Parish Council", "Budget Council",
                                  "Planning Council", "Extraordinary Council", "Members of the Council",
                                  "Wendmoor Council Minutes", "Report to Council"])
def test_a_body_named_council_is_not_a_councils_masthead(line):
    assert layouts.COUNCIL(line) is None


@pytest.mark.parametrize("line, english", [
    ("Cofnodion / Minutes", "Minutes"),
    ("PWYLLGOR CRAFFU ADDYSG / EDUCATION SCRUTINY COMMITTEE", "EDUCATION SCRUTINY COMMITTEE"),
    ("Dyddiad / Date: Dydd Iau, 14 Mawrth 2024 / Thursday, 14 March 2024", "Thursday, 14 March 2024"),
    ("PENDERFYNWYD / RESOLVED: That the report be noted.", "RESOLVED: That the report be noted."),
    ("Planning / Transport Committee", "Planning / Transport Committee"),      # one language: left alone
    ("Minutes / Cofnodion", "Minutes"),                                        # English first
    ("SCRUTINY COMMITTEE / PWYLLGOR CRAFFU", "SCRUTINY COMMITTEE"),
    ("RESOLVED / PENDERFYNWYD: That the report be noted.", "RESOLVED"),
    ("Date / Dyddiad: Thursday, 11 April 2024 / Dydd Iau, 11 Ebrill 2024", "Thursday, 11 April 2024"),
])
def test_the_english_part_of_a_bilingual_line(line, english):
    assert layouts.one_language(line) == english


@pytest.mark.parametrize("line", ["DECISION NOTICE", "Record of Decisions", "Cabinet Member Decision",
                                  "Record of Executive Decisions", "Officer Decision Record"])
def test_record_of_decisions_titles(line):
    assert layouts.DECISION_RECORD(line) is not None


@pytest.mark.parametrize("line", ["Decision:", "Decision", "Decisions taken by the Cabinet on 4 March 2024",
                                  "Reasons for decision:"])
def test_not_record_of_decisions_titles(line):
    assert layouts.DECISION_RECORD(line) is None


@pytest.mark.parametrize("text, iso", [
    ("held on 14/03/2024 at 7pm", "2024-03-14"), ("held on 14.03.24 at 7.30pm", "2024-03-14"),
    ("Date of decision: 5-11-2023", "2023-11-05"),
])
def test_dates_in_figures_where_a_meeting_date_is_expected(text, iso):
    assert layouts.heading_date(text) == iso


@pytest.mark.parametrize("text", ["19.01.3 Minutes", "24/0031/FUL", "7.30pm", "31/02/2024", "1.1.2024.5"])
def test_not_dates_in_figures(text):
    assert dates.find_numeric_dates(text) == []


def test_abstentions_count_in_a_recorded_vote():
    text = "For (5): Cllrs A, B, C, D and E Against (2): Cllrs F and G Abstentions (1): Cllr H. The motion was carried."
    assert votes.recorded_vote(text) == "For (5), Against (2), Abstain (1): carried"


def test_a_record_of_decisions_takes_its_items_and_the_default_title(tmp_path):
    [doc] = prepare(tmp_path, "record_of_decisions").documents
    assert doc.title == "Decisions of the meeting held on 15 March 2024"
    assert doc.found_by["doc_type"].recogniser == "decision_record_title"


def test_previous_minutes_in_figures_never_redate_the_meeting(tmp_path):
    [doc] = prepare(tmp_path, "parish_brackets").documents
    assert doc.meeting_date == "2024-03-14" and doc.found_by["meeting_date"].recogniser == "minutes_of_body"
    [approval] = [b for b in doc.blocks if b.found_by == "previous_minutes_approved"]
    assert "08.02.24" in approval.text and approval.item.startswith("(23/46)")


def test_a_principal_councils_full_meeting_keeps_its_committee_name(tmp_path, make_pdf):
    """'County Council', 'District Council' name a principal council's full meeting (as ModernGov
    files them): the masthead over it is not a document of its own, nor its committee."""
    page = [["KESTRELFORD DISTRICT COUNCIL", "DISTRICT COUNCIL",
             "MINUTES of a meeting of the District Council held in the Council Chamber, Civic Offices,",
             "Kestrelford on Thursday, 25 January 2024 at 7.00 pm",
             "PRESENT: Councillors J Marlow (Chairman), P Aske, R Bellamy",
             "1. Chairman's Announcements",
             "The Chairman announced the death of former Councillor Ivy Hollis."]]
    [doc] = prepare_file(make_pdf("council-minutes.pdf", page)).documents
    assert (doc.committee, doc.council, doc.meeting_date) == ("District Council", "Kestrelford District Council", "2024-01-25")


# ---------------------------------------------------------------- the leftovers' rows

@pytest.mark.parametrize("text, vote", [
    ("On a show of hands 9 Members voted For, 4 Against and 2 Abstained.", "For (9), Against (4), Abstain (2)"),
    ("Members voted 9 for, 4 against.", "For (9), Against (4)"),
    ("The vote was 9 for and 4 against with 2 abstentions.", "For (9), Against (4), Abstain (2)"),
    ("Councillors voted 6 for, none against. The motion was carried.", "For (6), Against (0): carried"),
])
def test_a_show_of_hands_worded_members_voted(text, vote):
    assert votes.recorded_vote(text) == vote


@pytest.mark.parametrize("text", ["The grant of £3 for the hall was spent.", "Members voted for the motion.",
                                  "Item 9 for information; 4 items against the budget line were noted."])
def test_not_a_show_of_hands(text):
    assert votes.show_of_hands(text) is None


@pytest.mark.parametrize("name, parts", [
    ("Licensing Committee of Ashcombe Borough Council", ("Licensing Committee", "Ashcombe Borough Council")),
    ("Cabinet of the London Borough of Eastwick", ("Cabinet", "London Borough of Eastwick")),
    ("Planning Committee of Hollinsby Parish Council", ("Planning Committee", "Hollinsby Parish Council")),
    ("Council of the Isles of Carrick", None), ("Committee of the Whole Council", None), ("Board of Governors", None),
])
def test_a_body_named_with_its_council(name, parts):
    assert layouts.body_of_council(name) == parts


def test_the_council_named_in_the_heading_is_found_by_the_heading(tmp_path):
    [doc] = prepare(tmp_path, "licensing_of_council").documents
    assert doc.found_by["council"].recogniser == "minutes_of_body"


def test_an_english_first_heading_without_a_date_keeps_its_english_committee(tmp_path, make_pdf):
    page = [ENGLISH_FIRST[0][:4] + ["Present / Yn bresennol: Councillor / Cynghorydd H Morgan (Chair / Cadeirydd)"]
            + ENGLISH_FIRST[0][6:]]
    [doc] = prepare_file(make_pdf("scrutiny-minutes.pdf", page)).documents
    assert doc.committee == "Scrutiny Committee"


@pytest.mark.parametrize("key", ["parish_actions", "parish_actions_paragraphs"])
def test_actions_stay_in_their_item(tmp_path, key):
    """'ACTION: Clerk to write to ...' after an item's text is that item's: never a sub-heading over
    what follows, never a new item; printed under a decision it joins the decision it carries out."""
    prepared = prepare(tmp_path, key)
    [doc] = prepared.documents
    for action, item in [("ACTION: Clerk to write to the highways authority", "24/32"),
                         ("Action: JS to obtain three quotes", "24/33"), ("ACTION: Clerk", "24/34")]:
        [block] = [b for b in doc.blocks if action in [line.strip() for line in b.text.splitlines()]]
        assert block.item.startswith(item + " ") and block.kind != "heading"
        assert any(action in c.text and c.item == block.item for c in prepared.chunks)
    assert not any((b.section or "").lower().startswith("action") for b in doc.blocks)
    assert [b.found_by for b in doc.blocks if "obtain three quotes" in b.text] == [
        "action_line" if key.endswith("paragraphs") else None]
    [(item, decided)] = decisions_of(doc)
    assert item.startswith("24/34 ") and decided.rstrip().endswith("ACTION: Clerk")
    quotes = next(c for c in prepared.chunks if "obtain three quotes" in c.text)
    assert "swing seats" in quotes.text         # with the discussion it comes from


@pytest.mark.parametrize("line", ["ACTION: Clerk to write to the highways authority", "Action: JS to obtain three quotes",
                                  "ACTION: Clerk", "Action – Clerk", "Action by: Head of Finance"])
def test_action_lines(line):
    assert layouts.ACTION(line) is not None


@pytest.mark.parametrize("line", ["Action on Climate Change", "Action Plan", "ACTION PLAN: 2024 update", "Actioned: yes"])
def test_not_action_lines(line):
    assert layouts.ACTION(line) is None


def test_an_agenda_item_title_wrapped_onto_a_second_line_keeps_its_whole_title(tmp_path):
    [doc] = prepare(tmp_path, "wrapped_agenda").documents
    titles = [" ".join(item.split()) for item in items_of(doc)]
    assert titles[4] == "5. Proposed Revenue Budget 2025-26 and Medium Term Financial Plan 2025-28 (Pages 9 - 64)"
    assert titles[5] == "6. Capital Strategy and Treasury Management Strategy (Pages 65 - 90)"
    assert not any(b.kind == "para" and "Financial Plan" in b.text for b in doc.blocks)


def test_the_kent_cabinet_front_sheet_keeps_item_5():
    """The real front sheet: item 5's title runs onto a line of its own with only its page numbers."""
    path = KENT / "cabinet" / "2025-03-04" / "Agenda frontsheet 04th-Mar-2025 10.00 Cabinet.pdf"
    [doc] = prepare_file(path).documents
    numbers = [item.split()[0] for item in items_of(doc)]
    assert numbers == ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."]
    [five] = [" ".join(item.split()) for item in items_of(doc) if item.startswith("5.")]
    assert five == "5. Late Changes to the 25-26 Budget and 25-2028 Medium Term Financial Plan (Pages 19 - 24)"
    # the list a pack's reports are matched against holds the whole titles too
    listed = agenda_item_titles(paragraphs(pipeline.read(path).pages))
    assert "5. Late Changes to the 25-26 Budget and 25-2028 Medium Term Financial Plan" in listed
    assert any(x.endswith("Future of Commissioned Services at Seashells and Millmead Family Hubs") for x in listed)


# ---------------------------------------------------------------- the third round's rows

@pytest.mark.parametrize("line, found", [
    ("Minutes of the hearing held on Tuesday 9 April 2024 at 10.00 am", "2024-04-09"),
    ("Minutes of the meeting held at County Hall, Wyvernbury, on Wednesday 8 May 2024 at 10.00 am", "2024-05-08"),
])
def test_minutes_of_a_hearing_or_meeting_held(line, found):
    assert layouts.by_name("minutes_of_meeting_held")(line)["meeting_date"] == found


def test_decisions_of_a_body_held_on():
    found = layouts.by_name("decisions_determined_at")("Decisions of the Cabinet held on Wednesday 8 May 2024 at 10.00 am")
    assert (found["committee"], found["meeting_date"], found["doc_type"]) == ("Cabinet", "2024-05-08", "minutes")
    assert layouts.by_name("decisions_determined_at")("Decisions of the Cabinet are published within two days") is None


@pytest.mark.parametrize("name, line", [
    ("determined", "The Sub-Committee has determined that the licence be granted subject to conditions."),
    ("determined", "The Sub-Committee determined to take no further action."),
    ("resolution_label", "Resolution: That the payments listed be approved for payment."),
    ("resolution_label", "Resolution – That a replacement battery be purchased."),
    ("it_is_recommended", "It is recommended that Cabinet:"),
    ("it_is_recommended", "It is recommended that the Licensing Committee approves the policy."),
])
def test_third_round_decision_wordings(name, line):
    assert layouts.first_match(layouts.DECISIONS, line)[0].name == name


@pytest.mark.parametrize("line", ["The applicant has determined to appeal.", "Resolutions of other councils were noted.",
                                  "It is recommended that residents keep their receipts.", "The Resolution Foundation report"])
def test_not_third_round_decision_wordings(line):
    found = layouts.first_match(layouts.DECISIONS, line)
    assert found is None or found[0].name not in ("determined", "resolution_label", "it_is_recommended")


@pytest.mark.parametrize("title", ["Application No: 23/01234/FUL – Land at Mill Lane, Hatherby",
                                   "Application for a Premises Licence: The Old Forge, 12 High Street, Hatherby",
                                   "24/00077/HOU – 3 Orchard Close, Hatherby", "Planning Application Ref. DC/24/0012 – Orme Road"])
def test_items_titled_by_an_application(title):
    assert layouts.APPLICATION_TITLE(title) is not None


@pytest.mark.parametrize("title", ["Applications received since the last meeting", "Application of the reserves policy",
                                   "Mr A, Deputy Leader, reported"])
def test_not_items_titled_by_an_application(title):
    assert layouts.APPLICATION_TITLE(title) is None


@pytest.mark.parametrize("text, vote", [
    ("Vote: For 7, Against 2, Abstain 1 – carried", "For (7), Against (2), Abstain (1): carried"),
    ("Voting: For: 9; Against: 3", "For (9), Against (3)"),
])
def test_a_vote_printed_label_first(text, vote):
    assert votes.recorded_vote(text) == vote


@pytest.mark.parametrize("text", ["We voted for 7 items against 2 others.", "Funding for 7 years; against 2 bids"])
def test_not_a_vote_printed_label_first(text):
    assert votes.show_of_hands(text) is None


@pytest.mark.parametrize("line", ["| Item | Decision |", "| Agenda item | Decision taken |", "Minute No | Resolution",
                                  "Item                                   Decision"])
def test_decision_table_headers(line):
    assert layouts.DECISION_TABLE(line) is not None


@pytest.mark.parametrize("line", ["| Item | Date of Meeting |", "| Payee | Amount |", "Item 5: Decision", "Item Decision"])
def test_not_decision_table_headers(line):
    assert layouts.DECISION_TABLE(line) is None


@pytest.mark.parametrize("key", ["item_decision_table", "pdf_item_decision_table"])
def test_a_decision_table_files_each_row_under_its_item(tmp_path, key):
    prepared = prepare(tmp_path, key)
    [doc] = prepared.documents
    assert [(b.item, b.found_by) for b in doc.blocks if b.is_resolution] == [
        ("5. Hackney Carriage Fares", "decision_table"), ("6. Street Trading Consents", "decision_table")]
    assert any("increase of 4%" in c.text and c.item == "5. Hackney Carriage Fares" for c in prepared.chunks)


def test_a_cover_sheets_title_stops_at_the_reports_first_heading(tmp_path):
    [doc] = prepare(tmp_path, "officer_report_numbered").documents
    assert doc.title == "Wendmoor Town Centre Car Parking Strategy"
    [(_, decided)] = decisions_of(doc)
    assert "1. approves" in decided and "2. delegates" in decided and "Reasons for" not in decided
    # the report's later sections are headings of their own, each over its text
    assert [b.section for b in doc.blocks if b.text.startswith(("The strategy will", "The last review"))] == [
        "Reasons for recommendation(s)", "Background"]


def test_a_minute_after_a_decisions_numbered_reasons_is_its_own_item(tmp_path):
    [doc] = prepare(tmp_path, "planning_applications").documents
    [refused] = [t for i, t in decisions_of(doc) if "REFUSED" in t]
    assert "street scene" in refused and "Appeal Decisions" not in refused
    assert [b.found_by for b in doc.blocks if b.kind == "heading" and b.item and b.item.startswith("89.")] == ["application_title"]


def test_a_pdf_decision_table_ends_where_its_columns_do(make_pdf):
    page = [PDF_ITEM_DECISION_TABLE[0] + ["The meeting closed at 7.40 pm."]]
    [doc] = prepare_file(make_pdf("licensing-minutes.pdf", page)).documents
    [closed] = [b for b in doc.blocks if "closed at" in b.text]
    assert closed.text == "The meeting closed at 7.40 pm." and not closed.is_resolution
