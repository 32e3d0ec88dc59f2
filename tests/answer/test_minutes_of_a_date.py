"""Asked about "the minutes of <date>", a later meeting's paper approving (and amending) those minutes is of the
period asked: a meeting's minutes are approved at a later one (Settings.minutes_approval_days). Asked about the
meeting of that date itself, a later meeting is another meeting."""
from __future__ import annotations

from answer.period import off_period
from core.settings import Settings
from core.types import Coverage
from retrieval.plan import understand
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# a county's cabinet page for April: the March minutes approved with a correction
APRIL = ("3. Minutes\n\nThe minutes of the meeting held on 14 March 2023 were approved and signed, with the addition "
         "of Councillor Imran Shah to the list of other councillors attending.")
# the March meeting's own minutes
MARCH = ("Minutes of the meeting held on 14 March 2023\n\nPresent: Councillors Hale (Chair), Osei, Lin.\n\n"
         "1. Apologies\n\nApologies were received from Councillor Reid.")


def test_the_minutes_of_a_date_are_spoken_of_at_a_later_meeting():
    april = make_chunk("apr", APRIL, meeting_date="2023-04-18", doc_type="agenda", item="3. Minutes")
    march = make_chunk("mar", MARCH, meeting_date="2023-03-14", doc_type="minutes")
    question = "Who was added to the list of councillors attending in the minutes of 14 March 2023?"
    plan = understand(question, Coverage.of([april, march]))
    assert off_period(plan, APRIL.split("\n\n")[1], april, Settings()) is None
    line = first_line(ask(question, [april, march]))
    assert "Imran Shah" in line, line
    # months on, the minutes are long approved: another meeting's paper
    autumn = make_chunk("oct", APRIL, meeting_date="2023-10-10", doc_type="agenda", item="3. Minutes")
    assert off_period(plan, APRIL.split("\n\n")[1], autumn, Settings()) == "meeting of 10 October 2023"
    # asked about the meeting itself, a later meeting's paper is not of it
    plan = understand("Who sent apologies to the meeting of 14 March 2023?", Coverage.of([april, march]))
    assert off_period(plan, APRIL.split("\n\n")[1], april, Settings()) == "meeting of 18 April 2023"
