"""What the index covers: whether a question names a meeting the index holds no papers for,
so the answer can say so plainly instead of quoting some other meeting."""
from __future__ import annotations

import re

from core import dates
from retrieval.query import date_range

_ABOUT_A_MEETING = re.compile(
    r"\b(meeting|met|resolv\w*|decid\w*|decision\w*|agree\w*|apologies|attend\w*|minutes|chair\w*|held|vote\w*)\b",
    re.I)


def out_of_scope(question: str, meeting_dates: set[str], minutes_dates: set[str], decision: bool,
                 newest: str | None) -> str | None:
    """A sentence saying why the papers cannot answer, or None when they might."""
    rng = date_range(question, newest)
    if not rng or not _ABOUT_A_MEETING.search(question):
        return None
    first, last, _ = rng
    if first[:7] != last[:7]:
        return None                       # a year or longer: too broad to judge
    when = f"on {dates.human(first)}" if first == last else f"in {dates.human(first).split(' ', 1)[1]}"
    if not any(first <= d <= last for d in meeting_dates):
        return f"The index holds no papers for a meeting {when}."
    if decision and not any(first <= d <= last for d in minutes_dates):
        return f"The index holds no minutes of a meeting {when}, so it cannot say what was decided."
    return None
