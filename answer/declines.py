"""The declines with a reason: checks that the passages found do not answer the question, each saying why
("The passages on this subject record no vote.", "The papers do not say that the council closed the school; they
record: ..."), and the reasons' wording. Each check takes the question's plan, the ranked sentences and the fact
the answer would open with; the answerer (answer.extractive) runs them in its order and declines on the first
that holds. It does not rank sentences nor write answers."""

from __future__ import annotations

import re
from answer import facts
from answer.coverage import opened
from answer.fact import Fact, LABELS
from answer.when import DAY_OF_MONTH, NEXT_MEETING, WHEN, WILL_HAPPEN
from answer.period import names_period
from answer.quoting import clean
from answer.sentences import Sentence
from core import dates, names, thesaurus, votes
from core.english import everyday_surprisal, unknown_surprisal
from core.modality import ASKED_AHEAD, ASKED_DONE, COUNT_HOPED_FOR, put_ahead
from core.settings import Settings
from core.terms import GENERIC, STOPWORDS, terms
from ingest import layouts
from retrieval.plan import DEPUTY_ASKED, OFFICE_ASKED, QueryPlan, asks_office_for_year
from answer.doers import names_a_person
from answer.outcomes import decides
from answer.proceedings import asks_closing
from answer.roles import elects_to, role_printed, under_election
from answer.spans import next_sentence
from answer.tallies import vote_groups
from answer.declines_reading import (PREDATE_LOOK, _TOKEN, _another_item, _list_head, _on_subject, _same_root,
    _with_the_one_before)


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
VOTE_LOOK = 6              # how many of the best sentences' passages are searched for a vote


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
