"""Meeting summaries: a meeting's agenda items in order, with what the minutes record was resolved
on each (or "noted"), every decision quoted whole and cited. Read from the structure ingest
already extracted (a chunk's item, is_resolution, position); it neither retrieves nor parses.
"""
from __future__ import annotations

import re
from collections import Counter

from core import dates
from core.types import Answer, Chunk, Citation, MeetingItem, MeetingSummary

RESOLVED = re.compile(r"^.*\bresolved\b", re.I | re.M)   # the line a "Resolved" block starts on
# an agenda's numbered item line, "5. Late Changes to the 25-26 Budget ..."
AGENDA_LINE = re.compile(r"^[ \t]*\d{1,2}\.[ \t]+\S.*$", re.M)
QUOTE_CHARS = 700          # a longer decision is quoted from its start to a sentence end, then "…"


def summarise(chunks: list[Chunk], committee: str | None, meeting_date: str) -> MeetingSummary:
    """The summary of one meeting from the chunks that record it (or were written for it)."""
    council = next((c.council for c in chunks if c.council), None)
    minutes = [c for c in chunks if c.doc_type == "minutes"]
    if minutes:
        # one record of the meeting: the minutes may also be printed again in a later pack
        source = Counter(c.source for c in minutes).most_common(1)[0][0]
        ordered = sorted((c for c in minutes if c.source == source), key=lambda c: c.position)
        summary = MeetingSummary(council, committee, meeting_date, True, sources=[source])
    else:
        agenda = [c for c in chunks if c.doc_type == "agenda"] or chunks
        ordered = sorted(agenda, key=lambda c: (c.source, c.position))
        summary = MeetingSummary(council, committee, meeting_date, False,
                                 sources=list(dict.fromkeys(c.source for c in ordered)))
    items: dict[str, MeetingItem] = {}
    n = 0
    for c in ordered:
        if not c.item:
            continue                  # front matter: attendance, membership, notes
        key = " ".join(c.item.split()).lower()
        entry = items.get(key)
        if entry is None:
            entry = items[key] = MeetingItem(item=" ".join(c.item.split()),
                                             outcome="noted" if summary.has_minutes else "not minuted")
        if summary.has_minutes and c.is_resolution:
            n += 1
            entry.decisions.append(decision_citation(n, c))
            entry.outcome = "decided"
    summary.items = list(items.values())
    if not summary.items and not summary.has_minutes:
        summary.items = _agenda_lines(ordered)
    return summary


def _agenda_lines(agenda: list[Chunk]) -> list[MeetingItem]:
    """Items read from an agenda's numbered lines, when its chunks carry no item headings; each
    cites the line it is printed on (a line starting lower case or "(" continues the one before)."""
    out: list[MeetingItem] = []
    for c in agenda:
        for m in AGENDA_LINE.finditer(c.text):
            a, b = m.start(), m.end()
            while True:
                nxt = c.text[b + 1:].split("\n", 1)[0]
                if b < len(c.text) and nxt[:1] and (nxt[:1].islower() or nxt[:1] == "("):
                    b += 1 + len(nxt)
                else:
                    break
            text = " ".join(c.text[a:b].split())
            if any(i.item == text for i in out):
                continue
            out.append(MeetingItem(item=text, outcome="not minuted", where=Citation.quoting(0, c, a, b)))
    return out


def decision_citation(n: int, chunk: Chunk) -> Citation:
    """The resolution a chunk holds, from its "Resolved" line to the end of that page of it, verbatim."""
    m = RESOLVED.search(chunk.text)
    a = m.start() if m else 0
    page = chunk.page_at(a)
    b = next((start for start, number in chunk.page_map if start > a and number != page), len(chunk.text))
    return Citation.quoting(n, chunk, a, b)


def to_answer(summary: MeetingSummary, question: str) -> Answer:
    """The summary as an answer: the meeting named first, then each item and what was decided."""
    who = ", ".join(x for x in (summary.committee, summary.council) if x) or "The meeting"
    when = dates.human(summary.meeting_date)
    if not summary.items:
        return Answer(question, question, f"The index holds no agenda items of {who} on {when}.", False,
                      "extractive")
    count = f"{len(summary.items)} agenda item" + ("s" if len(summary.items) != 1 else "")
    decided = sum(1 for i in summary.items if i.outcome == "decided")
    if summary.has_minutes:
        head = f"**Meeting:** {who}, {when}: {count}, {decided} with a recorded decision."
    else:
        head = (f"**Meeting:** {who}, {when}: {count}. The index holds no minutes of this meeting, "
                "so what was decided is not known; the agenda's items are listed.")
    lines = [head, ""]
    citations = list(summary.citations)
    for number, item in enumerate(summary.items, 1):
        if not item.decisions:
            mark = ""
            if item.where is not None:
                item.where.n = len(citations) + 1
                citations.append(item.where)
                mark = f" [{item.where.n}]"
            lines.append(f"{number}. **{item.item}**{mark}: {item.outcome}")
            continue
        quotes = " ".join(f"{_quote(c.text)} [{c.n}]" for c in item.decisions)
        lines.append(f"{number}. **{item.item}**: {quotes}")
    return Answer(question=question, standalone_question=question, answer="\n".join(lines), answered=True,
                  mode="extractive", citations=citations)


def _quote(text: str) -> str:
    """A decision on one line, whole; a very long one up to a sentence end, then an ellipsis (at its end only)."""
    text = " ".join(text.split())
    if len(text) <= QUOTE_CHARS:
        return text
    cut = max(text.rfind(". ", 0, QUOTE_CHARS), text.rfind("; ", 0, QUOTE_CHARS))
    return (text[:cut + 1] if cut > QUOTE_CHARS // 3 else text[:QUOTE_CHARS].rsplit(" ", 1)[0]) + " …"
