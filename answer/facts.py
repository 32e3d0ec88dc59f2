"""The fact first: the one line that answers a question's kind (a name for "who", a figure for
"how much", a date for "when", the decision, the recorded vote), found in scored sentences.

Each fact is a verbatim span of a passage (a sentence, or the shortest part of it that holds the
fact) or a structured reading of one (a recorded vote, a chair in an attendance list); the
answerer cites the span. It chooses; it does not retrieve, score or format citations.
"""
from __future__ import annotations

import re
from functools import lru_cache

from core import dates, names, tables, votes
from core.terms import STOPWORDS, terms
from core.sentences import bare
from answer.sentences import sentence_spans
from core.types import Passage
from ingest import layouts
from retrieval.plan import ASKS_APOLOGIES, DECISION, DEPUTY_ASKED, OFFICERS_ASKED
from answer.fact import DECISION_MARGIN, Fact, LABELS, LOOK_AT, Scored, _NAME, _TITLE, _item_of, _same_body, _same_item
from answer.when import AFTER, DAY_OF_MONTH, NEXT_MEETING, WHEN, WILL_HAPPEN, _ahead_of_its_meeting, _discussed
from answer.figures import (CHARGE_ASKED, FIGURE, LENGTH_ASKED, MONEY_ASKED, PERCENT, SHARE_ASKED, TOTAL_ASKED,
    TOTAL_ROW, _PAST, _cell_reading, _name_share, _newest_of_its_kind, _row_reading, _sum_label_named,
    _sum_row_named, _topic_terms, _unasked, gives_length, gives_sum)
from answer.counts import (COUNT, _MONTH_AFTER, _count_row_named, count_head, counted_as, counted_in_paragraph,
    counted_words, counts, counts_head)
from answer.spans import _clause, _reach, _title_cased, is_prose, next_sentence
# what other modules read as facts.X (answer/declines.py among them)
from answer.figures import (CHANGE, COMPARISON_ASKED, DURATION, FIGURE_FRAME, MONEY, TREND_ASKED, compares_figures,
    names_sum, rate_of, sum_cell_after)
from answer.counts import COUNT_ASKED, SPELLED_COUNT, bare_count, counted_thing, counts_asked


FIGURE_LOOK_FACTOR = 2     # a figure is looked for this many times as far down as LOOK_AT (answer/fact.py)
NEXT_SENTENCE_COST = 0.02 # a figure in the sentence after the one naming the subject ranks just below it
SUM_SUBJECT_SHARE = 1.0    # asked a sum, a sentence giving one leads when it holds as much of the subject as the best
COUNT_SUBJECT_SHARE = 0.5  # a count later in a paragraph answers when no figure holds this share of its subject's words
LEXICAL_WEIGHT = 0.3       # how much sharing the question's rare words counts when choosing among them
DECISION_SUBJECT_SHARE = 0.5   # a resolution sharing less than this share of the question's words the best sentence
                               # shares is about something else (as one scoring DECISION_MARGIN below it)
WHO_SUBJECT_SHARE = 0.6    # "who": a sentence naming someone holding less of the question's words than this share of
                           # what the best sentences hold names someone on another subject
_CHAIR_WORD = r"(?:Chair|Chairman|Chairwoman|Chairperson|CHAIR|CHAIRMAN)"
# "Yousef Dahmash (Chair)", "Councillor Marian Humphreys (Chair)", "Mr Gough (Chairman)", "Mr X in the Chair",
# "Cllrs Hayward (in the chair), Hillard, ..." (a community council's attendance line, the chair in lower case),
# "Councillors Gemma Hart (in the Chair), ..." (a London borough's printed minutes),
# "PRESENT: Councillor E. Prydderch - Chair" (the Welsh councils' "Cynghorydd X – Cadeirydd / Chair" style)
# "TS chaired the meeting", "Cllr Dunn took the chair for the meeting"
CHAIR = re.compile(rf"({_NAME})\s*\((?:[Ii]n[ \t]+the[ \t]+)?(?:{_CHAIR_WORD}|chair|chairman)\)|({_NAME})\s+in the Chair\b"
                   rf"|({_NAME})(?:[ \t]+\([A-Z]{{1,4}}\))?[ \t]+[-–—][ \t]+[_*]{{0,2}}{_CHAIR_WORD}[_*]{{0,2}}(?![A-Za-z])(?![ \t]+of\b)"
                   # a parish's attendance list with each member's initials: "Claire Cann (CC) – Chair", "Ann Hunt (AH) Chair"
                   rf"|({_NAME})[ \t]+\([A-Z]{{1,4}}\)[ \t]+{_CHAIR_WORD}(?![A-Za-z])(?![ \t]+of\b)"
                   rf"|(?<![A-Za-z0-9'’])(?!(?:The|Chair|Chairman)\b)({_NAME})[ \t]+(?:chaired|took the chair (?:of|at|for))[ \t]+(?:the[ \t]+)?meeting(?![a-z])"
                   # "Deputy Chair Cllr A Jones took the chair in the absence of Mr B Smith.", "Cllr Dunn took the Chair."
                   # (not "took the chair for this item": one item's chair, not the meeting's)
                   rf"|(?<![A-Za-z0-9'’])(?!(?:The|Chair|Chairman|He|She|They)\b)({_NAME})[ \t]+took[ \t]+the[ \t]+[Cc]hair"
                   rf"(?=[ \t]*[.;]|[ \t]+in[ \t]+the[ \t]+absence\b)"
                   # "The Meeting was Chaired by Kenny Combe", "In the Chair: Cllr A Shah", "Chairman: Mr J Bell"
                   rf"|\b[Mm]eeting[ \t]+(?:was[ \t]+)?[Cc]haired[ \t]+by[ \t]+({_NAME})|\b[Ii]n the [Cc]hair:[ \t]*({_NAME})"
                   rf"|^[ \t]*{_CHAIR_WORD}:[ \t]*({_NAME})", re.M)
# "who chaired", and in plain words "who ran / led / presided over / was in charge of the meeting"
ASKS_CHAIR = re.compile(r"\bchair|\bwho\s+(?:ran|runs|led|leads|presided|was\s+in\s+charge)\b(?=.*\bmeeting)", re.I)
# "who is the treasurer of the community council", "who was the council's clerk in 2019": an officer the papers name
# beside the role ("Paul Ingram — Treasurer", "Clerk: Mrs J Todd", "Mrs A Evans was appointed Clerk")
ASKS_OFFICER = re.compile(rf"\bwho\s+(?:is|was|are|were|has\s+been|acts?\s+as)\b.{{0,60}}?\b({OFFICERS_ASKED})s?\b",
                          re.I | re.S)


def officer_role(word: str) -> str:
    """The role as papers print it: capitalised, in lower case or in capitals ("Treasurer", "treasurer", "TREASURER")."""
    w = word.lower()
    return rf"(?:[{w[0].upper()}{w[0]}]{w[1:]}|{w.upper()})"


# "who is the vice chair", "who was elected vice-chairman", "the deputy chair": a role of its own, never the chair's
ASKS_VICE_CHAIR = re.compile(rf"\b{DEPUTY_ASKED}chair", re.I)
# the roles as papers print them: "Vice-Chair", "Vice Chairman", "Deputy Chairman", "Vice-Chairs"/"Vice-Chairmen" of a
# body electing more than one; "Chair" not after "Vice"
VICE_ROLE = r"(?:[Vv]ice|VICE|[Dd]eputy|DEPUTY)[ \t-]*(?:[Cc]hair|CHAIR)(?:m[ae]n|wom[ae]n|persons?|MAN|MEN|s)?"
CHAIR_ROLE = r"(?<![Vv]ice)(?<![Vv]ice[ -])(?<!VICE)(?<!VICE[ -])(?<![Dd]eputy )(?<!DEPUTY )(?:[Cc]hair|CHAIR)(?:man|woman|person|MAN)?"


def role_printed(office: str) -> re.Pattern:
    """How papers print an office a question names: "vice chair" as "Vice-Chairman" (VICE_ROLE), "chair" as
    "Chairman" but not "Vice-Chair" (CHAIR_ROLE), another ("clerk", "mayor") as itself."""
    if ASKS_VICE_CHAIR.search(office):
        return re.compile(VICE_ROLE)
    if re.match(r"(?i)chair", office):
        return re.compile(CHAIR_ROLE)
    return re.compile(rf"\b{re.escape(office)}", re.I)


# "Election of Vice-Chair", "7. Appointment of the Chairman of the Council", "02/2015: Election of Chairman:": an item
# electing a role; minutes keeping the agenda's wording too ("1. To elect a Chairman", "TO APPOINT A VICE-CHAIR")
_ELECTION_HEADING = re.compile(r"^[ \t#*]*(?:\(?[\d./]+\)?[.:]?[ \t]+)?(?:(?:[Ee]lection|[Aa]ppointment|ELECTION|APPOINTMENT)"
                               r"[ \t]+(?:of|OF|to|TO)|(?:[Tt]o|TO)[ \t]+(?:[Ee]lect|[Aa]ppoint|ELECT|APPOINT))"
                               r"[ \t]+(?P<role>[^\n]{1,80})$", re.M)
# an item's heading above a sentence ("7. Apologies", "03/2015: Apologies:"): another item's heading ends the election's
_ITEM_HEADING = re.compile(r"^[ \t#*]*(?:\(?\d+(?:[./]\d+)*\)?[.:]?[ \t]+)[A-Z][^\n]{0,80}$", re.M)
_STOOD_IN = re.compile(r"\b(?:chaired|took the chair)\b", re.I)
# "who attended", "who was at the meeting", "who was present": the attendance list answers
ASKS_ATTENDANCE = re.compile(r"\b(?:attend(?:ed|ing|ance|ees)?|present|who\s+(?:was|were)\s+(?:at|there)|turned up)\b", re.I)
# the list's label: "PRESENT:", "Members present", "In attendance", "Attendance", "Sederunt"
ATTENDANCE = re.compile(r"^[ \t#*]*(?:PRESENT|Present|Members\s+[Pp]resent|Councillors\s+[Pp]resent|In\s+[Aa]ttendance|"
                        r"Attendance|ATTENDANCE|Attendees|Sederunt|SEDERUNT)\b", re.M)
PERSON = re.compile(rf"\b{_TITLE}\s+[A-Z]|\((?:Chair|Chairman|Vice)")     # "Councillor Humphreys", "(Chair)"
MEETING_WORDS = re.compile(r"\b(?:meeting|committee|council|cabinet|panel|board|sub-committee|forum|on \d{1,2}\s+[A-Z][a-z]+)\b", re.I)
ATTENDANCE_CHARS = 1200    # the most of an attendance list the answer's first line quotes
# an apologies record's label on a line of its own: "3. Apologies for Absence", "(1) Apologies", "## Apologies:",
# "84. Apologies" (not an agenda's "To receive apologies")
APOLOGIES_LABEL = re.compile(r"^[ \t#*]*(?:\(?[\d.]+\)?[ \t]+)?Apologies(?:[ \t]+for[ \t]+[Aa]bsence)?"
                             r"(?:[ \t]+and[ \t]+[Ss]ubstitutions)?[ \t]*:?[ \t]*$", re.M | re.I)
# ... or said in a sentence: "Apologies for absence were received from ...", "reported apologies from ...",
# "Councillor Barker ... sent their apologies"
APOLOGIES_SAID = re.compile(r"\bapolog(?:ies|y)\b(?:\s+for\s+absence)?\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
                            r"(?:(?:received|reported|given|noted)(?:\s+and\s+(?:accepted|approved|noted))?)?\s*from\b"
                            r"|\b(?:sent|gave|tendered)\s+(?:their\s+|his\s+|her\s+)?apologies\b", re.I)
# ... or a label with the names after it on its line: "Apologies: Cllr A (illness), Cllr B (work)", "1412. Apologies for
# absence: Cllr Bevan.", "Absent: Cllr C", "Absent without apologies - Mr D", "Not present: ..."
APOLOGIES_INLINE = re.compile(r"^[ \t#*]*(?:\(?[\d./]+\)?\.?[ \t]+)?(?:Apologies(?:[ \t]+for[ \t]+[Aa]bsence)?"
                              r"(?:[ \t]+(?:received|were[ \t]+received))?(?:[ \t]+from)?|Absent(?:[ \t]+with(?:out)?[ \t]+apologies)?"
                              r"|Absences|Not[ \t]+present)[ \t*]*[:–—-][ \t*]*(?P<rest>\S[^\n]*)$", re.M | re.I)
# what follows the label and is not the record: "(Item 1)", the next item's heading "(2) Disclosures ...",
# "19.01.2 Register of Interests", "#### (2) ..."
_ITEM_REF = re.compile(r"^\s*\(Item\s+\d+\)\s*$")
# the record under the label saying no one sent any: "There were no apologies received.", "None."
_NONE_SENT = re.compile(r"^\s*(?:there\s+were\s+no\s+apologies\b|no\s+apologies\b|none\b|nil\b)", re.I)
# "where did the panel meet", "where was the meeting held", "where do they meet", "where is the next meeting": the
# meeting's venue answers (what is held must be a meeting: "where was the bonfire held" asks no venue; nor does a
# question asking where a meeting put something: "where did the meeting decide to put the bench")
ASKS_VENUE = re.compile(r"\bwhere\b[^?]{0,100}?\b(?:meet|meets|met|meeting|agm)\b"
                        r"|\bwhere\b(?P<what>[^?]{0,100}?)\b(?:held|take\s+place|took\s+place|taking\s+place)\b", re.I)
_VENUE_NOT_ASKED = re.compile(r"\b(?:decid\w*|agree\w*|resolv\w*|put|built?|install\w*|sited?|locat\w*|plant\w*)\b", re.I)
_MEETING_NOUNS = "meeting|agm|committee|council|panel|cabinet|board|forum|sub-committee"   # what meets
_MEETING_NOUN = re.compile(rf"\b(?:{_MEETING_NOUNS})s?\b", re.I)
# a question asking where they meet as a rule ("where do they meet", "where does the council meet"): the newest venue
_HABITUAL = re.compile(r"\b(?:do|does|usually|normally)\b", re.I)
# a meeting's venue as its page labels it: "Venue: Council Chamber, Town Hall", "Location: ..."
VENUE = re.compile(r"^\s*(?:venue|location|place\s+of\s+meeting|meeting\s+place)\s*[:–-]\s*(?=\S)", re.I)
# ... or as its heading or next-meeting line words it: "Minutes of the meeting of X Parish Council held at the Village
# Hall, Church Lane on 3 March 2024", "MINUTES of the Annual Meeting @ the Memorial Hall, 14th May", "The next meeting
# will be held on 9 April at the Pavilion, Mill Road." (a line naming a meeting: "the fete will be held at the Rec" is no venue)
_HELD = re.compile(r"\bheld\b|@", re.I)
_NAMES_MEETING = re.compile(r"\b(?:meeting|minutes|agm|summoned)\b", re.I)
# (a Markdown page's emphasis is no part of the place: "held in **Committee Room 2, Shire Hall** on ...")
_AT_PLACE = re.compile(r"(?:\b(?:at|in)\b|@)[ \t]+(?:\*\*|__)?", re.I)
_PLACE_TOKEN = re.compile(r"[^\s,.;:()*]+(?:\.(?=[A-Za-z]))?|,")
_PLACE_JOINS = frozenset("of the and & upon".split())
_NOT_A_PLACE = frozenset("on at in from commencing starting to for from when which following with by this".split()) | {
    m.lower() for m in dates.MONTHS} | {d + "day" for d in "mon tues wednes thurs fri satur sun".split()}
_NOT_A_RECORD = re.compile(r"^[ \t#*]*(?:\(\d+\)|\d+(?:\.\d+)*\.?[ \t]+[A-Z])")
# "what time did the meeting finish", "when did the AGM end": the line saying when it closed answers
ASKS_CLOSE = re.compile(r"\b(?:what\s+time|when)\b.*\b(?:finish(?:ed)?|end(?:ed)?|clos(?:e|ed)|over)\b", re.I)
# the meeting itself is what ends: "when did the parish council meeting finish", "what time was the AGM over",
# "when did the meeting of the full council on 3 May close" (not "when won't the council charge for parking over
# Christmas", nor "when will the council close the library": there the council acts on something else)
_MEETING_ENDS = re.compile(rf"\b(?:{_MEETING_NOUNS}|session)s?\b"
                           r"(?:\s+(?:of|on|in|held)\b[^?.]{0,60}?)?\s+(?:finish(?:ed)?|end(?:ed)?|clos(?:e|ed)|(?:(?:be|was)\s+)?over)\b"
                           r"(?!\s+(?:the|its|a|an|their|this|that)\b)", re.I)
# "Meeting ended at 8.10 pm", "The Chairman brought the meeting to a close at 9.50pm", "Meeting Closed 21:00pm"
# ("The meeting closed at 9pm", "Close of meeting: 20.45", "The meeting terminated at 9.05 p.m.")
CLOSED = re.compile(r"\b(?:meeting\s+(?:was\s+)?(?:closed|ended|finished|concluded|terminated|closes)|(?:closed|ended)\s+the\s+meeting"
                    r"|meeting\s+to\s+a\s+close|close\s+of\s+(?:the\s+)?meeting)\b[^.\n]{0,20}?"
                    r"\b\d{1,2}(?:[.:]\d{2}\s*(?:[ap]\.?m\b\.?|hrs\b|hours\b)?|\s*[ap]\.?m\b\.?)", re.I)
# a person named: "Councillor Coombes", "Margaret Carey", "R Healey", "Cllrs Ives, Ward and Ellis"
_NAMED = re.compile(rf"\b{_TITLE}\s+[A-Z]|\b(?!The\b)[A-Z][a-z]+ [A-Z][a-z]+\b|\b[A-Z]\.? [A-Z][a-z]+\b")


def names_a_person(text: str, besides: set[str] = frozenset()) -> bool:
    """The text names a person ("Councillor Coombes", "Margaret Carey", "R Healey"): not a pair of capitalised
    words that are the terms in `besides` (the role asked about: "Directly Elected Mayor")."""
    return any(not (set(terms(m.group(0))) & besides) for m in _NAMED.finditer(text))


NAME = re.compile(rf"\b{_TITLE}\s+[A-Z]|\b[A-Z][a-z]+ [A-Z][a-z]+\b|\([A-Z][a-z]+\)")
# a sentence saying no one did what was asked: "No declarations of interest were received", "There were no
# objections", "None were declared", "(Item 2) Nil"
NOBODY = re.compile(r"^\W*(?:\(?(?:item\s+)?[\w.]{1,6}\)\s*)?(?:there\s+(?:were|was|had\s+been)\s+no\b|no\s+(?!doubt\b|longer\b|later\b|"
                    r"more\s+than\b|less\s+than\b|fewer\s+than\b)[a-z]|none\b|nil\b|nobody\b|no[\s-]one\b)", re.I)
# the verb of "who proposed ...", "who has declared ...": what the person asked about did
# (and "who is responsible for ...", "who is dealing with ...": what they are, not a noun: "who is the county's ...")
WHO_DID = re.compile(r"^\W*who\s+(?:(?:has|had|was|were|did)\s+)?(?P<state>(?:is|are|will\s+be)\s+(?=[a-z]+(?:ible|able|ing|ed)\b))?"
                     r"([a-z]+)\b", re.I)
_ANYONE = re.compile(r"^\W*(?:did|has|have|had)\s+any(one|body)?\b(.*)", re.I | re.S)


def anyone_did(question: str) -> str | None:
    """The stem of what a question asks whether anyone did ("Did anyone object to ...?" -> "object",
    "Did any Cabinet member declare an interest ...?" -> "declar"), else None."""
    m = _ANYONE.match(question)
    if not m:
        return None
    words = re.findall(r"[A-Za-z]+", m.group(2))[:4]
    # after "anyone" the verb comes first; after "any" a noun of two words or of one comes first
    for word in (words[:1] if m.group(1) else words[2:3] + words[1:2]):
        if word.lower() not in STOPWORDS and (stem := terms(word)):
            return stem[0]
    return None


# a reason given: "as this is a privately owned club", "due to staff shortages", "does not meet the criteria"
# (minutes "approved as a correct record" give no reason)
REASON = re.compile(r"\b(?:because|due to|owing to|as a result|in order to|so that|given that|reasons?|criteria|"
                    r"(?:not|in)eligible|as (?!an? (?:true|correct|accurate|fair)(?: and \w+)? record)"
                    r"(?:this|it|they|there|the|a|an|its|their) )", re.I)
# a reason printed under its own label in a decision record: "REASON FOR DECISION:", "Reasons for the recommendations"
REASON_LABEL_WORDS = 3     # words after the label that make it a reason given, not a heading
REASON_LABEL = re.compile(r"^\W*reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)\b\s*[:.–-]?", re.I)
# "why was it turned down": a refusal asked about, and the verdict printed alone on its line in a decisions table
REFUSAL_ASKED = re.compile(r"\b(?:turn(?:ed)?\s+down|reject\w*|refus\w*|declin\w*|not\s+(?:approved|supported|granted|funded)|"
                           r"defer\w*|withdrawn)\b", re.I)
VERDICT = re.compile(r"^[ \t]*(?:rejected|refused|declined|deferred|not\s+approved|not\s+supported)\b\W*?[.:]?[ \t]*$",
                     re.I | re.M)
VERDICT_REACH = 1500        # characters: how far below the sentence on the subject its verdict may be printed
REASON_CHARS = 400          # characters: how far the reason after a verdict may run to its full stop
LEAD_IN = re.compile(r"^\W*(?:\d+\)?\s*)?(?:the\s+\w+(?:\s+\w+)?\s+)?resolved(?:\s+that)?\W*:?\W*$", re.I)


def decides(sentence: str) -> bool:
    """The sentence is worded as a decision ("RESOLVED that", "it was agreed to", "CARRIED"), by the
    one table of decision wordings (ingest.layouts)."""
    return layouts.first_match(layouts.DECISIONS, sentence) is not None or votes.outcome(sentence) is not None


def lead(intent: str, question: str, ranked: list[Scored], latest: bool = False,
         discussed: str | None = None) -> Fact | None:
    """The fact that answers a question of `intent`, from its best-scored sentences, or None.
    `latest`: the question asks about now ("who chairs"), so of several readings the newest wins.
    `discussed`: it asks when a subject was "last" or "first" discussed, so a meeting's date answers."""
    ranked = [s for s in ranked if not s.off_period] or ranked
    if not ranked:
        return None
    # a figure is looked for further down: the sentences naming a subject best often give none
    # ("… selected for Wave 2 of the Pathfinder Programme."), the one after them does ("receiving £4.1million")
    top = ranked[:LOOK_AT * (FIGURE_LOOK_FACTOR if intent == "quantity" else 1)]
    if spoken_side(question):
        return _spoken(question, ranked)
    if intent == "when" and discussed:
        fact = _discussed(ranked, discussed)
        if fact:
            return fact
    if intent == "vote":
        fact = _named_side(question, ranked) or _named_proposal_vote(question, ranked) or _vote(ranked)
        if fact:
            return fact
        # no counts recorded: the sentence that reports the outcome ("CARRIED unanimously")
        told = next((s for s in ranked[:LOOK_AT * 2] if votes.mentions_vote(s.text)), None)
        if told and not votes.has_vote_count(told.text):
            # the motion ("It was proposed by ... that the contract be awarded to ...") and, after it in
            # its passage, the show of hands on it ("5 for, 2 against, 1 abstention"): the count answers
            counted = sorted((s for s in ranked if s.passage is told.passage and s.start >= told.end
                              and votes.has_vote_count(s.text)), key=lambda s: s.start)
            told = counted[0] if counted else told
        if told:
            return Fact(LABELS["vote"], told.passage, told.start, told.end)
    if intent == "who" and asks_attendance(question):
        fact = _attendance(ranked)
        if fact:
            return fact
    fact = closing_time(intent, question, ranked) or venue_named(intent, question, ranked)
    if fact:
        return fact
    if intent in ("who", "general") and asks_apologies(question):
        fact = _apologies(ranked)
        if fact:
            return fact
    if intent == "who" and _DOER_ASKED.search(question):
        # "who proposed Cllr X as chair": the proposer asked, not who holds the role
        fact = _doer(question, ranked)
        if fact:
            return fact
    if intent == "who" and not ASKS_VICE_CHAIR.search(question) and (fact := _group_chair(question, ranked)):
        return fact
    if intent == "who" and ASKS_CHAIR.search(question):
        fact = _chair_fact(question, ranked, latest)
        if fact:
            return fact
    if intent == "who" and (officer := ASKS_OFFICER.search(question)):
        fact = role_holder(question, ranked, officer_role(officer.group(1)), latest)
        if fact:
            return fact
    if intent == "general" and (verb := anyone_did(question)):
        # "did any member declare an interest in ...": of the sentences near the best, one saying
        # someone did it ("Councillor X declared a personal interest"), not the item's own account
        near = [s for s in ranked[:LOOK_AT * 2] if s.score >= ranked[0].score - DECISION_MARGIN]
        doing = [s for s in near if verb in terms(s.text)]
        if doing:
            best = max(doing, key=lambda s: s.score + LEXICAL_WEIGHT * s.lexical)
            return Fact(LABELS["general"], best.passage, *_clause(best, None))
    if intent in ("decision", "general") and OUTCOME_ASKED.search(question):
        fact = _named_proposal_outcome(question, ranked) or _item_outcome(ranked)
        if fact:
            return fact
    if intent == "general" and WHETHER_ASKED.match(question) and EVER_ASKED.search(question) \
            and (fact := _never_done(ranked)):
        return fact
    if intent == "general" and WHETHER_ASKED.match(question) and not FIGURE.search(bare(ranked[0].text)):
        # "is the old pub being turned into flats", "is the parish against the houses by church farm":
        # whether it is so is what was decided on it (a sentence giving a figure answers "has shoplifting
        # gone up" itself)
        fact = _item_outcome(ranked)
        if fact:
            return fact
    if intent == "why" and REFUSAL_ASKED.search(question):
        fact = _refusal_reason(ranked)
        if fact:
            return fact
    if intent == "why":
        fact = _labelled_reason(question, ranked)
        if fact:
            return fact
    if intent == "who":
        fact = _doer(question, ranked)
        if fact:
            return fact
    wanted = {"who": NAME, "quantity": FIGURE, "when": WHEN, "why": REASON}.get(intent)
    if intent == "decision":
        # what was decided is in a "Resolved" block of the minutes, else in the minutes at all
        # (one about the question's subject, scoring near the best: another item's "noted" is no answer)
        # (and sharing as much of the question's words as the best does, by half: a resolution of another
        # item sharing one word with the question, "the park" of another place for "the retail park", is not its decision)
        near = [s for s in ranked[:LOOK_AT * 2] if s.score >= ranked[0].score - DECISION_MARGIN and s.lexical > 0
                and s.lexical >= DECISION_SUBJECT_SHARE * ranked[0].lexical]
        resolved = [s for s in near if s.passage.chunk.is_resolution and not LEAD_IN.match(s.text)]
        # the line naming the subject best ("b) 24/01498/FUL - Land adjacent to Church Farm - erection of 4
        # dwellings.", "The scoping consultation for the wind farm was discussed.") and, run on after it on
        # its line, what was decided on it ("It was RESOLVED to object on the grounds of ..."); a decision
        # on a line of its own below ("On being put to the vote, the motion ... was carried") may be another's
        told = next_sentence(ranked[0], ranked) if not decides(ranked[0].text) else None
        if told is not None and decides(told.text) and not LEAD_IN.match(told.text) \
                and "\n" not in told.passage.chunk.text[ranked[0].end:told.start]:
            resolved = [told]
        # of the resolutions' sentences near the best, one deciding or a decision's numbered part ("3) a
        # Working Group … be established"), before the debate minuted with them
        best = ((next((s for s in resolved if (decides(s.text) or LISTED.match(s.text)) and _same_item(s, resolved[0])),
                      resolved[0]) if resolved else None)
                # a report recounting a decision ("the Scrutiny Committee unanimously agreed the
                # following motion:") words it a few sentences below those naming its subject best
                or next((s for s in ranked[:LOOK_AT * 2] if decides(s.text)
                         and s.passage.chunk.source == ranked[0].passage.chunk.source), None)
                or next((s for s in near if s.passage.chunk.doc_type == "minutes"), None))
        if best is not None and best.passage.chunk.is_resolution and not decides(best.text) \
                and not LISTED.match(best.text):
            # the passage records a decision, and this sentence is its debate: the sentence that
            # decides ("the Councillors resolved to proceed with the takeover") is the answer
            # (or its numbered part on the question's subject: "3) a Working Group on Mental Health … be established")
            worded = [s for s in ranked if s.passage is best.passage and not LEAD_IN.match(s.text)
                      and (decides(s.text) or (LISTED.match(s.text) and s.lexical > 0))]
            best = max(worded, key=lambda s: s.score + LEXICAL_WEIGHT * s.lexical) if worded else best
    elif wanted is not None:
        # of the best sentences holding a thing of the kind asked for, the one sharing most of the question's words
        holding = [s for s in top if wanted.search(_unasked(bare(_reach(s)[2]), question, intent))]   # "1.3 The plan …": no figure
        if intent == "quantity":
            # a table row's figure under a column heading in pounds ("Spent to date (£m)") is a sum
            holding += [s for s in top if s not in holding and "\t" in s.text and gives_sum(s.text, s.passage.chunk.text)]
        if intent == "quantity" and (counted := counted_words(question)):
            # "how many households": a sentence counting them ("64 households") holds the figure too
            holding += [s for s in top if s not in holding and counts(_unasked(_reach(s)[2], question, intent), counted)]
            # ... and so does a table row giving a bare count ("No. of children open to …\t3046\t3200"):
            # "how many" asks a number, not the share or the sum a neighbouring row gives
            holding += [s for s in top if s not in holding and "\t" in s.text and COUNT.search(bare(_reach(s)[2]))]
        if intent == "who":
            # the lead names someone (a person, a role holder, an organisation; "Mill Lane" is a place) and is
            # on the subject asked: "who is responsible for the footpath repairs" is not answered by a
            # councillor named about the play area. Of the sentences naming someone, those holding as much of
            # the question's words as the best near the top do, by WHO_SUBJECT_SHARE; else a role or an
            # organisation named on it ("the county council's rights of way team is responsible ..."), else
            # the best sentence on the subject, which claims no name (labelled as such below)
            # (a sentence saying the act asked was done is on it: "Mr Cooke be elected to Chair the meeting"
            # answers who was elected at "the extraordinary meeting", a word only the agenda prints; what
            # someone is, "responsible for", may be said of anything)
            m = WHO_DID.search(question)
            # (a word of its own: "won" is not the "won" of "land-won")
            did = re.compile(rf"(?<![\w-]){re.escape(m.group(2))}(?![\w-])", re.I) \
                if m and m.group(2).lower() not in STOPWORDS else None
            act = did if did is not None and not m.group("state") else None
            share = WHO_SUBJECT_SHARE * max((s.lexical for s in top), default=0.0)
            named = [s for s in top if (s.lexical >= share or act is not None and act.search(s.text))
                     and names.names_someone(_reach(s)[2])]
            holding = named or [next((s for s in ranked if s.lexical >= share), ranked[0])]
            # "which councillors declared an interest": the minutes' "No declarations of interest were received",
            # ranked above every sentence naming someone, answers that no one did (a heading's capitals
            # further down, "Significant Interests in items on the agenda", are no one's name)
            nobody = next((s for s in top if s.lexical >= share and NOBODY.match(bare(s.text))), None)
            if nobody is not None and all(nobody.score > s.score for s in named):
                holding = [nobody]
            if PAYER_ASKED.search(question):
                # "who is paying for the no smoking zones": the money's source, said where the paper says what
                # pays for it ("The project was funded by a £1.9 million grant from the previous government"),
                # in the passage that best answers the question or on its subject as much as a named one must be
                funded = [s for s in ranked[:LOOK_AT * 2] if FUNDED_BY.search(s.text)
                          and (s.passage is ranked[0].passage or s.lexical >= share)]
                holding = funded[:1] or holding
            # "who proposed the budget": of the sentences naming someone, those doing what was asked
            # ("Proposed by Cllr A"), not another's part in the item ("The Clerk presented ...")
            holding = [s for s in holding if did is not None and did.search(s.text)] or holding
            if ASKS_VICE_CHAIR.search(question):
                # asked the vice-chair: a line naming only the chair ("Cllrs J Hale (Chair)") is not its answer
                holding = [s for s in holding if not (CHAIR.search(s.text) or re.search(CHAIR_ROLE, s.text))
                           or re.search(VICE_ROLE, s.text)]
            elif ASKS_CHAIR.search(question):
                holding = [s for s in holding if not re.search(VICE_ROLE, s.text) or re.search(CHAIR_ROLE, s.text)] or holding
        if intent == "when":
            # "when did they meet after 18 June 2019": a sentence naming only the date asked from
            # ("Tuesday 18 June") does not say when
            asked = {(d.date_from, d.date_to) for d in dates.find_spans(question)}
            # (a day of a month printed without its year, "from 3rd to 7th November", says when too)
            holding = [s for s in holding
                       if any((d.date_from, d.date_to) not in asked for d in dates.find_spans(_reach(s)[2]))
                       or not asked and DAY_OF_MONTH.search(_reach(s)[2])] or holding
            if asked and AFTER.search(question):
                # "the next meeting after 18 June 2019": the first date printed after it answers,
                # not a later year's "next meeting" line
                since = max(to for _, to in asked)
                later = [(min(d.date_from for d in spans), s) for s in holding
                         if (spans := [d for d in dates.find_spans(_reach(s)[2]) if d.date_from > since])]
                if later:
                    first = min(day for day, _ in later)
                    holding = [max((s for day, s in later if day == first), key=lambda s: s.score)]
            elif not asked and WILL_HAPPEN.search(question) and not NEXT_MEETING.search(question):
                # "when will the full council look at it": asked when something is to happen, a date its paper
                # gives after the paper's own meeting answers ("will be further reviewed by full Council on 13
                # March 2025"), not one the paper recounts from before it ("the Scrutiny Committee on 29 January")
                holding = [s for s in holding if _ahead_of_its_meeting(_reach(s)[2], s.passage.chunk)] or holding
            elif not asked and NEXT_MEETING.search(question):
                # "when is the next meeting": the newest minutes' next-meeting line of the body the best one
                # is of, not an older one's (nor another committee's newer one)
                # (a line under a "Date of next meeting" item is one too)
                nexts = [s for s in holding if NEXT_MEETING.search(s.text) or NEXT_MEETING.search(s.passage.chunk.item or "")]
                if nexts:
                    body = max(nexts, key=lambda s: s.score + LEXICAL_WEIGHT * s.lexical).passage.chunk
                    ours = [s for s in nexts if _same_body(s.passage.chunk, body)]
                    holding = [max(ours, key=lambda s: s.passage.chunk.meeting_date or "")]
        if not holding and intent == "quantity":
            wanted = COUNT
            holding = [s for s in top if wanted.search(_unasked(bare(_reach(s)[2]), question, intent))]
        if intent == "quantity":
            # a table row with a cell under the column of the period asked: that cell is the figure
            celled = [s for s in top if s.period_cell]
            # a row named in all the question's words ("No. and rate of children in care …" for "how many
            # children were in care") answers before prose counting the same noun of something else
            # ("average workloads … 15.6 children"); only prose holding them all may outrank it
            topic = _topic_terms(question)
            named = [c for c in celled if topic and topic <= set(terms(tables.row_name(c.text)))]
            if named:
                celled = named
                holding = [s for s in holding if is_prose(s.text) and topic <= set(terms(s.text))]
            if celled and not any(is_prose(s.text) and s.score > max(c.score for c in celled) for s in holding):
                # rows of one table differ by their names: the row named most wholly in the question's words
                asked = set(terms(question))
                best = max(celled, key=lambda s: s.score + LEXICAL_WEIGHT * (s.lexical + _name_share(s.text, asked)))
                # a caption over its row of figures is quoted with the row
                below = tables.figures_below(best.passage.chunk.text, best.text) if "\t" not in best.text else None
                end = max(best.end, below[0]) if below and best.start < below[0] else best.end
                return Fact(LABELS[intent], best.passage, best.start, end, reading=_cell_reading(best))
        if intent == "quantity" and SHARE_ASKED.search(question):
            # "what conversion rate": of the sentences giving a figure, those giving one in per cent
            holding = [s for s in holding if PERCENT.search(_unasked(bare(_reach(s)[2]), question, intent))] or holding
        if intent == "quantity" and CHARGE_ASKED.search(question) and not SHARE_ASKED.search(question):
            # "what is the band D council tax": of the sentences giving a figure, those giving a sum ("The Band D
            # charge will be £1,874.52"), not the rise in per cent or the count of properties beside it
            # (on the subject as much as the best: a sum of something else is no answer; and only for a charge,
            # always a sum: asked what was spent, a share on the subject leads, and is declined for giving no sum)
            on = max((s.subject for s in holding), default=0.0) * SUM_SUBJECT_SHARE
            holding = [s for s in holding if gives_sum(_reach(s)[2], s.passage.chunk.text) and s.subject >= on and s.subject > 0] \
                or holding
        if intent == "quantity" and TOTAL_ASKED.search(question):
            # "the total balance": a treasurer's list's "Total: £12,362.57" line, a table's total row
            totals = [s for s in holding if TOTAL_ROW.match(bare(s.text))]
            if not totals and top:
                # the table under "the following payments:" may run on into the next chunk of the item,
                # its total row far down the ranking, sharing none of the question's words
                item = _item_of(top[0])
                totals = [s for s in ranked if TOTAL_ROW.match(bare(s.text)) and _item_of(s) == item
                          and (COUNT.search(bare(s.text)) or FIGURE.search(s.text))][:1]
                holding += totals
            holding = totals or holding
        else:
            totals = []
        paired: dict[int, float] = {}
        if intent == "quantity" and (head := count_head(question, loose=True)):
            # "how many guests joined": a sentence counting that thing, in figures or words ("plus ten
            # guests"), or one later in the paragraph of a sentence naming the subject ("the Special Olympics club
            # … are seeking funding … There are currently 72 members"), answers before another figure
            # beside the subject (a quote of £60k, a ticket target)
            # (only from a sentence naming the subject when no sentence giving a figure names half as
            # much of it: "1,118 responses" to the consultation answers "how many people responded", not
            # "412 young people had used the centre" further down the paragraph of "… responded to questions")
            strongest = max((h.lexical for h in holding), default=0.0) / COUNT_SUBJECT_SHARE
            if head == count_head(question) and not any(counts_head(s.text, head) for s in top):
                # ... but a thing counted only in its own words ("foster families", not "people"), and no
                # sentence near the top counting it (only a share, a time, a sum beside the subject: "delivered
                # within 28 days"): a count of it in the paragraph of a sentence naming the subject answers
                strongest = 0.0
            for s in top:
                if s not in holding and counts_head(_unasked(s.text, question, intent), head):
                    holding.append(s)
                t = counted_in_paragraph(s, ranked, head) if s.lexical > strongest else None
                if t is not None and t is not s and is_prose(t.text) \
                        and counts_head(_unasked(t.text, question, intent), head):
                    paired[id(t)] = max(paired.get(id(t), -1.0),
                                        s.score + LEXICAL_WEIGHT * min(1.0, s.lexical + t.lexical) - NEXT_SENTENCE_COST)
                    if t not in holding:
                        holding.append(t)
        # a sentence says what its figure is; a table row's figures need their column headings (a date
        # alone on its line, "Tuesday 11th November 2025, 7.30pm", says when: it is not a row)
        # (for "who", prose naming someone but none of the question's words, an attendance list's "B. Ruddock
        # (Corporate Director)", is no better than a row that names the task asked: "A1  Publish the CRMP ...  Head of ...")
        def stated(s: Scored) -> bool:
            if intent == "when":
                return "\t" not in s.text
            return is_prose(s.text) and (intent != "who" or s.lexical > 0)

        holding = [s for s in holding if stated(s)
                   # a cover sheet's "Lead officer:  Pete Holroyd" for "who is the lead officer"
                   or intent == "who" and "\t" in s.text and _name_share(s.text, set(terms(question))) >= 1.0
                   or intent == "quantity" and (_sum_row_named(s, question) or _count_row_named(s, question)
                                                or _sum_label_named(s, question))] or holding
        # (a figure question's words less its frame: "how much did we pay for scalpings" is about scalpings)
        held = (lambda s: s.subject) if intent == "quantity" else (lambda s: s.lexical)
        key = {id(s): max(s.score + LEXICAL_WEIGHT * held(s), paired.get(id(s), -1.0)) for s in holding}
        if intent == "quantity" and not totals:
            # "3.4 The Department issued the allocation of the Active Travel grant." / "The Council's
            # allocation is £5,728.2k": the figure in the sentence after the one naming the subject
            # answers as well as that sentence does
            for s in top:
                if FIGURE.search(s.text) or s in holding:
                    continue      # ... unless it gives a figure itself ("2,316 households were in ...")
                nxt = next_sentence(s, ranked)
                if nxt is not None and FIGURE.search(_unasked(nxt.text, question, intent)) and is_prose(nxt.text):
                    # the two sentences together hold the question's words (counted once each, at most all)
                    pair = s.score + LEXICAL_WEIGHT * min(1.0, held(s) + held(nxt)) - NEXT_SENTENCE_COST
                    key[id(nxt)] = max(key.get(id(nxt), -1.0), pair)
                    if nxt not in holding:
                        holding.append(nxt)
        if intent == "quantity" and (head := count_head(question)) and not MONEY_ASKED.search(question):
            # "how many households": a sentence counting them ("2,316 households were in ..."), or a row the
            # question names giving a count ("Bed and breakfast  301  388  412"), before a sum beside them
            # ("an average net cost of £8,900 a year for each household")
            heads = counted_as(head)
            holding = [s for s in holding if counts(_unasked(_reach(s)[2], question, intent), heads)
                       or _count_row_named(s, question)] or holding
        if intent == "quantity" and LENGTH_ASKED.search(question):
            # "how long are people waiting": of the sentences giving a figure, those giving a time
            # ("34 weeks"), not a sum ("capped at £30,000") or a count beside them
            timed = [s for s in holding if gives_length(_unasked(bare(_reach(s)[2]), question, intent))]
            if not timed:
                # ... looked for further down when none of them does
                timed = [s for s in ranked[:LOOK_AT * FIGURE_LOOK_FACTOR * 2] if is_prose(s.text)
                         and gives_length(_unasked(bare(_reach(s)[2]), question, intent))]
                key.update({id(s): s.score + LEXICAL_WEIGHT * held(s) for s in timed})
            holding = timed or holding
        best = max(holding, key=lambda s: key[id(s)]) if holding else None
        if best is not None and intent == "quantity" and not dates.find_spans(question) and not _PAST.search(question):
            # "what is the band D council tax", "how much is band D going to be": asked in the present, naming no
            # period, of the same figure given for several years ("The Band D charge for 2024/25 is £1,785.42." /
            # "... for 2025/26 will be £1,874.52."), the newest year's
            best = _newest_of_its_kind(best, [s for s in holding if key[id(s)] >= key[id(best)] - DECISION_MARGIN])
        if best is not None and intent == "quantity" and not is_prose(best.text):
            # a table's row the question does not name ("Health 107,120") is not its answer; the
            # table's total is, when the question names no row ("what is the plan's budget?")
            if _name_share(best.text, set(terms(question))) < 1.0:
                best = next((t for t in ranked if t.passage is best.passage and TOTAL_ROW.match(t.text)
                             and COUNT.search(t.text)), best)
    else:
        best = None
    label = LABELS.get(intent, LABELS["general"])
    best = best or ranked[0]
    if intent == "decision" and not best.passage.chunk.is_resolution and not decides(best.text):
        label = LABELS["general"]     # no decision found: the best sentence is not labelled one
    a, b, reach = _reach(best)
    if intent == "quantity" and not (FIGURE.search(_unasked(bare(reach), question, intent))
                                     or COUNT.search(_unasked(bare(reach), question, intent))
                                     or (head := count_head(question, loose=True)) and counts_head(reach, head)):
        label = LABELS["general"]     # no figure found: a heading is not labelled one
    if intent == "who" and not re.search(rf"\b{_TITLE}\.?\s+[A-Z]", reach) and not CHAIR.search(reach) \
            and not names.TITLED_GROUP.search(reach) and (_title_cased(bare(reach)) or not names.names_someone(reach)):
        label = LABELS["general"]     # no one named: a heading's capitals ("Late Changes to the Budget") are no name
    start, end = _clause(best, wanted)
    if b > best.end:
        start, end = a, b          # a label's value is on the line after it
    if intent == "decision" and label == LABELS["decision"] and (start, end) == (best.start, best.end):
        start, end = _parallel_parts(best)
    m = WHO_DID.search(question)
    verb = m.group(2) if m and not m.group("state") else (w.group(1) if (w := _WHICH_DID.search(question)) else None)
    if intent == "who" and label == LABELS["who"] and verb and verb.lower() not in STOPWORDS:
        # "which councillors declared an interest ...": the lines beside it in its paragraph where others do
        # the same ("Cllrs GC and PB declared an interest ..." / "Cllr AW declared an interest ...") answer too
        start, end = _doing_the_same(best, ranked, verb, start, end)
    return Fact(label, best.passage, start, end, reading=_row_reading(best) if label == LABELS["quantity"] else None)


# a question asking who pays for something ("who is paying for ...", "who funds ..."), and the words a paper says
# it with ("funded by", "paid for by", "a grant from", "funding from")
PAYER_ASKED = re.compile(r"\bwho(?:'s|’s)?\s+(?:is\s+|are\s+|will\s+be\s+|has\s+|have\s+)?"
                         r"(?:pay(?:s|ing)?|paid|fund(?:s|ing|ed)?|financ\w+|footing)\b", re.I)
FUNDED_BY = re.compile(r"\b(?:funded|paid\s+for|financed|met|covered)\s+(?:by|from|through)\b"
                       r"|\b(?:grant|grants|funding|money|contribution)\s+from\b", re.I)


# "which councillors declared ...", "which members have voted ...": what the people asked about did
_WHICH_DID = re.compile(r"^\W*which\s+(?:councillors|members|cllrs|people|residents)\s+(?:(?:has|have|had|did)\s+)?([a-z]+)\b",
                        re.I)


def _doing_the_same(best: Scored, ranked: list[Scored], verb: str, start: int, end: int) -> tuple[int, int]:
    """The span from `start` to `end` widened over the sentences next to `best` in its paragraph (no blank line
    between) that name someone doing what was asked (`verb`, as typed: "declared")."""
    did = re.compile(rf"(?<![\w-]){re.escape(verb)}(?![\w-])", re.I)
    text = best.passage.chunk.text
    same = sorted((s for s in ranked if s.passage is best.passage), key=lambda s: s.start)
    at = next((i for i, s in enumerate(same) if s is best), None)
    if at is None:
        return start, end
    for step in (-1, 1):
        i = at + step
        while 0 <= i < len(same):
            s, edge = same[i], same[i - step]
            gap = text[s.end:edge.start] if step < 0 else text[edge.end:s.start]
            if "\n\n" in gap or not did.search(s.text) or not names.names_someone(s.text):
                break
            start, end = min(start, s.start), max(end, s.end)
            i += step
    return start, end


def _labelled_reason(question: str, ranked: list[Scored]) -> Fact | None:
    """Asked why a decision was taken ("why did the Cabinet decide to ..."): the reason its record prints
    under its own label on the same line ("REASON FOR DECISION: To meet the cost of keeping the park ..."), in the
    paper of the best sentence. A decision notice words its reason apart from the resolution, seldom with
    its words; a label alone on its line ("Reasons for Recommendations") is a heading, not the reason."""
    if not DECISION.search(question):
        return None          # asked why of something else in the paper (an interest declared), not of its decision
    best = ranked[0].passage.chunk.source
    return next((Fact(LABELS["why"], s.passage, s.start, s.end) for s in ranked
                 if s.passage.chunk.source == best and (m := REASON_LABEL.match(s.text))
                 and len(terms(s.text[m.end():])) >= REASON_LABEL_WORDS), None)


def _refusal_reason(ranked: list[Scored]) -> Fact | None:
    """"Why was the grant turned down?": a decisions table prints the verdict on its own ("Rejected.",
    "REFUSED") and the reason after it, often wrapped over several short lines of its column ("Committee
    noted that this / application should be considered alongside …"). The verdict after the best
    sentence on the subject, in its passage and close below it, with the words after it up to their
    full stop, is the reason (None when no verdict follows)."""
    best = ranked[0]
    text = best.passage.chunk.text
    verdict = next((m for m in VERDICT.finditer(text, best.end) if m.start() - best.end <= VERDICT_REACH), None)
    if verdict is None:
        return None
    stop = re.compile(r"[.!?](?=\s|$)")
    end = next((m.end() for m in stop.finditer(text, verdict.end()) if m.end() - verdict.end() <= REASON_CHARS), None)
    if end is None or not re.search(r"[A-Za-z]{3,}", text[verdict.end():end]):
        return None
    return Fact(LABELS["why"], best.passage, verdict.start(), end)


# a lettered or numbered part of a resolution ("(b) an increase in council tax of ..."): what its
# lead-in ("That Cabinet RECOMMEND to Council:") decided, not the debate before it
# a list's item: "b) ", "(ii) ", "3) ", "- (a) "
LISTED = re.compile(r"^\s*(?:[-*•]\s*)?\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s")


PARALLEL_WORDS = 3     # the opening words a decision's lettered parts share when they decide alike ("To approve the")
PARALLEL_PARTS = 6     # the most of such parts quoted together


def _parallel_parts(s: Scored) -> tuple[int, int]:
    """`s`'s span, or, when `s` is a lettered or numbered part of a decision ("b) To approve the minutes of the
    meeting held on 28 May 2021 ..."), the span of the run of parts beside it worded alike ("a) To approve the
    minutes of the meeting held on 14 May 2021 ..."): parts deciding the same kind of thing each answer what was
    decided, so one alone answers half of it. Only parts next to each other in the passage, nothing between them."""
    if not LISTED.match(s.text):
        return s.start, s.end
    text = s.passage.chunk.text
    opening = _opening(s.text)
    spans = sentence_spans(text)
    if (s.start, s.end) not in spans or len(opening) < PARALLEL_WORDS:
        return s.start, s.end
    i = j = spans.index((s.start, s.end))

    def alike(k: int) -> bool:
        part = text[spans[k][0]:spans[k][1]]
        return bool(LISTED.match(part)) and _opening(part) == opening \
            and (s.passage.chunk.is_resolution or decides(part))

    while i > 0 and j - i + 1 < PARALLEL_PARTS and alike(i - 1) and not text[spans[i - 1][1]:spans[i][0]].strip():
        i -= 1
    while j + 1 < len(spans) and j - i + 1 < PARALLEL_PARTS and alike(j + 1) \
            and not text[spans[j][1]:spans[j + 1][0]].strip():
        j += 1
    return spans[i][0], spans[j][1]


def _opening(part: str) -> list[str]:
    """The first PARALLEL_WORDS words of a listed part after its letter or number, in lower case."""
    return re.findall(r"[a-z]+", LISTED.sub("", part, count=1).lower())[:PARALLEL_WORDS]


# "who voted against the budget?", "which councillors abstained": the names on one side, not the count
_WHO_SIDE = re.compile(r"\b(?:who|which\s+(?:councillors?|members?|cllrs?))\s+(?:\w+\s+)?(?:voted|vote)\s+"
                       r"(?P<side>for|against|in\s+favou?r)|\b(?:who|which\s+(?:councillors?|members?))\s+(?P<abst>abstained)\b",
                       re.I)
_SIDE_WORDS = {"for": r"For|In\s+favou?r", "against": r"Against", "abstained": r"Abstain(?:ed|ing|ions?)?|Abstentions?"}


def _named_side(question: str, ranked: list[Scored]) -> Fact | None:
    """A question asking who voted one way: the sentence of the best passages naming the members on
    that side ("Against: Cllrs A and B", "Cllr C voted against"), the nearest the best first."""
    m = _WHO_SIDE.search(question)
    if not m:
        return None
    side = (m.group("side") or m.group("abst")).lower()
    side = "for" if side.startswith("in") else side
    words = _SIDE_WORDS[side]
    named = re.compile(rf"\b(?:{words})\s*[:–-]\s*(?:the\s+)?(?:Councillors?|Cllrs?\.?|Members?|Mayor|Chair)\b"
                       rf"|\b(?:voted|voting)\s+(?:{words.lower()})\b", re.I)
    passages = list({id(s.passage): s.passage for s in ranked[:LOOK_AT * 2]}.values())
    for p in passages:
        for a, b in sentence_spans(p.chunk.text):
            if named.search(p.chunk.text[a:b]):
                return Fact(LABELS["vote"], p, a, b)
    return None


# "who spoke against the motion?", "which councillors spoke in favour?", "who objected to ...": the side a
# speaker took in the debate (core/votes.py DEBATE_SIDES), not a vote
_SPOKEN_ASKED = re.compile(r"^\W*(?:who|which\s+(?:\w+\s+)?(?:councillors?|members?|cllrs?|residents?|speakers?|people))\s+"
                           r"(?:(?:had|has|have|did)\s+)?(?:(?:spoke|speak|argued|argue)\s+(?P<side>against|"
                           r"in\s+(?:favou?r|support|opposition|objection)|for(?=\s+(?:the|this|that)\s+(?:\w+\s+){0,3}?"
                           r"(?:motion|amendment|proposals?|application|recommendations?|scheme|plans?)\b))"
                           r"|(?P<objected>objected|object|opposed|oppose)\b)", re.I)


def spoken_side(question: str) -> str | None:
    """The side of the debate a question asks who spoke on: 'against' ("who spoke against the motion",
    "who objected to ..."), 'for' ("who spoke in favour", "in support"), else None."""
    m = _SPOKEN_ASKED.search(question)
    if not m:
        return None
    side = (m.group("side") or m.group("objected")).lower()
    return "for" if side.startswith(("in f", "in s", "for")) else "against"


def _spoken(question: str, ranked: list[Scored]) -> Fact | None:
    """A question asking who spoke on one side of the debate: the first sentence of the best passages
    of the best sentence's item naming someone who took that side ("Councillor Reid spoke against the
    proposal, citing ..."), never one naming only the other side's speakers; None when none does."""
    side = spoken_side(question)
    if side is None or not ranked:
        return None
    said = votes.DEBATE_SIDES[side]
    passages = list({id(s.passage): s.passage for s in ranked[:LOOK_AT * 2]
                     if not ranked[0].passage.chunk.item or _same_item(s, ranked[0])}.values())
    for p in passages:
        for a, b in sentence_spans(p.chunk.text):
            text = p.chunk.text[a:b]
            if said.search(text) and names_a_person(text):
                return Fact(LABELS["who"], p, a, b)
    return None


def _vote(ranked: list[Scored]) -> Fact | None:
    """The recorded vote nearest after the best sentence of a passage that records votes; for a
    sentence putting a motion or amendment forward, the vote on it in the passages that follow."""
    passages = list({id(s.passage): s.passage for s in ranked}.values())
    for s in ranked[:LOOK_AT * 2]:
        text = s.passage.chunk.text
        groups = vote_groups(text)
        inside = [g for g in groups if g[0] <= s.start < g[1]]
        after = [g for g in groups if g[0] >= s.start]
        kind = None if inside or after else votes.proposes(s.text)
        if kind:
            found = _vote_on(s.passage, kind, passages)
            if found is not None:
                return _first_vote(found)
        if not groups:
            continue
        a, b = (inside or after or groups[-1:])[0]
        return Fact(LABELS["vote"], s.passage, a, b, reading=votes.recorded_vote(text[a:b]))
    return None


# "Mr Hood's amendment", "the amendment moved by Cllr Clark", "Councillor Ives' motion"
_SURNAME = r"[A-Z][\w-]*(?:['’][A-Z][\w-]*)?"       # "Hood", "O'Brien", not "Hood's"
_PROPOSER = re.compile(rf"\b{_TITLE}\s+(?:[A-Z]\.?\s+)*({_SURNAME})(?:['’]s?)?\s+(?:amendment|motion)\b"
                       rf"|\b(?:amendment|motion)\s+(?:moved|proposed|put forward|tabled)\s+by\s+{_TITLE}\s+(?:[A-Z]\.?\s+)*({_SURNAME})")


# a question asking whether something is so: "is the old pub being turned into flats", "are they against ..."
WHETHER_ASKED = re.compile(r"\s*(?:is|are|was|were|will|has|have|had|did|does|do)\s+(?!any(?:one|body)?\b)", re.I)
# a question asking how something turned out: "what happened to …", "what became of …", "the outcome of …"
OUTCOME_ASKED = re.compile(r"\bwhat\s+(?:happened\s+(?:to|with)|became\s+of)\b|\b(?:outcome|result|fate)\s+of\b", re.I)
# an amendment or motion taken back: its outcome as much as carried or lost
_WITHDRAWN = re.compile(r"\b(?:motion|amendment)\s+(?:was\s+|were\s+|has\s+been\s+)?withdrawn\b", re.I)


# "has the council ever used its surveillance powers", "have they ever ...": asked about all time, not a period
EVER_ASKED = re.compile(r"\bever\b", re.I)
# a sentence saying it was never done: "the Authority had never had recourse to use these powers", "has not once ..."
NEVER_DONE = re.compile(r"\b(?:never|not\s+(?:ever|once)|at\s+no\s+(?:time|point))\b", re.I)


def _never_done(ranked: list[Scored]) -> Fact | None:
    """Asked whether something was ever done, a sentence saying it never was, in the paragraph of one of the best
    sentences on the subject ("... the Authority had powers to conduct covert surveillance. ... the Authority had
    never had recourse to use these powers."): it answers for all time, where the best ("no covert surveillance
    since the last meeting") answers for one period. The sentence itself may not repeat the subject's words."""
    near = [s for s in ranked[:LOOK_AT] if s.score >= ranked[0].score - DECISION_MARGIN and s.lexical > 0]
    for s in near:
        text = s.passage.chunk.text
        para_start = text.rfind("\n\n", 0, s.start) + 1
        para_end = text.find("\n\n", s.end)
        para_end = len(text) if para_end < 0 else para_end
        for a, b in sentence_spans(text):
            if a >= para_start and b <= para_end and NEVER_DONE.search(text[a:b]):
                return Fact(LABELS["general"], s.passage, a, b)
    return None


def _named_proposal_outcome(question: str, ranked: list[Scored]) -> Fact | None:
    """What became of a motion or amendment asked about by who put it forward ("What happened to
    Councillor Self's amendment?"): the first line after that person's proposal, in its paper and
    item, saying it was carried, lost or withdrawn ("The amendment was withdrawn on the above
    assurances."), not the proposal itself, which names the asker's words best."""
    m = _PROPOSER.search(question)
    if not m:
        return None
    name = m.group(1) or m.group(2)
    for s in ranked:
        if not (votes.proposes(s.text) and re.search(rf"\b{re.escape(name)}\b", s.text.split("seconded")[0])):
            continue
        here = s.passage.chunk
        after = sorted((t for t in ranked if t.passage.chunk.source == here.source and t.passage.chunk.item == here.item
                        and (t.passage.chunk.position, t.start) > (here.position, s.start)),
                       key=lambda t: (t.passage.chunk.position, t.start))
        told = next((t for t in after if votes.motion_outcome(t.text) or _WITHDRAWN.search(t.text)), None)
        if told is not None:
            return Fact(LABELS["vote"] if votes.has_vote_count(told.text) else LABELS["general"],
                        told.passage, told.start, told.end)
        return None
    return None


_MERELY_NOTED = re.compile(r"^\W*(?:[A-Z]+:?\s*)?(?:that\s+)?(?:the\s+)?[\w\s'-]{0,40}\b(?:be|was|were|is)\s+noted\.?\s*$",
                           re.I)


def _item_outcome(ranked: list[Scored]) -> Fact | None:
    """What became of the thing the best sentence names ("what happened with the nine houses behind
    Mill Lane"): the decision worded in its item, below it ("DECISION: REFUSED for the three reasons
    ..."), not the application's description nor the debate before the decision."""
    best = ranked[0]
    here = best.passage.chunk
    if not here.item or decides(best.text):
        return None
    after = sorted((t for t in ranked if t.passage.chunk.source == here.source and t.passage.chunk.item == here.item
                    and (t.passage.chunk.position, t.start) > (here.position, best.start)),
                   key=lambda t: (t.passage.chunk.position, t.start))
    # (a motion moved, "It was proposed ... that the officer recommendation be agreed", is not yet what became of it)
    # (nor is a report merely noted: "AGREED: That the update be noted.")
    told = next((t for t in after if decides(t.text) and not LEAD_IN.match(t.text) and not votes.proposes(t.text)
                 and not _MERELY_NOTED.search(t.text)), None)
    if told is None:
        return None
    if told.text.rstrip().endswith(":"):
        # "2.1 Cabinet is asked to RESOLVE:" says what follows: its first part is the decision
        first = next((t for t in after if t.passage is told.passage and t.start >= told.end), None)
        if first is None or first.start - told.end > 3:
            return None
        return Fact(LABELS["decision"], told.passage, told.start, first.end)
    return Fact(LABELS["decision"], told.passage, told.start, told.end)


def _named_proposal_vote(question: str, ranked: list[Scored]) -> Fact | None:
    """A vote asked about by who proposed it ("the vote on Mr Hood's amendment"): the vote that
    followed that person's proposal, wherever other votes rank."""
    m = _PROPOSER.search(question)
    if not m:
        return None
    name = m.group(1) or m.group(2)
    passages = list({id(s.passage): s.passage for s in ranked}.values())
    for s in ranked:
        kind = votes.proposes(s.text)
        if kind and re.search(rf"\b{re.escape(name)}\b", s.text.split("seconded")[0]):
            found = _vote_on(s.passage, kind, passages)
            if found is not None:
                return _first_vote(found)
    return None


def _first_vote(passage: Passage) -> Fact:
    """The first recorded vote of a passage, read (For / Against / Abstain, outcome)."""
    a, b = vote_groups(passage.chunk.text)[0]
    return Fact(LABELS["vote"], passage, a, b, reading=votes.recorded_vote(passage.chunk.text[a:b]))


def _vote_on(proposal: Passage, kind: str, passages: list[Passage]) -> Passage | None:
    """Of the passages, the first after `proposal` in its paper and item that records a vote on
    an amendment (kind 'amendment') or on the motion ('motion')."""
    here = proposal.chunk
    later = [p for p in passages if p.chunk.source == here.source and p.chunk.item == here.item
             and p.chunk.position > here.position and vote_groups(p.chunk.text)
             and votes.vote_on(p.chunk.text) == kind]
    return min(later, key=lambda p: p.chunk.position) if later else None


def vote_groups(text: str) -> list[tuple[int, int]]:
    """(start, end) of each recorded vote in `text`: from its "For (n)" to its outcome, or to the
    end of its last count when no outcome is printed."""
    counts = list(votes.VOTE_COUNT.finditer(text))
    groups: list[tuple[int, int]] = []
    for m in counts:
        if m.group(1).lower() == "for" or not groups:
            groups.append((m.start(), m.end()))
        else:
            groups[-1] = (groups[-1][0], m.end())
    out = []
    for i, (a, b) in enumerate(groups):
        limit = groups[i + 1][0] if i + 1 < len(groups) else len(text)
        outcome = votes.OUTCOME.search(text, b, min(limit, b + 400))
        if outcome:
            b = outcome.end()
        out.append((a, b))
    return out


def asks_attendance(question: str) -> bool:
    """Who attended a meeting ("Who was at the Cabinet on 30 January?"), not who chaired it."""
    return bool(ASKS_ATTENDANCE.search(question) and MEETING_WORDS.search(question) and not ASKS_CHAIR.search(question)
                and not asks_apologies(question))      # "who was not present": those absent


def _attendance(ranked: list[Scored]) -> Fact | None:
    """Who attended: the attendance list ("PRESENT: Mr R W Gough (Chairman), Mr N Baker, …") of the
    meeting the best sentence is of, from its label to the end of the first paragraph naming people."""
    lists = [s.passage for s in ranked if ATTENDANCE.search(s.passage.chunk.text)]
    if not lists:
        return None
    day = ranked[0].passage.chunk.meeting_date
    passage = next((p for p in lists if p.chunk.meeting_date == day), None)
    if passage is None:
        return None                # another meeting's list does not say who came to this one
    text = passage.chunk.text
    m = ATTENDANCE.search(text)
    end = m.end()
    for para in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[m.end():]):
        end = m.end() + para.end()
        if PERSON.search(para.group(0)) or end - m.start() > ATTENDANCE_CHARS:
            break
    return Fact(LABELS["who"], passage, m.start(), min(end, m.start() + ATTENDANCE_CHARS))


def asks_apologies(question: str) -> bool:
    """Who sent apologies to a meeting ("Who gave apologies at the committee in June 2024?")."""
    return bool(ASKS_APOLOGIES.search(question))


def _apologies_record(text: str, said: bool) -> tuple[int, int] | None:
    """Where a minutes text records who sent apologies: the label ("Apologies for Absence") with the
    paragraph of names under it, or with `said` a paragraph saying so ("Apologies were received
    from …"); None when it records none (an agenda's bare "(1) Apologies" is followed by the next item)."""
    if said:
        m = APOLOGIES_SAID.search(text)
        if m is None:
            return None
        a = text.rfind("\n\n", 0, m.start())
        a = 0 if a < 0 else a + 2
        b = text.find("\n\n", m.end())
        b = len(text) if b < 0 else b
        return (a, b) if _NAMED.search(text[a:b]) else None
    for m in APOLOGIES_LABEL.finditer(text):
        for para in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[m.end():]):
            body = para.group(0)
            if _ITEM_REF.match(body):
                continue              # "(Item 1)" under the label
            if _NONE_SENT.match(body):
                return m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end() + para.end()
            if _NOT_A_RECORD.match(body) or not _NAMED.search(body):
                break                 # the next item's heading: this label records no names
            return m.start() + len(m.group(0)) - len(m.group(0).lstrip()), m.end() + para.end()
    for m in APOLOGIES_INLINE.finditer(text):
        if _NONE_SENT.match(m.group("rest")) or _NAMED.search(m.group("rest")):
            # with the lines right under it that are records too ("Apologies: ..." over "Absent: ...")
            end = m.end()
            while (nxt := APOLOGIES_INLINE.match(text, end + 1)) and text[end:end + 1] == "\n":
                end = nxt.end()
            return m.start() + len(m.group(0)) - len(m.group(0).lstrip()), end
    return None


def _apologies(ranked: list[Scored]) -> Fact | None:
    """Who sent apologies: the apologies record of the meeting the best sentence is of, its labelled
    record first (a sentence elsewhere saying "the Clerk gave her apologies" is not the record)."""
    day = ranked[0].passage.chunk.meeting_date
    passages = list({s.passage.chunk.chunk_id: s.passage for s in ranked
                     if s.passage.chunk.meeting_date == day}.values())   # another meeting's say nothing of this one
    for said in (False, True):
        for p in passages:
            span = _apologies_record(p.chunk.text, said)
            if span:
                return Fact(LABELS["who"], p, span[0], min(span[1], span[0] + ATTENDANCE_CHARS))
    return None


def apologies_listed(intent: str, question: str, ranked: list[Scored]) -> Fact | None:
    """For a question asking who sent apologies to a meeting, the apologies record the passages print."""
    if intent not in ("who", "general") or not asks_apologies(question):
        return None
    return _apologies([s for s in ranked if not s.off_period] or ranked)


def asks_closing(intent: str, question: str) -> bool:
    """The question asks when a meeting finished ("What time did the AGM end?")."""
    return intent in ("when", "general") and bool(ASKS_CLOSE.search(question)) and bool(_MEETING_ENDS.search(question))


def closing_time(intent: str, question: str, ranked: list[Scored]) -> Fact | None:
    """For a question asking when a meeting finished, the line of its minutes saying when it closed
    (of the period asked about: another meeting's closing time is not this one's)."""
    if not asks_closing(intent, question):
        return None
    for s in [s for s in ranked if not s.off_period]:
        if CLOSED.search(s.text):
            return Fact(LABELS["when"], s.passage, s.start, s.end)
    return None


# Who moved it, asked. The verbs a question asks who put a motion or a member forward by ("who proposed",
# "who moved"), read by ASKS_PROPOSER below and by answer/doers.py _DOER_ASKED:
_MOVED_ASKED = r"proposed|moved"
# who did what a paper records by name: the question's verb, and how the paper names the one who did it
# ("Proposed by Councillor X", "moved by Cllr X", "Councillor X seconded"; "Report author: X", "Report of: X")
# (asked "who", or "which" and the role: "Which Cabinet Member put forward the adoption of the plan?"; a paper put
# forward is the cover sheet's "From: Derek Murphy – Cabinet Member for ..."). Group 1 is a motion's mover
# (asks_mover), group 2 a report's author.
_DOER_ASKED = re.compile(r"^\s*(?:who|which\s+(?:[a-z]+\s+)?(?:member|councillor|cllr|officer|director|holder))\s+"
                         rf"(?:((?:{_MOVED_ASKED})|seconded)|(wrote|authored|prepared|drafted|presented|put\s+forward|"
                         r"brought\s+forward|submitted))\b", re.I)
# ... and, anywhere in a question, who put a member forward for an office (the proposer of an election, read by
# _with_proposer): "... and who proposed it?", "who seconded the nomination", "proposed by whom", "who was the
# proposer"
ASKS_PROPOSER = re.compile(rf"\bwho\b[^?]*?\b(?:{_MOVED_ASKED}|nominated|put\s+(?:\w+\s+)?forward)\b"
                           r"|\b(?:proposed|nominated)\s+by\s+whom\b|\bwho\s+(?:was|were)\s+(?:the\s+)?proposers?\b", re.I)
_DOER_NAMED = {
    # (or the clerk's shorthand naming both, by any title or initials: "Proposed Cllr Jones, seconded Cllr
    # Brown", "Prop: Cllr S Patel Sec: Cllr T Green"; votes.PROPOSED_SECONDED)
    "motion": lambda verb: re.compile(rf"\b(?i:{verb})\s+by\s+{_NAME}|\b{_TITLE}\s+{_NAME}\s+{verb}\b"
                                      rf"|(?i:{votes.PROPOSED_SECONDED.pattern})"),
    "report": lambda verb: re.compile(rf"^\s*(?:report\s+)?author\s*:\s*[A-Z]|^\s*report\s+(?:of|by)\s*:\s*[A-Z]|"
                                      rf"^\s*from\s*:\s*[A-Z]|"
                                      rf"\b(?:written|prepared|presented)\s+by\s+{_NAME}", re.I | re.M),
}


# a person's name asked outright, the person described: "What is the name of the 29 year old man arrested ...",
# "what was the resident who complained called"
_PERSON_NOUN = (r"(?:man|woman|men|women|person|people|resident|residents|boy|girl|child|driver|complainant|victim|"
                r"owner|tenant|landlord|neighbour|individual|officer|councillor|speaker|applicant|member\s+of\s+the\s+public)")
PERSONS_NAME_ASKED = re.compile(
    rf"\bwhat\s+(?:is|was|are|were)\s+(?:the\s+)?names?\s+of\s+(?:the|this|that|a|an)\s+(?:[\w'’-]+\s+){{0,5}}?{_PERSON_NOUN}\b"
    rf"|\bwhat\s+(?:is|was)\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){{0,5}}?{_PERSON_NOUN}\b[^?]{{0,80}}?\bcalled\b", re.I)


def asks_mover(question: str) -> bool:
    """The question asks who proposed, seconded or moved a motion ("Who seconded the resolution to keep the
    precept?"), not who wrote a report."""
    m = _DOER_ASKED.search(question)
    return bool(m and m.group(1))


def _doer(question: str, ranked: list[Scored]) -> Fact | None:
    """Who proposed, seconded or moved a motion, or wrote a report: the sentence of the best passages
    naming them so ("Proposed by Councillor Frances Mason (seconded by ...)", "Report author: ...")."""
    m = _DOER_ASKED.search(question)
    if not m:
        return None
    kind, verb = ("motion", m.group(1).lower()) if m.group(1) else ("report", m.group(2).lower())
    named = _DOER_NAMED[kind](verb)
    # the passages of the best sentences, and the rest of the best one's paper (a decision's page names its
    # report's author at its foot)
    best = {s.passage.chunk.chunk_id for s in ranked[:LOOK_AT // 2]}
    paper = ranked[0].passage.chunk.source
    for s in ranked:
        if (s.passage.chunk.chunk_id in best or s.passage.chunk.source == paper) and named.search(s.text) \
                and not (kind == "motion" and _of_another_item(_subject_sentence(question, ranked), s)):
            return Fact(LABELS["who"], s.passage, s.start, s.end)
    return None


def _subject_sentence(question: str, ranked: list[Scored]) -> Scored:
    """Of the best sentences, the one holding most of what a "who moved it" question asks about, less its frame
    ("who seconded the resolution to keep the precept": "keep", "precept"): the item the movers must be of."""
    asked = set(terms(question)) - STOPWORDS - set(terms(_DOER_ASKED.search(question).group(0))) - _FRAME_WORDS
    look = ranked[:LOOK_AT * 2]
    held = [len(asked & set(terms(s.text))) for s in look]
    return look[held.index(max(held))] if held and max(held) else ranked[0]


# a motion's frame in a "who moved it" question, no subject: "who seconded the motion", "the resolution"
_FRAME_WORDS = set(terms("motion resolution recommendation proposal amendment decision it"))


def movers_recorded(question: str, ranked: list[Scored], fact: Fact | None) -> bool:
    """Asked who proposed or seconded a motion, the minutes on its subject record them: the proposer's or
    seconder's line of its item (_doer), or the line the answer would open with, when it names them and is of
    that item. Minutes recording a resolution alone ("it was resolved to maintain the Precept at £5000")
    answer what was decided, not who seconded it; the movers of the item above are another motion's."""
    if not ranked:
        return False
    if _doer(question, ranked) is not None:
        return True
    return fact is not None and bool(votes.MOVER_WORD.search(fact.text)) \
        and not _of_another_item(_subject_sentence(question, ranked), fact)


def _of_another_item(a: Scored, b: Scored) -> bool:
    """`b` is in another item of the minutes than `a`: an item heading ("24.03.7 Precept 2024/25") lies
    between them in their passage, or their passages are filed under different items. The movers of the
    item above ("seconded by Councillor Pym") are not those of a resolution recorded without them."""
    x, y = a.passage.chunk, b.passage.chunk
    if a.passage is not b.passage:
        return x.source == y.source and bool(x.item and y.item) and x.item != y.item
    lo, hi = sorted((a.start, b.start))
    return _ITEM_HEADING.search(x.text, lo + 1, hi) is not None


def asks_venue(question: str) -> bool:
    """The question asks where a meeting is or was held ("where do they meet?", "where was the AGM held?")."""
    m = ASKS_VENUE.search(question)
    if m is None or _VENUE_NOT_ASKED.search(question):
        return False
    return m.group("what") is None or bool(_MEETING_NOUN.search(m.group("what")))


def place_named(text: str) -> tuple[int, int] | None:
    """Where in `text` a meeting's venue is: a label's value ("Venue: Committee Room 2, Civic Centre"), or the place
    a line naming a meeting says it is held at or in ("... held at the Village Hall, Church Lane on 3 March ..."),
    read word by word to its date or time; None when it names none ("held on 3 March at 7pm")."""
    if m := VENUE.match(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        return m.end(), m.end() + len(text[m.end():end].rstrip(" .;"))
    if not (_HELD.search(text) or NEXT_MEETING.search(text)) or not _NAMES_MEETING.search(text):
        return None
    for at in _AT_PLACE.finditer(text):
        end, words = at.end(), 0
        for tok in _PLACE_TOKEN.finditer(text, at.end()):
            word = tok.group(0)
            if "\n" in text[end:tok.start()]:
                break
            low = word.lower()
            if word == ",":
                continue
            if low in _NOT_A_PLACE or not (word[0].isupper() or low in _PLACE_JOINS and (words or low == "the")
                                           or words and re.fullmatch(r"\d+[a-z]?", low) and not _MONTH_AFTER.match(text, tok.end())):
                break
            words += 1
            end = tok.end()
        while words and (tail := re.search(r"(?:[ \t,]+|\b(?:of|the|and|&|upon))$", text[at.end():end], re.I)) and tail.group(0):
            end -= len(tail.group(0))
        start = at.end()
        if end > start and any(c.isupper() for c in text[start:end]) and not dates.find_spans(text[start:end]):
            return start, end
    return None


def venue_named(intent: str, question: str, ranked: list[Scored]) -> Fact | None:
    """For a question asking where a meeting was held, its venue as its page labels it ("Venue: Council Chamber -
    Council Offices, ...") or its heading says it ("held at the Village Hall, Church Lane on ..."), of the meeting the
    best sentence is of; asked where the next meeting is, the newest next-meeting line or agenda's; asked where they
    meet, the newest venue of the best sentence's body."""
    if intent not in ("general", "when") or not asks_venue(question):
        return None
    ranked = [s for s in ranked if not s.off_period] or ranked
    if not ranked:
        return None
    found: list[tuple[Scored, int, int, bool]] = []
    for s in ranked:
        text = s.passage.chunk.text[s.start:s.end]
        if span := place_named(text):
            found.append((s, s.start + span[0], s.start + span[1], bool(NEXT_MEETING.search(text))))
    best = ranked[0].passage.chunk
    if NEXT_MEETING.search(question):
        cands = [f for f in found if f[3] or f[0].passage.chunk.doc_type == "agenda"]
    else:
        cands = [f for f in found if not f[3]]     # the next meeting's venue is not this one's
    if NEXT_MEETING.search(question) or _HABITUAL.search(question):
        cands = [f for f in cands if _same_body(f[0].passage.chunk, best)]
        pick = max(cands, key=lambda f: f[0].passage.chunk.meeting_date or "", default=None)
    else:
        pick = next((f for f in cands if f[0].passage.chunk.meeting_date == best.meeting_date), None)
    if pick is None:
        return None
    s, a, b, _ = pick
    return Fact(LABELS["where"], s.passage, a, b)


def attendance_listed(intent: str, question: str, ranked: list[Scored]) -> Fact | None:
    """For a question asking who attended a meeting, the attendance list the passages print."""
    if intent != "who" or not asks_attendance(question):
        return None
    return _attendance([s for s in ranked if not s.off_period] or ranked)


def chair_named(intent: str, question: str, ranked: list[Scored], latest: bool = False) -> Fact | None:
    """For a question asking who chairs, the chair an attendance list of the period's passages names."""
    if intent != "who" or not ASKS_CHAIR.search(question):
        return None
    return _chair_fact(question, [s for s in ranked if not s.off_period], latest)


# "who was elected chair", "who became chairman", "who was appointed vice-chair": the election, not who sat in the chair
ASKS_ELECTED = re.compile(r"\b(?:elected|re-elected|appointed|chosen|became|voted\s+(?:in|as))\b", re.I)
PROPOSER_REACH = 400        # characters after an election that its proposer's line may follow, within its item


def _chair_fact(question: str, ranked: list[Scored], latest: bool = False) -> Fact | None:
    """Who chairs, or the chair or vice-chair elected: asked who was elected (or appointed), the clause electing
    them first, else the chair an attendance list names; asked who proposed them too, the clause runs on to the
    line naming the proposer ("Cllr Okafor be elected Chair of the Council." / "Proposed by: Cllr Pryce")."""
    if ASKS_VICE_CHAIR.search(question):
        fact = role_holder(question, ranked, VICE_ROLE, latest)
    elif ASKS_ELECTED.search(question) or ASKS_PROPOSER.search(question):
        # (asked who proposed them, the election they were proposed at)
        fact = role_holder(question, ranked, CHAIR_ROLE, latest) or _chair(ranked, latest)
    else:
        fact = _chair(ranked, latest) or role_holder(question, ranked, CHAIR_ROLE, latest)
    return _with_proposer(question, fact)


def _with_proposer(question: str, fact: Fact | None) -> Fact | None:
    """`fact` running on to the line after it that names who proposed it, before the next item, when the question
    asks who did (and `fact` does not name them already)."""
    if fact is None or fact.reading is not None or not ASKS_PROPOSER.search(question):
        return fact
    text = fact.passage.chunk.text
    if votes.PROPOSER.search(text, fact.start, fact.end):
        return fact
    after = _ITEM_HEADING.search(text, fact.end)
    stop = min(after.start() if after else len(text), fact.end + PROPOSER_REACH)
    m = votes.PROPOSER.search(text, fact.end, stop)
    if m is None:
        start = _nomination_before(text, fact.start)
        return fact if start is None else Fact(fact.label, fact.passage, start, fact.end)
    line_end = text.find("\n", m.end())
    return Fact(fact.label, fact.passage, fact.start, stop if line_end < 0 else min(line_end, stop))


# the verb of a choice made: a line naming one ends the nomination before it (another election's)
_CHOSEN = re.compile(r"\b(?:re-?)?(?:elected|appointed)\b", re.I)


def _nomination_before(text: str, at: int) -> int | None:
    """Where the sentence starts that nominates the member whose election begins at `at`, minuted above it within
    its item ("Councillor M Okoro was nominated by Councillor P Shah and seconded by Councillor T Bell." / "There
    being no other nominations, Councillor M Okoro was duly elected Vice-Chair"): the nearest line above naming a
    proposer, of the same member (their surname in it before "nominated by"), with no choice made between them
    (that is another election's). None when there is none."""
    name = re.match(_NAME, text[at:])
    if name is None:
        return None
    surname = name.group(0).split()[-1]
    heads = [h.end() for p in (_ITEM_HEADING, _ELECTION_HEADING) for h in p.finditer(text, 0, at)]
    lo = max(heads + [at - PROPOSER_REACH, 0])
    for m in reversed(list(votes.PROPOSER.finditer(text, lo, at))):
        if _CHOSEN.search(text, m.end(), at):
            return None
        start = next((a for a, b in sentence_spans(text) if a <= m.start() < b), None)
        if start is not None and start >= lo and re.search(rf"\b{re.escape(surname)}\b", text[start:m.start()]):
            return start
    return None


@lru_cache(maxsize=None)
def _holder_patterns(role: str) -> tuple[re.Pattern, ...]:
    """How a paper names who holds `role`: elected or appointed to it ("Councillor X be appointed Vice-Chair", "Cllr X
    was duly elected as Vice-Chairman"), beside it in a list ("Cllr X (Vice-Chair)", "Cllr X - Vice Chair"), or
    labelled with it ("Vice-Chair: Cllr X").
    (A role in a list may be set in emphasis, after a no-break space: "Paul Ingram — *Treasurer*".)"""
    return (re.compile(rf"({_NAME})[ \t]+(?:was|be|is|has[ \t]+been|were)[ \t]+(?:(?:duly|unanimously|formally|then)[ \t]+)?"
                       rf"(?:re-?)?(?:elected|appointed|confirmed)[ \t]+(?:as[ \t]+)?(?:the[ \t]+)?(?:new[ \t]+)?{role}\b"),
            re.compile(rf"({_NAME})[ \t]*\({role}\)|({_NAME})[^\S\n]+[-–—][^\S\n]+[*_]{{0,2}}{role}\b(?![ \t]+of\b)"),
            re.compile(rf"^[ \t#*]*{role}[ \t]*:[ \t]*({_NAME})", re.M))


# a sentence electing someone under its item's heading: "Cllr M Dunmore was proposed by Cllr Hale, seconded by Cllr Lin
# and duly elected.", "RESOLVED that Councillor X be appointed."
_ELECTED = re.compile(rf"({_NAME})[ \t]+(?:was|be|is|has[ \t]+been)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?"
                      r"(?:elected|appointed|proposed|nominated|re-elected|confirmed)\b")
# ... or the nomination in the active voice, the member nominated after the verb, with their seconder: "Anne
# Booth proposed Martin Keane, seconded Ruth Dale." (the nominee is the one chosen when the item records no other)
_NOMINATION_TAKEN = re.compile(r"\b(?:agreed|accepted|carried|elected|approved|unanimous(?:ly)?)\b", re.I)
_NOMINATED = re.compile(rf"{_NAME}[ \t]+(?:proposed|nominated)[ \t]+(?!that\b|the\b)({_NAME})(?=[ \t]*(?:,|and|;)?[ \t]*"
                        r"(?:(?:was|and)[ \t]+)?seconded\b)")
_CLAUSE_STOP = re.compile(rf"[.;](?=\s|$)|\s+and\s+(?={_TITLE})|\n\n")
# a name joined by "and", "&" or a comma to the next: "Cllr Taylor and Cllr Gradwell be elected Vice-Chairs",
# "Councillors Ives, Ward and Ellis were appointed" -- every name of the clause is one of those chosen
# (the last name joined by "and": "Following a proposal by Cllr Holmes, Cllr Porter was elected" names one)
_NAME_AND = re.compile(rf"({_NAME})[ \t]*(?:,?[ \t]*and[ \t]+|&[ \t]*)$")
_NAME_COMMA = re.compile(rf"({_NAME})[ \t]*,[ \t]*$")


def _with_names_before(text: str, lo: int, a: int) -> int:
    """Where the run of names ending at `a` (the one found beside the verb) starts, no earlier than `lo`."""
    m = _NAME_AND.search(text, lo, a)
    while m and m.start() < a:
        a = m.start()
        m = _NAME_COMMA.search(text, lo, a)
    return a


def _under_election_of(text: str, at: int, role: str, item: str | None) -> bool:
    """The place `at` of `text` is under an item electing `role` ("Election of Vice-Chair"): the nearest item heading
    above it, or the passage's own item."""
    heads = [m for m in _ITEM_HEADING.finditer(text, 0, at)] + [m for m in _ELECTION_HEADING.finditer(text, 0, at)]
    last = max(heads, key=lambda m: m.start(), default=None)
    if last is not None:
        m = _ELECTION_HEADING.match(last.group(0))
        if m is None:
            return False
    else:
        m = _ELECTION_HEADING.search(item or "")
    # "Election of Vice-Chair", "Appointment of the Town Mayor and Chairman" (not "... of Vice-Chair" for the chair)
    return bool(m and re.match(rf"(?:the[ \t]+)?(?:[\w-]+[ \t]+){{0,3}}?{role}\b", m.group("role")))


def under_election(fact: Fact, office: str) -> bool:
    """`fact` is read under an item electing `office` as a question names it ("chairman", "vice chair"): "1. To
    elect a Chairman" over "Anne Booth proposed Martin Keane, seconded Ruth Dale." records the choice, though the
    line never prints the office or "elected"."""
    return _under_election_of(fact.passage.chunk.text, fact.start, role_printed(office).pattern, fact.passage.chunk.item)


# "who chairs the budget task and finish group": a group or committee named as what is chaired ...
_GROUP_CHAIRED = re.compile(r"\bchair(?:s|ed|ing|man|woman|person)?\s+(?:of\s+|for\s+)?(?:the\s+)?(?P<body>[\w&'’ -]+?"
                            r"\b(?:group|sub-committee|committee|panel|board|forum|partnership|working\s+party|task\s+force))\b",
                            re.I)
# ... and a paper naming its chair by role beside their name: "Councillor Barrie Patman, Chairman of the Budget Task
# and Finish Group, presented the report"
_CHAIR_OF = re.compile(rf"({_NAME}),?[ \t]+(?:the[ \t]+)?{CHAIR_ROLE}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?P<of>[^.,;\n]{{3,80}})")
GROUP_CHAIR_LOOK = LOOK_AT * 2     # sentences: how far down a group's chair named beside their role is looked for


def _group_chair(question: str, ranked: list[Scored]) -> Fact | None:
    """Asked who chairs a named group ("who chairs the budget task and finish group for the panel"), the member a
    paper names as that group's chair ("Councillor Barrie Patman, Chairman of the Budget Task and Finish Group"),
    not the chair of the meeting that heard its report."""
    asked = _GROUP_CHAIRED.search(question)
    if asked is None:
        return None
    wanted = set(terms(asked.group("body"))) - STOPWORDS
    for s in ranked[:GROUP_CHAIR_LOOK]:
        for m in _CHAIR_OF.finditer(s.text):
            if wanted and wanted <= set(terms(m.group("of"))):
                return Fact(LABELS["who"], s.passage, s.start + m.start(), s.start + m.end())
    return None


def role_holder(question: str, ranked: list[Scored], role: str, latest: bool = False) -> Fact | None:
    """Who holds a role (the vice-chair, or the chair elected): the clause of the best-ranked passages naming them in it
    ("Councillor A Brown be appointed Vice-Chairman of the Planning Committee"), or a sentence electing someone under
    the item electing it ("Election of Vice-Chair" / "Cllr X was proposed ... and duly elected"); of a body the question
    names after the role ("vice chair of the planning committee") first, and with `latest` the newest."""
    patterns = _holder_patterns(role)
    found: list[tuple[Scored, int, int]] = []
    chosen: dict[int, bool] = {}      # a clause choosing its holder ("was elected"), not a list naming them beside it
    seen: set[int] = set()
    for s in ranked:
        if id(s.passage) not in seen and len(seen) >= LOOK_AT * 2:
            continue              # the best-ranked passages only
        seen.add(id(s.passage))
        text = s.passage.chunk.text
        sentence = text[s.start:s.end]
        m = next((m for p in patterns if (m := p.search(sentence))), None)
        if m is None and (e := _ELECTED.search(sentence) or _NOMINATED.search(sentence)) \
                and _under_election_of(text, s.start, role, s.passage.chunk.item):
            m = e
        if m is None:
            continue
        a = _with_names_before(text, s.start, s.start + m.start())
        stop = _CLAUSE_STOP.search(text, s.start + m.end(), s.end)
        b = stop.start() if stop else s.end
        after = next(((c, d) for c, d in sentence_spans(text) if c >= s.end), None) if m.re is _NOMINATED else None
        if after and s.end - b <= 2 and "\n\n" not in text[s.end:after[0]] and _NOMINATION_TAKEN.search(text, *after):
            # a nomination runs on to the sentence after it when that one says it was taken ("Mr Lloyd accepted the
            # nomination and it was agreed unanimously.")
            b = after[1]
        found.append((s, a, b))
        chosen[id(s)] = m.re is patterns[0] or m.re is _ELECTED or m.re is _NOMINATED
    if not found:
        return None
    # "vice chair of the planning committee": the clause, or its passage's committee, naming that body
    body = re.search(r"\bchair\w*\s+(?:of|for|on)\s+(?:the\s+)?(.+?)\s*\??$", question, re.I)
    wanted = set(terms(body.group(1))) - STOPWORDS if body else set()

    def names_body(f: tuple[Scored, int, int]) -> bool:
        s, a, b = f
        return bool(wanted) and wanted <= set(terms(s.passage.chunk.text[a:b] + " " + (s.passage.chunk.committee or "")))

    # asked who was elected, the clause electing them outranks a list naming the role beside a name ("Present:
    # Councillors L Stone (Chair), P Heath, ..." above "On a vote, Cllr Heath was elected"): the list may be the outgoing
    elected = bool(ASKS_ELECTED.search(question))
    order = {id(f[0]): i for i, f in enumerate(found)}
    s, a, b = max(found, key=lambda f: (names_body(f), (f[0].passage.chunk.meeting_date or "") if latest else "",
                                        elected and chosen[id(f[0])], -order[id(f[0])]))
    return Fact(LABELS["who"], s.passage, a, b)


def names_chair_role(text: str) -> bool:
    """Whether `text` names a chair by role ("Alan Reid — Chair"), not only who chaired one meeting."""
    return any(not _STOOD_IN.search(m.group(0)) for m in CHAIR.finditer(text))


def _chair(ranked: list[Scored], latest: bool = False) -> Fact | None:
    """A chair named in an attendance list ("Councillor X (Chair)") of the best-ranked passages:
    the best-ranked one, or with `latest` the one of the newest meeting (chairs change). With
    `latest` the search's first passage is read too, wherever its sentences rank: for "who chairs"
    the engine puts there the newest minutes' line naming the chair."""
    seen = set()
    found: list[Fact] = []
    first = [s for s in ranked if s.passage_rank == 0][:1] if latest else []
    for s in first + ranked:
        chunk = s.passage.chunk
        if chunk.chunk_id in seen:
            continue
        seen.add(chunk.chunk_id)
        m = CHAIR.search(chunk.text)
        if m:
            found.append(Fact(LABELS["who"], s.passage, m.start(), m.end()))
            if not latest:
                break
        if len(seen) >= LOOK_AT + len(first):
            break
    if not found:
        return None
    # max keeps the first of equals, so among one meeting's lists the best-ranked stays; a chair's
    # role ("Alan Reid — Chair", sending apologies) outranks who stood in for one meeting ("TS chaired")
    return max(found, key=lambda f: (f.passage.chunk.meeting_date or "", names_chair_role(f.text))) \
        if latest else found[0]
