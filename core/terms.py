"""Words as BM25 and the extractive answerer compare them: lower case, no stop words,
a light plural/verb-ending stem. Pure functions, no dependencies."""
from __future__ import annotations

import re

STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most
my myself no nor not now of off on once only or other our ours ourselves out over own same she should
so some such than that the their theirs them themselves then there these they this those through to
too under until up very was we were what when where which while who whom why will with would you your
yours yourself yourselves also did does tell us told say said ever any several
""".split())

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


# a noun whose verb ends "-tain": "abstention(s)" is the act of who "abstained", "retention" of what is
# "retained", "detention" of who is "detained" (no other "-tention": "attention", "intention", "contention")
_TAIN_NOUN = re.compile(r"^(abs|re|de)tentions?$")


def stem(word: str) -> str:
    """A light, consistent stem: 'resolve', 'resolved', 'resolves' and 'resolving' meet at 'resolv';
    'abstained' and 'abstentions' at 'abstain'; 'meetings', 'meeting' and 'meet' at 'meet'."""
    w = word.replace("'", "")
    w = _TAIN_NOUN.sub(r"\1tain", w)
    if len(w) > 6 and w.endswith("ings"):
        w = w[:-1]                      # a plural "-ing" noun meets its verb: "savings" and "saving" at "sav"
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ied"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = w[:-2]
    elif len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 6 and w.endswith("al") and w[-3] not in "aeiou":
        w = w[:-2]                      # "mayoral" -> "mayor", "approval" -> "approv", "proposals" -> "propos"
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsaeiou":
        w = w[:-1]                      # "swimm" -> "swim"
    if len(w) > 4 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]
    return w


def _contracted_stopword(word: str) -> bool:
    """"what's", "it's", "they've", "won't": a stop word run into another, as people type a question."""
    return "'" in word and (word.split("'")[0] in STOPWORDS or word.endswith("n't"))


def terms(text: str) -> list[str]:
    """Index terms of `text`: hyphenated words also give their parts ("self-harm" -> self, harm, selfharm);
    a stop word contracted ("what's") is a stop word."""
    out = []
    for w in _WORD.findall(text.lower().replace("’", "'")):
        if _contracted_stopword(w):
            continue
        if "-" in w:
            parts = [p for p in w.split("-") if p]
            out.append(stem("".join(parts)))
            out.extend(stem(p) for p in parts if p not in STOPWORDS)
        elif w not in STOPWORDS:
            out.append(stem(w))
    return out


def content_words(text: str) -> set[str]:
    """The distinct index terms of `text`: what two texts are compared on ('working' and 'work' meet)."""
    return set(terms(text.replace("&", " and ")))


# Words that say where to look or what kind of thing is asked for, not what it is about:
# "what did the committee resolve at the meeting in March" asks about nothing yet. A question's
# topic (what coverage, follow-up rules and the answerer weigh) is its terms less these.
GENERIC = frozenset(terms("""
action actions actually again agenda agree agreed already amount answer answered anyone anything due
approve april ask asked asking attend attended august autumn because cabinet chair committee
committees continue council councillor councillors councils county currently date dates december
decide decided decision decisions detail details different discuss discussed discussion earlier else
ever exactly explain far february figure first frequently further get give given go going got happen
happened here include included involve involved item items january july june keep kind know known
last later lead led long made make many march may mean meant meeting meetings member members mention
mentioned met minutes month months more much need needed new next note noted november now number
october officer officers often old one ones osc other overview paper papers part people percentage
person plan plans present presented previous progress proportion proposal propose proposed quarter
quickly raise raised recommend recommendation recommendations recommended report reports resolution
resolutions resolve resolved responsible said same say scrutiny september share someone something
soon sort spring step steps still summer support supported take taken tell there thing things time
times timescale total update updates usually vote voted want wanted way week weeks whole why winter
work working year years
getting gotten goes gone went done making makes taking takes took giving gives gave happening happens
put puts putting
"""))   # the last line: the light verbs above as a resident types them ("are they getting ...", "done online")


# How people talk round a question, not what it is about ("is it true", "these days", "end up"):
# left out of the words a question is searched and weighed by; a rare one ("brand new") would
# otherwise pull in whatever paper happens to print it.
FILLER = re.compile(r"\b(?:is it true(?: that)?|these days|nowadays|at the moment|right now|end(?:s|ed)? up|"
                    r"brand new|way (?:more|less)|lots of|loads of|kind of|sort of|or not|ok|okay|roughly|"
                    r"basically|actually|really|(?:a)?round here)\b|\bthen(?=\W*$)", re.I)


# Words that stress a noun without narrowing it ("actual crimes", "real problems", "genuine complaints"): what
# is counted is the crimes, so a count of "23 crimes" holds "how many were actual crimes". Not FILLER: in a
# figure's name they do narrow it ("actual spend" against the budget), so they stay in the words searched.
EMPHASIS = frozenset({"actual", "real", "genuine", "proper", "true"})


def without_filler(text: str) -> str:
    """The text without the words people talk round a question with."""
    return " ".join(FILLER.sub(" ", text).split())
