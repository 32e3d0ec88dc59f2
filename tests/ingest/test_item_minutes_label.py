"""A committee system's "Agenda and minutes" page prints "Minutes:" under every item, as a label over what
was minuted. Under "Matters arising" that text may open with an earlier meeting's date ("12th September 2025 -
minute item 7 – in response to a query, ..."): a date opening a sentence, not the heading of that meeting's
minutes, so the paragraph stays in this meeting's item and is dated to this meeting (ingest/mastheads.py
heading_start). An item's title may open with the year it is for ("2026-2027 FIRE PRECEPT"), and a number
alone over it still heads the item (ingest/items.py). A local council named after the places it serves,
listed with commas ("Thornby, Aldwick & Mere Parish Council"), is a council's masthead (ingest/layouts.py).
Pages written for these tests, modelled on the layouts."""
from __future__ import annotations

from tests.ingest.pages import prepare_page

ITEM_PAGE = """Agenda and minutes

Northmoor Police and Crime Panel - Friday, 16th January, 2026 10.30 am

Venue: Shire Hall, Northmoor. View directions

Items
No. Item

1.

APOLOGIES FOR ABSENCE

Minutes:

Apologies for absence were received from Councillor Hugh Penrose.

2.

MATTERS ARISING FROM THE MINUTES

Minutes:

12th September 2025 - minute item 7 – in response to a query, the Commissioner reported that the community safety roadshow in the market square had been well received, with about 240 residents taking part.

3.

2026-2027 POLICE PRECEPT pdf icon PDF 91 KB

Minutes:

The Panel considered the Commissioner's report on the proposed precept for 2026/27 and endorsed it.
"""


def test_a_date_opening_a_sentence_under_an_items_minutes_label_heads_no_earlier_minutes(tmp_path):
    docs = prepare_page(tmp_path, "panel-16-january-2026.txt", ITEM_PAGE).documents
    assert [d.meeting_date for d in docs] == ["2026-01-16"]
    chunks = prepare_page(tmp_path, "panel-16-january-2026.txt", ITEM_PAGE).chunks
    roadshow = next(c for c in chunks if "240 residents" in c.text)
    assert roadshow.meeting_date == "2026-01-16"
    assert roadshow.item.startswith("2. MATTERS ARISING")


def test_a_number_alone_over_a_title_opening_with_its_year_heads_the_item(tmp_path):
    chunks = prepare_page(tmp_path, "panel-16-january-2026.txt", ITEM_PAGE).chunks
    precept = next(c for c in chunks if "endorsed it" in c.text)
    assert precept.item.startswith("3. 2026-2027 POLICE PRECEPT")


PARISH = """Thornby, Aldwick & Mere Parish Council

Minutes of the meeting held on Monday 9th March 2026 at 7.30pm in the Village Hall

Present: Cllrs A Hale (Chair), B Ives, C Jory

1. Apologies were received from Cllr D Kemp.
"""


def test_a_council_named_after_the_places_it_serves_listed_with_commas_is_its_masthead(tmp_path):
    doc, = prepare_page(tmp_path, "minutes-march-2026.txt", PARISH).documents
    assert doc.council == "Thornby, Aldwick & Mere Parish Council"
