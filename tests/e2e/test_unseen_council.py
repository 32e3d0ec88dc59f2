"""End to end on papers no one tuned on: an invented council's four papers (PDF minutes, a PDF
Cabinet report, Word minutes, an HTML minutes page) are built, ingested into a real index through
the service facade, and asked the questions of tests/e2e/harrowdene.jsonl (gold format, SPEC 5).

Each answerable question must put its fact in the answer and cite the right meeting date; each
unanswerable one must be declined. A failure whose only fix would be a special case is marked
xfail below, with the reason.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from evals.gold import load_gold
from evals.metrics import fact_holders, matches_all
from tests.e2e.harrowdene import build

pytestmark = pytest.mark.slow

GOLD = Path(__file__).with_name("harrowdene.jsonl")
QUESTIONS = load_gold(GOLD)

# id -> why it is expected to fail (reported to the lead; not fixed because the fix would be special)
KNOWN_MISSES: dict[str, str] = {}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, embedder):
    from core.settings import Settings
    from service.engine import Scrutineer

    root = tmp_path_factory.mktemp("harrowdene")
    papers = build(root / "papers")
    engine = Scrutineer(Settings.from_env(index_dir=root / "index", llm=""), embedder=embedder)
    report = engine.ingest([str(p) for p in papers])
    assert report.count("failed") == 0, [r for r in report.results if r.status == "failed"]
    assert report.count("ingested") == 4
    return engine


def _marks(gold):
    reason = KNOWN_MISSES.get(gold.id)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


def _explain(answer) -> str:
    cites = "\n".join(f"  [{c.n}] {c.meeting_date} {c.doc_type} {c.item!r}: {c.text[:160]!r}" for c in answer.citations)
    return f"answered={answer.answered}\n{answer.answer[:600]}\n{cites}"


@pytest.mark.parametrize("gold", [pytest.param(g, id=g.id, marks=_marks(g)) for g in QUESTIONS if g.answerable])
def test_answer_holds_the_fact_and_cites_its_meeting(engine, gold):
    answer = engine.ask(gold.question, llm="")
    assert answer.answered, f"declined an answerable question\n{_explain(answer)}"
    assert matches_all(gold.expect, answer.answer), f"fact {gold.expect} not in the answer\n{_explain(answer)}"
    holders = [answer.citations[i] for i in fact_holders(gold.expect, [c.text for c in answer.citations])]
    assert holders, f"no citation holds the fact\n{_explain(answer)}"
    assert any(c.meeting_date == gold.meeting_date for c in holders), \
        f"no fact-holding citation dated {gold.meeting_date}\n{_explain(answer)}"


@pytest.mark.parametrize("gold", [pytest.param(g, id=g.id, marks=_marks(g)) for g in QUESTIONS if not g.answerable])
def test_unanswerable_question_is_declined(engine, gold):
    answer = engine.ask(gold.question, llm="")
    assert not answer.answered, f"answered a question the papers do not answer\n{_explain(answer)}"


# Measured after this round's fixes (before them: facts 21/26, dates 21/21, declines 1/4); the lead
# (the answer's first line, what a reader sees first; not judged for a meeting's summary, a list) is
# stricter than the fact anywhere in the answer: 21 of the 23 other facts found. With PDF table rows
# rebuilt (ingest/rows.py): facts 26, dates 26, leads 23.
AT_LEAST = {"facts": 26, "dates": 26, "leads": 23, "declines": 4}


def test_figures_stay_at_or_above_their_measured_values(engine):
    got = dict.fromkeys(AT_LEAST, 0)
    for gold in QUESTIONS:
        answer = engine.ask(gold.question, llm="")
        if not gold.answerable:
            got["declines"] += not answer.answered
            continue
        if answer.answered and matches_all(gold.expect, answer.answer):
            got["facts"] += 1
            if "summary" not in gold.tags:
                got["leads"] += matches_all(gold.expect[:1], answer.answer.split("\n")[0])
            holders = [answer.citations[i] for i in fact_holders(gold.expect, [c.text for c in answer.citations])]
            got["dates"] += any(c.meeting_date == gold.meeting_date for c in holders)
    print("unseen council:", got, "of", sum(g.answerable for g in QUESTIONS), "answerable and",
          sum(not g.answerable for g in QUESTIONS), "unanswerable")
    assert all(got[k] >= v for k, v in AT_LEAST.items()), got
