"""The decline for a fact of something else: the date or figure the answer would open with is quoted from a
sentence that shares none of the question's words, or is said without a name the question asks of that other
passages print (unrelated_fact; "The passages that mention \"Paxoboard\" give no figure for it.")."""

from __future__ import annotations

import re
from answer.coverage import as_typed, content_terms
from answer.fact import Fact
from answer.when import DAY_OF_MONTH, NEXT_MEETING, WHEN
from answer.period import FIGURE_PERIODS, names_period
from answer.sentences import HEADING_SENTENCES, Sentence, sentence_spans
from core import dates, names
from core.contexts import sentence_context
from core.english import everyday_surprisal, unknown_surprisal
from core.sentences import bare, is_label
from core.terms import STOPWORDS, terms
from retrieval.plan import QueryPlan
from answer.counts import COUNT, bare_count
from answer.figures import FIGURE, sum_cell_after
from answer.proceedings import ASKS_CLOSE, asks_closing
from answer.spans import is_prose
from answer.declines import NO_DATE, NO_DATE_ON, NO_FIGURE_ON, NO_FIGURE_THEN
from answer.declines_reading import PREDATE_LOOK, _listed_after, _names_a_time, _shares_a_word, _with_the_one_before


def unrelated_fact(plan: QueryPlan, fact: Fact | None, ranked: list[Sentence],
                    idf: dict[str, float] | None = None) -> str | None:
    """Why the fact the answer would open with does not answer, else None: a date ("when will the hub
    open?") or a figure of a period ("the hall fees in March 2019") quoted from a sentence of prose that
    shares not one of the question's words, nor does the sentence before it, is of something else its
    passage speaks of ("the 2027 deadline for the funding"; "the cost is approximately £80" in papers of
    2021) -- unless another of the best sentences gives a date (a figure of the period) with the
    question's words, which the answer quotes too. A table row is not judged (its words are in its
    headings), nor a read fact (a vote, a meeting's date), nor a question whose words are all its frame
    ("when is the next meeting"). A fact said without a name the question asks of, which other passages
    print, is another's too (_of_a_neighbour)."""
    if fact is None or fact.reading is not None or plan.intent not in ("when", "quantity"):
        return None
    if plan.intent == "when" and (plan.discussed or NEXT_MEETING.search(plan.standalone)
                                  or asks_closing(plan.intent, plan.standalone)):
        return None
    neighbour = _of_a_neighbour(plan, fact, ranked, idf)
    if neighbour:
        return neighbour
    if plan.intent == "when" and ASKS_CLOSE.search(plan.standalone):
        return None
    asked = {t for t in content_terms(plan) if not dates.is_date_word(t)}
    sentence, own = _with_the_one_before(fact.passage.chunk.text, fact.start, fact.end)
    if not asked or _shares_a_word(asked, own) or not is_prose(sentence):
        return None
    p = plan.period
    if plan.intent == "quantity" and (p is None or p.kind not in FIGURE_PERIODS):
        return None

    def of_the_period(s: Sentence, words: str) -> bool:
        day = s.passage.chunk.meeting_date
        return day is None or p.date_from <= day <= p.date_to or bool(s.period_cell) or names_period(plan, words)

    if plan.intent == "quantity" and of_the_period(Sentence(0, fact.passage, fact.start, fact.end, sentence), own):
        return None
    for s in ranked[:PREDATE_LOOK * 2]:
        _, words = _with_the_one_before(s.passage.chunk.text, s.start, s.end)
        if plan.intent == "when" and _names_a_time(s.text) and _shares_a_word(asked, words):
            return None
        if plan.intent == "quantity" and (FIGURE.search(bare(s.text)) or COUNT.search(bare(s.text))) \
                and _shares_a_word(asked, words) and of_the_period(s, words):
            return None
    return NO_DATE if plan.intent == "when" else NO_FIGURE_THEN.format(period=p.label())


# a word capitalised inside the question (not its first): part of a name ("Paxoboard", "Cwmhirwen")
_NAMED = re.compile(r"(?<![.?!]\s)(?<!^)\b[A-Z][\w'’-]+")


# a section number with its sub-item ("4.5xi) ", "12b) "): a place in the minutes, no figure
_SECTION = re.compile(r"(?<![\w.£(])\d+(?:\.\d+)*[a-z]{0,5}\)\s*")


# a sentence opening with its paragraph's label: "Village Hall – Request for support to Roof Repair:  Following a leak ..."
_OPENS_WITH_LABEL = re.compile(r"[^.:;\n]{3,120}:\s")


# a paragraph's number opening it ("4.5xi) With regard to ...", "2717. Updates", "12 b) ..."): its start
_NUMBERED = re.compile(r"\s*\d+(?:\.\d+)*\s?[a-z]{0,5}[.)]\s")


def _names_asked(plan: QueryPlan, idf: dict[str, float]) -> list[str]:
    """The names the question asks a figure or date of: words it capitalises inside a sentence that
    are no English word ("Paxoboard", "Cwmhirwen"), that some paper of the index prints.
    Not the council or committee it is scoped to, not an acronym (papers spell one out, or write
    "EHCP" for "EHC"). A capitalised English word ("the Trust", "Social Care Grant", "Zoom meeting")
    is not judged: it is as often a paper's heading or the meeting's circumstance as its subject."""
    background = everyday_surprisal(plan.standalone)
    unknown = unknown_surprisal()
    named = {t for m in _NAMED.finditer(plan.standalone) if not m.group(0).isupper() for t in terms(m.group(0))}
    # a place's own words before its kind are a name, English words or not ("Glen" of "Glen Road")
    placed = {t for w in names.place_name_words(plan.standalone) for t in terms(w)}
    return sorted(t for t in content_terms(plan) if t in named and t in idf and t not in plan.scope_words
                  and t not in STOPWORDS and not dates.is_date_word(t)
                  and (background.get(t, unknown) >= unknown or t in placed))


def _said_under(s: Sentence | Fact, ranked: list[Sentence]) -> str | None:
    """What a sentence is said under: its item (or paper's title) and the sentences before it in its
    paragraph, up to the nearest label ("Noticeboard – Oakframe:" over "Their quotation was £1,050.").
    A paragraph that runs on from the chunk before is read on into that chunk when it is one of the
    passages; when it is not, what the sentence is said under is not known (None)."""
    chunk = s.passage.chunk
    text = chunk.text
    spans = sentence_spans(text)
    a = next((x for x, y in spans if x <= s.start < y), s.start)
    above = [(x, y) for x, y in spans if y <= a]
    kept: list[tuple[int, int]] = []
    ended = len(above) > HEADING_SENTENCES
    # a paper whose items are not known (a web page's minutes, one paragraph a line) runs on across its
    # paragraphs: "The Leader introduced an update on ... Brackenhurst Quarry." / "Actions had been taken ..." / "In
    # 2021 the Council received over 22,000 complaints": read back to a label or a numbered paragraph
    runs_on = chunk.item is None
    for x, y in reversed(above[-HEADING_SENTENCES:]):
        if "\n\n" in text[y:kept[-1][0] if kept else a] and not runs_on:
            ended = True
            break
        if runs_on and _NUMBERED.match(text[x:x + 20]):
            kept.append((x, y))
            ended = True
            break
        kept.append((x, y))
        if is_label(text[x:y]) or _OPENS_WITH_LABEL.match(text[x:y]):
            ended = True
            break
    first = kept[-1][0] if kept else a
    before = " ".join(text[x:y] for x, y in reversed(kept))
    if not ended and not _NUMBERED.match(text[first:first + 20]) and ("\n\n" not in text[:first] or runs_on) \
            and chunk.position > 0:
        # the paragraph runs on from the chunk before: its last paragraph, when it is a passage
        previous = next((t.passage.chunk for t in ranked if t.passage.chunk.source_sha256 == chunk.source_sha256
                         and t.passage.chunk.position == chunk.position - 1), None)
        if previous is None:
            return None
        before = f"{previous.text.rsplit(chr(10) * 2, 1)[-1][-600:]} {before}"
    return f"{chunk.item or chunk.title or ''}: {before}"


def _said_above(s: Sentence | Fact, ranked: list[Sentence]) -> str:
    """What a sentence is said under (_said_under); for a paragraph run on from a chunk that is no
    passage, its item and what its own chunk prints above it: a name the passages print elsewhere and
    neither the sentence's paper there nor the passages beside it is not what it speaks of."""
    chunk = s.passage.chunk
    return _said_under(s, ranked) or f"{chunk.item or chunk.title or ''}: {chunk.text[:s.start]}"


def _gives_under(s: Sentence, ranked: list[Sentence], word: str, when: bool) -> bool:
    """The sentence gives a figure (a time, `when`; a section number "4.5xi)" is neither) and holds
    `word`, or is said under it (_said_under)."""
    text = _SECTION.sub("", bare(s.text))
    if when:
        gives = any(_names_a_time(m.group(0)) for m in WHEN.finditer(text)) or DAY_OF_MONTH.search(text)
    else:
        # (a date in figures, "23/04/2024", or a reference, "ref: 1317", counts nothing)
        gives = FIGURE.search(text) or bare_count(text) or s.period_cell \
            or sum_cell_after(s.passage.chunk.text, s.end)
    return bool(gives) and _prints_name(word, f"{_said_under(s, ranked) or ''} {text}")


def _prints_name(name: str, text: str) -> bool:
    """The text prints the name's stem, or a longer word it opens ("Paxoboard's"); a shorter word
    does not hold it ("open" is not "Openreach")."""
    return any(t.startswith(name) for t in terms(text))


def _of_a_neighbour(plan: QueryPlan, fact: Fact, ranked: list[Sentence], idf: dict[str, float] | None) -> str | None:
    """Why the fact is of a neighbouring subject, else None: a name the question asks of (_names_asked)
    that the retrieved passages print, but not where the fact is said (its sentence, its item, the
    sentences before it in its paragraph): two quotations "from Oakbench Ltd (£1,035.34) and Rivet & Co
    (£1,179.60)" asked what the Paxoboard notice board cost, which other sentences name. Unless one of
    the best sentences under the name (the rarest, if more are missing) gives a figure (a time), the
    passages on what was asked give none. Not judged when what the fact is said under is not known (a
    paragraph run on from a chunk that is no passage), unless the passages printing the names are all
    another council's papers than the fact's: then its own chunk above it is read (_said_above)."""
    if idf is None:
        return None
    names = _names_asked(plan, idf)
    if not names:
        return None
    under = _said_under(fact, ranked)
    if under is None:
        council = fact.passage.chunk.council
        naming = {s.passage.chunk.council for s in ranked
                  if any(_prints_name(t, f"{s.passage.chunk.item or ''} {s.passage.chunk.text}") for t in names)}
        if council is None or not naming or None in naming or council in naming:
            return None
        under = _said_above(fact, ranked)
    own = f"{under} {sentence_context(fact.passage.chunk, fact.passage.chunk.text[fact.start:fact.end])}"
    printed = " ".join({f"{s.passage.chunk.item or ''} {s.passage.chunk.text}" for s in ranked})
    missing = [t for t in names if not _prints_name(t, own) and _prints_name(t, printed)]
    if not missing:
        return None
    when = plan.intent == "when"
    rarest = max(missing, key=lambda t: idf[t])
    look = [s for s in ranked if not s.off_period][:PREDATE_LOOK * 2] or ranked[:PREDATE_LOOK * 2]
    if any(_gives_under(t, ranked, rarest, when) for s in look for t in [s, *_listed_after(s, ranked)]):
        return None
    return (NO_DATE_ON if when else NO_FIGURE_ON).format(word=as_typed(plan.standalone, rarest))
