"""`scrutineer eval` scores both modes when a model is configured: the extractive answerer and
the model, here a fake OpenAI-compatible server on 127.0.0.1 reached by the real LangChain client
(it quotes the passage sentence that shares most words with the question; not a language model)."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from evals.runner import format_table, run_eval
from service.engine import Scrutineer

pytestmark = pytest.mark.slow


def test_eval_reports_the_extractive_and_the_llm_mode_side_by_side(sample_engine, tmp_path):
    from tests.fake_openai import FakeOpenAI, quoting_model

    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(q) for q in [
        {"id": "mh", "question": "What did the committee resolve about mental health and wellbeing in November 2022?",
         "history": [], "expect": [["Working Group on Mental Health"]], "meeting_date": "2022-11-08", "answerable": True},
        {"id": "pools", "question": "What is the council's policy on swimming pool closures?",
         "history": [], "expect": [], "meeting_date": None, "answerable": False},
    ]) + "\n")
    with FakeOpenAI(quoting_model) as server:
        settings = replace(sample_engine.settings, llm="openai:fake-model", llm_base_url=server.base_url, llm_timeout=20)
        engine = Scrutineer(settings, embedder=sample_engine.embedder)
        report = run_eval(engine, gold, baselines=False)
    names = [p.name for p in report.pipelines]
    assert names == ["scrutineer", "llm:openai:fake-model"]
    extractive, generative = report.pipelines
    assert extractive.metrics["answer_recall"] == 1.0 and extractive.metrics["abstention"] == 1.0
    assert generative.metrics["answer_recall"] == 1.0
    assert any("the model wrote" in note for note in report.notes)
    assert "Scrutineer llm:openai:fake-model" in format_table(report)
