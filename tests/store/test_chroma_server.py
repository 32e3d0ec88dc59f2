"""Vectors in a Chroma server (`SCRUTINEER_CHROMA_URL`): the test starts `chroma run` on 127.0.0.1
(the chromadb package ships the command), ingests a few files, replaces one and answers."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from conftest import MINUTES, HashEmbedder
from core.settings import Settings
from service.engine import Scrutineer

pytestmark = pytest.mark.slow



def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    chroma = Path(sys.executable).parent / "chroma"
    if not chroma.exists():
        pytest.skip(f"no `chroma` command beside {sys.executable}: the chromadb package is not installed there")
    port = free_port()
    log = open(tmp_path / "chroma.log", "w")
    proc = subprocess.Popen([str(chroma), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.skip("`chroma run` did not answer on 127.0.0.1 within 60 s")
    if proc.poll() is not None:
        pytest.skip(f"`chroma run` could not start: {(tmp_path / 'chroma.log').read_text()[-500:]}")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def test_vectors_in_a_chroma_server(tmp_path, chroma_server, monkeypatch):
    monkeypatch.setenv("SCRUTINEER_CHROMA_URL", chroma_server)
    papers = tmp_path / "papers"
    papers.mkdir()
    for n, topic in enumerate(["cyber security", "procurement fraud", "payroll controls"]):
        (papers / f"p{n}.txt").write_text(MINUTES.format(topic=topic, day=f"{n + 1} March"))
    settings = Settings.from_env(index_dir=tmp_path / "idx")
    assert settings.chroma_url == chroma_server
    engine = Scrutineer(settings, embedder=HashEmbedder())
    assert engine.ingest([papers]).count("ingested") == 3
    assert not list((tmp_path / "idx").glob("vectors-*"))          # no local vector store
    (papers / "p0.txt").write_text(MINUTES.format(topic="tidal lagoon energy", day="1 March"))
    assert engine.ingest([papers]).count("ingested") == 1
    reader = Scrutineer(Settings.from_env(index_dir=tmp_path / "idx"), embedder=HashEmbedder())
    assert reader.index.dense.count() == len(reader.index.chunks())   # the replaced vectors are gone
    hits = reader.search("tidal lagoon energy audit plan", k=2, mode="dense")
    assert "tidal lagoon energy" in hits[0].chunk.text
    answer = reader.ask("Which audit plan covered tidal lagoon energy?")
    assert any("tidal lagoon energy" in c.text for c in answer.citations)
    monkeypatch.delenv("SCRUTINEER_CHROMA_URL")                      # a reader without the URL is told why
    from core.errors import IndexDamaged

    with pytest.raises(IndexDamaged, match="SCRUTINEER_CHROMA_URL"):
        Scrutineer(Settings.from_env(index_dir=tmp_path / "idx"), embedder=HashEmbedder()).search("audit plan")
