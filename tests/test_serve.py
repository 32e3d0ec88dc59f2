"""`scrutineer serve` and `scrutineer ask --server`: a real HTTP server on 127.0.0.1 and the real
CLI in its own process print what a local ask prints, and never load a model to do it.

The fast tests serve an engine with the hashing stand-in embedder from a thread of this process
(the client is still a separate process over a real socket); the slow one runs the real
`scrutineer serve` process on the sample index."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from core.settings import Settings
from core.types import Filters
from scrutineer.cli import format_answer
from scrutineer.serve import make_server
from service.engine import Scrutineer


def _store_conftest():
    """The store tests' stand-in embedder and minutes template (their conftest, by path)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("store_conftest", Path(__file__).resolve().parent / "store" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MINUTES, HashEmbedder = _store_conftest().MINUTES, _store_conftest().HashEmbedder

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "What did the committee resolve about the internal audit plan?"


def cli(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrutineer", *args], input=stdin, capture_output=True, text=True,
                          cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "SCRUTINEER_SERVER": "", **(env or {})})


@pytest.fixture
def served(tmp_path):
    """(engine, url): a small index served from a thread on a free port of 127.0.0.1."""
    papers = tmp_path / "papers"
    papers.mkdir()
    for name, topic, day in (("a.txt", "school transport", "12 March"), ("b.txt", "highways", "9 April")):
        (papers / name).write_text(MINUTES.format(topic=topic, day=day), encoding="utf-8")
    engine = Scrutineer(Settings.from_env(index_dir=tmp_path / "idx"), embedder=HashEmbedder())
    engine.ingest([papers])
    server = make_server(engine, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    assert host == "127.0.0.1"
    yield engine, f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


def test_ask_through_the_server_prints_what_a_local_ask_prints(served):
    engine, url = served
    local = engine.ask(QUESTION, filters=Filters(committee="audit"))
    assert local.citations

    # the client process loads no model, no vector store and no BM25
    code = ("import sys; from scrutineer.cli import main; rc = main(sys.argv[1:]); heavy = [m for m in "
            "('chromadb', 'onnxruntime', 'torch', 'bm25s', 'tokenizers') if m in sys.modules]; "
            "print('HEAVY', heavy); sys.exit(rc)")
    text = subprocess.run([sys.executable, "-c", code, "ask", QUESTION, "--server", url, "--committee", "audit"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert text.returncode == 0, text.stderr
    assert text.stdout == format_answer(local) + "\nHEAVY []\n"

    as_json = cli("ask", QUESTION, "--json", "--committee", "audit", env={"SCRUTINEER_SERVER": url})
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout) == local.to_dict()

    # JSON Lines on stdin, a follow-up with its history, one answer a line
    lines = json.dumps({"question": QUESTION}) + "\n" + json.dumps(
        {"question": "And the highways one?", "history": [{"role": "user", "content": QUESTION},
                                                          {"role": "assistant", "content": local.answer}]}) + "\n"
    batch = cli("ask", "-", "--json", "--server", url, stdin=lines)
    assert batch.returncode == 0, batch.stderr
    got = [json.loads(line) for line in batch.stdout.splitlines()]
    assert [g["question"] for g in got] == [QUESTION, "And the highways one?"]
    assert got[0] == engine.ask(QUESTION).to_dict()


def test_server_errors_are_one_line(served, tmp_path):
    _, url = served
    gone = cli("ask", QUESTION, "--server", "http://127.0.0.1:9")      # nothing listens on the discard port
    assert gone.returncode == 1
    assert gone.stderr.startswith("scrutineer: the server http://127.0.0.1:9 cannot be reached")
    assert "Traceback" not in gone.stderr

    both = cli("ask", QUESTION, "--server", url, "--index", str(tmp_path / "idx"))
    assert both.returncode == 1 and "--index and --server together" in both.stderr

    import httpx

    bad = httpx.post(url + "/ask", content=b"{not json", trust_env=False)
    assert bad.status_code == 400 and "not JSON" in bad.json()["error"]
    bad = httpx.post(url + "/ask", json={"question": "x", "filters": {"colour": "red"}}, trust_env=False)
    assert bad.status_code == 400 and "filters" in bad.json()["error"]
    assert httpx.get(url + "/health", trust_env=False).json()["ok"] is True


@pytest.mark.slow
def test_the_real_serve_process_answers_as_the_local_cli(sample_index_dir):
    proc = subprocess.Popen([sys.executable, "-m", "scrutineer", "serve", "--port", "0", "--index", str(sample_index_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        line = proc.stdout.readline()
        assert "serving" in line, proc.stderr.read() if proc.poll() is not None else line
        url = line.split(" on ", 1)[1].split()[0]
        question = "What did the cabinet decide about the minerals and waste local plan?"
        remote = cli("ask", question, "--server", url)
        local = cli("ask", question, "--index", str(sample_index_dir))
        assert remote.returncode == local.returncode == 0, remote.stderr + local.stderr
        assert remote.stdout == local.stdout
    finally:
        proc.terminate()
        proc.wait(timeout=30)
