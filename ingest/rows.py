"""Table rows a PDF draws cell by cell, put back on one line: the cells of one baseline, tab-separated.

pypdf ends its line when the pen moves to another baseline. A table drawn cell by cell (reportlab
draws each cell as its own text object and moves down a line after it; a wrapped first cell moves
down and back up) leaves every cell on a line of its own, so no line holds a row's name with its
figures. Given the text runs pypdf printed with where each began, this joins the lines that sit on
one baseline, left to right, in the order pypdf printed them: cells apart by a tab (how the other
loaders print a table's cells, see core/tables.py), a cell's wrapped lines by a space. It changes
only line breaks between runs of one baseline: text pypdf already prints on one line, prose, two
columns (each printed whole, never a line of one beside a line of the other) are left as they are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

BASELINE = 0.3          # of the font size: runs whose baselines are this close sit on one line
CHAR_WIDTH = 0.4        # of the font size: a run's narrowest likely width per character (digits ~0.56)
CELL_GAP = 0.5          # of the font size: a gap this wide after a run's likely end sets a cell apart
WRAP_LEADING = 2.0      # of the font size: a cell's next line lies at most this far below the one before
WRAPPED_CELL = 160      # characters: a cell wrapped to more is prose set in a table, its lines kept as printed
# a list's or paragraph's label drawn apart from its text ("3.1", "(a)", "•"): the line's start, not a cell
_LABEL = re.compile(r"^\s*(?:\(?(?:\d{1,3}|[ivx]{1,4}|[a-z])[.)]|\d{1,3}(?:\.\d{1,3})+|[•▪◦·●■\-–—*\uf0b7\uf0a7])\s*$", re.I)


@dataclass(frozen=True)
class Run:
    """A piece of a page's text as pypdf printed it, where its first glyph sits (None: unknown)."""

    text: str
    x: float | None
    y: float | None
    size: float


@dataclass(frozen=True)
class Placed:
    """A line of the page's text as printed, and the baseline and font size of its first run (None: unknown)."""

    text: str
    y: float | None
    size: float


@dataclass(frozen=True)
class _Line:
    text: str
    x: float | None         # where its first inked run starts; None: blank, or not upright
    y: float | None
    size: float


def _lines(runs: list[Run]) -> list[_Line]:
    """The printed lines (split at pypdf's line breaks), each placed at its first inked run."""
    out: list[_Line] = []
    text, first = "", None
    for run in runs:
        parts = run.text.split("\n")
        for k, part in enumerate(parts):
            if first is None and part.strip():
                first = run
            text += part
            if k < len(parts) - 1:
                out.append(_line(text, first))
                text, first = "", None
    out.append(_line(text, first))
    return out


def _line(text: str, first: Run | None) -> _Line:
    if first is None or first.x is None or first.y is None or first.size <= 0:
        return _Line(text, None, None, 0.0)
    return _Line(text, first.x, first.y, first.size)


def rebuild(runs: list[Run]) -> str:
    """The page's text with each table row drawn cell by cell on one line: "Grant allocation\\t£1,102,000\\t£1,196,000"."""
    return "\n".join(line.text for line in placed(runs))


def placed(runs: list[Run]) -> list[Placed]:
    """The page's lines as `rebuild` prints them, each with where its first line was printed."""
    lines = _lines(runs)
    out: list[Placed] = []
    i = 0
    while i < len(lines):
        cells, end = _row(lines, i)
        if len(cells) < 2:
            out.append(Placed(lines[i].text, lines[i].y, lines[i].size))
            i += 1
            continue
        texts = [" ".join(lines[k].text.strip() for k in cell) for cell in cells]
        line = texts[0]
        for before, cell, text in zip(cells, cells[1:], texts[1:]):
            # a label drawn apart from its text ("3.1" | "The Council ...") reads as one line, not two cells
            label = before is cells[0] and _LABEL.match(lines[before[0]].text) and text[:1].isalpha()
            sep = " " if label or not _apart(lines[before[-1]], lines[cell[0]]) else "\t"
            line += sep + text
        lead = lines[i].text[:len(lines[i].text) - len(lines[i].text.lstrip())]
        out.append(Placed(lead + line, lines[i].y, lines[i].size))
        i = end
    return out


def _row(lines: list[_Line], i: int) -> tuple[list[list[int]], int]:
    """The cells (each its lines' indexes) of the row that starts at line i, and the line after it.
    A cell's wrapped lines (below it, starting where it starts) belong to it when another cell on
    the row's baseline follows them. The row ends before a cell whose lines run on with no cell
    after them (a report's summary, a grant's description; often sentences that the lines after
    the row carry on), or that wraps to a paragraph: its lines are left as printed."""
    first = lines[i]
    if first.x is None:
        return [[i]], i + 1
    base, tol = first.y, BASELINE * first.size
    if i and lines[i - 1].x is not None and _wraps(lines[i - 1], first, tol):
        return [[i]], i + 1     # a cell's second line: the row starts above, its cells set lower
    cells: list[list[int]] = [[i]]
    wrapped: list[int] = []
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if line.x is None:
            break
        start = lines[cells[-1][0]]
        above = lines[(wrapped or cells[-1])[-1]]
        if abs(line.y - base) <= tol and line.x > start.x + tol:
            cells[-1] += wrapped
            wrapped = []
            cells.append([j])
        elif _wraps(above, line, tol, start.x):
            wrapped.append(j)
            if sum(len(lines[k].text.strip()) + 1 for k in cells[-1] + wrapped) > WRAPPED_CELL:
                break
        else:
            break
        j += 1
    if wrapped and len(cells) > 1:
        cells.pop()         # the row ends before a cell whose lines run on below it
    return (cells, cells[-1][-1] + 1) if len(cells) > 1 else ([[i]], i + 1)


def _wraps(above: _Line, line: _Line, tol: float, x: float | None = None) -> bool:
    """`line` is the next line of the cell `above` is a line of (which starts at x, else where above starts)."""
    return abs(line.x - (above.x if x is None else x)) <= tol and 0 < above.y - line.y <= WRAP_LEADING * above.size


def _apart(before: _Line, after: _Line) -> bool:
    """The run after starts a cell gap beyond where the run before most likely ends."""
    end = before.x + CHAR_WIDTH * before.size * len(before.text.strip())
    return after.x - end >= CELL_GAP * before.size
