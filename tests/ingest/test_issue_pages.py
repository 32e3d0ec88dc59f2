"""A committee system's issue page saved as text: "Issue - meetings", the issue's title, then the
meeting that took it as a labelled line ("Meeting: 11/03/2019 - Full Council (Item 9)"). The line
dates the page and names the body; the issue's title above it ("Allotment Rents Review") is no body.
The pages are invented (councils, people, figures), laid out as such pages print."""
from __future__ import annotations

from ingest import layouts
from tests.ingest.pages import prepare_page

# one paragraph a line, as a page saved with blank lines between its parts
ISSUE_MINUTES = """Issue - meetings

Council Tax Setting 2019/20

Meeting: 11/03/2019 - Full Council (Item 9)

9 Council Tax Setting 2019/20 PDF 88 KB

Report of the Cabinet Member for Resources

Minutes:

The Cabinet Member for Resources moved the report, which set a Band D charge of £214.37 for the
borough's services, an increase of 2.95%.

Upon a recorded vote the recommendations were CARRIED.

RESOLVED that the Council Tax resolution at Appendix 1 be approved.
"""

# the same shape with every line run together (no blank lines) and a long issue title above the meeting
ISSUE_ONE_PARAGRAPH = """Issue - meetings
Highways Maintenance Capital Programme and Winter Service Plan 2021/22
Meeting: 05/07/2021 - Cabinet (Item 41)
41 Highways Maintenance Capital Programme PDF 210 KB
Decision:
That the capital programme of £3.2m set out in Appendix A be approved.
"""

# an issue listed for a meeting still to come: no "Minutes:" or "Decision:" under it
ISSUE_AGENDA = """Issue - meetings

Allotment Rents Review

Meeting: 18/09/2025 - Community Services Committee (Item 6)

6 Allotment Rents Review PDF 64 KB

To consider the report of the Head of Parks.
"""


def test_issue_page_dates_and_names_the_meeting(tmp_path):
    doc = prepare_page(tmp_path, "issue-details.txt", ISSUE_MINUTES).documents[0]
    assert (doc.committee, doc.meeting_date, doc.doc_type) == ("Full Council", "2019-03-11", "minutes")
    assert doc.found_by["meeting_date"].recogniser == "issue_meeting"


def test_issue_page_run_together_under_a_long_title(tmp_path):
    doc = prepare_page(tmp_path, "issue-details.txt", ISSUE_ONE_PARAGRAPH).documents[0]
    assert (doc.committee, doc.meeting_date, doc.doc_type) == ("Cabinet", "2021-07-05", "minutes")


def test_issue_page_for_a_meeting_to_come_is_its_agenda_entry(tmp_path):
    doc = prepare_page(tmp_path, "issue-details.txt", ISSUE_AGENDA).documents[0]
    assert (doc.committee, doc.meeting_date, doc.doc_type) == ("Community Services Committee", "2025-09-18", "agenda")


def test_meeting_line_needs_its_date_body_and_item():
    assert layouts.ISSUE_MEETING("Meeting: 14/03/2024 - Cabinet (Item 7)") == {
        "committee": "Cabinet", "meeting_date": "2024-03-14"}
    assert layouts.ISSUE_MEETING("Meeting: the group met the developer on site") is None
    assert layouts.ISSUE_MEETING("Meeting: 14/03/2024 - Cabinet") is None       # no item: a cover's label, read there
    assert layouts.ISSUE_MEETING("Meeting: 31/02/2024 - Cabinet (Item 7)") is None      # no such day


# an item's page saved as text, its sentences wrapped at the page's width and no blank lines: a line
# opening with a body's name is a sentence about the body, not the paper's masthead
WRAPPED_REPORT = """At Licensing Committee on 2 May 2024, the
Committee resolved to refuse the application for a
street trading consent for 3 reasons. The reasons were read out but the
Council's Constitution relating to instances where the
Licensing Committee makes a decision against the officer's
advice was not followed.
Decision type: Non-key
Decision status: Recommendations Approved
"""
PANEL_MINUTES = """Minutes:
The Police and Crime Panel considered a report of the Commissioner on the proposed precept for
2025/26. The Commissioner said the increase of £13 for a Band D property was fair.
"""
HEARING = """Minutes:
The Chairman explained the procedure to be followed at the hearing.
Having heard the evidence presented, the Sub-Committee retired to consider
and determine the application, having regard to the licensing objectives.
Resolved to refuse the application.
"""


def test_a_sentence_opening_with_a_bodys_name_is_not_the_papers_committee(tmp_path):
    for name, text in (("report.txt", WRAPPED_REPORT), ("hearing.txt", HEARING)):
        doc = prepare_page(tmp_path, name, text).documents[0]
        assert doc.committee is None, (name, doc.committee)


def test_a_sentence_opening_with_the_panel_names_no_council(tmp_path):
    doc = prepare_page(tmp_path, "panel.txt", PANEL_MINUTES).documents[0]
    assert doc.council is None
    # a panel named with its place is one
    assert layouts.COUNCIL("Northmoor Police and Crime Panel") == {"council": "Northmoor Police and Crime Panel"}


# a pack's text copied out line by line, no blank lines: a covering letter, then the minutes it encloses
RUN_ON_PACK = """Public Document Pack
Please ask for: Ruth Ames
Date: 2 October 2023
Dear Councillor
LICENSING COMMITTEE - TUESDAY, 10TH OCTOBER, 2023
I enclose the minutes of the previous meeting that were not ready when the agenda was sent.
Agenda Item 4
LICENSING COMMITTEE
Tuesday, 19 September 2023
Present: Councillor Hughes (Chairman)
Councillors Patel (Vice-Chairman), Ogden, Fry and Walsh
APOLOGIES
LIC12/23
Apologies for absence were recorded from Councillor Dunne.
"""


def test_minutes_run_on_from_a_covering_letter_start_at_their_masthead(tmp_path):
    docs = prepare_page(tmp_path, "pack.txt", RUN_ON_PACK).documents
    minutes = [d for d in docs if d.doc_type == "minutes"]
    assert len(minutes) == 1, [(d.doc_type, d.meeting_date) for d in docs]
    assert (minutes[0].committee, minutes[0].meeting_date) == ("Licensing Committee", "2023-09-19")
    assert "Apologies for absence were recorded from Councillor Dunne." in "\n".join(b.text for b in minutes[0].blocks)
