"""A long-running reader follows another process's ingest: real processes, a real Chroma store.

The reader is `scrutineer ask --json -` fed over stdin (as the app or a batch holds one engine);
this test process is the writer. Every answer must succeed while the writer replaces a file's
content, prunes a file and adds one, and answers asked after a commit must see it.
"""
from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import MINUTES
from core.settings import Settings
from service.engine import Scrutineer

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def write(path: Path, topic: str, day: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(MINUTES.format(topic=topic, day=day), encoding="utf-8")


class Reader:
    """`scrutineer ask --json -` kept running; one question in, one JSON line out."""

    def __init__(self, index_dir: Path):
        env = {**os.environ, "PYTHONPATH": str(ROOT), "HF_HUB_OFFLINE": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "scrutineer", "ask", "--json", "-", "--index", str(index_dir)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, cwd=ROOT, env=env)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line)

    def ask(self, question: str, timeout: float = 60) -> dict:
        self.proc.stdin.write(json.dumps({"question": question}) + "\n")
        self.proc.stdin.flush()
        try:
            return json.loads(self.lines.get(timeout=timeout))
        except queue.Empty:
            raise AssertionError(f"the reader gave no answer in {timeout}s: {self.proc.stderr.read() if self.proc.poll() is not None else ''}")

    def close(self) -> str:
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        return self.proc.stderr.read()


def cited(answer: dict) -> str:
    return " ".join(f"{c['source']}: {c['text']}" for c in answer.get("citations", []))


def test_a_running_reader_answers_through_another_process_ingest_and_sees_each_commit(tmp_path, embedder):
    papers = tmp_path / "papers"
    write(papers / "a.txt", "cyber security", "5 March")
    write(papers / "b.txt", "procurement fraud", "9 April")
    index_dir = tmp_path / "idx"
    writer = Scrutineer(Settings.from_env(index_dir=index_dir), embedder=embedder)
    assert writer.ingest([papers]).count("ingested") == 2

    reader = Reader(index_dir)
    answers: list[tuple[float, str, dict]] = []
    stop = threading.Event()
    questions = ["What did the internal audit plan cover?", "Was an audit plan covering tidal lagoon energy approved?",
                 "Which audit plan covered procurement fraud?"]
    try:
        first = reader.ask(questions[0], timeout=120)          # the model loads first
        assert "error" not in first, first

        def ask_in_a_loop():
            n = 0
            while not stop.is_set():
                asked = time.monotonic()
                answers.append((asked, questions[n % len(questions)], reader.ask(questions[n % len(questions)])))
                n += 1

        asking = threading.Thread(target=ask_in_a_loop)
        asking.start()
        time.sleep(1.0)
        write(papers / "a.txt", "tidal lagoon energy", "5 March")          # replace a file's content
        assert writer.ingest([papers]).count("ingested") == 1
        replaced = time.monotonic()
        (papers / "b.txt").unlink()                                         # prune a file
        assert writer.ingest([papers], prune=True).count("pruned") == 1
        pruned = time.monotonic()
        write(papers / "c.txt", "flood defence schemes", "7 May")           # add one
        assert writer.ingest([papers]).count("ingested") == 1
        added = time.monotonic()
        deadline = time.monotonic() + 60
        while sum(1 for t, _, _ in answers if t > added) < len(questions) and time.monotonic() < deadline:
            time.sleep(0.2)
        stop.set()
        asking.join(timeout=90)
    finally:
        stop.set()
        stderr = reader.close()

    failed = [(q, a) for _, q, a in answers if "error" in a or "answer" not in a]
    assert not failed, (failed, stderr)
    assert len(answers) >= 2 * len(questions), (len(answers), stderr)
    after_replace = [a for t, q, a in answers if t > replaced and "tidal" in q]
    assert after_replace and all("tidal lagoon energy" in cited(a) for a in after_replace), after_replace
    after_prune = [a for t, _, a in answers if t > pruned]
    assert after_prune and not any("b.txt" in cited(a) or "procurement fraud" in cited(a) for a in after_prune)
    assert not any("cyber security" in cited(a) for t, _, a in answers if t > replaced)
    after_add = [a for t, q, a in answers if t > added and "cover?" in q]
    assert any("flood defence" in cited(a) for a in after_add), after_add
