"""One benchmark measurement in its own process (so its peak RSS is its own), printed as one JSON
line: Scrutineer's ingest split into parse / embed / write, its warm search and answer times,
the naive pipeline's build and query times, or the raw throughput of one encoder.

    python -m evals.bench_probe ingest --corpus DIR --index DIR
    python -m evals.bench_probe query --index DIR [--questions N]
    python -m evals.bench_probe naive --corpus DIR --store DIR [--questions N]
    python -m evals.bench_probe naive-ask --store DIR QUESTION      (the naive cold start)
    python -m evals.bench_probe encode --encoder NAME [--texts N]

The encoder is SCRUTINEER_ENCODER's, as for the CLI. It measures; it prints no table.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024      # Linux: KiB


def _questions(n: int | None) -> list:
    from evals.gold import load_gold
    from evals.runner import DEFAULT_GOLD

    golds = load_gold(DEFAULT_GOLD)
    return golds[:n] if n else golds


def _pct(values: list[float], q: float) -> float:
    from evals.metrics import percentile

    return percentile(values, q)


class _Clock:
    """Adds the time spent inside wrapped callables to named buckets."""

    def __init__(self):
        self.spent: dict[str, float] = {}

    def wrap(self, bucket: str, fn):
        def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.spent[bucket] = self.spent.get(bucket, 0.0) + time.perf_counter() - t0
        return timed


class ComposedEmbedder:
    """For the one cached build of a very large synthetic index only: each text's vector is a
    noisy mix of two real vectors of the shipped corpus's paragraphs, picked by the text's hash.
    The index then has the size and the clustered shape of a real one at no encoder cost; its
    search and answer costs are measured with the real encoder (query and sentence vectors)."""

    def __init__(self, real, texts: list[str], seed: int = 5):
        import numpy as np

        self.base = real.embed(texts)
        self.dimension = self.base.shape[1]
        self.rng = np.random.default_rng(seed)

    def embed(self, texts: list[str]):
        import zlib

        import numpy as np

        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for i, t in enumerate(texts):
            h = zlib.crc32(t.encode())
            v = self.base[h % len(self.base)] + self.base[(h // 7919) % len(self.base)]
            v = v + self.rng.normal(0, 0.02, self.dimension)
            out[i] = v / np.linalg.norm(v)
        return out


def probe_ingest(corpus: str, index: str, composed: bool = False) -> dict:
    """Load the model, ingest `corpus` into a fresh `index`, then again unchanged."""
    from core.settings import Settings
    from ingest import pipeline     # instrumented only (import-linter lets this one import through)
    from service.engine import Scrutineer

    clock = _Clock()
    # the module attributes update() calls through are timed in place
    pipeline.read = clock.wrap("parse", pipeline.read)
    pipeline.prepare = clock.wrap("parse", pipeline.prepare)
    engine = Scrutineer(Settings.from_env(index_dir=index))
    t0 = time.perf_counter()
    embedder = engine.embedder
    load = time.perf_counter() - t0
    if composed:
        from evals.bench_corpus import paragraphs, source_texts

        pool = [p for _, t in source_texts(Path("corpus")) for p in paragraphs(t) if len(p) > 200][:512]
        embedder = ComposedEmbedder(embedder, pool)
        engine = Scrutineer(Settings.from_env(index_dir=index), embedder=embedder)
    embedder.embed = clock.wrap("embed", embedder.embed)
    t0 = time.perf_counter()
    report = engine.ingest([corpus])
    total = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = engine.ingest([corpus])
    reingest = time.perf_counter() - t0
    files = engine.index.files()
    pages = sum((d.pages or 1) for entry in files.values() for d in entry.documents)
    # what the index holds, not only what this run wrote: a build resumed from its journal after an
    # interruption counts the files the first run committed too (they are "skipped" in this one)
    chunks = sum(entry.chunks for entry in files.values())
    parse, embed = clock.spent.get("parse", 0.0), clock.spent.get("embed", 0.0)
    return {"encoder": engine.settings.encoder, "composed_vectors": composed, "load_s": load, "ingest_s": total, "parse_s": parse,
            "embed_s": embed, "write_s": max(total - parse - embed, 0.0), "reingest_s": reingest,
            "files": len(files), "failed": report.count("failed"), "resumed_files": report.count("skipped"),
            "skipped_again": again.count("skipped"), "pages": pages, "chunks": chunks,
            "disk_mb": _du(Path(index)) / 1e6, "peak_rss_mb": peak_rss_mb()}


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def probe_query(index: str, questions: int | None) -> dict:
    """Warm search and answer times over the gold questions, after one warm-up question."""
    from core.settings import Settings
    from service.engine import Scrutineer

    golds = _questions(questions)
    t0 = time.perf_counter()
    engine = Scrutineer(Settings.from_env(index_dir=index))
    engine.ask(golds[0].question)
    first = time.perf_counter() - t0
    search, ask = [], []
    for gold in golds:
        t0 = time.perf_counter()
        answer = engine.ask(gold.question, history=list(gold.history))
        ask.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        engine.search(answer.standalone_question)
        search.append(time.perf_counter() - t0)
    return {"questions": len(golds), "first_answer_s": first,
            "search_p50": statistics.median(search), "search_p95": _pct(search, 95),
            "ask_p50": statistics.median(ask), "ask_p95": _pct(ask, 95),
            "chunks": len(engine.index.chunks()), "peak_rss_mb": peak_rss_mb()}


def probe_naive(corpus: str, store: str, questions: int | None) -> dict:
    """The naive tutorial pipeline: load, split, embed, store; then its top-4 'answers'."""
    from evals.naive import NaiveRAG, load_model

    golds = _questions(questions)
    t0 = time.perf_counter()
    naive = NaiveRAG(load_model(), store_dir=store)
    load = time.perf_counter() - t0
    build = naive.build(corpus)
    naive.search("warm up", 1)
    search, ask = [], []
    for gold in golds:
        t0 = time.perf_counter()
        naive.ask(gold.question, list(gold.history))
        ask.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        naive.search(gold.question)
        search.append(time.perf_counter() - t0)
    return {"load_s": load, "ingest_s": load + build.seconds, "build_s": build.seconds,
            "documents": build.documents, "chunks": build.chunks,
            "search_p50": statistics.median(search), "search_p95": _pct(search, 95),
            "ask_p50": statistics.median(ask), "ask_p95": _pct(ask, 95),
            "disk_mb": _du(Path(store)) / 1e6, "peak_rss_mb": peak_rss_mb()}


def probe_naive_ask(store: str, question: str) -> dict:
    """The naive pipeline's cold start: a new process loads the model, opens its store, answers."""
    from evals.naive import NaiveRAG, load_model

    naive = NaiveRAG(load_model(), store_dir=store)
    answer = naive.ask(question)
    return {"citations": len(answer.citations), "peak_rss_mb": peak_rss_mb()}


def probe_encode(texts_wanted: int) -> dict:
    """One encoder's load time and chunks per second on the shipped corpus's own text."""
    from core.settings import Settings
    from evals.bench_corpus import paragraphs, source_texts
    from service.engine import Scrutineer

    texts = [p for _, t in source_texts(Path("corpus")) for p in paragraphs(t) if len(p) > 200]
    texts = (texts * (1 + texts_wanted // max(len(texts), 1)))[:texts_wanted]
    t0 = time.perf_counter()
    embedder = Scrutineer(Settings.from_env()).embedder
    load = time.perf_counter() - t0
    embedder.embed(texts[:32])
    t0 = time.perf_counter()
    embedder.embed(texts)
    seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    for t in texts[:50]:
        embedder.embed([t[:200]])          # the encoder itself, not the cache embed_one goes through
    one = (time.perf_counter() - t0) / 50
    return {"encoder": embedder.encoder, "load_s": load, "texts": len(texts),
            "texts_per_s": len(texts) / seconds, "query_ms": one * 1000,
            "torch_imported": "torch" in sys.modules, "peak_rss_mb": peak_rss_mb()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.bench_probe")
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("ingest")
    p.add_argument("--corpus", required=True)
    p.add_argument("--index", required=True)
    p.add_argument("--composed", action="store_true", help="composed vectors (cached large builds only)")
    p = sub.add_parser("query")
    p.add_argument("--index", required=True)
    p.add_argument("--questions", type=int)
    p = sub.add_parser("naive")
    p.add_argument("--corpus", required=True)
    p.add_argument("--store", required=True)
    p.add_argument("--questions", type=int)
    p = sub.add_parser("naive-ask")
    p.add_argument("--store", required=True)
    p.add_argument("question")
    p = sub.add_parser("encode")
    p.add_argument("--texts", type=int, default=512)
    args = parser.parse_args(argv)
    if args.what == "ingest":
        out = probe_ingest(args.corpus, args.index, args.composed)
    elif args.what == "query":
        out = probe_query(args.index, args.questions)
    elif args.what == "naive":
        out = probe_naive(args.corpus, args.store, args.questions)
    elif args.what == "naive-ask":
        out = probe_naive_ask(args.store, args.question)
    else:
        out = probe_encode(args.texts)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
