"""What minutes record of a meeting itself: who attended (the attendance list), who sent apologies, what interests
were declared, where it was held (its venue) and when it closed. It does not say who chaired it (answer/roles.py)."""
from __future__ import annotations

import re

from core import dates, names
from retrieval.plan import ASKS_APOLOGIES
from answer.fact import Fact, LABELS, LOOK_AT, Scored, _TITLE, _same_body
from answer.when import NEXT_MEETING
from answer.counts import _MONTH_AFTER
from answer.roles import ASKS_CHAIR, _chair_fact
from answer.doers import _NAMED


# "who attended", "who was at the meeting", "who was present": the attendance list answers
ASKS_ATTENDANCE = re.compile(r"\b(?:attend(?:ed|ing|ance|ees)?|present|who\s+(?:was|were)\s+(?:at|there)|turned up)\b", re.I)
# the list's label: "PRESENT:", "Members present", "In attendance", "Attendance", "Sederunt"
# ... or a label of a few words ending so, over those of one kind: "Officers Present", "Other Members Present Mrs E
# Forde ...", "Representatives from Other Bodies in Attendance", "Also present:" (not a line of prose: "Mr Jones was
# present", where the word is neither capitalised nor followed by a colon)
ATTENDANCE = re.compile(r"^[ \t#*]*(?:PRESENT|Present|Members\s+[Pp]resent|Councillors\s+[Pp]resent|In\s+[Aa]ttendance|"
                        r"Attendance|ATTENDANCE|Attendees|Sederunt|SEDERUNT)\b"
                        r"|^[ \t#*]*[A-Z][A-Za-z’'-]*(?:[ \t]+(?:[A-Z][A-Za-z’'-]*|from|of|and|the|other|also)){0,4}?[ \t]+"
                        r"(?:(?:Present|PRESENT|[Ii]n[ \t]+Attendance|IN[ \t]+ATTENDANCE)"
                        rf"(?=[ \t]*(?:[:–—-]|$)|[ \t]+{names.TITLE}\b)|(?:present|in[ \t]+attendance)(?=[ \t]*:))", re.M)
# whom those asked about came for: "on behalf of Northern Ireland Water", "representing the Environment Agency",
# "from Hollybank Housing Trust" (a body's name, capitalised)
_FOR_BODY = re.compile(r"\b(?:on\s+behalf\s+of|representing|from)\s+(?:the\s+)?"
                       r"([A-Z][\w’'&-]*(?:\s+(?:(?:of|and|&|for|the)\s+)*[A-Z][\w’'&-]*)*)")
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
                              r"|Absences|Not[ \t]+present)[ \t*]*[:–—-][ \t*]*(?P<rest>\S[^\n]*)$"
                              # ... or with a space for the separator, the names set against the label as a column
                              # ("Apology R T Garvey", "Apologies Councillor A Kerr, Mrs B Ross"): the label's own word,
                              # and a name after it, not a sentence's running words ("Apologies were received ...")
                              r"|^[ \t#*]*(?:\(?[\d./]+\)?\.?[ \t]+)?(?-i:Apolog(?:y|ies))(?:[ \t]+for[ \t]+absence)?[ \t]+"
                              rf"(?P<rest2>(?-i:(?:{_TITLE}[ \t]+)?[A-Z]\.?(?:[a-z'’-]+)?[ \t]+[A-Z])[^\n]*)$", re.M | re.I)
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


def asks_attendance(question: str) -> bool:
    """Who attended a meeting ("Who was at the Cabinet on 30 January?"), not who chaired it."""
    return bool(ASKS_ATTENDANCE.search(question) and MEETING_WORDS.search(question) and not ASKS_CHAIR.search(question)
                and not asks_apologies(question))      # "who was not present": those absent


def _attendance(ranked: list[Scored], question: str = "") -> Fact | None:
    """Who attended: the attendance list ("PRESENT: Mr R W Gough (Chairman), Mr N Baker, …") of the
    meeting the best sentence is of, from its label to the end of the first paragraph naming people;
    asked who came for a body ("on behalf of Northern Ireland Water"), the list's line naming it."""
    lists = [s.passage for s in ranked if ATTENDANCE.search(s.passage.chunk.text)]
    if not lists:
        return None
    day = ranked[0].passage.chunk.meeting_date
    passage = next((p for p in lists if p.chunk.meeting_date == day), None)
    if passage is None:
        return None                # another meeting's list does not say who came to this one
    text = passage.chunk.text
    m = ATTENDANCE.search(text)
    if (line := _line_of_body(question, text, m.start())) is not None:
        return Fact(LABELS["who"], passage, *line)
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
        rest = m.group("rest") or m.group("rest2")
        if _NONE_SENT.match(rest) or _NAMED.search(rest):
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


def record_besides(intent: str, question: str, ranked: list[Scored], fact: Fact | None) -> Fact | None:
    """Asked two things of a meeting's record at once, who chaired it and who sent apologies ("Who presided at the
    meeting of 26 June, and who sent an apology?"): the one of the two records the answer's lead is not, of the
    meeting the best sentence is of; None when only one is asked or the passages print no other."""
    if intent != "who" or fact is None or not (ASKS_CHAIR.search(question) and asks_apologies(question)):
        return None
    ranked = [s for s in ranked if not s.off_period] or ranked
    day = ranked[0].passage.chunk.meeting_date
    for other in (_apologies(ranked), _chair_fact(question, ranked)):
        if other is not None and other.passage.chunk.meeting_date == day \
                and not (other.passage.chunk.chunk_id == fact.passage.chunk.chunk_id and other.start == fact.start):
            return other
    return None


# "What interests were declared at the panel's annual meeting?", "Were any interests declared ...?", "What
# declarations of interest were made ...?": the meeting's declarations record answers (not "did any member declare
# an interest in the bypass", which asks of one matter: answer/doers.py)
ASKS_DECLARATIONS = re.compile(r"\b(?:what|which|any)\s+(?:\w+\s+){0,2}?(?:interests?|declarations?|disclosures?)\b"
                               r"[^?]{0,60}?\b(?:declared|disclosed|made|registered|recorded|received)\b"
                               r"|\b(?:what|which|any)\s+(?:declarations?|disclosures?)\s+of\s+(?:\w+\s+){0,2}?interests?\b", re.I)
# the record's label on a line of its own, as house styles word it: "Declarations of Interest", "4. Disclosures of
# interest", "Declarations of Members' Interests", "Declaration of Pecuniary and Other Interests", "Members' Interests"
DECLARATIONS_LABEL = re.compile(r"^[ \t#*]*(?:\(?[\d.]+\)?\.?[ \t]+)?(?:(?:Declarations?|Disclosures?)[ \t]+of[ \t]+"
                                r"(?:[\w'’-]+[ \t]+){0,4}?Interests?|(?:Members|Councillors)['’]?[ \t]+(?:[\w'’-]+[ \t]+)?"
                                r"Interests?)[ \t]*:?[ \t]*$", re.M | re.I)
# a line of the record: someone declaring or disclosing ("Councillor Alan Pryce declared that he was a retired Police
# Officer."), or the record that no one did ("No declarations of interest were made.", "None.")
_DECLARING = re.compile(r"\b(?:declar\w*|disclos\w*|interests?)\b", re.I)
_NONE_DECLARED = re.compile(r"^\W*(?:there\s+were\s+no\b|no\s+(?:declarations?|disclosures?|interests?)\b|none\b|nil\b)",
                            re.I)
DECLARATIONS_BESIDE = 6    # the most of the meeting's other declaring sentences quoted beside its record


def asks_declarations(intent: str, question: str) -> bool:
    """What interests were declared at a meeting is asked ("What interests were declared at the AGM?")."""
    return intent in ("general", "who") and bool(ASKS_DECLARATIONS.search(question))


def _declarations_record(text: str) -> tuple[int, int] | None:
    """Where a minutes text records the interests declared: the label ("Declarations of Interest") with the
    paragraphs under it that name someone declaring one or say none was; None when the label is followed by
    something else (an agenda's bare label over the next item)."""
    for m in DECLARATIONS_LABEL.finditer(text):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        end = None
        for para in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[m.end():]):
            body = para.group(0)
            if _NONE_DECLARED.match(body) and end is None:
                return start, m.end() + para.end()
            if _NOT_A_RECORD.match(body) or not (_DECLARING.search(body) and names.names_a_person(body)):
                break
            end = m.end() + para.end()
        if end is not None:
            return start, end
    return None


def declarations_listed(intent: str, question: str, ranked: list[Scored]) -> Fact | None:
    """For a question asking what interests were declared at a meeting, its declarations record, of the meeting
    the best sentence is of (another meeting's declarations are not this one's)."""
    if not asks_declarations(intent, question):
        return None
    ranked = [s for s in ranked if not s.off_period] or ranked
    day = ranked[0].passage.chunk.meeting_date
    passages = list({s.passage.chunk.chunk_id: s.passage for s in ranked
                     if s.passage.chunk.meeting_date == day}.values())
    for p in passages:
        span = _declarations_record(p.chunk.text)
        if span:
            return Fact(LABELS["general"], p, span[0], min(span[1], span[0] + ATTENDANCE_CHARS))
    return None


def declarations_beside(intent: str, question: str, ranked: list[Scored], fact: Fact | None) -> list[Scored]:
    """The meeting's other sentences declaring an interest, beside its declarations record `fact`: a record cut
    between two passages ("Councillor Alan Pryce declared ..." / "Councillor Jean Moffat declared ...") is quoted whole."""
    if fact is None or not asks_declarations(intent, question) \
            or not DECLARATIONS_LABEL.search(fact.passage.chunk.text, fact.start, fact.end):
        return []
    chunk = fact.passage.chunk
    return [s for s in ranked if s.passage.chunk.source == chunk.source and s.passage.chunk.meeting_date == chunk.meeting_date
            and not (s.passage.chunk.chunk_id == chunk.chunk_id and fact.start <= s.start < fact.end)
            and re.search(r"\b(?:declared|disclosed)\b", s.text, re.I) and names.names_a_person(s.text)][:DECLARATIONS_BESIDE]


# "What correction did the council make to the minutes of its meeting of 30 May?", "How were the minutes amended?":
# the line of the next meeting's minutes recording the minutes' correction answers
_CHANGE = r"\b(?:correct(?:ion|ions|ed)|amend(?:ment|ments|ed)|chang(?:e|es|ed)|alter(?:ation|ations|ed))\b"
ASKS_CORRECTION = re.compile(rf"{_CHANGE}(?=[^?]*\bminutes\b)|\bminutes\b[^?]*{_CHANGE}", re.I)
# the record of a correction, as house styles word it: "... be taken as read subject to the following amendment – the
# word 'not' be changed to 'now' ...", "subject to the correction of ...", "item 5 be amended to read ...", "should
# have read", "corrected to", "with the following amendments"
CORRECTED = re.compile(r"\bsubject\s+to\s+(?:the\s+following\s+|an?\s+|the\s+)?(?:amendments?|corrections?|alterations?)\b"
                       r"|\bamended\s+(?:to\s+read|as\s+follows)\b|\bshould\s+(?:have\s+)?read\b|\bcorrected\s+to\b"
                       r"|\bwith\s+the\s+following\s+(?:amendments?|corrections?|alterations?)\b|\bbe\s+changed\s+to\b", re.I)
CORRECTION_LOOK = 3        # a correction is looked for this many times as far down as LOOK_AT (answer/fact.py)


def asks_correction(question: str) -> bool:
    """What correction was made to a meeting's minutes is asked ("How were the minutes of May amended?")."""
    return bool(ASKS_CORRECTION.search(question))


def minutes_corrected(intent: str, question: str, ranked: list[Scored]) -> Fact | None:
    """For a question asking what correction was made to a meeting's minutes, the sentence recording it ("the
    Minutes of a Special Meeting held on 30 May 2006 ... subject to the following amendment – the word 'not' be
    changed to 'now' ..."), of the minutes it names (a sentence naming a date the question names first), of the
    period asked; None when no sentence near the best records a correction to minutes."""
    if intent not in ("general", "decision") or not asks_correction(question):
        return None
    ranked = [s for s in ranked if not s.off_period] or ranked
    asked = {iso for _, iso in dates.find_dates(question)}
    found = [s for s in ranked[:LOOK_AT * CORRECTION_LOOK] if CORRECTED.search(s.text)
             and re.search(r"\bminutes\b", f"{s.text} {s.passage.chunk.item or ''}", re.I)]
    if not found:
        return None
    best = max(found, key=lambda s: (bool(asked & {iso for _, iso in dates.find_dates(s.text)}), s.score))
    return Fact(LABELS["general"], best.passage, best.start, best.end)


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
    return _attendance([s for s in ranked if not s.off_period] or ranked, question)


def _line_of_body(question: str, text: str, start: int) -> tuple[int, int] | None:
    """Where the attendance lists from `start` on print the line of the body the question asks who came for
    ("Northern Ireland Water: Mr Colm Devlin – Water Procurement Mr Sean Magee"), a line naming people; else None."""
    m = _FOR_BODY.search(question)
    if m is None:
        return None
    body = re.compile(r"\s+".join(re.escape(w) for w in m.group(1).split()), re.I)
    for line in re.finditer(r"[^\n]+", text[start:start + 2 * ATTENDANCE_CHARS]):
        if body.search(line.group(0)) and _NAMED.search(line.group(0)):
            return start + line.start(), start + line.end()
    return None
