"""The parser on a sixth round of house styles, aimed at how real councils' PDFs come out of pypdf's
text extraction: words hyphenated at the end of a line inside a decision, a heading set in capitals
over three lines, letter-spaced capitals ("M I N U T E S"), bullets drawn in a symbol font (pypdf
puts the glyph on a line of its own), ordinals set as superscripts ("3" / "rd" / "March 2025"),
page numbers printed "- 3 -" and "3 | Page", "Agenda Item 4:" headings, minute numbers with the
municipal year in brackets, "Cllr." with a full stop and the Chairman's announcements, 24-hour
times by the date, a schedule of decisions, a cover page that says only "Minutes" and the date, a
landscape table of recommendations whose header is repeated on its second page, a "Chair's
initials" footer on every page and minutes whose item titles keep the agenda's "(Pages 5 - 12)".
Each page is invented (councils, people, places), built as a real PDF with reportlab (the quirk
drawn as a council's software draws it) and read back by pypdf through the real pipeline, or
written as text where the quirk is a text one; each is checked as tests/ingest/test_house_styles.py
checks its pages."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape

from core.terms import terms
from core.types import Page
from ingest import furniture, layouts
from ingest.hyphens import join_broken_words
from ingest.lines import LIST_START, looks_titley, unspaced
from tests.ingest.pages import SOFTWARE, decision_under, items_of, prepare_page, problems

# The pages are drawn as councils' software draws them (tests/ingest/pages.py SOFTWARE), some lines
# with a superscript, letter-spacing or a symbol-font bullet (build_pdf's line tuples).
DRAWING = SOFTWARE


# ---------------------------------------------------------------- the pages

HYPHENATED = [
    ["THORNBURY VALE DISTRICT COUNCIL",
     "Minutes of the meeting of the Licensing and Regulatory Committee held on Tuesday 11 February",
     "2025 at 6.30 pm in the Council Chamber, Thornbury Vale",
     "Present: Councillors G Ashdown (Chair), H Brierley, J Colley, K Dearden and M Elwood",
     "34. Declarations of Interest",
     "There were no declarations of interest.",
     "35. Review of the Statement of Gambling Principles",
     "The Licensing Manager presented the draft statement, which had been the subject of a twelve-",
     "week public consultation, and summarised the responses received from the Police and the",
     "environ-",
     "mental health service.",
     "RESOLVED that the revised Statement of Gambling Principles be recom-",
     "mended to Council for adoption, with effect from 31 March 2025, subject to the amend-",
     "ments to paragraph 4.2 set out in the supplementary report.",
     "36. Taxi Licensing Enforcement Update",
     "RESOLVED that the enforcement update be noted."],
]

SPLIT_CAPS_HEADING = [
    ["ASHWORTH BOROUGH COUNCIL",
     "MINUTES OF THE MEETING OF THE",
     "PLANNING AND LICENSING COMMITTEE",
     "HELD ON 12 MARCH 2024 AT 19:00",
     "Present: Councillors F Garside (Chair), P Hebden, R Ingleby, S Jagger and T Kettlewell",
     "Apologies: Councillor U Lumb",
     "61. Declarations of Interest",
     "Councillor Ingleby declared an interest in item 63 as a neighbour of the site.",
     "62. Minutes",
     "RESOLVED that the minutes of the meeting held on 13 February 2024 be approved as a correct record.",
     "63. 23/01877/FUL – 14 Moorside Road, Ashworth",
     "RESOLVED that planning permission be refused for the reason set out in the report."],
]

LETTER_SPACED = [
    [("spaced", "MINUTES"),
     "Brindle Parish Council",
     "Meeting held on Monday 10 February 2025 at 7.30 pm in Brindle Village Hall",
     "Present: Cllr N Aspinall (Chairman), Cllr O Bamber, Cllr P Cowell, Cllr R Dunderdale",
     "In attendance: Mrs S Eccles (Clerk)",
     "1. Apologies",
     "Cllr T Fazackerley (work).",
     "2. Planning Applications",
     "RESOLVED to raise no objection to application 25/0044/HH, 3 Church Lane.",
     "3. Accounts for Payment",
     "RESOLVED that the payments listed, totalling £1,284.50, be approved."],
]

SYMBOL_BULLETS = [
    ["Kirkwell Metropolitan Borough Council",
     "Cabinet",
     "Minutes of the meeting held on Wednesday 19 March 2025 at 2.00 pm",
     "Present: Councillor A Lambert (Leader, in the Chair), Councillors B Moxon, C Nuttall and D Ormerod",
     "112. Declarations of Interest",
     "None.",
     "113. Local Transport Plan Capital Programme 2025/26",
     "The Cabinet Member for Transport introduced the report.",
     "RESOLVED that:",
     ("bullet", "Symbol", "\u2022", "the Local Transport Plan capital programme for 2025/26 be approved;", 0),
     ("bullet", "Symbol", "\u2022", "the Director of Place be authorised to vary the programme within the budget, for:", 0),
     ("bullet", "Courier", "o", "schemes costing less than £250,000; and", 24),
     ("bullet", "Courier", "o", "schemes funded wholly by developer contributions;", 24),
     ("bullet", "ZapfDingbats", "n", "a progress report be brought to Cabinet in October 2025.", 0),
     "114. Exclusion of the Public",
     "RESOLVED that the public be excluded for the following item."],
]

SYMBOL_BULLETS_TEXT = """Kirkwell Metropolitan Borough Council
Cabinet
Minutes of the meeting held on Wednesday 19 March 2025 at 2.00 pm
Present: Councillor A Lambert (Leader, in the Chair), Councillors B Moxon, C Nuttall and D Ormerod

112. Declarations of Interest
None.

113. Local Transport Plan Capital Programme 2025/26
The Cabinet Member for Transport introduced the report.
RESOLVED that:
\uf0b7 the Local Transport Plan capital programme for 2025/26 be approved;
\uf0b7 the Director of Place be authorised to vary the programme within the budget, for:
  o schemes costing less than £250,000; and
  o schemes funded wholly by developer contributions;
\u25aa a progress report be brought to Cabinet in October 2025.

114. Exclusion of the Public
RESOLVED that the public be excluded for the following item.
"""

# the same saved from a word processor as text, a paragraph to each bullet and no semicolons
SYMBOL_BULLETS_PARAGRAPHS = """Kirkwell Metropolitan Borough Council
Cabinet
Minutes of the meeting held on Wednesday 19 March 2025 at 2.00 pm
Present: Councillor A Lambert (Leader, in the Chair), Councillors B Moxon, C Nuttall and D Ormerod

112. Declarations of Interest

None.

113. Local Transport Plan Capital Programme 2025/26

The Cabinet Member for Transport introduced the report.

RESOLVED that Cabinet:

\uf0b7 approves the Local Transport Plan capital programme for 2025/26

\uf0b7 authorises the Director of Place to vary the programme within the budget

\u25aa asks for a progress report in October 2025

114. Exclusion of the Public

RESOLVED that the public be excluded for the following item.
"""

SUPERSCRIPT_ORDINALS = [
    ["WHITCLIFFE TOWN COUNCIL",
     "Finance and General Purposes Committee",
     ("sup", "Minutes of the meeting held on Monday 3", "rd", " March 2025 at 19:00"),
     "Present: Cllr V Pickup (Chairman), Cllr W Quarmby, Cllr Y Rishworth, Cllr Z Stott",
     "45. Minutes",
     ("sup", "The minutes of the meeting held on 3", "rd", " February 2025 were approved as a correct record."),
     "46. Budget Monitoring",
     "The Town Clerk presented the budget monitoring report to 28 February 2025.",
     "RESOLVED that the report be noted.",
     "47. Grant to Whitcliffe Carnival",
     "RESOLVED to award a grant of £750 to the Whitcliffe Carnival Committee."],
]

DASH_PAGE_NUMBERS = [
    ["Lowmoor District Council",
     "Minutes of the meeting of the Overview and Scrutiny Committee held on Thursday 16 January 2025",
     "at 6.00 pm",
     "Present: Councillors H Thistlethwaite (Chair), J Umpleby, K Varley, L Wadsworth and M Yates",
     "51. Declarations of Interest",
     "There were no declarations of interest.",
     "52. Housing Allocations Policy Review",
     "The Head of Housing presented the review of the allocations policy and answered questions",
     "about the waiting list and the banding of applicants in temporary accommodation.",
     "RESOLVED that Cabinet be recommended to:",
     "(a) adopt the revised allocations policy; and"],
    ["(b) review the banding of applicants in temporary accommodation after twelve months.",
     "53. Work Programme 2024/25",
     "The Committee considered its work programme for the rest of the municipal year.",
     "RESOLVED that the work programme be agreed, with the addition of an item on damp and mould."],
]

AGENDA_ITEM_COLON = [
    ["Eastmere County Council",
     "Health and Wellbeing Board",
     "Minutes of the meeting held on Tuesday 25 February 2025 at 10.00 am",
     "Present: Councillor N Zeller (Chair), Dr P Abbott, Ms R Bellingham, Councillor S Carrick",
     "Agenda Item 4: Pharmaceutical Needs Assessment 2025",
     "The Director of Public Health presented the assessment.",
     "RESOLVED that the Pharmaceutical Needs Assessment 2025 be approved for publication.",
     "Agenda Item 5: Better Care Fund Plan 2025/26",
     "The Board discussed the plan and the pressures on hospital discharge.",
     "RESOLVED that the Better Care Fund Plan 2025/26 be endorsed.",
     "Agenda Item 6: Forward Plan",
     "The Board noted the forward plan."],
]

MINUTE_NO_YEAR = [
    ["Fellgate Town Council",
     "Minutes of the Planning Committee held on Tuesday 8 April 2025 at 7.00 pm",
     "Present: Cllr T Dobson (Chair), Cllr U Entwistle, Cllr V Fothergill",
     "Minute No. (2024/25) 112 Apologies for Absence",
     "Apologies were received from Cllr W Greenhalgh.",
     "Minute No. (2024/25) 113 Planning Applications",
     "RESOLVED to object to application 25/00312/FUL, Land at Fell Lane, on highway grounds.",
     "Minute No. (2024/25) 114 Neighbourhood Plan",
     "RESOLVED that the working group's draft policies be published for consultation."],
]

CHAIRMAN_CLLR_DOT = [
    ["HAYWOOD PARISH COUNCIL",
     "Minutes of the Parish Council meeting held on Thursday 13th February 2025 at 7.30pm",
     "Present: Cllr. A Ibbotson (Chairman), Cllr. B Jowett, Cllr. C Kershaw, Cllr. D Lister",
     "The Chairman welcomed everyone to the meeting.",
     "1. Apologies for Absence",
     "Cllr. E Midgley (illness).",
     "2. Chairman's Announcements",
     "The Chairman reported that the defibrillator at the Institute had been checked by Cllr. Jowett.",
     "3. Village Hall Roof",
     "Three quotations had been received. Proposed by Cllr. Kershaw, seconded by Cllr. Lister and",
     "unanimously agreed to accept the quotation from Pennine Roofing Ltd of £6,450.",
     "Cllr. Jowett left the meeting at 8.40pm.",
     "4. Date of Next Meeting",
     "Thursday 13th March 2025 at 7.30pm."],
]

SCHEDULE_OF_DECISIONS = [
    ["Ravensholme Borough Council",
     "Schedule of Decisions",
     "Cabinet – Tuesday 4 March 2025",
     "Published: 6 March 2025. Decisions take effect on 14 March 2025 unless called in.",
     "7. Revenue Budget Monitoring Quarter 3",
     "Decision: Cabinet noted the forecast outturn and approved the virements in Appendix 2.",
     "8. Disposal of Land at Canal Wharf",
     "Decision: Cabinet agreed to dispose of the land at Canal Wharf to Ravensholme Homes for £1.2m.",
     "9. Fees and Charges 2025/26",
     "Decision: Cabinet approved the fees and charges for 2025/26 set out in Appendix A."],
]

BLANK_COVER = [
    ["[Oakridge District Council logo]",
     ("gap",), ("gap",), ("gap",),
     "Minutes",
     ("gap",),
     "Wednesday 22 January 2025"],
    ["Oakridge District Council",
     "Audit Committee",
     "Minutes of the meeting held on Wednesday 22 January 2025 at 6.00 pm",
     "Present: Councillors P Nutter (Chair), R Oddie, S Pollard and T Quigley",
     "Independent Member: Mrs U Rawlinson",
     "18. External Audit Annual Report 2023/24",
     "The External Auditor presented the annual report.",
     "RESOLVED that the annual report be noted.",
     "19. Risk Management Update",
     "RESOLVED that the strategic risk register be approved."],
]

LANDSCAPE_TABLE = [
    ["Cheverton County Council",
     "Children and Young People Scrutiny Committee",
     "Minutes of the meeting held on Monday 17 March 2025 at 10.00 am",
     "Present: County Councillors W Ackroyd (Chair), Y Blamires, Z Crowther and A Duckworth",
     "21. Task and Finish Group: School Transport",
     "The Chair of the task and finish group presented its final report and recommendations.",
     "RESOLVED that the recommendations below be referred to Cabinet:",
     "No.   Recommendation                                                          Lead                   Timescale",
     "R1    Publish the school transport policy in plain English on one web page    Head of Transport      June 2025",
     "R2    Review the eligibility of pupils with special needs each year          Head of SEND           September 2025"],
    ["No.   Recommendation                                                          Lead                   Timescale",
     "R3    Offer independent travel training to every eligible pupil at 14         Head of Transport      January 2026",
     "R4    Report the cost of the service to this Committee each quarter           Director of Education  From July 2025",
     "22. Work Programme",
     "RESOLVED that the work programme be noted."],
]

CHAIRS_INITIALS = [
    ["Mossley Bridge Town Council",
     "Minutes of the meeting of the Town Council held on Monday 20 January 2025 at 7.00 pm",
     "Present: Cllr B Earnshaw (Mayor), Cllr C Firth, Cllr D Gledhill, Cllr E Haigh",
     "101. Apologies",
     "Cllr F Illingworth (family commitment).",
     "102. Minutes",
     "RESOLVED that the minutes of the meeting held on 16 December 2024 be approved and signed.",
     "103. Precept 2025/26",
     "The Town Clerk presented the draft budget for 2025/26.",
     "RESOLVED that the precept for 2025/26 be set at £186,400."],
    ["104. Allotments",
     "RESOLVED that the allotment rent for 2025/26 be £42 per full plot.",
     "105. Christmas Market",
     "The Mayor thanked the volunteers who had run the Christmas market."],
]

PAGES_IN_MINUTES = [
    ["Sandown Vale District Council",
     "Minutes of the meeting of the Cabinet held on Thursday 6 February 2025 at 6.00 pm",
     "Present: Councillor G Jessop (Leader), Councillors H Kitson, J Lodge and K Mallinson",
     "88. Minutes (Pages 5 - 12)",
     "RESOLVED that the minutes of the meeting held on 9 January 2025 be approved as a correct record.",
     "89. Medium Term Financial Strategy 2025-2029 (Pages 13 - 58)",
     "The Portfolio Holder for Finance presented the strategy.",
     "RECOMMENDED to Council that the Medium Term Financial Strategy 2025-2029 be approved.",
     "90. Car Parking Charges (Pages 59 - 70)",
     "RESOLVED that the car parking charges in Appendix 1 be approved from 1 April 2025."],
]

# ---------------------------------------------------------------- what each page must give
# name -> (file name, pages or text, build options, expected)

PAGES = {
    "hyphenated": ("licensing-minutes.pdf", HYPHENATED, {}, dict(
        doc_type="minutes", committee="Licensing and Regulatory Committee", meeting_date="2025-02-11",
        council="Thornbury Vale District Council", items=["34.", "35.", "36."],
        decisions=[("35.", "supplementary report"), ("36.", "enforcement update be noted")])),
    "split_caps_heading": ("planning-minutes.pdf", SPLIT_CAPS_HEADING, {}, dict(
        doc_type="minutes", committee="Planning and Licensing Committee", meeting_date="2024-03-12",
        council="Ashworth Borough Council", items=["61.", "62.", "63."],
        decisions=[("62.", "correct record"), ("63.", "refused for the reason")])),
    "letter_spaced": ("parish-minutes.pdf", LETTER_SPACED, {}, dict(
        doc_type="minutes", committee="Brindle Parish Council", meeting_date="2025-02-10",
        council="Brindle Parish Council", items=["1.", "2.", "3."],
        decisions=[("2.", "no objection"), ("3.", "£1,284.50, be approved")])),
    "symbol_bullets": ("cabinet-minutes.pdf", SYMBOL_BULLETS, {}, dict(
        doc_type="minutes", committee="Cabinet", meeting_date="2025-03-19", council="Kirkwell Metropolitan Borough Council",
        items=["112.", "113.", "114."],
        decisions=[("113.", "Cabinet in October 2025"), ("114.", "public be excluded")])),
    "symbol_bullets_text": ("cabinet-minutes.txt", SYMBOL_BULLETS_TEXT, {}, dict(
        doc_type="minutes", committee="Cabinet", meeting_date="2025-03-19", council="Kirkwell Metropolitan Borough Council",
        items=["112.", "113.", "114."],
        decisions=[("113.", "Cabinet in October 2025"), ("114.", "public be excluded")])),
    "symbol_bullets_paragraphs": ("cabinet-minutes.txt", SYMBOL_BULLETS_PARAGRAPHS, {}, dict(
        doc_type="minutes", committee="Cabinet", meeting_date="2025-03-19", council="Kirkwell Metropolitan Borough Council",
        items=["112.", "113.", "114."],
        decisions=[("113.", "progress report in October 2025"), ("114.", "public be excluded")])),
    "superscript_ordinals": ("fgp-minutes.pdf", SUPERSCRIPT_ORDINALS, {}, dict(
        doc_type="minutes", committee="Finance and General Purposes Committee", meeting_date="2025-03-03",
        council="Whitcliffe Town Council", items=["45.", "46.", "47."],
        decisions=[("45.", "correct record"), ("46.", "report be noted"), ("47.", "grant of £750")])),
    "dash_page_numbers": ("scrutiny-minutes.pdf", DASH_PAGE_NUMBERS, {"footer": "- {n} -"}, dict(
        doc_type="minutes", committee="Overview and Scrutiny Committee", meeting_date="2025-01-16",
        council="Lowmoor District Council", items=["51.", "52.", "53."],
        decisions=[("52.", "after twelve months"), ("53.", "damp and mould")])),
    "bar_page_numbers": ("scrutiny-minutes.pdf", DASH_PAGE_NUMBERS, {"footer": "{n} | Page"}, dict(
        doc_type="minutes", committee="Overview and Scrutiny Committee", meeting_date="2025-01-16",
        council="Lowmoor District Council", items=["51.", "52.", "53."],
        decisions=[("52.", "after twelve months"), ("53.", "damp and mould")])),
    "agenda_item_colon": ("hwb-minutes.pdf", AGENDA_ITEM_COLON, {}, dict(
        doc_type="minutes", committee="Health and Wellbeing Board", meeting_date="2025-02-25",
        council="Eastmere County Council", items=["Agenda Item 4:", "Agenda Item 5:", "Agenda Item 6:"],
        decisions=[("Agenda Item 4:", "approved for publication"), ("Agenda Item 5:", "be endorsed"),
                   ("Agenda Item 6:", "noted the forward plan")])),
    "minute_no_year": ("planning-minutes.pdf", MINUTE_NO_YEAR, {}, dict(
        doc_type="minutes", committee="Planning Committee", meeting_date="2025-04-08", council="Fellgate Town Council",
        items=["Minute No. (2024/25) 112", "Minute No. (2024/25) 113", "Minute No. (2024/25) 114"],
        decisions=[("Minute No. (2024/25) 113", "highway grounds"), ("Minute No. (2024/25) 114", "published for consultation")])),
    "chairman_cllr_dot": ("parish-minutes.pdf", CHAIRMAN_CLLR_DOT, {}, dict(
        doc_type="minutes", committee="Haywood Parish Council", meeting_date="2025-02-13", council="Haywood Parish Council",
        items=["1.", "2.", "3.", "4."], decisions=[("3.", "Pennine Roofing Ltd of £6,450")])),
    "schedule_of_decisions": ("cabinet-decisions.pdf", SCHEDULE_OF_DECISIONS, {}, dict(
        doc_type="minutes", committee="Cabinet", meeting_date="2025-03-04", council="Ravensholme Borough Council",
        items=["7.", "8.", "9."],
        decisions=[("7.", "virements in Appendix 2"), ("8.", "for £1.2m"), ("9.", "set out in Appendix A")])),
    "blank_cover": ("audit-minutes.pdf", BLANK_COVER, {}, dict(
        doc_type="minutes", committee="Audit Committee", meeting_date="2025-01-22", council="Oakridge District Council",
        items=["18.", "19."], decisions=[("18.", "annual report be noted"), ("19.", "risk register be approved")])),
    "landscape_table": ("cyp-scrutiny-minutes.pdf", LANDSCAPE_TABLE, {"size": landscape(A4)}, dict(
        doc_type="minutes", committee="Children and Young People Scrutiny Committee", meeting_date="2025-03-17",
        council="Cheverton County Council", items=["21.", "22."],
        decisions=[("21.", "From July 2025"), ("22.", "work programme be noted")])),
    "chairs_initials": ("council-minutes.pdf", CHAIRS_INITIALS, {"footer": "Chair's initials ............"}, dict(
        doc_type="minutes", committee="Mossley Bridge Town Council", meeting_date="2025-01-20",
        council="Mossley Bridge Town Council", items=["101.", "102.", "103.", "104.", "105."],
        decisions=[("102.", "approved and signed"), ("103.", "£186,400"), ("104.", "£42 per full plot")])),
    "pages_in_minutes": ("cabinet-minutes.pdf", PAGES_IN_MINUTES, {}, dict(
        doc_type="minutes", committee="Cabinet", meeting_date="2025-02-06", council="Sandown Vale District Council",
        items=["88.", "89.", "90."],
        decisions=[("88.", "correct record"), ("89.", "Strategy 2025-2029 be approved"), ("90.", "from 1 April 2025")])),
}


def prepare(tmp_path: Path, key: str):
    name, content, options, _ = PAGES[key]
    return prepare_page(tmp_path, name, content, **DRAWING, **options)


@pytest.mark.parametrize("key", list(PAGES))
def test_sixth_round_house_style_page(tmp_path, key):
    assert problems(prepare(tmp_path, key), PAGES[key][3]) == []


# ---------------------------------------------------------------- what these pages needed

def test_a_word_hyphenated_at_a_lines_end_reads_whole_in_the_decision_and_is_searched_whole(tmp_path):
    prepared = prepare(tmp_path, "hyphenated")
    [doc] = prepared.documents
    decision = decision_under(doc, "35.")
    assert "be recommended" in decision and "the amendments" in decision and "recom-" not in decision
    assert decision.startswith("RESOLVED") and decision.rstrip().endswith("supplementary report.")
    [chunk] = [c for c in prepared.chunks if "Statement of Gambling Principles be" in c.text]
    assert {terms("recommended")[0], terms("amendments")[0], terms("environmental")[0]} <= set(terms(chunk.text))
    # a word hyphenated in its own right keeps its hyphen
    assert "twelve-week" in chunk.text and "twelveweek" not in chunk.text


@pytest.mark.parametrize("text, joined", [
    ("the report be recom-\nmended to Council.", "the report be recommended\nto Council."),
    ("the environ-\nmental health service", "the environmental\nhealth service"),
    ("a twelve-\nweek consultation", "a twelve-week\nconsultation"),
    ("the long-\nterm plan; a long-term view", "the long-term\nplan; a long-term view"),
    ("its in-\nline procurement", "its in-line\nprocurement"),
    ("the amend-\nments.\nNext line", "the amendments.\nNext line"),
])
def test_words_broken_at_a_lines_end(text, joined):
    assert join_broken_words([Page(1, text)])[0].text == joined


@pytest.mark.parametrize("text", [
    "Ashby-\nde-la-Zouch Town Council",          # the next part is a name
    "Item 4 -\nthe budget",                       # a dash after a space
    "2024-\n25 budget",                           # figures
    "a decision is due -\nnot before March",
])
def test_not_words_broken_at_a_lines_end(text):
    assert join_broken_words([Page(1, text)])[0].text == text


@pytest.mark.parametrize("line, spelled", [
    ("M I N U T E S", "MINUTES"), ("A G E N D A", "AGENDA"), ("A G E N D A   I T E M S", "AGENDA ITEMS"),
])
def test_letter_spaced_capitals_read_as_their_word(line, spelled):
    assert unspaced(line) == spelled


@pytest.mark.parametrize("line", ["Y N Y Y N", "X X X X X", "A B", "I A M", "Minutes of the meeting", "R1 R2 R3"])
def test_not_letter_spaced_capitals(line):
    assert unspaced(line) == line


def test_a_letter_spaced_title_over_the_masthead_makes_the_paper_minutes(tmp_path):
    [doc] = prepare(tmp_path, "letter_spaced").documents
    assert doc.found_by["meeting_date"].recogniser == "meeting_held_on"
    assert doc.blocks[0].text.startswith("M I N U T E S")      # the text stays as printed


@pytest.mark.parametrize("key", ["symbol_bullets", "symbol_bullets_text", "symbol_bullets_paragraphs"])
def test_a_resolution_with_symbol_font_bullets_keeps_every_bullet(tmp_path, key):
    [doc] = prepare(tmp_path, key).documents
    decision = decision_under(doc, "113.")
    assert decision.startswith("RESOLVED that")
    assert "2025/26" in decision and "vary the programme" in decision and "October 2025" in decision
    if key != "symbol_bullets_paragraphs":
        assert "less than £250,000" in decision and "developer contributions" in decision


@pytest.mark.parametrize("line", ["\uf0b7 the report be noted", "• the report be noted", "▪ a progress report",
                                  "  o schemes costing less", "(a) adopt the policy", "iv) the budget", "That the report"])
def test_list_parts(line):
    assert LIST_START.match(line)


@pytest.mark.parametrize("line", ["Cllr. Jowett left the meeting at 8.40pm.", "Mr. Smith asked a question.",
                                  "over the summer", "- the Chair said", "Dr. Abbott presented the report."])
def test_not_list_parts(line):
    assert not LIST_START.match(line)


def test_ordinals_set_as_superscripts_still_date_the_meeting_and_the_minutes_it_approves(tmp_path):
    [doc] = prepare(tmp_path, "superscript_ordinals").documents
    [approved] = [b for b in doc.blocks if b.found_by == "previous_minutes_approved"]
    assert "3\nrd" in approved.text           # as pypdf gives it
    from ingest import layouts
    assert layouts.PREVIOUS_MINUTES(approved.text)["previous_date"] == "2025-02-03"


@pytest.mark.parametrize("key", ["dash_page_numbers", "bar_page_numbers"])
def test_page_numbers_printed_with_dashes_or_bars_are_dropped_and_the_decision_runs_over_the_page(tmp_path, key):
    [doc] = prepare(tmp_path, key).documents
    assert not any(re.search(r"^\s*(?:- \d -|\d \| Page)\s*$", b.text, re.M) for b in doc.blocks)
    decision = decision_under(doc, "52.")
    assert "(a) adopt the revised allocations policy; and" in decision and "(b) review the banding" in decision


def test_agenda_item_headings_in_minutes(tmp_path):
    [doc] = prepare(tmp_path, "agenda_item_colon").documents
    assert items_of(doc) == ["Agenda Item 4: Pharmaceutical Needs Assessment 2025",
                             "Agenda Item 5: Better Care Fund Plan 2025/26", "Agenda Item 6: Forward Plan"]


@pytest.mark.parametrize("line, number, title", [
    ("Minute No. (2024/25) 112 Apologies for Absence", "(2024/25) 112", "Apologies for Absence"),
    ("Min. No. (24/25) 7 Planning Applications", "(24/25) 7", "Planning Applications"),
    ("Minute No. 12 Minutes", "12", "Minutes"),
])
def test_minute_numbers_with_the_municipal_year_in_brackets(line, number, title):
    found = layouts.first_match(layouts.ITEMS, line)
    assert found is not None and (found[1]["number"], found[1]["title"]) == (number, title)


def test_a_member_leaving_written_cllr_with_a_full_stop_is_not_part_of_the_decision(tmp_path):
    [doc] = prepare(tmp_path, "chairman_cllr_dot").documents
    assert "left the meeting" not in decision_under(doc, "3.")
    [left] = [b for b in doc.blocks if "left the meeting" in b.text]
    assert left.item.startswith("3.") and not left.is_resolution
    assert items_of(doc)[1] == "2. Chairman's Announcements"


def test_a_schedule_of_decisions_is_the_meetings_record_of_decisions(tmp_path):
    [doc] = prepare(tmp_path, "schedule_of_decisions").documents
    assert doc.title == "Decisions of the meeting held on 4 March 2025"
    assert layouts.DECISION_RECORD("Schedule of Decisions") is not None and layouts.DECISION_RECORD("Decision Sheet") is not None
    assert layouts.DECISION_RECORD("Schedule of decisions taken by the Cabinet on 4 March was noted.") is None


def test_a_cover_page_that_says_only_minutes_and_the_date_is_part_of_the_minutes(tmp_path):
    [doc] = prepare(tmp_path, "blank_cover").documents
    assert doc.blocks[0].page == 1 and doc.committee == "Audit Committee"


def test_a_table_of_recommendations_carried_over_a_page_stays_in_its_decision(tmp_path):
    [doc] = prepare(tmp_path, "landscape_table").documents
    decision = decision_under(doc, "21.")
    assert decision.startswith("RESOLVED that the recommendations below be referred to Cabinet:")
    assert all(ref in decision for ref in ("R1", "R2", "R3", "R4")) and decision.count("Recommendation") == 2
    assert "work programme" not in decision


def test_a_chairs_initials_footer_on_every_page_is_furniture(tmp_path):
    [doc] = prepare(tmp_path, "chairs_initials").documents
    assert not any("initials" in b.text for b in doc.blocks)
    assert decision_under(doc, "103.").endswith("£186,400.")


def test_a_signature_footer_on_a_short_file_is_furniture_only_with_its_blanks_empty():
    pages = [Page(n, f"Text of page {n}.\nMore text.\nChair's initials ............") for n in (1, 2)]
    assert [p.text for p in furniture.clean(pages).pages] == [f"Text of page {n}.\nMore text." for n in (1, 2)]
    once = [pages[0], Page(2, "Text of page 2.\nMore text.")]
    assert furniture.clean(once).pages[0].text == pages[0].text


def test_item_titles_that_keep_the_agendas_pages(tmp_path):
    [doc] = prepare(tmp_path, "pages_in_minutes").documents
    assert items_of(doc) == ["88. Minutes (Pages 5 - 12)", "89. Medium Term Financial Strategy 2025-2029 (Pages 13 - 58)",
                             "90. Car Parking Charges (Pages 59 - 70)"]
    assert looks_titley("Minutes (Pages 5 - 12)")


@pytest.mark.parametrize("text", ["The Board noted the forward plan.", "The Committee noted the work programme.",
                                  "The Panel noted the risk register."])
def test_a_body_noting_a_plan_or_programme_decides(text):
    assert layouts.by_name("noted_the_report")(text) is not None
