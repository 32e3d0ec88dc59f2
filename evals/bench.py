"""A small speed benchmark: ingest and query figures for Scrutineer beside the naive LangChain
tutorial pipeline, run in the same process on the same machine. Run: python -m evals.bench

Both build fresh indexes in temporary folders; nothing already indexed is touched.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from evals.gold import load_gold
from evals.metrics import percentile
from evals.runner import DEFAULT_GOLD


@dataclass
class Timing:
    label: str
    seconds: float
    count: int              # files, chunks or questions, see `unit`
    unit: str

    @property
    def per_unit(self) -> float:
        return self.seconds / self.count if self.count else float("nan")


@dataclass
class BenchReport:
    corpus: str
    corpus_bytes: int
    scrutineer_ingest: Timing
    scrutineer_chunks: int
    naive_build: Timing
    naive_chunks: int
    questions: int
    scrutineer_ask_median: float
    scrutineer_ask_p95: float
    scrutineer_search_median: float
    naive_ask_median: float
    naive_ask_p95: float

    def ratios(self) -> dict[str, float]:
        return {
            "ingest seconds, Scrutineer / naive": self.scrutineer_ingest.seconds / self.naive_build.seconds,
            "seconds per question, Scrutineer ask / naive": self.scrutineer_ask_median / self.naive_ask_median,
        }

    def to_dict(self) -> dict:
        return asdict(self) | {"ratios": self.ratios()}


def run_bench(corpus: str | Path = "corpus", gold_path: str | Path = DEFAULT_GOLD,
              questions: int | None = None) -> BenchReport:
    from evals.naive import NaiveRAG, load_model
    from service.engine import Scrutineer
    from core.settings import Settings

    corpus = Path(corpus)
    corpus_bytes = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
    golds = load_gold(gold_path)[:questions] if questions else load_gold(gold_path)

    with tempfile.TemporaryDirectory(prefix="bench-index-") as index_dir:
        started = time.perf_counter()
        engine = Scrutineer(Settings.from_env(index_dir=index_dir, corpus_dir=corpus))
        ingest = engine.ingest([str(corpus)])
        ingest_seconds = time.perf_counter() - started
        files = ingest.count("ingested")
        chunks = sum(r.chunks for r in ingest.results)

        engine.search("warm up", k=1)
        ask_times, search_times = [], []
        for gold in golds:
            t0 = time.perf_counter()
            answer = engine.ask(gold.question, history=list(gold.history))
            ask_times.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            engine.search(answer.standalone_question)
            search_times.append(time.perf_counter() - t0)

        started = time.perf_counter()
        naive = NaiveRAG(load_model())
        try:
            build = naive.build(corpus)
            naive_seconds = time.perf_counter() - started
            naive.search("warm up", 1)
            naive_times = []
            for gold in golds:
                t0 = time.perf_counter()
                naive.ask(gold.question, list(gold.history))
                naive_times.append(time.perf_counter() - t0)
        finally:
            naive.close()

    return BenchReport(
        corpus=str(corpus), corpus_bytes=corpus_bytes,
        scrutineer_ingest=Timing("Scrutineer: load model + ingest", ingest_seconds, files, "files"),
        scrutineer_chunks=chunks,
        naive_build=Timing("naive: load model + split + embed", naive_seconds, build.documents, "documents"),
        naive_chunks=build.chunks, questions=len(golds),
        scrutineer_ask_median=statistics.median(ask_times), scrutineer_ask_p95=percentile(ask_times, 95),
        scrutineer_search_median=statistics.median(search_times),
        naive_ask_median=statistics.median(naive_times), naive_ask_p95=percentile(naive_times, 95))


def format_bench(report: BenchReport) -> str:
    mb = report.corpus_bytes / 1e6
    lines = [
        f"corpus {report.corpus}: {mb:.1f} MB on disk; {report.questions} gold questions",
        "",
        f"{'':34}{'Scrutineer':>14}{'naive RAG':>14}",
        f"{'index build, seconds':34}{report.scrutineer_ingest.seconds:>14.1f}{report.naive_build.seconds:>14.1f}",
        f"{'chunks indexed':34}{report.scrutineer_chunks:>14}{report.naive_chunks:>14}",
        f"{'MB of files per second':34}{mb / report.scrutineer_ingest.seconds:>14.3f}"
        f"{mb / report.naive_build.seconds:>14.3f}",
        f"{'median s/question (ask)':34}{report.scrutineer_ask_median:>14.3f}{report.naive_ask_median:>14.3f}",
        f"{'p95 s/question (ask)':34}{report.scrutineer_ask_p95:>14.3f}{report.naive_ask_p95:>14.3f}",
        f"{'median s/search (Scrutineer)':34}{report.scrutineer_search_median:>14.3f}{'-':>14}",
        "",
    ]
    lines += [f"{label}: {value:.2f}x" for label, value in report.ratios().items()]
    lines.append("(both include loading the MiniLM model; the naive 'answer' is its top-4 passages, no LLM)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="corpus")
    parser.add_argument("--gold", default=DEFAULT_GOLD)
    parser.add_argument("--questions", type=int, default=None, help="only the first N gold questions")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = run_bench(args.corpus, args.gold, args.questions)
    print(json.dumps(report.to_dict(), indent=2) if args.json else format_bench(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
