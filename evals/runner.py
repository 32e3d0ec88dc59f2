"""`scrutineer eval`: run a gold set through Scrutineer and the baselines, print the metrics table.

Pipelines: Scrutineer (engine.ask, and engine.search for retrieval ranks); the naive LangChain
tutorial pipeline (evals/naive.py); BM25 only and dense only, scored at the retrieval level
through engine.search(mode="sparse"|"dense"). Metrics are in evals/metrics.py.
"""
from __future__ import annotations

import argparse
import inspect
import json
import statistics
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Collection, Sequence

from evals.gold import GoldError, GoldQuestion, load_gold
from evals.metrics import (PageText, first_fact_rank, percentile, score_answer, summarise_answers,
                           summarise_ranks)
from evals.pages import PdfPages
from core.settings import Settings
from core.types import Answer
from service.engine import Scrutineer

DEFAULT_GOLD = "evals/gold.jsonl"
RANK_DEPTH = 10
SNIPPET = 400

SCRUTINEER = "scrutineer"
NAIVE = "naive"
SPARSE = "bm25"
DENSE = "dense"
TITLES = {SCRUTINEER: "Scrutineer", NAIVE: "naive RAG", SPARSE: "BM25 only*", DENSE: "dense only*"}

Progress = Callable[[str, int, int], None]


@dataclass
class QuestionResult:
    """One pipeline on one gold question: what the metrics need, plus enough to read a miss."""

    id: str
    answerable: bool
    seconds: float
    rank: int | None = None                 # 1-based rank of the first fact-holding passage in the top RANK_DEPTH
    answered: bool | None = None            # None for retrieval-only pipelines
    answer_hit: bool | None = None
    evidence_hit: bool | None = None
    date_hit: bool | None = None
    fact_page_hit: bool | None = None
    paged_citations: int = 0
    paged_on_page: int = 0
    standalone_question: str | None = None
    answer: str | None = None               # the first SNIPPET characters
    citations: list[dict] = field(default_factory=list)   # n, meeting_date, page, source of each citation


@dataclass
class PipelineReport:
    name: str
    kind: str                               # "answer" (answer + retrieval metrics) | "retrieval"
    metrics: dict
    results: list[QuestionResult]
    build_seconds: float | None = None      # time to build this pipeline's index, if it builds one
    note: str | None = None
    slices: dict[str, dict] = field(default_factory=dict)   # the same metrics over each slice of the gold set


@dataclass
class EvalReport:
    gold_path: str
    questions: int
    answerable: int
    pipelines: list[PipelineReport]
    notes: list[str] = field(default_factory=list)

    def pipeline(self, name: str) -> PipelineReport | None:
        return next((p for p in self.pipelines if p.name == name), None)

    def to_dict(self) -> dict:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


# ---------------------------------------------------------------- running

BASELINES = (NAIVE, SPARSE, DENSE)
# the slices the table reports side by side: tuned on (development), never tuned on (held out),
# and questions in residents' own words (tuned on / never tuned on)
SLICES = (
    ("development", lambda g: g.split == "dev"),
    ("held out", lambda g: g.split == "test" and "plain" not in g.tags),
    ("plain words, development", lambda g: "plain" in g.tags and g.split == "dev"),
    ("plain words, held out", lambda g: "plain" in g.tags and g.split == "test"),
)


def run_eval(engine, gold_path: str | Path = DEFAULT_GOLD, baselines: bool | Collection[str] = True,
             verbose: bool = False, corpus: str | Path | None = None, page_text: PageText | None = None,
             progress: Progress | None = None, llm: str | None = None) -> EvalReport:
    """Run every gold question through Scrutineer and the baselines (True: all of BASELINES,
    False: none, or a collection of their names).

    `verbose` keeps the per-question detail (answer snippets, citations) in the report; the
    caller prints it. `corpus` is what the naive baseline indexes (default: the engine's corpus_dir).
    """
    chosen = set(BASELINES if baselines is True else baselines or ())
    unknown = chosen - set(BASELINES)
    if unknown:
        raise ValueError(f"unknown baseline(s) {sorted(unknown)}; choose from {list(BASELINES)}")
    golds = load_gold(gold_path)
    page_text = page_text or PdfPages()
    notes: list[str] = []
    golds, missing = _indexed(engine, golds)
    if missing:
        notes.append(f"{len(missing)} question(s) skipped: their source papers are not in the index "
                     f"({', '.join(sorted(missing)[:5])}{' ...' if len(missing) > 5 else ''}); ingest them to score these")
    _warm_up(engine)
    # the offline (extractive) answerer always; a configured language model as a second column
    answers, scrutineer = _run_scrutineer(engine, golds, page_text, verbose, progress, llm="")
    pipelines = [scrutineer]
    model = llm or getattr(engine.settings, "llm", None)
    if model:
        name = f"llm:{model}"
        TITLES.setdefault(name, f"Scrutineer {name}")
        llm_answers, llm_report = _run_scrutineer(engine, golds, page_text, verbose, progress, llm=model, name=name)
        pipelines.append(llm_report)
        used = sum(1 for a in llm_answers if a.mode.startswith("llm"))
        notes.append(f"{TITLES[name]}: the model wrote {used} of {len(golds)} answers; the rest fell back to extractive")
    if NAIVE in chosen:
        corpus = corpus if corpus is not None else getattr(engine.settings, "corpus_dir", "corpus")
        pipelines.append(_run_naive(golds, corpus, page_text, verbose, progress))
    for name, mode in ((SPARSE, "sparse"), (DENSE, "dense")):
        if name in chosen:
            report = _run_retriever(engine, golds, answers, name, mode, progress)
            if report is None:
                notes.append(f"{TITLES[name]}: skipped, engine.search() does not take mode={mode!r}")
            else:
                pipelines.append(report)
    return EvalReport(gold_path=str(gold_path), questions=len(golds),
                      answerable=sum(g.answerable for g in golds), pipelines=pipelines, notes=notes)


def _indexed(engine, golds: list[GoldQuestion]) -> tuple[list[GoldQuestion], set[str]]:
    """The questions whose `source` (when they name one) is an indexed file, and the sources that are not."""
    documents = getattr(engine, "documents", None)
    if documents is None or not any(g.source for g in golds):
        return golds, set()
    sources = {d.source for d in documents()}
    kept, missing = [], set()
    for g in golds:
        if g.source and not any(g.source in s for s in sources):
            missing.add(g.source)
        else:
            kept.append(g)
    return kept, missing


def _warm_up(engine) -> None:
    # Load the model and index before the clock starts: seconds/question measures answering.
    engine.search("warm up", k=1)


def _texts(passages) -> list[str]:
    return [p.chunk.text for p in passages]


def _run_scrutineer(engine, golds, page_text, verbose, progress, llm: str | None = None, name: str = SCRUTINEER):
    answers: list[Answer] = []
    results: list[QuestionResult] = []
    scores, ranks = [], []
    for i, gold in enumerate(golds, start=1):
        started = time.perf_counter()
        answer = engine.ask(gold.question, history=list(gold.history), llm=llm)
        seconds = time.perf_counter() - started
        score = score_answer(gold, answer, seconds, page_text)
        rank = None
        if gold.answerable:
            rank = first_fact_rank(gold.expect, _texts(engine.search(answer.standalone_question, k=RANK_DEPTH)))
            ranks.append(rank)
        answers.append(answer)
        scores.append(score)
        results.append(_result(gold, score, rank, answer, verbose))
        if progress:
            progress(name, i, len(golds))
    metrics = summarise_answers(golds, scores) | summarise_ranks(ranks)
    slices = {}
    for label, keep in SLICES:
        chosen = [(g, s) for g, s in zip(golds, scores) if keep(g)]
        if chosen:
            slices[label] = summarise_answers([g for g, _ in chosen], [s for _, s in chosen])
    return answers, PipelineReport(name, "answer", metrics, results, slices=slices)


def _run_naive(golds, corpus, page_text, verbose, progress) -> PipelineReport:
    from evals.naive import NaiveRAG   # heavy imports only when the baselines run

    naive = NaiveRAG()
    try:
        build = naive.build(corpus)
        results, scores, ranks = [], [], []
        for i, gold in enumerate(golds, start=1):
            started = time.perf_counter()
            answer = naive.ask(gold.question, list(gold.history))
            seconds = time.perf_counter() - started
            score = score_answer(gold, answer, seconds, page_text)
            rank = None
            if gold.answerable:
                rank = first_fact_rank(gold.expect, [text for text, _ in naive.search(gold.question, RANK_DEPTH)])
                ranks.append(rank)
            scores.append(score)
            results.append(_result(gold, score, rank, answer, verbose))
            if progress:
                progress(NAIVE, i, len(golds))
    finally:
        naive.close()
    metrics = summarise_answers(golds, scores) | summarise_ranks(ranks)
    note = f"{build.documents} documents, {build.chunks} chunks, built in {build.seconds:.0f}s"
    return PipelineReport(NAIVE, "answer", metrics, results, build_seconds=build.seconds, note=note)


def _run_retriever(engine, golds, answers, name, mode, progress) -> PipelineReport | None:
    """Retrieval-level scoring of one retriever of Scrutineer's own index; None if the engine has no `mode`."""
    if not _takes_mode(engine.search):
        return None
    results, ranks = [], []
    for i, (gold, answer) in enumerate(zip(golds, answers), start=1):
        started = time.perf_counter()
        passages = engine.search(answer.standalone_question, k=RANK_DEPTH, mode=mode)
        seconds = time.perf_counter() - started
        rank = first_fact_rank(gold.expect, _texts(passages)) if gold.answerable else None
        if gold.answerable:
            ranks.append(rank)
        results.append(QuestionResult(id=gold.id, answerable=gold.answerable, seconds=seconds, rank=rank))
        if progress:
            progress(name, i, len(golds))
    seconds = [r.seconds for r in results]
    metrics = summarise_ranks(ranks) | {"median_seconds": statistics.median(seconds) if seconds else None,
                                        "p95_seconds": percentile(seconds, 95)}
    return PipelineReport(name, "retrieval", metrics, results)


def _takes_mode(search) -> bool:
    try:
        parameters = inspect.signature(search).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.name == "mode" or p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters)


def _result(gold: GoldQuestion, score, rank, answer: Answer, verbose: bool) -> QuestionResult:
    result = QuestionResult(
        id=gold.id, answerable=gold.answerable, seconds=score.seconds, rank=rank, answered=score.answered,
        answer_hit=score.answer_hit, evidence_hit=score.evidence_hit, date_hit=score.date_hit,
        fact_page_hit=score.fact_page_hit, paged_citations=score.paged_citations,
        paged_on_page=score.paged_on_page, standalone_question=answer.standalone_question)
    if verbose:
        result.answer = answer.answer[:SNIPPET]
        result.citations = [{"n": c.n, "meeting_date": c.meeting_date, "page": c.page, "source": c.source}
                            for c in answer.citations]
    return result


# ---------------------------------------------------------------- printing

ROWS = (
    ("answer fact recall", "answer_recall", "pct", None),
    ("evidence recall", "evidence_recall", "pct", None),
    ("date accuracy", "date_accuracy", "pct", "n_date"),
    ("page accuracy (cited words on cited page)", "page_accuracy", "pct", "n_paged_citations"),
    ("fact on the gold page", "fact_page_accuracy", "pct", "n_fact_page"),
    ("abstention on unanswerable", "abstention", "pct", "n_unanswerable"),
    ("false abstention on answerable", "false_abstention", "pct", None),
    ("median answer length, characters", "median_answer_chars", "int", None),
    ("median s/question", "median_seconds", "sec", None),
    ("p95 s/question", "p95_seconds", "sec", None),
    ("retrieval recall@1", "recall@1", "pct", None),
    ("retrieval recall@5", "recall@5", "pct", None),
    ("retrieval recall@10", "recall@10", "pct", None),
    ("retrieval MRR", "mrr", "num", None),
)


def _cell(value, kind: str, n=None) -> str:
    if value is None:
        return "-"
    text = {"pct": f"{100 * value:.1f}%", "sec": f"{value:.2f}", "num": f"{value:.3f}", "int": f"{value:.0f}"}[kind]
    return f"{text} /{n}" if n is not None else text


def format_table(report: EvalReport) -> str:
    names = [p.name for p in report.pipelines]
    header = ["metric"] + [TITLES.get(n, n) for n in names]
    rows = [header]
    for label, key, kind, n_key in ROWS:
        row = [label]
        for p in report.pipelines:
            n = p.metrics.get(n_key) if n_key else None
            row.append(_cell(p.metrics.get(key), kind, n))
        rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = [f"gold set {report.gold_path}: {report.questions} questions "
             f"({report.answerable} answerable, {report.questions - report.answerable} unanswerable)", ""]
    for j, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)))
        if j == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.extend(_slice_table(report))
    lines.append("")
    lines.append("/N: judged over N (date and gold page: answers whose citations hold the fact; "
                 "page accuracy: citations with a page in a readable PDF).")
    if any(p.kind == "retrieval" for p in report.pipelines):
        lines.append("* retrieval only: ranks from Scrutineer's own index, one retriever "
                     "(engine.search mode=sparse|dense), no answer built.")
    naive = report.pipeline(NAIVE)
    if naive is not None:
        lines.append(f"naive RAG: LangChain tutorial (RecursiveCharacterTextSplitter 1000/200, MiniLM, Chroma, "
                     f"top-4 passages as the answer); {naive.note}.")
    lines.extend(report.notes)
    return "\n".join(lines)


SLICE_ROWS = tuple(r for r in ROWS if not r[1].startswith(("recall@", "mrr", "median_answer")))


def _slice_table(report: EvalReport) -> list[str]:
    """Scrutineer's answer metrics on each slice: the held-out column is the one to quote."""
    main = report.pipeline(SCRUTINEER)
    if main is None or len(main.slices) < 2:
        return []
    labels = list(main.slices)
    rows = [["Scrutineer by slice"] + [f"{label} ({main.slices[label]['n_questions']})" for label in labels]]
    for label, key, kind, n_key in SLICE_ROWS:
        rows.append([label] + [_cell(main.slices[s].get(key), kind, main.slices[s].get(n_key) if n_key else None)
                               for s in labels])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = [""]
    for j, row in enumerate(rows):
        out.append("  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)))
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    return out


def format_misses(report: EvalReport, golds: Sequence[GoldQuestion], held_out: bool = False) -> str:
    """Per-question misses of Scrutineer, with the baselines' ranks for the same question. Misses
    of the held-out split are counted, not listed, unless `held_out`: reading them is tuning on them."""
    by_id = {g.id: g for g in golds}
    main = report.pipeline(SCRUTINEER)
    if main is None:
        return ""
    others = [p for p in report.pipelines if p.name != SCRUTINEER]
    lines = ["", "misses (Scrutineer):"]
    hidden = 0
    for i, result in enumerate(main.results):
        gold = by_id[result.id]
        why = _why(result)
        if not why:
            continue
        if gold.split == "test" and not held_out:
            hidden += 1
            continue
        ranks = ", ".join(f"{TITLES.get(p.name, p.name)} rank {p.results[i].rank or '-'}" for p in others)
        lines.append(f"- {result.id} [{', '.join(why)}] {gold.question}")
        if result.standalone_question and result.standalone_question != gold.question:
            lines.append(f"    standalone: {result.standalone_question}")
        if gold.answerable:
            lines.append(f"    expected: {gold.expect}  date {gold.meeting_date}  page {gold.page}")
            lines.append(f"    rank {result.rank or '-'}" + (f"; {ranks}" if ranks else ""))
        if result.answer is not None:
            lines.append(f"    answer: {result.answer!r}")
            for c in result.citations:
                lines.append(f"    [{c['n']}] {c['meeting_date']} p.{c['page']} {c['source']}")
    if hidden:
        lines.append(f"({hidden} held-out misses not listed: never tune on them; --show-held-out lists them)")
    return "\n".join(lines)


def _why(result: QuestionResult) -> list[str]:
    if not result.answerable:
        return ["answered an unanswerable question"] if result.answered else []
    why = []
    if result.answered is False:
        why.append("abstained")
    if result.answer_hit is False:
        why.append("answer")
    if result.evidence_hit is False:
        why.append("evidence")
    if result.date_hit is False:
        why.append("date")
    if result.fact_page_hit is False:
        why.append("gold page")
    if result.paged_on_page < result.paged_citations:
        why.append(f"{result.paged_citations - result.paged_on_page} citation(s) off their page")
    if result.rank is None:
        why.append("not retrieved")
    return why


# ---------------------------------------------------------------- command line

def register(subparsers) -> argparse.ArgumentParser:
    """Add `eval` to the `scrutineer` command's subparsers (found through the "scrutineer.commands"
    entry point, so the product CLI never imports the evals); its handler is func(args) -> exit code."""
    parser = subparsers.add_parser(
        "eval", help="run a gold set and print the metrics table",
        description="Run a gold set (SPEC section 5) through Scrutineer and the baselines and print the metrics.")
    parser.add_argument("file", nargs="?", default=DEFAULT_GOLD, metavar="FILE",
                        help=f"gold set, JSON Lines (default {DEFAULT_GOLD})")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also list each development question Scrutineer missed")
    parser.add_argument("--show-held-out", action="store_true",
                        help="with -v, list held-out misses too (only to report, never to tune)")
    parser.add_argument("--no-baselines", action="store_true",
                        help="skip the naive, BM25-only and dense-only baselines (the naive index takes a minute or two)")
    parser.add_argument("--corpus", default=None, metavar="DIR",
                        help="folder the naive baseline indexes (default: the configured corpus, corpus/)")
    parser.add_argument("--llm", default=None, metavar="PROVIDER:MODEL",
                        help="also score generative answers from this model (default: SCRUTINEER_LLM, if set)")
    parser.add_argument("--index", help="index folder (env SCRUTINEER_INDEX; default .scrutineer/)")
    parser.set_defaults(func=handle)
    return parser


def handle(args, engine=None) -> int:
    """`scrutineer eval`; `engine` defaults to the service over the configured index."""
    try:
        golds = load_gold(args.file)
    except GoldError as error:
        print(f"scrutineer eval: {error}", file=sys.stderr)
        return 2
    progress = _stderr_progress if sys.stderr.isatty() else None
    engine = engine or Scrutineer(Settings.from_env(index_dir=args.index))
    report = run_eval(engine, args.file, baselines=not args.no_baselines, verbose=args.verbose,
                      corpus=args.corpus, progress=progress, llm=args.llm)
    if progress:
        print(file=sys.stderr)
    if args.json:
        print(report.to_json())
    else:
        print(format_table(report))
        if args.verbose:
            print(format_misses(report, golds, held_out=args.show_held_out))
    return 0


def _stderr_progress(name: str, done: int, total: int) -> None:
    print(f"\r{TITLES.get(name, name)}: {done}/{total}   ", end="", file=sys.stderr, flush=True)
