"""What the papers do not answer is declined, and said: a comparison with a period the passages never speak of
(answer/period.py compared_periods, period_held), a question taking for granted that something was ended when
the passage on it says it was not (a false premise, quoted), a date asked of something the passages only speak
of, and what an inquiry found when they only say it is to come (answer/extractive.py). Each page is written
here in a small council's and a principal council's words; none is a real council's."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

TREASURER = ("9. Treasurer's Report\nThe current account stands at £1,204.50 and the reserve account at £3,010.00. "
             "The Treasurer thanked the Horticultural Society for its donation of £150.")
TREASURER_EARLIER = ("8. Treasurer's Report\nAt the end of November 2021 the current account stood at £986.10 and "
                     "the reserve account at £2,400.00.")


def test_a_comparison_with_a_period_no_passage_speaks_of_is_declined():
    now = make_chunk("t23", TREASURER, meeting_date="2023-11-14", title="Minutes")
    answer = ask("How did the current account balance in November 2023 compare with November 2021?", [now])
    assert not answer.answered, answer.answer
    assert first_line(answer).startswith("The passages on this subject give no figure for November 2021."), answer.answer


def test_a_comparison_with_both_periods_held_is_answered():
    now = make_chunk("t23", TREASURER, meeting_date="2023-11-14", title="Minutes")
    then = make_chunk("t21", TREASURER_EARLIER, meeting_date="2021-12-07", title="Minutes", source="corpus/y.txt")
    answer = ask("How did the current account balance in November 2023 compare with November 2021?", [now, then])
    assert answer.answered, answer.answer


LIBRARY = ("14. Village library\nMembers heard that the rumours about the library were unfounded: the village "
           "library will remain open on its present hours, and the county council has confirmed the lease until 2027.")
CYCLE_HUB = ("7. Cycle hub at Riverside Park\nThe Committee considered a report on the proposed cycle hub at Riverside "
             "Park. On being put to the vote the recommendations were CARRIED unanimously. It was APPROVED that the "
             "proposed approach to delivering the cycle hub be taken forward to a full business case.")


def test_a_question_taking_a_closure_for_granted_is_told_the_papers_record_the_contrary():
    chunk = make_chunk("lib", LIBRARY, meeting_date="2022-09-13", title="Minutes")
    answer = ask("Why did the town council close the village library last year?", [chunk])
    assert not answer.answered, answer.answer
    assert first_line(answer).startswith("The papers do not say that the town council closed the village library; they record: "
                                         "\"Members heard that the rumours"), answer.answer
    assert answer.citations[0].chunk_id == "lib"


def test_a_question_taking_a_scrapped_scheme_for_granted_is_told_it_was_approved():
    chunk = make_chunk("hub", CYCLE_HUB, meeting_date="2024-03-21", title="Minutes", is_resolution=True)
    answer = ask("Why did the committee scrap the cycle hub at Riverside Park?", [chunk])
    assert not answer.answered, answer.answer
    assert first_line(answer).startswith("The papers do not say that the committee scrapped the cycle hub"), answer.answer


def test_a_closure_that_happened_is_answered():
    chunk = make_chunk("lib", "14. Village library\nIt was RESOLVED to close the village library on 31 March because "
                       "the building failed its electrical safety inspection.", meeting_date="2022-02-08", title="Minutes")
    answer = ask("Why did the town council close the village library?", [chunk])
    assert answer.answered and "electrical safety" in answer.answer, answer.answer


POND = ("11. Village pond\nThe state of the pond was discussed at length; it is badly overgrown with reed. "
        "Several residents offered to help clear the pond once the weather improves.")


def test_a_date_asked_of_what_the_minutes_only_speak_of_is_declined():
    chunk = make_chunk("pond", POND, meeting_date="2023-01-17", title="Minutes")
    answer = ask("On what date did the residents clear the village pond?", [chunk])
    assert not answer.answered, answer.answer
    assert first_line(answer).startswith("The passages on this subject give no date for it"), answer.answer


def test_a_date_printed_with_the_act_answers():
    chunk = make_chunk("pond", "11. Village pond\nResidents cleared the village pond of reed on Saturday 4 March, and "
                       "the Chairman thanked them.", meeting_date="2023-03-21", title="Minutes")
    answer = ask("On what date did the residents clear the village pond?", [chunk])
    assert answer.answered and "4 March" in answer.answer, answer.answer


SURVEY = ("6. Flooding in Mill Lane\nThe Clerk has reported the blocked gullies to the county council. The county's "
          "engineers will carry out a drainage survey of the lane in the spring. The council awaits the results.")


def test_what_an_inquiry_found_is_declined_when_it_is_only_to_come():
    chunk = make_chunk("mill", SURVEY, meeting_date="2024-01-09", title="Minutes")
    answer = ask("What did the drainage survey of Mill Lane find?", [chunk])
    assert not answer.answered, answer.answer
    assert first_line(answer).startswith("The passages on this subject speak of it only as something to come"), answer.answer


def test_what_an_inquiry_found_is_answered_when_reported():
    chunk = make_chunk("mill", "6. Flooding in Mill Lane\nThe drainage survey of Mill Lane found that the culvert under "
                       "the lane has collapsed and must be rebuilt.", meeting_date="2024-05-14", title="Minutes")
    answer = ask("What did the drainage survey of Mill Lane find?", [chunk])
    assert answer.answered and "collapsed" in answer.answer, answer.answer


FETE_REPORT = ("Agenda Item 9\nSummer Fete 2024\n3. Finance\nIt is expected that stall fees and the raffle would bring in "
               "at least £2,500, leaving an anticipated net cost to the Town Council of £4,000. The ticket prices "
               "envisaged are as follows:\n- £3 per adult\n- £1 per child")


def test_what_an_event_actually_took_is_declined_when_the_papers_give_only_estimates():
    chunk = make_chunk("fete", FETE_REPORT, meeting_date="2024-03-12", doc_type="report", title="Summer Fete 2024")
    answer = ask("How much did the Summer Fete actually take from stall fees and the raffle?", [chunk])
    assert not answer.answered, answer.answer
    assert first_line(answer).startswith("The passages on this subject give only what it was expected"), answer.answer


def test_what_an_event_took_is_answered_from_the_minutes_that_report_it():
    minutes = make_chunk("fete-out", "7. Summer Fete\nThe Clerk reported that stall fees and the raffle at the Summer Fete "
                         "took £2,870 in total.", meeting_date="2024-09-10", title="Minutes", source="corpus/y.txt")
    chunk = make_chunk("fete", FETE_REPORT, meeting_date="2024-03-12", doc_type="report", title="Summer Fete 2024")
    answer = ask("How much did the Summer Fete actually take from stall fees and the raffle?", [minutes, chunk])
    assert answer.answered and "2,870" in answer.answer, answer.answer


def test_the_contrary_may_follow_on_the_item_that_names_the_thing():
    chunk = make_chunk("flag", "12. Memorial flagpole\nThe flagpole at the war memorial has been repaired and the "
                       "council could now put up a flag. After discussion it was agreed that the Union flag be bought "
                       "and raised on Remembrance Sunday.", meeting_date="2023-10-03", title="Minutes",
                       item="12. Memorial flagpole")
    answer = ask("Why did the parish council refuse to put up a flag at the war memorial?", [chunk])
    assert not answer.answered, answer.answer
    assert first_line(answer).startswith("The papers do not say that the parish council refused to put up a flag"), \
        answer.answer


def test_an_ending_the_papers_record_is_no_false_premise():
    chunk = make_chunk("lane", "8. Station Road bus lane\nIt was agreed to scrap the bus lane on Station Road because "
                       "buses were held up by the new junction.", meeting_date="2023-10-03", title="Minutes")
    answer = ask("Why did the committee scrap the bus lane on Station Road?", [chunk])
    assert answer.answered and "new junction" in answer.answer, answer.answer
