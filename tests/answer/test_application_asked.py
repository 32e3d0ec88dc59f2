"""Asked which planning application a parish council considered, the answer is the line printing the
application's reference ("21/03112/HOUS Two storey side extension ..."), not the minutes' opening line (which
shares the council's name and the month with the question) nor a declaration of interest that speaks of "the
planning application in item 4". Minutes written for these tests."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

OPENING = ("Minutes from the meeting of Lowerby Parish Council held on Tuesday 14th September 2021 at 7pm in the "
           "Church Room, Lowerby.\nPresent: Cllr Peter Hale (chairman), Cllr Ann Cross and Jo Soames (Clerk).")
INTERESTS = "2 Declaration of Councillors interests for items on the agenda:\nCllr Cross has an interest in the planning application in item 4."
PLANNING = ("4 Planning applications:\n21/03112/HOUS Two storey side extension at 4 Mill Row, Lowerby. There were no\n"
            "objections.\nCllr Cross rejoined the meeting.")


def test_asked_which_application_the_line_with_its_reference_answers():
    meta = dict(meeting_date="2021-09-14", doc_type="minutes", committee="Lowerby Parish Council",
                council="Lowerby Parish Council")
    chunks = [make_chunk("open", OPENING, **meta),
              make_chunk("int", INTERESTS, item="2 Declaration of Councillors interests for items on the agenda:", **meta),
              make_chunk("pl", PLANNING, item="4 Planning applications:", **meta)]
    answer = ask("What planning application did Lowerby Parish Council consider in September 2021?", chunks)
    assert "21/03112/HOUS" in first_line(answer), answer.answer
