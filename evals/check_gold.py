"""Check a gold set against the corpus: every expected string is really printed in some source
file, and a question's `page` really holds its fact. Run: python -m evals.check_gold [GOLD] [CORPUS]

It reads files directly (plain text as is, PDFs through pypdf, Word through python-docx), so it needs no index.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from evals.gold import REGEX_PREFIX, GoldQuestion, load_gold
from evals.metrics import alternative_matches, matches_all, normalise
from evals.pages import PdfPages, file_text



@dataclass
class Problem:
    question: GoldQuestion
    what: str

    def __str__(self) -> str:
        return f"line {self.question.line} ({self.question.id}): {self.what}"


def corpus_texts(corpus: str | Path, pdf_pages: PdfPages | None = None) -> dict[str, str]:
    """source path -> its whole text, normalised (PDF pages joined by a newline)."""
    pdf_pages = pdf_pages or PdfPages()
    texts: dict[str, str] = {}
    for path in sorted(Path(corpus).rglob("*")):
        if not path.is_file():
            continue
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            pages = pdf_pages.pages(str(path))
            if pages is not None:
                texts[str(path)] = normalise("\n".join(pages))
        elif (text := file_text(path)) is not None:
            texts[str(path)] = normalise(text)
    return texts


def check(golds: list[GoldQuestion], corpus: str | Path) -> list[Problem]:
    pdf_pages = PdfPages()
    texts = corpus_texts(corpus, pdf_pages)
    problems: list[Problem] = []
    for gold in golds:
        for group in gold.expect:
            for alt in group:
                if not any(alternative_matches(alt, text) for text in texts.values()):
                    kind = "regex" if alt.startswith(REGEX_PREFIX) else "string"
                    problems.append(Problem(gold, f"expected {kind} {alt!r} is not in any file under {corpus}"))
        if gold.page is not None:
            sources = [s for s in texts if s.lower().endswith(".pdf")
                       and (gold.source is None or gold.source.casefold() in s.casefold())]
            if not sources:
                problems.append(Problem(gold, f"no PDF matches source {gold.source!r}"))
            else:
                holding = [(s, n) for s in sources for n, text in enumerate(pdf_pages.pages(s) or (), start=1)
                           if matches_all(gold.expect, text)]
                if not any(n == gold.page for _, n in holding):
                    problems.append(Problem(gold, f"page {gold.page} of {gold.source or 'any PDF'} does not hold the fact"))
                elif len(holding) > 1:
                    where = ", ".join(f"{Path(s).name} p.{n}" for s, n in holding)
                    problems.append(Problem(gold, f"the fact is printed on several pages ({where}): "
                                                  "`page` is ambiguous, narrow `source` or `expect`"))
    return problems


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gold_path = argv[0] if argv else "evals/gold.jsonl"
    corpus = argv[1] if len(argv) > 1 else "corpus"
    golds = load_gold(gold_path)
    problems = check(golds, corpus)
    for problem in problems:
        print(problem)
    print(f"{len(golds)} questions, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
