"""Meeting and decision pages dated to their own meeting: a committee system's list of decisions, each
made at its own meeting ("Made at meeting: 14/05/2025 - Cabinet"); a heading that leaves out the year the
paper prints elsewhere ("held on Monday 9th March"); a meeting page whose only other date is the earlier
minutes it approves; an agenda entry for the last minutes with the resolution confirming them under it; a
web page's title printed twice over its date; a meeting's particulars with each value under its label.
The pages are invented (councils, people, places, figures), laid out as such pages print."""
from __future__ import annotations

from ingest import layouts
from tests.ingest.pages import prepare_page

# a committee system's "Decisions published" list: each entry its date and title, labelled lines, its text
DECISIONS_LIST = """Use the search options below to find the decisions taken by the council's committees.

Decisions published

14/05/2025 - LEISURE CENTRE CATERING CONCESSION ref: 2208    Recommendations Approved

Decision Maker: Cabinet

Made at meeting: 14/05/2025 - Cabinet

Decision published: 16/05/2025

Effective from: 24/05/2025


That the catering concession at Millbrook Leisure Centre be awarded to Fernside Catering Ltd for three years.

14/05/2025 - PLAY AREA REFURBISHMENT ref: 2209    Recommendations Approved

Decision Maker: Cabinet

Made at meeting: 14/05/2025 - Cabinet

Decision published: 16/05/2025

Effective from: 24/05/2025


That £48,000 from the play reserve be spent on new equipment at Quarry Lane play area.

08/05/2025 - TAXI LICENSING FEES 2025/26 ref: 2203    Recommendations Approved

Decision Maker: Licensing and Regulatory Committee

Made at meeting: 08/05/2025 - Licensing and Regulatory Committee

Decision published: 09/05/2025

Effective from: 09/05/2025


That the hackney carriage vehicle licence fee be set at £215 from 1 June 2025.
"""

# a parish's minutes whose heading gives the weekday, day and month and leaves the year to the rest of the page
NO_YEAR = """Minutes of the Meeting of Halsworth Parish Council held
on {weekday} 9th March at 7.30pm in the Village Hall
Present: Cllrs Ann Mercer (Chair), Tom Rudd, Priya Shah; Jo Bell (Clerk)
101 APOLOGIES FOR ABSENCE
Cllr Denton
102 MINUTES
The minutes of the meeting held on 10th February 2026 were approved and signed.
103 PLANNING
26/00412/FUL 4 Orchard Rise: single storey rear extension. No objection.
"""

# a meeting's web page with no heading: its items, one of them approving the last meeting's minutes
MEETING_PAGE_NO_HEADING = """Venue: Shire Hall, Castle Street, Ashcombe AC1 2BB
Contact: Dev Lowry Tel: 01632 960412
No. | Item |
---|---|
Apologies for Absence Minutes: Apologies were received from Councillor Joan Pryce.
|
|
Minutes of the previous meeting Minutes: The minutes of the meeting held on 15 June 2023 were approved and signed as a correct record.
|
|
Bus Shelter Programme PDF 120 KB Minutes: Cabinet approved the replacement of twelve bus shelters on the A614 corridor.
"""

# a meeting's web page: its heading, then each item with what was decided on it, the last minutes among them
MEETING_PAGE_WITH_MINUTES_ITEM = """Executive Board - Wednesday, 12th March, 2025 10.00 am

Venue: Council Chamber, Town Hall, Ashcombe

Apologies for Absence


Apologies were received from Councillor Ruth Hale.


Minutes of the Meeting held on 12 February 2025 pdf icon PDF 150 KB


Resolved: That the minutes of the meeting held on 12 February 2025 be confirmed as a correct record and signed by the Chair.


Library Opening Hours pdf icon PDF 98 KB

The Executive Board considered a report on the opening hours of the borough's three libraries.


Resolved: That Saturday opening at Westgate Library be extended to 5pm.
"""

# a meeting's web page saved as text: the site's title over the page's heading (the same words), then the date
TITLE_TWICE = """Police and Crime Panel

Police and Crime Panel

4 June 2025

Item no. Agenda Item Details Status
01 Apologies for Absence
02 Election of Chair for 2025/26

The Panel is asked to elect its Chair for the municipal year.

03 Police and Crime Plan Annual Report

This report, attached marked 3, presents the Commissioner's annual report for 2024/25.
"""

# a meeting's particulars, each label alone on its line and the value on the next
PARTICULARS = """12 November 2024

Date:

Tuesday, 12 November, 2024

Time:

10:30

Location:

Council Chamber, Brockhurst House, Ashcombe

Item no. Agenda Item Details Status
01 Apologies for Absence
02 Declarations of Interest

Members are reminded that they must declare any interest in an item.
"""


def test_each_listed_decision_is_dated_to_the_meeting_that_made_it(tmp_path):
    docs = prepare_page(tmp_path, "cabinet-decisions.txt", DECISIONS_LIST).documents
    listed = [(d.committee, d.meeting_date, d.blocks[0].item) for d in docs if d.meeting_date]
    assert listed == [("Cabinet", "2025-05-14", "LEISURE CENTRE CATERING CONCESSION"),
                      ("Cabinet", "2025-05-14", "PLAY AREA REFURBISHMENT"),
                      ("Licensing and Regulatory Committee", "2025-05-08", "TAXI LICENSING FEES 2025/26")]
    fees = docs[-1]
    assert "£215" in " ".join(b.text for b in fees.blocks) and fees.doc_type == "minutes"
    assert fees.found_by["meeting_date"].recogniser == "made_at_meeting"
    assert "Fernside" not in " ".join(b.text for b in fees.blocks)


def test_made_at_meeting_needs_a_date_and_a_body():
    assert layouts.MADE_AT_MEETING("Made at meeting: 14/05/2025 - Cabinet") == {
        "committee": "Cabinet", "meeting_date": "2025-05-14"}
    assert layouts.MADE_AT_MEETING("Made at meeting: 14 May 2025 - Planning Committee") == {
        "committee": "Planning Committee", "meeting_date": "2025-05-14"}
    assert layouts.MADE_AT_MEETING("Made at meeting: the Cabinet agreed to defer") is None
    assert layouts.MADE_AT_MEETING("Made at meeting: 31/02/2025 - Cabinet") is None       # no such day


def test_a_heading_without_its_year_takes_the_year_its_weekday_fits(tmp_path):
    doc = prepare_page(tmp_path, "halsworth-minutes.txt", NO_YEAR.format(weekday="Monday")).documents[0]
    assert (doc.meeting_date, doc.doc_type) == ("2026-03-09", "minutes")
    assert "on Monday 9th March at 7.30pm" in doc.blocks[0].text        # the text as printed


def test_a_heading_whose_weekday_fits_none_of_the_papers_years_stays_undated(tmp_path):
    # 9 March was a Friday in neither 2026 nor 2027: no year is guessed
    doc = prepare_page(tmp_path, "halsworth-minutes.txt", NO_YEAR.format(weekday="Friday")).documents[0]
    assert doc.meeting_date is None


def test_approving_the_last_minutes_does_not_date_the_page_to_that_meeting(tmp_path):
    [doc] = prepare_page(tmp_path, "meeting-page.txt", MEETING_PAGE_NO_HEADING).documents
    assert doc.meeting_date != "2023-06-15"
    assert doc.meeting_date is None


def test_the_last_minutes_confirmed_under_their_agenda_line_are_an_item_not_carried_minutes(tmp_path):
    [doc] = prepare_page(tmp_path, "meeting-page.txt", MEETING_PAGE_WITH_MINUTES_ITEM).documents
    assert (doc.committee, doc.meeting_date) == ("Executive Board", "2025-03-12")
    assert "Westgate Library" in " ".join(b.text for b in doc.blocks)


def test_a_web_pages_title_printed_twice_over_its_date_heads_the_page(tmp_path):
    [doc] = prepare_page(tmp_path, "police-and-crime-panel.txt", TITLE_TWICE).documents
    assert (doc.committee, doc.meeting_date, doc.doc_type) == ("Police and Crime Panel", "2025-06-04", "agenda")


def test_a_particular_printed_under_its_label_is_read_with_it(tmp_path):
    [doc] = prepare_page(tmp_path, "meeting-12-november-2024.txt", PARTICULARS).documents
    lines = [line for b in doc.blocks for line in b.text.split("\n")]
    assert "Location: Council Chamber, Brockhurst House, Ashcombe" in lines
    assert "Time: 10:30" in lines
    assert doc.meeting_date == "2024-11-12"
