"""A committee's web page for a meeting is filed as an agenda (its items, "Report attached."), yet many councils'
pages print each item's minutes under it ("Minutes: Report Title: ... Agreed to ..."). Asked what was decided, the
decline "the passages on this subject are an agenda's, which records no decision" must not fire when the line the
answer would open with, found by the answerer's own reader, is worded as a decision on the subject
(answer.extractive._decision_recorded, answer.declines_reading.lead_decides_on_subject): the wild12 fresh set, a
London borough's Cabinet pages. An agenda that only lists the business to come is still declined."""
from __future__ import annotations

from answer import declines
from tests.retrieval.conftest import make_chunk
from tests.answering import ask, first_line

PAGE = ("Agenda item\n\n"
        "The Future of the Ashgrove Road Recycling Centre Report attached.\n\n"
        "Minutes:\n"
        "Report Title: The future of the Ashgrove Road recycling centre.\n\n"
        "Presented by Councillor Priya Nandra, Cabinet Member for Environment.\n\n"
        "Agreed to keep the Ashgrove Road recycling centre open at weekends and to close it on weekdays from "
        "1 April.")

AGENDA = ("Agenda item\n\n"
          "The Future of the Ashgrove Road Recycling Centre Report attached.\n\n"
          "To consider the report on the future of the Ashgrove Road recycling centre.")


def test_decision_minuted_on_an_agenda_page_is_answered():
    answer = ask("What did the Cabinet decide about the Ashgrove Road recycling centre?",
                 [make_chunk("page", PAGE, doc_type="agenda", title="Agenda item")])
    assert answer.answered, answer.answer
    assert "Agreed to keep the Ashgrove Road recycling centre open at weekends" in first_line(answer), answer.answer


def test_agenda_listing_business_to_come_is_still_declined():
    answer = ask("What did the Cabinet decide about the Ashgrove Road recycling centre?",
                 [make_chunk("agenda", AGENDA, doc_type="agenda", title="Agenda item")])
    assert not answer.answered and answer.answer.startswith(declines.NO_DECISION), answer.answer
