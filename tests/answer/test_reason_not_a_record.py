"""Minutes "approved as a correct record" give no reason: asked why a member missed a meeting, the line saying
why ("It was noted that Councillor Dale was on holiday.") leads, not the approval of the last minutes, which
was then declined as a reason for something else (answer/facts.py REASON)."""
from __future__ import annotations

from answer.reasons import REASON
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

MINUTES = ("(52) APOLOGIES FOR ABSENCE\nApologies for absence were received from Councillors A Dale and B Eyre.\n"
           "It was noted that Councillor Dale was on holiday in Cornwall. The Committee wished him a good rest.\n\n"
           "(53) MINUTES\nThe Minutes of a meeting of the Committee held on 6 October 2022 were approved as a correct "
           "record and signed by the Chairman.")


def test_approved_as_a_correct_record_is_no_reason():
    assert not REASON.search("The Minutes were approved as a correct record and signed by the Chairman.")
    assert not REASON.search("The minutes were signed as a true and accurate record.")
    assert REASON.search("The item was deferred as the report was not ready.")


def test_why_a_member_was_absent():
    chunk = make_chunk("m", MINUTES, meeting_date="2022-11-03", doc_type="minutes", title="Minutes",
                       committee="Planning Committee")
    answer = ask("Why couldn't Councillor Dale make the Planning Committee in November 2022?", [chunk])
    assert answer.answered, answer.answer
    lead = first_line(answer)
    assert "on holiday" in lead and "correct record" not in lead, lead
