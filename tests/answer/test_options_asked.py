"""A question asking what one can do ("what can I do if the council turns down my application") is answered by the
paper's line setting out the courses open, quoted with the list under it (answer/options.py), not by a sentence
beside it that shares more of the question's words. A national park authority's planning minutes written for this
test, in the plain style of a web page's minute: a lead-in, bulleted courses with blank lines between."""
from __future__ import annotations

import pytest

from core.settings import Settings
from ingest.pipeline import prepare, read
from tests.answering import ask, first_line

MINUTES = """Planning Committee

Minutes of the meeting held on 14 March 2025

45/25 Land at Hollins Farm, Castleford Lane (NP/DDD/1124/0712)

The Head of Development Management reported that the applicant had written to Members about the refusal of the
application for a holiday let at Hollins Farm. Members were reminded that the decision had been made in line with
policy and that the planning application had been refused for the reasons set out in the report.

Officers would write to the applicant setting out the options available to them:

•         Lodge an appeal against the refusal with the Planning Inspectorate within six months

•         Submit an amended planning application after pre-application advice from Officers

•         Ask for a review of the decision by the Authority's complaints officer

The applicant's agent thanked Members for hearing the application and asked that the minutes record the
applicant's disappointment at the planning decision.
"""


@pytest.fixture(scope="module")
def chunks(tmp_path_factory):
    path = tmp_path_factory.mktemp("park") / "planning-committee-minutes-14-march-2025.txt"
    path.write_text(MINUTES, encoding="utf-8")
    return prepare(read(path), Settings()).chunks


@pytest.mark.parametrize("question", [
    "what can you do if the park authority turns down your planning application",
    "what are my options if my planning application is refused by the park authority",
])
def test_the_courses_open_are_quoted_with_their_list(chunks, question):
    answer = ask(question, chunks)
    assert "Lodge an appeal against the refusal" in first_line(answer), answer.answer


def test_a_question_asking_no_options_is_answered_as_before(chunks):
    answer = ask("why was the holiday let at Hollins Farm refused", chunks)
    assert "options available" not in first_line(answer), answer.answer
