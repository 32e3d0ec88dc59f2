"""Paragraph breaks a PDF shows only as space, printed as a blank line.

A word processor that spaces its paragraphs ("6 pt after") prints no empty line between them, so
pypdf's text runs a whole page together and nothing downstream can tell a minute's heading from the
line above it. Where the drop from one line to the next is clearly more than the page's usual line
pitch for that type size, this puts a blank line, as a PDF typed with empty paragraphs (or a text
file) has one. It does nothing to a page whose text already carries blank lines (its producer marks
paragraphs itself), and never parts two rows of one table, nor a table from the line leading into it
("It was RESOLVED to approve the following payments:"). It reads no words (only a lead-in's closing colon); see ingest/rows.py for
where the lines and their baselines come from.
"""
from __future__ import annotations

from statistics import median

from ingest.rows import Placed

PARA_GAP = 1.25         # of the usual line pitch: a drop this much wider is a paragraph's space
MAX_PITCH = 2.0         # of the font size: a drop wider than this is never a line pitch
MIN_PITCH = 0.95        # of the font size: no line's pitch is narrower than its type
MARKED_BLANKS = 2       # blank lines inside a page's text, at the least, of a producer that marks paragraphs
MARKED_SHARE = 10       # ... and one for every this many lines of text


def with_breaks(lines: list[Placed]) -> str:
    """The lines joined by newlines, a blank line where a paragraph's space separates two of them."""
    texts = [line.text for line in lines]
    if _marks_paragraphs(texts):
        return "\n".join(texts)
    pitch = _pitches(lines)
    out: list[str] = []
    for before, line in zip([None] + lines[:-1], lines):
        if before is not None and before.text.strip() and line.text.strip() and _spaced(before, line, pitch):
            out.append("")
        out.append(line.text)
    return "\n".join(out)


def _marks_paragraphs(texts: list[str]) -> bool:
    """The page's producer prints its own empty lines between paragraphs (Word's empty paragraphs): a
    blank line inside the text for every MARKED_SHARE lines or more. A stray one (pypdf parts a
    running header from the page number so) does not count."""
    inked = [i for i, t in enumerate(texts) if t.strip()]
    if not inked:
        return True
    blank = sum(1 for t in texts[inked[0]:inked[-1]] if not t.strip())
    return blank >= MARKED_BLANKS and blank * MARKED_SHARE >= len(inked)


def _key(size: float) -> float:
    return round(size, 1)


def _drop(before: Placed, line: Placed) -> float | None:
    if before.y is None or line.y is None or line.size <= 0:
        return None
    return before.y - line.y


def _pitches(lines: list[Placed]) -> dict[float, float]:
    """The usual drop from one line to the next, for each type size on the page: the narrowest drop
    between two lines of that size (no narrower than the type, no wider than MAX_PITCH times it), as
    a paragraph's own lines are set; a size never seen twice in a row takes the page's usual ratio."""
    seen: dict[float, list[float]] = {}
    for before, line in zip(lines, lines[1:]):
        drop = _drop(before, line)
        if drop is not None and MIN_PITCH * line.size <= drop <= MAX_PITCH * line.size \
                and abs(before.size - line.size) < 0.5:
            seen.setdefault(_key(line.size), []).append(drop)
    out = {size: min(drops) for size, drops in seen.items()}
    ratios = [p / size for size, p in out.items() if size > 0]
    if ratios:
        ratio = median(ratios)
        for line in lines:
            if line.size > 0:
                out.setdefault(_key(line.size), ratio * line.size)
    return out


def _spaced(before: Placed, line: Placed, pitch: dict[float, float]) -> bool:
    drop = _drop(before, line)
    usual = pitch.get(_key(line.size)) if line.size > 0 else None
    if drop is None or usual is None or drop <= 0:
        return False
    if "\t" in line.text and ("\t" in before.text or before.text.rstrip().endswith(":")):
        return False        # two rows of one table, however padded its cells, or the table and the line leading into it
    return drop > PARA_GAP * max(usual, pitch.get(_key(before.size), 0.0))
