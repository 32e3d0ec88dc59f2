"""Who did it: who proposed, seconded or moved a motion or wrote a report, who pays for something, whether
anyone did what was asked (or no one did), and whether a text names a person at all. Role holders are
answer/roles.py."""
from __future__ import annotations

import re

from core import names, votes
from core.terms import STOPWORDS, terms
from answer.fact import Fact, LABELS, LOOK_AT, Scored, _NAME, _TITLE
from answer.sentences import sentence_spans
from answer.roles import _ITEM_HEADING, _MOVED_ASKED


# a person named: "Councillor Coombes", "Margaret Carey", "R Healey", "Cllrs Ives, Ward and Ellis"
_NAMED = re.compile(rf"\b{_TITLE}\s+[A-Z]|\b(?!The\b)[A-Z][a-z]+ {names.SURNAME}\b|\b[A-Z]\.? {names.SURNAME}\b")


def names_a_person(text: str, besides: set[str] = frozenset()) -> bool:
    """The text names a person ("Councillor Coombes", "Margaret Carey", "R Healey"): not a pair of capitalised
    words that are the terms in `besides` (the role asked about: "Directly Elected Mayor")."""
    return any(not (set(terms(m.group(0))) & besides) for m in _NAMED.finditer(text))


NAME = re.compile(rf"\b{_TITLE}\s+[A-Z]|\b[A-Z][a-z]+ {names.SURNAME}\b|\([A-Z][a-z]+\)")
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


# who did what a paper records by name: the question's verb, and how the paper names the one who did it
# ("Proposed by Councillor X", "moved by Cllr X", "Councillor X seconded"; "Report author: X", "Report of: X")
# (asked "who", or "which" and the role: "Which Cabinet Member put forward the adoption of the plan?"; a paper put
# forward is the cover sheet's "From: Derek Murphy – Cabinet Member for ..."). Group 1 is a motion's mover
# (asks_mover), group 2 a report's author.
_DOER_ASKED = re.compile(r"^\s*(?:who|which\s+(?:[a-z]+\s+)?(?:member|councillor|cllr|officer|director|holder))\s+"
                         rf"(?:((?:{_MOVED_ASKED})|seconded)|(wrote|authored|prepared|drafted|presented|put\s+forward|"
                         r"brought\s+forward|submitted))\b", re.I)
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


# a second question after who moved it: "Who moved the motion, and what was the result?", "... and was it carried?",
# "... and how did the vote go?"
RESULT_ASKED = re.compile(r"\band\s+(?:what\s+(?:was|were)\s+the\s+(?:result|outcome|decision|vote)s?|how\s+did\s+(?:the\s+"
                          r"vote|it)\s+go|(?:was|were)\s+(?:it|they)\s+(?:carried|passed|agreed|approved|adopted|lost)"
                          r"|did\s+it\s+(?:pass|carry|succeed|fail))\b", re.I)
# a line putting another motion forward: the outcome after it is that motion's
_NEXT_MOTION = re.compile(r"\b(?:moved|proposed)\s+by\b", re.I)


def outcome_after(question: str, fact: Fact | None, ranked: list[Scored]) -> Scored | None:
    """Asked who moved a motion and how it turned out ("Who moved the motion, and what was the result?"), the
    sentence recording the outcome after the mover's line (`fact`), in its item before another motion is moved: in
    its passage, or in the passage after it in its paper ("It was moved by Councillor Ames," ... "The motion was put
    to the vote and carried unanimously."). None when not asked, when `fact` holds the outcome, or none is found."""
    if fact is None or fact.reading is not None or not RESULT_ASKED.search(question) \
            or votes.outcome(fact.text) or votes.motion_outcome(fact.text):
        return None
    here = fact.passage.chunk
    after = sorted((s for s in ranked if s.passage is fact.passage and s.start >= fact.end
                    or s.passage.chunk.source == here.source and s.passage.chunk.position == here.position + 1),
                   key=lambda s: (s.passage.chunk.position, s.start))
    for s in after:
        text = s.passage.chunk.text
        lo = fact.end if s.passage is fact.passage else 0
        if any(p.search(text, lo, s.start) for p in (_ITEM_HEADING, _NEXT_MOTION)):
            return None           # another item's, or another motion's
        if votes.outcome(s.text) or votes.motion_outcome(s.text):
            return s
    return None


# a person named by title and surname alone at a sentence's start: "Mr Trelawny raised concerns about ..."
_TITLE_SURNAME = re.compile(rf"\W*{_TITLE}[ \t]+({names.SURNAME})\b")
FULLER_NAME_BACK = 2       # sentences: how far back in its paragraph a person's fuller name is looked for


def with_fuller_name(fact: Fact | None) -> Fact | None:
    """A lead naming its person by title and surname alone ("Mr Trelawny raised concerns about anti-social
    behaviour") starts from the sentence of its paragraph before it that names them in full ("... but Mr Owen
    Trelawny, a resident of the town, had submitted a question ..."): the answer gives the name the paper gives."""
    if fact is None or fact.reading is not None:
        return fact
    text = fact.passage.chunk.text
    m = _TITLE_SURNAME.match(text, fact.start)
    if m is None:
        return fact
    full = re.compile(rf"\b(?!{_TITLE}\b)[A-Z][a-z]+(?:[ \t]+[A-Z]\.?)?[ \t]+{re.escape(m.group(1))}\b")
    if full.search(text, fact.start, fact.end):
        return fact
    before = [(a, b) for a, b in sentence_spans(text) if b <= fact.start][-FULLER_NAME_BACK:]
    for a, b in reversed(before):
        if "\n\n" in text[b:fact.start]:
            break                 # another paragraph's
        if full.search(text, a, b):
            return Fact(fact.label, fact.passage, a, fact.end)
    return fact


# a person named only by a pronoun, as the one who did or said something: "he said", "she had raised"
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")


def with_antecedent(fact: Fact | None) -> Fact | None:
    """A lead naming its person only by a pronoun before any name ("Item 9.2.1 - Dog Fouling - he said that he had
    raised the issue ...") starts from the sentence before it that names the person the pronoun points back to: in
    its paragraph, or the lead-in ending in a colon above it ("Councillor A Byrne referred to the following items on
    Page 11:"). Asked who, the answer gives the name, not "he"."""
    if fact is None or fact.reading is not None:
        return fact
    text = fact.passage.chunk.text
    pronoun = _PRONOUN.search(text, fact.start, fact.end)
    # (the clause the pronoun opens, past the heading printed before it on its line: "Item 9.2.1 – Dog Fouling -")
    if pronoun is None or names.names_a_person(re.split(r"\s[-–—]\s|:\s", text[fact.start:pronoun.start()])[-1]):
        return fact
    before = [(a, b) for a, b in sentence_spans(text) if b <= fact.start][-FULLER_NAME_BACK:]
    for a, b in reversed(before):
        if "\n\n" in text[b:fact.start] and not text[a:b].rstrip().endswith(":"):
            break                 # another paragraph's, not a lead-in to this one
        if names.names_a_person(text[a:b]):
            return Fact(fact.label, fact.passage, a, fact.end)
    return fact


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
