"""Cleaned pages into paragraphs, and whether one is a table, a sub-heading or an action; not items or decisions."""
from __future__ import annotations

import re
from dataclasses import dataclass

from core import dates, votes
from core.types import Page
from ingest import layouts
from ingest.lines import MOTION_RECORD, TABLE_LINE, item_number, looks_titley, plain, short_heading, words


@dataclass
class Para:
    """Consecutive non-blank lines on one page: the unit structure is recognised on."""

    lines: list[str]
    page: int | None
    boundary: bool = False        # a blank-page marker: the previous document ended
    head: str | None = None       # an item heading printed on two lines ("4." / "Bridges"), read as one
    row: str | None = None        # the name of the table row this paragraph opens (layouts.TABLE_ROW)

    @property
    def raw(self) -> str:
        return "\n".join(self.lines)

    @property
    def first(self) -> str:
        if self.head:
            return self.head
        return plain(self.lines[0]) if self.lines else ""

    @property
    def text(self) -> str:
        return plain(" ".join(self.lines))


def paragraphs(pages: list[Page]) -> list[Para]:
    out: list[Para] = []
    for page in pages:
        current: list[str] = []

        def flush():
            if current:
                out.append(Para(list(current), page.number))
                current.clear()

        for line in page.text.split("\n"):
            if line.strip() == "\f" or line == "\f":
                flush()
                out.append(Para([], page.number, boundary=True))
            elif not line.strip():
                flush()
            elif _is_heading_line(line) and current:
                # a Markdown heading glued to the text above starts a new paragraph
                flush()
                current.append(line.rstrip())
            else:
                current.append(line.rstrip())
        flush()
    return _join_particulars(_split_run_in_mastheads(_split_glued_headings(out)))


# a meeting's particulars as a web page or a cover prints them, each label alone on its line and its value
# on the next: "Location:" / "Headquarters, Shrewsbury", "Date:" / "Wednesday, 10 October, 2018"
_PARTICULAR = re.compile(r"^(?:date|time|venue|location|place|where|when|meeting\s+(?:venue|place|location))\s*:\s*$", re.I)
PARTICULAR_WORDS = 12       # the most words of a particular's value


def _join_particulars(paras: list[Para]) -> list[Para]:
    """A particular's label alone in its paragraph and its value the next, a line of its own on the same
    page, are one line ("Location: Headquarters, Shrewsbury"): what the label says is read with it."""
    out: list[Para] = []
    k = 0
    while k < len(paras):
        p = paras[k]
        nxt = paras[k + 1] if k + 1 < len(paras) else None
        if (nxt is not None and not p.boundary and not nxt.boundary and len(p.lines) == 1 and len(nxt.lines) == 1
                and p.page == nxt.page and _PARTICULAR.match(plain(p.lines[0]))
                and 0 < words(plain(nxt.lines[0])) <= PARTICULAR_WORDS and not plain(nxt.lines[0]).rstrip().endswith(":")):
            out.append(Para([f"{p.lines[0].strip()} {nxt.lines[0].strip()}"], p.page))
            k += 2
            continue
        out.append(p)
        k += 1
    return out


# columns printed apart by runs of spaces, as pypdf gives a table's row
COLUMNS = re.compile(r"\S {3,}\S")


def _is_heading_line(line: str) -> bool:
    return bool(re.match(r"^\s*#{1,6}\s", line))


def _split_glued_headings(paras: list[Para]) -> list[Para]:
    """PDF text often runs a short heading straight into its paragraph ("Introduction" /
    "1. The power of call-in ..."). Split such a first line off as its own paragraph."""
    out: list[Para] = []
    for p in paras:
        # (a table's header row, its columns set apart by runs of spaces, stays over its rows)
        if (not p.boundary and len(p.lines) > 1 and short_heading(plain(p.lines[0])) and not COLUMNS.search(p.lines[0])
                and not short_heading(plain(p.lines[1])) and not item_number(plain(p.lines[0]))):
            out.append(Para([p.lines[0]], p.page))
            out.append(Para(p.lines[1:], p.page))
        else:
            out.append(p)
    return out


# a text with no blank lines (a page's text copied out as lines) runs a pack's next paper on from the
# last: its masthead, a body's name over the meeting's date over "Present:", sits inside one paragraph
_MASTHEAD_CUE = re.compile(r"^(?:present|members\s+present|councillors\s+present|in\s+attendance|minutes)\b", re.I)
MASTHEAD_NAME_WORDS = 8     # the most words of a body's name printed as a masthead line


def _split_run_in_mastheads(paras: list[Para]) -> list[Para]:
    """Inside a paragraph, a short line naming a body ("PLANNING COMMITTEE") over a date line
    ("Wednesday, 25 March 2015") over a minutes cue ("Present: ...") starts a paragraph of its own,
    and so does its date line: the masthead of a paper run on from the one before."""
    out: list[Para] = []
    for p in paras:
        if p.boundary or len(p.lines) < 4:
            out.append(p)
            continue
        cuts = [i for i in range(1, len(p.lines) - 2)
                if _masthead_name(plain(p.lines[i])) and dates.is_date_line(plain(p.lines[i + 1]))
                and _MASTHEAD_CUE.match(plain(p.lines[i + 2])) and not _same_masthead(plain(p.lines[i - 1]))]
        if not cuts:
            out.append(p)
            continue
        start = 0
        for i in cuts:
            out.append(Para(p.lines[start:i], p.page))
            out.append(Para([p.lines[i]], p.page))
            start = i + 1
        out.append(Para(p.lines[start:], p.page))
    return out


def _same_masthead(above: str) -> bool:
    """The line above a body's name is the same masthead's: the council's name, the title it carries on
    ("Minutes of the Harbour and Transport" over "Policy Committee"), or another line of the name."""
    return (bool(re.match(r"^(?:minutes|notes)\b|^agenda\s*$", above, re.I)) or layouts.COUNCIL(above) is not None
            or _masthead_name(above) or bool(re.search(r"\b(?:of|and|the|for|&)\s*$", above, re.I)))


def _masthead_name(line: str) -> bool:
    return (0 < words(line) <= MASTHEAD_NAME_WORDS and layouts.BODY_WORDS.search(line) is not None
            and not re.search(r"[.:;,]\s*$|\d", line) and line[:1].isupper())


def is_table(p: Para) -> bool:
    table_lines = sum(1 for line in p.lines if TABLE_LINE.search(line))
    return table_lines >= 1 and table_lines >= len(p.lines) / 2


def is_heading(p: Para) -> bool:
    """A sub-heading inside an item or report (not a numbered item)."""
    if p.boundary or len(p.lines) != 1:
        return False
    raw = p.lines[0].strip()
    s = plain(raw)
    if not s or is_table(p) or votes.has_vote_count(s) or MOTION_RECORD.search(s) or layouts.ACTION(s) is not None \
            or layouts.SIGN_OFF(raw) is not None or layouts.SIGN_OFF(s) is not None:
        return False        # "ACTION: Clerk", "Chair's signature": the item's action or the chair's sign-off, no heading
    if raw.startswith("#"):
        return True
    if raw.startswith("**") and raw.rstrip().endswith("**") and words(s) <= 16:
        return True
    return short_heading(s) or (words(s) <= 10 and not s.endswith((".", ",", ";", ":")) and s[:1].isupper()
                                 and not re.search(r"\d{3,}", s) and len(s) < 90 and looks_titley(s))


def is_action(p: Para) -> bool:
    """An action recorded against a person ("ACTION: Clerk to write to ...", "Action: JS"): a line or
    two of its item's text, marked found_by "action_line"; not a decision of its own."""
    return not p.boundary and len(p.lines) <= 2 and layouts.ACTION(plain(p.first)) is not None
