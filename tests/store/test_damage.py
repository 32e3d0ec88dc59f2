"""A full disk and a damaged index folder: one clear line, the last good generation kept, and the
repair command works. Real Chroma on disk; vectors from the hashing stand-in (no model)."""
from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MINUTES, HashEmbedder, engine
from core.errors import DiskFull, IndexDamaged, IndexMissing
from service.engine import Scrutineer

pytestmark = pytest.mark.slow          # builds several small indexes (real Chroma)

ROOT = Path(__file__).resolve().parents[2]
TOPICS = ["cyber security", "procurement fraud", "payroll controls", "climate adaptation", "fleet management"]


def corpus(root: Path, topics=TOPICS) -> Path:
    for n, topic in enumerate(topics):
        (root / f"p{n}.txt").parent.mkdir(parents=True, exist_ok=True)
        (root / f"p{n}.txt").write_text(MINUTES.format(topic=topic, day=f"{n + 1} March"), encoding="utf-8")
    return root


def found(e: Scrutineer, words: str) -> str:
    return " ".join(p.chunk.text for p in e.search(words, k=3))


@pytest.fixture
def built(tmp_path):
    papers = corpus(tmp_path / "papers")
    idx = tmp_path / "idx"
    assert engine(idx).ingest([papers]).count("ingested") == len(TOPICS)
    return papers, idx


def test_no_space_left_stops_the_run_with_one_line_and_keeps_the_last_generation(built, monkeypatch):
    """Simulation: the journal write raises OSError(ENOSPC) as a full disk would."""
    import store.writer as index_module

    papers, idx = built
    e = engine(idx)
    before = e.index.current_name()
    ids = sorted(c.chunk_id for c in e.index.chunks())
    (papers / "p0.txt").write_text(MINUTES.format(topic="tidal lagoon energy", day="1 March"))
    (papers / "p9.txt").write_text(MINUTES.format(topic="school transport", day="9 March"))
    calls = []

    def full(self, records):
        calls.append(records)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(index_module.IndexWriter, "_append", full)
    with pytest.raises(DiskFull) as err:
        e.ingest([papers])
    message = str(err.value)
    assert "\n" not in message and "no space left" in message and str(idx) in message and before in message
    assert len(calls) == 1                                    # stopped at the first ENOSPC, not once per file
    monkeypatch.undo()
    reader = engine(idx)                                      # the last good generation answers
    assert reader.index.current_name() == before
    assert sorted(c.chunk_id for c in reader.index.chunks()) == ids
    assert "cyber security" in found(reader, "audit plan cyber security")
    report = reader.ingest([papers])                          # space freed: the next run completes
    assert report.count("failed") == 0 and "tidal lagoon" in found(reader, "tidal lagoon energy")
    assert reader.index.dense.count() == len(reader.index.chunks())


def test_no_space_in_the_vector_store_is_the_same_one_line(built, monkeypatch):
    """Simulation: Chroma's write raises OSError(ENOSPC)."""
    from store.dense import DenseStore

    papers, idx = built
    (papers / "p0.txt").write_text(MINUTES.format(topic="tidal lagoon energy", day="1 March"))
    monkeypatch.setattr(DenseStore, "add", lambda *a, **k: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space")))
    with pytest.raises(DiskFull):
        engine(idx).ingest([papers])
    monkeypatch.undo()
    assert "cyber security" in found(engine(idx), "audit plan cyber security")


def test_the_cli_says_one_line_on_a_full_disk(built, monkeypatch, capsys):
    import store.writer as index_module
    from scrutineer import cli

    papers, idx = built
    (papers / "p0.txt").write_text(MINUTES.format(topic="tidal lagoon energy", day="1 March"))
    monkeypatch.setattr(index_module.IndexWriter, "_append",
                        lambda self, r: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")))
    monkeypatch.setattr("store.embedder.Embedder", HashEmbedder)
    assert cli.main(["ingest", "--index", str(idx), str(papers)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("scrutineer: no space left") and "Traceback" not in err[0]


def test_a_truncated_chunk_store_falls_back_to_the_previous_generation_and_ingest_repairs_it(built):
    papers, idx = built
    (papers / "p1.txt").write_text(MINUTES.format(topic="tidal lagoon energy", day="2 March"))
    e = engine(idx)
    e.ingest([papers])
    current = e.index.current_name()
    chunks = idx / current / "chunks.jsonl"
    chunks.write_bytes(chunks.read_bytes()[: chunks.stat().st_size // 2])       # cut mid-line
    reader = engine(idx)
    assert "cyber security" in found(reader, "audit plan cyber security")       # the previous generation answers
    assert current in reader.index.warning and "scrutineer ingest" in reader.index.warning
    assert reader.index.generation().name != current
    report = reader.ingest([papers])                                           # an ingest repairs it
    assert report.count("failed") == 0
    fresh = engine(idx)
    assert fresh.index.warning is None and "tidal lagoon" in found(fresh, "tidal lagoon energy")
    assert fresh.index.dense.count() == len(fresh.index.chunks())


def test_current_naming_a_missing_generation_falls_back(built):
    papers, idx = built
    (idx / "CURRENT").write_text("gen-000099")
    reader = engine(idx)
    assert "cyber security" in found(reader, "audit plan cyber security")
    assert "gen-000099 is missing" in reader.index.warning


def test_nothing_whole_left_names_the_folder_and_the_repair_command_and_rebuild_repairs(built):
    papers, idx = built
    for gen in idx.glob("gen-*"):
        (gen / "chunks.jsonl").write_text('{"text": "cut')
    with pytest.raises(IndexDamaged) as err:
        engine(idx).search("audit plan")
    assert str(idx) in str(err.value) and "scrutineer ingest --rebuild" in str(err.value)
    with pytest.raises(IndexDamaged):
        engine(idx).ingest([papers])                       # a plain ingest refuses, pointing at --rebuild
    assert engine(idx).ingest([papers], rebuild=True).count("ingested") == len(TOPICS)
    assert "cyber security" in found(engine(idx), "audit plan cyber security")


def test_a_first_build_stopped_between_its_generation_and_current_is_finished_by_the_next_run(tmp_path, monkeypatch):
    """Simulation of a kill in the one window CI's random SIGKILL found: the first build has written
    its generation folder but not CURRENT (os.replace of CURRENT raises). That folder was never
    committed, so the next plain ingest is not refused as damage: it finishes the build."""
    import store.writer as writer_module

    papers = corpus(tmp_path / "papers")
    idx = tmp_path / "idx"
    real_replace = os.replace

    class Killed(BaseException):
        pass

    def replace(src, dst):
        if Path(dst).name == "CURRENT":
            raise Killed()
        return real_replace(src, dst)

    monkeypatch.setattr(writer_module.os, "replace", replace)
    with pytest.raises(Killed):
        engine(idx).ingest([papers])
    monkeypatch.undo()
    assert list(idx.glob("gen-*")) and not (idx / "CURRENT").exists() and (idx / "journal.jsonl").exists()
    report = engine(idx).ingest([papers])
    assert report.count("failed") == 0
    reader = engine(idx)
    assert reader.index.exists() and "cyber security" in found(reader, "audit plan cyber security")
    assert reader.index.dense.count() == len(reader.index.chunks())


def test_an_emptied_vector_store_is_detected_and_rebuild_repairs_it(built):
    papers, idx = built
    spaces = list(idx.glob("vectors-*"))
    assert len(spaces) == 1
    (spaces[0] / "chroma.sqlite3").write_bytes(b"")                    # as a full disk left it
    with pytest.raises(IndexDamaged) as err:
        engine(idx).search("audit plan")
    assert "chroma.sqlite3 is empty" in str(err.value) and "--rebuild" in str(err.value)
    assert engine(idx).ingest([papers], rebuild=True).count("failed") == 0
    assert "cyber security" in found(engine(idx), "audit plan cyber security")
    assert not spaces[0].exists()                                        # the damaged space is gone


def test_rebuild_builds_beside_the_old_index_and_swaps_it_in(built, monkeypatch):
    import store.writer as index_module

    papers, idx = built
    e = engine(idx)
    old = e.index.current_name()
    real = index_module._write_generation
    monkeypatch.setattr(index_module, "_write_generation",
                        lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt("killed mid-rebuild")))
    with pytest.raises(KeyboardInterrupt):
        e.ingest([papers], rebuild=True)
    monkeypatch.setattr(index_module, "_write_generation", real)
    reader = engine(idx)                                  # the old index still answers
    assert reader.index.current_name() == old and "cyber security" in found(reader, "audit plan cyber security")
    assert len(list(idx.glob("vectors-*"))) == 2          # the unfinished rebuild's space sits beside ...
    assert reader.ingest([papers]).summary() == f"ingested 0, skipped {len(TOPICS)}, failed 0"
    assert len(list(idx.glob("vectors-*"))) == 1          # ... until the next run sweeps it
    assert reader.ingest([papers], rebuild=True).count("ingested") == len(TOPICS)
    assert "cyber security" in found(engine(idx), "audit plan cyber security")


def test_index_naming_a_file_is_one_line(tmp_path, capsys):
    from scrutineer import cli

    a_file = tmp_path / "notes.txt"
    a_file.write_text("not an index")
    assert cli.main(["ask", "--index", str(a_file), "what?"]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(a_file) in err[0] and "not an index folder" in err[0], err
    done = subprocess.run([sys.executable, "-m", "scrutineer", "ingest", "--index", str(a_file), str(tmp_path)],
                          capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    err = done.stderr.strip().splitlines()
    assert done.returncode != 0 and len(err) == 1 and "not an index folder" in err[0], err
    with pytest.raises(IndexMissing):
        engine(a_file).search("x")


def test_one_generation_per_run_and_no_id_scan(built, monkeypatch):
    """Linear ingest: a run of many files writes one generation and never lists every vector id."""
    from store.dense import DenseStore

    papers, idx = built
    for n, topic in enumerate(["a", "b", "c", "d"]):
        (papers / f"new{n}.txt").write_text(MINUTES.format(topic=f"topic {topic} review", day=f"{n + 10} May"))
    monkeypatch.setattr(DenseStore, "ids_by_source", lambda self: pytest.fail("read every vector id"))
    e = engine(idx)
    before = sorted(p.name for p in idx.glob("gen-*"))
    e.ingest([papers])
    after = sorted(p.name for p in idx.glob("gen-*"))
    assert len(set(after) - set(before)) == 1
    manifest = json.loads((idx / e.index.current_name() / "vectors.json").read_text())
    assert sum(len(v) for v in manifest["ids"].values()) == e.index.dense.count() == len(e.index.chunks())
