"""Seconds to read the text of PDFs: pypdf's plain extract_text beside Scrutineer's read_pdf
(furniture and structure are not timed). Run it on two checkouts to compare them:

    PYTHONPATH=/path/to/checkout python -m evals.pdf_speed [--repeat N] DIR_OR_PDF ...

It measures; it prints one line per PDF and the totals, best of N runs each.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main(argv: list[str] | None = None) -> None:
    from pypdf import PdfReader

    from ingest.pdf import read_pdf

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    files = sorted(f for p in map(Path, args.paths) for f in ([p] if p.is_file() else p.rglob("*.pdf")))
    total_plain = total_ours = 0.0
    pages = 0
    for f in files:
        data = f.read_bytes()
        n = len(PdfReader(f).pages)
        plain = _best(lambda: [p.extract_text() for p in PdfReader(f).pages], args.repeat)
        ours = _best(lambda: read_pdf(f, data), args.repeat)
        total_plain += plain
        total_ours += ours
        pages += n
        print(f"{plain:7.3f}s plain  {ours:7.3f}s read_pdf  {n:4d} pages  {f.name}")
    print(f"{total_plain:7.3f}s plain  {total_ours:7.3f}s read_pdf  {pages:4d} pages  TOTAL ({len(files)} files)")


if __name__ == "__main__":
    main()
