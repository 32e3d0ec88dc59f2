"""What leaves the app: an answer with its citations as Markdown for a briefing, the
decisions register and the library as CSV. Pure functions over the engine's typed values."""
from __future__ import annotations

import csv
import io
import re

from core.types import Answer, Citation, Decision, DocumentInfo
from ui.format import citation_facts, human_date, mode_label, source_name
from ui.safe import csv_cell, md_inert

DECISION_COLUMNS = ("meeting_date", "committee", "item", "resolution", "vote", "title",
                    "doc_type", "page", "source")


def answer_markdown(answer: Answer, asked_on: str | None = None) -> str:
    """The answer and its numbered sources, ready to paste into a briefing note.

    Every [n] in the answer has a numbered source below it carrying the verbatim passage.
    """
    lines = [f"## {answer.question.strip()}", ""]
    meta = [f"Answer mode: {mode_label(answer.mode)}"]
    if asked_on:
        meta.append(f"asked {human_date(asked_on)}")
    lines += ["*" + "; ".join(meta) + "*", ""]
    if not answer.answered:
        lines += ["**The papers do not answer this question.**", ""]
    if answer.answer.strip():
        lines += [md_inert(answer.answer.strip()), ""]
    if answer.citations:
        lines += ["### Sources" if answer.answered else "### Nearest passages", ""]
        for c in answer.citations:
            lines += _citation_markdown(c)
    return "\n".join(lines).rstrip() + "\n"


def _citation_markdown(c: Citation) -> list[str]:
    title = c.title or source_name(c.source)
    facts = "; ".join(citation_facts(c))
    head = f"[{c.n}] **{_inline(title)}**" + (f" — {_inline(facts)}" if facts else "")
    quote = "\n".join("> " + line if line.strip() else ">" for line in md_inert(_collapse(c.text)).splitlines())
    return [head, "", quote, "", f"Source: `{c.source}`" + (f", page {c.page}" if c.page else ""), ""]


def _inline(text: str) -> str:
    # keep titles from turning into Markdown headings, links, images, HTML or emphasis
    return md_inert(re.sub(r"([\\`*_])", r"\\\1", text.replace("\n", " ")))


def _collapse(text: str) -> str:
    return re.sub(r"\n\s*\n+", "\n\n", text.strip())


def decisions_csv(decisions: list[Decision]) -> str:
    """The decisions register as CSV, one resolution a row, in the order given."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(DECISION_COLUMNS)
    for d in decisions:
        writer.writerow([csv_cell(x) for x in (d.meeting_date, d.committee, d.item, d.text, d.vote,
                                                d.title, d.doc_type, d.page, d.source)])
    return out.getvalue()


def documents_csv(documents: list[DocumentInfo]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["title", "doc_type", "committee", "meeting_date", "pack_date", "pages",
                     "chunks", "indexed_at", "source"])
    for d in documents:
        writer.writerow([csv_cell(x) for x in (d.title, d.doc_type, d.committee, d.meeting_date,
                                                d.pack_date, d.pages, d.chunks, d.indexed_at, d.source)])
    return out.getvalue()
