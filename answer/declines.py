"""The declines with a reason: checks that the passages found do not answer the question, each saying why
("The passages on this subject record no vote.", "The papers do not say that the council closed the school; they
record: ..."), and the reasons' wording. Each check takes the question's plan, the ranked sentences and the fact
the answer would open with; the answerer (answer.extractive) runs them in its order and declines on the first
that holds. It does not rank sentences nor write answers."""

from __future__ import annotations

import re
from datetime import date, timedelta
from answer import facts
from answer.coverage import content_terms, opened
from answer.fact import Fact, LABELS
from answer.when import DAY_OF_MONTH, NEXT_MEETING, WHEN, WILL_HAPPEN
from answer.period import FIGURE_PERIODS, compared_periods, names_period, period_held, wants_one_period
from answer.quoting import clean
from answer.sentences import Sentence
from core import dates, names, thesaurus, votes
from core.contexts import sentence_context
from core.english import everyday_surprisal, unknown_surprisal
from core.modality import ASKED_AHEAD, ASKED_DONE, COUNT_HOPED_FOR, put_ahead
from core.sentences import bare
from core.settings import Settings
from core.terms import GENERIC, STOPWORDS, terms
from ingest import layouts
from retrieval.plan import ABOUT_A_MEETING, DEPUTY_ASKED, OFFICE_ASKED, QueryPlan, asks_office_for_year
from answer.counts import bare_count
from answer.doers import names_a_person
from answer.figures import FIGURE, LENGTH_ASKED, gives_length
from answer.outcomes import decides
from answer.proceedings import asks_closing
from answer.reasons import REASON, REASON_LABEL
from answer.roles import elects_to, role_printed, under_election
from answer.spans import next_sentence
from answer.tallies import vote_groups
from answer.declines_reading import (PREDATE_LOOK, _TOKEN, _another_item, _list_head, _on_subject, _same_root,
    _shares_a_word, _with_the_one_before)


# the reasons a decline gives, before "The papers in the index do not answer this."
NO_VOTE = "The passages on this subject record no vote."
NO_VOTE_COUNT = "The passages on this subject record the vote but not how many voted each way."
NO_VOTE_BY = "The passages on this subject record no vote by {person}."
NO_SPEAKER = "The passages on this subject name no one who spoke {side} it."
NO_SUM = "The passages on this subject give no sum of money."
NO_FIGURE = "The passages on this subject give no figure for it."
NO_COST = "The passages on this subject give sums set aside or raised for it, not what it cost."
NO_EXTRA = "The passages on this subject give no sum added to it, only its whole."
NO_DECISION = "The passages on this subject are an agenda's, which records no decision."
NO_DECISION_ON = "The passages on this subject speak of it but record no decision on it."
NO_COUNT = "The passages on this subject give no number of what was asked about."
NOT_MENTIONED = "The papers do not mention \"{word}\"."
NO_ATTENDANCE = "The passages on this meeting record no list of who attended."
NO_CLOSING = "The minutes found do not say when the meeting closed."
PREDATES = "The passages on this subject were written before {period}, so they cannot say what happened in it."
NO_FIGURE_YET = "The passages on this subject were written before {period} and give no figure for it."
NO_OUTCOME = "The passages on this subject speak of it only as something to come; they record no outcome."
NO_DATE = "The passages on this subject give no date for it."
NO_DATE_DONE = "The passages on this subject give no date for it and do not record it as done."
NO_NAME = "The passages on this subject do not name the person asked about."
NO_MOVER = "The minutes on this subject do not record who proposed or seconded it."
NO_DATE_THEN = "The passages on this subject give no date for it in {period}."
FALSE_PREMISE = "The papers do not say that {doer} {done} {thing}; they record: \"{said}\" [{n}]."
NOT_DONE = "The papers record that it did not take place: \"{said}\" [{n}]."
NO_OPTION_ADOPTED = "The passages on this subject give figures only as options or possibilities, not as decided."
NO_ACTUAL = "The passages on this subject give only what it was expected to come to, not what it came to."
NO_FIGURE_THEN = "The passages on this subject give no figure for {period}."
NO_OFFICE_THEN = "The passages that name a {office} are of other years than {period}."
# the answer's figure or date is of a neighbouring subject: the passages naming what the question
# names ("Paxoboard", a supplier other passages print) give none
NO_FIGURE_ON = "The passages that mention \"{word}\" give no figure for it."
NO_DATE_ON = "The passages that mention \"{word}\" give no date for it."

# "how did Councillor Self vote", "did Mrs Dale vote for it": the vote of a person, not the count
_VOTED_BY = re.compile(rf"\b(?:did|does|do|has|have|will|would)\s+{names.TITLE}\.?\s+(?:[A-Z]\.?\s+)*[A-Z][\w'’-]+"
                       rf"(?:\s+[A-Z][\w'’-]+)?\s+(?:vote|abstain)", re.I)
# a question asking how something turned out: "What was the result of the referendum on ...?" (the
# thing is the last word of the phrase after "of") and "Was the county accepted onto ...?" (the
# outcome is the participle, as written)
_RESULT_OF = re.compile(r"\b(?:result|outcome)s?\s+of\s+(.+)", re.I | re.S)
# "What did the public say in the consultation on the 20mph review?", "what did residents tell us at the
# drop-in": what an event that gathers views produced (the event is the phrase after "in"; "say about"
# asks what a paper says of a subject, not how an event turned out)
_SAID_IN = re.compile(r"\bwhat\s+did\s+\S.{0,60}?\s+(?:say|find|show|think|conclude|reveal|tell\s+\w+)\s+"
                      r"(?:in|at|during)\s+(.+)", re.I | re.S)
# whether a party named by its title or name did something: "Did the Secretary of State appeal the ruling?",
# "Has Network Rail replaced the bridge?" (the doer in capitals, the act the first word after it in lower case)
_NAMED_DID = re.compile(r"^\W*(?:[Dd]id|[Hh]as|[Hh]ave|[Hh]ad)\s+(?P<doer>(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*))*)"
                        r"\s+(?P<act>[a-z]{3,})\b")
# "did the planning department approve the change of use", "has the inspector allowed the appeal": the outcome asked
# is what a body decided of something, printed as a decision word ("approved", "refused", "granted", "be agreed")
_OUTCOME_ASKED = re.compile(r"^\W*(?:did|has|have|had)\s+\S.{0,60}?\s+(?:approve|refuse|grant|reject|allow|dismiss|uphold)\b",
                            re.I | re.S)
_OUTCOME_WORD = re.compile(r"\b(?:approv|refus|grant|reject|allow|dismiss|uphe|upheld|agree|resolv|carri|declin|defer|"
                           r"withdr)\w*", re.I)
_WAS_DONE = re.compile(r"^\W*(?:was|were|has|have|had)\s+\S.{0,80}?\s+(?:been\s+)?([a-z]{3,}ed)\b", re.I | re.S)
# who was chosen for a role: "Who was elected mayor of ...", "who has been appointed as the new clerk" (the
# choice is the participle, the role the word after it)
_CHOICE_DONE = re.compile(r"^\W*who\s+(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+"
                          r"(elected|appointed|chosen|selected|nominated|co-opted|named)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
                          r"([a-z][\w-]*)", re.I)
CHOICE_WORDS = 6           # how near the choice ("elected") a person's name must be to be the one chosen
CHOICE_UNDER_CHARS = 400   # how far under an item's heading naming a choice ("Election of Chairman:") it may be recorded
CHOICE_HEADING_WORDS = 6   # the most words of an item's heading naming the choice ("Election of Vice-Chairman:")
# a count or sum of what was done: "How many tickets were sold for the concert?", "how much was raised by
# the appeal" (the outcome is the participle, as written)
_COUNT_DONE = re.compile(r"\bhow\s+(?:many|much)\b.{0,80}?\b(?:was|were|been)\s+"
                         r"([a-z]{3,}ed|sold|spent|paid|won|built|made|given|taken|bought|lost)\b", re.I | re.S)
# a question that takes for granted that something was ended ("Why did the council close the village school?",
# "When did the committee scrap the cycling hub?"): the act asked, and the words that say the contrary of it
_PREMISE = re.compile(r"^\W*(?:why|when|how)\s+(?:did|has|have|had)\s+(?P<doer>.{1,80}?)\s+"
                      r"(?P<act>close|shut|scrap|cancel|abandon|axe|abolish|drop|reject|refuse|stop|end|sell|demolish)\s+"
                      r"(?P<thing>[^?]{2,80})", re.I | re.S)
_CONTRARY = {
    "open": re.compile(r"\b(?:(?:remains?|remained|continues?\s+to\s+be|is\s+still|still|stays?|stayed|kept|keep|be)\s+open"
                       r"|is\s+open|not\s+(?:be\s+)?(?:closing|closed|clos\w*)|NOT\s+the\s+case)\b", re.I),
    "kept": re.compile(r"\b(?:approved|agreed|carried|(?:go|goes|going)\s+ahead|proceed\w*|retain\w*|kept|continu\w*|"
                       r"take\s+over|takeover|acquir\w*|NOT\s+the\s+case)\b", re.I),
}
_CONTRARY_OF = {"close": "open", "shut": "open"}
_DONE_FORM = {"close": "closed", "shut": "shut", "scrap": "scrapped", "cancel": "cancelled", "abandon": "abandoned",
              "axe": "axed", "abolish": "abolished", "drop": "dropped", "reject": "rejected", "refuse": "refused",
              "stop": "stopped", "end": "ended", "sell": "sold", "demolish": "demolished"}
# asked what a party said, told or reported: "What did the Leader tell the Scrutiny Commission about ...?", "what
# did the auditor report on the accounts"
_TOLD_ASKED = re.compile(r"^\W*what\s+(?:did|has|had)\s+(?P<doer>.{1,80}?)\s+(?:tell|say|report|update|present|explain|"
                         r"announce|brief|give)\b", re.I | re.S)
# the act did not happen, its subject the party or a pronoun for them just before: "he was unable to provide such an
# update at this meeting", "the Leader did not attend", "she was not in a position to give a report"
_NOT_DONE = re.compile(r"\b(?P<who>[\w'’-]+)\s+(?:had\s+)?(?:(?:was|were|is|are|been)\s+(?:unable|not\s+able|not\s+in\s+a\s+"
                       r"position)\s+to|could\s+not|couldn['’]t|did\s+not|didn['’]t|declined\s+to)\s+(?:\w+\s+){0,2}?"
                       r"(?:provide|give|present|make|deliver|report|attend|update|address|speak|brief|tell|say)\b", re.I)
_PRONOUNS = frozenset({"he", "she", "they", "it"})
# ... or the act was put off: "the Leader's update was deferred to the next meeting", "the presentation by the
# Chief Constable was postponed"
_PUT_OFF = re.compile(r"\b(?:update|report|presentation|briefing|statement|address)\b(?:\s+[\w'’-]+){0,6}?\s+(?:was|were|has\s+been|"
                      r"had\s+been)\s+(?:deferred|postponed|withdrawn|cancelled|put\s+off)\b", re.I)
# what an inquiry found, asked with the verb last: "What did the Highways inspection of the lane find?"
_FOUND_ASKED = re.compile(r"^\W*what\s+did\s+(?:the\s+|a\s+|an\s+)?(.{1,80}?)\s+(?:find|show|conclude|reveal|establish|discover)"
                          r"\W*$", re.I | re.S)
# the period named as what a decision is for ("the Band D charge Cabinet recommended for 2026/27", "the
# precept set for next year"): settled before the period starts, so earlier papers can say it
_FOR_PERIOD = re.compile(r"\bfor\s+(?:the\s+)?(?:(?:financial|municipal|council|school|academic)\s+)?(?:years?\s+)?"
                         r"(?:(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?|next\s+year|(?:the\s+)?(?:coming|next|following)\s+year)\b",
                         re.I)
VOTE_LOOK = 6              # how many of the best sentences' passages are searched for a vote


def predates(plan: QueryPlan, ranked: list[Sentence]) -> bool:
    """The question asks what happened in a period ("What did the group recommend when it
    reported back in 2025?"), and the best sentences on the subject all come from meetings
    before it: papers written before a period can say what was planned for it, not what happened."""
    p = plan.period
    if p is None or plan.intent not in ("decision", "general", "vote", "who") \
            or not ASKED_DONE.search(plan.standalone) or ASKED_AHEAD.search(plan.standalone) \
            or _FOR_PERIOD.search(plan.standalone):
        return False
    days = [s.passage.chunk.meeting_date for s in ranked[:PREDATE_LOOK]]
    return bool(days) and all(d is not None and d < p.date_from for d in days)


def act_not_done(plan: QueryPlan, ranked: list[Sentence], fact: Fact | None) -> tuple[Sentence, str] | None:
    """Asked what a party said, told or reported ("What did the Leader tell the Scrutiny Commission about the key
    challenges?"), and the sentence the answer opens with, or the one after it in its paragraph, says the party did
    not do it ("The Leader had indicated that ... he was unable to provide such an update at this meeting") or that
    it was put off ("the Leader's update was deferred"): (that sentence, the line saying so and quoting it); else
    None. The party is the subject of the act not done: its own word or a pronoun just before it ("the contractor
    did not attend" reported by the officer asked about is no act of the officer's)."""
    asked = _TOLD_ASKED.match(plan.standalone)
    if asked is None or fact is None:
        return None
    # (the party by its own title, less the body it belongs to: "the Leader" of "the Leader of the County Council")
    doer = set(terms(re.split(r"\s+(?:of|for|on|from|at)\s+", asked.group("doer"), maxsplit=1)[0])) - STOPWORDS
    own = next((s for s in ranked if s.passage is fact.passage and s.start <= fact.start < s.end), None)
    if own is None or not doer:
        return None
    nxt = next_sentence(own, ranked)
    for t in (own, nxt if nxt is not None and not _another_item(own, nxt) else None):
        if t is None:
            continue
        said = set(terms(t.text))
        by_doer = any(m.group("who").lower() in _PRONOUNS and doer & said or set(terms(m.group("who"))) & doer
                      for m in _NOT_DONE.finditer(t.text))
        if by_doer or (_PUT_OFF.search(t.text) and doer & said):
            return t, NOT_DONE.format(said=clean(t.text), n=1)
    return None


def false_premise(plan: QueryPlan, ranked: list[Sentence]) -> tuple[Sentence, str] | None:
    """Asked why or when a body ended something ("Why did the parish council close the village school?"),
    and one of the best sentences naming the thing says the contrary ("The school continues to be open",
    "the Councillors resolved to proceed with the takeover"): (that sentence, the line saying the papers do
    not record the premise and quoting what they do); else None. Judged on the best sentences naming at
    least half the content words of the thing asked, with their item's heading, and the sentence after
    each on its item; a sentence printing the act itself ("agreed to scrap it") is no contrary."""
    m = _PREMISE.match(plan.standalone)
    if not m:
        return None
    act = m.group("act").lower()
    thing = re.split(r"\b(?:in|on|at|during|last|this|before|after|since)\b|[?,;.]", m.group("thing"), maxsplit=1,
                     flags=re.I)[0].strip()
    words = {t for t in terms(thing) if t not in plan.scope_words and not dates.is_date_word(t)}
    if not words:
        return None
    contrary = _CONTRARY[_CONTRARY_OF.get(act, "kept")]
    # the act itself printed ("it was agreed to scrap the bus lane") is no contrary of it
    doing = re.compile(rf"\b{re.escape(act[:4])}\w*", re.I) if act not in _CONTRARY_OF else None
    for s in ranked[:PREDATE_LOOK * 2]:
        # the thing named in the sentence, or by its item's heading ("Discussion regarding the procurement of
        # the Village Green" over "the Councillors resolved to proceed with the takeover"); the contrary said
        # in it or in the sentence after it, on the same item ("... we could now supply a flag." / "it was
        # agreed that a Saltire should be supplied and raised")
        named = set(terms(f"{s.text} {s.passage.chunk.item or ''}"))
        if len(words & named) * 2 < len(words) or not words & set(terms(s.text)) and not s.passage.chunk.item:
            continue
        nxt = next_sentence(s, ranked)
        for t in (s, nxt if nxt is not None and not _another_item(s, nxt) else None):
            if t is not None and contrary.search(t.text) and not (doing and doing.search(t.text)):
                return t, FALSE_PREMISE.format(doer=m.group("doer"), done=_DONE_FORM[act], thing=thing,
                                               said=clean(t.text), n=1)
    return None


def compared_period_not_held(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> str | None:
    """Asked to compare periods ("How did the balance in October 2025 compare with October 2024?"), the
    first period, as printed, that no passage on the subject (of the best sentences, those holding at
    least settings.predate_subject_share of what the best holds of its words) speaks of (answer.period.
    period_held); else None."""
    spans = compared_periods(plan.standalone)
    if not spans:
        return None
    subject = _on_subject(ranked[:PREDATE_LOOK * 2], settings.predate_subject_share)
    chunks = list({s.passage.chunk.chunk_id: s.passage.chunk for s in subject}.values())
    if not chunks:
        return None
    missing = next((sp for sp in spans if not period_held(sp, chunks)), None)
    return plan.standalone[missing.start:missing.end] if missing is not None else None


def when_not_done(plan: QueryPlan, fact: Fact | None) -> bool:
    """Asked when something happened ("On what date did the councillors fill the potholes?"), and the
    sentence the answer would open with names no time, records no decision, and prints none of the
    question's words as done ("filled"): it speaks of the subject ("potholes ... are a huge problem"),
    so its meeting's date is not the date asked. (A sentence recording the act at its meeting, "The
    budget was approved", is answered by the meeting's date.)"""
    if plan.intent != "when" or fact is None or fact.reading is not None or not ASKED_DONE.search(plan.standalone) \
            or WILL_HAPPEN.search(plan.standalone) or NEXT_MEETING.search(plan.standalone) \
            or asks_closing(plan.intent, plan.standalone):
        return False
    text = fact.text
    if WHEN.search(text) or DAY_OF_MONTH.search(text) or dates.TIME_FROM_NOW.search(text) \
            or _records_decision(text) or re.search(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", text):
        return False
    asked = set(terms(plan.standalone)) - STOPWORDS
    done = {terms(m.group(0))[0] for m in re.finditer(r"\b[A-Za-z]{3,}(?:ed|en|ne|wn)\b", text) if terms(m.group(0))}
    return not (asked & done)


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
_CLOCK = re.compile(r"\b\d{1,2}(?:[.:]\d\d)?\s?[ap]\.?m\b|(?<![£$€\d.,])\b(?:[01]?\d|2[0-3])[.:][0-5]\d\b(?![.,]?\d|\s*%)"
                    r"|\b(?:noon|midday|midnight|o['’]?clock)\b|\bat\s+[012]\d[0-5]\d\b", re.I)
_DAY_NAMED = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:weekdays?|weekends?|daily|every\s+day|"
                        r"each\s+day|tomorrow|today)\b", re.I)
KIND_ASKED = {"time of day": _TIME_OF_DAY_ASKED, "day": _DAY_ASKED, "length of time": LENGTH_ASKED}
NO_KIND = "The passages on this subject give no {kind} for it."


def _gives_kind(kind: str, text: str) -> bool:
    if kind == "time of day":
        return bool(_CLOCK.search(text))
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
    part = {t for t in terms(asked) if t in idf and t not in plan.scope_words and t not in STOPWORDS
            and t not in GENERIC and not dates.is_date_word(t)}
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


def predates_subject(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> bool:
    """As predates, judged on the sentences that hold the question's words (at least
    settings.predate_subject_share of what the best holds): "Who was elected in the election in
    2019?" over minutes of 2018 ("Councillor R be elected Chair") is answered by none of them,
    however many papers of 2019 rank beside them on the question's frame alone."""
    p = plan.period
    if p is None or plan.intent not in ("decision", "general", "vote", "who") \
            or not ASKED_DONE.search(plan.standalone) or ASKED_AHEAD.search(plan.standalone) \
            or _FOR_PERIOD.search(plan.standalone):
        return False
    look = ranked[:PREDATE_LOOK * 2]
    best = max((s.lexical for s in look), default=0.0)
    if best <= 0:
        return False
    subject = [s for s in look if s.lexical >= settings.predate_subject_share * best]
    return all(s.passage.chunk.meeting_date is not None and s.passage.chunk.meeting_date < p.date_from
               for s in subject)


def no_decision_recorded(plan: QueryPlan, ranked: list[Sentence], fact: Fact | None) -> bool:
    """Asked what was decided or resolved ("What did the Cabinet resolve about Mill Street EV charging?"),
    the answer would open with no decision, and of the best sentences on its subject (at least
    facts.DECISION_SUBJECT_SHARE of what the best holds of its words) none, nor the sentence after one,
    is worded as a decision or a vote, nor is in a resolution: the papers list or discuss the subject
    ("• Mill Street EV charging" in a member's update), they record no decision on it."""
    if plan.intent != "decision" or not ASKED_DONE.search(plan.standalone) or ASKED_AHEAD.search(plan.standalone):
        return False
    if fact is not None and (fact.label in (LABELS["decision"], LABELS["vote"]) or decides(fact.text)) \
            and not _off_subject(fact, ranked):
        return False
    subject = _on_subject(ranked[:PREDATE_LOOK * 2], facts.DECISION_SUBJECT_SHARE)
    if not subject:
        return False
    # asked what a body recommended or proposed: the verb asked, printed as done ("a 2.4 per cent
    # increase in council tax was recommended"), is the record asked for
    verb = _ADVISED_ASKED.search(plan.standalone)
    done = re.compile(rf"\b{verb.group(1)}ed\b", re.I) if verb else None
    for s in subject:
        nxt = next_sentence(s, ranked)
        if s.passage.chunk.is_resolution or any(_records_decision(t) for t in (s.text, nxt.text if nxt is not None else "")):
            return False
        if done is not None and (spots := [m.start() for m in done.finditer(s.text)]) and not put_ahead(s.text, spots):
            return False
    return True


def outcome_not_reported(plan: QueryPlan, ranked: list[Sentence], fact: Fact | None, settings: Settings) -> bool:
    """The question asks how something turned out ("What was the result of the referendum on the
    wind farm?", "Was the county accepted onto the programme?"), and of the best sentences none records
    a decision or a vote, and none says it happened: those naming the thing ("referendum") all put
    it in the future ("intends to conduct a referendum"), and none prints the outcome asked as
    written ("accepted"; "acceptance … will commit" and "whilst accepting that entry …" do not)."""
    if plan.intent == "quantity":
        return count_not_reported(plan, ranked)
    if plan.intent == "who":
        return choice_not_reported(plan, ranked, fact)
    if plan.intent not in ("general", "decision"):
        return False
    look = ranked[:PREDATE_LOOK * 2]
    if _OUTCOME_ASKED.match(plan.standalone):
        # asked whether a body approved or refused something: of the sentences on its subject (at least
        # settings.predate_subject_share of what the best holds of its words) one must print an outcome; a step
        # on the way ("the Clerk to respond to the Planning Department") is none
        best = max((s.lexical for s in look), default=0.0)
        on_it = [s for s in look if best > 0 and s.lexical >= settings.predate_subject_share * best]
        if on_it and not any(_OUTCOME_WORD.search(s.text) for s in on_it) \
                and not (fact is not None and _OUTCOME_WORD.search(fact.text)):
            return True
    said = (_SAID_IN.search(plan.standalone) or _FOUND_ASKED.match(plan.standalone)) \
        if not _RESULT_OF.search(plan.standalone) else None
    if said:
        # what a consultation or survey found ("what did the public say in the consultation on ..."):
        # judged on the sentences on its subject (at least settings.predate_subject_share of what the
        # best holds of its words): a decision on another item is not its outcome
        best = max((s.lexical for s in look), default=0.0)
        look = [s for s in look if best > 0 and s.lexical >= settings.predate_subject_share * best]
    if not look or any(decides(s.text) for s in look) \
            or fact is not None and (fact.label in (LABELS["decision"], LABELS["vote"]) or decides(fact.text)):
        return False               # a decision or a vote the answer opens with, however far down it ranked
    if (named := _NAMED_DID.match(plan.standalone)) and (doer := set(terms(named.group("doer"))) - STOPWORDS):
        # "did the Secretary of State appeal ...": the best sentences naming the party with the act give it only
        # as possible or to come ("The Secretary of State could seek leave to appeal"): a possibility is no event
        # (the act printed of another party, "allow an appeal against the refusal", is not what was asked)
        act = re.compile(rf"\b{re.escape(named.group('act'))}\w*", re.I)
        doing = [s for s in look if doer <= set(terms(s.text)) and act.search(s.text)]
        if doing and all(put_ahead(s.text, [m.start() for m in act.finditer(s.text)]) for s in doing):
            return True
    done = _WAS_DONE.match(plan.standalone)
    if done:
        # the participle, or its noun opening a minuted line ("has anyone reported the light" /
        # "Report of fault with lamp 14 passed to the lighting contractor")
        word = re.compile(rf"\b{re.escape(done.group(1))}\b|^\W*{re.escape(done.group(1)[:-2])}s?\s+of\b", re.I | re.M)
        return not any(word.search(s.text) and not put_ahead(s.text, [m.start() for m in word.finditer(s.text)])
                       for s in look)
    result = _RESULT_OF.search(plan.standalone) or said
    if not result:
        return False
    # the thing is the last word of the phrase after "of" (or "say in"), up to its first preposition or
    # clause ("the referendum on the wind farm", "the Youth County Council elections in 2024")
    # (what an inquiry found names it before "of": "the Highways inspection of the lane")
    of = r"|of" if result.re is _FOUND_ASKED else ""
    phrase = re.split(rf"\b(?:on|in|at|for|about|to|by|with|over|from|into|and|or|that|which|was|were|held{of})\b|[?,;.]",
                      result.group(1), maxsplit=1, flags=re.I)[0]
    thing = next((t for t in reversed(terms(phrase)) if t not in plan.scope_words and t not in STOPWORDS
                  and not dates.is_date_word(t)), None)
    if thing is None:
        return False
    naming = [s for s in look if any(_same_root(t, thing) for t in terms(s.text))]
    return bool(naming) and all(put_ahead(s.text, [m.start() for m in _TOKEN.finditer(s.text)
                                                  if _same_root((terms(m.group(0)) or [""])[0], thing)])
                                for s in naming)


def choice_not_reported(plan: QueryPlan, ranked: list[Sentence], fact: Fact | None = None) -> bool:
    """Asked who was chosen for a role ("Who was elected mayor of the strategic authority?"), and the best
    sentences name the role but none prints the choice with a person's name ("Councillor R be elected
    Chair"): the papers speak of the role ("an elected mayor", "elections to a new Mayoral Strategic
    Authority in May 2026"), not of who took it."""
    done = _CHOICE_DONE.match(plan.standalone)
    if not done:
        return False
    # the choice in any form: "elected", "re-elected", "Election of Chair: Cllr Smith"
    chosen = re.compile(rf"\b{re.escape(done.group(1)[:5])}\w*", re.I)
    role = terms(done.group(2))
    if not role:
        return False
    if fact is not None and any(names_a_person(" ".join(fact.text[:m.start()].split()[-CHOICE_WORDS:]
                                                             + fact.text[m.end():].split()[:CHOICE_WORDS]), besides=set(role))
                                and not put_ahead(fact.text, [m.start()], COUNT_HOPED_FOR) for m in chosen.finditer(fact.text)):
        # the answer opens with the choice, read under the item electing the role ("Election of Chair" over
        # "Cllr J Hale was proposed by ... and duly elected"), which need not name the role itself
        return False
    office = "vice chair" if re.match(rf"(?i){DEPUTY_ASKED}chair", plan.standalone[done.start(2):]) else done.group(2)
    if fact is not None and elects_to(fact.text, office):
        # the answer opens with a clause choosing someone for the office asked, however it names them ("MD was
        # nominated as Vice Chairman by RL ... so MD was duly declared elected", initials an attendance list expands)
        return False
    if fact is not None and under_election(fact, done.group(2)) and names_a_person(fact.text, besides=set(role)):
        # the answer opens with a line under the item electing the role ("1. To elect a Chairman" over "Anne
        # Booth proposed Martin Keane, seconded Ruth Dale."): the item is the election, its line names who took it
        return False
    look = ranked[:PREDATE_LOOK * 2]
    naming = [s for s in look if role[0] in terms(s.text)]
    asked = set(role) | set(terms(done.group(1)))

    def names_choice(text: str) -> bool:
        # the choice with a person's name beside it ("Councillor R be elected Chair", "elected Alan Reid")
        for m in chosen.finditer(text):
            words = text[:m.start()].split()[-CHOICE_WORDS:] + text[m.end():].split()[:CHOICE_WORDS]
            if names_a_person(" ".join(words), besides=asked) \
                    and not put_ahead(text, [m.start()], COUNT_HOPED_FOR):
                return True
        return False

    def records(s: Sentence) -> bool:
        if names_choice(s.text):
            return True
        # the sentence is its item's heading (the chunk's item, as ingest read it), which names the choice and
        # the role ("03/2019: Election of Chairman:"), and the item's text under it (a chunk holds one item's)
        # records who took it without the role ("On a vote, Cllr Heath was elected by 3 votes to 2.")
        item = s.passage.chunk.item or ""
        if item and " ".join(s.text.split()) in " ".join(item.split()) and chosen.search(item) \
                and len(layouts.item_title(item).split()) <= CHOICE_HEADING_WORDS:
            under = s.passage.chunk.text[s.end:s.end + CHOICE_UNDER_CHARS]
            if any(names_choice(x) for x in re.split(r"(?<=[.!?])\s+|\n", under)):
                return True
        # a list of the chosen under a line saying they were chosen ("The following were elected:" over
        # "Convener: Fiona Lindsay proposed by ..."): a line of the list naming a person records the choice
        head = _list_head(s.passage.chunk.text, s.start)
        return head is not None and bool(chosen.search(head)) and not put_ahead(head, [chosen.search(head).start()]) \
            and names_a_person(s.text, besides=asked)
    return bool(naming) and not any(records(s) for s in naming)


def count_not_reported(plan: QueryPlan, ranked: list[Sentence]) -> bool:
    """Asked how many (or how much) of a thing was done ("How many tickets were sold for the concert?"),
    and the best sentences that print what was done ("sold") all put it in the future or in doubt
    ("there would need to 3,000 tickets sold"): a paper written before the event gives the number it
    needs, not the number it got. Not judged when no sentence prints the word (a count may be worded
    otherwise). A decision beside it (to hold the event) is no count of what it got."""
    done = _COUNT_DONE.search(plan.standalone)
    if not done:
        return False
    look = ranked[:PREDATE_LOOK * 2]
    word = re.compile(rf"\b{re.escape(done.group(1))}\b", re.I)
    naming = [s for s in look if word.search(s.text)]
    return bool(naming) and all(put_ahead(s.text, [m.start() for m in word.finditer(s.text)], COUNT_HOPED_FOR)
                                for s in naming)


def vote_not_recorded(plan: QueryPlan, ranked: list[Sentence]) -> str | None:
    """The person a vote question asks about ("how did Councillor Self vote …?") when no recorded
    vote in the best passages names them and no sentence says how they voted; else None."""
    if plan.intent != "vote" or not plan.people or not _VOTED_BY.search(plan.standalone):
        return None
    typed, _ = plan.people[0]
    surname = typed.split()[-1]
    # a surname as typed: "Self" in capitals is a name, "self-harm" is not
    named = re.compile(rf"\b{re.escape(surname)}\b", 0 if surname[:1].isupper() else re.I)
    for passage in list({id(s.passage): s.passage for s in ranked[:VOTE_LOOK]}.values()):
        text = passage.chunk.text
        if any(named.search(text[a:b]) for a, b in vote_groups(text)):
            return None
        if any(named.search(line) and (re.search(r"\bvoted\b", line, re.I) or votes.ABSTAINING.search(line))
               for line in text.splitlines()):
            return None
    return typed


def figures_of_other_periods(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> bool:
    """The question asks a figure of one period ("in quarter 1 of 2024/25"), and every one of the best
    sentences on its subject (at least settings.predate_subject_share of what the best holds of its
    words) is of another period (answer.period.off_period: it names another, or its papers cannot
    report this one): a quarter 3 report's "Latest: 60% ... Previous: 52%" is no figure of quarter 1."""
    # (a question of what a meeting did or when it closed is of that meeting's date: answer.period.off_period)
    if not (plan.intent == "quantity" or plan.intent == "general" and not ABOUT_A_MEETING.search(plan.standalone)) \
            or not wants_one_period(plan) or plan.period.kind not in FIGURE_PERIODS:
        return False
    subject = _on_subject(ranked[:PREDATE_LOOK * 2], settings.predate_subject_share)
    return bool(subject) and all(s.off_period for s in subject)


def no_figure_yet(plan: QueryPlan, ranked: list[Sentence], settings: Settings) -> bool:
    """The question asks a figure of a period ("the weekly allowance in 2025/26"), the best
    sentences on the subject all come from meetings well before the period starts, and none of
    them names it: a paper can give a period's budget or target ahead, but by naming the period;
    a figure that names none is of its own, earlier time (unless its paper is from the winter
    before, when rates for the coming year are set: settings.rates_set_days)."""
    p = plan.period
    if p is None or plan.intent != "quantity" or p.kind not in FIGURE_PERIODS:
        return False
    before = (date.fromisoformat(p.date_from) - timedelta(days=settings.rates_set_days)).isoformat()
    # judged on the sentences on its subject: a later paper's figure of something else beside it is no figure of it
    best = _on_subject(ranked[:PREDATE_LOOK], settings.predate_subject_share)
    return bool(best) and all(s.passage.chunk.meeting_date is not None and s.passage.chunk.meeting_date < before
                              and not s.period_cell and not names_period(plan, s.text) for s in best)


# a question asking what a body advised rather than decided: "What did the committee recommend", "what
# was proposed for"; the verb's stem
_ADVISED_ASKED = re.compile(r"\b(recommend|propos|suggest|request)(?:s|ed|ing|e|al|ation)?\b", re.I)


# a decision reported in a sentence's own words: "the County Council has agreed a permanent allocation"
_DECIDED = re.compile(r"\b(?:resolved|decided|agreed|approved|endorsed|rejected|refused|deferred|adopted|accepted|"
                      r"declined|granted|awarded|supported)\b", re.I)


# an action minuted in shorthand, agreed by the meeting: "The Clerk to write to the householder", "Councillor
# Marsh to order scalpings", "KC/GD to check the lights"
_ACTION = re.compile(r"^\W*(?:(?i:the\s+)?(?i:clerk|chair(?:man|person|woman)?|vice[- ]chair|secretary|treasurer|"
                     r"officers?|councillors?|cllrs?)\.?(?:\s+[A-Z][\w'’-]+)?|[A-Z]{2,3}(?:/[A-Z]{2,3})*)\s+to\s+(?!be\b)[a-z]+")


# what a meeting settled in the plainer words of small councils' minutes: "No objection.", "Members asked
# officers to write to ...", "Consensus was reached to ...", "Councillors were happy for the clerk to proceed",
# "It was felt that ...", "The Parish Council will write to the landowner"; a planning response given after its
# application on the line ("... holiday units – Object to the application due to ...", "The Council supports the
# application")
_SETTLED = re.compile(r"\bno\s+objections?\b|(?:^|[-–—:]\s*)(?:strongly\s+)?(?:object|support)\s+(?:to\s+)?the\s+"
                      r"(?:application|proposal)s?\b|\b(?:council|committee|members)\s+(?:strongly\s+)?"
                      r"(?:objects?|objected|supports?|supported)\s+(?:to\s+)?the\s+(?:application|proposal)s?\b|\b(?:requested|asked|instructed|authori[sz]ed|delegated)\s+(?:that\s+)?"
                      r"(?:the\s+)?(?:officers?|clerk|chair\w*|council|cabinet|director|head|leader|members?|secretary)\b"
                      r"|\bconsensus\b|\bhappy\s+(?:for|to|with)\b|\bit\s+was\s+felt\b|\bwelcomed\b|"
                      r"\b(?:council|committee|cabinet|councillors|members)\s+(?:will|would)\s+(?:not\s+)?(?:be\s+)?[a-z]+",
                      re.I)


def _records_decision(sentence: str) -> bool:
    """The sentence records a decision or a vote: worded as one ("RESOLVED that", "CARRIED"), saying one
    was taken ("has agreed a permanent allocation", "the application was refused"), not one to come
    ("will be asked to approve", "a proposal to be agreed"), minuting an action ("The Clerk to write ..."), or
    saying in plainer words what the meeting settled (_SETTLED: "No objection.", "Members asked officers to ...")."""
    if decides(sentence) or votes.mentions_vote(sentence) or _ACTION.match(sentence) or _SETTLED.search(sentence):
        return True
    spots = [m.start() for m in _DECIDED.finditer(sentence)]
    return bool(spots) and not put_ahead(sentence, spots)


def _off_subject(fact: Fact, ranked: list[Sentence]) -> bool:
    """The decision the answer would open with holds none of the question's subject words, in its
    sentence or its item's name ("RESOLVED to accept the minutes of the meeting held on 21st June"
    asked what was decided about the new cemetery), and every sentence that does is under another item:
    it is another item's decision."""
    own = next((s for s in ranked if s.passage is fact.passage and s.start <= fact.start < s.end), None)
    if own is None or own.subject > 0 or not fact.passage.chunk.item:
        return False
    on = [s for s in ranked if s.subject > 0]
    return bool(on) and all(s.passage.chunk.item and s.passage.chunk.item != fact.passage.chunk.item for s in on)


def office_of_other_years(plan: QueryPlan, ranked: list[Sentence]) -> str | None:
    """Asked who held an office for a year ("who was Vice-Chair of the Panel for 2019/20"), the office as asked when
    every one of the best sentences naming it is of another year (answer.period.off_period: elected at another
    year's annual meeting "for the ensuing year", or naming another year: "Vice-Chair ... for 2022/23"; or of an
    undated paper that elects to it for another year); else None."""
    if not asks_office_for_year(plan):
        return None
    # (asked who chaired or chairs, the office is the chair)
    office = re.sub(r"(?i)^(chair)(?:ed|s|ing)$", r"\1", OFFICE_ASKED.search(plan.standalone).group("office"))
    role = role_printed(office)
    # a sentence of the year asked, or undated, naming the office but no one in it speaks of the office, not of who
    # held it ("the minutes … would be signed by the Chairman"): it says nothing of that year's holder
    naming = [s for s in ranked[:PREDATE_LOOK * 2] if role.search(s.text)
              and (s.off_period or names.names_a_person(role.sub(" ", s.text)))]
    # an undated paper filling the office for another year ("That Councillor Downing be elected Chair ... for
    # 2018/19") speaks of that term throughout, in passages printing no year ("Councillor Downing advised that, as
    # Chair, he ..."), unless it names the year asked somewhere
    undated = [s for s in ranked if s.passage.chunk.meeting_date is None]
    held = {s.passage.chunk.source for s in undated if names_period(plan, s.text)}
    other = {s.passage.chunk.source for s in undated if s.off_period} - held
    return office if naming and all(s.off_period or s.passage.chunk.meeting_date is None and s.passage.chunk.source in other
                                    for s in naming) else None


# a titled post asked after: "Who is the council's Head of Parking Services?", "who was the Director of Public Health"
_POST_WORDS = r"(?:Head|Director|Chief|Manager|Officer|Lead|Commissioner|Controller)"

_POST_ASKED = re.compile(r"^\W*(?i:who\s+(?:is|was|are|were)\s+(?:the\s+)?)(?:[\w'’ ]{1,60}?(?:'s|’s)\s+)?(?:new\s+)?(?P<post>"
                         rf"(?:(?:[A-Z][\w&-]*|of|for|and)\s+){{0,4}}?{_POST_WORDS}"
                         r"(?:\s+(?:[A-Z][\w&-]*|of|for|and|the))*)")

NO_POST = "The passages name no one as {post}."


def post_not_named(plan: QueryPlan, fact: Fact | None, ranked: list[Sentence]) -> str | None:
    """The titled post a who-question asks after ("Head of Parking Services"), as typed, when neither the
    sentence the answer would open with nor any of the best sentences (each read with the one before it)
    prints it: its title and every word after it ("Head ... Parking Services"), and of two or more words
    before it all but one ("Voice, Influence and Change Development Officer" asked for the SEND Development
    Officer). A person named with another title ("Head of City Transport") does not hold it. None when no
    post is asked, or a sentence prints it."""
    if plan.intent != "who" or fact is None or fact.reading is not None:
        return None
    m = _POST_ASKED.match(plan.standalone)
    if not m:
        return None
    post = m.group("post").strip()
    title = _POST_TITLE.search(post)
    must = set(terms(post[title.start():])) - plan.scope_words
    before = set(terms(post[:title.start()])) - plan.scope_words - must
    spare = 1 if len(before) >= 2 else 0
    spans = [(fact.passage, fact.start, fact.end)] + [(s.passage, s.start, s.end) for s in ranked[:PREDATE_LOOK * 2]]
    for passage, start, end in spans:
        _, own = _with_the_one_before(passage.chunk.text, start, end)
        have = set(terms(own))
        if must <= have and len(before - have) <= spare:
            return None
    return post

_POST_TITLE = re.compile(rf"\b{_POST_WORDS}\b")


# a who-question asking who fills a role, and of what: "Who chairs the Christmas Lights Group?", "Who was the
# company director who quoted for the tarmac?", "Which solicitor acted for the landowner?"
_ROLE_WORD = (r"(?:vice[- ]?)?chair(?:man|woman|person|ed|s|ing)?|directors?|solicitors?|head\s?teachers?|treasurers?|"
              r"secretar(?:y|ies)|clerks?|presidents?|organisers?|co-?ordinators?|managers?|leaders?|auditors?|"
              r"surveyors?|architects?|contractors?|agents?|engineers?|consultants?")
_ROLE_ASKED = re.compile(rf"^\W*(?:who\s+(?:is|was|are|were|will\s+be|has\s+been)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                         rf"(?P<role>{_ROLE_WORD})\b(?P<rest>[^?]*)|who\s+(?:will\s+|is\s+going\s+to\s+)?"
                         rf"(?P<verb>chairs|chaired|chair|leads|led|lead)\b(?P<vrest>[^?]*)"
                         rf"|which\s+(?P<which>{_ROLE_WORD})\b(?P<wrest>[^?]*))", re.I)
# a role said of no one: "spoke to a Director of a local company", "the same solicitor could not act"
_UNNAMED_BEFORE = re.compile(r"\b(?:a|an|another|any|some|no|the\s+same|their|its|each|every)\s+(?:[\w'’-]+\s+)?$", re.I)
ROLE_REACH = 60            # characters either side of a role word within which the person holding it is named
_INITIALS = re.compile(r"\b[A-Z]{2,3}\b")
NO_ROLE = "The passages on this subject name no one as its {role}."
# a body of its own, not the council's, whose role a question asks: "the Christmas Lights Group", "the youth club"
_OWN_BODY = re.compile(r"\b(?:group|club|association|society|trust|charity|company|firm|school|team|forum|network|"
                       r"friends\s+of|cic|ltd|limited)\b", re.I)
_MEETING_WORDS = frozenset(terms("meeting meetings agm agms annual extraordinary special zoom virtual online remote hybrid"))


def _fills_role(text: str, role: str, untitled: bool = False, heading: str = "") -> bool:
    """The text names someone in the role asked (`role`, its stem): a person's name (or initials) beside a word
    of it that is not said of no one in particular ("a Director of a local company"); or, `untitled`, a person named by two
    names and no title of their own ("will be using Alex Birtles of ..."), who may be the one asked for
    without the role word. A councillor by their title ("Councillor Healey spoke to a Director ...") holds
    that office, not the one asked. `heading`: the item's heading, which may name the role its item fills
    ("Election of Vice-Chair"), not the person."""
    text = re.sub(r"[_*]", " ", text)             # "Alan McFadzean — _Chair_": markup is no part of a word
    if heading and re.search(rf"\b{role}", heading, re.I) and (names.names_a_person(text) or _PERSON.search(text)
                                                              or _INITIALS.search(text)):
        return True
    for m in re.finditer(rf"\b{role}[\w-]*", text, re.I):
        if _UNNAMED_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        near = text[max(0, m.start() - ROLE_REACH):m.end() + ROLE_REACH]
        if names.names_a_person(near) or _PERSON.search(near) or _INITIALS.search(near):
            return True
    return untitled and any(not re.match(names.TITLE, m.group(0)) and
                            not re.search(rf"{names.TITLE}\.?\s+$", text[max(0, m.start() - 12):m.start()])
                            and names.names_a_person(m.group(0)) for m in names.TWO_NAMES.finditer(text))


_PERSON = re.compile(r"\b[A-Z][a-z]+\s+(?:Mc|Mac|O['’]|D['’])[A-Z][a-z]+\b")     # "Alan McFadzean", "Ann O'Neill"


def role_not_filled(plan: QueryPlan, fact: Fact | None, ranked: list[Sentence], settings: Settings) -> str | None:
    """The role a who-question asks after ("chair", "company director", "solicitor"), as typed, when neither
    the line the answer would open with nor any of the best sentences on the subject names someone in it
    (_fills_role) where what the role is of is said (its sentence with the one before, its item: the
    question's words after the role, less its scope and dates): "Alan McFadzean — Chair" in a minute's
    apologies is the community council's chair, not the Christmas lights group's; "Councillor Healey spoke to
    a Director of a local company" names no director. None when no role is asked, or someone is named in it."""
    if plan.intent != "who" or fact is None or fact.reading is not None:
        return None
    m = _ROLE_ASKED.match(plan.standalone)
    if not m:
        return None
    role = m.group("role") or m.group("which") or "chair" if not m.group("verb") else \
        ("chair" if m.group("verb").lower().startswith("chair") else "leader")
    rest = m.group("rest") or m.group("vrest") or m.group("wrest") or ""
    # the stem a word of the role opens with ("chair" of "Chairman", "chaired"; "teacher" of "head teacher")
    stem = r"(?:lead|led)" if role == "leader" else "chair" if re.search(r"chair", role, re.I) \
        else re.escape(terms(role)[-1])
    # (a meeting is named by its date, which the period judges: "at the AGM on 8 May", "the Zoom meeting")
    # (the words that say how one asks, "back in 2017", commoner in everyday English than settings.everyday_surprisal,
    # name no body)
    background = everyday_surprisal(plan.standalone)
    unknown = unknown_surprisal()
    of = {t for t in terms(rest) if t not in plan.scope_words and t not in STOPWORDS and t not in GENERIC
          and not dates.is_date_word(t) and background.get(t, unknown) >= settings.everyday_surprisal} \
        - set(terms(role)) - _MEETING_WORDS
    if not _OWN_BODY.search(rest):
        # a role of the council, its committees or its service ("Chairman of the Buckinghamshire and Milton Keynes
        # Fire Authority" in its own papers, which print "Bucks & MK"): the paper is the body's own
        of = set()
    spans = [(fact.passage, fact.start, fact.end)] + \
        [(s.passage, s.start, s.end) for s in _on_subject(ranked[:PREDATE_LOOK * 2], 0.5)]
    for n, (passage, start, end) in enumerate(spans):
        _, own = _with_the_one_before(passage.chunk.text, start, end)
        # (an item electing to the role names it in its heading: "24/051 Election of Vice-Chair" over "Cllr M Dunmore
        # was proposed ... and duly elected")
        if not _fills_role(own, stem, untitled=n == 0, heading=passage.chunk.item or ""):
            continue
        # (a paper holds the name of the body whose paper it is: "be re-elected Chairman of the Fire Authority" in
        # the Buckinghamshire and Milton Keynes Fire Authority's minutes)
        chunk = passage.chunk
        said = set(terms(f"{chunk.council or ''} {chunk.committee or ''} {chunk.title or ''} {chunk.item or ''} {own}"))
        said |= thesaurus.held(plan.expansions, said) | opened(of - said, said)
        if 2 * len(of - said) <= len(of) if len(of) > 2 else of <= said:
            return None
    return role.lower()


def date_of_another_period(plan: QueryPlan, fact: Fact | None) -> bool:
    """Asked when something happens or happened in a year or month ("When is the concert in the park taking
    place in 2018?"), and the line the answer would open with names dates or years, none of them in it: the
    date of another year's event is no date in the one asked. (Asked "for" a period, "When was the budget
    for 2024/25 approved?", the act falls before it; a line naming no year leaves the meeting's date to say.)"""
    p = plan.period
    if plan.intent != "when" or p is None or p.kind not in ("year", "month") or fact is None \
            or fact.reading is not None or plan.discussed or _FOR_PERIOD.search(plan.standalone):
        return False
    text = fact.text
    days = [d for _, d in dates.find_dates(text)]
    years = dates.years_in(text)
    if not days and not years:
        return False
    # "until when did the council extend the terms of office in May 2020?": the period dates the act, and the date
    # asked is where it runs to, which may lie after the period (30 November 2020), never before it
    last = "9999-12-31" if _UNTIL_ASKED.search(plan.standalone) else p.date_to
    if any(p.date_from <= d <= last for d in days):
        return False
    return not any(int(p.date_from[:4]) <= y <= int(last[:4]) for y in years)


# "until when", "till when", "up to when", "by when": the end of something, not when it was done
_UNTIL_ASKED = re.compile(r"\b(?:until|till|til|up\s+to|by)\s+when\b", re.I)


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
