"""Asked what a cabinet decided about a plan, a report to that cabinet is not its decision: the report tells of the
plan's background and says the full council "will be asked to agree" it, a decision to come, not one made; the
answer declines and lists what the papers hold (answer/declines_outcomes.py no_decision_recorded, _SETTLED,
_asked_ahead). "plan" in the question is the matter decided on, not a question about the future. The minutes of the
meeting that resolved it answer. Pages written here (an invented county), read by the real ingest path."""
from __future__ import annotations

import pytest

from core.settings import Settings
from ingest.pipeline import prepare, read
from tests.answering import ask

REPORT = """WESTMERE COUNTY COUNCIL

By: Councillor Dana Rees, Cabinet Member for Growth and Environment
To: Cabinet - 11 February 2026
Subject: Adoption of the Westmere Minerals and Waste Local Plan 2026-2041
Classification: Unrestricted

Summary: This report sets out the outcome of the examination of the Westmere Minerals and Waste Local Plan
2026-2041 and the Planning Inspector's report.

1. Introduction and Background

1.1 As the minerals and waste planning authority for Westmere, the County Council must prepare and keep up to
date planning policy for waste management and minerals supply in the county. The Westmere Minerals and Waste
Local Plan 2011-26 was adopted by the Council in May 2012 and sets out the strategy for minerals and waste
development in the county.

1.2 The Westmere Minerals and Waste Local Plan, together with the Mineral Sites Plan, forms part of the
Development Plan for Westmere, used to determine planning applications for quarries and waste sites.

2. The Examination

2.1 Changes to the Plan were proposed, consulted upon and examined by a Planning Inspector, who found the
Plan sound subject to main modifications.

3. Next Steps

3.1 Following consideration by the Environment Cabinet Committee and by Cabinet, the County Council will be
asked to agree that the Westmere Minerals and Waste Local Plan 2026-2041 be adopted as the minerals and waste
planning policy for Westmere.
"""

MINUTES = """WESTMERE COUNTY COUNCIL

Minutes of the meeting of the Cabinet held on Wednesday 11 February 2026 at 10.00am in the Council Chamber

Present: Councillor M Haddow (Leader, Chair), Councillors D Rees, P Osei and L Varga.

6. Adoption of the Westmere Minerals and Waste Local Plan 2026-2041

Councillor Rees introduced the report on the Planning Inspector's findings on the Westmere Minerals and Waste
Local Plan 2026-2041.

RESOLVED that Cabinet approve the Westmere Minerals and Waste Local Plan 2026-2041, as modified by the
Inspector, and recommend it to the County Council for adoption.
"""

QUESTION = "What did Westmere Cabinet decide about the minerals and waste local plan?"


def _chunks(tmp_path_factory, name: str, text: str):
    path = tmp_path_factory.mktemp("plan") / name
    path.write_text(text, encoding="utf-8")
    return prepare(read(path), Settings()).chunks


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return _chunks(tmp_path_factory, "2026-02-11-cabinet-minerals-waste-plan-report.txt", REPORT)


def test_a_report_to_cabinet_is_not_cabinets_decision(report):
    answer = ask(QUESTION, report)
    assert not answer.answered, answer.answer
    assert answer.answer.startswith("The passages on this subject speak of it but record no decision on it"), \
        answer.answer


def test_the_minutes_resolving_it_answer(tmp_path_factory):
    chunks = _chunks(tmp_path_factory, "2026-02-11-cabinet-minutes.txt", MINUTES)
    answer = ask(QUESTION, chunks)
    assert answer.answered and "Cabinet approve the Westmere Minerals and Waste Local Plan" in answer.answer, \
        answer.answer


# a board's decision printed in a "That ... be approved" line, the plan named by its title before the decision word
BOARD = """ASHCOMBE COUNTY COUNCIL

Health and Wellbeing Board, 14 July 2021

Local Outbreak Management Plan refresh

Report of the Director of Public Health.

Decision

That the refresh of the Ashcombe Local Outbreak Management Plan - Living Safely with COVID-19 be approved.

Local Outbreak Engagement Board update

To receive a report from the Director of Public Health.
"""


def test_a_plan_named_by_its_title_is_no_plan_to_come(tmp_path_factory):
    chunks = _chunks(tmp_path_factory, "2021-07-14-health-wellbeing-board.txt", BOARD)
    answer = ask("What did the Ashcombe Health and Wellbeing Board approve about the local outbreak management plan?",
                 chunks)
    assert answer.answered and "Living Safely with COVID-19 be approved" in answer.answer, answer.answer
