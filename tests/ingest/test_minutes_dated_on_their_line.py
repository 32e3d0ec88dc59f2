"""A small council's minutes headed 'MINUTES', the weekday (often cut short) and the date on one line
(ingest/layouts.py minutes_over_date)."""
from __future__ import annotations

import pytest

from ingest import layouts


@pytest.mark.parametrize("text, day", [
    ("MINUTES WEDS 9th March 2022 7.30 pm", "2022-03-09"),
    ("Minutes Thurs 3rd October 2024 7.30pm, Village Hall", "2024-10-03"),
    ("Draft minutes Wednesday 5 March 2025", "2025-03-05"),
])
def test_minutes_with_their_weekday_and_date_on_one_line(text, day):
    found = layouts.by_name("minutes_over_date")(text)
    assert found and found["doc_type"] == "minutes" and found["meeting_date"] == day


@pytest.mark.parametrize("text", [
    "Minutes 12 March 2024",                      # an agenda's minutes to approve, no weekday
    "3. Minutes Tues 12 March 2024",
    "Minutes of the previous meeting Tues 12 March 2024",
])
def test_a_minutes_line_without_the_meetings_own_weekday_heading_is_no_heading(text):
    assert layouts.by_name("minutes_over_date")(text) is None
