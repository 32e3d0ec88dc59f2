"""The index on disk: incremental ingest, atomic replacement, pruning, one writer, bad input.
Real Chroma on disk, the real embedding model, small real files."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow          # the real embedding model

from service.engine import Scrutineer
from core.errors import IndexLocked
from core.settings import Settings

MINUTES = """Audit and Governance Committee

Tuesday 5 March 2024

Minutes

1. Apologies

Apologies were received from Councillor Amber.

2. Internal Audit Plan

The Chief Auditor presented the internal audit plan for 2024/25, covering {topic}.

Resolved

That the internal audit plan for 2024/25 be approved.
"""


def make_engine(tmp_path: Path, embedder, **overrides) -> Scrutineer:
    return Scrutineer(Settings.from_env(index_dir=tmp_path / "idx", **overrides), embedder=embedder)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_reingesting_unchanged_files_is_a_no_op(tmp_path, embedder):
    corpus = tmp_path / "papers"
    write(corpus / "a.txt", MINUTES.format(topic="cyber security"))
    write(corpus / "b.txt", MINUTES.format(topic="procurement fraud").replace("5 March", "9 April"))
    engine = make_engine(tmp_path, embedder)
    first = engine.ingest([corpus])
    assert first.summary() == "ingested 2, skipped 0, failed 0"
    ids = [c.chunk_id for c in engine.index.chunks()]
    generation = engine.index.current_name()
    second = engine.ingest([corpus])
    assert second.summary() == "ingested 0, skipped 2, failed 0"
    assert [c.chunk_id for c in engine.index.chunks()] == ids
    assert engine.index.current_name() == generation      # nothing was rewritten


def test_a_changed_file_replaces_exactly_its_own_chunks(tmp_path, embedder):
    corpus = tmp_path / "papers"
    a = write(corpus / "a.txt", MINUTES.format(topic="cyber security"))
    write(corpus / "b.txt", MINUTES.format(topic="procurement fraud").replace("5 March", "9 April"))
    engine = make_engine(tmp_path, embedder)
    engine.ingest([corpus])
    b_ids = {c.chunk_id for c in engine.index.chunks() if c.source.endswith("b.txt")}
    write(a, MINUTES.format(topic="climate adaptation"))
    report = engine.ingest([corpus])
    assert report.summary() == "ingested 1, skipped 1, failed 0"
    texts = " ".join(c.text for c in engine.index.chunks())
    assert "climate adaptation" in texts and "cyber security" not in texts
    assert {c.chunk_id for c in engine.index.chunks() if c.source.endswith("b.txt")} == b_ids
    # the old version's vectors are gone from Chroma too: one view per chunk (they are short)
    assert engine.index.dense.count() == len(engine.index.chunks())
    top = engine.search("climate adaptation audit plan", k=1)[0]
    assert top.chunk.source.endswith("a.txt")


def test_prune_drops_files_that_were_removed(tmp_path, embedder):
    corpus = tmp_path / "papers"
    write(corpus / "a.txt", MINUTES.format(topic="cyber security"))
    b = write(corpus / "b.txt", MINUTES.format(topic="procurement fraud"))
    engine = make_engine(tmp_path, embedder)
    engine.ingest([corpus])
    b.unlink()
    kept = engine.ingest([corpus])                 # without --prune nothing is dropped
    assert any(f.endswith("b.txt") for f in engine.index.files())
    pruned = engine.ingest([corpus], prune=True)
    assert pruned.count("pruned") == 1 and kept.count("pruned") == 0
    assert not any(f.endswith("b.txt") for f in engine.index.files())
    assert all(not c.source.endswith("b.txt") for c in engine.index.chunks())


def test_bad_files_are_named_with_their_reason_and_nothing_indexed_is_lost(tmp_path, embedder):
    corpus = tmp_path / "papers"
    good = write(corpus / "good.txt", MINUTES.format(topic="cyber security"))
    engine = make_engine(tmp_path, embedder)
    engine.ingest([corpus])
    before = [c.chunk_id for c in engine.index.chunks()]
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nthis is not a pdf")
    (corpus / "notes.xlsx").write_bytes(b"PK\x03\x04 not supported")
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04 a Word document cut short")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 4)
    good.write_bytes(b"\x00\x81\x8d binary garbage" * 20)   # the good file, overwritten with garbage
    report = engine.ingest([corpus])
    failed = {Path(r.path).name: r.reason for r in report.results if r.status == "failed"}
    assert failed["empty.txt"] == "empty file"
    assert failed["broken.pdf"].startswith("corrupt PDF")
    assert failed["notes.xlsx"].startswith("unsupported file type .xlsx")
    assert failed["notes.docx"].startswith("corrupt Word document")
    assert failed["binary.txt"].startswith("undecodable text")
    assert "good.txt" in failed
    # the good version indexed before is still there, whole
    assert [c.chunk_id for c in engine.index.chunks()] == before
    assert "cyber security" in engine.search("internal audit plan cyber security", k=1)[0].chunk.text


def test_a_crash_mid_file_leaves_the_old_version_and_is_swept_next_time(tmp_path, embedder, monkeypatch):
    import store.writer as index_module

    corpus = tmp_path / "papers"
    a = write(corpus / "a.txt", MINUTES.format(topic="cyber security"))
    engine = make_engine(tmp_path, embedder)
    engine.ingest([corpus])
    before = [c.chunk_id for c in engine.index.chunks()]
    vectors_before = engine.index.dense.count()
    write(a, MINUTES.format(topic="climate adaptation"))

    real = index_module._write_generation

    def crash(*args, **kwargs):      # the process dies after the new vectors, before the commit
        raise KeyboardInterrupt("simulated crash")

    monkeypatch.setattr(index_module, "_write_generation", crash)
    with pytest.raises(KeyboardInterrupt):
        engine.ingest([corpus])
    monkeypatch.setattr(index_module, "_write_generation", real)

    reader = make_engine(tmp_path, embedder)          # a fresh reader sees the old version only
    assert [c.chunk_id for c in reader.index.chunks()] == before
    found = " ".join(p.chunk.text for p in reader.search("internal audit plan covering", k=5))
    assert "cyber security" in found and "climate adaptation" not in found
    assert reader.index.dense.count() > vectors_before  # the uncommitted new vectors are there ...
    report = reader.ingest([corpus])                    # ... the next ingest commits the journalled file
    assert report.count("failed") == 0 and report.count("ingested") + report.count("skipped") == 1
    assert reader.index.dense.count() == len(reader.index.chunks())   # and the old version's vectors are gone
    texts = " ".join(c.text for c in reader.index.chunks())
    assert "climate adaptation" in texts and "cyber security" not in texts


def test_a_second_writer_waits_then_gives_up_with_a_clear_message(tmp_path, embedder):
    corpus = tmp_path / "papers"
    write(corpus / "a.txt", MINUTES.format(topic="cyber security"))
    index_dir = tmp_path / "idx"
    index_dir.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import fcntl, sys, time
        f = open({str(index_dir / 'ingest.lock')!r}, 'a+')
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        print('locked', flush=True)
        time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        engine = make_engine(tmp_path, embedder, lock_timeout=1.0)
        with pytest.raises(IndexLocked) as err:
            engine.ingest([corpus])
        assert "being written by another ingest" in str(err.value) and str(index_dir) in str(err.value)
    finally:
        holder.kill()
        holder.wait()
    # once the other writer is gone the ingest goes through
    assert make_engine(tmp_path, embedder).ingest([corpus]).count("ingested") == 1


def test_an_unexpected_error_on_one_file_is_reported_and_the_run_goes_on(tmp_path, embedder, monkeypatch):
    import ingest.structure as structure

    corpus = tmp_path / "papers"
    write(corpus / "a.txt", MINUTES.format(topic="cyber security"))
    write(corpus / "odd.txt", MINUTES.format(topic="an odd layout"))
    real = structure.parse

    def parse(source, *args, **kwargs):
        if source.path.endswith("odd.txt"):
            raise IndexError("list index out of range")     # stands in for a parser bug
        return real(source, *args, **kwargs)

    monkeypatch.setattr(structure, "parse", parse)
    report = make_engine(tmp_path, embedder).ingest([corpus])
    assert report.summary() == "ingested 1, skipped 0, failed 1", [(r.path, r.reason) for r in report.results]
    failed = [r for r in report.results if r.status == "failed"]
    assert failed[0].path.endswith("odd.txt") and "IndexError" in failed[0].reason


def test_warm_loads_what_the_first_question_needs_and_never_calls_a_chat_model(tmp_path, embedder):
    import core.english as english

    corpus = tmp_path / "papers"
    write(corpus / "a.txt", MINUTES.format(topic="cyber security"))
    # a chat model that cannot be reached: warm must not try it (the papers would be sent)
    engine = make_engine(tmp_path, embedder, llm="openai:gpt-4o-mini", llm_base_url="http://127.0.0.1:9/v1")
    engine.ingest([corpus])
    english._dictionary.cache_clear()
    engine.warm()
    assert english._dictionary.cache_info().currsize == 1          # the English background is loaded
    assert not engine.notices                                       # no model was tried, so none fell back
