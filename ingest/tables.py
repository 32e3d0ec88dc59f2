"""Tables: rows PDF text runs together, repeated column headers, tables of items' decisions; not decisions in prose."""
from __future__ import annotations

import itertools
import re

from core.types import Block
from ingest import layouts
from ingest.lines import item_number, plain
from ingest.paras import Para


MIN_ROWS = 3               # row starts a document needs before any is taken as a table's


ROW_END_WIDTH = 70         # characters: a line this long (and half as long again as the row's) is page-wide text


def split_table_rows(paras: list[Para]) -> list[Para]:
    """Split a paragraph where a table row starts (layouts.TABLE_ROW): a narrow first cell's name
    wrapped a word or two to a line, over the row's wide cell. PDF text runs one row into the next
    with no blank line, so without this a row's outcome ("Rejected." / its reason) and the next
    row's name and text are one paragraph. The name may stand in a paragraph of its own, or end
    one, with the row's text after a blank line."""
    out: list[Para] = []
    rows = 0
    prev = ""               # the line before, across blank lines: a row starts at a run's first line
    header = _column_header(paras)
    for n, p in enumerate(paras):
        if p.boundary or p.head:
            out.append(p)
            prev = ""
            continue
        after = [plain(x) for q in paras[n + 1:n + 3] if not q.boundary for x in q.lines][:8]
        cuts: list[tuple[int, str]] = []
        lines = [plain(x) for x in p.lines]
        in_header = 0       # lines of the column header still to pass: they name no row
        for k, line in enumerate(lines):
            if header and not in_header and tuple(lines[k:k + len(header)]) == header:
                in_header = len(header)
            if in_header:
                in_header -= 1
                prev = "" if not in_header else line    # the row after the header starts a run
                continue
            if not (prev and layouts.cell_line(prev)):
                found = layouts.TABLE_ROW("\n".join(lines[k:k + 8] + after))
                if found:
                    cuts.append((k, found["name"]))
            prev = line
        if not cuts:
            out.append(p)
            continue
        rows += len(cuts)
        if cuts[0][0] > 0:
            out.append(Para(p.lines[:cuts[0][0]], p.page))
        for (a, name), (b, _) in zip(cuts, cuts[1:] + [(len(p.lines), "")]):
            out.append(Para(p.lines[a:b], p.page, row=name))
    # a table has rows: one lone match is a list of names or a heading over text, not a table
    return out if rows >= MIN_ROWS else paras


def _column_header(paras: list[Para]) -> tuple[str, ...] | None:
    """The column header a table prints again at the top of each page, as narrow cells one to a
    line ("Amount" / "Requested" / "Recommendation"): the longest run of two or more such lines
    that opens the first paragraph of two pages or more. Else None. Read into the first row on the
    page, it would be taken for that row's name, and the row for the one before."""
    tops: list[list[str]] = []
    pages: set[int | None] = set()
    for p in paras:
        if p.boundary or p.page in pages:
            continue
        pages.add(p.page)
        run = list(itertools.takewhile(layouts.cell_line, (plain(x) for x in p.lines)))
        if len(run) >= 2:
            tops.append(run)
    best: list[str] = []
    for a, b in itertools.combinations(tops, 2):
        n = 0
        while n < min(len(a), len(b)) and a[n] == b[n]:
            n += 1
        if n >= 2 and n > len(best):
            best = a[:n]
    return tuple(best) or None


def _cells(line: str) -> list[str]:
    """A table row's cells: between pipes, or (from a PDF) between runs of three or more spaces."""
    s = line.strip()
    if "|" in s:
        return [plain(c) for c in s.strip("|").split("|")]
    return [plain(c) for c in re.split(r"\s{3,}", s)]


def table_runs(raw: str) -> bool:
    """A line of a decisions table: its columns apart (pipes, a run of spaces), or a cell's
    wrapped line printed indented."""
    return bool(layouts.COLUMN_GAP.search(raw.strip()) or re.match(r"^\s{3,}\S", raw))


def decision_table_blocks(p: Para, item: str | None, blocks: list[Block]) -> str | None:
    """A table of items and their decisions ("| Item | Decision |"): each row is its item's
    decision, filed under the item its first cell names. Returns the item in force after it."""
    blocks.append(Block(p.lines[0], p.page, item=item, kind="table", found_by=layouts.DECISION_TABLE.name))
    for line in p.lines[1:]:
        cells = _cells(line)
        if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
            blocks[-1] = Block(blocks[-1].text + "\n" + line, p.page, item=blocks[-1].item, kind="table",
                               found_by=blocks[-1].found_by)
            continue                # the Markdown rule under the header
        if len(cells) >= 2 and item_number(cells[0], loose=True) and cells[1]:
            item = cells[0]
            blocks.append(Block(line, p.page, item=item, kind="table", is_resolution=True,
                                found_by=layouts.DECISION_TABLE.name))
        elif len(cells) == 1 and blocks[-1].is_resolution:
            blocks.append(Block(line, p.page, item=item, kind="table", is_resolution=True, continues=True,
                                found_by=layouts.DECISION_TABLE.name))      # the decision's cell wrapped
        else:
            blocks.append(Block(line, p.page, item=item, kind="table"))
    return item
