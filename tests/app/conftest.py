"""Fixtures for the app's tests: a small real index built once per session, free ports."""
from __future__ import annotations

import os
import shutil
import socket
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:        # ui/ is the app's folder, not an installed package
    sys.path.insert(0, str(REPO))

SAMPLE = REPO / "corpus" / "warwickshire" / "cyp-osc"
SAMPLE_FILES = (
    "2019-06-18-agenda-pack.txt",
    "2024-09-17-minutes-item-council-delivery-plan-and-performance-q1.txt",
    "2024-09-17-appendix-council-delivery-plan-q1-2024-25.txt",
)


@pytest.fixture(scope="session")
def free_port():
    def pick() -> int:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]
    return pick


@pytest.fixture(scope="session")
def app_index(tmp_path_factory):
    """Three Warwickshire papers (one pack carrying the 12 March 2019 minutes) indexed once.

    The engine comes from the app's own cached loader, so the app under AppTest uses this very
    object: the model and the index are loaded once for the whole session.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    root = tmp_path_factory.mktemp("app-index")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in SAMPLE_FILES:
        shutil.copy(SAMPLE / name, corpus / name)
        sidecar = SAMPLE / (name + ".meta.json")
        if sidecar.exists():
            shutil.copy(sidecar, corpus / sidecar.name)
    index = root / ".scrutineer"
    from core.settings import Settings
    from ui.common import _load_engine, engine_key

    engine = _load_engine(*engine_key(Settings.from_env(index_dir=index, corpus_dir=corpus)))
    report = engine.ingest([str(corpus / name) for name in SAMPLE_FILES])
    assert report.count("failed") == 0, report.results
    return {"root": root, "index": index, "corpus": corpus, "engine": engine}


@pytest.fixture
def app_env(app_index, monkeypatch):
    """The environment the app reads its index and corpus from."""
    monkeypatch.setenv("SCRUTINEER_INDEX", str(app_index["index"]))
    monkeypatch.setenv("SCRUTINEER_CORPUS", str(app_index["corpus"]))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("SCRUTINEER_LLM", raising=False)
    return app_index


def pytest_terminal_summary(terminalreporter):
    """Print the timings the browser test recorded (also saved in test-artifacts/)."""
    timings = [(name, value) for report in terminalreporter.stats.get("passed", [])
               for name, value in getattr(report, "user_properties", []) if name.startswith("seconds: ")]
    if timings:
        terminalreporter.section("app timings")
        for name, seconds in timings:
            terminalreporter.write_line(f"{name[len('seconds: '):]}: {seconds:.1f} s")
