"""When a meeting finished: answered from the minutes' line saying when it closed, though no sentence
scores well ("finish" is not a word the minutes use), and only from the meeting asked about."""
from __future__ import annotations

from core.settings import Settings
from core.types import Passage
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk
from answer.proceedings import ASKS_CLOSE, CLOSED, asks_closing

MAY = ("18.05.15  Any Other Business\n\nThe school continues to be open, although there are a shortage of pupils.\n\n"
       "Next Meeting   Tuesday, 3rd July 2018\n\nThe Chairman brought the meeting to a close at 9.50pm")
JANUARY = "Next Meeting   Tuesday, 5th March 2019\n\nThe Chairman brought the meeting to a close at 8.15pm"


def test_what_time_a_meeting_finished_is_answered_from_its_closing_line():
    may = make_chunk("may", MAY, meeting_date="2018-05-08", item="18.05.15 Any Other Business")
    january = make_chunk("jan", JANUARY, meeting_date="2019-01-08")
    answer = ask("What time did the parish council meeting finish in May 2018?", [may, january],
                 passages=[Passage(january, 1.0), Passage(may, 0.5)], settings=Settings(abstain_below=0.99))
    assert answer.answered
    assert first_line(answer).startswith("**When:**") and "9.50pm" in first_line(answer) and "8.15pm" not in first_line(answer)


def test_only_a_question_about_the_end_of_a_meeting_reads_the_closing_line():
    assert CLOSED.search("Meeting ended at 8.10 pm") and CLOSED.search("Meeting Closed 21:00pm")
    assert not CLOSED.search("The consultation closed at 5.00 pm")
    assert ASKS_CLOSE.search("When did the AGM end?")
    assert not ASKS_CLOSE.search("When is the next meeting?")


def test_the_closing_line_however_printed():
    for line in ("The meeting closed at 9pm.", "Close of meeting: 20.45", "The meeting terminated at 9.05 p.m.",
                 "There being no further business the meeting was closed at 8.30 pm", "The Chair closed the meeting at 21:10"):
        assert CLOSED.search(line), line
    assert not CLOSED.search("The meeting closed with thanks to the Clerk for her 25 years")


def test_what_time_a_meeting_finished_is_declined_when_its_minutes_print_no_closing_line():
    may = make_chunk("may", MAY.rsplit("\n\n", 1)[0], meeting_date="2018-05-08", item="18.05.15 Any Other Business")
    answer = ask("What time did the parish council meeting finish in May 2018?", [may],
                 settings=Settings(abstain_below=0.0))
    assert not answer.answered
    assert answer.answer.startswith("The minutes found do not say when the meeting closed.")


PARKING = ("7. Christmas Parking Concessions\n\nRESOLVED: That free parking be provided in all of the Council's pay and "
           "display car parks from 24 to 27 December 2024 and on 1 January 2025, to support town centre traders over "
           "the festive period.\n\nThe meeting closed at 7.42 pm.")


def test_when_the_council_will_not_charge_over_christmas_is_not_asked_when_its_meeting_closed():
    # "over" / "close" of something the council does is no question about the end of its meeting
    for question in ("when won't the district council charge for parking over Christmas?",
                     "When will the council close the library for the refurbishment?"):
        assert not asks_closing("when", question), question
    parking = make_chunk("park", PARKING, meeting_date="2024-11-04", item="7. Christmas Parking Concessions")
    answer = ask("when won't the district council charge for parking over Christmas?", [parking],
                 settings=Settings(abstain_below=0.0))
    assert not answer.answer.startswith("The minutes found do not say when the meeting closed")
    assert "7.42" not in first_line(answer)
