"""Asked what a cabinet decided about a strategy, a report to that cabinet which retells the decision that adopted
the old strategy years before ("was adopted by the Council in June 2013") records no decision of this meeting: the
answer declines (answer/declines_outcomes.py no_decision_recorded, _retold). Minutes that tell the same earlier
decision and resolve the new one answer. Pages written here (an invented county), read by the real ingest path."""
from __future__ import annotations

import pytest

from core.settings import Settings
from ingest.pipeline import prepare, read
from tests.answering import ask

REPORT = """ASHCOMBE COUNTY COUNCIL

By: Councillor Priya Nair, Cabinet Member for Environment
To: Cabinet - 3 March 2026
Subject: Joint Municipal Waste Strategy refresh
Classification: Unrestricted

1. Background

1.1 The Joint Municipal Waste Strategy was adopted by the County Council in June 2013 and set out how the
county and its district councils would reduce household waste sent to landfill.

1.2 Since then the Joint Municipal Waste Strategy has been reviewed each year by the Waste Partnership Board,
and household recycling has risen from 41 per cent to 53 per cent.

2. The refreshed Joint Municipal Waste Strategy

2.1 The refreshed Joint Municipal Waste Strategy adds targets for food waste collections and for reuse
shops at household waste recycling centres.
"""

MINUTES = """ASHCOMBE COUNTY COUNCIL

Minutes of the meeting of the Cabinet held on Tuesday 3 March 2026 at 10.00am at County Hall

Present: Councillor R Blake (Leader, Chair), Councillors P Nair, T Adeyemi and G Moss.

8. Joint Municipal Waste Strategy refresh

Councillor Nair introduced the report. The Joint Municipal Waste Strategy was adopted by the County Council in
June 2013.

RESOLVED that the refreshed Joint Municipal Waste Strategy be approved, with its targets for food waste
collections and reuse shops.
"""

QUESTION = "What did Ashcombe Cabinet decide about the joint municipal waste strategy?"


def _chunks(tmp_path_factory, name: str, text: str):
    path = tmp_path_factory.mktemp("retold") / name
    path.write_text(text, encoding="utf-8")
    return prepare(read(path), Settings()).chunks


def test_an_earlier_decision_retold_in_a_report_is_no_decision_of_its_meeting(tmp_path_factory):
    chunks = _chunks(tmp_path_factory, "2026-03-03-cabinet-waste-strategy-report.txt", REPORT)
    answer = ask(QUESTION, chunks)
    assert not answer.answered, answer.answer
    assert answer.answer.startswith("The passages on this subject speak of it but record no decision on it"), \
        answer.answer


def test_the_minutes_resolving_the_new_strategy_answer(tmp_path_factory):
    chunks = _chunks(tmp_path_factory, "2026-03-03-cabinet-minutes.txt", MINUTES)
    answer = ask(QUESTION, chunks)
    assert answer.answered and "refreshed Joint Municipal Waste Strategy be approved" in answer.answer, answer.answer
