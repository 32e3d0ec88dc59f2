"""Parish minutes published as posts of a village website (Markdown exported from a blog): the post's
front matter carries the day the post went up, weeks or months after the meeting, while the text opens
with the minutes' own heading. Headings seen there: "MINUTES OF <X> PARISH COUNCIL MEETING HELD AT ...
MONDAY 11th JULY 2016", the council's name run on into the heading, a month-first date ("TUESDAY MARCH
3RD 2015"), "Minutes of the June meeting of <X>" over the heading, and a converter's escaped numbers
("1\\. Apologies"). Pages written for these tests, modelled on the layout."""
from __future__ import annotations

from ingest import layouts
from ingest.lines import plain
from tests.ingest.pages import items_of, prepare_page
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk
from answer.roles import CHAIR

POST = """---
title: "Ashwell Parish Council"
date: "2016-09-02"
categories: 
  - "parish-councils"
  - "village-news"
---

DRAFT MINUTES OF ASHWELL PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL MONDAY 11th JULY 2016

Present: Cllr P Marsh - Chairman, Cllr J Ovens, Cllr K Tate, Cllr R Vine.

3 members of the public

1\\. Apologies for Absence accepted from Cllr L Webb.

2\\. No Declarations of Interest made.

3\\. The Minutes of the meeting held on 09/05/16 were agreed as a true record.

4\\. Bus Shelter

A quote of £1,240 has been received to replace the bus shelter roof. It was agreed to accept the quote.

5\\. Date of next meeting Monday 12th September 2016.
"""


def test_a_posts_publication_date_yields_to_the_minutes_own_heading(tmp_path):
    prepared = prepare_page(tmp_path, "ashwell-parish-council-3.md", POST)
    assert len(prepared.documents) == 1
    doc = prepared.documents[0]
    assert doc.meeting_date == "2016-07-11"             # not the post's 2016-09-02
    assert doc.found_by["meeting_date"].recogniser == "minutes_of_body_meeting"
    assert (doc.doc_type, doc.council, doc.committee) == ("minutes", "Ashwell Parish Council", "Ashwell Parish Council")
    # the front matter is the web page's metadata: not indexed, never quoted
    assert not any("categories" in c.text or "2016-09-02" in c.text for c in prepared.chunks)
    assert all(c.meeting_date == "2016-07-11" for c in prepared.chunks)


def test_escaped_item_numbers_are_read_as_items(tmp_path):
    doc = prepare_page(tmp_path, "ashwell-parish-council-3.md", POST).documents[0]
    assert plain("4\\. Bus Shelter") == "4. Bus Shelter"
    assert any(item.startswith("4. Bus Shelter") for item in items_of(doc)), items_of(doc)


def test_an_explicit_meeting_date_in_the_front_matter_stays(tmp_path):
    post = POST.replace('date: "2016-09-02"', 'meeting_date: "2016-07-12"')
    doc = prepare_page(tmp_path, "ashwell-parish-council-3.md", post).documents[0]
    assert doc.meeting_date == "2016-07-12"


# a post with no heading of its own: the front matter dates it; its title names the council, and
# "Draft Minutes" over "Present:" makes it minutes
UNHEADED = """---
title: "Brinkley Parish Council Meeting - February"
date: "2015-04-20"
---

**DRAFT Minutes**

Present:

Alan Frost (AFR)                 Councillor/Chair

Mary Heald (MHE)                 Councillor

1              **Apologies**

None received.

2              **Village Green**

The Chair reported that the bench on the green has been repainted.
"""


def test_an_unheaded_post_is_minutes_of_the_council_its_title_names(tmp_path):
    doc = prepare_page(tmp_path, "brinkley-parish-council-meeting.md", UNHEADED).documents[0]
    assert (doc.doc_type, doc.council, doc.meeting_date) == ("minutes", "Brinkley Parish Council", "2015-04-20")


def _heading(text: str) -> dict | None:
    post = f'---\ntitle: "Minutes"\ndate: "2020-01-31"\n---\n\n{text}\n\nPresent: Cllr A Bell (Chair), Cllr C Dunn.\n\n' \
           "1. Apologies\n\nNone.\n"
    return post


def test_headings_of_parish_minutes_posts(tmp_path):
    cases = [
        # the annual meeting, its kind inside the council's name
        ("Minutes of Holtby Annual Parish Council Meeting held in The Memorial Hall At 7.30pm on Wednesday 17 May 2017",
         "2017-05-17", "Holtby Parish Council"),
        # the council's name run on into the heading
        ("HOLTBY PARISH COUNCIL Minutes of the Ordinary Meeting held on Draft Wednesday 5 June 2019 at 7.00pm in "
         "Holtby Village Hall", "2019-06-05", "Holtby Parish Council"),
        ("Holtby and Eastmere Parish Council – Ordinary Meeting Tuesday 4th June 2019, 7.30pm Holtby Village Hall "
         "*DRAFT MINUTES SUBJECT TO APPROVAL AT THE NEXT MEETING*", "2019-06-04", "Holtby and Eastmere Parish Council"),
        # month first, the day with its ordinal, on the line below
        ("MINUTES OF KELWICK PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON\n\nTUESDAY MARCH 3RD 2015",
         "2015-03-03", "Kelwick Parish Council"),
        # the month's meeting named over the heading
        ("Minutes of the June meeting of Kelwick Parish Council\n\nMINUTES OF KELWICK PARISH COUNCIL MEETING\n\n"
         "HELD AT THE CHURCH MONDAY 8th JUNE 2015", "2015-06-08", "Kelwick Parish Council"),
        # a virtual meeting
        ("DRAFT MINUTES OF A VIRTUAL KELWICK PARISH COUNCIL MEETING HELD at 7.00pm On THURSDAY 1st OCTOBER 2020",
         "2020-10-01", "Kelwick Parish Council"),
    ]
    for heading, when, council in cases:
        doc = prepare_page(tmp_path, "post.md", _heading(heading)).documents[0]
        assert (doc.meeting_date, doc.council, doc.committee, doc.doc_type) == (when, council, council, "minutes"), heading


def test_the_heading_words_before_a_council_are_not_its_name():
    assert layouts.COUNCIL("DRAFT MINUTES OF A VIRTUAL KELWICK PARISH COUNCIL MEETING HELD at 7.00pm") == \
        {"council": "Kelwick Parish Council"}
    assert layouts.COUNCIL("Minutes of Holtby Annual Parish Council Meeting") == {"council": "Holtby Parish Council"}
    assert layouts.COUNCIL("Minutes of the previous meeting") is None


def test_a_month_first_date_is_read_only_with_its_ordinal():
    assert [d for _, d in layouts.heading_dates("ON TUESDAY MARCH 3RD 2015")] == ["2015-03-03"]
    assert layouts.heading_dates("May 15 2019") == []


ATTENDANCE = ("DRAFT MINUTES OF THE KELWICK PARISH COUNCIL MEETING HELD AT KELWICK VILLAGE HALL AT 7.00 pm ON "
              "THURSDAY 1 JUNE 2017\n\nPRESENT (five Councillors): - Ann Bell (AB), Clare Dunn (CD) – Chair, Paul Kerr "
              "(PK), Liz Hunt (LH) and Pat Walker (PW). Parish Clerk: Peter Lane.\n\nThe Chairman welcomed everyone "
              "present to the Parish Council Meeting.")


def test_a_chair_named_with_initials_and_a_dash_in_a_parish_attendance_list():
    m = CHAIR.search(ATTENDANCE)
    assert m and "Clare Dunn" in m.group(0) and "Bell" not in m.group(0)
    m = CHAIR.search("Attending by Zoom: Nick Drew (ND), Liz Hunt (LH) Chair and Sue Pepper (SP)")
    assert m and "Liz Hunt" in m.group(0)
    chunk = make_chunk("wd", ATTENDANCE, meeting_date="2017-06-01", doc_type="minutes", committee="Kelwick Parish Council")
    first = first_line(ask("Who chaired Kelwick Parish Council in June 2017?", [chunk]))
    assert "Dunn" in first, first


def test_a_clerks_shorthand_proposer_and_seconder_announce_a_vote():
    from core import votes
    said = ("It was agreed to sign the pledge, Prop. RS, 2nd CP, All agreed (with abstention from Cllr Peake).")
    assert votes.announces_vote(said) and votes.mentions_vote(said)
    assert votes.announces_vote("Proposed AB; Seconded CD. Carried.")
    assert not votes.announces_vote("The proposal was discussed; a second quote will be sought.")
