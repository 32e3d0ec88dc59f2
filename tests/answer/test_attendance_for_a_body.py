"""Who attended a meeting for a body: minutes that label their lists by who is in them ("Other Members Present",
"Officers Present", "Representatives from Other Bodies in Attendance") print an attendance record, and asked
who came on behalf of a body, the list's line naming that body answers (answer/proceedings.py). The minutes are
written for this test; the embedder is the fixed fake of tests/answering.py."""
from __future__ import annotations

from answer.proceedings import ATTENDANCE
from core.settings import Settings
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

MINUTES = ("Minutes of Proceedings of a Meeting of Loughbeg District Council held in the Council Chamber on "
           "Tuesday, 3 March 2009. The meeting commenced at 7.30 pm.\n\n"
           "Presiding Mrs R Doherty\n\n"
           "Other Members Present Mr T Quinn Mrs S Boyle P J Devlin\n\n"
           "Officers Present K Mallon (Chief Executive) Mrs L Hegarty (Director of Finance)\n\n"
           "Representatives from Other Bodies in Attendance\n\n"
           "Roads Service: Mr Declan Moore – Section Engineer\n\n"
           "Western Water Trust: Mrs Aine Grant – Networks Manager Mr Colm Rafferty - Asset Planning\n\n"
           "1 MINUTES\n\nThe minutes of the meeting held on 3 February 2009 were taken as read and signed.")


def test_lists_labelled_by_who_is_in_them_are_attendance_records():
    assert ATTENDANCE.search("Other Members Present Mrs E Forde P J Bateson")
    assert ATTENDANCE.search("Representatives from Other Bodies in Attendance\n")
    assert ATTENDANCE.search("Also present: Cllr A Smith")
    # a line of prose saying someone was there is no list's label
    assert not ATTENDANCE.search("Mr Jones was present")
    assert not ATTENDANCE.search("The Chair welcomed those Present")


def test_who_attended_on_behalf_of_a_body_is_that_bodys_line_of_the_list():
    chunk = make_chunk("m", MINUTES, meeting_date="2009-03-03", council="Loughbeg District Council", doc_type="minutes")
    answer = ask("Who attended Loughbeg District Council on 3 March 2009 on behalf of Western Water Trust?", [chunk],
                 settings=Settings(abstain_below=0.99))
    line = first_line(answer)
    assert answer.answered and "Mrs Aine Grant" in line and "Mr Colm Rafferty" in line, answer.answer
    assert "Declan Moore" not in line, line
