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


_LABEL_WORDS = 14          # a caption naming a measure is a short line


def figures_below(text: str, label: str) -> tuple[int, str] | None:
    """(end, row) of the nameless row of figures under a measure's caption ("No. of Child Protection
    Plans", then "15/16\\t16/17\\t17/18\\t18/19", then "473\\t439\\t564\\t346"): a table of one row
    whose name is the caption above it; blank lines may come between. None for anything else."""
    if "\t" in label or "\n" in label or len(label.split()) > _LABEL_WORDS:
        return None
    at = text.find(label)
    if at < 0 or at and text[at - 1] != "\n":
        return None
    lines = text[at + len(label):].split("\n")
    if lines[0].strip():
        return None               # words after it on its line: a sentence, not a caption
    # the lines after the caption, blank ones skipped: the headings, then the one row of figures
    after = [line for line in lines[1:] if line.strip()][:3]
    if len(after) < 2 or "\t" not in after[0] or "\t" not in after[1]:
        return None
    if len(after) > 2 and "\t" in after[2]:
        return None               # a table of several rows: which row is the caption's is not known
    row = after[1]
    if not _FIGURE_CELL.match(row.split("\t")[0].strip()) or column_headings(text, row) is None:
        return None
    end = text.find(row, at) + len(row)
    return end, row
