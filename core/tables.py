"""Tables printed as tab-separated lines (how the loaders keep a table's cells apart): a row's
column headings, and the cell under each. Pure functions over text; no period or figure reading."""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1 << 14)
def column_headings(text: str, row: str) -> tuple[str, ...] | None:
    """The cells of the first line of the block of tab-separated lines `row` is in (empty cells
    kept, so they line up with the row's), when that line is not `row` itself."""
    if "\t" not in row or "\n" in row:
        return None
    at = text.find(row)
    if at < 0:
        return None
    first = None
    for line in reversed(text[:at].split("\n")[:-1]):
        if "\t" not in line:
            break
        first = line
    if first is None:
        return None
    head = tuple(c.strip() for c in first.split("\t"))
    # a block cut from its headings (a chunk starting mid-table) begins with a row of figures
    if any(_FIGURE_CELL.match(c) and not _YEAR.match(c) for c in head[1:]):
        return None
    return head


_FIGURE_CELL = re.compile(r"^[£$€]?-?\d[\d,.]*(?:%|[kmb]n?)?\*?$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def row_name(row: str) -> str:
    """A table row's name: its first cell, spaces made single."""
    return " ".join(row.split("\t")[0].split())


def cells_under(text: str, row: str) -> list[tuple[str, str]]:
    """(heading, cell) for each of the row's cells under a heading, lined up from the right: a
    headings line often leaves the row-name column blank or drops it."""
    head = column_headings(text, row)
    if not head:
        return []
    cells = [c.strip() for c in row.split("\t")]
    if len(cells) - len(head) not in (0, 1):
        # headings spanning several columns ("2022" over "Combined / NEET / Not known"): which cell
        # is under which heading is not known from the text, so none is said to be
        return []
    pairs = list(zip(reversed(head), reversed(cells)))[::-1]
    # the row's first cell is its name, not a value, even where the headings line names its column
    if len(cells) <= len(head):
        pairs = pairs[1:]
    return [(h, c) for h, c in pairs if h and c]
