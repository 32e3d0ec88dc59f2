"""The `scrutineer` command as a user runs it: real processes, real index, real output."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ANSWER_KEYS = {"question", "standalone_question", "answer", "answered", "mode", "citations"}
CITATION_KEYS = {"n", "text", "council", "url", "committee", "meeting_date", "pack_date", "doc_type", "title", "item", "page", "source"}


def run(args: list[str], index: Path | None = None, stdin: str | None = None, cwd: Path = ROOT):
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    if index is not None:
        env["SCRUTINEER_INDEX"] = str(index)
    return subprocess.run([sys.executable, "-m", "scrutineer", *args], input=stdin, capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=600)


def test_ask_on_a_missing_index_exits_2_and_says_which_command_builds_it(tmp_path):
    result = run(["ask", "What did the committee resolve on self-harm?"], index=tmp_path / "nothing")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "scrutineer ingest" in lines[0] and "Traceback" not in result.stderr


def test_bad_options_give_one_line_and_no_traceback(tmp_path):
    result = run(["ask", "--from", "2024-13-01", "anything"], index=tmp_path)
    assert result.returncode == 2 and "not a real date" in result.stderr and "Traceback" not in result.stderr
    result = run(["ask", "--type", "memo", "anything"], index=tmp_path)
    assert result.returncode == 2 and "invalid choice" in result.stderr


@pytest.mark.slow     # loads the model in a new process
def test_ingest_reports_a_summary_and_each_failed_file(tmp_path):
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "minutes.txt").write_text("Audit Committee\n\n5 March 2024\n\nMinutes\n\n1. Apologies\n\n"
                                        "Apologies were received from Councillor Amber.\n", encoding="utf-8")
    (papers / "empty.txt").write_bytes(b"")
    first = run(["ingest", str(papers)], index=tmp_path / "idx")
    assert first.returncode == 1
    assert first.stdout.splitlines()[0] == "ingested 1, skipped 0, failed 1"
    assert f"failed: {papers / 'empty.txt'}: empty file" in first.stdout
    second = run(["ingest", str(papers)], index=tmp_path / "idx")
    assert second.stdout.splitlines()[0] == "ingested 0, skipped 1, failed 1"
    assert "Traceback" not in first.stderr + second.stderr


@pytest.mark.slow
def test_ask_json_prints_the_answer_object(sample_index_dir):
    result = run(["ask", "--json", "What did the committee resolve on self-harm?"], index=sample_index_dir)
    assert result.returncode == 0, result.stderr
    obj = json.loads(result.stdout)
    assert set(obj) == ANSWER_KEYS
    assert obj["answered"] is True and obj["mode"] == "extractive"
    assert obj["citations"] and all(set(c) == CITATION_KEYS for c in obj["citations"])
    assert any(c["meeting_date"] == "2019-03-12" for c in obj["citations"])


@pytest.mark.slow
def test_batch_answers_json_lines_in_order_with_history(sample_index_dir):
    lines = [
        json.dumps({"question": "What did the committee resolve about mental health and wellbeing in November 2022?"}),
        json.dumps({"question": "And who should officers keep working with?", "history": [
            {"role": "user", "content": "What did the committee resolve about mental health and wellbeing in November 2022?"},
            {"role": "assistant", "content": "A Working Group on Mental Health & Wellbeing [1]"}]}),
        "What did the committee resolve on self-harm?",
        "{not json",
    ]
    result = run(["ask", "--json", "-"], index=sample_index_dir, stdin="\n".join(lines) + "\n")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 4
    assert out[0]["question"].startswith("What did the committee resolve about mental health")
    assert out[1]["question"] == "And who should officers keep working with?"
    assert out[1]["standalone_question"] != out[1]["question"]
    assert out[2]["question"] == "What did the committee resolve on self-harm?" and out[2]["answered"]
    assert "error" in out[3] and "line 4" in out[3]["error"]
    assert result.returncode == 1 and "stdin line 4" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_ask_for_a_person_shows_numbered_sources_with_dates(sample_index_dir):
    result = run(["ask", "What did the committee resolve on self-harm?"], index=sample_index_dir)
    assert result.returncode == 0, result.stderr
    assert "Sources:" in result.stdout
    assert "meeting of 12 March 2019 (in the papers for 18 June 2019)" in result.stdout
    # the quote is the sentence the answer cites, not the opening of the passage
    assert "self-harm" in result.stdout.split("Sources:", 1)[1].lower()


@pytest.mark.slow
def test_decisions_lists_resolutions_with_recorded_votes(sample_index_dir):
    result = run(["decisions", "devolution", "--committee", "County Council"], index=sample_index_dir)
    assert result.returncode == 0, result.stderr
    # the council is read from the minutes' masthead now ("KENT COUNTY COUNCIL")
    assert "2025-01-09  Kent County Council  County Council  285. English Devolution White Paper (Item 3)" in result.stdout
    assert "vote: For (39), Against (19), Abstain (1)" in result.stdout
