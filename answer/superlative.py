"""Which row is highest or lowest: for a question asking which ward, district, school ... had the
most or least of something, the sentence of the passages saying so outright, else the row of one
of their tables whose cell under the measure asked is the extreme, compared as numbers. Reads
scored sentences and their passages' text; it does not retrieve, score or format citations."""
from __future__ import annotations

import re
from dataclasses import dataclass

from answer.fact import Fact, Scored
from answer.spans import is_prose
from core import dates, superlatives, tables
from core.terms import STOPWORDS, terms
from core.types import Passage

CAPTION_LINES = 3          # the lines above a table block that may say what it lists ("Ward Headlines")
MIN_ROWS = 3               # a block of fewer member rows (often a table cut by the chunking) compares nothing
LABELS = {"high": "Highest", "low": "Lowest"}
# the words of a superlative question that are its frame, not the measure asked
_FRAME = set(terms("which what had has have was were is are the of in a an and or did do does")) \
    | {t for w in superlatives.HIGH + superlatives.LOW for t in terms(w)}
# a cell's number: "177", "2.1% (62)", "£1,234.5k", "-3"
_NUMBER = re.compile(r"^\(?[£$€]?\s*(-?\d[\d,]*(?:\.\d+)?)")
_BLANK = re.compile(r"^(?:|-+|–|—|n/?a|n/?k|\*+|x|c|\.\.)$", re.I)
# a sentence saying which one is the extreme: "Stratford-on-Avon has the lowest proportion ...",
# "Camp Hill recorded the most attached families"
_CLAIM = re.compile(r"\b(?:has|had|have|is|was|were|recorded|reported|saw|showed|shows|remains?|remained)\s+"
                    r"(?:by\s+far\s+)?(?:the\s+)?(?:\w+\s+)?(" + "|".join(superlatives.HIGH + superlatives.LOW) + r")\b",
                    re.I)
_NOT_A_NAME = frozenset("The This That It There These Those Which Each Every All Our Its Their We".split())


@dataclass
class _Block:
    """One table of a passage: its lines (start, end, text) of rows, its headings and its caption."""

    passage: Passage
    rows: list[tuple[int, int, str]]
    head: tuple[str, ...] | None
    caption: list[str]         # nearest last
    above: set[str]            # the stems of the block just above, when only its caption parts them

    @property
    def about(self) -> set[str]:
        """The stems of its caption and headings: what its rows are and what it measures."""
        return set(terms(" ".join(self.caption))) | set(terms(" ".join(self.head or ()))) | self.above


def answer(question: str, ranked: list[Scored], period: dates.Period | None = None) -> Fact | None:
    """The fact answering a "which <row> had the highest/lowest <measure>" question, or None when it
    is not one or no sentence or table of the passages answers it. `period`: the period asked, whose
    column of a table is read."""
    found = superlatives.asked(question)
    if not found or not ranked:
        return None
    kind, high = found
    measure = _measure(question, kind)
    if not measure:
        return None
    return _said(ranked, high, measure) or _compared(ranked, kind, high, measure, period)


def _measure(text: str, kind: str) -> set[str]:
    """The stems of what is measured: the question less its frame, the row kind and its period."""
    return {t for t in terms(text) if t not in STOPWORDS and t not in _FRAME and t not in terms(kind)
            and not dates.is_date_word(t) and not t.isdigit()}


def _said(ranked: list[Scored], high: str, measure: set[str]) -> Fact | None:
    """A sentence of prose naming the row that is the extreme of the measure, the best-scored."""
    for s in ranked:
        if not is_prose(s.text):
            continue
        # "X has the lowest proportion ... and Y has the highest ...": the claim of the extreme asked
        for m in _CLAIM.finditer(s.text):
            if superlatives.polarity(m.group(1), s.text) != high:
                continue
            names = [w for w in re.findall(r"\b[A-Z][\w'’&-]+", s.text[:m.start()]) if w not in _NOT_A_NAME]
            if names and set(terms(s.text[m.start():])) & measure:
                return Fact(LABELS[high], s.passage, s.start, s.end)
    return None


def _compared(ranked: list[Scored], kind: str, high: str, measure: set[str],
              period: dates.Period | None) -> Fact | None:
    """The extreme row of the passages' table best matching the row kind and measure asked."""
    passages = list({id(s.passage): s.passage for s in ranked}.values())
    best = None
    for order, passage in enumerate(passages):
        for block in _blocks(passage):
            if not set(terms(kind)) & block.about:
                continue
            listed = superlatives.WORD.search(block.caption[-1]) if block.caption else None
            if listed and superlatives.polarity(listed.group(1), block.caption[-1]) != high:
                continue          # "Most attached families": the top few, whose last is not the lowest
            for score, column, heading in _columns(block, measure, period):
                pick = _extreme(block, column, high)
                if pick is None:
                    continue
                key = (score, -order)
                if best is None or key > best[0]:
                    best = (key, block, heading, pick)
    if best is None:
        return None
    _, block, heading, (start, end, row, cell) = best
    reading = f"{tables.row_name(row)}, {heading}: {cell}"
    return Fact(LABELS[high], block.passage, start, end, reading=reading)


def _blocks(passage: Passage) -> list[_Block]:
    """The runs of tab-separated lines of a passage, each with its headings line (when its first
    line is one) and the lines of caption above it."""
    text = passage.chunk.text
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, at + len(line), line))
        at += len(line) + 1
    out, i = [], 0
    while i < len(lines):
        if "\t" not in lines[i][2]:
            i += 1
            continue
        j = i
        while j < len(lines) and "\t" in lines[j][2]:
            j += 1
        run = lines[i:j]
        caption, continued = [], False
        for _, _, above in reversed(lines[max(0, i - CAPTION_LINES * 2):i]):
            if "\t" in above:
                continued = bool(out)
                break
            if len(caption) >= CAPTION_LINES:
                break
            if above.strip():
                caption.append(above.strip())
        head = tables.column_headings(text, run[1][2]) if len(run) > 1 else None
        rows = run[1:] if head else run
        # a list under the last one's headline ("Ward Headlines": "Most attached ...", then "Most
        # claimed ..."): its rows are of the kind the headline says
        out.append(_Block(passage, rows, head, caption[::-1], out[-1].about if continued else set()))
        i = j
    return out


def _columns(block: _Block, measure: set[str], period: dates.Period | None) -> list[tuple[tuple, int, str]]:
    """((words of the measure shared, fewer other words), column from the right, heading) of each
    column of figures the measure may be read from; none when the block shares no word of it."""
    caption = set(terms(" ".join(block.caption)))
    if not block.head:
        # a captioned list ("Most attached families (inc. claimed)" over "Camp Hill\t177"): its one
        # column of figures is the one its nearest caption line names
        if not block.caption:
            return []
        nearest = set(terms(block.caption[-1])) - STOPWORDS - _FRAME
        shared = len(nearest & measure)
        return [((shared, -len(nearest - measure)), 1, block.caption[-1])] if shared else []
    out = []
    head = list(block.head)
    # a headings line naming the rows' column too: its first heading is the names', not figures'
    named_column = bool(block.rows) and len(block.rows[0][2].split("\t")) <= len(head)
    named = {i: dates.heading_period(h) for i, h in enumerate(head) if h}
    dated = {i: p for i, p in named.items() if p is not None}
    for i, h in enumerate(head):
        if not h or i == 0 and named_column:
            continue
        words = set(terms(h))
        p = dated.get(i)
        if dated and period is not None and p is not None \
                and not (p.date_from <= period.date_to and period.date_from <= p.date_to):
            continue              # a column of another period than the one asked
        if dated and period is None and p is not None and p.date_to < max(q.date_to for q in dated.values()):
            continue              # no period asked: the latest column
        shared = len((words | caption) & measure)
        if shared:
            out.append(((shared, -len(words - measure)), len(head) - i, h))
    return sorted(out, reverse=True)[:1]


def _extreme(block: _Block, column: int, high: str) -> tuple[int, int, str, str] | None:
    """(start, end, row, cell) of the member row whose cell in `column` (counted from the right) is
    the highest or lowest number; None when fewer than two rows give one."""
    caption = set(terms(" ".join(block.caption)))
    values = []
    for start, end, row in block.rows:
        cells = [c.strip() for c in row.split("\t")]
        name = tables.row_name(row)
        if len(cells) < 2 or column >= len(cells) or not name:
            continue
        # a comparator, or the area the table splits ("... by district in <county>"): not a member
        if superlatives.is_comparator(name) or (terms(name) and set(terms(name)) <= caption):
            continue
        cell = cells[len(cells) - column]
        m = _NUMBER.match(cell)
        if _BLANK.match(cell) or not m:
            continue
        values.append((float(m.group(1).replace(",", "")), start, end, row, cell))
    if len(values) < MIN_ROWS:
        return None
    pick = max(values, key=lambda v: v[0]) if high == "high" else min(values, key=lambda v: v[0])
    return pick[1:]
