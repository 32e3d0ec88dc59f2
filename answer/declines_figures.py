"""The declines of figures and sums not given: a quantity question whose passages give no figure on its
subject, only money set aside for it, only options or projections, a share and no sum; and the figure the answer
opens with when it is not on the subject (figure_on_subject)."""

from __future__ import annotations

import re
from typing import Callable
from answer import facts
from answer.coverage import content_terms, opened
from answer.fact import Fact, LABELS, LOOK_AT
from answer.sentences import Sentence, sentence_before, sentence_spans
from core import dates, thesaurus
from core.contexts import sentence_context
from core.english import everyday_surprisal, unknown_surprisal
from core.modality import ASKED_DONE, POSSIBILITY, PROJECTION
from core.sentences import LIST_PREFIX, bare
from core.settings import Settings
from core.terms import GENERIC, STOPWORDS, terms
from retrieval.plan import QueryPlan
from answer.counts import (COUNT, COUNT_ASKED, SPELLED_COUNT, bare_count, count_head, counted_in_paragraph,
    counted_thing, counts_head)
from answer.figures import (DURATION, FIGURE, FIGURE_FRAME, LENGTH_ASKED, MONEY, OFTEN_ASKED, TARGET_ASKED,
    _PARAGRAPH_NUMBER, gives_frequency, gives_sum, sum_cell_after)
from answer.proceedings import ATTENDANCE
from answer.declines_reading import PREDATE_LOOK, _listed_after, _on_subject
from answer.declines_neighbour import _said_above


# the answerer's finder of the words close in meaning to the question's (ExtractiveAnswerer._stand_ins):
# (plan, the question's stems, words) -> each stem's words near it
StandIns = Callable[[QueryPlan, set[str], list[str]], dict[str, set[str]]]
# a question asking what something cost (not what it will cost, nor what was set aside), and the words that
# give a sum as money set aside, raised or offered for a thing
_COST_ASKED = re.compile(r"\b(?:how\s+much\s+did\s+.{1,80}?\s+cost|what\s+did\s+.{1,80}?\s+cost|"
                         r"how\s+much\s+was\s+.{1,80}?\s+(?:cost|bought\s+for|purchased\s+for))\b", re.I | re.S)
# ... and the words that give a sum as a price, whatever paid it ("bought from grant funding at a cost of £850")
_PRICED = re.compile(r"\b(?:cost\w*|price\w*|paid|pay(?:ing|ment)|quot\w*|invoic\w*|(?:bought|purchased)\s+(?:for|at)|charg\w*)\b",
                     re.I)
_FUNDS = re.compile(r"\b(?:ring[- ]?fenced|set\s+aside|allocat\w*|earmark\w*|fund\w*|towards|rais\w*|match\w*|"
                    r"donat\w*|grants?|budget\w*|sav(?:e|ed|ing)\s+up)\b", re.I)
# asked what something came to, not what it was expected to: "how much did the concert actually take in ticket
# sales", "what did the fete raise in the end", "how much did the appeal bring in"
_ACTUAL_ASKED = re.compile(r"\bactual(?:ly)?\b|\bin\s+the\s+end\b|\ball\s+told\b|\boutturn\b|"
                           r"\bdid\b.{1,80}?\b(?:take|raise|make|earn|sell|collect|generate|bring\s+in|net)\b", re.I | re.S)
# asked what a body will charge, set or pay: "how much will the city charge employers", "what fee will the council set"
_SET_AHEAD = re.compile(r"\b(?:will|is\s+going\s+to|are\s+going\s+to)\s+(?:[\w'’-]+\s+){0,4}?"
                        r"(?:charge|levy|set|fix|pay|award|grant|allocate)\b", re.I)
LIST_BACK = 8              # how many list lines above a listed figure its lead-in may be
# a number given with its decimals or thousands ("rate (25.0)", "£1,142" cut from its pound sign), not an item's "7"
_MEASURED = re.compile(r"(?<![\w.,/])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w/])|(?<![\w.,/])\d+\.\d+(?![\w./])")
ATTENDANCE_REACH = 300     # characters: how far above a count an attendance list's label makes it the meeting's
# a question's past form ("issued", "joined"), or the word after a number it gives ("within 20 weeks")
_DONE_OR_MEASURED = re.compile(r"\b[A-Za-z]{3,}(?<!e)ed\b|(?<=\d\s)[A-Za-z]+|(?<=\d)[A-Za-z]+")
# a figure printed as a target ("the target of £1000", "Target: 92%"); a question asking one: figures.TARGET_ASKED
_TARGET_FIGURE = re.compile(r"\btargets?\b(?:\s+(?:of|was|is|were|set\s+at))?\s*:?\s*(?:of\s+)?[£$€]?\s?\d[\d,.]*"
                            r"(?:\s?(?:%|k\b|m\b|bn\b|million|billion))?", re.I)


def only_funds_for_it(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> bool:
    """Asked what something cost ("How much did the new defibrillator cost?"), not what was set aside for
    it, and every sentence on its subject (settings.figure_subject_share of what the best holds of what the
    cost is asked of) that gives a sum gives money set aside, raised or offered for it ("£200 ... ring fenced for the
    purchase of a new defibrillator", "match money raised ... up to a maximum of £500"): a fund is not
    a price. Not judged when no such sentence gives a sum."""
    if not _COST_ASKED.search(plan.standalone) or _FUNDS.search(plan.standalone):
        return False
    look = [s for s in ranked if not s.off_period][:settings.figure_look]
    best = max((s.subject for s in look), default=0.0)
    if best <= 0:
        return False
    summed = [s for s in look if s.subject >= settings.figure_subject_share * best
              and gives_sum(s.text, s.passage.chunk.text)]
    return bool(summed) and all(_FUNDS.search(s.text) and not _PRICED.search(s.text) for s in summed)


def no_figure_on_subject(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> bool:
    """A quantity question whose subject is held by its best sentences, none of which (nor the
    sentence after one) gives a figure, while every sentence giving one holds far less of the
    question (settings.figure_subject_share of the best sentence's share of the words it asks a figure
    of: "pay" in "how much did we pay for scalpings" is its frame)."""
    if plan.intent != "quantity" or not ranked:
        return False
    look = [s for s in ranked if not s.off_period][:settings.figure_look] or ranked[:settings.figure_look]
    subject = max((s.subject for s in look), default=0.0)
    if subject <= 0:
        return False

    counted = bool(COUNT_ASKED.search(plan.standalone))
    often = bool(OFTEN_ASKED.search(plan.standalone))     # "how often": "every other month" is its figure
    # a figure given as the target ("raised well over the target of £1000") is no figure of what was done,
    # unless a target is what is asked
    targets = None if TARGET_ASKED.search(plan.standalone) else _TARGET_FIGURE

    def figure(s: Sentence) -> bool:
        text = bare(s.text)
        if targets is not None:
            text = targets.sub(" ", text)
        # "how many were co-opted": "all five to be co-opted" counts in words
        return bool(FIGURE.search(text) or COUNT.search(text) or s.period_cell
                    or counted and SPELLED_COUNT.search(text) or often and gives_frequency(text))

    # "how many guests": a count of the thing asked, in figures or words ("plus ten guests"), later
    # in the paragraph naming the subject counts too ("… There are currently 72 members")
    head = count_head(plan.standalone, loose=True)
    for s in look:
        if s.subject >= settings.figure_subject_share * subject:
            if figure(s) or any(figure(t) for t in _listed_after(s, ranked)) \
                    or sum_cell_after(s.passage.chunk.text, s.end):
                return False
            if head and counted_in_paragraph(s, ranked, head):
                return False
    return True


def _holds_subject(plan: QueryPlan, ranked: list[Sentence], settings: Settings,
                   stand_ins: StandIns) -> Callable[[Sentence | Fact], bool] | None:
    """For a figure question, whether a sentence or fact holds its subject (a function), or None when not
    judged. Asked how many of a thing a subject had or did ("How many sessions did the speedwatch do?"), a
    count holding the counted noun only is not on it: it must hold one of the question's other words that
    name its subject ("speedwatch") and that the best sentences print, where it is said (its sentence, its
    item, the sentences before it in its paragraph: _said_above), in other words the thesaurus files them
    under, or in words close in meaning ("dads" for "a course for fathers"). "Two sessions have taken place
    during Quarter 3 ... fraud awareness" is a count of another matter's sessions. Asked how much, a figure
    whose passage names none of them ("a projected overspend of £23.3 million" in a county's budget
    minutes) is no cost of the grounds maintenance contract. The words that
    say how one asks ("took part", "have"; commoner in everyday English than settings.everyday_surprisal),
    what was done to the things counted ("were issued") and a measure given a number ("within 20 weeks"),
    those naming the thing counted or what a figure is (the cost, the pay), the council or committee asked
    about, and dates are no subject. An attendance record's count ("plus eight guests") is of its meeting."""
    if plan.intent != "quantity":
        return None
    background = everyday_surprisal(plan.standalone)
    unknown = unknown_surprisal()
    framing = {t for m in _DONE_OR_MEASURED.finditer(plan.standalone) for t in terms(m.group(0))}
    # (the words of the thing counted beside its noun, "safe accommodation units", name the matter as well as any)
    head = count_head(plan.standalone, loose=True)
    subject = {t for t in content_terms(plan) - {head} - framing - FIGURE_FRAME - plan.scope_words - STOPWORDS
               if not dates.is_date_word(t) and background.get(t, unknown) >= settings.everyday_surprisal}
    look = [s for s in ranked if not s.off_period][:settings.figure_look] or ranked[:settings.figure_look]

    def held(text: str) -> set[str]:
        ts = set(terms(text))
        ts |= thesaurus.held(plan.expansions, ts)
        return ts | opened(subject - ts, ts)

    printed = subject & set().union(*(held(sentence_context(s.passage.chunk, s.text)) for s in look))
    if not printed:
        return None
    # the name of a person the question names ("Councillor Lowe") says who dealt with the thing, not what it
    # is: a figure holding only it ("the quote of £60k" Councillor Lowe received for a tarmac topping) is of
    # another of their matters when the question names the thing in other words too ("the scalpings")
    names = _person_words(plan) & subject
    things = subject - names
    # the thing asked, less the place it is at ("the collapsed drain" of "the collapsed drain under the
    # village green"): a figure whose passage names most of its words is its figure; a figure of another
    # matter at the same place (the green's legal fees, its cart roads' tarmac) is not
    # (what was done to it, "collapsed", names this matter as well as any)
    matter = {t for t in _matter_words(plan.standalone) - FIGURE_FRAME - plan.scope_words - STOPWORDS - GENERIC
              if not dates.is_date_word(t)}
    matter &= set().union(*(held(sentence_context(s.passage.chunk, s.text)) for s in look))

    # asked how much, a figure is often set out apart from the words naming its subject (a table under its
    # lead-in, a dashboard's tile under its heading): it is judged by its passage, which must name it
    whole = not counted_thing(plan.standalone)

    def holds(s: Sentence | Fact) -> bool:
        chunk = s.passage.chunk
        if ATTENDANCE.search(chunk.text[max(0, s.start - ATTENDANCE_REACH):s.end]):
            return True
        # (a passage holds the name of the body whose paper it is, printed on its page or not: "bute police
        # incidents" asked of a community council's minutes that never print "Bute")
        own = f"{chunk.council or ''} {chunk.item or ''} {chunk.title or ''} {chunk.header} {chunk.text}" if whole else \
            f"{chunk.council or ''} {_said_above(s, ranked)} {sentence_context(chunk, chunk.text[s.start:s.end])}"
        said = held(own)
        if matter and 2 * len(matter & said) <= len(matter):
            return False    # (most of the thing's words: "drainage" beside another matter is not the collapsed drain)
        if printed & said and (not things or said & things):
            return True
        words = sorted(set(re.findall(r"[a-z][a-z-]{2,}", own.lower())) - STOPWORDS)
        return bool(stand_ins(plan, (printed - names) if things else printed, words))
    return holds


def figure_on_subject(plan: QueryPlan, fact: Fact | None, ranked: list[Sentence], settings: Settings,
                       stand_ins: StandIns) -> Fact | None:
    """The fact a figure question's answer opens with, on its subject (_holds_subject): the lead as found
    when it holds it (or is not a figure, or a table's read row), else the best sentence near the top
    that gives a figure (a count of the thing counted) and holds it; None when none does."""
    if fact is None or fact.label != LABELS["quantity"] or fact.reading is not None \
            or "\t" in fact.passage.chunk.text[fact.start:fact.end]:
        return fact          # (a table's row is named by its table, which may start in a chunk before)
    holds = _holds_subject(plan, ranked, settings, stand_ins)
    if holds is None or holds(fact):
        return fact
    head = count_head(plan.standalone, loose=True)
    lasting = bool(LENGTH_ASKED.search(plan.standalone))

    def gives(s: Sentence) -> bool:
        text = bare(s.text)
        if head:
            return counts_head(text, head) or bare_count(text)
        if lasting and DURATION.search(text):
            return True     # asked how long, a length of time ("an estimated life of 40 years")
        # a sum, a share, or a number with its decimals or thousands ("rate (25.0)", "1,142"), not an item's
        # number ("add new number 7 item", "section 4")
        return bool(FIGURE.search(text) or _MEASURED.search(_PARAGRAPH_NUMBER.sub("", text)))
    look = [s for s in ranked if not s.off_period][:LOOK_AT * facts.FIGURE_LOOK_FACTOR]
    other = next((s for s in look if gives(s) and holds(s)), None)
    return Fact(fact.label, other.passage, other.start, other.end) if other is not None else None


def only_options(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> bool:
    """Asked what a body will charge, set or pay ("How much per parking space will the council charge
    employers?"), and every one of the best sentences on its subject (as only_projected judges them) that
    gives a sum is a report's option or possibility ("Option 2: a central zone priced at around £15 per space
    per week could raise £6m", "the alternative of a flat fee of £50"), none a resolution's: a report sets
    out choices, and a choice is no decision until a resolution adopts it."""
    if plan.intent != "quantity" or not _SET_AHEAD.search(plan.standalone):
        return False
    subject = _on_subject(ranked[:PREDATE_LOOK * 2], settings.predate_subject_share)
    giving = [s for s in subject if MONEY.search(bare(s.text))]
    return bool(giving) and all(not s.passage.chunk.is_resolution and s.passage.chunk.doc_type != "minutes"
                                and POSSIBILITY.search(s.text) for s in giving)


def only_projected(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> bool:
    """Asked what something actually came to ("How much did the concert actually take in ticket sales?"),
    and every one of the best sentences on its subject (at least settings.predate_subject_share of what the
    best holds of its words) that gives a figure gives a projection: it, or the lead-in of the list it is a
    line of ("It is envisaged that the ticket pricing ... would be:" over "£10 per Adult"), is worded as an
    estimate, a forecast or what would be (PROJECTION). A paper written before the event gives what it
    expects, not what it took."""
    if plan.intent != "quantity" or not ASKED_DONE.search(plan.standalone) or not _ACTUAL_ASKED.search(plan.standalone):
        return False
    if TARGET_ASKED.search(plan.standalone) or PROJECTION.search(plan.standalone):
        return False          # asked the aim or the estimate itself ("how much did the appeal aim to raise")
    subject = _on_subject(ranked[:PREDATE_LOOK * 2], settings.predate_subject_share)
    giving = [s for s in subject if FIGURE.search(bare(s.text)) or COUNT.search(bare(s.text))]
    return bool(giving) and all(_projected(s) for s in giving)


def _projected(s: Sentence) -> bool:
    """The sentence gives a projection (PROJECTION), itself or as a line of a list led in by one: the lines
    above a listed line, back to the first that is not a list line, are read with it."""
    if PROJECTION.search(s.text):
        return True
    text = s.passage.chunk.text
    spans = sentence_spans(text)
    start, line = s.start, s.text
    for _ in range(LIST_BACK):
        if not (LIST_PREFIX.match(line) or line.lstrip()[:1] in "\uf0b7\u2022\u25aa-"):
            return False
        before = sentence_before(text, spans, start)
        if before is None:
            return False
        if PROJECTION.search(before):
            return True
        start, line = text.rfind(before, 0, start), before
    return False


# a share ("12.5%", "31 per cent") and the words that make a bare number a sum ("the precept of 6,500")
_SHARE = re.compile(r"\d\s?(?:%|per\s?cent)", re.I)

_MONEY_WORDS = re.compile(r"\b(?:precept|budget\w*|cost\w*|spen[dt]\w*|fees?|grants?|fund\w*|pa(?:y|id)\w*|price\w*|"
                          r"charg\w*|allocat\w*|sum|income|savings?|overspend|underspend|reserves?)\b", re.I)


def no_sum_but_a_share(sentence: str, chunk_text: str) -> bool:
    """The sentence gives a share and no sum: no sum printed as one (gives_sum), and no word that makes a
    bare number a sum (a parish's "precept of 6,500" is written without its pound sign)."""
    return bool(_SHARE.search(sentence)) and not gives_sum(sentence, chunk_text) and not _MONEY_WORDS.search(sentence)


def _person_words(plan: QueryPlan) -> set[str]:
    """The terms of the persons a question names ("Councillor Lowe": lowe)."""
    return set().union(*(ts for _, ts in plan.people)) if plan.people else set()


# a place a thing is at, after the thing ("the collapsed drain under the village green", "the bench beside the
# war memorial"): spatial words only ("on", "in", "for" as often name the thing's own matter: "spend on the roof")
_AT_PLACE = re.compile(r"\b(?:under|beneath|below|underneath|beside|behind|near|outside|opposite|along|alongside|"
                       r"next\s+to|in\s+front\s+of|at\s+the\s+(?:back|side|end|edge|corner)\s+of)\b", re.I)


def _matter_words(question: str) -> set[str]:
    """The words of the thing a question asks about when it names the place the thing is at after it ("How much
    will it cost to replace the collapsed drain under the village green?": replace, collapsed, drain); empty
    when it names no such place."""
    m = _AT_PLACE.search(question)
    return set(terms(question[:m.start()])) if m else set()
