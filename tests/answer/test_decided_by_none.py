"""Asked what a body decided, or how much it approved, the answer opens with a decision of that body on the
subject; when the papers only record the matter noted, reported or recommended to the body, the answer declines
and quotes what they do record (answer/declines_outcomes.py decided_by_none; the unans21/22 "noted_only" questions
and a scrutiny panel's recommendation to Cabinet read as Cabinet's decision). Pages written here, read by the real
ingest path; each decline has an answered twin."""
from __future__ import annotations

import pytest

from core.settings import Settings
from ingest.pipeline import prepare, read
from tests.answering import ask

PANEL = """BRAMLEY VALE DISTRICT COUNCIL

Minutes of the meeting of the Communities Overview and Scrutiny Committee held on Wednesday 9 October 2024 at 6.00pm

Present: Councillors J Okafor (Chair), P Lindqvist, R Marsh and S Devi.

7. LEISURE CENTRE OPERATING CONTRACT

The Head of Leisure introduced the report on the options for the new leisure centre operating contract, which
would go to the Executive in December 2024.

Members asked whether free swimming for children could be written into the contract.

RESOLVED:

1. That the Committee notes the report.

2. That the Committee recommends to the Executive that the new leisure centre operating contract includes free
swimming for children under 16 during school holidays.
"""

PARISH = """KESTLE PARISH COUNCIL

Minutes of the Parish Council meeting held on Tuesday 4 March 2025 in the Reading Room

Present: Cllr A Penrose (Chair), Cllr B Trewin, Cllr C Hocking.

25/031 Reading Room lettings

Cllr Trewin said the new hours for lettings of the Reading Room would clash with the library's sessions held there.
As the Booking Secretary was not present, it was agreed to ask for her view at the next meeting.

25/032 County Councillor's report

Cllr Moyle reported that a consultation was now open on new opening hours for the Kestle library, and residents
were encouraged to respond before the end of April.
"""

PLAN = """BRAMLEY VALE DISTRICT COUNCIL

Communities Overview and Scrutiny Committee, 9 October 2024

Report of the Head of Communities: Volunteer Strategy 2024-2027 progress

1. Purpose

1.1 This report updates the Committee on the Volunteer Strategy.

2. Progress

2.1 The strategy aims to recruit 40 new community volunteers by March 2026 through a recruitment campaign
costing up to £12,000 a year.
"""

GRANT = """KESTLE PARISH COUNCIL

Minutes of the Parish Council meeting held on Tuesday 1 April 2025 in the Reading Room

25/044 Volunteer recruitment campaign

RESOLVED that £1,500 be approved towards the village volunteer recruitment campaign.
"""


def _chunks(tmp_path_factory, name: str, text: str):
    path = tmp_path_factory.mktemp("decided") / name
    path.write_text(text, encoding="utf-8")
    return prepare(read(path), Settings()).chunks


@pytest.fixture(scope="module")
def panel(tmp_path_factory):
    return _chunks(tmp_path_factory, "2024-10-09-communities-osc-minutes.txt", PANEL)


@pytest.fixture(scope="module")
def parish(tmp_path_factory):
    return _chunks(tmp_path_factory, "2025-03-04-minutes.txt", PARISH)


def test_a_recommendation_to_the_executive_is_not_the_executives_decision(panel):
    answer = ask("What did the Executive decide on the leisure centre operating contract?", panel)
    assert not answer.answered, answer.answer
    assert answer.answer.startswith("The papers record it recommended to the Executive, not decided"), answer.answer
    assert "free swimming for children under 16" in answer.answer


def test_the_panels_own_recommendation_is_its_decision(panel):
    answer = ask("What did the Communities Overview and Scrutiny Committee decide on the leisure centre operating "
                 "contract?", panel)
    assert answer.answered and "free swimming" in answer.answer, answer.answer


def test_a_decision_on_another_item_is_no_decision_on_a_matter_only_reported(parish):
    answer = ask("What did Kestle Parish Council decide about the new library opening hours?", parish)
    assert not answer.answered, answer.answer
    assert answer.answer.startswith("The papers record it reported, not decided"), answer.answer
    assert "consultation was now open on new opening hours" in answer.answer


def test_a_decision_on_the_matter_asked_is_answered(parish):
    answer = ask("What did Kestle Parish Council decide about the Reading Room lettings?", parish)
    assert answer.answered and "ask for her view" in answer.answer, answer.answer


def test_a_sum_in_a_plan_is_no_sum_a_committee_approved(tmp_path_factory):
    chunks = _chunks(tmp_path_factory, "2024-10-09-volunteer-strategy-report.txt", PLAN)
    answer = ask("How much did the Communities Overview and Scrutiny Committee approve for the volunteer "
                 "recruitment campaign?", chunks)
    assert not answer.answered, answer.answer
    assert answer.answer.startswith("The papers record it"), answer.answer


def test_a_sum_resolved_is_the_sum_approved(tmp_path_factory):
    chunks = _chunks(tmp_path_factory, "2025-04-01-minutes.txt", GRANT)
    answer = ask("How much did Kestle Parish Council approve for the volunteer recruitment campaign?", chunks)
    assert answer.answered and "1,500" in answer.answer, answer.answer
