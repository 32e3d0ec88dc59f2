"""A passage's sentences as the answerer reads them: the source sentences (core.sentences) less the page
furniture a chunk kept (ingest.furniture.is_furniture: "Page 3 of 12", "Chair's initials ........", a
running header), so a quote never cites it nor carries it. The index's own sentences are not changed.
A Sentence is one such sentence of a retrieved passage as the answerer scores it."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from core.sentences import source_spans
from core.types import Passage
from ingest.furniture import is_furniture


@lru_cache(maxsize=1024)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for a, b in source_spans(text):
        start = a
        pos = a
        for line in text[a:b].split("\n"):
            end = pos + len(line)
            if is_furniture(line):
                out.extend(_trimmed(text, start, pos))
                start = end + 1
            pos = end + 1
        out.extend(_trimmed(text, start, b))
    return tuple(out)


def _trimmed(text: str, a: int, b: int) -> list[tuple[int, int]]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return [(a, b)] if b > a else []


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, a line of page furniture cut out of the sentence it was
    printed in (a running header between two lines of a paragraph ends the one and starts the next)."""
    return list(_spans(text))


def furniture_between(text: str, a: int, b: int) -> bool:
    """Whether a line of page furniture stands in text[a:b] (between two quoted sentences)."""
    return any(is_furniture(line) for line in text[a:b].split("\n"))


@dataclass
class Sentence:
    passage_rank: int
    passage: Passage
    start: int               # offset in chunk.text
    end: int
    text: str
    score: float = 0.0
    dense: float = 0.0
    lexical: float = 0.0
    subject: float = 0.0     # as lexical, over the question's words less a figure question's frame ("pay")
    off_period: str | None = None   # its own period, when it is not the one the question asks about
    period_cell: tuple[str, str] | None = None  # a table row's (heading, cell) under the period asked
