"""Shared fixtures: the real embedding model (loaded once), and an index of the whole sample
corpus (built once per test session, in a temporary folder, from corpus/ as shipped)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
WARWICKSHIRE = CORPUS / "warwickshire" / "cyp-osc"
KENT = CORPUS / "kent-county-council"


@pytest.fixture(scope="session", autouse=True)
def _run_from_repo_root():
    """Sources are named relative to the working directory, as the CLI names them."""
    old = os.getcwd()
    os.chdir(ROOT)
    yield
    os.chdir(old)


@pytest.fixture(scope="session")
def embedder():
    from store.embedder import Embedder

    return Embedder()


@pytest.fixture(scope="session")
def sample_index_dir(tmp_path_factory, embedder) -> Path:
    """An index of the whole of corpus/, built once per session."""
    from service.engine import Scrutineer
    from core.settings import Settings

    index_dir = tmp_path_factory.mktemp("sample-index") / ".scrutineer"
    engine = Scrutineer(Settings.from_env(index_dir=index_dir), embedder=embedder)
    report = engine.ingest(["corpus"])
    assert report.count("failed") == 0, [r for r in report.results if r.status == "failed"]
    return index_dir


@pytest.fixture(scope="session")
def sample_engine(sample_index_dir, embedder):
    from service.engine import Scrutineer
    from core.settings import Settings

    return Scrutineer(Settings.from_env(index_dir=sample_index_dir), embedder=embedder)
