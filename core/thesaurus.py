"""Plain words and the papers' words: a thesaurus that maps how residents and councillors ask
("kids in care", "the tip", "hurting themselves") to what committee papers print ("children looked
after", "household waste recycling centre", "self-harm"), and acronyms to their full forms.

The data is `core/plain_words.txt`, one group per line:

    official phrase | official phrase ... = plain phrase | plain phrase ...

A question phrase of the plain side is expanded with the group's first official forms (the file
lists the most direct first; a group's later forms are related terms, not synonyms); an official
form only with its acronym or full form ("EHCP" and "education health and care plan"). A phrase a
group lists on both sides ("playground" is printed and said) is expanded like a plain phrase but
never rewritten away. Plain forms are never added: papers do not print them. Phrases match whole words in order, with the
light stem of core.terms ("repairs" matches "repair"), stop words included ("in care" is not "care").

It was written from general knowledge of UK local government, by someone who saw neither the
sample papers nor the gold questions; it names no place, council or person. It reads its own data
file and nothing else.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import AbstractSet, Iterable

from core.terms import GENERIC, STOPWORDS, stem, terms

DATA = Path(__file__).with_name("plain_words.txt")
MAX_ALTERNATIVES = 3        # official forms a plain phrase expands to
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def tokens(text: str) -> list[str]:
    """Words as the thesaurus matches them: lower case, stemmed, stop words kept, hyphens split,
    a negative contraction read as "not" ("aren't in work" says "not in work")."""
    return [_token(w) for w in _TOKEN.findall(text.lower().replace("’", "'"))]


def _token(word: str) -> str:
    return "not" if word.endswith("n't") else stem(word)


@dataclass(frozen=True)
class Expansion:
    """A phrase of a question and the papers' ways of saying it."""

    phrase: str                          # the question's words, as matched
    terms: frozenset[str]                # its index terms (core.terms)
    alternatives: tuple[str, ...]        # official forms, not the phrase itself
    start: int = 0                       # where the phrase is in the text expanded
    end: int = 0
    plain: bool = True                   # a plain phrase (not an official form with its acronym)
    printed: bool = False                # the papers print the phrase too ("playground"): kept when rewritten
    full_forms: tuple[str, ...] = ()     # of an official form, its acronym or full form ("ehcp" / "education ...")
    name: str = ""                       # the words naming which one, said inside the phrase ("black horse")

    @cached_property
    def alternative_terms(self) -> tuple[frozenset[str], ...]:
        """The index terms of each official form (computed once: every sentence is checked against them)."""
        return tuple(frozenset(terms(a)) for a in self.alternatives if terms(a))


class Thesaurus:
    def __init__(self, groups: Iterable[tuple[list[str], list[str]]]):
        # first token -> [(phrase tokens, official forms it adds, is it a plain phrase, do papers print it,
        # how many of those forms are its acronym or full form)]
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], bool, bool, int]]] = {}
        # a word -> the official forms of the groups whose phrases use it ("homeless" in "homeless families
        # in hotels" -> "temporary accommodation", "bed and breakfast", ...; "playground" -> "play areas")
        self._plain_word: dict[str, list[frozenset[str]]] = {}
        # the words only residents say: the head (last word) of a plain phrase, in no official one ("tip" of
        # "the tip") -> the official forms of the groups they head a phrase of ("church" of "church hall" heads none)
        said_only: dict[str, list[frozenset[str]]] = {}
        printed_words: set[str] = set()
        official_of: dict[tuple[str, ...], tuple[str, ...]] = {}      # an official form's tokens -> its acronyms
        plain_of: dict[tuple[str, ...], tuple[str, ...]] = {}         # a plain phrase's tokens -> its official forms
        both: set[tuple[str, ...]] = set()          # phrases a group lists on both sides
        for official, plain in groups:
            own = {tuple(tokens(o)) for o in official}
            forms = [frozenset(terms(o)) for o in official if terms(o)]
            for word in {t for p in plain + official for t in terms(p)}:
                self._plain_word.setdefault(word, []).extend(forms)
            for head in {terms(p)[-1] for p in plain if terms(p)}:
                said_only.setdefault(head, []).extend(forms)
            printed_words.update(t for p in official for t in terms(p))
            for phrase, is_official in [(p, True) for p in official] + [(p, False) for p in plain]:
                toks = tuple(tokens(phrase))
                if not toks or (not is_official and len(toks) == 1 and set(terms(phrase)) <= GENERIC):
                    continue        # "planning" as a plain word would expand every "plan" asked about
                if not is_official and len(toks) == 1 and not terms(toks[0]):
                    continue        # "outing" stems to "out", a stop word: it would expand every "take out"
                others = tuple(o for o in official if tuple(tokens(o)) != toks)
                if is_official:
                    others = tuple(o for o in others if _acronym_of(o, phrase) or _acronym_of(phrase, o))
                    official_of.setdefault(toks, others)
                elif toks in own and toks not in both:
                    plain_of[toks] = others[:MAX_ALTERNATIVES]      # its own group's forms, before another's
                    both.add(toks)
                else:
                    plain_of.setdefault(toks, others[:MAX_ALTERNATIVES])
        self._said_only = {w: fs for w, fs in said_only.items() if w not in printed_words}
        for toks in official_of.keys() | plain_of.keys():
            # a phrase a group lists on both sides ("playground" beside "playgrounds" and "play areas") is
            # expanded as the plain phrase it also is, and never replaced by a form of its group: the papers
            # print it too. Printed by one group and said in another ("car park"), the papers' own wins.
            # An official form with nothing to add is kept: it is the longest match, so a plain word
            # inside it ("uniforms" in "school uniforms") is not expanded
            printed = toks in official_of
            said = toks in plain_of and (not printed or toks in both)
            acronyms = official_of.get(toks, ())
            others = acronyms + tuple(o for o in plain_of.get(toks, ()) if said and o not in acronyms)
            self._by_first.setdefault(toks[0], []).append((toks, others, said, printed, len(acronyms)))
        for entries in self._by_first.values():
            # the longest phrase wins; of two the same, the papers' own ("car park" is printed in
            # papers, however often residents say it too)
            entries.sort(key=lambda e: (-len(e[0]), e[2], e[0]))

    @classmethod
    def parse(cls, lines: Iterable[str], where: str = "thesaurus") -> "Thesaurus":
        groups = []
        for n, line in enumerate(lines, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            left, _, right = line.partition("=")
            official = [p.strip() for p in left.split("|") if p.strip()]
            plain = [p.strip() for p in right.split("|") if p.strip()]
            if not official:
                raise ValueError(f"{where}, line {n}: no official phrase before '='")
            groups.append((official, plain))
        return cls(groups)

    def filed_under(self, word: str, words: AbstractSet[str]) -> bool:
        """Whether a word (an index term: "homeless", "playground") is filed by some group under an official
        form all of whose terms are in `words` (a text printing "temporary accommodation")."""
        return any(form <= words for form in self._plain_word.get(word, ()))

    def said_under(self, word: str, words: AbstractSet[str]) -> bool:
        """Whether a word only residents say, the head of a plain phrase ("tip", of "the tip" and "council
        tip"; in no official phrase), is filed under an official form of that phrase's group all of whose
        terms are in `words` ("HWRCs"): the word asked another way than the group lists ("which tips ..."),
        held by the papers' own term. A word that only qualifies a phrase ("church" of "church hall") is
        not: a church is no village hall."""
        return any(form <= words for form in self._said_only.get(word, ()))

    def expand(self, text: str) -> list[Expansion]:
        """The phrases of `text` the thesaurus knows, left to right, longest first, not overlapping."""
        found = list(_TOKEN.finditer(text.lower().replace("’", "'")))
        words = [m.group(0) for m in found]
        toks = [_token(w) for w in words]
        out: list[Expansion] = []
        i = 0
        while i < len(toks):
            hit = next(((others, plain, printed, full, n, p) for p, others, plain, printed, full in
                        self._by_first.get(toks[i], ()) if (n := _matched(p, toks, words, i, gap=plain))), None)
            if hit is None:
                i += 1
                continue
            others, plain, printed, full, n, phrase = hit
            said = " ".join(words[i:i + n])
            # the words naming which one ("buy the Red Lion pub") are no words of the phrase: a text in the
            # papers' words ("community ownership of the pub") holds the phrase, not the name
            inside = _named_inside(phrase, toks[i:i + n])
            name = " ".join(words[i + k] for k in inside)
            own = " ".join(w for k, w in enumerate(words[i:i + n]) if k not in inside)
            if others:
                out.append(Expansion(said, frozenset(terms(own)), others, found[i].start(),
                                     found[i + n - 1].end(), plain=plain, printed=printed, full_forms=others[:full],
                                     name=name))
            i += n
        return out


GAP_MIN = 3                                  # a plain phrase this long may be said with one small word inside
_NEGATIONS = frozenset({"not", "no", "nor", "never"})
NAME_WORDS = 3                               # the most words naming which one inside a phrase ("the Red Lion pub")


def _matched(phrase: tuple[str, ...], toks: list[str], words: list[str], i: int, gap: bool) -> int:
    """How many words of the text from `i` say `phrase` (0: it is not there). A plain phrase of
    GAP_MIN words or more is also said with one stop word inside it, as people ask: "kids were in
    care" is "kids in care", "send plans out on time" is "send plans on time"; never a negation
    ("kids not in care" is not). A plain phrase of a thing after "the" is also said naming which one
    between them, in up to NAME_WORDS words none of them small: "buy the Red Lion pub" is "buy the
    pub", "closing the Mill Lane tip" is "closing the tip"."""
    n = len(phrase)
    if tuple(toks[i:i + n]) == phrase:
        return n
    if not gap or n < GAP_MIN or tuple(toks[i:i + 1]) != phrase[:1]:
        return 0
    for j in range(1, n):
        w = words[i + j] if i + j < len(words) else ""
        if w in STOPWORDS and w not in _NEGATIONS and tuple(toks[i:i + j]) == phrase[:j] \
                and tuple(toks[i + j + 1:i + n + 1]) == phrase[j:]:
            return n + 1
    if phrase[-2] == "the" and tuple(toks[i:i + n - 1]) == phrase[:-1]:
        for m in range(1, NAME_WORDS + 1):
            name = words[i + n - 1:i + n - 1 + m]
            if len(name) < m or any(w in STOPWORDS for w in name):
                break
            if toks[i + n - 1 + m:i + n + m] == [phrase[-1]]:
                return n + m
    return 0


def _named_inside(phrase: tuple[str, ...], said: list[str]) -> set[int]:
    """The places in `said` (a phrase as `_matched` found it) of the words naming which one, said
    between "the" and the phrase's last word ("buy the black horse pub": 3 and 4); none otherwise."""
    extra = len(said) - len(phrase)
    if extra <= 0 or phrase[-2] != "the" or said[:len(phrase) - 1] != list(phrase[:-1]):
        return set()
    return set(range(len(phrase) - 1, len(phrase) - 1 + extra))


def _acronym_of(short: str, long: str) -> bool:
    """"ehcp" is "education health and care plan" (initials, "and"/"of"/"for" optional)."""
    shorts = short.lower().split()
    words = re.findall(r"[a-z0-9]+", long.lower())
    if len(shorts) == 2 and len(words) > 2 and shorts[1] == words[-1]:
        shorts, words = shorts[:1], words[:-1]      # "ehc plan" is "education health and care plan"
    letters = "".join(shorts)
    if len(shorts) != 1 or len(words) < 2 or not letters.isalpha():
        return False
    full = "".join(w[0] for w in words)
    content = "".join(w[0] for w in words if w not in ("and", "of", "for", "the", "in", "to", "or", "a"))
    return letters in (full, content)


@lru_cache(maxsize=1)
def default() -> Thesaurus:
    """The shipped thesaurus (core/plain_words.txt), read once."""
    return Thesaurus.parse(DATA.read_text(encoding="utf-8").splitlines(), where=str(DATA))


def search_text(text: str, expansions: list[Expansion]) -> str:
    """The text with the papers' words for its phrases appended (each word once), for the retrievers."""
    have = set(terms(text))
    extra: list[str] = []
    for e in expansions:
        for a in e.alternatives:
            for word in re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", a):
                new = [t for t in terms(word) if t not in have]
                if new:
                    have.update(new)
                    extra.append(word)
    return f"{text} ({' '.join(extra)})" if extra else text


def rewritten(text: str, expansions: list[Expansion]) -> str:
    """The text in the papers' words: each plain phrase replaced by its first official form
    ("how many kids in care" -> "how many children looked after"); the text itself when none is."""
    out, pos = [], 0
    for e in expansions:
        if not e.plain or e.printed or e.name:
            continue        # (a phrase naming which one, "buy the Red Lion pub", keeps the name it asks about)
        out += [text[pos:e.start], e.alternatives[0]]
        pos = e.end
    return "".join(out) + text[pos:]


def held(expansions: list[Expansion], words: AbstractSet[str], around: AbstractSet[str] = frozenset()) -> set[str]:
    """The question's terms that a text holds in the papers' words: a text with all the terms of
    one official form of a phrase holds the phrase's own terms, and the name said inside it ("buy the
    Red Lion pub") when the text's passage, `around` it, prints that name ("The Red Lion Community
    Group ... are investigating ... Community ownership of the pub")."""
    out: set[str] = set()
    for e in expansions:
        if any(alt <= words for alt in e.alternative_terms):
            out |= e.terms
            named = set(terms(e.name))
            if named and named <= around:
                out |= named
    return out


_CAPITALS = re.compile(r"\b[A-Z]{2,}s?\b")


def spelled_out(text: str, thesaurus: Thesaurus | None = None) -> list[str]:
    """The full forms of the acronyms `text` prints in capitals ("712 new EHC Plans" -> ["education
    health and care plan"]), each once: what a reader of the papers knows and a small embedding
    model may not. A word that is also an acronym ("mat", "pep") counts only in capitals."""
    t = thesaurus or default()
    out: list[str] = []
    for m in _CAPITALS.finditer(text):
        # the longest official phrase starting at the acronym ("EHC Plans"), else the acronym alone
        for e in t.expand(text[m.start():]):
            if e.start == 0 and e.full_forms:
                full = next((x for x in e.full_forms if len(x.split()) > len(e.phrase.split())), None)
                if full and full not in out:
                    out.append(full)
            break
    return out
