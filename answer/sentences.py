"""A passage's sentences as the answerer reads them: the source sentences (core.sentences) less the page
furniture a chunk kept (ingest.furniture.is_furniture: "Page 3 of 12", "Chair's initials ........", a
running header), so a quote never cites it nor carries it. The index's own sentences are not changed.
The sentence before one, and the label heading its paragraph, are read here too; a Sentence is one
sentence of a retrieved passage as the answerer scores it."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import re

from core.names import TITLE
from core.sentences import is_label, source_spans, whole_words_end
from core.types import Passage
from ingest.furniture import is_furniture


# a member's initials printed run together, after a title or "by": "PROPOSED by Councillor P.G." / "Penrose SECONDED
# by ...", "seconded by R.J.": the name goes on after the initials' full stop, no sentence ends there
_JOINED_INITIALS = re.compile(rf"(?:\b(?:{TITLE}|Councillors|Cllrs)\.?|\bby)\s*(?:[A-Z]\.\s*)*[A-Z]\.[A-Z]\.$")


def _name_spans(text: str) -> list[tuple[int, int]]:
    """core.sentences.source_spans, less the breaks it makes inside a name whose initials run together
    (`_JOINED_INITIALS`): the sentence goes on over the surname. Read only here, on the answer side: the
    index's own sentences, and its chunks, are cut as before."""
    out: list[tuple[int, int]] = []
    for a, b in source_spans(text):
        if out and "\n\n" not in text[out[-1][1]:a] and _JOINED_INITIALS.search(text[out[-1][0]:out[-1][1]]) \
                and text[a:a + 1].isupper():
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


@lru_cache(maxsize=1024)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for a, b in _name_spans(text):
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
    """text[a:b] less its surrounding whitespace, and less a broken last word when a page saved short cut the
    sentence off mid-word (core.sentences.whole_words_end): its whole words may be quoted, the broken one never."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    b = a + whole_words_end(text[a:b])
    return [(a, b)] if b > a else []


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, a line of page furniture cut out of the sentence it was
    printed in (a running header between two lines of a paragraph ends the one and starts the next)."""
    return list(_spans(text))


def furniture_between(text: str, a: int, b: int) -> bool:
    """Whether a line of page furniture stands in text[a:b] (between two quoted sentences)."""
    return any(is_furniture(line) for line in text[a:b].split("\n"))


HEADING_SENTENCES = 4      # how many sentences above a sentence, in its paragraph, a heading naming its period may be


def span_before(text: str, spans: list[tuple[int, int]], start: int) -> tuple[int, int] | None:
    """(start, end) of the sentence before the one starting at `start`, when the two are one paragraph
    (no blank line between) and it is not a label (a heading names, it does not state); else None."""
    above = [(a, b) for a, b in spans if b <= start]
    if not above:
        return None
    a, b = above[-1]
    if "\n\n" in text[b:start] or is_label(text[a:b]):
        return None
    return a, b


def sentence_before(text: str, spans: list[tuple[int, int]], start: int) -> str | None:
    """The text of the sentence span_before finds, or None."""
    span = span_before(text, spans, start)
    return text[span[0]:span[1]] if span else None


def paragraph_heading(text: str, spans: list[tuple[int, int]], start: int) -> str | None:
    """The label heading the paragraph a sentence starting at `start` is in ("Precept 2019/20" over
    "The Clerk gave her apologies, … the Agenda. The Councillors … resolved to maintain the Precept at
    £5000."): of the few sentences above it, with no blank line between, the nearest that is a label."""
    above = [(a, b) for a, b in spans if b <= start][-HEADING_SENTENCES:]
    for a, b in reversed(above):
        if "\n\n" in text[b:start]:
            return None
        if is_label(text[a:b]):
            return text[a:b].strip()
    return None


@dataclass
class Sentence:
    passage_rank: int
    passage: Passage
    start: int               # offset in chunk.text
    end: int
    text: str
    score: float = 0.0
    dense: float = 0.0
    asked_dense: float = 0.0  # closeness in meaning to what is asked, less the asker's story told before it (plan.context)
    lexical: float = 0.0
    subject: float = 0.0     # as lexical, over the question's words less a figure question's frame ("pay")
    off_period: str | None = None   # its own period, when it is not the one the question asks about
    period_cell: tuple[str, str] | None = None  # a table row's (heading, cell) under the period asked
