"""Everyday English as a background: how common a word is in general English (pyspellchecker's
word-frequency list, ~160,000 words counted over a large English corpus), so a question's
everyday words ("look", "round", "kids", "money") can weigh less than its subject words
("pothole", "quarry", "fostering"). It reads no index and knows no council.

Why: a resident asks "are they fixing potholes quick enough"; the papers say "routine pothole
repairs completed within 28 days". "Quick" and "enough" are words the papers never use, and the
rarity of a word *in the papers* cannot tell such phrasing from a subject the papers lack. Its
rarity in general English can: a name or subject absent from the papers ("Bedworth", "lagoon")
is rare in English too, so it keeps its full weight when the question is judged.
"""
from __future__ import annotations

import bisect
import math
import re
import threading
from functools import lru_cache

from core.terms import stem

_lock = threading.Lock()
# A word counted fewer times than this in the frequency list is treated as unseen (typos, names).
_MIN_COUNT = 1


@lru_cache(maxsize=1)
def _dictionary():
    """pyspellchecker's English dictionary, loaded once and only when a word needs judging."""
    from spellchecker import SpellChecker

    return SpellChecker(distance=1)


def load() -> None:
    """Load the dictionary now (about 2 s), so a warm-up pays it rather than the first question."""
    with _lock:
        _dictionary()


def _forms(word: str) -> set[str]:
    """The word and its American spellings: the list counts "summarize", "color", "center"."""
    w = word.lower()
    return {w, re.sub(r"is(e|ed|es|ing|ation)$", r"iz\1", w), w.replace("our", "or"), re.sub(r"re$", "er", w),
            re.sub(r"re(s|d)?$", r"er\1", w)}


def is_english(word: str) -> bool:
    """In the English dictionary, British spellings too ("summarise" as "summarize", "colour" as "color")."""
    with _lock:
        return bool(_dictionary().known(list(_forms(word))))


COMMON_COUNT = 10_000   # a word counted this often in the frequency list is a common one


@lru_cache(maxsize=1)
def _common_sorted() -> tuple[str, ...]:
    with _lock:
        frequency = _dictionary().word_frequency
        return tuple(sorted(w for w in frequency.dictionary if frequency[w] >= COMMON_COUNT))


def is_past_tense(word: str) -> bool:
    """An English verb's past tense ("resigned", "stepped"): "-ed" after a verb of four letters or more. A name
    ending "-ed" is not one ("Reed" is too short; "Ahmed" has no verb before its "-ed")."""
    w = word.lower()
    return len(w) > 5 and w.endswith("ed") and any(len(v) >= 4 and is_english(v) for v in (w[:-2], w[:-1]))


def begins_a_word(part: str) -> bool:
    """Whether `part` is how a common English word begins, not the word itself ("transfe" of "transferred",
    "recor" of "record"); an abbreviation ("pdf", "cllr", "bacs") begins none."""
    words = _common_sorted()
    p = part.lower()
    i = bisect.bisect_left(words, p)
    return i < len(words) and words[i].startswith(p) and (words[i] != p or i + 1 < len(words) and words[i + 1].startswith(p))


def nearest(word: str) -> str | None:
    """The commonest English word one edit from `word` ("expells" -> "expels"), or None when
    there is none: the everyday word a resident most likely meant to type."""
    with _lock:
        d = _dictionary()
        found = d.candidates(word.lower()) or set()
        found = {w for w in found if w != word.lower() and d.word_frequency[w] > 0}
        if not found:
            return None
        return max(sorted(found), key=lambda w: d.word_frequency[w])


def count(word: str) -> int:
    """How many times the word (any of its spellings) was counted in the English frequency list."""
    with _lock:
        frequency = _dictionary().word_frequency
        return max(frequency[f] for f in _forms(word))


@lru_cache(maxsize=1)
def _total() -> int:
    with _lock:
        return _dictionary().word_frequency.total_words


def surprisal(word: str) -> float:
    """-log of the word's share of general English: about 3 for "the", 6 for "look", 10 for
    "quick", 13 for "quarry", and the most (21) for a word the list never counted."""
    n = count(word)
    return math.log(_total() / max(n, _MIN_COUNT))


def unknown_surprisal() -> float:
    """The surprisal of a word the list never counted (a typo, a name): the most `surprisal` gives."""
    return math.log(_total() / _MIN_COUNT)


def everyday_surprisal(text: str) -> dict[str, float]:
    """For each stem of `text` (as core.terms stems it), the surprisal of its least surprising
    surface form in the text: "kids" and "kid" are the stem "kid", as common as "kids"."""
    out: dict[str, float] = {}
    for w in re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower()):
        s = stem(w.replace("'", ""))
        out[s] = min(out.get(s, math.inf), surprisal(w))
    return out
