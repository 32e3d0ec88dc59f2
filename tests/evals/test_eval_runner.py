"""The runner and the `eval` command, driven by a canned engine (a fixed fake, named as such:
the real engine is exercised by the slow gold-set eval in test_gold_eval.py)."""
from __future__ import annotations

import argparse
import json

import pytest

from evals.runner import format_misses, format_table, register, run_eval
from evals.gold import load_gold
from core.types import Answer, Chunk, Citation, Passage, Turn

ROWS = [
    {"id": "pay", "question": "What are young people paid?", "history": [], "expect": [["£30/day"]],
     "meeting_date": "2019-03-12", "answerable": True},
    {"id": "pay_followup", "question": "And who confirmed it?", "history": [
        {"role": "user", "content": "What are young people paid?"},
        {"role": "assistant", "content": "£30/day [1]"}],
     "expect": [["Shinderpaul Bhangal"]], "meeting_date": "2019-03-12", "answerable": True},
    {"id": "pools", "question": "What was decided about swimming pools?", "history": [], "expect": [],
     "meeting_date": None, "answerable": False},
]
PAY = "Shinderpaul Bhangal also confirmed that young people were remunerated at a standard rate of £30/day."


def chunk(text: str, n: int) -> Chunk:
    return Chunk(chunk_id=f"c{n}", text=text, header="", committee=None, meeting_date="2019-03-12",
                 pack_date="2019-06-18", doc_type="minutes", title=None, item=None, section=None,
                 page_start=None, page_end=None, source="corpus/pack.txt", source_sha256="x",
                 is_resolution=False)


class CannedEngine:
    """Fixed answers and passages keyed by question; records the queries search() receives."""

    def __init__(self, with_mode: bool = True):
        self.queries: list[tuple[str, str | None]] = []
        self.with_mode = with_mode
        self.settings = argparse.Namespace(corpus_dir="corpus")

    def ask(self, question: str, history: list[Turn] | None = None, **_) -> Answer:
        if "swimming" in question:
            return Answer(question, question, "The papers do not answer this.", False, "extractive")
        standalone = "Who confirmed what young people are paid?" if history else question
        citation = Citation(n=1, text=PAY, council=None, committee=None, meeting_date="2019-06-18", pack_date=None,
                            doc_type="minutes", title=None, item=None, page=None, source="corpus/pack.txt")
        return Answer(question, standalone, f"{PAY} [1]", True, "extractive", [citation])

    def _search(self, question, k=None, mode=None):
        self.queries.append((question, mode))
        ranked = ["Apologies were received.", PAY] if mode == "sparse" else [PAY, "Apologies were received."]
        return [Passage(chunk=chunk(t, i), score=1.0 / (i + 1)) for i, t in enumerate(ranked[:k])]

    def search(self, question, filters=None, k=None, mode="hybrid"):
        return self._search(question, k, None if mode == "hybrid" else mode)


class CannedEngineWithoutMode(CannedEngine):
    def search(self, question, filters=None, k=None):
        return self._search(question, k)


@pytest.fixture
def gold_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    return path


def test_scrutineer_metrics_come_from_its_answers_and_search(gold_file):
    report = run_eval(CannedEngine(), gold_file, baselines=False)
    [main] = report.pipelines
    m = main.metrics
    assert (report.questions, report.answerable) == (3, 2)
    assert m["answer_recall"] == 1.0 and m["evidence_recall"] == 1.0
    # the canned citations carry the pack date, not the meeting the minutes record
    assert (m["date_accuracy"], m["n_date"]) == (0.0, 2)
    assert m["abstention"] == 1.0 and m["false_abstention"] == 0.0
    assert m["recall@1"] == 1.0 and m["mrr"] == 1.0


def test_follow_ups_are_retrieved_with_the_standalone_question(gold_file):
    engine = CannedEngine()
    run_eval(engine, gold_file, baselines=False)
    assert ("Who confirmed what young people are paid?", None) in engine.queries


def test_bm25_and_dense_baselines_are_scored_on_retrieval_through_the_engines_mode(gold_file):
    engine = CannedEngine()
    report = run_eval(engine, gold_file, baselines=("bm25", "dense"))
    assert [p.name for p in report.pipelines] == ["scrutineer", "bm25", "dense"]
    assert report.pipeline("bm25").metrics["recall@1"] == 0.0
    assert report.pipeline("bm25").metrics["mrr"] == 0.5
    assert report.pipeline("dense").metrics["recall@1"] == 1.0
    assert {mode for _, mode in engine.queries} == {None, "sparse", "dense"}
    table = format_table(report)
    assert "BM25 only*" in table and "retrieval only" in table


def test_retriever_baselines_are_skipped_with_a_note_when_search_has_no_mode(gold_file):
    report = run_eval(CannedEngineWithoutMode(), gold_file, baselines=("bm25", "dense"))
    assert [p.name for p in report.pipelines] == ["scrutineer"]
    assert any("does not take mode='sparse'" in note for note in report.notes)


def test_an_unknown_baseline_name_is_refused(gold_file):
    with pytest.raises(ValueError, match="unknown baseline"):
        run_eval(CannedEngine(), gold_file, baselines=("bm42",))


def test_the_table_lists_every_spec_metric_and_the_misses_name_the_failed_check(gold_file):
    report = run_eval(CannedEngine(), gold_file, baselines=False, verbose=True)
    table = format_table(report)
    for label in ("answer fact recall", "evidence recall", "date accuracy", "page accuracy",
                  "abstention on unanswerable", "false abstention on answerable", "median s/question",
                  "p95 s/question", "retrieval recall@1", "retrieval recall@5", "retrieval recall@10",
                  "retrieval MRR"):
        assert label in table
    misses = format_misses(report, load_gold(gold_file))
    assert "- pay [date]" in misses
    assert "[1] 2019-06-18" in misses
    assert "pools" not in misses


def parse(argv):
    parser = argparse.ArgumentParser(prog="scrutineer")
    register(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_the_eval_command_prints_json_for_machines(gold_file, capsys):
    args = parse(["eval", str(gold_file), "--json", "--no-baselines"])
    assert args.func(args, CannedEngine()) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["questions"] == 3
    assert data["pipelines"][0]["name"] == "scrutineer"
    assert data["pipelines"][0]["metrics"]["answer_recall"] == 1.0


def test_the_eval_command_defaults_to_the_shipped_gold_set_and_all_baselines():
    args = parse(["eval"])
    assert (args.file, args.json, args.verbose, args.no_baselines) == ("evals/gold.jsonl", False, False, False)


def test_a_bad_gold_file_is_one_line_on_stderr_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n')
    args = parse(["eval", str(bad), "--no-baselines"])
    assert args.func(args, CannedEngine()) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert f"{bad}:1: missing field(s)" in err
