"""A web page of a committee's voting records lists one meeting's decisions under its heading ("Cabinet,
Wednesday, 4th March, 2026 6.00 pm"), then the next meeting's under a heading of the same form: each decision
is dated to its own meeting (ingest/mastheads.py heading_again). And a parish's list of planning applications
prints each application, its description, then the council's response on a line of its own: the application
and its response are one decision, never the response with the next application (ingest/decisions.py
application_start, opens_application). Pages written for these tests, modelled on the layouts."""
from __future__ import annotations

import pytest

from tests.ingest.pages import decisions_of, prepare_page

VOTING_RECORD = """Skip to main content

Voting record

 Executive, Wednesday, 4th March, 2026 6.00 pm

Item: Leisure Centre Contract

To award the leisure centre management contract:

Resolution status:Carried

Executive RESOLVED to award the leisure centre management contract to Brightwell Leisure Trust for ten years.

Voting
CouncillorVote
Anna Lister For
Ben Marr For

 Executive, Thursday, 19th February, 2026 6.00 pm

Item: Town Centre Parking Strategy

To approve the Town Centre Parking Strategy 2026-2030:

Resolution status:Carried

RESOLVED that the Executive approved and adopted the Town Centre Parking Strategy 2026-2030.

Voting
CouncillorVote
Anna Lister For
Ben Marr Abstain
"""


def test_a_voting_record_page_dates_each_decision_to_its_own_meeting(tmp_path):
    docs = prepare_page(tmp_path, "voting-record-executive.txt", VOTING_RECORD).documents
    assert [(d.committee, d.meeting_date) for d in docs] == [("Executive", "2026-03-04"), ("Executive", "2026-02-19")]
    first, second = (" ".join(text for _, text in decisions_of(d)) for d in docs)
    assert "Brightwell Leisure Trust" in first and "Parking Strategy" not in first
    assert "Parking Strategy 2026-2030" in second and "Brightwell" not in second


APPLICATIONS = [
    "Hollowfield Parish Council",
    "Minutes of the Planning Meeting held on Tuesday 3rd March 2026 at 7.30pm",
    "Present: Cllrs R Ashe (Chair), T Birch, M Cole, P Dale",
    "",
    "212 PLANNING",
    "212.1 The Minutes of the Planning Meeting held on 3rd February 2026 were APPROVED.",
    "212.2 To consider the following planning applications:",
    "- 26/500118/FULL PROPOSAL: 7 Orchard Way Hollowfield",
    "Erection of a two storey rear extension and a detached garage.",
    "Unanimously AGREED to recommend REFUSAL",
    "- 26/500240/HOUSE 2 Mill Cottages Church Lane Hollowfield",
    "Replacement of the front porch with a single storey entrance lobby.",
    "AGREED to recommend APPROVAL",
    "- 26/500301/TPOA The Old Rectory Church Lane",
    "Crown reduction of one oak tree by 2 metres.",
    "No objection and AGREED to leave to the Tree Officer",
]


@pytest.mark.parametrize("name", ["planning-march-2026.txt", "planning-march-2026.pdf"])
def test_a_planning_application_and_its_response_are_one_decision(tmp_path, name):
    content = "\n".join(APPLICATIONS) + "\n" if name.endswith(".txt") else [APPLICATIONS]
    doc, = prepare_page(tmp_path, name, content).documents
    decided = [text for _, text in decisions_of(doc)]
    orchard = next(t for t in decided if "Orchard Way" in t)
    assert "two storey rear extension" in orchard and "recommend REFUSAL" in orchard
    assert "Mill Cottages" not in orchard
    mill = next(t for t in decided if "Mill Cottages" in t)
    assert "recommend APPROVAL" in mill and "Old Rectory" not in mill
