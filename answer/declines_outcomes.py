"""The declines of outcomes and acts not done, not recorded or only to come: the act asked did not take place
or its premise is contrary to the papers, no decision or outcome is recorded, a count of what was done is only
hoped for, a date asked of an act the line does not record as done."""

from __future__ import annotations

import re
from answer import facts
from answer.fact import Fact, LABELS
from answer.when import DAY_OF_MONTH, NEXT_MEETING, WHEN, WILL_HAPPEN
from answer.quoting import clean
from answer.sentences import Sentence
from core import dates, votes
from core.modality import ASKED_AHEAD, ASKED_DONE, COUNT_HOPED_FOR, put_ahead
from core.settings import Settings
from core.terms import STOPWORDS, terms
from retrieval.plan import QueryPlan
from answer.outcomes import RESPONSE, decides
from answer.proceedings import asks_closing
from answer.spans import next_sentence, under_heading
from answer.declines import FALSE_PREMISE, NOT_DECIDED, NOT_DONE
from answer.declines_reading import PREDATE_LOOK, _TOKEN, _another_item, _on_subject, _same_root
from answer.declines_people import choice_not_reported


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


def _when_of_an_act(plan: QueryPlan, fact: Fact | None) -> bool:
    """Asked when something was done (not when it will be, the next meeting or a closing date), of a line read
    as it is printed."""
    return plan.intent == "when" and fact is not None and fact.reading is None \
        and bool(ASKED_DONE.search(plan.standalone)) and not WILL_HAPPEN.search(plan.standalone) \
        and not NEXT_MEETING.search(plan.standalone) and not asks_closing(plan.intent, plan.standalone)


def _names_a_time(text: str) -> bool:
    """The line names a time: a date, a day of the month, a time from now, a date in figures."""
    return bool(WHEN.search(text) or DAY_OF_MONTH.search(text) or dates.TIME_FROM_NOW.search(text)
                or re.search(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b", text))


def when_not_done(plan: QueryPlan, fact: Fact | None) -> bool:
    """Asked when something happened ("On what date did the councillors fill the potholes?"), and the
    sentence the answer would open with names no time, records no decision, and prints none of the
    question's words as done ("filled"): it speaks of the subject ("potholes ... are a huge problem"),
    so its meeting's date is not the date asked. (A sentence recording the act at its meeting, "The
    budget was approved", is answered by the meeting's date.)"""
    if not _when_of_an_act(plan, fact):
        return False
    text = fact.text
    if _names_a_time(text) or _records_decision(text):
        return False
    asked = set(terms(plan.standalone)) - STOPWORDS
    done = {terms(m.group(0))[0] for m in re.finditer(r"\b[A-Za-z]{3,}(?:ed|en|ne|wn)\b", text) if terms(m.group(0))}
    return not (asked & done)


# the act a line reports as done to its subject before its meeting, in the passive perfect: "the phone box had been
# removed", "a new cash machine has been installed" (a member's own act, "SW had attended a consultation", is their
# account to the meeting of what they did since the last one: its date may answer)
_PERFECT = re.compile(r"\b(?:had|has|have)\s+(?:now\s+|already\s+|recently\s+|just\s+|since\s+|also\s+|finally\s+)?"
                      r"been\s+(?:[a-z]{3,}(?:ed|en|wn|ne)|built|sent|spent|put|cut|set|shut|sold|bought|paid|lit|"
                      r"made|held|taken|done|won)\b", re.I)
# asked when the meeting itself did something with it: its own date is then the answer ("When was the
# flagpole discussed?", "when did the council agree to it", "when was it first reported")
_MEETING_ACT = re.compile(r"(?:discuss|consider|noted?|report|rais|mention|debat|tabl|present|minut|agre|decid|resolv|"
                          r"approv|tell|told|inform|brief)\w*", re.I)


def when_before_its_meeting(plan: QueryPlan, fact: Fact | None) -> bool:
    """Asked when something happened ("When was the village phone box taken away?"), and the line the answer
    would open with names no time and reports the act in the passive perfect, as done before the meeting it records
    ("It was noted that the village phone box had been removed."): the minutes' date is when it was spoken
    of, by which it had happened, not when it happened. (A line recording the act at its meeting, "The budget
    was approved", is answered by the meeting's date, as is a question asking when the meeting spoke of it.)"""
    if not _when_of_an_act(plan, fact):
        return False
    text = fact.text
    if _names_a_time(text) or dates.CLOCK_TIME.search(text):
        return False
    # (the question's first word is its own: "When", "On")
    if any(_MEETING_ACT.fullmatch(w) for w in re.findall(r"[A-Za-z]+", plan.standalone)[1:]):
        return False
    return bool(_PERFECT.search(text))


# the act a question asks a body to have decided ("what did Cabinet decide about ...", "did the committee approve
# ..."), and the words of ASKED_AHEAD that are nouns: after that act they name what it was decided on ("decide about
# the minerals and waste local plan", "agree the budget"), not a time to come
_DECISION_ACT = re.compile(r"\b(?:decide|resolve|agree|approve|adopt|endorse|reject|refuse|determine)\b", re.I)
_AHEAD_NOUN = re.compile(r"plans?|budget\w*|target\w*", re.I)


def _asked_ahead(question: str) -> bool:
    """The question asks about something to come (core.modality.ASKED_AHEAD: "what will ...", "what is planned"),
    unless its only such words are nouns after the decision it asks of ("What did Cabinet decide about the local
    plan?": the plan is the matter decided on, asked as done)."""
    act = _DECISION_ACT.search(question)
    return any(not (act is not None and m.start() > act.end() and _AHEAD_NOUN.fullmatch(m.group()))
               for m in ASKED_AHEAD.finditer(question))


def no_decision_recorded(plan: QueryPlan, ranked: list[Sentence], fact: Fact | None) -> bool:
    """Asked what was decided or resolved ("What did the Cabinet resolve about Mill Street EV charging?"),
    the answer would open with no decision, and of the best sentences on its subject (at least
    facts.DECISION_SUBJECT_SHARE of what the best holds of its words) none, nor the sentence after one,
    is worded as a decision or a vote, nor is in a resolution: the papers list or discuss the subject
    ("• Mill Street EV charging" in a member's update), they record no decision on it."""
    if plan.intent != "decision" or not ASKED_DONE.search(plan.standalone) or _asked_ahead(plan.standalone):
        return False
    if fact is not None and (fact.label in (LABELS["decision"], LABELS["vote"])
                             or _records_titled(fact.text) and not _retold(fact.text, fact.passage.chunk)) \
            and not _off_subject(fact, ranked, plan):
        return False
    subject = _on_subject(ranked[:PREDATE_LOOK * 2], facts.DECISION_SUBJECT_SHARE)
    if not subject:
        return False
    # asked what a body recommended or proposed: the verb asked, printed as done ("a 2.4 per cent
    # increase in council tax was recommended", "Mr A proposed ... recommending refusal"), is the record asked for
    verb = _ADVISED_ASKED.search(plan.standalone)
    done = re.compile(rf"\b{verb.group(1)}(?:ed|ing)\b", re.I) if verb else None
    for s in subject:
        nxt = next_sentence(s, ranked)
        lines = [s.text, nxt.text if nxt is not None else ""] + [t.text for t in under_heading(s, ranked)]
        if s.passage.chunk.is_resolution or any(_records_titled(t) and not _retold(t, s.passage.chunk) for t in lines):
            return False
        if done is not None and any((spots := [m.start() for m in done.finditer(t)]) and not put_ahead(t, spots)
                                    for t in lines):
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
# application"). A body that "will be asked to agree" (invited, recommended to ...) has a decision to come, not
# one made: "Following Cabinet, the County Council will be asked to adopt the Strategy" settles nothing.
_SETTLED = re.compile(r"\bno\s+objections?\b|(?:^|[-–—:]\s*)(?:strongly\s+)?(?:object|support)\s+(?:to\s+)?the\s+"
                      r"(?:application|proposal)s?\b|\b(?:council|committee|members)\s+(?:strongly\s+)?"
                      r"(?:objects?|objected|supports?|supported)\s+(?:to\s+)?the\s+(?:application|proposal)s?\b"
                      r"|\b(?:requested|asked|instructed|authori[sz]ed|delegated)\s+(?:that\s+)?"
                      r"(?:the\s+)?(?:officers?|clerk|chair\w*|council|cabinet|director|head|leader|members?|secretary)\b"
                      r"|\bconsensus\b|\bhappy\s+(?:for|to|with)\b|\bit\s+was\s+felt\b|\bwelcomed\b|"
                      r"\b(?:council|committee|cabinet|councillors|members)\s+(?:will|would)\s+(?:not\s+)?"
                      r"(?!be\s+(?:asked|invited|recommended|requested|minded|expected|required)\b)(?:be\s+)?[a-z]+",
                      re.I)


def _records_decision(sentence: str) -> bool:
    """The sentence records a decision or a vote: worded as one ("RESOLVED that", "CARRIED"), saying one
    was taken ("has agreed a permanent allocation", "the application was refused"), not one to come
    ("will be asked to approve", "a proposal to be agreed"), minuting an action ("The Clerk to write ..."), or
    saying in plainer words what the meeting settled (_SETTLED: "No objection.", "Members asked officers to ...")."""
    if decides(sentence) or votes.mentions_vote(sentence) or _ACTION.match(sentence) or _SETTLED.search(sentence) \
            or RESPONSE.search(sentence):
        return True
    spots = [m.start() for m in _DECIDED.finditer(sentence)]
    return bool(spots) and not put_ahead(sentence, spots)


def _retold(sentence: str, chunk) -> bool:
    """A report (not minutes) tells a decision taken in a month before its meeting's, not in a decision's own wording
    ("RESOLVED", "Cabinet is asked to"): an earlier decision retold as background ("The Waste Strategy 2012-27 was
    adopted by the Council in May 2012"), not the one the report goes to its meeting for."""
    if chunk.doc_type == "minutes" or not chunk.meeting_date or decides(sentence) or votes.mentions_vote(sentence):
        return False
    told = [f"{m.group(2)}-{dates.MONTHS[m.group(1).lower()]:02d}" for m in dates.MONTH_YEAR.finditer(sentence)]
    return bool(told) and all(t < chunk.meeting_date[:7] for t in told)


# a plan named by its title, in capitals mid-sentence ("the Local Outbreak Management Plan", "the Minerals and Waste
# Local Plan 2024-39"): a thing, not an intention (core.modality.FUTURE_OR_DOUBT's "plan")
_TITLED_PLAN = re.compile(r"(?<=[\w,)]\s)Plans?\b")
# a decision to come: "the County Council will be asked to agree that the Local Plan be adopted"
_TO_BE_ASKED = re.compile(r"\b(?:will|would|shall)\s+(?:then\s+)?be\s+(?:asked|invited|recommended|requested)\s+to\b", re.I)


def _records_titled(sentence: str) -> bool:
    """`_records_decision`, a plan named by its title read as a thing: "That the refresh of the Local Outbreak
    Management Plan be approved" records a decision; the "Plan" before "approved" does not put it in the future. A
    body that "will be asked to agree" that the Plan be adopted has a decision to come."""
    return _records_decision(sentence) or (not _TO_BE_ASKED.search(sentence) and _records_decision(
        _TITLED_PLAN.sub(lambda m: "X" * len(m.group()), sentence)))


def _off_subject(fact: Fact, ranked: list[Sentence], plan: QueryPlan) -> bool:
    """The decision the answer would open with holds none of the question's subject words, in its
    sentence or its item's name ("RESOLVED to accept the minutes of the meeting held on 21st June"
    asked what was decided about the new cemetery), and every sentence that does is under another item:
    it is another item's decision. So too when it holds a word of the subject but little of it (less than
    facts.DECISION_SUBJECT_SHARE of what the best sentence holds), its item's name none, and every sentence
    holding that share is under another item: asked what was decided about the closure of the village shop,
    "It was agreed that the Chairman would draft a letter which could be distributed around the village"
    under "6. Dog Fouling" is item 6's decision, not one on "7. Closure of Village Shop and Post Office"."""
    own = next((s for s in ranked if s.passage is fact.passage and s.start <= fact.start < s.end), None)
    if own is None or not fact.passage.chunk.item:
        return False
    on = [s for s in ranked if s.subject > 0]
    if own.subject > 0:
        best = max(s.lexical for s in on)
        about = set(terms(plan.subject)) - STOPWORDS - set(plan.scope_words)
        if own.lexical >= facts.DECISION_SUBJECT_SHARE * best or about & set(terms(fact.passage.chunk.item)):
            return False
        on = [s for s in on if s.lexical >= facts.DECISION_SUBJECT_SHARE * best]
    return bool(on) and all(s.passage.chunk.item and s.passage.chunk.item != fact.passage.chunk.item for s in on)


# asked what a body decided, or how much it approved: "What did Cabinet decide on the strategy?", "How much did the
# committee approve for the campaign?", "what did the parish council agree to pay towards ..." (the body is the
# words between "did" and the decision verb)
_BODY_DECIDED = re.compile(r"^\W*(?:what|how\s+much|which\s+\w+)\s+(?:\w+\s+){0,2}?(?:did|has|have|had)\s+(?P<body>.{1,120}?)\s+"
                           r"(?P<act>decide|resolve|agree|approve|grant|allocate|award|vote|adopt|endorse)\b", re.I | re.S)
# a recommendation made to a body, which names it: "That the Panel recommends to Cabinet that ...", "RECOMMENDED to
# Council", "the committee recommend the Executive to approve", "that Cabinet be recommended to ..."
_RECOMMENDED_TO = re.compile(r"\brecommend(?:s|ed|ing)?\s+(?:to\s+)?(?:the\s+)?(?P<to>[\w'’-]+)|\brecommendations?\s+(?:to|for)\s+"
                             r"(?:the\s+)?(?P<to2>[\w'’-]+)|\b(?P<to3>[\w'’-]+)\s+(?:is|are|be)\s+recommended\b", re.I)
# what a line records done with a matter short of deciding it, the word the decline says it with
_SHORT_OF_DECIDING = (("noted", re.compile(r"\bnot(?:e|es|ed|ing)\b", re.I)),
                      ("recommended", re.compile(r"\brecommend\w*", re.I)),
                      ("received", re.compile(r"\breceiv\w*", re.I)),
                      ("discussed", re.compile(r"\b(?:discuss\w*|debat\w*|consider\w*|comment\w*)", re.I)))


def _short_of_deciding(sentence: str) -> str:
    """The word for what `sentence` records done with its matter: "noted", "recommended", "received", "discussed",
    else "reported"."""
    return next((word for word, said in _SHORT_OF_DECIDING if said.search(sentence)), "reported")


def _recommended_to(sentence: str, body: set[str]) -> bool:
    """`sentence` makes a recommendation to the body whose words are `body` ("That the Panel recommends to Cabinet
    that ...": Cabinet is told what another body advises, it has not decided)."""
    for m in _RECOMMENDED_TO.finditer(sentence):
        to = m.group("to") or m.group("to2") or m.group("to3")
        if set(terms(to)) & body:
            return True
    return False


# a resolution's lead-in or bare number ("RESOLVED:", "1.", "(b)"), and one of its parts ("2. That the Panel ...")
_LEAD_IN = re.compile(r"^\W*(?:(?:it\s+was\s+)?(?:resolved|agreed|recommended|decided)(?:\s+that)?\W*)?(?:\d{1,2}|[a-z]|[ivx]{1,4})?\W*$",
                      re.I)
_PART = re.compile(r"^\W*(?:(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*)?that\b", re.I)
# a part that notes or receives a report: "That the Panel notes the report.", "the update be noted"
_NOTES = re.compile(r"\b(?:notes?|noted|receives?|received)\b", re.I)
DECISION_PARTS = 6       # the most parts of a resolution read after its lead-in


def _decision_lines(own: Sentence, ranked: list[Sentence]) -> list[Sentence]:
    """The lines of the decision the answer opens with: `own`, or, when it is a lead-in ("RESOLVED: 1."), its parts
    after it in its passage ("That the Panel notes the report.", "2. That the Panel recommends to Cabinet ..."), up to
    DECISION_PARTS, less the bare lead-ins and numbers."""
    if not _LEAD_IN.match(own.text):
        return [own]
    after = sorted((t for t in ranked if t.passage is own.passage and t.start >= own.end), key=lambda t: t.start)
    parts = []
    for t in after[:DECISION_PARTS * 2]:
        if _LEAD_IN.match(t.text):
            continue
        if not _PART.match(t.text) or len(parts) >= DECISION_PARTS:
            break
        parts.append(t)
    return parts


def _decided_at(s: Sentence, ranked: list[Sentence]) -> bool:
    """The line records a decision, or the sentence after it in its item does ("The quotes were discussed." /
    "It was agreed to accept the lower one.")."""
    after = next_sentence(s, ranked)
    return _records_decision(s.text) or (after is not None and not _another_item(s, after)
                                         and _records_decision(after.text))


def decided_by_none(plan: QueryPlan, ranked: list[Sentence], fact: Fact | None) -> tuple[Sentence, str] | None:
    """Asked what a body decided, or how much it approved ("What did Cabinet decide on the procurement strategy?",
    "How much did the scrutiny committee approve for the campaign?"), and the line the answer would open with is no
    decision of that body on the subject: (the line the papers do record, the decline saying what they record it as:
    "The papers record it recommended, not decided: ..."); else None. The line is short of the body's decision when

    - it recommends the matter to the body asked ("That the Panel recommends to Cabinet that the strategy ..."),
      and no sentence on the subject records a decision with the body's name before its decision word;
    - asked what it decided, it is a decision on another matter (no word of the subject in it or its item's
      heading: "it was agreed to take advice on the interpretation of this proposal"), and the best sentences on the
      subject, in other items, record none ("Cllr JA reported that a consultation was now open on ...");
    - asked how much it approved, the figure is in no resolution and neither its sentence nor the one after
      records a decision ("Increase the number of foster carers by 10% by 2027" in a performance report).

    The last two only in the body's own papers (its name is their council's or committee's): another body's
    decision is reported in them, not resolved."""
    asked = _BODY_DECIDED.match(plan.standalone)
    if asked is None or fact is None or _asked_ahead(plan.standalone):
        return None
    body = set(terms(asked.group("body"))) - STOPWORDS - set(plan.scope_words)
    body = body or set(terms(asked.group("body"))) - STOPWORDS
    own = next((s for s in ranked if s.passage is fact.passage and s.start <= fact.start < s.end), None)
    if own is None or not body:
        return None
    look = ranked[:PREDATE_LOOK * 2]
    subject = _on_subject(look, facts.DECISION_SUBJECT_SHARE)
    lines = _decision_lines(own, ranked)
    told = [t for t in lines if _recommended_to(t.text, body)]
    if told and all(t in told or _NOTES.search(t.text) for t in lines):
        by_body = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(body)) + r")\w*\s+(?:has\s+|had\s+|have\s+)?"
                             r"(?:resolved|decided|agreed|approved|adopted|endorsed|rejected|refused)\b", re.I)
        if not any(by_body.search(s.text) and not _recommended_to(s.text, body) for s in subject):
            return told[0], NOT_DECIDED.format(done=f"recommended to {asked.group('body').strip()}",
                                               said=clean(told[0].text), n=1)
        return None
    # (what another body decided is reported in these papers, not resolved in them: "A grant of £450 from the
    # District Council has been received" in a parish's minutes answers how much the District Council granted)
    chunk = fact.passage.chunk
    if not body <= set(terms(f"{chunk.council or ''} {chunk.committee or ''}")):
        return None
    if plan.intent == "decision":
        if any(t.subject > 0 for t in [own] + lines) or not fact.passage.chunk.item:
            return None
        asked_words = set(terms(plan.standalone)) - STOPWORDS - body - set(terms(asked.group("act")))
        if asked_words & set(terms(fact.passage.chunk.item)):
            return None
        # the item's own lines on the subject hold less of it than the best line elsewhere: the matter the item
        # decided is another ("a proposal to close small village schools" beside "the new arrangements for a
        # primary school and Early Years Centre")
        mine = [s for s in subject if s.passage.chunk.item == fact.passage.chunk.item
                and s.passage.chunk.source == fact.passage.chunk.source]
        on = [s for s in subject if s not in mine]
        if not on or max((s.lexical for s in mine), default=0.0) >= max(s.lexical for s in on):
            return None
        if any(s.passage.chunk.is_resolution or decides(s.text) or _decided_at(s, ranked) for s in on):
            return None
        best = max(on, key=lambda s: s.lexical)
        return best, NOT_DECIDED.format(done=_short_of_deciding(best.text), said=clean(best.text), n=1)
    if plan.intent == "quantity" and asked.group(0).lower().lstrip(" \t\"'").startswith("how"):
        if fact.passage.chunk.is_resolution or fact.label in (LABELS["decision"], LABELS["vote"]) \
                or _decided_at(own, ranked):
            return None
        return own, NOT_DECIDED.format(done=_short_of_deciding(own.text), said=clean(own.text), n=1)
    return None
