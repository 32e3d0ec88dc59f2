"""The declines of people and roles not named: no one recorded as chosen for the role asked, the office held
only in other years, no one named in the titled post or the role asked, no vote recorded by the person asked."""

from __future__ import annotations

import re
from answer.coverage import opened
from answer.fact import Fact
from answer.period import names_period
from answer.sentences import Sentence, sentence_spans
from core import dates, names, thesaurus, votes
from core.english import everyday_surprisal, unknown_surprisal
from core.modality import COUNT_HOPED_FOR, put_ahead
from core.sentences import LIST_PREFIX
from core.settings import Settings
from core.terms import GENERIC, STOPWORDS, terms
from ingest import layouts
from retrieval.plan import DEPUTY_ASKED, OFFICE_ASKED, QueryPlan, asks_office_for_year
from answer.doers import names_a_person
from answer.outcomes import decides
from answer.roles import elects_to, role_printed, under_election
from answer.tallies import vote_groups
from answer.declines_reading import PREDATE_LOOK, _list_head, _on_subject, _with_the_one_before


# "how did Councillor Self vote", "did Mrs Dale vote for it": the vote of a person, not the count
_VOTED_BY = re.compile(rf"\b(?:did|does|do|has|have|will|would)\s+{names.TITLE}\.?\s+(?:[A-Z]\.?\s+)*[A-Z][\w'’-]+"
                       rf"(?:\s+[A-Z][\w'’-]+)?\s+(?:vote|abstain)", re.I)
# who was chosen for a role: "Who was elected mayor of ...", "who has been appointed as the new clerk" (the
# choice is the participle, the role the word after it)
_CHOICE_DONE = re.compile(r"^\W*who\s+(?:was|were|has\s+been|have\s+been|had\s+been|got)\s+"
                          r"(elected|appointed|chosen|selected|nominated|co-opted|named)\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?"
                          r"([a-z][\w-]*)", re.I)
# a resolution's word, however the minute's number and heading come before it ("1341 CHAIRMAN – Resolved – That ...")
_RESOLVED = re.compile(r"\bresolved\b", re.I)
CHOICE_WORDS = 6           # how near the choice ("elected") a person's name must be to be the one chosen
CHOICE_UNDER_CHARS = 400   # how far under an item's heading naming a choice ("Election of Chairman:") it may be recorded
CHOICE_HEADING_WORDS = 6   # the most words of an item's heading naming the choice ("Election of Vice-Chairman:")
VOTE_LOOK = 6              # how many of the best sentences' passages are searched for a vote


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
        # a resolution making the choice, its person named further from the word than a debate's line would
        # ("RESOLVED – That Councillor Hallam be and he is hereby appointed chairman for the meeting")
        if (decides(s.text) or _RESOLVED.search(s.text)) and names_a_person(s.text, besides=asked) \
                and any(not put_ahead(s.text, [m.start()], COUNT_HOPED_FOR) for m in chosen.finditer(s.text)):
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
NO_MAKER = "The passages on this subject name no {kind}."
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


# a body asked for by what kind of body it is: "Which event management company did the council hire?", "which firm
# was given the contract", "which charity will get the money"
_MAKER_ASKED = re.compile(r"^\W*which\s+(?:[\w'’-]+\s+){0,3}?(?P<kind>compan(?:y|ies)|firms?|businesse?s?|suppliers?|"
                          r"providers?|operators?|agenc(?:y|ies)|consultanc(?:y|ies)|charit(?:y|ies)|organi[sz]ations?|"
                          r"banks?)\b", re.I)
# capitalised words that name no body: the words a paper's own council, its officers and its meetings are called by
_NO_BODY_NAME = frozenset(terms("council councils town parish county city district borough committee cabinet clerk "
                                "councillor councillors cllr officer officers chair chairman mayor members member "
                                "acting deputy head executive director report appendix item minutes agenda"))


def maker_not_named(plan: QueryPlan, fact: Fact | None) -> str | None:
    """Asked which body of a kind did something ("Which event management company did the town council hire to run
    the festival?"), and the line the answer would open with names no body: it holds no capitalised name other
    than the question's own words, a sentence's or list line's first word, dates and the words a council and its
    officers are called by ("That the Town Council engages ... a specialist event management company" names none).
    A body named ("Perryman's have applied", "Dale Groundcare Ltd") answers. The kind asked, or None."""
    m = _MAKER_ASKED.match(plan.standalone)
    if m is None or fact is None or fact.reading is not None:
        return None
    asked = set(terms(plan.standalone))
    # (the line and the sentence after it, which the answer quotes too: "... will be passed on to The Merchant Navy
    # Association")
    chunk = fact.passage.chunk.text
    after = next(((a, b) for a, b in sentence_spans(chunk) if a >= fact.end), None)
    for line in (fact.text, chunk[after[0]:after[1]] if after else ""):
        text = LIST_PREFIX.sub("", line.strip())
        for w in re.finditer(r"(?<![\w'’])[A-Z][\w'’&-]*", text):
            if w.start() == 0 or re.search(r"[.:;!?]\s+$", text[:w.start()]):
                continue                                # a sentence's first word is capitalised whatever it is
            said = terms(w.group(0))
            if not said or set(said) <= asked | _NO_BODY_NAME | STOPWORDS or dates.is_date_word(said[0]) \
                    or re.fullmatch(names.TITLE, w.group(0)):
                continue
            return None
    return m.group("kind").lower()


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
