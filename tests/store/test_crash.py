"""Crash safety proven: ingest (normal and --rebuild) killed with SIGKILL at seeded random points.

After each kill the index opens and answers, and the next ingest completes with the same chunk
ids as a clean build, with no vector left over. The child is a real process writing a real Chroma
store; its vectors come from the hashing stand-in, so the test is about the store, not the model.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from conftest import engine
from service.engine import Scrutineer

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEED = 1313
ROUNDS = 8
FILES = 30

PAPER = """Cabinet

{day} March 2024

Minutes

{n}. {title}

The Cabinet considered a report on {title}, paragraph one of {n}.

{body}

Resolved

That the recommendations on {title} be approved.
"""

CHILD = textwrap.dedent("""
    import sys
    sys.path[:0] = [{root!r}, {here!r}]
    from conftest import HashEmbedder
    from core.settings import Settings
    from service.engine import Scrutineer
    engine = Scrutineer(Settings.from_env(index_dir={index!r}), embedder=HashEmbedder())
    print("go", flush=True)
    engine.ingest([{papers!r}], prune=True, rebuild={rebuild!r})
    print("done", flush=True)
""")


def write_corpus(papers: Path, variant: int) -> None:
    shutil.rmtree(papers, ignore_errors=True)
    papers.mkdir(parents=True)
    for n in range(FILES):
        if variant == 1 and n % 7 == 3:
            continue                                   # pruned in variant 1
        title = f"item {n} {'revised ' if variant == 1 and n % 5 == 0 else ''}budget line"
        body = "\n\n".join(f"Detail {k} of {title}: spending on service {n * 10 + k} was reviewed." for k in range(12))
        (papers / f"paper-{n:02d}.txt").write_text(PAPER.format(day=n % 28 + 1, n=n, title=title, body=body))


def chunk_ids(e: Scrutineer) -> list[str]:
    return sorted(c.chunk_id for c in e.index.chunks())


def test_ingest_killed_at_random_points_leaves_an_index_that_answers_and_recovers(tmp_path):
    rng = random.Random(SEED)
    papers = tmp_path / "papers"
    clean: dict[int, list[str]] = {}
    for variant in (0, 1):                                 # what a clean build of each corpus gives
        write_corpus(papers, variant)
        e = engine(tmp_path / f"clean-{variant}")
        assert e.ingest([papers]).count("failed") == 0
        clean[variant] = chunk_ids(e)
    index_dir = tmp_path / "idx"

    def start(rebuild: bool, where: Path) -> subprocess.Popen:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD.format(root=str(ROOT), here=str(HERE), index=str(where),
                                                papers=str(papers), rebuild=rebuild)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        assert child.stdout.readline().strip() == "go", child.stderr.read()
        return child

    # how long a child ingest takes on this machine, so the kills land inside one whatever its speed:
    # a whole build (the first round, rebuilds) and an update of an existing index (the other rounds,
    # much shorter: only the changed files are read and embedded)
    def timed_run(variant: int) -> float:
        write_corpus(papers, variant)
        began = time.monotonic()
        start(False, tmp_path / "timing").wait(timeout=120)
        return max(0.2, time.monotonic() - began)

    whole, update = timed_run(0), timed_run(1)
    started = time.monotonic()
    kills = 0
    for round_no in range(ROUNDS):
        variant = round_no % 2
        rebuild = round_no % 3 == 2
        write_corpus(papers, variant)
        child = start(rebuild, index_dir)
        fresh = rebuild or not (index_dir / "CURRENT").exists()
        time.sleep(rng.uniform(0.05, 0.8) * (whole if fresh else update))
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
            kills += 1
        child.wait(timeout=60)

        reader = engine(index_dir)
        if reader.index.exists():                          # a first build killed early has nothing to read
            assert reader.index.chunks() is not None
            hits = reader.search("budget line spending reviewed", k=3)
            assert hits and all(h.chunk.chunk_id in reader.index.generation().by_id for h in hits)
        report = reader.ingest([papers], prune=True)
        assert report.count("failed") == 0, [r for r in report.results if r.status == "failed"]
        after = engine(index_dir)
        assert chunk_ids(after) == clean[variant], f"round {round_no} (rebuild={rebuild})"
        assert after.index.dense.count() == len(after.index.chunks()), f"round {round_no}: vectors left over"
        assert len(list(index_dir.glob("vectors-*"))) == 1
        assert not (index_dir / "journal.jsonl").exists()
    assert kills >= ROUNDS // 2, "most rounds must really be killed mid-way"
    assert time.monotonic() - started < 240
