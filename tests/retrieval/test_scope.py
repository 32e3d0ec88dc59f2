"""Scope is a hard edge, end to end through a real index of two councils' papers: a council the
question names restricts search; a period the index holds nothing in is declined in one line;
every citation names its council; "now" prefers the newest papers."""
from __future__ import annotations

import json

import pytest

from core.settings import Settings
from core.types import Filters
from service.engine import Scrutineer

pytestmark = pytest.mark.slow

PAPERS = {
    "northmoor/2024-05-14-minutes.txt": ("Northmoor County Council", "2024-05-14", """Minutes of the meeting of the
Children and Families Committee held on 14 May 2024

Present: Councillor Ruth Adeyemi (Chair), Councillor Tom Berry, Councillor Ann Cole.

1. School Transport

The Committee considered the school transport report. Officers reported that home to school
transport costs had risen to £31.4m, an overspend of £4.2m, because more pupils with special
needs travel further.

Resolved

That a review of school transport eligibility be brought to the September meeting.
"""),
    "northmoor/2022-03-08-minutes.txt": ("Northmoor County Council", "2022-03-08", """Minutes of the meeting of the
Children and Families Committee held on 8 March 2022

Present: Councillor Peter Dale (Chair), Councillor Tom Berry.

1. School Places

Officers reported that Northmoor added 410 new primary school places in 2021 through the expansion
of three schools.

Resolved

That the school places update be noted.

2. Eastmoor Library

Officers reported that EDC had closed its library at Millbrook on 1 February 2022, and that
Northmoor's mobile library would call at Millbrook each Tuesday instead.
"""),
    "exampleshire/2023-06-20-minutes.txt": ("Exampleshire County Council", "2023-06-20", """Minutes of the meeting of the
Children and Families Committee held on 20 June 2023

Present: Councillor Mia Evans (Chair).

1. School Places

Officers reported that Exampleshire added 1,250 new secondary school places in 2022 and plans
a further 600 places by 2025.

Resolved

That the school places strategy be endorsed.
"""),
    # a community council, its own meeting body; its newest minutes name no body (Markdown, "##" items)
    "lowfield/2012-03-06-minutes.txt": ("Lowfield Community Council", "2012-03-06", """Minutes of a meeting of
Lowfield Community Council held on 6 March 2012

Present: Rhona Watt, Ian Bell, Moira Kerr. RW chaired the meeting.

1. Village Hall

The hall roof repairs were agreed at a cost of £2,300.
"""),
    "lowfield/2025-10-07.md": ("Lowfield Community Council", "2025-10-07", """---
title: Minutes for meeting held Tuesday 7 October 2025
type: minutes
date: 2025-10-07
---

## Present

- Tom Shaw
- Ian Bell

_TS chaired meeting_

## Apologies for Absence

- Alan Reid — _Chair_
- Moira Kerr

## Christmas Lights

It was agreed that the Council would pay for the lights this year.

## Clock Tower Flag

The flagpole on the clock tower had been repaired.

Meeting ended at 9.05 pm.
"""),
}
# the committee each paper's sidecar gives; a paper not listed names none
COMMITTEES = {"lowfield/2012-03-06-minutes.txt": "Lowfield Community Council"}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, embedder) -> Scrutineer:
    root = tmp_path_factory.mktemp("two-councils")
    for name, (council, meeting, text) in PAPERS.items():
        path = root / "papers" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        committee = COMMITTEES.get(name, None if name.startswith("lowfield") else "Children and Families Committee")
        (path.parent / (path.name + ".meta.json")).write_text(json.dumps(
            {"council": council, "meeting_date": meeting, "doc_type": "minutes", "url": f"https://example.org/{name}"}
            | ({"committee": committee} if committee else {})))
    engine = Scrutineer(Settings.from_env(index_dir=root / "index"), embedder=embedder)
    report = engine.ingest([root / "papers"])
    assert report.count("ingested") == len(PAPERS), report.results
    return engine


def test_every_citation_names_its_council_and_published_url(engine):
    answer = engine.ask("How many school places were added?")
    assert answer.citations
    assert all(c.council in ("Northmoor County Council", "Exampleshire County Council") for c in answer.citations)
    assert all(c.url and c.url.startswith("https://example.org/") for c in answer.citations)


def test_a_named_council_restricts_the_search_to_its_papers(engine):
    answer = engine.ask("How many school places did Exampleshire add?")
    assert answer.answered and "1,250" in answer.answer
    assert {c.council for c in answer.citations} == {"Exampleshire County Council"}


def test_the_council_filter_restricts_like_a_named_council(engine):
    answer = engine.ask("How many school places were added?", filters=Filters(council="northmoor"))
    assert answer.citations and {c.council for c in answer.citations} == {"Northmoor County Council"}


def test_a_period_the_council_has_no_papers_for_is_declined_in_one_line(engine):
    answer = engine.ask("How many school places did Exampleshire add in 2019?")
    assert not answer.answered
    assert answer.answer.startswith("The index holds no Exampleshire County Council papers from 2019.")


def test_a_year_with_no_papers_at_all_is_declined(engine):
    answer = engine.ask("What did we agree about school transport in 2019?")
    assert not answer.answered and answer.answer.startswith("The index holds no papers from 2019.")


def test_a_council_not_in_the_index_is_declined(engine):
    answer = engine.ask("What did Southmoor Borough Council agree about school transport?")
    assert not answer.answered
    assert answer.answer.startswith("The index holds no papers from Southmoor Borough Council.")


def test_now_prefers_the_newest_papers(engine):
    answer = engine.ask("Who chairs the Northmoor Children and Families Committee now?")
    assert answer.citations and answer.citations[0].meeting_date == "2024-05-14"


def test_who_chairs_now_reads_the_newest_minutes_of_the_council_asked_about(engine):
    # the chair's role in the newest minutes (sending apologies), not who stood in, nor 2012's chair,
    # however low the search ranks an attendance line
    answer = engine.ask("Who chairs Lowfield Community Council?")
    assert answer.answered and "Alan Reid — _Chair_" in answer.answer.splitlines()[0], answer.answer
    assert answer.citations[0].meeting_date == "2025-10-07"
    # who chaired one meeting is still who stood in for it
    answer = engine.ask("Who chaired the Lowfield Community Council meeting on 7 October 2025?")
    assert "TS chaired meeting" in answer.answer.splitlines()[0], answer.answer


def test_who_chairs_now_puts_the_newest_minutes_chair_line_first_wherever_the_search_ranked_it(engine):
    plan = engine.plan("Who chairs Lowfield Community Council?")
    found = engine.searcher.search(plan.text, None, None, plan=plan)
    # as if the search had ranked the attendance line last, or not at all
    rest = [p for p in found if "Alan Reid" not in p.chunk.text]
    first = engine._with_neighbours(rest, plan)[0].chunk
    assert "Alan Reid — _Chair_" in first.text and first.meeting_date == "2025-10-07"
    # a council's committee's chair is not the council's: a council named alone reads its own meetings
    plan = engine.plan("Who chairs Northmoor County Council?")
    found = engine.searcher.search(plan.text, None, None, plan=plan)
    assert [p.chunk.chunk_id for p in engine._with_neighbours(found, plan)] == [p.chunk.chunk_id for p in found]


def test_when_a_meeting_ended_reads_on_to_its_minutes_closing_line(engine):
    question = "What time did the Lowfield Community Council meeting finish in October 2025?"
    plan = engine.plan(question)
    found = engine.searcher.search(plan.text, None, None, plan=plan)
    # as if the search had not found the closing line (it shares no word with the question but "meeting")
    rest = [p for p in found if "Meeting ended" not in p.chunk.text]
    added = [p.chunk for p in engine._with_neighbours(rest, plan) if "Meeting ended" in p.chunk.text]
    assert added and added[0].meeting_date == "2025-10-07"
    answer = engine.ask(question)
    assert answer.answered and "Meeting ended at 9.05 pm" in answer.answer.splitlines()[0], answer.answer


def test_a_person_no_paper_names_is_declined_in_one_line(engine):
    answer = engine.ask("What did Councillor Hargreaves say about school transport?")
    assert not answer.answered
    assert answer.answer.startswith("The papers do not name Councillor Hargreaves.")
    # a person the papers do name is searched as usual
    answer = engine.ask("What did the committee chaired by Councillor Adeyemi resolve about school transport?")
    assert answer.answered and "review of school transport eligibility" in answer.answer


def test_a_committee_no_paper_names_is_declined_in_one_line(engine):
    answer = engine.ask("What did the Licensing Sub-Committee decide about school transport?")
    assert not answer.answered
    assert answer.answer.startswith("The papers do not mention the Licensing Sub-Committee.")
    # a committee the papers name, by a word of its name, is searched as usual
    answer = engine.ask("What did the Families Committee resolve about school transport?")
    assert answer.answered and "review of school transport eligibility" in answer.answer


def test_a_person_is_named_as_typed_or_capitalised_when_typed_in_lower_case(engine):
    answer = engine.ask("what did cllr hargreaves say about school transport?")
    assert answer.answer.startswith("The papers do not name Cllr Hargreaves.")
    answer = engine.ask("What did Councillor O'Neill-Smythe say about school transport?")
    assert answer.answer.startswith("The papers do not name Councillor O'Neill-Smythe.")


def test_a_council_not_in_the_index_that_the_papers_report_on_is_answered(engine):
    # Eastmoor District Council has no papers of its own, but Northmoor's minutes report, by its
    # initials, what it did: the passage that best answers says so
    answer = engine.ask("When did Eastmoor District Council close the Millbrook library?")
    assert answer.answered and "1 February 2022" in answer.answer
    # ... and a question about it that the passages found do not report on is still declined
    answer = engine.ask("What did Eastmoor District Council decide about school transport?")
    assert answer.answer.startswith("The index holds no papers from Eastmoor District Council.")


def test_a_meeting_whose_papers_name_no_committee_is_summarised_when_its_council_is_asked_about(engine):
    answer = engine.ask("What happened at Lowfield Community Council's October 2025 meeting?")
    first = answer.answer.splitlines()[0]
    assert first.startswith("**Meeting:**") and "7 October 2025" in first, first
    assert "Christmas Lights" in answer.answer and "Clock Tower Flag" in answer.answer
