"""Question understanding: the one place that reads what a question asks for. It turns a question
and its conversation into a QueryPlan: the standalone question, the period, council, committee and
document type it names, what kind of answer it wants, and whether the index can answer it at all.

Scope rules:
- a council the question names is a hard edge: search is restricted to it (papers whose council is
  not known stay in); a committee it names is boosted, and both bound the check below;
- a period is a boost (a date in a question can name what was discussed rather than the meeting),
  but when the index holds no papers in it (for that council or committee), the plan says so in
  one line and the answer declines;
- "current", "latest", "now" prefer the newest papers.
It reads no files and runs no model; the conversation rules live in retrieval/conversation.py.
"""
from __future__ import annotations

import calendar
import re
from typing import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from core import dates, english, gazetteer, names, thesaurus
from core.settings import Settings
from core.terms import terms, without_filler
from core.types import Coverage, Filters, Turn
from retrieval.conversation import Rewrite, asked_of, condense
from store.index import committee_key

# -- what kind of answer a question wants ----------------------------------------------------
DECISION = re.compile(
    r"\b(resolv\w*|resolution\w*|decid\w*|decision\w*|agree\w*|recommend\w*|approv\w*|endors\w*|vot\w*|"
    r"reject\w*|refus\w*|turn(?:s|ed)? down|defer\w*|promis\w*|pledg\w*|happened to|task and finish|set up|establish\w*)\b", re.I)
# (a member "voted in as chair", "voted onto the council", "voted off" was elected or removed: who, not a tally)
VOTE = re.compile(r"\b(how did .{0,60}\bvote|vot(e|ed|es|ing)\b(?!\s+(?:in\s+as|in\s+to|on\s*to|back\s+in|off)\b)|"
                  r"for and against|in favour|abstain\w*|"
                  r"how many (members |councillors )?(were )?(for|against))", re.I)
QUANTITY = re.compile(r"\b(how (many|much|long|often|far)|what (proportion|percentage|share|rate|number|amount|"
                      r"figure|total|cost|level)|what (?:\w+ )?(precepts?|allowances?|fees|fee|charges?|prices?|salary|salaries|"
                      r"spend|spending|sum)\b|how did .* (change|compare)|compare|rate|per ?cent|%|budget|"
                      r"overspend|underspend|target|(get|gets|got|are|is|was|were|be) paid|"
                      r"(?:does|did|do|will|would) (?:it|that|this|they|we|\w+) cost|end(?:ed)? up costing|"
                      r"^what (?:did|does|do|will|would) [^?]*\bcost(?=\s*\??\s*$)|what (?:is|was|will be) the (?:\w+ )?(?:cost|price|value|total)\b|"
                      r"(?:is|are|has|have|was|were) the (?:number|numbers|amount|level) of|per (?:person|head|resident|pupil|child)|"
                      # "what is the band D council tax?": a council tax band's charge is a sum
                      r"band [a-h])\b", re.I)
# A yes/no question whether a figure has changed asks for the figure, given as a change: "has it come down at all",
# "are complaints going down overall", "has it got worse", "are more people being sent on courses", "are people
# moaning less than they used to", "is the backlog smaller than this time last year". Residents rarely say "how many"
# when they ask whether something is getting better or worse; the papers answer with a figure ("decreased by 16%
# from 1809 to 1520"). A comparative counts only beside an earlier time it is compared with ("than last year", "than
# they used to"), or opening the question's subject ("are more kids ...", "are fewer babies ...") when no other
# thing is compared ("are more of ours out of work than in the rest of the country" compares places): "is there
# more information" asks no change.
_YES_NO = r"^\W*(?:is|are|was|were|has|have|had|did|do|does|will|would|can|could)\b(?:n['’]?t)?"
_MOVED = (r"\b(?:go(?:ing|ne|es)?|went|com(?:e|ing|es)|came|gett?ing|gets?|got|gotten)\s+(?:\w+\s+)?"
          r"(?:up|down|higher|lower|worse|better)\b"
          r"|\b(?:ris(?:en|ing)|rose|fall(?:en|ing)|fell|increas(?:ed|ing)|decreas(?:ed|ing)|drop(?:ped|ping))\b")
_COMPARATIVE = r"(?:more|fewer|less|bigger|smaller|higher|lower|worse|better|longer|shorter|quicker|faster|slower)"
_EARLIER = (r"than\s+(?:(?:it|they|we|he|she|there)\s+used\s+to|(?:it|they)\s+(?:was|were|did)|before|previously|ever|"
            r"(?:this\s+time\s+)?(?:last|a|the\s+(?:previous|last))\s+(?:year|quarter|month|time)(?:\s+ago)?|"
            r"the\s+year\s+before|(?:a\s+few|\w+)\s+years\s+ago|in\s+(?:19|20)\d\d)")
CHANGE_ASKED = re.compile(rf"{_YES_NO}(?=[^?]*?(?:{_MOVED}|\b{_COMPARATIVE}\b[^?]*?\b{_EARLIER}\b))"
                          rf"|{_YES_NO}\s+(?:more|fewer|less)\s+(?!than\b)\w+(?![^?]*\bthan\b)", re.I)
# A question asking in plain words what share of something happens: "will I get an answer on time", "do they
# happen quick enough", "do most people apply online now", "are the council's own homes actually full". The papers
# answer with a percentage ("84% completed within 20 working days", "71% of placements occupied", "87% online").
SHARE_IN_WORDS = re.compile(
    r"\b(?:on|in)\s+time\b|\bwithin\s+(?:the\s+)?(?:time\s*limit|deadline|timescales?)\b|\b(?:quick|fast|soon)\s+enough\b"
    rf"|{_YES_NO}\s+(?:\w+\s+){{0,2}}?most\s+(?!of\s+(?:the\s+)?(?:time|year)\b)\w+|\bthe\s+majority\s+of\b"
    rf"|{_YES_NO}\s+[^?]*?\b(?:full|full\s+up|oversubscribed|at\s+capacity)\s*\??\s*$", re.I)
# words of QUANTITY that may only name what a question is about ("the budget", "the target")
_SUBJECT_ONLY = re.compile(r"budget|overspend|underspend|target|rate|compare|per ?cent|%", re.I)
WHEN = re.compile(r"\b(when|what date|which date|by when|how soon"
                  # "what's the deadline for the questionnaire?" asks a date as much as "when" does
                  r"|what(?:'s|’s|\s+(?:is|was|are|were|will\s+be))\s+the\s+(?:deadline|closing\s+date|cut-?off(?:\s+date)?"
                  r"|start(?:ing)?\s+date|end\s+date|completion\s+date|target\s+date|opening\s+date))\b", re.I)
# "when did we last discuss X", "when was X first considered": the answer is a meeting's date, not
# a date printed in the papers
DISCUSSED = re.compile(
    r"\bwhen\s+(?:did|was|were|has|have|had)\b(?P<mid>(?:\s+[\w'’-]+){0,10}?)\s+(?:(?P<which>last|first|most recently|previously|ever)\s+)?"
    r"(?:discuss(?:ed)?|consider(?:ed)?|debated?|talk(?:ed)? (?:about|over)|look(?:ed)? at|reviewed|scrutini[sz]ed?|"
    r"raised?|c[oa]me up|on the agenda|brought up|heard about|told about|updated on|(?<=last )review|(?<=first )review)\b",
    re.I)
WH_WORD = re.compile(r"\b(what|which|who|whom|whose|how|where|why)\b", re.I)
WHY = re.compile(r"^\s*(?:why|for what reason|what (?:was|were|is|are) the reasons?|on what grounds)\b", re.I)
# "who", "whose" (a person asked by what is theirs: "whose statement did the Convener accept?"), and "which" a
# person or body asked by its role, with a word before it ("which Cabinet Member", "which portfolio holder",
# "which lead officer")
WHO = re.compile(r"\b(who|whom|whose|which (?:[a-z]+\s+)?(councillors?|cllrs?|officers?|members?|organisations?|providers?|"
                 r"directors?|holders?|chair(?:s|man|men|woman|person)?|persons?|people))\b", re.I)
SUMMARY = re.compile(r"^\s*(?:please\s+)?(summari[sz]e|give (?:me )?(?:a )?summary of|what happened at|"
                     r"what was (?:discussed|decided|agreed|resolved) at|what (?:decisions|resolutions) (?:were|was) "
                     r"(?:made|taken|reached) at|overview of)\b", re.I)
# "the last meeting" is the newest one ("who was off sick at the last meeting?"); "last" alone is not
# ("last year", "when did they last discuss it")
LATEST = re.compile(r"\b(current(ly)?|latest|now|at present|presently|most recent|newest|today)\b"
                    r"|\bwho (chairs|is (the )?chair)\b|\b(the|their|its|our) last meeting\b", re.I)
DOC_TYPE_WORDS = (
    ("work_programme", re.compile(r"\bwork ?programme\b", re.I)),
    ("action_plan", re.compile(r"\baction plan\b", re.I)),
    ("minutes", re.compile(r"\bminutes\b", re.I)),
    ("agenda", re.compile(r"\bagenda\b", re.I)),
)
# a meeting-shaped question: about what a meeting did, not what a paper says (an AGM is a meeting)
ABOUT_A_MEETING = re.compile(
    r"\b(meeting|met|agms?|resolv\w*|decid\w*|decision\w*|agree\w*|apologies|attend\w*|minutes|chair\w*|held|vote\w*)\b",
    re.I)

# The offices a question asks who holds, one definition read by the answerer's own tests (answer.facts
# ASKS_VICE_CHAIR, ASKS_OFFICER): the words making an office the deputy's ("vice-chair", "deputy chairman") ...
DEPUTY_ASKED = r"(?:vice|deputy)[\s-]*"
# ... a body's officers, appointed rather than elected ("the treasurer", "the clerk") ...
OFFICERS_ASKED = r"treasurer|secretary|clerk"
# ... and every office: who held one ("who was vice-chair of the panel for 2019/20?", "who was appointed mayor for
# 2023/24?", "who is the clerk in 2024/25"): a body fills its offices at the year's annual meeting, "for the ensuing year"
OFFICE_ASKED = re.compile(rf"^\W*who\b.*?\b(?P<office>(?:{DEPUTY_ASKED})?(?:chair\w*|mayor|leader|{OFFICERS_ASKED}|"
                          r"president|convenor|convener|provost))\b", re.I | re.S)


def asks_office_for_year(plan: "QueryPlan") -> bool:
    """Who held an office for a municipal or financial year ("2019/20") is asked."""
    return plan.intent == "who" and plan.period is not None and plan.period.kind == "financial_year" \
        and bool(OFFICE_ASKED.search(plan.standalone))


# who came to a meeting: only its minutes record it (an agenda lists who is summoned)
MINUTED_ATTENDANCE = re.compile(r"\b(apologies|attend(?:ed|ance|ees)|present at|who (?:was|were) (?:at|there))\b", re.I)

# "who gave apologies", "who was absent", and in residents' words "who was off sick at the last meeting", "who
# couldn't make it", "who wasn't there": the minutes' apologies (and absences) record answers it. One row a wording;
# the loose ones only of a meeting ("who missed the deadline", "who was ill with flu" are no apologies)
_OF_A_MEETING = r"(?=[^?]*\b(?:meeting|committee|council|panel|cabinet|board|AGM)\b)"
_WHO_ASKED = r"\b(?:who|which\s+(?:\w+\s+)?\w+|any(?:one|body|\s+\w+))\s+(?:was|were)"
_NOT = r"(?:\s*n['’]?t|\s+not)"
APOLOGIES_ASKED: tuple[tuple[str, str], ...] = (
    ("apologies", r"\bapolog(?:y|ies|is\w*|iz\w*)\b"),
    ("regrets", r"\bsent\s+(?:their\s+)?regrets\b"),
    ("absent", _WHO_ASKED + r"\s+(?:absent|not\s+present)\b"),
    ("not there", _WHO_ASKED + _NOT + r"\s+(?:there|at|present|in\s+attendance)\b"),
    ("missed", r"\bwho\s+missed\b" + _OF_A_MEETING),
    ("did not come", r"\bwho\s+(?:did|could|can)" + _NOT + r"\s+(?:turn\s+up|come|attend|go|make\s+it|show\s+up|be\s+there)\b"
     + _OF_A_MEETING),
    ("off sick", _WHO_ASKED + r"\s+(?:off\s+sick|off\s+ill|sick|ill|unwell|poorly|away|missing|on\s+holiday)\b" + _OF_A_MEETING),
)
ASKS_APOLOGIES = re.compile("|".join(f"(?:{pattern})" for _, pattern in APOLOGIES_ASKED), re.I)


# "the September minutes", "minutes of the March meeting": the minutes of a meeting in the period
NAMES_MINUTES_OF = re.compile(
    rf"\b(?:{dates.MONTH_NAME}(?:\s+\d{{4}})?(?:\s+meeting)?(?:'s)?\s+minutes|minutes\s+of\s+(?:the\s+)?"
    rf"(?:meeting\s+(?:held\s+)?(?:on|in)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{dates.MONTH_NAME})\b",
    re.I)

# a judgement of a decision asked of the assistant, not a fact a paper records: "Was the committee right to
# reject it?", "Was it a wise decision to take over the green?", "Has the council handled the overspend well?",
# "Did they make the right call?", "Should the council have refused it?", "Should the council tarmac the roads?",
# "Was the concert good value for money?". Papers record what was said and
# decided (and who said it was right, asked "did the committee think ..."), never the assistant's verdict.
# (a right held is no verdict: "is there a right to appeal", "the right to buy")
_VERDICT = r"(?:right|wrong|wise|unwise|sensible|fair|unfair|a\s+mistake|a\s+good\s+idea|a\s+bad\s+idea)"
JUDGEMENT = re.compile(
    rf"^\W*(?:was|were|is|are)\s+(?!there\b)(?:[\w'’-]+\s+){{0,10}}?(?:(?<!\bthe\s)(?<!\ba\s)(?<!\bno\s){_VERDICT}\s+"
    rf"to\s+(?!say\b)\w+|(?:(?:a|the)\s+)?{_VERDICT}\s+(?:decision|choice|call|move|thing\s+to\s+do))\b"
    r"|^\W*(?:has|have|had|did)\s+(?:[\w'’-]+\s+){1,10}?(?:handled|managed|dealt\s+with|run|done)\b[^?]{0,80}?\bwell\s*\??\s*$"
    r"|^\W*(?:did|do|does|has|have)\s+(?:[\w'’-]+\s+){1,8}?(?:make|made|take|taken|do|done)\s+the\s+(?:right|wrong)\s+"
    r"(?:decision|choice|call|thing)\b"
    r"|^\W*should\s+(?:[\w'’-]+\s+){1,6}?have\s+(?:been\s+)?(?!(?:a|an|the|any|some|more|no|to|its|their)\b)\w+\b"
    # advice asked of the assistant: what a council should do ("Should the parish council tarmac the cart roads?")
    r"|^\W*should\s+(?:the\s+|our\s+|my\s+)?(?:[\w'’-]+\s+){0,5}?(?:council(?!\s+tax)|committee|cabinet|authority|board|panel)\s+"
    r"(?!have\b)[a-z]\w+\b"
    # a verdict on worth: "Was the concert good value for money?", "Is the scheme worth it?"
    r"|^\W*(?:was|were|is|are|has|have|had)\s+(?!there\b)(?:[\w'’-]+\s+){1,10}?(?:(?:been\s+)?(?:good|poor|bad|great)\s+value"
    r"|worth\s+(?:it|the\s+(?:money|cost|expense))|a\s+waste\s+of\s+(?:money|time))\b", re.I)
JUDGEMENT_ASKED = ("The papers record what was said and decided, not a judgement of whether it was right: "
                   "that is for the reader to weigh.")


# Words of council names that say what kind of body it is, not which: "Exampleshire County Council" is
# named by "Exampleshire". A question naming "<Name> County Council" that the index does not hold is out of scope.
_BODY_WORDS = frozenset("""county city borough district parish town community council councils london royal
metropolitan combined authority mayoral of the and unitary national""".split())


# a body named in capitals before what it is: "the Amenities committee", "Licensing Sub-Committee"
_BODY_NAME = re.compile(r"\b((?:[A-Z][\w'’&-]*,?\s+(?:(?:and|of|&)\s+)?){1,6})(?i:committee|sub-committee|panel|board|forum)\b")

INTENTS = ("summary", "vote", "decision", "who", "when", "why", "quantity", "general")


@dataclass
class QueryPlan:
    """What a question asks for, as retrieval and the answerers use it."""

    question: str                               # as asked
    standalone: str                             # after resolving the conversation (== question if none)
    rule: str = "as asked"                      # "as asked" | "rewritten": whether the conversation changed it
    period: dates.Period | None = None          # the period the question names
    council: str | None = None                  # a council of the index the question names
    committee: str | None = None                # a committee of the index the question names
    doc_type: str | None = None                 # a document type the question names
    intent: str = "general"                     # one of INTENTS
    decision: bool = False                      # asks what was decided (boosts resolutions)
    discussed: str | None = None                # "when did we last/first discuss X": "last" | "first"
    change: bool = False                        # asks yes or no whether a figure has changed (CHANGE_ASKED)
    share: bool = False                         # asks in plain words what share of something happens (SHARE_IN_WORDS)
    latest: bool = False                        # "current", "latest", "now": the newest papers
    hard: Filters = field(default_factory=Filters)        # scope every passage must be in
    soft: list[Filters] = field(default_factory=list)     # each adds a boosted ranked list
    out_of_scope: str | None = None             # one line saying why the index cannot answer, or None
    out_of_scope_council: str | None = None     # the council `out_of_scope` says the index holds no papers from
    # `out_of_scope` says the index holds no papers (or no minutes) of the meeting asked about, by their dates: the
    # answer may find that meeting's record among the passages all the same (answer.declines_period.meeting_in_passages)
    out_of_scope_meeting: bool = False
    # a council the question names that no paper is known to be from, while some papers' council is not
    # known: the answer declines when its best passage is another council's and does not name it
    unheld_council: str | None = None
    scope_words: set[str] = field(default_factory=set)    # terms that name the scope, not the topic
    expansions: list[thesaurus.Expansion] = field(default_factory=list)   # its plain words in the papers' words
    people: list[tuple[str, set[str]]] = field(default_factory=list)     # persons named ("Cllr Hargreaves", its name's terms)
    # what the asker tells of themselves before asking ("My son has waited since January for his EHCP
    # and nobody calls back"): searched with the question, but not what it asks (asker_context)
    context: str = ""
    # what the asker remarks after asking ("how many named storms hit us this autumn, the highways lot must
    # have been run ragged"): searched with the question, but not what it asks (asker_aside)
    aside: str = ""
    # a question asking two things ("How many flats did the application propose, and what did the parish
    # recommend?"): the things asked after the first, each a question of its own (question_parts)
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The question the retrievers and answerers read."""
        return self.standalone

    @property
    def papers_words(self) -> str:
        """The question with its plain phrases in the papers' words (the question when it has none)."""
        return thesaurus.rewritten(self.standalone, self.expansions)

    @property
    def subject(self) -> str:
        """What the question is about, as searched by meaning: the question, less its framing when it
        asks when a subject was discussed (the answer is a meeting's date, not a sentence like the question)."""
        if not self.discussed:
            return self.standalone
        # the council or committee named is the search's filter; its words would only find its other papers
        return self._without_scope(discussed_subject(self.standalone)) or self.standalone

    @property
    def unscoped(self) -> str:
        """What the question is about, less the words naming its council or committee: closeness in
        meaning to "What did Exampleton Parish Council decide about the allotments?" is mostly the
        council's name, which every one of its papers prints."""
        return self._without_scope(self.subject) or self.subject

    @property
    def meaning(self) -> str:
        """What the dense ranking searches for: the subject less the distinctive words of the council
        named ("Exampleshire" of "Exampleshire County Council"). The council is a hard filter, so every passage is its
        own; its name in the query only pulls up its papers about itself (its plans, its
        reorganisation) over those on the subject. "County Council" stays (it names a meeting too), and
        so does a name given twice: the second is part of a name ("the Exampleton Show" of Exampleton Town Council)."""
        if not self.council:
            return self.subject
        place = set(_distinctive(self.council))
        words = self.subject.split()
        named = [w for w in words if set(terms(w)) and set(terms(w)) <= place]
        if not named or len(named) > len({t for w in named for t in terms(w)}):
            return self.subject
        return " ".join(w for w in words if w not in named) or self.subject

    def _without_scope(self, text: str) -> str:
        """The text less its words that name the council or committee asked about."""
        return " ".join(w for w in text.split() if not (set(terms(w)) and set(terms(w)) <= self.scope_words))

    @property
    def search_text(self) -> str:
        """What the retrievers search for: the question with the papers' forms of its plain words."""
        return thesaurus.search_text(without_filler(self.subject), self.expansions)

    @property
    def asked(self) -> str:
        """What the question asks, less the asker's own circumstances told before it (`context`) and the
        remark made after it (`aside`)."""
        asked = self.standalone[:len(self.standalone) - len(self.aside)] if self.aside else self.standalone
        return asked[len(self.context):].strip() if self.context else asked.strip()

    def topic_terms(self) -> set[str]:
        """The question's content: its terms less those naming the scope (council, committee, period)."""
        return {t for t in terms(without_filler(self.standalone)) if t not in self.scope_words and not t.isdigit()}

    def context_terms(self) -> set[str]:
        """The topic terms only the asker's context says ("son", "waited", "calls" of "My son has waited
        since January for his EHCP and nobody calls back - is the council doing anything about the delays?")."""
        if not self.context and not self.aside:
            return set()
        return self.topic_terms() - set(terms(without_filler(self.asked)))


# a piece of a question that speaks of the asker ("my son", "I've been", "we were told")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|im|ive|my|me|we|we're|we've|we'd|our|us)\b", re.I)
_ASKS = re.compile(r"^\W*(?:who|what|when|where|why|how|which|whose|whom|is|are|was|were|am|do|does|did|has|have|"
                   r"had|can|could|will|would|should|shall|any|anything)\b", re.I)
# where one piece of a long question ends: a sentence's end, or a dash between clauses
_PIECE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)|\s+[-–—]+\s+")


def asker_context(question: str) -> str:
    """The opening of `question` that tells the asker's own circumstances before asking ("My son has
    waited since January for his EHCP and nobody calls back - is the council doing anything about the
    delays?" -> "My son has waited since January for his EHCP and nobody calls back -"): every piece
    before the question proper is a statement (no "?") in the first person. Residents and councillors
    ask like this; most of such an opening's words are about the asker, not the papers. "" if none."""
    ends = [m for m in _PIECE_END.finditer(question)]
    for m in ends:
        head, rest = question[:m.start()], question[m.end():]
        if "?" in head or not _FIRST_PERSON.search(head):
            return ""
        if _ASKS.match(rest):
            # the question proper: every piece before it told of the asker
            pieces = [p for p in _PIECE_END.split(head) if p.strip()]
            return question[:m.end()].rstrip() if all(_FIRST_PERSON.search(p) for p in pieces) else ""
    return ""


# a remark after the question proper: a clause of its own, a subject ("the highways lot", "they", "you") then
# its verb ("must have been", "are", "'ll"), set off by a comma or a dash ("..., the highways lot must have
# been run ragged"); not a qualifier of what is asked ("..., the one that was refurbished", "..., and who paid")
_ASIDE = re.compile(r"(?:,|\s[-–—]+)\s+((?:the|they|you|we|i|it|he|she|those|these)\b(?:\s+(?!(?:that|which|who|whose|"
                    r"where|when|of|in|on|at|for|to|by|with|from)\b)[\w']+){0,3}?\s*"
                    r"(?:'s|'re|'ll|'ve|'d|\s(?:must|is|are|was|were|will|would|can|could|should|might|may|has|have|had))\b"
                    r"[^,?]*)\??\s*$", re.I)


def asker_aside(question: str) -> str:
    """The remark the asker makes after asking ("how many named storms hit us this autumn, the highways
    lot must have been run ragged" -> ", the highways lot must have been run ragged"): a clause with its
    own subject and verb, after a question proper that opens by asking (who, what, how, is, did ...).
    Its words say what the asker thinks, not what the papers are asked: "" if none."""
    m = _ASIDE.search(question)
    if not m or not _ASKS.match(question[:m.start()]) or len(question[:m.start()].split()) < 3:
        return ""
    return question[m.start():]


def understand(question: str, coverage: Coverage, history: list[Turn] | None = None,
               rewrite: Rewrite | None = None, settings: Settings | None = None,
               vocabulary: Mapping[str, int] | None = None) -> QueryPlan:
    """The plan for `question` after `history`, against what the index covers; `vocabulary` (the
    papers' words and how often they print them) keeps a plain word the papers print as asked."""
    settings = settings or Settings()
    question = " ".join(question.split())
    standalone, carried = condense(question, history or [], rewrite=rewrite)
    plan = QueryPlan(question=question, standalone=standalone,
                     rule="rewritten" if standalone != question else "as asked")
    newest = coverage.newest
    plan.period = dates.period(standalone, newest)
    # "council tax", "council houses": what a council owns or levies, not a body that meets
    named = without_council_modifier(standalone)
    plan.council = _council(standalone, coverage.councils) or council_of_kind(named, coverage.councils)
    plan.committee = _committee(without_other_councils(named, plan.council), coverage.committees)
    plan.doc_type = next((t for t, pattern in DOC_TYPE_WORDS if pattern.search(standalone)), None)
    plan.decision = bool(DECISION.search(standalone))
    plan.context = asker_context(standalone)
    plan.aside = asker_aside(standalone)
    # a follow-up joined to the question before it asks what the follow-up asks; a question told after
    # the asker's circumstances asks what it says, not what they do ("I've waited since January ...")
    asks = plan.asked if plan.context else asked_of(question, standalone)
    plan.intent = _intent(asks, plan.decision if asks == standalone else bool(DECISION.search(asks)))
    plan.change = bool(CHANGE_ASKED.search(asks))
    plan.share = bool(SHARE_IN_WORDS.search(asks))
    if plan.period is None:
        plan.period = month_meeting(standalone, coverage, plan)
    plan.latest = bool(LATEST.search(standalone)) and plan.period is None
    plan.discussed = asks_when_discussed(standalone) if plan.intent == "when" else None
    plan.scope_words = _scope_words(plan)
    plan.people = _people(standalone, settings)
    if settings.thesaurus:
        # words that name the council or committee asked about are a name, not plain words
        # ("the Amenities committee" is not "community facilities")
        names = plan.scope_words | {t for m in _BODY_NAME.finditer(standalone) for t in terms(m.group(1))}
        plan.expansions = [_as_printed(e, vocabulary, settings) for e in thesaurus.default().expand(standalone)
                           if not (e.plain and e.terms and e.terms <= names)]

    # a council named is a hard edge; a committee named boosts (its name is often a council's too:
    # "the County Council", "Exampleshire Youth County Council"), and bounds the scope check below
    plan.hard = Filters(council=plan.council)
    if plan.period:
        until = plan.period.date_to
        if not ABOUT_A_MEETING.search(standalone):
            # the figures of a period are reported at meetings after it ends
            until = (date.fromisoformat(until) + timedelta(days=settings.report_boost_days)).isoformat()
        plan.soft.append(Filters(date_from=plan.period.date_from, date_to=until))
    if plan.committee:
        plan.soft.append(Filters(committee=plan.committee))
    if plan.decision:
        plan.soft.append(Filters(resolutions_only=True))
    if plan.doc_type:
        plan.soft.append(Filters(doc_type=plan.doc_type))
    # "latest" is the newest of the papers asked about: a parish's newest minutes may be years older
    # than a county's
    newest = coverage.newest_of(plan.council, plan.committee) if plan.latest else newest
    if plan.latest and newest:
        since = (date.fromisoformat(newest) - timedelta(days=settings.latest_days)).isoformat()
        plan.soft.append(Filters(date_from=since))
    if carried:
        # what a follow-up carries from earlier turns boosts, like what a question names itself;
        # it never cuts (a date carried from "the November 2024-25 report" is not a meeting date)
        plan.soft.append(Filters(committee=carried.get("committee"), date_from=carried.get("date_from"),
                                 date_to=carried.get("date_to")))
    plan.out_of_scope = _out_of_scope(plan, standalone, coverage, settings)
    plan.parts = question_parts(standalone)[1:]
    return plan


# where a question asking two things asks its second: ", and" and a question word of its own ("How many flats did
# the application propose, and what did the parish recommend?", "When did the consultation run, and what concern
# did the panel raise?")
_NEXT_PART = re.compile(r",\s*and\s+(?=(?:what|when|who|how|which|why|where)\b)", re.I)


def question_parts(question: str) -> list[str]:
    """The things a question asks, each as a question of its own: the question itself when it asks one thing. A
    part is split off only where ", and" opens a question of its own with a question word ("..., and what did
    the parish recommend?"): "the minutes, and the accounts" asks one thing."""
    return [p.strip() for p in _NEXT_PART.split(question) if p.strip()]


def part_plan(plan: QueryPlan, part: str) -> QueryPlan:
    """The plan of one part of a question asking two things: the question's scope (council, committee, period,
    its words in the papers' words), asking what the part asks (its intent, whether a decision)."""
    decision = bool(DECISION.search(part))
    return replace(plan, question=part, standalone=part, intent=_intent(part, decision), decision=decision,
                   change=bool(CHANGE_ASKED.search(part)), share=bool(SHARE_IN_WORDS.search(part)),
                   discussed=None, context="", aside="", parts=[])


def month_meeting(question: str, coverage: Coverage, plan: QueryPlan) -> dates.Period | None:
    """The month of the meeting a question names by its month alone ("what was agreed at the March
    meeting?"): the newest such month in which the index holds a meeting of the council and committee
    asked about, its minutes first when the question asks what only minutes say (a decision, who
    attended). Minutes carried in a later month's pack are dated to their own meeting, so they count
    as that month's. None when the question names no such month or the index holds no meeting in it."""
    month = dates.meeting_month(question)
    if month is None or plan.intent == "when":
        return None     # "when is the November meeting?": a meeting perhaps not yet held, dated by an earlier one
    key = committee_key(plan.committee) if plan.committee else None
    held = sorted(d for d in _dates(coverage, plan.council, key) if int(d[5:7]) == month)
    if plan.decision or MINUTED_ATTENDANCE.search(question):
        held = sorted(d for d in _dates(coverage, plan.council, key, "minutes") if int(d[5:7]) == month) or held
    if not held:
        return None
    year = int(held[-1][:4])
    last = calendar.monthrange(year, month)[1]
    return dates.Period(f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}", "month")


def _as_printed(e: thesaurus.Expansion, vocabulary: Mapping[str, int] | None,
                settings: Settings) -> thesaurus.Expansion:
    """A plain word the papers of this index print themselves ("visitors" beside "Visitor Permits",
    "concert"), as often as the official form it would be rewritten to, is also their word: still
    searched with the thesaurus's forms, never rewritten away (the papers' words of "will my visitors
    have to pay" keep "visitors", not "tourism"; "teenagers", printed a few times beside thousands of
    "children", is still rewritten)."""
    if vocabulary is None or not e.plain or e.printed or " " in e.phrase or not e.alternatives:
        return e
    uses = vocabulary.get(e.phrase.lower(), 0)
    # a phrase is printed at most as often as its rarest word
    official = min((vocabulary.get(w, 0) for w in re.findall(r"[a-z]+", e.alternatives[0].lower())), default=0)
    if uses < settings.printed_plain_uses or uses < official:
        return e
    return replace(e, printed=True)


_PERSON = re.compile(rf"\b{names.TITLE}\s+([A-Za-z][\w'’-]+)(?:\s+([A-Za-z][\w'’-]+))?", re.I)


def _people(question: str, settings: Settings) -> list[tuple[str, set[str]]]:
    """The persons a question names by a title ("what did cllr hargreaves say"): the name as typed,
    and the terms of its words that are names, not everyday English ("say" is not part of it)."""
    out = []
    for m in _PERSON.finditer(question):
        words = [w for w in m.groups() if w and english.surprisal(w) >= settings.everyday_surprisal
                 and not english.is_past_tense(w)]   # "councillor resigned" names no one
        if m.group(1)[:1].isupper():
            words = [w for w in words if w[:1].isupper()]      # a question that capitalises names: "Mrs Dale vote"
        if words:
            typed = " ".join([question[m.start():m.start(1)].strip(), *words])
            out.append((typed, {t for w in words for t in terms(w)}))
    return out


def asks_when_discussed(question: str) -> str | None:
    """"last" or "first" when the question asks at which meeting a subject was discussed ("when did
    the committee last discuss school transport?"; "last" also when it says neither), else None."""
    m = DISCUSSED.search(question)
    if not m:
        return None
    return "first" if (m.group("which") or "").lower() == "first" else "last"


def discussed_subject(question: str) -> str:
    """What a "when did we last discuss X" question is about: the question less its framing ("the
    school", "home to school transport ... by the Cabinet"), so the search is for the subject, not
    for a date or a meeting."""
    m = DISCUSSED.search(question)
    if not m:
        return question
    return " ".join(f"{question[:m.start()]} {m.group('mid')} {question[m.end():]}".split())


# "when there's a tree down, how often do they get there in time?": a question opening with a clause that says
# in what case, and asking after it with a question word of its own (no "will", "did", "is" after "when")
_WHEN_CLAUSE = re.compile(r"^\W*when\s+(?!(?:will|would|is|was|are|were|do|does|did|has|have|had|can|could|should|"
                          r"shall|might|must|may)\b)[^?]*?\b(?:how|what|who|which|where|why)\b", re.I)


def _intent(question: str, decision: bool) -> str:
    if SUMMARY.search(question):
        return "summary"
    if VOTE.search(question):
        return "vote"
    who = WHO.search(question)
    if who and not WH_WORD.search(question[:who.start()]):
        return "who"             # "who" asked, not a clause: "which school was the pupil who won" asks a school
    when = WHEN.search(question)
    if when and not WH_WORD.search(question[:when.start()]) and not _WHEN_CLAUSE.match(question):
        return "when"            # "when" asked, not a clause: "what are they paid when they help" asks an amount
    if WHY.search(question):
        return "why"
    asked = [m.group(0) for m in QUANTITY.finditer(question)]
    if asked and not (decision and all(_SUBJECT_ONLY.fullmatch(a) for a in asked)):
        return "quantity"       # "what did they decide about the budget" asks a decision, not a figure
    if decision:
        return "decision"
    return "general"


def _distinctive(name: str) -> list[str]:
    return [t for w in re.findall(r"[a-z0-9'’]+", name.lower()) if w not in _BODY_WORDS for t in terms(w)]


# "council" before what a council levies, lets or owns ("council tax", "council rents", "council houses",
# "the Millbrook council estate", "council tenants"): a word of the subject, naming neither the full Council's
# meeting nor a kind of council ("county council tax" is the tax, not the county council)
COUNCIL_MODIFIER = re.compile(
    r"\bcouncil(?:[\s-]+)(?=(?:tax(?:es|payers?)?|rents?|hous(?:e|es|ing)|homes?|estates?|tenants?|tenanc(?:y|ies)|flats?|"
    r"propert(?:y|ies)|dwellings?|bungalows?|landlords?|housing\s+stock)\b)", re.I)


def without_council_modifier(question: str) -> str:
    """The question less each "council" that only says whose tax, rents or homes it asks about."""
    return COUNCIL_MODIFIER.sub("", question)


def without_other_councils(question: str, council: str | None) -> str:
    """The question less the names of councils it names in full other than `council`, the one asked about:
    "what speeds did Suffolk County Council's tests record, as reported to Ashby Parish Council?" names a
    body that reported to the council asked about, and no committee of it ("County Council", the full
    council of a county, is a word of that other body's name)."""
    for named in gazetteer.named_councils(question):
        if not (council and names.name_holds(named, council)):
            question = question.replace(named, " ")
    return question


def _council(question: str, councils: list[str]) -> str | None:
    """The council of the index a question names: all the distinctive words of its name (or one place of a
    local council named after several)."""
    q = set(terms(question.replace("’", "'")))
    best = None
    for name in councils:
        words = _distinctive(name)
        if words and all(w in q for w in words) and (best is None or len(words) > len(_distinctive(best))):
            best = name
    if best is None and (asked := named_in_lower_case(question)):
        # "saxilby parish council": one place of a council serving several ("Saxilby with Ingleby Parish Council")
        held = [name for name in councils if names.name_holds(asked, name)]
        best = held[0] if len(held) == 1 else None
    if best is None:
        # "are people in brinton trying to buy the pub": one place of a council serving several ("Ashwell,
        # Brinton and Coldby Parish Council") names it, as a council of one place is named by its place alone;
        # a place that is an everyday word ("Green", "Street") only when typed as a name
        held = [name for name in councils if any(_place_named(place, question, q) for place in names.places_served(name))]
        best = held[0] if len(held) == 1 else None
    return best


def _place_named(place: str, question: str, asked: set[str]) -> bool:
    words = _distinctive(place)
    if not words or not all(w in asked for w in words):
        return False
    return all(not english.is_english(w) for w in words) or bool(re.search(rf"\b{re.escape(place)}\b", question))


# kinds of council a question may name a council by ("the town council's budget", "the combined
# authority"): (the kind's words in a question, in a council's name)
_KIND = [(re.compile(rf"\b{k}\b", re.I), re.compile(rf"\b{k}\b", re.I)) for k in (
    r"parish\s+council", r"town\s+council", r"community\s+council", r"city\s+council", r"county\s+council",
    r"district\s+council", r"fire\s+(?:and\s+rescue\s+)?authority", r"national\s+park\s+authority")] + [
    # "the Mayoral Combined Authority" is one kind of combined authority: "the combined authority", any
    (re.compile(r"\bmayoral\s+combined\s+authority\b", re.I), re.compile(r"\bmayoral\s+combined\s+authority\b", re.I)),
    (re.compile(r"(?<!mayoral )\bcombined\s+authority\b", re.I), re.compile(r"\bcombined\s+authority\b", re.I))] + [
    # "the borough's youth centres": a London borough's own word for itself
    (re.compile(r"\bthe\s+borough\b", re.I), re.compile(r"\blondon\s+borough\b", re.I))]


# words that may stand before a kind of council without naming one ("the parish council", "did our
# town council", "what has parish council agreed")
_NOT_A_NAME = frozenset("""the a an our your their its this that which what whose each every any did does do has have
had is was were will would can could should may might must why how when where who whom of for from to by with at in on
about and or but if whether as than so has local new""".split())


def named_in_lower_case(question: str) -> str | None:
    """A local council a question names by its place's words before the kind, however typed
    ("brampford speke parish council" -> "Brampford Speke Parish Council"); None for the kind alone
    ("the parish council", "did our town council")."""
    m = re.search(r"\b((?:[a-z][\w'’-]*\s+){1,3}?)((?:parish|town|community|village)\s+council)\b", question, re.I)
    if not m:
        return None
    words = m.group(1).split()
    # the name is the words next to the kind: "the clerk at saxilby parish council" names Saxilby
    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _NOT_A_NAME), default=0)
    words = words[cut:]
    # a place's name holds a word that is no everyday word ("the next community council meeting" names none)
    if not words or any(w.lower() in _NOT_A_NAME for w in words) or all(english.is_english(w.lower()) for w in words):
        return None
    return " ".join(w[:1].upper() + w[1:] for w in words + m.group(2).split())


def council_of_kind(question: str, councils: list[str]) -> str | None:
    """The council a question names by its kind alone ("the community council", "the town council's
    precept"), when the index holds exactly one council of that kind and the question names one kind
    only ("the parish council's letter to the county council" names two: neither is taken)."""
    if gazetteer.named_councils(question):
        return None     # "South Yorkshire Mayoral Combined Authority": a council named in full, not by its kind alone
    found = [(asked.search(question), name) for asked, name in _KIND]
    kinds = [name for m, name in found if m]
    if len(kinds) != 1:
        return None
    if named_in_lower_case(question):
        # "what did brampford speke parish council decide": a council named, not the kind alone; a name
        # the index does not hold is not another council of that kind
        return None
    of_kind = [c for c in councils if kinds[0].search(c)]
    return of_kind[0] if len(of_kind) == 1 else None


def _committee(question: str, committees: list[str]) -> str | None:
    qkey = committee_key(question)
    for name in sorted(committees, key=len, reverse=True):
        key = committee_key(name)
        if key and re.search(rf"\b{re.escape(key)}\b", qkey):
            return name
    return None


def _scope_words(plan: QueryPlan) -> set[str]:
    words: set[str] = set()
    if plan.council:
        words |= set(terms(plan.council))
    for named in gazetteer.named_councils(plan.standalone):
        words |= set(terms(named))
    # a council named by its place, as the body that acts or owns ("Harlow's Cabinet", "did Exeter agree")
    for body in gazetteer.named_bodies(plan.standalone):
        words |= set(terms(body.place))
    if plan.committee:
        words |= set(terms(plan.committee))
    if plan.period is not None:
        # "from November 2012 onwards": the word that runs the period on names its scope, not a subject
        words |= {t for m in dates.RUNS_ON.finditer(plan.standalone) for t in terms(m.group(1))}
    if plan.latest:
        # "current", "now", "latest" ask for the newest papers; they are not a subject the papers must print
        words |= {t for m in LATEST.finditer(plan.standalone) if m.group(1) for t in terms(m.group(1))}
    return words


def _out_of_scope(plan: QueryPlan, question: str, coverage: Coverage, settings: Settings) -> str | None:
    """One line saying why the index cannot answer, or None when it might.

    A judgement of a decision ("was the committee right to reject it?") is no paper's to give (JUDGEMENT).

    A question about what a meeting did ("what did we agree in 2021?") needs papers of a meeting
    in the period; a question about figures of a period ("the conception rate in 2017") can be
    answered by papers written up to `report_lag_days` after it ends."""
    if JUDGEMENT.search(question):
        return JUDGEMENT_ASKED
    if plan.council is None and coverage.papers:
        # every paper's council is known, so a council none of them is from is not in the index (when
        # some are not known, one of those may be its: plan.unheld_council, judged by the answer)
        every = all(c for c, _, _, _ in coverage.papers)
        unheld = [named for named in gazetteer.named_councils(question) or list(filter(None, [named_in_lower_case(question)]))
                  if not _council(named, coverage.councils)]
        # a council named by its place alone, as the body that acts: "did Exeter approve …?"
        unheld += [body.name for body in gazetteer.named_bodies(question)
                   if (place := set(_distinctive(body.place)))
                   and not any(place <= set(_distinctive(c)) for c in coverage.councils)]
        if unheld and every:
            plan.out_of_scope_council = unheld[0]
            return f"The index holds no papers from {unheld[0]}."
        # a place's own thing asked about ("Wellesbourne's grounds maintenance contract"): the answer
        # judges it, never declined here (the possessor may be a firm's or a person's)
        plan.unheld_council = unheld[0] if unheld else _possessor(question, coverage)
    if plan.period is None:
        return None
    council = plan.council
    # a council's own name read as a "committee" is its full council: a parish council files its minutes
    # under its own name and its annual meeting under another ("Statutory Annual Meeting"), so a question
    # naming the council does not bound its meetings to those filed under its name (it still boosts them)
    own = council and plan.committee and committee_key(council) == committee_key(plan.committee)
    key = committee_key(plan.committee) if plan.committee and not own else None
    if (council or key) and _undated(coverage, council, key):
        # a paper of the council or committee asked about whose meeting is not known may be of the
        # period: the index cannot say it holds none from it
        return None
    in_scope = _dates(coverage, council, key)
    meeting = bool(ABOUT_A_MEETING.search(question))
    first, last = window(plan.period, settings, meeting, office=asks_office_for_year(plan))
    if meeting and plan.intent == "when":
        # "when is the November meeting?": an earlier meeting's minutes set its date ("the next meeting
        # will be held on ...", "the September meeting will be moved to ...")
        first = (date.fromisoformat(first) - timedelta(days=settings.meeting_set_ahead_days)).isoformat()
    later = meeting and bool(NAMES_MINUTES_OF.search(question))
    if later:
        # "who seconded the September minutes?": a meeting's minutes are approved at a later one
        last = (date.fromisoformat(last) + timedelta(days=settings.minutes_approval_days)).isoformat()
    # a parish council's meetings are its own: "X Parish Council" is both the council and the body
    same = council and plan.committee and committee_key(council) == committee_key(plan.committee)
    whose = " ".join(x for x in (council, None if same else plan.committee) if x)
    whose = f"{whose} papers" if whose else "papers"
    if plan.period.kind == "quarter" and not meeting and any(first <= d <= last for d in in_scope) \
            and not any(plan.period.date_to < d <= last for d in in_scope):
        # a quarter's figures are reported once it has ended: papers written during it cannot
        return (f"The index holds no {whose} written after the quarter {plan.period.label()} ended, "
                "so none can report that quarter's figures.")
    if not any(first <= d <= last for d in in_scope):
        if plan.period.kind in ("day", "month") and meeting:
            plan.out_of_scope_meeting = True
            return f"The index holds no {whose} for a meeting {plan.period.on_or_in()}."
        return f"The index holds no {whose} from {plan.period.label()}."
    only_minutes = "what was decided" if plan.decision else "who attended" if MINUTED_ATTENDANCE.search(question) \
        or ASKS_APOLOGIES.search(question) else None
    if only_minutes and meeting and plan.period.kind in ("day", "month"):
        minutes = _dates(coverage, council, key, "minutes")
        if not any(plan.period.date_from <= d <= (last if later else plan.period.date_to) for d in minutes):
            plan.out_of_scope_meeting = True
            return (f"The index holds no minutes of a meeting {plan.period.on_or_in()}, "
                    f"so it cannot say {only_minutes}.")
    return None


# a possessive after a plain word, not a title, an article or a word of a body's kind ("does Wellesbourne's
# contract", not "the Council's", "Cllr Smith's", "March's figures")
_POSSESSOR = re.compile(r"\b(?!(?:the|a|an|this|that)\b)[a-z]+,?\s+([A-Z][a-z]+(?:-[a-zA-Z]+)*)['’]s\b")


def _possessor(question: str, coverage: Coverage) -> str | None:
    """The proper name whose thing a question asks about, when it is not a council the index holds, a
    person's title or a date's word: what a known council's passage must name to answer it."""
    for m in _POSSESSOR.finditer(question):
        name = m.group(1)
        low = set(name.lower().replace("-", " ").split())
        if low & _BODY_WORDS or name.lower() in dates.MONTHS or re.fullmatch(
                r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|yesterday|year|chair(?:man)?|clerk|mayor|"
                r"leader|cabinet|committee|government|england|wales|scotland|britain|uk", name):
            continue
        if any(low <= set(_distinctive(c)) for c in coverage.councils):
            continue
        return name
    return None


def _undated(coverage: Coverage, council: str | None, key: str | None) -> bool:
    """Whether the index holds a paper whose meeting date is not known of this council (known to be
    its; its committee, when one is asked about, not known to be another) or, no council asked
    about, of this committee (known to be it)."""
    if council:
        return any(not d and c == council and (key is None or not m or key in committee_key(m))
                   for c, m, d, _ in coverage.papers)
    return any(not d and bool(m) and key in committee_key(m) for c, m, d, _ in coverage.papers)


def _dates(coverage: Coverage, council: str | None, key: str | None, doc_type: str | None = None) -> set[str]:
    """Meeting dates of the papers in scope; papers whose council or committee is not known may
    be the council's or the committee's."""
    return {d for c, m, d, t in coverage.papers
            if d and (council is None or c is None or c == council or names.name_holds(council, c))
            and (key is None or not m or names.name_holds(key, m))
            and (doc_type is None or t == doc_type)}


def window(period: dates.Period, settings: Settings, meeting: bool, office: bool = False) -> tuple[str, str]:
    """The meeting dates whose papers can speak of `period`. A meeting's acts happen in it (a
    financial year's budget is set before it starts); figures of a period are reported later.
    `office`: asked who held an office for a municipal or financial year (OFFICE_ASKED), only that
    year's meetings, its annual meeting first, fill it ("appointed Vice-Chairman ... for the ensuing year")."""
    first, last = date.fromisoformat(period.date_from), date.fromisoformat(period.date_to)
    if office and period.kind == "financial_year":
        return first.isoformat(), last.isoformat()
    if period.kind == "financial_year":
        first -= timedelta(days=settings.budget_lead_days)
    if period.kind == "quarter" and meeting:
        # what a meeting decides on a quarter ("the budget variations at quarter 3") it decides once the
        # quarter has ended and its figures are reported
        last += timedelta(days=settings.quarter_decided_days)
    if not meeting:
        # papers speak of a period's figures before it (plans, forecasts) and after it (outturns)
        first -= timedelta(days=settings.report_lead_days)
        last += timedelta(days=settings.report_lag_days)
    return first.isoformat(), last.isoformat()
