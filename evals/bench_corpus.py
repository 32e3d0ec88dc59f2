"""Synthetic corpora N times the shipped one, for the speed benchmark: text files with
`.meta.json` sidecars, made from the shipped papers' own paragraphs with varied councils,
committees and dates. It writes files only; it measures nothing.

Each copy of each shipped file keeps most of its paragraphs in order (so the chunker and the
structure reader meet realistic papers), swaps about a fifth of them for paragraphs drawn from
the whole corpus, and moves every year it mentions back by a few years, so no two copies embed
to the same vectors. Everything is seeded: the same N gives the same files.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

COUNCILS = ["Northshire County Council", "Eastmoor District Council", "Riverside Borough Council",
            "Westvale City Council", "Southdown Unitary Authority", "Highfield County Council",
            "Marshland District Council", "Brookford Borough Council"]
COMMITTEES = ["Cabinet", "Full Council", "Planning Committee", "Audit and Governance Committee",
              "Children and Young People Overview and Scrutiny Committee", "Health and Wellbeing Board",
              "Adult Social Care Committee", "Environment and Transport Committee",
              "Corporate Policy and Resources Committee", "Licensing Committee",
              "Pensions Committee", "Economy and Skills Committee"]
_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
_PARAGRAPH = re.compile(r"\n\s*\n")


def source_texts(corpus: Path) -> list[tuple[str, str]]:
    """(name, text) of every readable file in the shipped corpus, read as the naive baseline
    reads it (pypdf's page text; text files whole)."""
    from evals.naive import load_documents

    by_source: dict[str, list[str]] = {}
    for doc in load_documents(corpus):
        by_source.setdefault(doc.metadata["source"], []).append(doc.page_content)
    return [(Path(source).stem, "\n\n".join(pages)) for source, pages in by_source.items()]


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARAGRAPH.split(text) if p.strip()]


def write_corpus(corpus: Path, target: Path, times: int, seed: int = 11,
                 docs_per_file: int = 1) -> dict:
    """Write `times` varied copies of every file of `corpus` under `target` (made if missing).
    `docs_per_file` > 1 joins that many copies into one file (fewer, larger files). Returns
    {"files", "documents", "bytes"}; if its stamp says the same, nothing is rewritten."""
    stamp = target.with_name(target.name + ".done.json")     # beside, not inside: walk would list it
    wanted = {"times": times, "seed": seed, "docs_per_file": docs_per_file}
    if stamp.exists():
        done = json.loads(stamp.read_text())
        if all(done.get(k) == v for k, v in wanted.items()):
            return done
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*"):
        if old.is_file():
            old.unlink()
    texts = source_texts(corpus)
    pool = [p for _, text in texts for p in paragraphs(text) if len(p) > 80]
    rng = random.Random(seed)
    files = documents = size = 0
    batch: list[str] = []
    for copy in range(times):
        years_back = copy % 20
        council = COUNCILS[copy % len(COUNCILS)]
        for n, (name, text) in enumerate(texts):
            paras = paragraphs(text)
            if copy:
                for i in range(len(paras)):
                    if rng.random() < 0.2:
                        paras[i] = rng.choice(pool)
            body = "\n\n".join(paras)
            body = _YEAR.sub(lambda m: str(int(m.group(1)) - years_back), body)
            batch.append(body)
            documents += 1
            if len(batch) < docs_per_file and not (copy == times - 1 and n == len(texts) - 1):
                continue
            committee = COMMITTEES[(copy * 7 + n) % len(COMMITTEES)]
            month, day = 1 + (copy * 5 + n) % 12, 1 + (copy * 3 + n * 7) % 28
            meeting = f"{2025 - years_back:04d}-{month:02d}-{day:02d}"
            path = target / f"c{copy:03d}-{n:02d}-{re.sub(r'[^a-z0-9]+', '-', name.lower())[:60]}.txt"
            path.write_text("\n\n".join(batch), encoding="utf-8")
            meta = {"council": council, "committee": committee, "meeting_date": meeting,
                    "title": f"{name} ({council})"}
            path.with_name(path.name + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
            size += path.stat().st_size
            files += 1
            batch = []
    done = wanted | {"files": files, "documents": documents, "bytes": size}
    stamp.write_text(json.dumps(done))
    return done
