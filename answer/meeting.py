"""Meeting summaries: a meeting's agenda items in order, with what the minutes record was resolved
on each (or "noted"), every decision quoted whole and cited. Read from the structure ingest
already extracted (a chunk's item, is_resolution, position); it neither retrieves nor parses.
"""
from __future__ import annotations

import html
import re
from collections import Counter

from core import dates
from core.types import Answer, Chunk, Citation, MeetingItem, MeetingSummary

RESOLVED = re.compile(r"^.*\bresolved\b", re.I | re.M)   # the line a "Resolved" block starts on
# an agenda's numbered item line, "5. Late Changes to the 25-26 Budget ...", also as a heading or a
# table row ("### 2. Public Speaking", "| <b>5. Council Plan ...</b> | 13 - 40 |")
AGENDA_LINE = re.compile(r"^[ \t#>|*-]*(?:<b>|\*\*)?[ \t]*(\d{1,2})\.[ \t]+\S.*$", re.M)
# what a printed line carries besides its title: markup, table rules, the pages column
_MARKUP = re.compile(r"</?[a-z]+[^>]*>|\*\*|^[\s#>|*-]+|[\s|]+$", re.I)
# the pages column: after a cell rule, a tab or a wide gap, or as "(Pages 13 - 40)"; never a
# title's own range ("Budget 2024-2025")
_PAGES = re.compile(r"(?:\s*\|\s*|\t\s*|\s{2,}|\s*\(pages?\s+)\d+(?:\s*[-–]\s*\d+)?\)?[\s|]*$", re.I)
_NUMBER = re.compile(r"^\s*(\d{1,3})[.)\s]")
AGENDA_WORDS = 24          # a longer numbered line is a paragraph of the agenda, not an item's title
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
    if not summary.has_minutes:
        # no minutes: the agenda's own list of items, with the items that reports written for the
        # meeting name (an item of a line or two is often merged into its neighbour's chunk)
        listed = {id(c) for c in ordered}
        for c in sorted((c for c in chunks if c.item and id(c) not in listed), key=lambda c: (c.source, c.position)):
            key = " ".join(c.item.split()).lower()
            items.setdefault(key, MeetingItem(item=" ".join(c.item.split()), outcome="not minuted"))
        agenda = [c for c in ordered if c.doc_type == "agenda"]
        if agenda or not items:
            # a report's numbered sections are not items: lines are read from an agenda, or as
            # the last resort when no chunk names an item
            items = _merged(list(items.values()), _agenda_lines(agenda or ordered))
    summary.items = list(items.values())
    return summary


def _number(item: str) -> int | None:
    m = _NUMBER.match(item)
    return int(m.group(1)) if m else None


def _merged(found: list[MeetingItem], lines: list[MeetingItem]) -> dict[str, MeetingItem]:
    """The items of chunks and of an agenda's lines as one list: one entry per item number (the
    chunk's heading wins, the line gives where it is printed), in the agenda's order when numbered."""
    by_number = {n: i for i in found if (n := _number(i.item)) is not None}
    out = list(found)
    for line in lines:
        n = _number(line.item)
        same = by_number.get(n) if n is not None else next((i for i in out if i.item == line.item), None)
        if same is None:
            out.append(line)
            if n is not None:
                by_number[n] = line
        elif same.where is None:
            same.where = line.where
    if sum(_number(i.item) is not None for i in out) * 2 >= len(out):
        order = {id(i): k for k, i in enumerate(out)}
        out.sort(key=lambda i: (_number(i.item) if _number(i.item) is not None else 10 ** 6, order[id(i)]))
    return {" ".join(i.item.split()).lower(): i for i in out}


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
            text = " ".join(_MARKUP.sub("", _PAGES.sub("", html.unescape(c.text[a:b]).replace("\n", " "))).split())
            if not text or len(text.split()) > AGENDA_WORDS or any(i.item == text for i in out):
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
    # a meeting of the council itself names the council once, not as committee and council both
    who = ", ".join(dict.fromkeys(x for x in (summary.committee, summary.council) if x)) or "The meeting"
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
