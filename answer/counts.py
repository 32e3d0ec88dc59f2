"""Counts: what a "how many" question counts ("how many firefighter posts" -> posts), and whether a sentence or a
table row gives a number of that thing, in figures or words, not a sum, date, reference or tally. It reads no sums
(answer/figures.py)."""
from __future__ import annotations

import re

from core import dates
from core.terms import STOPWORDS, terms
from core.sentences import bare
from answer.fact import Scored
from answer.figures import MONEY, _NUMBER_WORDS, _name_share, _unasked


# a count in words, from two up ("one" is too often no count: "one of the reasons")
SPELLED_COUNT = re.compile(rf"\b(?!one\b)(?:{_NUMBER_WORDS})\b", re.I)
# a number that counts something: not a year or a financial year ("2024/25", "2019"), an item's or page's number
COUNT = re.compile(r"(?<![\w./–-])(?<!Appendix )(?<!Item )(?<!item )(?<!paragraph )(?<!page )"
                   r"(?!(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?\b)\d[\d,.]*\b(?![.)]\s)")
# what a count is asked of: the words after "how many" ("how many households were ...")
COUNT_ASKED = re.compile(r"\bhow\s+many\s+((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)", re.I)
# a number and the words after it ("64 households on the", "143 open enforcement cases")
_COUNTED = re.compile(r"(?<![\w.£$€])\d[\d,]*(?:\.\d+)?\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)")


def counted_words(question: str) -> set[str]:
    """The stems a "how many" question counts ("how many households were on ..." -> {"household"})."""
    m = COUNT_ASKED.search(question)
    return set(terms(m.group(1))) - STOPWORDS if m else set()


# the thing a "how many" question counts ends before its verb or preposition: "how many visits did
# ...", "how many firefighter posts will ...", "how many years does ...", "how many members voted ..."
# ("how many of those incidents were crimes": the thing counted after "of those")
_HOW_MANY = re.compile(r"\bhow\s+many\s+(?:of\s+(?:the|those|these|its|their|our)\s+)?(.*)", re.I | re.S)
_COUNT_STOP = frozenset("do does did is are was were has have had will would can could should shall may might must "
                        "in on at of for to from by with under over there the a an".split())
# a count of these is given in other words ("23 members of the public", "twice", "8 votes for"):
# their absence beside a number proves nothing
_LOOSE_HEADS = frozenset({"peopl", "person", "time", "member", "councillor", "vote", "resid", "individu"})
# a thing the papers count under another noun: families as households ("613 approved households" answers
# "how many foster families"), houses and homes as dwellings ("655 dwellings" answers "how many houses")
_COUNTED_AS = {"family": {"household"}, "hous": {"home", "dwelling"}, "home": {"hous", "dwelling"}}


def counted_as(head: str) -> set[str]:
    """The thing counted and the nouns the papers count it under ("family": family, household)."""
    return {head} | _COUNTED_AS.get(head, set())


# a count written in figures or words, and the words after it ("46 vehicles", "eleven villages", "Forty-one letters")
_COUNTED_ANY = re.compile(rf"(?:(?<![\w.,£$€])\d[\d,]*(?:\.\d+)?|\b(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?)"
                          r"\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)", re.I)


COUNTED_WORDS = 6      # the most words of the thing a "how many" counts ("sand and gravel quarry sites")


def counted_thing(question: str) -> list[str]:
    """The stems of the thing a "how many" question counts ("How many firefighter posts will go?" ->
    ["firefight", "post"]); empty when it is not one."""
    m = _HOW_MANY.search(question)
    thing: list[str] = []
    for word in re.findall(r"[A-Za-z-]+", m.group(1)) if m else []:
        if word.lower() in _COUNT_STOP or thing and word.lower().endswith("ed") or len(thing) == COUNTED_WORDS:
            break
        thing.append(word)
    return terms(" ".join(thing))


def count_head(question: str, loose: bool = False) -> str | None:
    """The noun a "how many" question counts, stemmed ("How many firefighter posts will go?" -> "post");
    None when the question is not one or its thing cannot be told ("how many were for?"). A noun
    counted in other words too ("members", "people") is None unless `loose`."""
    stems = counted_thing(question)
    return stems[-1] if stems and (loose or stems[-1] not in _LOOSE_HEADS) else None


def counts_head(text: str, head: str) -> bool:
    """The text gives a number of that thing, in figures or words ("46 vehicles", "nine bikes"), or of
    what the papers count it as ("613 approved households" for families)."""
    heads = counted_as(head)
    return any(heads & set(terms(m.group(1))) for m in _COUNTED_ANY.finditer(text))


# the thing a sentence gives the number of in so many words ("The number of complaints decreased ... to 1520")
_NUMBER_OF = re.compile(r"\b(?:number|no\.?)\s+of\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)", re.I)


def counts_asked(sentence: str, question: str) -> bool:
    """The sentence gives a count of what a "how many" question counts: in figures or words, or under
    the noun the papers count it by ("613 approved households" for foster families, "Nine KPIs"), or as
    the number of it with a figure ("The number of complaints decreased from 1809 to 1520"). A number
    the question itself gives ("how many 16 and 17 year olds") counts nothing."""
    head = count_head(question)
    if not head:
        return False
    text = _unasked(sentence, question, "quantity")
    if counts_head(text, head):
        return True
    heads = counted_as(head)
    return bare_count(text) and any(heads & set(terms(m.group(1))) for m in _NUMBER_OF.finditer(text))


# "6 April", and a range of days "23 to 28 December", "1st-3rd January"
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?(?:\s*(?:-|–|—|to|and|&)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+{dates._MONTH}\b", re.I)
_MONTH_BEFORE = re.compile(rf"\b{dates._MONTH}\s+$", re.I)                      # "April 6"
# a share, a sum's unit, a speed; a reference's first part ("25/044"); a measure qualifying a noun ("32-metre")
_NOT_A_COUNT_AFTER = re.compile(r"\s?(?:%|per\s?cent|m\b|bn\b|k\b|million|billion|pence|p\b|mph\b)|/\d|-[A-Za-z]"
                                r"|\s+(?:for|against|in\s+favour|abstentions?|votes?)\b", re.I)   # a vote's tally, too


_REFERENCE_BEFORE = re.compile(r"\b(?:ref|reference)\.?\s*(?:no\.?\s*)?:?\s*$", re.I)


# a length of time: "in the next 6 – 12 months", "within 28 days", "a 3-year plan" (a count of time, not of a thing)
_TIME_AFTER = re.compile(r"(?:\s*(?:-|–|—|to)\s*\d+)?[\s-]*(?:days?|weeks?|months?|years?|hours?|minutes?|hrs|mins)\b(?![\s-]*olds?\b)", re.I)


def bare_count(text: str) -> bool:
    """The text holds a number that may count something: not a sum ("£4,860"), a rate or share
    ("31 per cent"), a year, a date ("6 April 2026"), a reference ("FRA/26/08", "25/044", "ref: 1317"), a
    measure ("a 32-metre platform"), a length of time ("the next 6 – 12 months") or a vote's tally ("5 for,
    2 against")."""
    for m in COUNT.finditer(text):
        if m.start() and text[m.start() - 1] in "£$€" or _NOT_A_COUNT_AFTER.match(text, m.end()) \
                or _TIME_AFTER.match(text, m.end()):
            continue
        if _MONTH_AFTER.match(text, m.end()) or _MONTH_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue        # a day of a month
        if _REFERENCE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue        # a decision's or a file's reference ("ref: 1317")
        return True
    return False


def counts(text: str, counted: set[str]) -> bool:
    """The text gives a number of the things counted ("there were 64 households on the list")."""
    return any(set(terms(m.group(1))) & counted for m in _COUNTED.finditer(text))


def _count_row_named(s: Scored, question: str) -> bool:
    """Asked how many, a table row the question names in full giving counts ("households ... in bed and
    breakfast" and the row "Bed and breakfast  301  388  412"): it says what its figures are."""
    return "\t" in s.text and bool(count_head(question)) and _name_share(s.text, set(terms(question))) >= 1.0 \
        and not MONEY.search(s.text) and bool(COUNT.search(bare(s.text)))


def counted_in_paragraph(s: Scored, ranked: list[Scored], head: str, before: bool = False) -> Scored | None:
    """The first sentence of `s`'s paragraph, from `s` on, giving a number of the thing counted
    (`head`, as count_head gives it): a paragraph naming a club counts its members a sentence or two
    later ("the Northfield Special Olympics club are seeking funding … There are currently 72 members").
    With `before`, the paragraph's sentences above `s` count too, nearest first: a report gives the count
    and then what is done about it ("there were 613 approved households against a target of 700
    households. Actions being taken to increase the number of fostering households include ...")."""
    text = s.passage.chunk.text
    for t in sorted((t for t in ranked if t.passage is s.passage and t.start >= s.start), key=lambda t: t.start):
        if "\n\n" in text[s.end:t.start]:
            break
        if counts_head(t.text, head):
            return t
    if before:
        for t in sorted((t for t in ranked if t.passage is s.passage and t.end <= s.start), key=lambda t: -t.start):
            if "\n\n" in text[t.end:s.start]:
                break
            if counts_head(t.text, head):
                return t
    return None
