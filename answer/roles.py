"""Who holds a role: the chair a meeting's attendance list names, the vice-chair, an officer (clerk, treasurer),
a named group's chair, and the elections choosing them with who proposed them. Who did something else (moved a
motion, wrote a report) is answer/doers.py."""
from __future__ import annotations

import re
from functools import lru_cache

from core import votes
from core.terms import STOPWORDS, terms
from answer.sentences import sentence_spans
from retrieval.plan import DEPUTY_ASKED, OFFICERS_ASKED
from answer.fact import Fact, LABELS, LOOK_AT, Scored, _NAME, _TITLE


_CHAIR_WORD = r"(?:Chair|Chairman|Chairwoman|Chairperson|CHAIR|CHAIRMAN)"
# "Yousef Dahmash (Chair)", "Councillor Marian Humphreys (Chair)", "Mr Gough (Chairman)", "Mr X in the Chair",
# "Cllrs Hayward (in the chair), Hillard, ..." (a community council's attendance line, the chair in lower case),
# "Councillors Gemma Hart (in the Chair), ..." (a London borough's printed minutes),
# "PRESENT: Councillor E. Prydderch - Chair" (the Welsh councils' "Cynghorydd X – Cadeirydd / Chair" style)
# "TS chaired the meeting", "Cllr Dunn took the chair for the meeting"
# "Cllr Rhys Pugh (Vice-Chairman, in the Chair)", "Nia Lloyd (Vice-Chair and Chair of this meeting)": a deputy who
# chaired, the chair's role after their own in the brackets
CHAIR = re.compile(rf"({_NAME})\s*\((?:[^()\n]{{1,40}}?(?:,|&|\band\b)[ \t]*)?(?:[Ii]n[ \t]+the[ \t]+)?(?:{_CHAIR_WORD}|chair|chairman)"
                   rf"(?:[ \t]+(?:of|for)[ \t]+(?:this|the)[ \t]+meeting)?\)|({_NAME})\s+in the Chair\b"
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
                   rf"|^[ \t]*{_CHAIR_WORD}:[ \t]*({_NAME})"
                   # the chair as a label set against the name on its line, as Northern Irish councils' minutes
                   # print the meeting's record ("Presiding M Dunlop", "Presiding: Councillor A Kerr (Mayor)")
                   rf"|^[ \t#*]*Presiding[ \t]*[:–—-]?[ \t]*({_NAME})[ \t]*(?=\(|$)", re.M)
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


# An office named, and whether as its deputy's: "Chair", "Chairman", "Chairperson" and "chaired" name one office, the
# chair's; "Vice Chair", "Deputy Chairman" another, the deputy's ("Deputy Mayor" is not the mayor's office)
_OFFICE_NAMED = re.compile(rf"\b(?P<deputy>{DEPUTY_ASKED})?(?P<office>chair|mayor|leader|{OFFICERS_ASKED}|president|"
                           r"convenor|convener|provost)", re.I)


def offices_named(text: str) -> set[tuple[str, bool]]:
    """(office, as its deputy's) for each office `text` names: "Cllr Rees was elected Vice-Chairman" names
    ("chair", True), "Election of Chairman" ("chair", False)."""
    return {(m.group("office").lower(), bool(m.group("deputy"))) for m in _OFFICE_NAMED.finditer(text)}


def another_office(question: str, text: str) -> bool:
    """`text` names an office the question asks about only as another: asked who was elected Chairman, a line
    naming the Vice Chair alone ("Cllr Rees was elected Vice Chair, unanimous vote in favour") is about another
    election; asked the vice-chair, a line naming the chair alone."""
    named = offices_named(text)
    return any((office, not deputy) in named and (office, deputy) not in named for office, deputy in offices_named(question))


# "Election of Vice-Chair", "7. Appointment of the Chairman of the Council", "02/2015: Election of Chairman:": an item
# electing a role; minutes keeping the agenda's wording too ("1. To elect a Chairman", "TO APPOINT A VICE-CHAIR")
_ELECTION_HEADING = re.compile(r"^[ \t#*]*(?:\(?[\d./]+\)?[.:]?[ \t]+)?(?:(?:[Ee]lection|[Aa]ppointment|ELECTION|APPOINTMENT)"
                               r"[ \t]+(?:of|OF|to|TO)|(?:[Tt]o|TO)[ \t]+(?:[Ee]lect|[Aa]ppoint|ELECT|APPOINT))"
                               r"[ \t]+(?P<role>[^\n]{1,80})$", re.M)
# an item's heading above a sentence ("7. Apologies", "03/2015: Apologies:"): another item's heading ends the election's
_ITEM_HEADING = re.compile(r"^[ \t#*]*(?:\(?\d+(?:[./]\d+)*\)?[.:]?[ \t]+)[A-Z][^\n]{0,80}$", re.M)
_STOOD_IN = re.compile(r"\b(?:chaired|took the chair)\b", re.I)


# Who moved it, asked. The verbs a question asks who put a motion or a member forward by ("who proposed",
# "who moved"), read by ASKS_PROPOSER below and by answer/doers.py _DOER_ASKED:
_MOVED_ASKED = r"proposed|moved"
# ... and, anywhere in a question, who put a member forward for an office (the proposer of an election, read by
# _with_proposer): "... and who proposed it?", "who seconded the nomination", "proposed by whom", "who was the
# proposer"
ASKS_PROPOSER = re.compile(rf"\bwho\b[^?]*?\b(?:{_MOVED_ASKED}|nominated|put\s+(?:\w+\s+)?forward)\b"
                           r"|\b(?:proposed|nominated)\s+by\s+whom\b|\bwho\s+(?:was|were)\s+(?:the\s+)?proposers?\b", re.I)


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
    (that is another election's); or the start of the sentence the election is worded in when it names the proposer
    before the member ("It was proposed by Cllr R Kendal and seconded by J Selby that F Walton be appointed
    Vice-chairman"). None when there is none."""
    name = re.match(_NAME, text[at:])
    if name is None:
        return None
    own = next((a for a, b in sentence_spans(text) if a <= at < b), None)
    if own is not None and own < at and votes.PROPOSER.search(text, own, at) and not _CHOSEN.search(text, own, at):
        return own
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


# the formal words of a resolution between "be" and the choice: "That Councillor X be and he is hereby appointed Chairman"
_HEREBY = r"(?:and[ \t]+(?:(?:he|she|they|it)[ \t]+)?(?:is|are)[ \t]+hereby[ \t]+)?"
# a label's value that names no one: "Chairman: To be appointed", "Vice-Chair: TBC", "Clerk: Vacant"
_NO_ONE = r"(?i:to[ \t]+be\b|tb[ca]\b|vacant\b|none\b)"


@lru_cache(maxsize=None)
def _holder_patterns(role: str) -> tuple[re.Pattern, ...]:
    """How a paper names who holds `role`: elected or appointed to it ("Councillor X be appointed Vice-Chair", "Cllr X
    was duly elected as Vice-Chairman"), beside it in a list ("Cllr X (Vice-Chair)", "Cllr X - Vice Chair"), or
    labelled with it ("Vice-Chair: Cllr X"), or nominated to it ("HS was proposed as Vice Chair by ST"; the last pattern).
    (A role in a list may be set in emphasis, after a no-break space: "Paul Ingram — *Treasurer*".)"""
    return (re.compile(rf"({_NAME})[ \t]+(?:was|be|is|has[ \t]+been|were)[ \t]+{_HEREBY}"
                       rf"(?:(?:duly|unanimously|formally|then)[ \t]+)?"
                       rf"(?:re-?)?(?:elected|appointed|confirmed)[ \t]+(?:as[ \t]+)?(?:the[ \t]+)?(?:new[ \t]+)?{role}\b"),
            re.compile(rf"({_NAME})[ \t]*\({role}\)|({_NAME})[^\S\n]+[-–—][^\S\n]+[*_]{{0,2}}{role}\b(?![ \t]+of\b)"),
            re.compile(rf"^[ \t#*]*{role}[ \t]*:[ \t]*(?!{_NO_ONE})({_NAME})", re.M),
            # nominated to it: "HS was proposed as Vice Chair by ST", "Cllr Hale was nominated for the role of Chair"
            re.compile(rf"({_NAME})[ \t]+(?:was|were)[ \t]+(?:duly[ \t]+)?(?:proposed|nominated)[ \t]+(?:as|for)[ \t]+"
                       rf"(?:the[ \t]+)?(?:(?:new|role|post|position|office)[ \t]+(?:of[ \t]+)?)?{role}\b"))


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
        if m.re is patterns[1]:
            # beside the role in a list ("Margaret Bell, Yousef Dahmash (Chair), Corinne Davies and ..."): the name with
            # its role is who holds it; the members listed after them are not
            b = s.start + m.end()
        nominated = m.re is _NOMINATED or m.re is patterns[-1]
        after = next(((c, d) for c, d in sentence_spans(text) if c >= s.end), None) if nominated else None
        taken = bool(after and s.end - b <= 2 and "\n\n" not in text[s.end:after[0]] and _NOMINATION_TAKEN.search(text, *after))
        if taken:
            # a nomination runs on to the sentence after it when that one says it was taken ("Mr Lloyd accepted the
            # nomination and it was agreed unanimously.", "There were no other nominations, so HS was duly declared
            # elected.")
            b = after[1]
        found.append((s, a, b))
        # (a nomination to the role chooses its holder when it was taken: one of two nominated may lose the vote)
        chosen[id(s)] = m.re is patterns[0] or m.re is _ELECTED or m.re is _NOMINATED or m.re is patterns[-1] and taken
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
    # asked who proposed them too, of two clauses choosing them (the minute and the decision under it) the one whose
    # sentence names the proposer ("It was proposed by Cllr Hale ... that Priya Shah be appointed Vice-chairman")
    proposer = bool(ASKS_PROPOSER.search(question))
    order = {id(f[0]): i for i, f in enumerate(found)}
    s, a, b = max(found, key=lambda f: (names_body(f), (f[0].passage.chunk.meeting_date or "") if latest else "",
                                        elected and chosen[id(f[0])],
                                        proposer and bool(votes.PROPOSER.search(f[0].text)), -order[id(f[0])]))
    return Fact(LABELS["who"], s.passage, a, b)


def elects_to(text: str, office: str) -> bool:
    """`text` chooses someone for `office` as a question names it ("vice chair", "treasurer"): elects or appoints them
    to it ("Cllr X be appointed Vice-Chairman"), or nominates them to it and says the nomination was taken ("MD was
    nominated as Vice Chairman by RL and seconded by TW. There were no other nominations, so MD was duly declared
    elected."); the member may be named by initials only, as parish minutes often name them."""
    patterns = _holder_patterns(role_printed(office).pattern)
    if patterns[0].search(text):
        return True
    m = patterns[-1].search(text)
    return bool(m and _NOMINATION_TAKEN.search(text, m.end()))


def names_chair_role(text: str) -> bool:
    """Whether `text` names a chair by role ("Alan Reid — Chair"), not only who chaired one meeting."""
    return any(not _STOOD_IN.search(m.group(0)) for m in CHAIR.finditer(text))


# an attendance list giving each member's initials after their name ("Ann Pryce AP Nia Hughes (Chair) NH"): the
# initials after a surname end the member before
_INITIALS_AFTER_NAME = re.compile(r"[a-z][ \t]+[A-Z]{2,4}[ \t]+(?=[A-Z][a-z])")


def _own_name(m: re.Match) -> int:
    """Where the chair's own name starts in a CHAIR match: after the initials of the member listed before them."""
    group = next(k for k in range(1, (m.re.groups or 0) + 1) if m.group(k) is not None)
    before = list(_INITIALS_AFTER_NAME.finditer(m.string, m.start(group), m.end(group)))
    return before[-1].end() if before else m.start()


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
            found.append(Fact(LABELS["who"], s.passage, _own_name(m), m.end()))
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
