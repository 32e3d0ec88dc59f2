"""Asked what a party told a meeting, and the minutes say they did not ("The Cabinet Member had replied that he
was unable to give such a briefing at this meeting"): a thing that did not happen is no answer, so the answer
declines and quotes the line (answer/declines.py act_not_done; the wild9 fresh set: a county scrutiny
commission). An officer reporting that someone else did not do something is still an answer."""
from __future__ import annotations

from tests.retrieval.conftest import make_chunk
from tests.answering import ask

UNABLE = ("12. Performance of the Cabinet 2022/23\n\n"
          "The Chairman reported that he had invited the Cabinet Member for Highways to attend the meeting to brief "
          "the Panel on the pothole backlog and the winter gritting programme. The Cabinet Member had replied that "
          "he was unable to give such a briefing at this meeting.\n\n"
          "13. Work programme\n\n"
          "The Panel noted its work programme.")

DEFERRED = ("7. Community safety\n\n"
            "The Chief Inspector's update on the rise in shop thefts was deferred to the next meeting, as the "
            "Chief Inspector was called away.\n\n"
            "8. Any other business\n\n"
            "None.")

REPORTED = ("5. Village hall roof\n\n"
            "The Clerk reported that the roofer did not attend the site on the agreed day and that a new date of "
            "3 June has been set for the repairs.\n\n"
            "6. Correspondence\n\n"
            "None.")


def minutes(text):
    return make_chunk("mtg", text, meeting_date="2023-05-10", doc_type="minutes", title="Minutes")


def test_what_a_member_told_a_panel_is_declined_when_they_were_unable_to():
    answer = ask("What did the Cabinet Member for Highways tell the Panel about the pothole backlog?", [minutes(UNABLE)])
    assert answer.answer.startswith("The papers record that it did not take place"), answer.answer
    assert "unable to give such a briefing" in answer.answer


def test_what_an_officer_reported_is_declined_when_the_update_was_deferred():
    answer = ask("What did the Chief Inspector report about shop thefts?", [minutes(DEFERRED)])
    assert answer.answer.startswith("The papers record that it did not take place"), answer.answer


def test_what_an_officer_reported_of_someone_else_not_doing_a_thing_is_answered():
    answer = ask("What did the Clerk report about the village hall roof repairs?", [minutes(REPORTED)])
    assert "did not take place" not in answer.answer and "3 June" in answer.answer, answer.answer
