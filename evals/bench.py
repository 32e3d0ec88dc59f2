"""The speed benchmark (`make bench`): Scrutineer beside the naive LangChain tutorial pipeline
(evals/naive.py), measured in the same run, on the shipped corpus and on synthetic corpora 10x
and 100x its size (evals/bench_corpus.py). Prints a table; writes JSON and a PNG plot.

Every measurement runs in its own process (evals/bench_probe.py) so peak RSS is its own. The
writer is linear, but embedding a 100x corpus with the real encoder takes hours on 2 cores, so
sizes not in --ingest-sizes are built once with composed vectors, cached under
.scrutineer-bench/, and only queried on later runs (their one build time is shown, marked
"cached"). Nothing already indexed is touched.

    python -m evals.bench                      # sizes 1,10,100
    python -m evals.bench --sizes 1,10         # quicker
    python -m evals.bench --encoders torch,onnx,onnx-int8   # also each encoder's throughput
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from evals.bench_corpus import write_corpus

CACHE = Path(".scrutineer-bench")
PLOT = Path("docs/bench-scale.png")
COLD_QUESTION = "What did the cabinet decide about the minerals and waste local plan?"


def run(args: list[str], env: dict | None = None, parse: bool = True) -> tuple[dict, float, float]:
    """Run a command; return (its last JSON line or {}, wall seconds, peak RSS MB of that process)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    # communicate() has reaped the child; its rusage is in RUSAGE_CHILDREN only as a maximum over
    # all children, so the probes report their own peak and the CLI is measured with wait4 below.
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])} failed ({proc.returncode}): {err.strip()[-800:]}")
    data = {}
    if parse:
        lines = [ln for ln in out.splitlines() if ln.startswith("{")]
        data = json.loads(lines[-1]) if lines else {}
    return data, wall, data.get("peak_rss_mb", float("nan"))


def cold(args: list[str], env: dict | None = None, repeat: int = 3) -> dict:
    """Median wall time and peak RSS (MB) of a fresh process, by os.wait4 on each run."""
    walls, rss = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                env={**os.environ, **(env or {})})
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - t0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode() if proc.stderr else ""
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:4])} failed ({proc.returncode}): {err.strip()[-500:]}")
        rss.append(usage.ru_maxrss / 1024)
    return {"s": statistics.median(walls), "rss_mb": max(rss)}


def probe(*args: str, env: dict | None = None) -> dict:
    return run([sys.executable, "-m", "evals.bench_probe", *args], env)[0]


def corpus_for(size: int, base: Path, bulk: bool) -> Path:
    """The corpus at `size` times: one file per paper when its ingest is measured; for a cached
    bulk build, five large files (kept so that cached builds stay valid; the writer is linear)."""
    if size == 1:
        return base
    target = CACHE / (f"corpus-{size}x" + ("-bulk" if bulk else ""))
    write_corpus(base, target, size, docs_per_file=max(1, 20 * size // 5) if bulk else 1)
    return target


def bench_size(size: int, base: Path, ingest: bool, naive: bool, questions: int | None,
               encoder: str, tmp: Path, log) -> dict:
    corpus = corpus_for(size, base, bulk=not ingest)
    row: dict = {"size": size, "corpus": str(corpus), "encoder": encoder}
    env = {"SCRUTINEER_ENCODER": encoder}
    q = ["--questions", str(questions)] if questions else []   # 0 or None: the whole gold set
    if ingest:
        index = tmp / f"index-{size}x"
        log(f"{size}x: Scrutineer ingest of {corpus}")
        row["ingest"] = probe("ingest", "--corpus", str(corpus), "--index", str(index), env=env)
    else:
        index = CACHE / f"index-{size}x-{encoder}"
        stamp = index.with_name(index.name + ".ingest.json")
        if not stamp.exists():
            log(f"{size}x: building the cached index {index} once (composed vectors, see bench_probe)")
            result = probe("ingest", "--corpus", str(corpus), "--index", str(index), "--composed", env=env)
            stamp.write_text(json.dumps(result | {"measured": time.strftime("%Y-%m-%d %H:%M")}))
        row["ingest"] = json.loads(stamp.read_text()) | {"cached": True}
    log(f"{size}x: warm search and answers")
    row["query"] = probe("query", "--index", str(index), *q, env=env)
    log(f"{size}x: cold `scrutineer ask`")
    row["cold"] = cold([sys.executable, "-m", "scrutineer", "ask", COLD_QUESTION, "--index", str(index)], env)
    if naive:
        store = tmp / f"naive-{size}x"
        log(f"{size}x: naive pipeline build and queries")
        row["naive"] = probe("naive", "--corpus", str(corpus), "--store", str(store), *q)
        row["naive_cold"] = cold([sys.executable, "-m", "evals.bench_probe", "naive-ask", "--store", str(store),
                                  COLD_QUESTION])
    return row


# ---------------------------------------------------------------------------- table
def _ratio(a, b) -> str:
    try:
        return f"{a / b:.2f}x"
    except (TypeError, ZeroDivisionError):
        return "-"


def _fmt(value, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms":
        return f"{value * 1000:.0f}"
    if unit == "int":
        return f"{value:,.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def figures(row: dict) -> list[tuple[str, str, object, object]]:
    """(label, unit, Scrutineer value, naive value) for one corpus size."""
    ing, qry, cld = row["ingest"], row["query"], row["cold"]
    nv, nc = row.get("naive") or {}, row.get("naive_cold") or {}
    cached = "*" if ing.get("cached") else ""
    per = lambda n, s: n / s if n and s else None    # noqa: E731
    return [
        ("pages / chunks indexed", "int", ing.get("chunks"), nv.get("chunks")),
        ("ingest, s", "s", ing.get("ingest_s"), nv.get("ingest_s")),
        ("  parse, s", "s", ing.get("parse_s"), None),
        ("  embed, s", "s", ing.get("embed_s"), None),
        ("  write (chunks, BM25, vectors), s", "s", ing.get("write_s"), None),
        ("pages/s", "s", per(ing.get("pages"), ing.get("ingest_s")), per(nv.get("documents"), nv.get("ingest_s"))),
        ("chunks/s", "s", per(ing.get("chunks"), ing.get("ingest_s")), per(nv.get("chunks"), nv.get("ingest_s"))),
        ("unchanged re-ingest, s", "s", ing.get("reingest_s"), None),
        ("ingest peak RSS, MB", "int", ing.get("peak_rss_mb"), nv.get("peak_rss_mb")),
        ("cold `ask` (new process), s", "s", cld.get("s"), nc.get("s")),
        ("cold `ask` peak RSS, MB", "int", cld.get("rss_mb"), nc.get("rss_mb")),
        ("warm search p50, ms", "ms", qry.get("search_p50"), nv.get("search_p50")),
        ("warm search p95, ms", "ms", qry.get("search_p95"), nv.get("search_p95")),
        ("warm answer p50, ms", "ms", qry.get("ask_p50"), nv.get("ask_p50")),
        ("warm answer p95, ms", "ms", qry.get("ask_p95"), nv.get("ask_p95")),
        ("query process peak RSS, MB", "int", qry.get("peak_rss_mb"), nv.get("peak_rss_mb")),
    ]


def format_table(rows: list[dict], markdown: bool = False) -> str:
    head = ["figure"]
    for r in rows:
        head += [f"{r['size']}x Scrutineer", f"{r['size']}x naive", "ratio"]
    body = []
    labels = [f[0] for f in figures(rows[0])]
    per_row = [figures(r) for r in rows]
    for i, label in enumerate(labels):
        line = [label]
        for fs in per_row:
            _, unit, ours, theirs = fs[i]
            if i == 0:       # pages / chunks: "pages / chunks" for us, chunks for naive
                r = rows[per_row.index(fs)]
                line += [f"{r['ingest'].get('pages', 0):,} / {ours or 0:,}", _fmt(theirs, "int"), "-"]
                continue
            star = "*" if rows[per_row.index(fs)]["ingest"].get("cached") and 1 <= i <= 8 else ""
            line += [_fmt(ours, unit) + star, _fmt(theirs, unit), _ratio(ours, theirs) if theirs else "-"]
        body.append(line)
    note = ("\n* a cached bulk build (five large files, composed vectors): not an ingest throughput figure"
            if any(r["ingest"].get("cached") for r in rows) else "")
    resumed = [r for r in rows if r["ingest"].get("resumed_files")]
    if resumed:
        note += "".join(f"\n{r['size']}x: a resumed build ({r['ingest']['resumed_files']} files committed by an earlier,"
                        " interrupted run): chunks are the index's, times this run's only" for r in resumed)
    if markdown:
        out = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
        out += ["| " + " | ".join(line) + " |" for line in body]
        return "\n".join(out) + note
    widths = [max(len(str(x[c])) for x in [head, *body]) for c in range(len(head))]
    fmt = lambda line: "  ".join(str(x).ljust(w) if c == 0 else str(x).rjust(w)   # noqa: E731
                                 for c, (x, w) in enumerate(zip(line, widths)))
    return "\n".join([fmt(head), fmt(["-" * w for w in widths]), *map(fmt, body)]) + note


def format_encoders(results: list[dict]) -> str:
    lines = [f"{'encoder':10} {'load s':>7} {'chunks/s':>9} {'query ms':>9} {'RSS MB':>7}  torch imported"]
    for r in results:
        lines.append(f"{r['encoder']:10} {r['load_s']:7.2f} {r['texts_per_s']:9.1f} {r['query_ms']:9.1f} "
                     f"{r['peak_rss_mb']:7.0f}  {r['torch_imported']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="corpus")
    parser.add_argument("--sizes", default="1,10,100", help="corpus multiples, e.g. 1,10")
    parser.add_argument("--ingest-sizes", default="1,10",
                        help="sizes whose ingest is measured afresh; larger ones use a cached index")
    parser.add_argument("--naive-sizes", default="1,10", help="sizes the naive pipeline is measured at")
    parser.add_argument("--questions", type=int, default=40, help="warm timings over the first N gold questions (0: all)")
    parser.add_argument("--encoders", default="", help="also measure these encoders' throughput, e.g. torch,onnx,onnx-int8")
    parser.add_argument("--encoder", default=None, help="encoder for the pipeline runs (default: the setting's)")
    parser.add_argument("--plot", default=str(PLOT), help="PNG of cost against corpus size ('' for none)")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--from-json", nargs="+", metavar="FILE",
                        help="measure nothing: table and plot from saved results (several runs are joined)")
    args = parser.parse_args(argv)
    if args.from_json:
        rows = sorted((r for f in args.from_json for r in json.loads(Path(f).read_text())["sizes"]),
                      key=lambda r: r["size"])
        print(format_table(rows, markdown=args.markdown))
        if args.plot:
            from evals.bench_plot import plot

            plot(rows, Path(args.plot))
        return 0

    from core.settings import encoder_from_env

    encoder = args.encoder or encoder_from_env()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    ingest_sizes = {int(s) for s in args.ingest_sizes.split(",") if s.strip()}
    naive_sizes = {int(s) for s in args.naive_sizes.split(",") if s.strip()}
    log = lambda msg: print(f"bench: {msg}", file=sys.stderr, flush=True)   # noqa: E731
    CACHE.mkdir(exist_ok=True)
    results: dict = {"machine": {"cpus": os.cpu_count(), "load": os.getloadavg()}, "encoder": encoder,
                     "started": time.strftime("%Y-%m-%d %H:%M"), "sizes": []}

    if args.encoders:
        results["encoders"] = []
        for name in args.encoders.split(","):
            log(f"encoder {name}: throughput")
            results["encoders"].append(probe("encode", env={"SCRUTINEER_ENCODER": name}))
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        for size in sizes:
            results["sizes"].append(bench_size(size, Path(args.corpus), size in ingest_sizes, size in naive_sizes,
                                               args.questions, encoder, Path(tmp), log))
    results["machine"]["load_after"] = os.getloadavg()
    saved = CACHE / f"results-{'-'.join(map(str, sizes))}.json"
    saved.write_text(json.dumps(results, indent=1))
    print(f"encoder {encoder}; load average {results['machine']['load'][0]:.1f} before, "
          f"{results['machine']['load_after'][0]:.1f} after; 2-core figures")
    print(format_table(results["sizes"], markdown=args.markdown))
    if results.get("encoders"):
        print()
        print(format_encoders(results["encoders"]))
    if args.plot:
        from evals.bench_plot import plot

        plot(results["sizes"], Path(args.plot))
        print(f"\nplot: {args.plot}")
    print(f"figures: {saved}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
