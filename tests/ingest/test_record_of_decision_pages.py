"""A record of what a meeting decided is that meeting's record, whatever its house style calls it: a
borough's "Record of Decision of the Cabinet" with the date under a "Decision Made:" label is the Cabinet's
record of that day (ingest/layouts.py decisions_determined_at), and a parish's "<Parish> Parish Council
meeting" over its weekday and date over "Minutes of meeting" is that meeting's minutes, not a paper titled
"Tuesday" for a body called "Minutes of meeting" (title_date_over_body)."""
from __future__ import annotations

import pytest

from ingest import layouts
from tests.ingest.pages import prepare_page

RECORD = """HARTWELL DISTRICT COUNCIL

RECORD OF DECISION OF THE Cabinet

Decision Made:
9 October 2019

Car Park Charges Review

Issue for Decision

To consider the outcome of the review of off-street parking charges.

Decision Made

1. That the proposed tariff for the town centre car parks be approved with effect from 1 January 2020.

2. That free parking after 6pm be retained at Station Road car park.

Reasons for Decision

The review found that charges had not changed since 2014.
"""

PARISH = """Hollinbrook Parish Council meeting
Tuesday 16th June 2020
Minutes of meeting

Present: Cllr A Marsh (Chair), Cllr P Devlin, Cllr S Okafor, Cllr R Tate. Clerk: Mrs J Bell.

01/06/2020 Apologies for absence
Apologies were received from Cllr H Reeve.

02/06/2020 Minutes of the previous meeting
The minutes of the meeting held on 19th May 2020 were approved and signed.

03/06/2020 Village green
It was resolved to accept the quote of £450 for reseeding the green.
"""


@pytest.mark.parametrize("text, body, day", [
    ("RECORD OF DECISION OF THE Cabinet Decision Made: 9 October 2019 Car Park Charges Review", "Cabinet",
     "2019-10-09"),
    ("Record of Decisions of the Licensing Committee Date of decision: 3 March 2021", "Licensing Committee",
     "2021-03-03"),
])
def test_a_record_of_decisions_heading_names_its_body_and_its_labelled_date(text, body, day):
    found = layouts.by_name("decisions_determined_at")(text)
    assert found == {"committee": body, "meeting_date": day, "doc_type": "minutes", "record": "decisions"}


def test_a_record_of_decision_page_is_the_bodys_record_of_that_day(tmp_path):
    doc = prepare_page(tmp_path, "decision-notice.txt", RECORD).documents[0]
    assert (doc.doc_type, doc.committee, doc.meeting_date) == ("minutes", "Cabinet", "2019-10-09")


def test_a_parish_meeting_over_its_date_over_minutes_of_meeting_is_that_days_minutes(tmp_path):
    prepared = prepare_page(tmp_path, "june.txt", PARISH)
    doc = prepared.documents[0]
    assert len(prepared.documents) == 1
    assert (doc.doc_type, doc.committee, doc.meeting_date) == ("minutes", "Hollinbrook Parish Council", "2020-06-16")
    # the minute numbers (number/month/year) date nothing: every chunk is of the meeting of 16 June
    assert {c.meeting_date for c in prepared.chunks} == {"2020-06-16"}


@pytest.mark.parametrize("text", [
    "Tuesday 16th June 2020\nMinutes of meeting",           # the weekday is the date's, "Minutes" names the paper
    "Thursday, 4 March 2021\nDraft minutes of the meeting",
])
def test_a_weekday_and_date_over_the_papers_kind_is_no_title_over_a_body(text):
    assert layouts.by_name("title_date_over_body")(text) is None
