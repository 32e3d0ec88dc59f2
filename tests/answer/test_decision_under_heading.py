"""A decline saying the papers record no decision (or only something to come) must not fire when the lines on the
subject do record one in their house style: a parish's planning response under its application's heading ("Mr A
proposed and Mr B seconded recommending refusal"), a Cabinet's one-line outcome under the line naming who presented
it ("Cabinet approved the ... Strategy"), an appointment resolved at the meeting ("Resolved - That Councillor X be and
he is hereby appointed chairman for the meeting"); and the answer leads with that line, not the heading above it
nor an agenda's "Chairman: To be appointed". Pages written here, read by the real ingest path; the decline's
twin (a heading with nothing decided under it, the next item's decision below) still declines."""
from __future__ import annotations

from core.settings import Settings
from answer import declines
from ingest.pipeline import prepare, read
from tests.answering import ask, first_line

PARISH = """Ashcombe Parish Council

Parish Council meeting was held in Ashcombe Village Hall on

Tuesday 8th March 2022 at 7.30 p.m.

Mr P. Dawe (Chairman), Mrs R. Hooper, Mr T. Sparkes, Mrs L. Quick

PLANNING APPLICATION (22/00417/FULL) Erection of 2 agricultural storage buildings and formation of new access at Higher Rookley Farm, Ashcombe

Residents spoke against this application. A discussion took place between the parish councillors.

Proposal: Mr Sparkes proposed and Mrs Quick seconded recommending refusal of this application for the following reasons:

The new access would be on a blind bend of the lane.

Village hall car park

Members discussed the potholes in the village hall car park and the cost of filling them.

Footpaths

The clerk reported that the stile on footpath 4 had been repaired.
"""

CABINET = """Cabinet - Wednesday, 14th February 2024

Minutes

Apologies for absence

Apologies received from Councillor Dana Holt.

Youth Engagement Strategy

Report: Youth Engagement Strategy

Presented by Councillor Priya Lendl, Cabinet Member for Communities

Cabinet approved the Youth Engagement Strategy 2024-2028.
"""

SUB = """Licensing Sub-Committee

Monday 4th September 2017

MINUTES

PRESENT: - Councillors Hallam, R Marsh and T Marsh

The sub-committee met at the Town Hall.

1201 CHAIRMAN - Resolved - That Councillor Hallam be and he is hereby appointed chairman for the meeting.

Councillor Hallam thereupon took the chair.

1202 DECLARATIONS OF INTEREST - There were no declarations of interest.
"""


def _chunks(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return prepare(read(path), Settings()).chunks


def test_a_parish_planning_response_under_its_heading_is_its_decision(tmp_path):
    chunks = _chunks(tmp_path, "2022-03-08-minutes.txt", PARISH)
    answer = ask("What did Ashcombe Parish Council recommend on application 22/00417/FULL for the agricultural storage "
                 "buildings at Higher Rookley Farm, and who proposed it?", chunks)
    assert answer.answered and "Mr Sparkes proposed and Mrs Quick seconded recommending refusal" in first_line(answer), \
        answer.answer


def test_whether_the_parish_backed_it_is_its_response_under_the_heading(tmp_path):
    chunks = _chunks(tmp_path, "2022-03-08-minutes.txt", PARISH)
    answer = ask("did the parish council back the new storage buildings at higher rookley farm", chunks)
    assert "recommending refusal" in first_line(answer), answer.answer


def test_a_heading_with_nothing_decided_under_it_still_declines(tmp_path):
    chunks = _chunks(tmp_path, "2022-03-08-minutes.txt", PARISH)
    answer = ask("What did Ashcombe Parish Council decide about the village hall car park?", chunks)
    assert answer.answer.startswith(declines.NO_DECISION_ON), answer.answer


def test_a_cabinet_outcome_under_who_presented_it_is_its_decision(tmp_path):
    chunks = _chunks(tmp_path, "cabinet-14-february-2024.txt", CABINET)
    answer = ask("Which strategy did the Cabinet approve that was presented by Councillor Priya Lendl?", chunks)
    assert answer.answered and "Youth Engagement Strategy 2024-2028" in answer.answer, answer.answer


def test_an_appointment_resolved_at_the_meeting_is_an_outcome(tmp_path):
    chunks = _chunks(tmp_path, "licensing-sub-committee-4-september-2017.txt", SUB)
    answer = ask("Who was appointed chairman of the Licensing Sub-Committee on 4 September 2017?", chunks)
    assert not answer.answer.startswith(declines.NO_OUTCOME), answer.answer
    assert answer.answer.startswith("**Who:** That Councillor Hallam be and he is hereby appointed chairman"), answer.answer


def test_a_chair_to_be_appointed_names_no_one(tmp_path):
    chunks = _chunks(tmp_path, "licensing-sub-committee-4-september-2017.txt", "Chairman: To be appointed\n\n" + SUB)
    answer = ask("Who was appointed chairman of the Licensing Sub-Committee on 4 September 2017?", chunks)
    assert "Councillor Hallam" in answer.answer.split("\n")[0], answer.answer
