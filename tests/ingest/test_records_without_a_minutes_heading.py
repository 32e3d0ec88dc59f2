"""A small council's minutes that never print a minutes heading the recognisers know: a site's page titled
"Council Minutes - October 2016" over "Meeting held on 5th October 2016 ...", the councillors listed with
the one who chaired and no "Present"; a council's name over "Held MONDAY 9th November 2020 @ 19.30 via
Zoom" and "Present:"; a Welsh community council's numbered minutes whose first item lists who was present,
absent and sent apologies. Each records who attended and the business done, so each is a meeting's minutes
(not a report dated by its file's name), dated by the line saying when the meeting was held. Minutes typed
with no blank line between items ("2 Declarations of interest: None." / "3 Planning applications: ...")
are split into their items. Every page is invented, laid out as those sites lay theirs out."""
from __future__ import annotations

import pytest

from core.types import FoundBy
from tests.ingest.pages import items_of, prepare_page

TITLED_BY_MONTH = """Council Minutes - October 2016



Meeting held on 5th October 2016 at the Plough Inn at 7.30 p.m.
Meeting closed 9.05 p.m.

Cllrs Thorne (Chair), Pickering, Oduya and Lister
Clerk: Margaret Hensby
Three members of the public

1. Apologies
Cllr Farrant

2. Approval of minutes of meeting held on the 7th September 2016
Minutes having been circulated were confirmed as an accurate record and were duly signed by the Chairman.

3. Matters arising
A) Village Sign
Cllr Lister will obtain a quote for repainting the sign.
The council agreed to seek two further quotes before deciding.

4. Finance
The accounts for September were approved for payment.
"""

HELD_VIA_ZOOM = """Thornbury Magna Parish Council


Held MONDAY 9th November 2020 @ 19.30 via Zoom


Present: Chair - Cllr Ruth Ambrose, Cllr Tom Keane, Cllr Priya Shah, District Cllr Alan Webb, Clerk Sue Harker and 3 members of the public.


  1. Cllr Ambrose welcomed everyone to the meeting. No apologies were received. No declarations of interest were received.


  1. The minutes of the meeting of 12th October 2020 were agreed and will be signed when the Chair can next meet the Clerk.
"""

WELSH_NUMBERED = """1 WELCOME AND APOLOGIES 1.1 The Chairman (GP) welcomed all to the meeting 1.2 Present: Huw Parry (HP), Nia Owen (NO), Dafydd Rees (DR) and Gwen Price (GP) 1.3 Apologies: Aled Jones (AJ) 1.4 Absent: Siân Hughes (SH)

3 MINUTES TO APPROVE 12TH FEBRUARY 2019 HP proposed they were correct and seconded by NO.

5 ROAD MATTERS Grit bin: the bin at the chapel is empty. As everyone in agreement, the Clerk to ask the county council to refill it.
"""


def test_minutes_titled_by_their_month_are_split_into_their_items(tmp_path):
    [doc] = prepare_page(tmp_path, "page-118.txt", TITLED_BY_MONTH).documents
    assert doc.title == "Minutes of the meeting held on 5 October 2016"
    assert items_of(doc)[:4] == ["1. Apologies", "2. Approval of minutes of meeting held on the 7th September 2016",
                                 "3. Matters arising", "4. Finance"]


def test_an_agenda_naming_its_members_and_deciding_nothing_is_not_minutes(tmp_path):
    # (a guard: an agenda prints who is summoned and the business to come, never business done)
    page = ("Thornbury Magna Parish Council\n\nCllrs Ambrose (Chair), Keane and Shah are summoned to the meeting.\n\n"
            "1. Apologies for absence\n\n2. To approve the minutes of the meeting of 12th October 2020\n\n"
            "3. Planning applications\n")
    [doc] = prepare_page(tmp_path, "page-203.txt", page).documents
    assert doc.doc_type != "minutes"


RUN_TOGETHER = """Minutes from the meeting of Lowerby Parish Council held on Tuesday 14th September 2021 at 7pm in the Church Room.
Present: Cllr Peter Hale (chairman), Cllr Ann Cross, Cllr Joe Nairn and Jo Soames (Clerk). Members of the public: 2
1 Welcome and apologies for absence: Cllr Mary Hart sent her apologies.
2 Declaration of Councillors interests for items on the agenda: None.
3 Minutes of the meeting held on 10th August 2021 were proposed by Cllr Hale and accepted unanimously.
4 Planning applications: 21/03112/HOUS Two storey side extension at 4 Mill Row, Lowerby. There were no
objections.
5 Highways: The pothole on Mill Row has been reported again. The lengthsman will cut the verges of
2 Lanes: Mill Row and Church Lane, and the Clerk will ask him for a date.
"""


def test_items_typed_with_no_blank_line_between_are_split_at_their_numbers(tmp_path):
    # (a number out of sequence inside an item's text is the text's: "2 Lanes:" after item 5 is no item)
    prepared = prepare_page(tmp_path, "page-9.txt", RUN_TOGETHER)
    [doc] = prepared.documents
    assert doc.doc_type == "minutes"
    assert items_of(doc) == ["1 Welcome and apologies for absence:",
                             "2 Declaration of Councillors interests for items on the agenda:",
                             "4 Planning applications:", "5 Highways:"]
    [planning] = [c for c in prepared.chunks if "21/03112/HOUS" in c.text]
    assert planning.item == "4 Planning applications:" and "There were no\nobjections." in planning.text
    assert "pothole" not in planning.text


@pytest.mark.parametrize("name, page, date", [
    ("page-118.txt", TITLED_BY_MONTH, "2016-10-05"),        # dated by "Meeting held on 5th October 2016"
    ("page-204.txt", HELD_VIA_ZOOM, "2020-11-09"),          # dated by "Held MONDAY 9th November 2020"
    ("meeting-12-march-2019.txt", WELSH_NUMBERED, "2019-03-12"),    # no such line: dated by its file's name
    # the month first, as some clerks write it: "held on Tuesday July 20th 2021", "held Tuesday night February
    # the 6th 2019" (not the file's date)
    ("page-10.txt", RUN_TOGETHER.replace("Tuesday 14th September 2021", "Tuesday July 20th 2021"), "2021-07-20"),
    ("meeting-12-march-2019.txt", "A meeting of the Community Council was held Tuesday night February the 6th 2019 "
     "at 7.30pm in the Village Hall.\n\n" + WELSH_NUMBERED, "2019-02-06"),
])
def test_a_record_of_who_attended_and_business_done_is_minutes(tmp_path, name, page, date):
    [doc] = prepare_page(tmp_path, name, page).documents
    assert (doc.doc_type, doc.meeting_date) == ("minutes", date)
    assert doc.found_by["doc_type"] == FoundBy("attendance_block", 0.6)
