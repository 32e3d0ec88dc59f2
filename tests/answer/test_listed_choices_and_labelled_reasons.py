"""Answers small bodies' minutes and decision notices word apart from the question: the people chosen
listed under a line saying they were chosen, a recommendation said in the passive, and a decision notice's
reason printed under its own label (answer/extractive.py, answer/facts.py)."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

OFFICERS = ("7 Appointment of Office Bearers\n\n"
            "The returning officer invited nominations for the posts. The following were elected:\n"
            "Convener: Fiona Lindsay proposed by Robert Kerr; seconded by Anne Glen\n"
            "Secretary: Robert Kerr proposed by Fiona Lindsay; seconded by Anne Glen\n"
            "Treasurer: Anne Glen proposed by Robert Kerr; seconded by Tom Baird\n\n"
            "No nomination was received for the post of Minutes Secretary.")


def test_who_was_elected_is_answered_by_a_list_under_the_line_saying_they_were_elected():
    minutes = make_chunk("cc", OFFICERS, meeting_date="2024-10-02", doc_type="minutes", title="Minutes",
                         item="7 Appointment of Office Bearers")
    answer = ask("Who was elected Treasurer of the community council?", [minutes])
    assert answer.answered and "Anne Glen" in first_line(answer)


def test_a_list_under_a_line_saying_who_will_be_elected_is_no_choice():
    ahead = OFFICERS.replace("The following were elected:", "The following would be elected at the AGM:")
    minutes = make_chunk("cc", ahead, meeting_date="2024-10-02", doc_type="minutes", title="Minutes",
                         item="7 Appointment of Office Bearers")
    answer = ask("Who was elected Treasurer of the community council?", [minutes])
    assert not answer.answered


BUDGET = ("Budget proposals 2025/26\n\n"
          "(a) when the proposals were last considered by the Resources Committee in December (where a 2.4 per cent "
          "increase in council tax was recommended) the tax base had not been confirmed by the billing authorities;\n\n"
          "(b) savings of £410,000 have been found in the budget.")


def test_what_a_committee_recommended_is_answered_by_the_recommendation_said_in_the_passive():
    report = make_chunk("fa", BUDGET, meeting_date="2025-02-20", doc_type="minutes", title="Minutes",
                        item="Budget proposals 2025/26")
    answer = ask("What council tax increase did the Resources Committee recommend to the authority for 2025/26?", [report])
    assert answer.answered and "2.4 per cent" in answer.answer


NOTICE = ("Decision details\n\n"
          "Purpose: To decide whether to close the Mill Lane public toilets.\n\n"
          "Decision:\n\nRESOLVED –\n\n"
          "• That the responses to the consultation on closing the Mill Lane public toilets be noted.\n"
          "• That the Mill Lane public toilets close on 1 April 2025 be approved.\n"
          "• That signs at the Mill Lane public toilets point to the toilets in the library be approved.\n"
          "• That the Mill Lane public toilets building be offered to the town council on a long lease be approved.\n"
          "• That the Cabinet decide on the Mill Lane public toilets car park at a later meeting be approved.\n"
          "• That the Portfolio Holder may make minor changes to the Mill Lane public toilets closure be approved.\n"
          "• That the Mill Lane public toilets closure be reviewed by the Cabinet in a year be approved.\n\n"
          "REASON FOR DECISION: To remove a running cost the Council can no longer meet and to keep the building "
          "in community use.\n\n"
          "Date of decision: 12/02/2025")


def test_why_a_decision_was_taken_is_answered_by_the_reason_printed_under_its_label():
    notice = make_chunk("dn", NOTICE, meeting_date="2025-02-12", doc_type="decision", title="Decision notice")
    answer = ask("Why did the Cabinet decide to close the Mill Lane public toilets?", [notice])
    assert answer.answered and "running cost" in first_line(answer)


PROPERTY = ("6/ Parish Property\n\n"
            "a) Bus shelter\nGlass panel still cracked, clerk chasing insurer.\n"
            "b) Street lights\nReport of fault with lamp 14 Orchard Way passed to the lighting contractor\n"
            "Lamp 9 on during the day outside the school\n"
            "c) Footpaths\nNettles to be cut back on the path to the church.")


def test_whether_something_was_reported_is_answered_by_a_line_opening_with_the_report_of_it():
    minutes = make_chunk("pp", PROPERTY, meeting_date="2024-06-11", doc_type="minutes", title="Minutes",
                         item="6/ Parish Property")
    answer = ask("has anyone reported the broken street lamp on Orchard Way", [minutes])
    assert answer.answered and "lamp 14 Orchard Way" in answer.answer


def test_the_papers_own_masthead_is_never_an_answer():
    text = ("Ashdown Vale Fire and Rescue Authority\n\n"
            "Ashdown Vale Fire and Rescue Authority - Thursday 20 February 2025 10.30 am\n\n"
            "Agenda item\n\nBUDGET PROPOSALS FOR 2025/26\n\n"
            "(a) since the proposals went to the Resources Committee, business rate collection has fallen;\n\n"
            "(b) savings of £210,000 have been identified in the budget.")
    paper = make_chunk("fa", text, meeting_date="2025-02-20", doc_type="minutes", title="Minutes",
                       council="Ashdown Vale Fire and Rescue Authority")
    answer = ask("What is the Band D fire precept for Ashdown Vale for 2025/26?", [paper])
    assert not answer.answered or "Fire and Rescue Authority" not in first_line(answer)


def test_why_of_something_else_in_a_decision_notice_is_not_the_decisions_reason():
    text = NOTICE.replace("Decision:\n\n", "Interests: Councillor Okafor declared an interest as a trustee of the "
                                           "Mill Lane community trust, which leases the car park.\n\nDecision:\n\n")
    notice = make_chunk("dn", text, meeting_date="2025-02-12", doc_type="decision", title="Decision notice")
    answer = ask("Why did Councillor Okafor declare an interest?", [notice])
    assert "running cost" not in first_line(answer)
