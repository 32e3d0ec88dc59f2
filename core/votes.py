"""Reading votes printed in minutes: recorded votes ("For (39) Against (19) Abstain (1)"), the
lead-in that announces one ("on being put to the vote"), and the outcome ("carried"). Pure functions."""
from __future__ import annotations

import re

# one count of a recorded vote: "For (39)", "Against (3)", "Abstain (0)", "Abstentions (2)"
VOTE_COUNT = re.compile(r"\b(For|Against|Abstain(?:ed|ing|ions)?)\s*\(\s*(\d+)\s*\)", re.I)
# words that announce a vote is being taken or recorded
TO_THE_VOTE = re.compile(r"\b(to the vote|voting was as follows|recorded vote)\b", re.I)
OUTCOME = re.compile(r"\b((?:substantive\s+)?motion\s+(?:carried|lost)|amendment\s+(?:carried|lost)|"
                     r"agreed unanimously|unanimously|carried|lost)\b", re.I)


def has_vote_count(text: str) -> bool:
    return bool(VOTE_COUNT.search(text))


def announces_vote(text: str) -> bool:
    return bool(TO_THE_VOTE.search(text))


def recorded_vote(text: str) -> str | None:
    """'For (39), Against (19), Abstain (1): Substantive Motion carried' from a resolution's text."""
    votes = VOTE_COUNT.findall(text)
    if not votes:
        return None
    # the last vote before the resolution is the one that decided it
    last: dict[str, str] = {}
    for kind, n in votes:
        key = kind.capitalize()
        key = "Abstain" if key.startswith("Abstain") else key
        if key in last and key == "For":
            last = {}
        last[key] = n
    vote = ", ".join(f"{k} ({v})" for k, v in last.items())
    outcome = OUTCOME.findall(text)
    return f"{vote}: {outcome[-1]}" if outcome else vote
