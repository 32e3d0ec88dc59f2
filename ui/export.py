"""What leaves the app: an answer with its citations as Markdown for a briefing, the
decisions register and the library as CSV. Pure functions over the engine's typed values."""
from __future__ import annotations

import csv
import io

from core.types import Answer, Decision, DocumentInfo
from answer.render import (citation_facts, citation_markdown, mode_label, source_name, strip_markup,
                           where_to_read)
from core.dates import human as human_date
from ui.safe import csv_cell, md_inert

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
        lines += [md_inert(answer.answer.strip()), ""]
    if answer.citations:
        lines += ["### Sources" if answer.answered else "### Nearest passages", ""]
        for c in answer.citations:
            # the quoted passage is paper text: its links and images stay text in a Markdown viewer
            lines += [_inert_quote(block) if block.startswith(">") else block for block in citation_markdown(c)]
    return "\n".join(lines).rstrip() + "\n"


def _inert_quote(block: str) -> str:
    return "\n".join("> " + md_inert(line[2:]) if line.startswith("> ") else line for line in block.split("\n"))


def answer_docx(answer: Answer, asked_on: str | None = None) -> bytes:
    """The same briefing as a Word document (python-docx): the question, the answer as plain
    text, then each numbered source with its council, meeting, the verbatim passage and a link to
    the published document where the council's site is known, else the file."""
    from docx import Document as Word          # lazy: only an export needs python-docx

    doc = Word()
    doc.add_heading(answer.question.strip(), level=1)
    meta = f"Answer mode: {mode_label(answer.mode)}" + (f"; asked {human_date(asked_on)}" if asked_on else "")
    doc.add_paragraph(meta).italic = True
    if not answer.answered:
        doc.add_paragraph("The papers do not answer this question.").runs[0].bold = True
    for line in strip_markup(answer.answer).splitlines():
        if line.strip():
            doc.add_paragraph(line.strip())
    if answer.citations:
        doc.add_heading("Sources" if answer.answered else "Nearest passages", level=2)
    for c in answer.citations:
        head = doc.add_paragraph()
        head.add_run(f"[{c.n}] {c.title or source_name(c.source)}").bold = True
        facts = "; ".join(citation_facts(c))
        if facts:
            head.add_run(f" — {facts}")
        doc.add_paragraph(" ".join(c.text.split()), style="Intense Quote")
        doc.add_paragraph(("Published: " if c.url else "Source: ") + where_to_read(c))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def decisions_csv(decisions: list[Decision]) -> str:
    """The decisions register as CSV, one resolution a row, in the order given."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(DECISION_COLUMNS)
    for d in decisions:
        writer.writerow([csv_cell(x) for x in (d.meeting_date, d.council, d.committee, d.item, d.text, d.vote,
                                                d.title, d.doc_type, d.page, d.source, d.url)])
    return out.getvalue()


def documents_csv(documents: list[DocumentInfo]) -> str:
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out)
    writer.writerow(["title", "doc_type", "council", "committee", "meeting_date", "pack_date", "pages",
                     "chunks", "indexed_at", "source", "url"])
    for d in documents:
        writer.writerow([csv_cell(x) for x in (d.title, d.doc_type, d.council, d.committee, d.meeting_date,
                                                d.pack_date, d.pages, d.chunks, d.indexed_at, d.source, d.url)])
    return out.getvalue()
