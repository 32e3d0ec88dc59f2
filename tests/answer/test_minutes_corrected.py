"""Asked what correction a council made to a meeting's minutes, the line of the next minutes recording it answers
("... be approved subject to the following correction - minute 41 should read ..."), of the minutes the question
names, not the minutes' heading nor another set of minutes approved unchanged (answer.proceedings.minutes_corrected).
Minutes written for the test; the embedder is the fixed fake of tests/answering.py."""
from __future__ import annotations

from answer.proceedings import CORRECTED, asks_correction
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

HEADING = ("BRAMLEY PARISH COUNCIL\n\nMinutes of the Meeting of Bramley Parish Council held in the Village Hall, "
           "Bramley on Tuesday, 14 May 2019. The meeting commenced at 7.30 pm.")
MINUTES = ("3 MINUTES\n\nRESOLVED: that the Minutes of the Special Meeting of Bramley Parish Council held on Tuesday, "
           "23 April 2019 be taken as read and signed as correct.\n\nRESOLVED: that the Minutes of the Meeting held on "
           "9 April 2019 be approved subject to the following amendment – minute 41 should read “the footpath at Church "
           "Lane” and not “the footpath at Chapel Lane”.")


def test_the_correction_to_the_minutes_asked_is_the_answer():
    chunks = [make_chunk("head", HEADING, meeting_date="2019-05-14"),
              make_chunk("min", MINUTES, meeting_date="2019-05-14", item="3 MINUTES")]
    line = first_line(ask("What correction did Bramley Parish Council make in May 2019 to the minutes of its "
                          "meeting of 9 April 2019?", chunks))
    assert "should read “the footpath at Church Lane”" in line, line


def test_a_correction_is_asked_of_minutes_and_recorded_in_the_words_house_styles_use():
    assert asks_correction("How were the minutes of the March meeting amended?")
    assert not asks_correction("What changes were made to the bus timetable?")
    for said in ("the minutes be approved subject to the following amendment", "minute 12 be amended to read",
                 "the second paragraph should have read", "the date be corrected to 3 June"):
        assert CORRECTED.search(said), said
