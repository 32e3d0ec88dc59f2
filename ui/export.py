"""What leaves the app: an answer with its citations as Markdown for a briefing, the
decisions register and the library as CSV. Pure functions over the engine's typed values."""
from __future__ import annotations

import csv
import io

from core.types import Answer, Citation, Decision, DocumentInfo
from answer.render import citation_markdown, mode_label
from core.dates import human as human_date

DECISION_COLUMNS = ("meeting_date", "council", "committee", "item", "resolution", "vote", "title",
                    "doc_type", "page", "source", "url")
# Excel reads a CSV as UTF-8 only when it starts with a byte-order mark (else "£" shows as "Â£")
BOM = "\ufeff"


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
        lines += [answer.answer.strip(), ""]
    if answer.citations:
        lines += ["### Sources" if answer.answered else "### Nearest passages", ""]
        for c in answer.citations:
            lines += citation_markdown(c)
    return "\n".join(lines).rstrip() + "\n"


def decisions_csv(decisions: list[Decision]) -> str:
    """The decisions register as CSV, one resolution a row, in the order given."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(DECISION_COLUMNS)
    for d in decisions:
        writer.writerow([d.meeting_date or "", d.council or "", d.committee or "", d.item or "", d.text,
                         d.vote or "", d.title or "", d.doc_type or "", d.page or "", d.source, d.url or ""])
    return out.getvalue()


def documents_csv(documents: list[DocumentInfo]) -> str:
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(["title", "doc_type", "council", "committee", "meeting_date", "pack_date", "pages",
                     "chunks", "indexed_at", "source", "url"])
    for d in documents:
        writer.writerow([d.title or "", d.doc_type, d.council or "", d.committee or "", d.meeting_date or "",
                         d.pack_date or "", d.pages or "", d.chunks, d.indexed_at or "", d.source, d.url or ""])
    return out.getvalue()
