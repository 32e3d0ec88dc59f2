"""Minutes that Welsh and Scottish community councils keep on their own websites, found in the wild
set: a page body saved as a text file named by its date in eight figures, opening with who was
present and no heading at all; a web page that opens with a sentence ('<council> held their
meeting ... on <date>'); and minutes headed 'of the above Council', the council named only in the
site's banner. Every page here is invented, laid out as those sites lay theirs out."""
from __future__ import annotations

import pytest

from core.types import FoundBy
from ingest import layouts
from ingest.starts import name_date
from tests.ingest.pages import prepare_page

# a community council's monthly minutes as its site stores them: no heading, no date, no council name
ATTENDANCE_FIRST = """Present:  Cllrs Pryce, Morgan, Havard & the Clerk.  Two members of the public.

1412.\tPolice Report:  None received.

1413.\tTo receive apologies for absence:  Cllr Bevan.

1414.\tTo receive & approve minutes of previous meeting:  Approved & signed as correct.

1415.\tTo consider & approve accounts for payment:-
Clerk's Salary & Expenses - £310.20 (Ch. No. 200141)
Bryngwyn Village Hall - Room Hire - £25.00 (Ch. No. 200142)
All approved for payment.

1416.\tDate of next meeting:  14th April.
"""


@pytest.mark.parametrize("name, date", [
    ("20230925.txt", "2023-09-25"),
    ("minutes-20190624.txt", "2019-06-24"),
    ("20220627draft.txt", "2022-06-27"),
    ("20230231.txt", None),                 # no such day
    ("ref 120230925.pdf", None),            # part of a longer run of figures
    ("Minutes 18.10.24.pdf", "2024-10-18"),  # figures with separators read as before, day first
])
def test_a_name_of_eight_figures_year_first_is_the_meeting_date(name, date):
    assert name_date(name) == date


def test_minutes_opening_with_who_was_present_are_minutes_dated_by_the_file_name(tmp_path):
    [doc] = prepare_page(tmp_path, "20240311.txt", ATTENDANCE_FIRST).documents
    assert (doc.doc_type, doc.meeting_date) == ("minutes", "2024-03-11")
    assert doc.found_by["doc_type"] == FoundBy("attendance_first", 0.6)
    assert doc.found_by["meeting_date"] == FoundBy("file name", 0.4)


def test_a_list_of_who_is_invited_with_no_business_recorded_stays_a_report(tmp_path):
    page = "Present:  the Chair, the Vice-Chair and the Clerk\n\nThe walk round the village starts at the church.\n"
    [doc] = prepare_page(tmp_path, "20240311.txt", page).documents
    assert doc.doc_type == "report"


WEB_PAGE = """<div class="minutes">
<time datetime="2021-03-10">10 March 2021</time>
<p>Cwmderi and Pentre Community Council held their meeting via Zoom at 7.30pm on the 10th March 2021.</p>
<h4>PRESENT</h4>
<p>Councillors Ann Jenkins, Rhys Lloyd and County Councillor Tom Price.</p>
<h4>1. WELCOME AND APOLOGIES</h4>
<p>Cllr. A. Jenkins took the Chair. Apologies received from Cllr. M. Rees.</p>
<h4>2. TO CONFIRM THE MINUTES OF THE LAST MEETING</h4>
<p>It was proposed by Cllr. R. Lloyd, seconded by Cllr. T. Price and unanimously agreed that the minutes of the
last meeting held on the 10th February 2021 were correct.</p>
</div>
"""


def test_a_web_page_opening_with_the_council_holding_its_meeting_is_dated_by_that_sentence(tmp_path):
    # the file's own name would read "21-03-10" day first: the text's date wins
    [doc] = prepare_page(tmp_path, "minutes_21-03-10.html", WEB_PAGE).documents
    assert (doc.doc_type, doc.meeting_date) == ("minutes", "2021-03-10")
    assert doc.committee == "Cwmderi and Pentre Community Council"
    assert doc.found_by["meeting_date"].recogniser == "body_held_its_meeting"


def test_the_sentence_recogniser_reads_the_body_and_the_date_after_it():
    rec = layouts.by_name("body_held_its_meeting")
    found = rec("14 October 2020 Llanfair Community Council held its Annual General Meeting at 7pm on the 14th October 2020 "
                "in the Reading Room.")
    assert found == {"committee": "Llanfair Community Council", "meeting_date": "2020-10-14", "doc_type": "minutes",
                     "meeting_kind": "annual"}
    # a sentence that names no meeting body, or no date, is no heading
    assert rec("The group held their meeting in the hall on 3 May 2021.") is None
    assert rec("Llanfair Community Council held their meeting remotely.") is None


ABOVE_COUNCIL = """Minutes of a meeting of the above Council held on Monday 24th February 2020 at 7.00pm in Bryngwyn Village Hall.

Present:  Cllrs Pryce (in the chair), Morgan, Havard & the Clerk.

2830.\tApologies for absence:  Cllr Bevan.
"""


def test_minutes_of_the_above_council_name_no_committee_called_above_council(tmp_path):
    [doc] = prepare_page(tmp_path, "20200224.txt", ABOVE_COUNCIL).documents
    assert (doc.doc_type, doc.meeting_date) == ("minutes", "2020-02-24")
    assert doc.committee is None
    found = layouts.by_name("minutes_of_meeting_of")(ABOVE_COUNCIL.replace("\n", " "))
    assert found["committee_before"] == "yes" and "committee" not in found


# a site's page body saved as text with its markup: breaks as "<br />", the heading in "<h1>", "&pound;"
MARKED_UP = ('<h1 class="minutehead">Minutes of the AGM of the above Council held on Monday 16th May 2022 at 6.30pm '
             'in Bryngwyn Village Hall.</h1>Present:  Chairman Cllr Mrs Pryce, Cllrs Morgan, Havard & the Clerk.<br /><br />'
             '511.Election of Chairman for 2022/23:  Cllr Pryce.  Proposed by Cllr Morgan, seconded by Cllr Havard.<br /><br />'
             '512.Licensing Hearing:  Councillors agreed that if necessary the Council should pay the sum of &pound;1,300 '
             'for a barrister.<br /><br />513.Date of next meeting:  20th June.<br />')


def test_a_text_file_holding_a_web_pages_markup_is_read_as_its_reader_sees_it(tmp_path):
    prepared = prepare_page(tmp_path, "20220516.txt", MARKED_UP)
    [doc] = prepared.documents
    assert (doc.doc_type, doc.meeting_date, doc.committee) == ("minutes", "2022-05-16", None)
    assert doc.title == "Minutes of the annual meeting held on 16 May 2022"
    text = "\n".join(c.text for c in prepared.chunks)
    assert "should pay the sum of £1,300 for a barrister." in text
    assert "<br" not in text and "&pound;" not in text and "<h1" not in text
    assert "511.Election of Chairman for 2022/23:  Cllr Pryce." in text


def test_plain_text_with_an_angle_bracket_or_markdown_with_a_tag_is_kept_verbatim(tmp_path):
    from ingest.text import read_text
    plain = tmp_path / "notes.txt"
    plain.write_text("Speed limit <30mph> agreed.\nCosts &pound; noted <br> once.\n", encoding="utf-8")
    assert read_text(plain)[0].text == plain.read_text(encoding="utf-8")
    md = tmp_path / "minutes.md"
    md.write_text("# Minutes\n\nLine one<br />\nLine two<br />\n", encoding="utf-8")
    assert read_text(md)[0].text == md.read_text(encoding="utf-8")


def test_a_text_quoting_a_few_tags_in_its_body_is_kept_verbatim(tmp_path):
    from ingest.text import read_text
    table = tmp_path / "plan.txt"
    table.write_text("Action plan\n\nA-We are clear\t\t\n<ul style=\"x\"> We will clarify\tJune 2019\n<p>B-We listen</p>\n",
                     encoding="utf-8")
    assert read_text(table)[0].text == table.read_text(encoding="utf-8")
