"""Query understanding: what a question says about when, which committee, and whether it asks
for a decision. These become soft filters (extra ranked lists in the fusion), never silent
hard cuts, because a date in a question can name what was discussed rather than the meeting.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from core import dates
from store.index import committee_key
from core.types import Filters

DECISION = re.compile(
    r"\b(resolv\w*|resolution\w*|decid\w*|decision\w*|agree\w*|recommend\w*|approv\w*|endors\w*|vot\w*|"
    r"task and finish|set up|establish\w*)\b", re.I)
_QUARTER = re.compile(r"\b(?:quarter|q)\s*([1-4])\b", re.I)
_YEAR = re.compile(r"\b(?:in|during|for|of|from)\s+((?:19|20)\d\d)\b(?!\s*/)", re.I)


@dataclass
class QueryPlan:
    text: str                                   # what the retrievers search for
    soft: list[Filters] = field(default_factory=list)   # each adds a boosted ranked list
    decision: bool = False
    notes: list[str] = field(default_factory=list)     # what was understood, for `--verbose`

    def date_filter(self) -> Filters | None:
        return next((f for f in self.soft if f.date_from or f.date_to), None)


def _month_range(year: int, month: int) -> tuple[str, str]:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1).isoformat(), date(year, month, last).isoformat()


def date_range(question: str, newest: str | None) -> tuple[str, str, str] | None:
    """(from, to, why) for the period a question names, or None."""
    q = question.lower()
    full = dates.find_dates(question)
    if full:
        iso = full[0][1]
        return iso, iso, f"meeting of {dates.human(iso)}"
    m = dates.MONTH_YEAR.search(question)
    if m:
        month = dates.MONTHS[m.group(1).lower()]
        year = int(m.group(2))
        a, b = _month_range(year, month)
        return a, b, f"{calendar.month_name[month]} {year}"
    if newest:
        ny = int(newest[:4])
        if re.search(r"\blast year\b", q):
            return f"{ny - 1}-01-01", f"{ny - 1}-12-31", f"last year ({ny - 1}, the newest meeting being {newest})"
        if re.search(r"\bthis year\b", q):
            return f"{ny}-01-01", f"{ny}-12-31", f"this year ({ny})"
    m = _YEAR.search(question)
    if m:
        y = int(m.group(1))
        return f"{y}-01-01", f"{y}-12-31", str(y)
    return None


def understand(question: str, committees: list[str], newest: str | None) -> QueryPlan:
    plan = QueryPlan(text=question)
    rng = date_range(question, newest)
    if rng:
        plan.soft.append(Filters(date_from=rng[0], date_to=rng[1]))
        plan.notes.append(f"period: {rng[2]}")
    qkey = committee_key(question)
    for name in sorted(committees, key=len, reverse=True):
        key = committee_key(name)
        if key and re.search(rf"\b{re.escape(key)}\b", qkey):
            plan.soft.append(Filters(committee=name))
            plan.notes.append(f"committee: {name}")
            break
    if DECISION.search(question):
        plan.decision = True
        plan.soft.append(Filters(resolutions_only=True))
        plan.notes.append("asks for a decision")
    return plan
