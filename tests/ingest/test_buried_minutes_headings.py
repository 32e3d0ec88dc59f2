"""Minutes whose heading opens no paragraph of its own (wild8): a PDF's first page flattened into one
run-on line with the clerk's letterhead or the chairman's name before "Minutes of ... held on ...", a
web page's blurb and a post's "posted ... by" line above it; the heading's body named as "the Zoom
Meeting of X", "the Parish Council's Monthly Meeting" or "X (XCC)"; a date printed month first with
a comma ("August 9, 2018"); and a committee system's meeting page titled "Agenda and minutes", which
records the meeting and is dated only by its title. Pages written for these tests, modelled on the
layouts."""
from __future__ import annotations

from ingest import layouts
from tests.ingest.pages import prepare_page

RUN_ON = ("Brackley Heath Parish Council Chairman: Ruth Okafor Minutes of the Parish Council's Monthly Meeting "
          "held on 9 June 2022 in the Village Hall starting at 7:30pm Present: Councillors: R Okafor (Chair); "
          "T Lamb; S Price. Clerk: D Hale 41/22 Apologies for Absence P Yates 42/22 Minutes of Previous Meeting "
          "It was proposed by Cllr Lamb that the minutes of the meeting held on 12 May 2022 were an accurate "
          "record. This was seconded by Cllr Price and agreed by all present. 43/22 Bench on the green It was "
          "resolved to accept the quote of £380 from Hedge & Son.\n")

LETTERHEAD = """Kelby Parish Council Clerk J Marsh 4 Mill Lane KB2 7QT (01234 567890) website: www.kelbypc.org.uk

The Minutes of the Zoom Virtual Meeting of Kelby Parish Council held on Tuesday 8th December 2020 commencing at 7.00pm

Present: Mr A Dale, Mrs B Frost, Mr C Hill, Mr D Ings (Clerk)

1. Apologies: Mrs E Keel

2. Planning Application 20/04410/FUL – Two storey extension at Orchard House – No Objection.
"""

BLURB = """our meetings

Everyone is welcome at our monthly meetings, held on the 1st Tuesday of the month in the Church Rooms.

The agenda is posted on the notice board a week before each meeting.

GLENBRAE COMMUNITY COUNCIL minutes of the meeting held on March 5, 2019, in Glenbrae Church Rooms

In attendance:- CCllr Ann Reid (chair); CCllr Tom Muir (secretary); 12 members of the public.
Apologies were received from CCllr Jo Kerr.
The minutes of the previous meeting were proposed by CCllr Muir and seconded by CCllr Reid.
"""

INITIALS = """Ardmore Community Council Minute of the Ardmore Community Council (ACC) Meeting held on Thursday, 14th March 2019, in the Village Hall 1. Welcome: The Chair welcomed everyone. 2. Apologies: CClr Boyd.
"""

AGENDA_ITEM = """Ashfold Borough Council

Cabinet

AGENDA

1. Apologies

2. Minutes of the meeting held on 12 September 2024

3. Budget Monitoring
"""

MEETING_PAGE = """Agenda and minutes

Venue: Council Chamber, Town Hall, Ferrymouth

Contact: Democratic Services

No. Item

Opening of meeting

The meeting was opened with a minute's silence in memory of former Councillor Hale, who died on 3 March 2024.

Minutes

To confirm as a correct record the minutes of the meeting of the Council held on 22 February 2024.

The Mayor proposed and Councillor Oak seconded a motion, which was agreed by the Council as set out below:

that the Minutes of the meeting of the Council held on 22 February 2024 be confirmed as a correct record.
"""


def test_a_run_on_first_page_is_the_minutes_its_buried_heading_names(tmp_path):
    doc, = prepare_page(tmp_path, "monthly-meeting-june.txt", RUN_ON).documents
    # the heading's date, not the earlier minutes approved further on the same line
    assert (doc.doc_type, doc.meeting_date) == ("minutes", "2022-06-09")
    assert doc.committee == "Parish Council"        # the council's own monthly meeting, not "Parish Council's Monthly"


def test_minutes_under_a_clerks_letterhead_name_the_body_whose_zoom_meeting_it_was(tmp_path):
    doc, = prepare_page(tmp_path, "meeting-december.txt", LETTERHEAD).documents
    assert (doc.doc_type, doc.meeting_date) == ("minutes", "2020-12-08")
    assert doc.committee == "Kelby Parish Council"


def test_minutes_under_a_web_pages_blurb_dated_month_first_with_a_comma(tmp_path):
    doc, = prepare_page(tmp_path, "our-meetings.txt", BLURB).documents
    assert (doc.doc_type, doc.meeting_date) == ("minutes", "2019-03-05")


def test_a_bodys_initials_in_brackets_are_no_part_of_its_name(tmp_path):
    doc, = prepare_page(tmp_path, "march.txt", INITIALS).documents
    assert (doc.doc_type, doc.meeting_date, doc.committee) == ("minutes", "2019-03-14", "Ardmore Community Council")


def test_an_agendas_item_naming_earlier_minutes_is_no_buried_heading(tmp_path):
    doc, = prepare_page(tmp_path, "cabinet-october.txt", AGENDA_ITEM).documents
    assert doc.doc_type == "agenda"


def test_an_agenda_and_minutes_page_is_a_record_dated_by_no_sentence_of_its_minutes(tmp_path):
    doc, = prepare_page(tmp_path, "council-mid-2417.txt", MEETING_PAGE).documents
    assert doc.doc_type == "minutes"
    assert doc.found_by["doc_type"].recogniser == "record_page_title"
    # neither a death's date nor the earlier minutes' date is this meeting's
    assert doc.meeting_date is None


def test_a_month_first_date_with_a_comma_is_read_in_a_heading():
    assert layouts.heading_date("minutes of the meeting held on August 9, 2018, in the Town Hall") == "2018-08-09"
    # without the comma or an ordinal a month and a number may be a list's figures
    assert layouts.heading_date("May 15 2019") is None
