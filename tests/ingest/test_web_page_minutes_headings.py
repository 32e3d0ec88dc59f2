"""Minutes saved from small councils' and hosted panels' web pages (wild7): the page's own heading
"<Body> Meeting Minutes" over the date line, a parish named "X with Y", the page's title "Minutes – X
Community Council – 14/03/2023" over "Minutes of the Ordinary meeting held on ...", the host council's
"logo" line over a panel's page, and a title "<date> Minutes" over the heading. Pages written for these
tests, modelled on the layouts."""
from __future__ import annotations

from ingest import layouts
from tests.ingest.pages import prepare_page

MEETING_MINUTES = """Minutes

Brompton with Sawdon Parish Council

Full Council Meeting Minutes

7.30pm Tuesday 14 March 2023

Village Institute, Main Street, Brompton

Members Present:

Cllrs Ashby, Carter (chair), Dent and Fell

FC23/041 Apologies for absence

Apologies were received from Cllr Gale.

FC23/042 Bus shelter

Having been proposed (Cllr Dent) and seconded (Cllr Fell), it was RESOLVED to accept the quote of £1,450.
"""

VENUE_FIRST = """Planning Committee Meeting Minutes

Function Room, Old School Hall, Ashby Road, AB12 3CD

Monday 06 February 2023

Present: Cllrs Hart, Ives and Jones.

P23/007 Applications

The committee raised no objection to 22/01234/FUL.
"""


def test_a_body_meeting_minutes_heading_over_its_date_line_is_the_minutes_of_that_meeting(tmp_path):
    doc, = prepare_page(tmp_path, "full-council.txt", MEETING_MINUTES).documents
    assert (doc.doc_type, doc.meeting_date) == ("minutes", "2023-03-14")
    assert doc.found_by["meeting_date"].recogniser == "meeting_minutes_over_date"
    # the parish's name joins its two places with "with"
    assert doc.council == "Brompton with Sawdon Parish Council"


def test_a_named_committee_meeting_minutes_heading_with_the_venue_before_the_date(tmp_path):
    doc, = prepare_page(tmp_path, "planning.txt", VENUE_FIRST).documents
    assert (doc.doc_type, doc.committee, doc.meeting_date) == ("minutes", "Planning Committee", "2023-02-06")


def test_a_meeting_minutes_line_with_no_date_below_is_no_heading():
    assert layouts.by_name("meeting_minutes_over_date")("Full Council Meeting Minutes\nApproved by the Council") is None
    assert layouts.by_name("meeting_minutes_over_date")("To approve the Full Council Meeting Minutes\n14 March 2023") is None


COMMUNITY = """Minutes – Llanfair Isaf Community Council – 14/03/2023

Minutes of the Ordinary meeting held on Tuesday 14th March 2023 at 7:00pm in the Memorial Hall.

Councillors: Ann Roberts (Chair), Huw Price, Sian Lloyd.
1) Apologies.
Gwyn Owen.
2) To confirm the minutes of the meeting held on 14 February 2023.
Council authorised the Chair to sign the minutes as a correct record.
"""


def test_a_pages_title_names_the_community_council_whose_ordinary_meeting_it_was(tmp_path):
    doc, = prepare_page(tmp_path, "minutes-14-03-2023.txt", COMMUNITY).documents
    assert (doc.doc_type, doc.meeting_date) == ("minutes", "2023-03-14")
    assert doc.council == "Llanfair Isaf Community Council"
    assert doc.committee == "Llanfair Isaf Community Council"     # "the Ordinary meeting": the council's own


HOSTED = """Wessex County Council logo

Agenda and minutes

Venue: Committee Room 2, County Hall, Dorchester Road

Contact: Panel Scrutiny Officer

Items
No. Item

31/23

Appointment of Chair of the Panel

Minutes:

Upon being put to the vote, Councillor Mary Oakes was appointed as Chair of the Panel for the 2023/24 Municipal Year.
"""


def test_the_host_councils_logo_is_not_the_masthead_of_the_panel_it_hosts(tmp_path):
    docs = prepare_page(tmp_path, "panel.txt", HOSTED).documents
    assert all(d.council != "Wessex County Council" for d in docs)


def test_a_council_masthead_still_names_its_council():
    assert layouts.COUNCIL("Wessex County Council") == {"council": "Wessex County Council"}


TITLED = """March 2nd 2023 Minutes

ASHLEY PARVA PARISH COUNCIL MEETING HELD ON THURSDAY 2ND MARCH 2023 AT 7PM ASHLEY PARVA VILLAGE HALL

MINUTES

1) CLLR HOLT OPENED THE MEETING AT 7PM

2) APOLOGIES RECEIVED FROM CLLR MOSS

3) IT WAS AGREED TO BUY A NEW NOTICE BOARD FOR £310
"""


def test_a_web_pages_date_and_minutes_title_over_the_heading_leaves_the_heading_to_date_the_minutes(tmp_path):
    doc, = prepare_page(tmp_path, "march.txt", TITLED).documents
    assert (doc.doc_type, doc.meeting_date, doc.council) == ("minutes", "2023-03-02", "Ashley Parva Parish Council")
