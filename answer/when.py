"""When: the dates a "when" question is answered with: a date named in a sentence, a day still to come after the
paper's meeting, the next meeting's line, and the meeting at which a subject was last or first discussed."""
from __future__ import annotations

import re

from core import dates
from core.types import Chunk
from answer.fact import DECISION_MARGIN, Fact, LABELS, LOOK_AT, Scored


# "the next meeting will be held on …", "Date of next meeting", and a question asking it
NEXT_MEETING = re.compile(r"\bnext\b.{0,80}\bmeet(?:ing|s)?\b|\bmeet(?:ing)?\b.{0,30}\bnext\b|\bdue to meet\b|"
                          r"\bdate of (?:the )?next\b", re.I | re.S)
WHEN = dates.NAMES_A_TIME
AFTER = re.compile(r"\b(?:next|after|following)\b", re.I)      # "when is the next meeting after <date>"
# a day of a month, its year left out: "3rd to 7th November", "on 20 March"
DAY_OF_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December)\b")


# a question asking when something is to happen, not when it did
WILL_HAPPEN = re.compile(r"\bwhen\s+(?:will|would|is\s+(?:it|(?:the\s+)?\w+(?:\s+\w+){0,4})\s+(?:going|expected|due|scheduled|planned|likely|set)\b"
                         r"|are\s+(?:they|(?:the\s+)?\w+(?:\s+\w+){0,4})\s+(?:going|expected|due|scheduled|planned|likely|set)\b)", re.I)


def _ahead_of_its_meeting(text: str, chunk: Chunk) -> bool:
    """`text` names a day after the meeting its paper is for: a date still to come when it was written."""
    if not chunk.meeting_date:
        return False
    return any(d.kind == "day" and d.date_from > chunk.meeting_date for d in dates.find_spans(text))


def _discussed(ranked: list[Scored], which: str) -> Fact | None:
    """At which meeting a subject was discussed: of the sentences on it (scoring near the best and
    sharing the question's words), the newest meeting's ("last") or the oldest's ("first")."""
    near = [s for s in ranked[:LOOK_AT * 2] if s.score >= ranked[0].score - DECISION_MARGIN and s.lexical > 0
            and s.passage.chunk.meeting_date]
    if not near:
        return None
    pick = max if which == "last" else min
    day = pick(s.passage.chunk.meeting_date for s in near)
    best = max((s for s in near if s.passage.chunk.meeting_date == day), key=lambda s: s.score)
    item = best.passage.chunk.item
    reading = dates.human(day) + (f", item {' '.join(item.split())}" if item else "")
    return Fact(LABELS["when"], best.passage, best.start, best.end, reading=reading)
