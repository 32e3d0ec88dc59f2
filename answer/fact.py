"""What a first line is: the Fact an answer opens with (a verbatim span of a passage, or a reading of one),
the Scored sentence it is read from, its labels by kind of question, how far down the ranking a fact is looked for,
a person's name as papers print it, and whether two sentences are of one body or item. It finds no fact itself."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from core import names
from core.types import Chunk, Passage


# what the line is called, by intent
LABELS = {"who": "Who", "quantity": "Figure", "when": "When", "decision": "Decided", "vote": "Vote",
          "why": "Reason", "general": "In short", "where": "Where"}
LOOK_AT = 6                # how far down the ranked sentences a fact of the right kind is looked for
DECISION_MARGIN = 0.15     # a resolution scoring this far below the best sentence is about something else

_TITLE = names.TITLE
# on one line; a word may be an initial ("Councillor E. Prydderch", "Mr R W Gough")
_NAME = rf"(?:{_TITLE}[ \t]+)?[A-Z](?:[\w'’-]+|\.)?(?:[ \t]+[A-Z](?:[\w'’-]+|\.)?){{0,3}}"


class Scored(Protocol):
    """A scored sentence of the extractive answerer (answer.extractive.Sentence)."""

    passage: Passage
    start: int
    end: int
    text: str
    score: float
    lexical: float
    subject: float              # lexical, over what a figure question asks a figure of (not "pay")
    off_period: str | None
    period_cell: tuple[str, str] | None
    passage_rank: int


@dataclass
class Fact:
    """The answer's first line: a verbatim span of a passage, or a reading of one."""

    label: str                 # "Who", "Figure", "When", "Decided", "Vote", "In short"
    passage: Passage
    start: int                 # the span of passage.chunk.text the line quotes (or reads)
    end: int
    reading: str | None = None # a structured reading of the span (a recorded vote); None: quote the span

    @property
    def text(self) -> str:
        if self.reading is not None:
            return self.reading
        return " ".join(self.passage.chunk.text[self.start:self.end].split())


def _same_body(x: Chunk, y: Chunk) -> bool:
    """Two papers of one body: one council, and one committee, or a council's own meetings (papers
    naming no committee, or the council itself as the committee)."""
    own = {None, x.council, y.council}
    return x.council == y.council and (x.committee == y.committee or {x.committee, y.committee} <= own)


def _same_item(a: Scored, b: Scored) -> bool:
    """Two sentences of one meeting's one item (a resolution's debate and its numbered parts)."""
    x, y = a.passage.chunk, b.passage.chunk
    return (x.source, x.meeting_date, x.item) == (y.source, y.meeting_date, y.item)


def _item_of(s: Scored) -> tuple:
    """The paper and item a sentence is of (an item's passages share it across chunks)."""
    c = s.passage.chunk
    return (c.source, c.meeting_date, c.item) if c.item else (c.chunk_id,)
