"""Spelling correction of a question against the index's own vocabulary: "resolutoin" becomes
"resolution", "pregancy" becomes "pregnancy", because those are words the papers use.

A word is corrected only when the papers never use it and it is not an English word either
(pyspellchecker's dictionary), so residents' plain words ("kids", "moaning") are left alone.
It reads words it is given; it never opens the index.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from core.english import is_english, nearest
from core.terms import terms

_WORD = re.compile(r"[A-Za-z][a-z]+(?:'[a-z]+)?")   # a word as typed; ALL-CAPS words are names, left alone
_VOCAB_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
MIN_LENGTH = 5            # shorter words have too many neighbours one letter away to correct safely
# Text-speak a resident types on a phone, read as the words it stands for: no paper prints "ppl",
# so left as typed it counts as a subject the papers lack and the question is declined.
TEXT_SPEAK = {
    "ppl": "people", "govt": "government", "yr": "year", "yrs": "years", "u": "you", "ur": "your",
    "pls": "please", "plz": "please", "abt": "about", "thru": "through", "tho": "though", "b4": "before",
    "wat": "what", "wot": "what", "coz": "because", "bc": "because", "tmrw": "tomorrow",
}
# a whole word, not a letter in brackets ("(u)") nor part of an address or a code ("u.k", "plan-u")
_SPEAK = re.compile(r"(?<![\w/(.-])(" + "|".join(sorted(map(re.escape, TEXT_SPEAK), key=len, reverse=True))
                    + r")(?![\w/).-])", re.IGNORECASE)
MIN_USES = 2              # a correction must be a word the papers use more than once (not a typo of theirs)


def damerau(a: str, b: str, limit: int) -> int:
    """Edit distance with transpositions ("finsih" -> "finish" is 1), or limit + 1 once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _spoken(m: re.Match) -> str:
    word = TEXT_SPEAK[m.group(1).lower()]
    return word.capitalize() if m.group(1)[0].isupper() else word


class Speller:
    """Corrects the words of a question to words the papers use."""

    def __init__(self, counts: Counter[str]):
        self.counts = counts
        self.stems = {stem for word in counts for stem in terms(word)}   # "summarise" is "summarised"'s word
        self.by_length: dict[int, list[str]] = {}
        for word, n in counts.items():
            if n >= MIN_USES and len(word) >= MIN_LENGTH - 1:
                self.by_length.setdefault(len(word), []).append(word)

    @classmethod
    def of_texts(cls, texts: Iterable[str]) -> "Speller":
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(_VOCAB_WORD.findall(text.lower()))
        return cls(counts)

    def suggest(self, word: str) -> str | None:
        """The papers' word this one is a typo of, or None when it is fine as it is (or unsure)."""
        w = word.lower()
        if len(w) < MIN_LENGTH or w in self.counts or set(terms(w)) <= self.stems or is_english(w):
            return None
        limit = 1 if len(w) <= 6 else 2
        best: tuple[int, int, str] | None = None
        for n in range(len(w) - limit, len(w) + limit + 1):
            for cand in self.by_length.get(n, ()):
                if cand[0] != w[0] and not (len(w) > 1 and cand[:2] == w[1::-1]):
                    continue          # typos rarely touch the first letter; this keeps the search small
                d = damerau(w, cand, limit)
                if d <= limit:
                    key = (d, -self.counts[cand], cand)
                    if best is None or key < best:
                        best = key
        if best is not None and best[0] > 1:
            # A papers' word two edits away loses to an everyday word one edit away: "expells" is
            # "expels" (which the thesaurus knows), not the papers' "expects".
            everyday = nearest(w)
            if everyday is not None:
                return everyday
        return best[2] if best else None

    def correct(self, question: str) -> str:
        """The question with each misspelt word replaced by the papers' word; otherwise unchanged."""
        def fix(m: re.Match) -> str:
            word = m.group(0)
            if word[0].isupper() and word[1:].islower() and m.start() > 0:
                return word           # a capitalised word mid-sentence is a name: not ours to correct
            better = self.suggest(word)
            if better is None:
                return word
            return better.capitalize() if word[0].isupper() else better

        question = _SPEAK.sub(_spoken, question)
        return _WORD.sub(fix, question)
