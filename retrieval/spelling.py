"""Spelling correction of a question against the index's own vocabulary: "resolutoin" becomes
"resolution", "pregancy" becomes "pregnancy", because those are words the papers use; and a
compound asked in another form than the papers print it ("speed watch" for their "Speedwatch",
"carpark" for their "car park") is asked in theirs.

A word is corrected only when the papers never use it and it is not an English word either
(pyspellchecker's dictionary), so residents' plain words ("kids", "moaning") are left alone.
It reads words it is given; it never opens the index.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Iterable

from core.english import count as english_count, is_english, nearest
from core.terms import STOPWORDS, terms

_WORD = re.compile(r"[A-Za-z][a-z]+(?:'[a-z]+)?")   # a word as typed; ALL-CAPS words are names, left alone
_VOCAB_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
MIN_LENGTH = 5            # shorter words have too many neighbours one letter away to correct safely
# Text-speak a resident types on a phone, read as the words it stands for: no paper prints "ppl",
# so left as typed it counts as a subject the papers lack and the question is declined.
TEXT_SPEAK = {
    "ppl": "people", "govt": "government", "yr": "year", "yrs": "years", "u": "you", "ur": "your",
    "pls": "please", "plz": "please", "abt": "about", "thru": "through", "tho": "though", "b4": "before",
    "wat": "what", "wot": "what", "coz": "because", "bc": "because", "tmrw": "tomorrow",
    # a question word's "'s" typed without its apostrophe: "whos the vice chair" asks who
    "whos": "who's", "whats": "what's", "wheres": "where's",
}
# a whole word, not a letter in brackets ("(u)") nor part of an address or a code ("u.k", "plan-u")
_SPEAK = re.compile(r"(?<![\w/(.-])(" + "|".join(sorted(map(re.escape, TEXT_SPEAK), key=len, reverse=True))
                    + r")(?![\w/).-])", re.IGNORECASE)
EVERYDAY_MARGIN = 5       # an everyday word this many times commoner in English than the papers' word is the one meant
MIN_USES = 2              # a correction must be a word the papers use more than once (not a typo of theirs)
# a word as typed, hyphenated ("self-harm") or not: the unit a compound is made of or split into
_TYPED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?")
_HYPHENATED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")   # a chain of hyphenated words: "self-harm-related"
MIN_PART = 2              # each part of a compound ("lay" + "by")
MIN_COMPOUND = 5          # and the compound ("layby"): shorter ones join or split into chance words


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


PRINTED_CACHE = 20_000     # phrases whose count in the papers is kept between questions


class Speller:
    """Corrects the words of a question to words the papers use."""

    def __init__(self, counts: Counter[str], text: str = ""):
        self.counts = counts
        # the papers' text in lower case, one space between words: how often they print a phrase
        self.text = text
        self._printed: dict[str, int] = {}
        # hyphenated words as printed ("self-harm"): few, so counted once rather than searched for
        self.hyphenated: Counter[str] = Counter(
            f"{x}-{y}" for chain in _HYPHENATED.findall(text) for x, y in itertools.pairwise(chain.split("-")))
        self.stems = {stem for word in counts for stem in terms(word)}   # "summarise" is "summarised"'s word
        self.by_length: dict[int, list[str]] = {}
        for word, n in counts.items():
            if n >= MIN_USES and len(word) >= MIN_LENGTH - 1:
                self.by_length.setdefault(len(word), []).append(word)

    @classmethod
    def of_texts(cls, texts: Iterable[str]) -> "Speller":
        counts: Counter[str] = Counter()
        printed = []
        for text in texts:
            low = text.lower()
            counts.update(_VOCAB_WORD.findall(low))
            printed.append(" ".join(low.split()))
        return cls(counts, "\n".join(printed))

    def printed(self, phrase: str) -> int:
        """How often the papers print `phrase` (lower case, one space between words) as whole words."""
        n = self._printed.get(phrase)
        if n is None:
            n, at, text = 0, self.text.find(phrase), self.text
            while at >= 0:
                end = at + len(phrase)
                if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                    n += 1
                at = text.find(phrase, at + 1)
            if len(self._printed) >= PRINTED_CACHE:
                self._printed.clear()       # a long-running app asks without end: the cache is bounded
            self._printed[phrase] = n
        return n

    def _forms(self, a: str, b: str) -> dict[str, int]:
        """How often the papers print the compound of `a` and `b` closed, hyphenated and open."""
        return {a + b: self.counts.get(a + b, 0), f"{a}-{b}": self.hyphenated.get(f"{a}-{b}", 0),
                f"{a} {b}": self.printed(f"{a} {b}")}

    @staticmethod
    def _compound(a: str, b: str) -> bool:
        """`a` and `b` could be the parts of one compound: neither a chance fragment, the first no stop
        word ("a part" is not "apart", "any one" not "anyone"); the second may be ("lay by")."""
        return (len(a) >= MIN_PART and len(b) >= MIN_PART and len(a) + len(b) >= MIN_COMPOUND
                and a not in STOPWORDS)

    def _as_printed(self, asked: str, forms: dict[str, int]) -> str | None:
        """The form the papers print the compound in most often, when more often than as asked."""
        best = max(forms, key=lambda f: (forms[f], f == asked))
        return best if forms[best] > forms.get(asked, 0) else None

    def joined(self, a: str, b: str) -> str | None:
        """Two words asked apart ("speed watch") as the papers print them, when that is one word
        ("speedwatch", "layby"): only a joined form the papers print (a word of the index's own
        vocabulary), and more often than they print the two words apart ("the car park" stays
        apart in papers that print "car park" more than "carpark")."""
        a, b = a.lower(), b.lower()
        if not self._compound(a, b) or not (self.counts.get(a + b) or self.hyphenated.get(f"{a}-{b}")):
            return None   # the papers print no joined form: nothing to search the text for
        forms = self._forms(a, b)
        best = self._as_printed(f"{a} {b}", forms)
        # the parts of a hyphenated compound are words of the index already: "self harm" finds "self-harm"
        return best if best == a + b else None

    def parted(self, word: str, name: bool = False) -> str | None:
        """One word asked ("carpark", "self-harm") as the papers print it, when that is another form
        of the same two words ("car park", "selfharm"): the split into two words the papers use
        whose compound they print more often than as asked. A name (capitalised mid-sentence) the
        papers never print is left alone: "Greenfield" is a place, not "green field"."""
        w = word.lower()
        if "-" in w:
            a, b = w.split("-")
            splits = [(a, b)] if self._compound(a, b) else []
        else:
            if name and not self.counts.get(w):
                return None
            splits = [(w[:i], w[i:]) for i in range(MIN_PART, len(w) - MIN_PART + 1)
                      if self._compound(w[:i], w[i:]) and self.counts.get(w[:i]) and self.counts.get(w[i:])]
        best: str | None = None
        best_uses = 0
        for a, b in splits:
            forms = self._forms(a, b)
            form = self._as_printed(w, forms)
            if form is not None and forms[form] > best_uses:
                best, best_uses = form, forms[form]
        return best

    def compounds(self, question: str) -> str:
        """The question with each compound in the form the papers print it: "how many speed watch
        sessions" -> "how many speedwatch sessions" where the papers print "Speedwatch"; "the
        carpark" -> "the car park" where they print "car park"; unchanged where they print it as asked."""
        if not self.text:
            return question
        words = list(_TYPED.finditer(question))
        out, last, i = [], 0, 0
        while i < len(words):
            m = words[i]
            form, end = None, m.end()
            after = words[i + 1] if i + 1 < len(words) else None
            if after is not None and "-" not in m.group(0) + after.group(0) \
                    and question[m.end():after.start()] == " ":
                form = self.joined(m.group(0), after.group(0))
                end = after.end() if form else end
            if form is None:
                form = self.parted(m.group(0), name=m.group(0)[:1].isupper() and m.start() > 0)
            if form is not None:
                if m.group(0)[:1].isupper():
                    form = form[:1].upper() + form[1:]
                out.append(question[last:m.start()] + form)
                last = end
                i += 2 if end != m.end() else 1
                continue
            i += 1
        return "".join(out) + question[last:]

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
        if best is not None and best[0] == 1:
            # An everyday word one edit away that English uses far more than the papers' word wins: "actualy"
            # is "actually" (which the papers print once), not their "actual"; "aproved" stays "approved".
            everyday = nearest(w)
            if everyday is not None and everyday != best[2] and damerau(w, everyday, 1) == 1 \
                    and english_count(everyday) >= EVERYDAY_MARGIN * english_count(best[2]):
                return everyday
        return best[2] if best else None

    def correct(self, question: str) -> str:
        """The question with each misspelt word replaced by the papers' word, each compound in the
        papers' form; otherwise unchanged."""
        def fix(m: re.Match) -> str:
            word = m.group(0)
            if word[0].isupper() and word[1:].islower() and m.start() > 0:
                return word           # a capitalised word mid-sentence is a name: not ours to correct
            better = self.suggest(word)
            if better is None:
                return word
            return better.capitalize() if word[0].isupper() else better

        question = self.compounds(_SPEAK.sub(_spoken, question))
        return _WORD.sub(fix, question)
