"""Asked why, an answer that gives no reason for what was asked is declined: one saying again what the question
says ("Cllr Hale chaired the meeting"), a list of names, or a reason for something else on the page; asked who
holds a titled post ("Head of Parking Services"), a person named with another title is no answer
(answer/declines.py no_reason_given, post_not_named). Pages written for these tests."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

MINUTES = ("Minutes of the meeting held on 14 May 2024\n\nCllr Hale chaired the meeting.\n\n"
           "1. Police report\nThefts from garden sheds have fallen, possibly because residents fitted more locks.\n\n"
           "2. Planning applications\n- Erection of a double garage at 4 Mill Road. Support.\n"
           "- Change of use of the old forge to a dwelling. No comment.")


def test_a_why_answered_only_by_the_act_asked_is_declined():
    chunk = make_chunk("m", MINUTES, meeting_date="2024-05-14", title="Minutes")
    answer = ask("Why did Cllr Hale chair the meeting in May 2024?", [chunk])
    assert not answer.answered, answer.answer
    assert first_line(answer).startswith("The passages on this subject give no reason for it."), answer.answer


def test_a_reason_for_something_else_is_no_reason():
    chunk = make_chunk("m", MINUTES, meeting_date="2024-05-14", title="Minutes")
    answer = ask("Why did the community council support the double garage at 4 Mill Road?", [chunk])
    assert not answer.answered, answer.answer


def test_a_reason_given_answers():
    chunk = make_chunk("p", "5. Play area\nThe play area was closed because the safety surface had failed its annual "
                       "inspection.", meeting_date="2024-05-14", title="Minutes")
    answer = ask("Why was the play area closed?", [chunk])
    assert answer.answered and "safety surface" in answer.answer, answer.answer


COVER = ("Committee Report\nTITLE: Parking charges review\nOfficer presenting the report: Dana Price "
         "Job title: Head of Transport Strategy\nCommittee Chair: Councillor R Amos")


def test_a_person_with_another_title_does_not_hold_the_post_asked():
    chunk = make_chunk("c", COVER, meeting_date="2024-09-12", doc_type="report", title="Parking charges review")
    answer = ask("Who is the council's Head of Parking Services?", [chunk])
    assert not answer.answered, answer.answer
    assert first_line(answer).startswith("The passages name no one as Head of Parking Services."), answer.answer


def test_the_person_with_the_post_asked_answers():
    chunk = make_chunk("c", COVER, meeting_date="2024-09-12", doc_type="report", title="Parking charges review")
    answer = ask("Who is the council's Head of Transport Strategy?", [chunk])
    assert answer.answered and "Dana Price" in answer.answer, answer.answer


def test_a_post_printed_with_another_qualifier_before_its_title_still_answers():
    chunk = make_chunk("g", "Appendix 2 – Working Group Members\n\nRole\tName\tOrganisation\n"
                       "Voice and Participation Development Officer\tSam Reed\tCouncil\n"
                       "Assistant Director, Education\tKim Ode\tCouncil", meeting_date="2023-02-14",
                       doc_type="appendix", title="Appendix 2 – Working Group Members")
    answer = ask("Who is the council's SEND Participation Development Officer?", [chunk])
    assert answer.answered and "Sam Reed" in answer.answer, answer.answer
