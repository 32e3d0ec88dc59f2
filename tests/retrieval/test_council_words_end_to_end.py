"""End to end through a real index of a borough's papers: "council rents" is the subject, not the full
Council's meeting (retrieval/plan.py without_council_modifier); "the March meeting" is the March
meeting whose minutes came in April's agenda pack (retrieval/plan.py month_meeting, ingest/layouts.py
paper_referred)."""
from __future__ import annotations

import pytest

from core.settings import Settings
from service.engine import Scrutineer

pytestmark = pytest.mark.slow

# the April Cabinet pack: its agenda (which refers to the minutes of March) and March's minutes printed in it
APRIL_PACK = """Fernley Borough Council

Cabinet

Meeting to be held on Tuesday 16 April 2024 at 6.00 pm

AGENDA

1. Apologies for absence

2. Minutes

Minutes of the meeting held on 12 March 2024 (attached)

3. Waste Collection Contract

4. Homelessness Strategy

Fernley Borough Council

Cabinet

Minutes of the meeting held on 12 March 2024

Present: Councillors R Doyle (Chair), S Patel, T Okafor and U Grant

CAB 31/24 Leisure Centre Contract

The Cabinet considered the options for the leisure centre contract.

RESOLVED that the leisure centre contract with Fernley Leisure Trust be extended to March 2026.
"""

RENTS = """Fernley Borough Council

Cabinet

Minutes of the meeting held on 11 February 2025

Present: Councillors R Doyle (Chair), S Patel, T Okafor and U Grant

CAB 88/24 Housing Revenue Account Rent Setting 2025/26

The Cabinet considered the report on council rents and service charges for the 2025/26 financial year.

RESOLVED that council rents rise by 2.7% from 7 April 2025, in line with the national rent standard, taking
the average weekly rent for a council home to £104.35.
"""

COUNCIL = """Fernley Borough Council

Minutes of the meeting of the Council held on Wednesday 17 July 2024 at 7.00 pm

Present: Councillors A Patel (Mayor), B Okafor, C Lindqvist, D Hughes

21. Mayor's Announcements

The Mayor thanked the volunteers of the Fernley Carnival.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory, embedder) -> Scrutineer:
    root = tmp_path_factory.mktemp("fernley")
    papers = root / "papers"
    for name, text in {"cabinet/2024-04-16/agenda-pack.txt": APRIL_PACK,
                       "cabinet/2025-02-11/minutes.txt": RENTS,
                       "council/2024-07-17/minutes.txt": COUNCIL}.items():
        path = papers / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    engine = Scrutineer(Settings.from_env(index_dir=root / "index"), embedder=embedder)
    report = engine.ingest([papers])
    assert report.count("failed") == 0, report.results
    return engine


def test_council_rents_are_answered_from_the_cabinets_papers(engine):
    # the full Council did not meet in February 2025: its papers are not the ones asked for
    answer = engine.ask("What was agreed about council rents in February 2025?")
    assert answer.answered, answer.answer
    assert "2.7%" in answer.answer and answer.citations[0].committee == "Cabinet"


def test_the_march_meeting_is_the_one_whose_minutes_came_in_aprils_pack(engine):
    answer = engine.ask("What was agreed at the March meeting of the Cabinet?")
    assert answer.answered, answer.answer
    assert "Fernley Leisure Trust" in answer.answer
    assert answer.citations[0].meeting_date == "2024-03-12"
