"""A committee system's page for one meeting keeps the agenda's words for each item and adds under it what was
minuted or decided: "Agenda, decisions and draft minutes", "Agenda and draft minutes". Whatever the title's
first word, a page whose items carry "Minutes:" / "Decision:" records the meeting (ingest/starts.py
first_document, minuted_items; the label is layouts.MINUTED_ITEM): the words before a label are the item's
title and summons, those after it the record. Such a page prints no date of its own, only the earlier meeting
whose minutes it approves, so it stays undated. An agenda whose item is called "Minutes:" and asks for a
decision to come stays an agenda. Pages written for these tests, laid out as those sites lay theirs out."""
from __future__ import annotations

from core.settings import Settings
from ingest.pipeline import prepare, read
from tests.answering import ask
from tests.ingest.pages import decisions_of, prepare_page

# one line an item, as a site's table of items reads once its cells are run together
DECISIONS_AND_DRAFT_MINUTES = """Agenda, decisions and draft minutes
Venue: Committee Room 2 - Civic Centre
Contact: Priya Okonjo e-mail: priya.okonjo@example.gov.uk
No. | Item |
---|---|
Apologies for absence To receive any apologies. Minutes: Apologies were received from Councillor Dara Finch. |
|
Declarations of Interest Members are invited to declare any interests in the items on the agenda. Minutes: There were no declarations of interest.
|
|
To approve as a correct record the minutes of the meeting held on 12th March 2025 and to authorise the Chair to sign them. Decision: The minutes of the meeting held on 12th March 2025 were agreed as a correct record and the Chair signed them.
Minutes: The minutes of the meeting held on 12th March 2025 were agreed as a correct record and the Chair signed them.
|
|
Community Orchards on Council Land Report attached. Additional documents:
Decision: Cabinet:
1. Agreed to plant community orchards on the three sites at Mardle Fields, Oakhurst Green and Pell Lane. 2. Delegated the choice of fruit varieties to the Director of Place.
Minutes: Report Title: Community orchards on council land.
Presented by: Councillor Tom Ashdown, Cabinet Member for Environment.
The report set out proposals to plant community orchards on three council sites.
|
"""

# the labels alone on their lines, the decision under its own capitals
AGENDA_AND_DRAFT_MINUTES = """Wyndmoor Borough Council

Agenda and draft minutes

Venue: via MS Teams

Contact: Ellis Varga, Democratic Services

Items
No. Item

1.

Welcome

Minutes:

The Chair welcomed everyone to the meeting.

2.

Minute of the previous meeting

Consider Minute of Meeting held on 3 June 2024.

Minutes:

Copies of the Minute of the meeting held on 3 June 2024 had been circulated.

DECISION

APPROVED the Minute.

3.

Replies from Residents' Associations

Consider the replies received from the residents' associations of Hollin Vale and Crossmere.

Minutes:

Replies to the informal survey had been received from the Hollin Vale and Crossmere residents' associations.

DECISION

NOTED the replies.
"""

# an agenda whose items are titled "Minutes:" and "Decision:" and ask for what is to come
AGENDA_ONLY = """Wyndmoor Borough Council

Agenda

Venue: Committee Room 1, Civic Centre

1. Apologies for absence

2. Minutes: To approve the minutes of the meeting held on 3 June 2024.

3. Community Orchards
Decision: Cabinet is asked to approve the planting of community orchards on three council sites.
"""


def test_a_page_whose_items_carry_their_decisions_records_the_meeting_and_stays_undated(tmp_path):
    doc, = prepare_page(tmp_path, "cabinet-meeting-8120.txt", DECISIONS_AND_DRAFT_MINUTES).documents
    assert doc.doc_type == "minutes", (doc.doc_type, doc.title)
    assert doc.meeting_date is None         # never the earlier meeting whose minutes it approves
    assert any("community orchards on the three sites" in text for _, text in decisions_of(doc)), decisions_of(doc)


def test_a_page_whose_items_carry_their_minutes_on_lines_of_their_own_records_the_meeting(tmp_path):
    doc, = prepare_page(tmp_path, "working-group-mid-6101.txt", AGENDA_AND_DRAFT_MINUTES).documents
    assert doc.doc_type == "minutes", (doc.doc_type, doc.title)
    assert doc.meeting_date is None


def test_an_agenda_whose_items_ask_for_decisions_to_come_stays_an_agenda(tmp_path):
    doc, = prepare_page(tmp_path, "cabinet-agenda.txt", AGENDA_ONLY).documents
    assert doc.doc_type == "agenda", (doc.doc_type, doc.title)


def test_a_decision_on_an_undated_page_of_minuted_items_is_answered(tmp_path):
    path = tmp_path / "cabinet-meeting-8120.txt"
    path.write_text(DECISIONS_AND_DRAFT_MINUTES, encoding="utf-8")
    chunks = prepare(read(path), Settings()).chunks
    answer = ask("What did the Cabinet decide about the community orchards?", chunks,
                 settings=Settings())
    assert answer.answered, answer.answer
    assert "Mardle Fields" in answer.answer, answer.answer
    assert "the meeting's date is not printed" in answer.answer, answer.answer      # never the earlier meeting's


def test_the_replies_noted_on_a_page_of_minuted_items_are_answered(tmp_path):
    path = tmp_path / "working-group-mid-6101.txt"
    path.write_text(AGENDA_AND_DRAFT_MINUTES, encoding="utf-8")
    chunks = prepare(read(path), Settings()).chunks
    answer = ask("What did the working group decide about the replies from the Hollin Vale and Crossmere residents' "
                 "associations?", chunks, settings=Settings())
    assert answer.answered, answer.answer
    assert "NOTED the replies" in answer.answer, answer.answer
