"""The declines of the kind of thing asked, not given: a date for what is to come, a time of day, a day or a
length of time, the part of a whole counted, the matter said about, a reason for what was asked."""

from __future__ import annotations

import re
from answer.coverage import content_terms, opened
from answer.fact import Fact
from answer.when import DAY_OF_MONTH, NEXT_MEETING, WHEN, WILL_HAPPEN
from answer.sentences import Sentence
from core import dates, thesaurus
from core.contexts import sentence_context
from core.sentences import bare
from core.settings import Settings
from core.terms import EMPHASIS, GENERIC, STOPWORDS, terms
from retrieval.plan import QueryPlan
from answer.counts import bare_count
from answer.figures import FIGURE, LENGTH_ASKED, gives_length
from answer.proceedings import asks_closing
from answer.reasons import REASON, REASON_LABEL
from answer.spans import next_sentence
from answer.declines_reading import _another_item, _on_subject, _shares_a_word, _with_the_one_before


def no_date_ahead(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> bool:
    """The question asks when something is to happen ("When will the new campus open?"), and none
    of the best sentences on its subject (at least settings.predate_subject_share of what the best
    holds of its words), nor the sentence after one, names a time (a date, a month, a season, a
    year): a meeting spoke of it without saying when. A date beside it of something else, in another
    passage ("the online consultation on CCTV in Northby was live until 31 October" asked when
    Northby's banking hub opens) or in the next line of a list (another scheme's), is not its date. (Asked when
    something happened, the meeting's own date may answer: "When was the budget approved?")"""
    if plan.intent != "when" or not WILL_HAPPEN.search(plan.standalone) or plan.discussed \
            or NEXT_MEETING.search(plan.standalone) or asks_closing(plan.intent, plan.standalone):
        return False
    best = ranked[:settings.figure_look]
    # the sentences on its subject, and those of their passages (a forward plan's date on the line below its item)
    subject = _on_subject(best, settings.predate_subject_share)
    look = [s for s in best if any(s.passage is t.passage and not _another_item(t, s) for t in subject)]
    for s in look:
        nxt = next_sentence(s, ranked)
        if nxt is not None and _another_item(s, nxt):
            nxt = None            # the next line of a list is another matter's ("- Hillside Primary ... 2024-25")
        if any(WHEN.search(t) or DAY_OF_MONTH.search(t) or dates.TIME_FROM_NOW.search(t)
               for t in (s.text, nxt.text if nxt is not None else "")):
            return False
    return bool(look)


# the kind of time a question asks for, and how a sentence gives one: the time of day ("What time was the
# beacon lit?": "7.30pm", "noon"), the day ("On which days will the post office open?": "Tuesdays", "on 4
# November") or a length of time ("How long will the mast stay up?": "18 months", "until March 2026")
_TIME_OF_DAY_ASKED = re.compile(r"\b(?:what|which)\s+time\b(?!\s+of\s+(?:the\s+)?(?:year|month|season))|"
                                r"\bat\s+what\s+hour\b", re.I)
_DAY_ASKED = re.compile(r"\b(?:what|which)\s+(?:days?|dates?)\b(?!\s+(?:centre|centers?|services?|care|trips?))", re.I)
_DAY_NAMED = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:weekdays?|weekends?|daily|every\s+day|"
                        r"each\s+day|tomorrow|today)\b", re.I)
KIND_ASKED = {"time of day": _TIME_OF_DAY_ASKED, "day": _DAY_ASKED, "length of time": LENGTH_ASKED}
NO_KIND = "The passages on this subject give no {kind} for it."


def _gives_kind(kind: str, text: str) -> bool:
    if kind == "time of day":
        return bool(dates.CLOCK_TIME.search(text))
    if kind == "day":
        return bool(_DAY_NAMED.search(text) or dates.find_dates(text) or DAY_OF_MONTH.search(text))
    return gives_length(text)


def kind_not_given(plan: QueryPlan, ranked: list[Sentence], fact: Fact | None, settings: Settings) -> str | None:
    """The kind of time the question asks for (a time of day, a day, a length of time: KIND_ASKED) when none of
    the best sentences on its subject (as no_date_ahead: at least settings.predate_subject_share of what the best
    holds of its words), nor the sentence after one in its item, nor the line the answer would open with when it
    is in the passage of the best of them, gives one: "The Beacon was well attended, approximately 70 people" asked what time the
    beacon was lit; a length of time of another matter ranked below them ("a permitted reserve life of some 82
    years" asked how long a mast will stay up) is not its length. None when no such kind is asked, or one is given.
    (Asked when a meeting closed, its minutes' closing line answers: closing_time.)"""
    kind = next((k for k, asked in KIND_ASKED.items() if asked.search(plan.standalone)), None)
    if kind is None or asks_closing(plan.intent, plan.standalone) or plan.intent in ("vote", "summary"):
        return None
    if fact is not None and fact.reading is not None:
        return None
    best = [s for s in ranked if not s.off_period][:settings.figure_look] or ranked[:settings.figure_look]
    subject = _on_subject(best, settings.predate_subject_share)
    for s in subject:
        nxt = next_sentence(s, ranked)
        if nxt is not None and _another_item(s, nxt):
            nxt = None
        if any(_gives_kind(kind, bare(t)) for t in (s.text, nxt.text if nxt is not None else "")):
            return None
    # the line the answer opens with, in the passage of the best sentence on the subject ("2. appoint ... with the
    # intention that they similarly serve an 18 month term" below "Extension of the terms of office")
    if fact is not None and subject and fact.passage is subject[0].passage and _gives_kind(kind, fact.text):
        return None
    return kind if subject else None


# a part of a whole asked: "How many of the people at the beacon were children?", "How much of the money
# came from businesses?" (the whole, then the part that is counted)
_PART_ASKED = re.compile(r"^\W*how\s+(?:many|much)\s+of\s+(?P<whole>[^?]{1,120}?)\s+(?:were|are|came\s+from|"
                         r"come\s+from|comes\s+from|went\s+to|go(?:es)?\s+to)\s+(?P<part>[^?,;]+)", re.I)
# where the part asked ends: what follows says where or when, or whose account ("according to the schedule")
_PART_END = re.compile(r"\s+(?:according|in|at|on|for|by|during|this|last|next|since|from)\b.*", re.I | re.S)
NO_PART = "The passages on this subject give no number of those asked about: \"{part}\"."


def part_not_counted(plan: QueryPlan, ranked: list[Sentence], fact: Fact | None, settings: Settings,
                     idf: dict[str, float] | None) -> str | None:
    """The part of a whole a question counts ("children" of "How many of the people at the beacon were
    children?"), as typed, when neither the line the answer would open with nor any best sentence on the
    subject that gives a figure holds its words (all of one or two, half of more; the thesaurus's equivalents,
    a longer word a stem opens): "approximately 70 people from the local community" counts the whole, not the
    children. Only the words the index knows are judged (a misspelling is no subject). None when no part is asked."""
    m = _PART_ASKED.match(plan.standalone)
    if not m or idf is None:
        return None
    asked = _PART_END.sub("", m.group("part"))
    part = {t for t in terms(" ".join(w for w in asked.split() if w.lower() not in EMPHASIS))
            if t in idf and t not in plan.scope_words and t not in STOPWORDS and t not in GENERIC
            and not dates.is_date_word(t)}
    if not part:
        return None
    best = [s for s in ranked if not s.off_period][:settings.figure_look] or ranked[:settings.figure_look]
    look: list[Sentence | Fact] = [s for s in _on_subject(best, settings.predate_subject_share)
                                   if FIGURE.search(s.text) or bare_count(bare(s.text))]
    if fact is not None:
        look.insert(0, fact)
    for s in look:
        said = set(terms(sentence_context(s.passage.chunk, s.passage.chunk.text[s.start:s.end])))
        said |= thesaurus.held(plan.expansions, said) | opened(part - said, said)
        if (2 * len(part - said) <= len(part)) if len(part) > 2 else part <= said:
            return None
    return asked.strip()


# what someone or a paper said about a matter: "What does the Data Protection Policy say about keeping emails?"
_SAID_ABOUT = re.compile(r"\b(?:say|says|said|state|states|stated|write|writes|wrote)\s+about\s+(?P<about>[^?]+)", re.I)
NO_SAID_ABOUT = "The passages on this subject say nothing of \"{about}\"."


def said_about_not_held(plan: QueryPlan, ranked: list[Sentence], fact: Fact | None, settings: Settings,
                        idf: dict[str, float] | None) -> str | None:
    """The matter a question asks what was said about ("keeping emails" of "What does the Data Protection Policy
    say about keeping emails?"), as typed, when neither the line the answer would open with nor any best
    sentence on the subject holds any of its words in its own sentence or the one before (or the thesaurus's
    equivalent, a longer word a stem opens; one word is enough, as a resident's own words for the rest may
    differ: "fuel being stolen from farms" of "2 thefts of diesel from farm vehicles"): minutes saying a policy is to be written
    say nothing of what it says about emails. Only the words the index knows are judged, past the scope and
    dates ("cashpoint", which no paper prints, asked of a "Cash Machine"). None when no such matter is asked."""
    m = _SAID_ABOUT.search(plan.standalone)
    if not m or idf is None or fact is None or fact.reading is not None:
        return None
    about = re.split(r"\s+(?:in|at)\s+(?:his|her|their|its|the)\s+(?:question|report|letter|speech|statement)\b",
                     m.group("about"))[0]
    asked = {t for t in terms(about) if t in idf and t not in plan.scope_words and t not in STOPWORDS
             and t not in GENERIC and not dates.is_date_word(t)}
    if not asked:
        return None
    best = [s for s in ranked if not s.off_period][:settings.figure_look] or ranked[:settings.figure_look]
    for s in [fact, *_on_subject(best, settings.predate_subject_share)]:
        _, own = _with_the_one_before(s.passage.chunk.text, s.start, s.end)
        said = set(terms(own))
        said |= thesaurus.held(plan.expansions, said) | opened(asked - said, said)
        if asked & said:
            return None
    return about.strip()


# a verdict asked of what is to come, as a yes or no: "Will the questionnaire get a good response?", "Would a
# levy be good for the city?", "Is the new market going to be a success?" (the verdict word in lower case: a name's
# "Good Growth" is no verdict)
_AHEAD_YES_NO = re.compile(r"^\W*(?:will|would|(?:is|are)\s+(?:[\w'’-]+\s+){1,8}?going\s+to)\b", re.I)
_VERDICT_AHEAD = re.compile(r"\b(?:good|bad|better|worse|successful|unsuccessful|success|popular|unpopular|effective|"
                            r"ineffective|worthwhile|worth\s+(?:it|the)|beneficial|(?<!as\s)well|badly|pay\s+off|"
                            r"work\s+out|succeed|fail)\b")
# the words in which a paper states an expectation of its own: "the scheme is expected to be popular", "it is
# likely to prove effective", "we are confident it will be well supported"
_EXPECTS = re.compile(r"\b(?:will|would|shall|expect\w*|anticipat\w*|likely|unlikely|forecast\w*|predict\w*|"
                      r"confident|hope[sd]?|envisag\w*|should)\b", re.I)


def verdict_ahead_not_said(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> str | None:
    """Asked, as a yes or no, for a verdict on what is to come ("Will the Place Plan questionnaire get a good
    response from the village?", "Would a workplace parking levy be good for the city?"), and none of the best
    sentences on the subject states that verdict as the paper's expectation: its verdict word ("good",
    "successful", "popular"), in lower case, with words of expecting ("is expected to", "would", "likely").
    Papers record what was said, decided and expected; a forecast of how a thing will turn out is the
    assistant's, not theirs. The verdict word as typed, or None."""
    m = _AHEAD_YES_NO.match(plan.standalone)
    verdict = _VERDICT_AHEAD.search(plan.standalone[m.end():]) if m else None
    if verdict is None:
        return None
    word = verdict.group(0)
    stem = re.escape(word[:4] if len(word) > 5 else word)
    said = re.compile(rf"\b{stem}\w*")
    best = ranked[:settings.sum_look * 2]
    for s in [*best[:1], *_on_subject(best, settings.predate_subject_share)]:
        _, own = _with_the_one_before(s.passage.chunk.text, s.start, s.end)
        if said.search(own) and _EXPECTS.search(own):
            return None
    return word


NO_VERDICT = ("The passages on this subject do not say it is expected to turn out \"{verdict}\": the papers record "
              "what was said, decided and expected, not a forecast of how it will turn out.")


def no_reason_given(plan: QueryPlan, fact: Fact | None) -> bool:
    """Asked why, the sentence the answer would open with gives no reason for what was asked: worded as a reason
    (REASON) but sharing none of the question's words (past its scope and dates), nor does the sentence
    before it; or worded as none, and either saying again only what the question says (its words all the
    question's) or a list of names (an attendance line). A read fact (a vote), a labelled reason or a table's
    row is not judged."""
    if plan.intent != "why" or fact is None or fact.reading is not None or REASON_LABEL.match(fact.text) \
            or "\t" in fact.passage.chunk.text[fact.start:fact.end]:
        return False          # (a table's row is read with its headings: its reason may be a cell's own words)
    asked = {t for t in content_terms(plan) if not dates.is_date_word(t)} - plan.scope_words
    if REASON.search(fact.text):
        _, own = _with_the_one_before(fact.passage.chunk.text, fact.start, fact.end)
        return bool(asked) and not _shares_a_word(asked, own)
    said = set(terms(fact.text)) - STOPWORDS
    if said and said <= set(terms(plan.standalone)):
        return True
    tokens = re.findall(r"[A-Za-z][\w'’-]*", fact.text)
    capitals = sum(1 for t in tokens if t[0].isupper())
    return len(tokens) >= NAME_LIST_WORDS and capitals >= NAME_LIST_SHARE * len(tokens)

NO_REASON = "The passages on this subject give no reason for it."

NAME_LIST_WORDS = 6        # a line of at least this many words ...

NAME_LIST_SHARE = 0.7      # ... this share of them capitalised is a list of names, not a reason
