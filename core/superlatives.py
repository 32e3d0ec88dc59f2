"""Superlative questions' words: which kind of row a "which ward had the most ..." question asks
for, whether it wants the highest or the lowest value, and which rows of a table are comparators
(a total, an average, the nation) rather than its members. Word tables and pure functions; no
table reading."""
from __future__ import annotations

import re

# the highest or the lowest value: "most", "fewest"; "best"/"worst" depend on the measure (below)
HIGH = ("highest", "most", "largest", "biggest", "greatest", "top", "best")
LOW = ("lowest", "fewest", "least", "smallest", "worst")
WORD = re.compile(r"\b(" + "|".join(HIGH + LOW) + r")\b", re.I)

# what the rows of a performance table are: the noun after "which" / "what"
ROW_KINDS = ("ward", "district", "borough", "school", "academy", "area", "team", "service", "locality",
             "division", "directorate", "department", "region", "authority", "council", "parish",
             "neighbourhood", "constituency", "hub", "centre", "library", "site", "setting", "provider",
             "hospital", "practice", "home", "route", "zone", "quadrant", "patch", "town", "village",
             "depot", "station", "portfolio", "category")
_KIND = "|".join(ROW_KINDS)
# "which ward had the most ...", "what district has the lowest ...", "which of the districts ...",
# "which secondary school was the best ..."
ASKED = re.compile(rf"\b(?:which|what)\s+(?:of\s+the\s+)?(?:[a-z-]+\s+){{0,2}}?({_KIND})(?:s|es)?\b(.*)", re.I | re.S)

# measures where less is better: the "best" district has the lowest of these
LESS_IS_BETTER = re.compile(r"\b(?:neet|not known|absen\w*|exclu\w*|delay\w*|wait\w*|complain\w*|vacan\w*|"
                            r"sickness|crime\w*|offen\w*|overdue|late|backlog|unemploy\w*|deprivation|"
                            r"re-?referr\w*|overspend\w*|cost\w*|missed)\b", re.I)

# a table's rows that are not one of its members: totals, averages and the areas it is compared with
COMPARATOR = re.compile(r"\b(?:total|sub-?total|average|mean|median|overall|all|england|wales|scotland|"
                        r"national(?:ly)?|uk|united kingdom|great britain|region(?:al)?|statistical\s+neighbours?|"
                        r"comparators?|benchmark|target|county|shire\s+counties|unitar(?:y|ies)|core cities|"
                        r"london|outer london|inner london|metropolitan|isles)\b", re.I)


def asked(question: str) -> tuple[str, str] | None:
    """(row kind, "high" | "low") for a question asking which row of a table is the highest or lowest
    ("Which ward had the most families attached ...?" -> ("ward", "high")), else None."""
    m = ASKED.search(question)
    if not m:
        return None
    word = WORD.search(m.group(2))
    if not word:
        return None
    return m.group(1).lower(), polarity(word.group(1), question)


def polarity(word: str, question: str) -> str:
    """"high" or "low": "best" is the lowest of a measure where less is better ("the best NEET rate")."""
    word = word.lower()
    high = word in HIGH
    if word in ("best", "worst") and LESS_IS_BETTER.search(question):
        high = not high
    return "high" if high else "low"


def is_comparator(row_name: str) -> bool:
    """A row that is not one of the table's members: "Total", "England average", "Statistical neighbours"."""
    return bool(COMPARATOR.search(row_name))
