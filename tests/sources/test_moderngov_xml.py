"""Reading the recorded ModernGov web-service XML: stripped values, ISO dates, flags, HTML."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import UnexpectedResponse
from sources import moderngov_xml as mgxml

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def recorded(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_committees_keep_ids_titles_and_expired_flags():
    rows = mgxml.committees(recorded("committees.xml"), "GetCommittees")
    assert [(r.id, r.title, r.expired, r.deleted) for r in rows] == [
        ("312", "Appointment Sub Committee for Director of Adult Social Services", True, False),
        ("163", "Art Galleries Committee", False, False),
        ("144", "Audit Committee", False, False),
    ]


def test_meeting_list_dates_are_day_first_and_become_iso():
    rows = mgxml.meetings(recorded("meetings.xml"), "GetMeetings")
    assert [(r.id, r.date, r.status) for r in rows] == [("4966", "2026-01-13", "Cancelled"),
                                                        ("4967", "2026-02-10", "Confirmed")]


def test_meeting_items_documents_and_minutes_html():
    m = mgxml.meeting(recorded("meeting_with_minutes.xml"), "GetMeeting")
    assert (m.id, m.date, m.status) == ("4967", "2026-02-10", "Confirmed")
    assert [(i.number, i.title, i.restricted) for i in m.items] == [("1.", "Minutes", False),
                                                                    ("9.", "Work Programme", False)]
    doc = m.items[0].docs[0]
    assert doc.id == "60860" and doc.published == "2026-02-02" and not doc.restricted
    assert doc.title == "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025"    # double space collapsed
    assert doc.url.endswith("mgConvert2PDF.aspx?ID=60860")
    assert m.items[0].minutes_html.startswith('<div class="WordSection1">')
    assert "25 November 2025 as a correct record" in m.items[0].minutes_html


def test_a_cancelled_meeting_has_no_items_and_blank_elements_are_none():
    m = mgxml.meeting(recorded("meeting_no_minutes.xml"), "GetMeeting")
    assert m.status == "Cancelled" and m.items == []


def test_double_escaped_html_and_titles_are_unescaped_once_more():
    assert mgxml.markup("&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;") == "<p>Fish &amp; chips</p>"
    assert mgxml.markup("<p>Fish &amp; chips</p>") == "<p>Fish &amp; chips</p>"     # already HTML: left alone
    assert mgxml.plain_text("  Fish &amp; Chips\n  Committee ") == "Fish & Chips Committee"


@pytest.mark.parametrize("body, says", [
    (b'<?xml version="1.0"?><meeting><meetingid>1</meetingid><meetingdate>', "malformed XML"),
    (b"<!DOCTYPE html><html><body>Error</body></html>", "HTML page"),
    (b'<?xml version="1.0"?><committees/>', "expected <meeting>"),
    (b'<?xml version="1.0"?><meeting><meetingid>1</meetingid><meetingdate>2026-02-10</meetingdate></meeting>',
     "not a dd/mm/yyyy date"),
    (b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><meeting>&a;</meeting>', "refused for safety"),
])
def test_bad_answers_are_one_clear_error_naming_the_address(body, says):
    with pytest.raises(UnexpectedResponse) as caught:
        mgxml.meeting(body, "http://site/mgWebService.asmx/GetMeeting?lMeetingId=1")
    assert says in str(caught.value) and str(caught.value).startswith("http://site/")
