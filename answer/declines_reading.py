"""How the declines read the ranked sentences, for every kind of decline: which are on the question's
subject (_on_subject), where a list's item or an item's list ends (_another_item, _listed_after, _list_head), a
sentence with the one before it, and whether a word shares a root with or opens another. It judges no question."""

from __future__ import annotations

import re
from answer.when import WHEN
from answer.sentences import Sentence, sentence_spans
from core.sentences import LIST_PREFIX
from core.terms import terms
from answer.fact import DECISION_MARGIN, LOOK_AT, Fact
from answer.outcomes import LISTED, decides
from answer.spans import next_sentence


LIST_HEAD_LINES = 8         # how far above a listed line the line opening its list ("... were elected:") may be
PREDATE_LOOK = 6           # how many of the best sentences must all be older than the period asked about

LISTED_LOOK = 8     # the most lines of a list or table below "the following payments:" read for its figures


def _on_subject(look: list[Sentence], share: float) -> list[Sentence]:
    """Of `look`, the sentences holding at least `share` of what the best of them holds of the question's
    words: those on its subject, not those ranked beside them on its frame or on a word of its scope."""
    best = max((s.lexical for s in look), default=0.0)
    return [s for s in look if best <= 0 or s.lexical >= share * best]


def lead_decides_on_subject(fact: Fact | None, ranked: list[Sentence], share: float) -> bool:
    """The line the answer would open with, found by the answerer's own reader (answer.facts.lead), is worded as
    a decision (answer.outcomes.decides, by which the reader chose it: "RESOLVED that", "Agreed to", "NOTED") and
    is in the passage of a sentence on the question's subject near the best (scoring within DECISION_MARGIN of it,
    holding `share` of the question's words the best of them holds): the decision asked is on the record, whatever
    the house style or kind of paper it is printed in (a committee's web page filed as an agenda that prints each
    item's minutes under it: "Minutes: Report Title: Proposals for a community orchard at Mill Lane" ... "Agreed to
    lease the Mill Lane field to the orchard trust for 25 years"). A decline saying the passages record no decision
    does not hold then."""
    if fact is None or not ranked or not decides(fact.text):
        return False
    look = ranked[:LOOK_AT * 2]
    best = max(s.lexical for s in look)
    return best > 0 and any(s.passage is fact.passage and s.score >= ranked[0].score - DECISION_MARGIN
                            and s.lexical >= share * best for s in look)


def _another_item(s: Sentence, other: Sentence) -> bool:
    """`other` is in another item of the list `s` is an item of ("- Orchard Primary ..." / "- Brookside
    Primary ..."; "b) ..." / "c) ..."): another matter, not more of this one. (A sentence's span may leave
    its bullet out: the line it starts on is read.)"""
    if s.passage is not other.passage:
        return False
    text = s.passage.chunk.text

    def item(at: int) -> int | None:
        """Where the list item holding offset `at` begins: the last bulleted line at or before it."""
        pos = at
        while pos > 0:
            start = text.rfind("\n", 0, pos) + 1
            line = text[start:start + 12]
            if LISTED.match(line) or LIST_PREFIX.match(line):
                return start
            if start == 0 or "\n\n" in text[max(0, start - 2):start]:
                return None
            pos = start - 1
        return None
    mine, theirs = item(s.start), item(other.start)
    return mine is not None and theirs is not None and mine != theirs


def _listed_after(s: Sentence, ranked: list[Sentence]) -> list[Sentence]:
    """The sentence after `s`; after one ending in a colon ("It was RESOLVED to approve the following
    payments:"), the lines of the list or table it introduces, as far as its passage runs."""
    if not s.text.rstrip().endswith(":"):
        nxt = next_sentence(s, ranked)
        if nxt is not None and LISTED.match(s.text) and LISTED.match(nxt.text):
            # a list's next item ("b) the bench has been delivered;" / "c) the insurance ... £1,162.40;")
            # is another matter of the list, not more of this one
            return []
        return [nxt] if nxt is not None else []
    # (a Word table below its lead-in comes after a blank line)
    return sorted((t for t in ranked if t.passage is s.passage and t.start >= s.end), key=lambda t: t.start)[:LISTED_LOOK]


def _opens(word: str, other: str, least: int, ending: int | None = None) -> bool:
    """One word is the other, or opens it ("collect" / "collection"): the shorter of at least `least` letters,
    the longer's ending after it at most `ending` letters (any, when None)."""
    if word == other:
        return True
    short, long_ = sorted((word, other), key=len)
    return len(short) >= least and long_.startswith(short) and (ending is None or len(long_) - len(short) <= ending)


def _same_root(word: str, other: str) -> bool:
    """One word is the other with an ending ("inspect", "inspection"): they share all but at most three
    letters of the longer, and at least ROOT_LETTERS."""
    return _opens(word, other, ROOT_LETTERS, ending=3)

ROOT_LETTERS = 6


def _shares_a_word(asked: set[str], text: str) -> bool:
    """The text holds one of the question's stems, or a word one of them opens ("collect" /
    "collection": the stemmer leaves some forms of a word apart)."""
    have = set(terms(text))
    return bool(asked & have) or any(_opens(t, u, 4) for t in asked for u in have)

_SEASONS = frozenset({"spring", "summer", "autumn", "winter"})


def _names_a_time(text: str) -> bool:
    """The text names a year, a season or a month (a month in capitals: "may" and "march" are words too)."""
    return any(m.group(0)[0].isdigit() or m.group(0)[0].isupper() or m.group(0).lower() in _SEASONS
               for m in WHEN.finditer(text))


def _with_the_one_before(text: str, start: int, end: int) -> tuple[str, str]:
    """(the sentence of text holding start..end, it with the sentence before it)."""
    spans = sentence_spans(text)
    a, b = next(((x, y) for x, y in spans if x <= start < y), (start, end))
    before = [(x, y) for x, y in spans if y <= a][-1:]
    return text[a:max(b, end)], text[before[0][0] if before else a:max(b, end)]


def _list_head(text: str, at: int) -> str | None:
    """The line that opens the list holding the line at offset `at` ("The following were elected:"): the
    nearest line above ending in a colon, within LIST_HEAD_LINES lines; None when none does."""
    above = text[:at].rstrip("\n").split("\n")[-LIST_HEAD_LINES:]
    return next((line.strip() for line in reversed(above) if line.strip().endswith(":")), None)

_TOKEN = re.compile(r"[A-Za-z0-9][\w'’-]*")
