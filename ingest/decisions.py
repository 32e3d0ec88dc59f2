"""Decisions: where one starts, the vote and motion it takes with it, where it ends; not the items they file under."""
from __future__ import annotations

import re

from core import votes
from core.types import Block
from ingest import layouts
from ingest.items import is_item_heading
from ingest.lines import LIST_START, item_number, numbered_section, plain, short_heading, words
from ingest.paras import COLUMNS, Para, is_action, is_heading


# In a report or an appendix only a decision's own wording counts ("RESOLVED", "Cabinet is asked
# to RESOLVE"); "the Council agreed ..." there tells the story of an earlier decision.
_IN_REPORTS = tuple(r for r in layouts.DECISIONS if r.name in (
    "resolved", "agreed", "it_was_approved", "decision_label", "decided", "recommended", "asked_to_resolve",
    "recommended_to_approve", "it_is_recommended"))


def decision_of(p: Para, minutes: bool = True) -> layouts.Recogniser | None:
    """The decision recogniser that reads this paragraph (a resolution's start), else None.
    A vote's outcome alone is not asked here: see `decision_at`."""
    if p.boundary:
        return None
    text = p.text
    if p.first.endswith("?"):
        return None         # "(f) Decision made in exempt session?": a form's question, not a decision
    if layouts.EARLIER_DECISION(text) is not None:
        return None         # "At its meeting on 12 March 2024 the Committee resolved ...": an earlier meeting's, told
    if minutes and words(text) <= 120 and layouts.PREVIOUS_MINUTES(text) is not None:
        return layouts.PREVIOUS_MINUTES
    table = layouts.DECISIONS if minutes else _IN_REPORTS
    # what a member said in the debate ("spoke in favour of the motion, saying residents had agreed it was
    # needed") decides nothing: its words never make the paragraph a decision
    first, text = votes.without_debate(p.first), votes.without_debate(text)
    found = layouts.first_match(table, first)
    if not found and layouts.one_language(first) != first:
        found = layouts.first_match(table, layouts.one_language(first))    # "PENDERFYNWYD / RESOLVED: ..."
    if not found:
        found = layouts.first_match(table if minutes else (layouts.by_name("asked_to_resolve"),), text)
    return found[0] if found else None


def is_resolution_start(p: Para, minutes: bool = True) -> bool:
    return decision_of(p, minutes) is not None


def decision_at(paras: list[Para], i: int, minutes: bool = True) -> layouts.Recogniser | None:
    """The recogniser that makes paragraph i open a decision. A vote's outcome ("CARRIED
    unanimously", "LOST (4 ... 5)") is a decision of its own unless the decision's wording
    follows it within a few paragraphs: then it is that decision's vote, pulled in with it."""
    p = paras[i]
    rec = decision_of(p, minutes)
    if rec is not None and rec.name not in _VOTE_LIKE:
        return rec
    if rec is None and (not minutes or layouts.VOTE_OUTCOME(p.text) is None):
        return None
    for k in range(i + 1, min(i + 4, len(paras))):
        q = paras[k]
        if q.boundary or is_item_heading(q, None, loose=True):
            break
        nxt = decision_of(q, minutes)
        if nxt is not None and nxt.name not in _VOTE_LIKE:
            return None
        if layouts.VOTE_OUTCOME(q.text) is None and not votes.announces_vote(q.text):
            break
    return rec or layouts.VOTE_OUTCOME


# decisions that are also the vote of a decision worded after them ("moved ... seconded ...
# CARRIED" / "It was APPROVED: ..."): a decision of their own only when no such wording follows
_VOTE_LIKE = {"proposed_seconded", "all_in_favour"}


def vote_start(paras: list[Para], i: int, emitted: list[Block]) -> int:
    """Index of the paragraph that opens the vote just before a decision, else i."""
    k = i - 1
    saw_vote = False
    steps = 0
    item = emitted[-1].item if emitted else None
    while k >= 0 and steps < 16 and len(emitted) >= (i - k):
        q = paras[k]
        block = emitted[len(emitted) - (i - k)]
        if q.boundary or block.is_resolution or block.item != item or (
                block.kind == "heading" and item_number(q.first, loose=True)):
            break
        if votes.has_vote_count(q.raw) or votes.outcome(q.text):
            saw_vote = True
        if saw_vote and votes.announces_vote(q.text):
            return k
        if k == i - 1 and votes.records_movers(q.text):
            return k            # "Proposed Cllr Jones, seconded Cllr Brown." just above "RESOLVED: ...": who moved it
        k -= 1
        steps += 1
    return i


# a line opening a planning application as a list of applications prints it, its reference first ("- 20/501261/FULL
# PROPOSAL: 5 River Close ...", "22/01234/FUL Land at Mill Lane", "Application No: 23/01234/FUL – ...")
_BULLET = re.compile(r"^\s*(?:[-–•*]|\(?[a-z0-9]{1,3}[).])\s+", re.I)


def opens_application(line: str) -> bool:
    """The line opens a planning application of a list (its reference first, perhaps after a bullet)."""
    return layouts.APPLICATION_TITLE(_BULLET.sub("", plain(line), count=1)) is not None


_REFERENCE = re.compile(rf"\b{layouts.APPLICATION_REF}")     # a planning application's reference: "24/00812/HOUS"
APPLICATION_PARAS = 3       # how far back a response looks for the application it answers


def application_start(paras: list[Para], i: int, emitted: list[Block]) -> int:
    """Index of the paragraph that opens the planning application a decision just below answers ("- 20/501261/FULL
    PROPOSAL: 5 River Close" / "Erection of a single storey front extension." / "Unanimously AGREED to recommend
    APPROVAL"), else i: a council's response to an application says nothing without the application it is on, so
    the two are one decision. Never past a heading, another decision or another item."""
    if _REFERENCE.search(paras[i].text):
        return i            # "RESOLVED that the Council raises no objection to application 24/00812/HOUS.": it names its own
    item = emitted[-1].item if emitted else None
    for k in range(i - 1, max(-1, i - 1 - APPLICATION_PARAS), -1):
        if i - k > len(emitted):
            break
        q, block = paras[k], emitted[len(emitted) - (i - k)]
        if q.boundary or block.is_resolution or block.item != item or block.kind == "heading":
            break
        if opens_application(q.first):
            return k
    return i


_MOTION = re.compile(r"\b(?:moved|proposed)\b", re.I)


# the vote on an amendment, not on the motion it would amend
_AMENDMENT_VOTE = re.compile(r"\bamendment\b[^.;]{0,80}?\b(?:carried|lost|fell|defeated|withdrawn|not\s+carried)\b", re.I)


MOTION_PARAS = 8            # how far back a vote's outcome looks for the motion it decided


MOTION_WORDS = 220          # ... and how much of it it takes with it


AMENDMENT_WORDS = 400       # ... and how much of the amendments voted on in between


def motion_start(paras: list[Para], i: int, emitted: list[Block]) -> int:
    """Index of the paragraph that moved the motion a bare vote's outcome decided ("Recommendation
    4C was moved by ... " / its text / "On being put to the vote ... LOST"), else i: an outcome
    alone says nothing of what was lost. Never past the item's heading, a sub-heading or another
    decision, nor more than MOTION_WORDS words back; but the vote on a motion takes with it the
    amendments voted on just before it ("moved an amendment ... the amendment was LOST" / "the
    recommendation was LOST"): they were part of its debate, and the motion's wording is above them.
    When no motion is found above them, the decision opens with the first of them."""
    item = emitted[-1].item if emitted else None
    amendable = not _AMENDMENT_VOTE.search(paras[i].text)   # an amendment's own vote takes no other amendment
    size = amended = looked = 0
    first_amendment = None
    k = i - 1
    while k >= 0 and looked < MOTION_PARAS and i - k <= len(emitted):
        q, block = paras[k], emitted[len(emitted) - (i - k)]
        if amendable and block.is_resolution and block.item == item and not q.boundary:
            opening = _amendment_opening(paras, k, emitted[:len(emitted) - (i - k) + 1])
            if opening is not None:
                amended += sum(words(x.text) for x in paras[opening:k + 1])
                if amended > AMENDMENT_WORDS:
                    break
                first_amendment, k = opening, opening - 1
                continue
        if q.boundary or block.is_resolution or block.item != item or block.kind == "heading" and (
                item_number(q.first, loose=True) or not _MOTION.search(q.text)):
            break
        size += words(q.text)
        if size > MOTION_WORDS:
            break
        if _MOTION.search(q.text):
            return k
        k -= 1
        looked += 1
    return first_amendment if first_amendment is not None else i


def _amendment_opening(paras: list[Para], k: int, emitted: list[Block]) -> int | None:
    """When the decision ending at paragraph k (its last block is emitted[-1]) is the vote on an
    amendment, the index of the paragraph that opens it; else None."""
    n = len(emitted) - 1
    while n > 0 and emitted[n].continues and emitted[n - 1].is_resolution:
        n -= 1
    opening = k - (len(emitted) - 1 - n)
    decided = [q.text for q in paras[opening:k + 1] if votes.outcome(q.text)]
    return opening if decided and _AMENDMENT_VOTE.search(decided[-1]) else None


# the last word of a line that ends mid-phrase: an article, a preposition or a conjunction
_ENDS_MID_PHRASE = re.compile(r"(?<![\w'’-])(?:the|a|an|of|to|for|with|by|in|on|at|from|and|or|that|as)\s*$")


def resolution_end(paras: list[Para], i: int, minutes: bool = True) -> int:
    """The decision runs on while its paragraphs read as its parts (lists, 'That ...', votes)."""
    first = paras[i]
    j = i + 1
    bare = words(first.text) <= 4 or bool(re.search(r"[:–-]\s*$", first.text))  # "Resolved:" / "(d) Decision taken": the body follows
    # a decision under a lettered form label ("(d) Decision taken") ends at the next label ("(e) Exempt ...?")
    form_label = bool(re.match(r"^\([a-z]\)\s+[A-Z]", first.first))
    prev_text = first.text
    # a decision that introduces numbered parts ("(d) Decision taken" / "The Committee:") keeps them all
    introduces_list = bare or ":" in first.text[-3:]
    list_no = _last_list_number(first) if introduces_list else None
    while j < len(paras) and j - i < 24:
        q = paras[j]
        if q.boundary:
            break
        nxt = paras[j + 1] if j + 1 < len(paras) else None
        m = _DOT_LIST.match(plain(q.first))
        if list_no is not None and m and list_no < int(m.group(1)) <= list_no + 2:
            # "2. Residents Parking" after "1. Initiated ...": the decision's next numbered part
            list_no = _last_list_number(q) or int(m.group(1))
            prev_text = q.text
            j += 1
            continue
        if _next_letter(prev_text, q.first):
            # "a) To approve the minutes of 14 May ...;" / "b) To approve the minutes of 28 May ...": the
            # decision's next lettered part, though worded as a decision of its own
            prev_text = q.text
            j += 1
            continue
        if is_resolution_start(q, minutes) and bare and j == i + 1:
            prev_text = q.text          # "Resolved" / "The Committee resolved that:"
            j += 1
            continue
        if _vote_after(q, nxt, minutes) and not any(votes.has_vote_count(x.text) or votes.outcome(x.text)
                                                     for x in paras[i:j]):
            prev_text = q.text          # "RESOLVED that ..." / "Members voted 8 for, 5 against.": its vote
            j += 1
            continue
        if layouts.SIGN_OFF(q.lines[0]) is not None or layouts.SIGN_OFF(q.first) is not None:
            break           # "Signed: ........ Chairman": the minutes' close, not the decision's text
        if not minutes and report_section(q, nxt, first):
            break           # "3. Background" (over "3.1 ..."): the report's next section, after its recommendations
        if opens_application(q.first) and (not prev_text.rstrip().endswith((":", ";", ",", "–", "-", " and", " or"))
                                           or _answered_below(paras, j, minutes)):
            break           # the next planning application of a list, its response below it: a decision of its own
                            # (a decision that lists its comments application by application keeps them all)
        if is_item_heading(q, nxt, loose=True) or (is_heading(q) and not LIST_START.match(q.first)) \
                or decision_at(paras, j, minutes) is not None or q.first.endswith("?") \
                or form_label and re.match(r"^\([a-z]\)\s+[A-Z]", q.first):
            break
        continues = (
            (bare and j == i + 1)
            or bool(LIST_START.match(q.first))
            or prev_text.rstrip().endswith((";", ":", ",", " and", " or"))
            or bool(votes.VOTE_COUNT.search(q.raw))
            or bool(re.match(r"^(carried|lost|agreed|motion carried|amendment (carried|lost))\b", q.text, re.I))
            or is_action(q)         # "RESOLVED to repair ..." / "ACTION: Clerk": who carries it out
        )
        # a decision broken across pages continues mid-sentence on the next page, or with the
        # header of its table printed again over the rest of the rows
        if not continues and q.page != paras[j - 1].page and (q.first[:1].islower() or _repeats_a_line(q, paras[i:j])):
            continues = True
        # a part broken off mid-phrase by a blank line (a web page that dropped a list of names: "1. extend the
        # terms of office of the" / "to the start of the Council meeting on 30 November 2020; and"): a line
        # ending on a word no sentence ends on, the next opening in lower case, is one sentence
        if not continues and q.first[:1].islower() and _ENDS_MID_PHRASE.search(prev_text):
            continues = True
        if not continues:
            break
        prev_text = q.text
        if introduces_list:
            list_no = _last_list_number(q) or list_no
        j += 1
    return j


def _answered_below(paras: list[Para], j: int, minutes: bool) -> bool:
    """Paragraph j opens a planning application whose response is a decision printed under it, before the next
    application ("- 20/501261/FULL 5 River Close" / its description / "Unanimously AGREED to recommend APPROVAL")."""
    for k in range(j + 1, min(j + 1 + APPLICATION_PARAS, len(paras))):
        if paras[k].boundary or opens_application(paras[k].first):
            return False
        if decision_at(paras, k, minutes) is not None:
            return True
        if is_item_heading(paras[k], None, loose=True) or is_heading(paras[k]):
            return False
    return False


def report_section(q: Para, nxt: Para | None, first: Para) -> bool:
    """q opens a report's next numbered section: a short heading ("3. Background", "5. Risk") over its
    own first paragraph ("3.1 ..."), or whose number is above that of the paragraph the decision
    opened ("2.1 It is recommended ...")."""
    after = plain(q.lines[1]) if len(q.lines) > 1 else nxt.first if nxt is not None and not nxt.boundary else None
    if numbered_section(plain(q.first), after) is not None:
        return True
    m = re.match(r"^(\d{1,2})\.?\s+(\S.*)$", plain(q.first))
    own = re.match(r"^(\d{1,2})\.\d{1,2}\b", plain(first.first))
    return bool(m and own and len(q.lines) == 1 and short_heading(m.group(2)) and int(m.group(1)) > int(own.group(1)))


def _repeats_a_line(q: Para, before: list[Para]) -> bool:
    """q opens with a table's header row the decision printed already (a table carried over a page)."""
    if not q.lines or not COLUMNS.search(q.lines[0].strip()):
        return False
    head = " ".join(q.lines[0].split())
    printed = [line for p in before for line in p.lines][1:]
    return any(" ".join(line.split()) == head for line in printed)


def _vote_after(q: Para, nxt: Para | None, minutes: bool) -> bool:
    """A show of hands printed after the decision it decided ("Members voted 8 for, 5 against."), or the
    line naming who proposed and seconded it ("Proposed Cllr Jones, seconded Cllr Brown."): no decision
    wording and no motion of its own, and no decision straight after it (then it is that decision's
    vote, pulled in by `vote_start`). The caller takes it only for a decision that has no vote of its own yet."""
    if not minutes or words(q.text) > 40:
        return False
    # ... or who proposed and seconded it, with or without the count ("Prop: Cllr S Patel Sec: Cllr T Green.
    # 6 in favour, 1 abstention."): no motion of its own
    if not votes.records_movers(q.text) and (votes.show_of_hands(q.text) is None or _MOTION.search(q.text)):
        return False
    rec = decision_of(q, minutes)
    if rec is not None and rec.name not in _VOTE_LIKE:
        return False
    return nxt is None or nxt.boundary or decision_of(nxt, minutes) is None


_DOT_LIST = re.compile(r"^(\d{1,2})\.\s")
# a lettered part of a list: "a) ...", "(b) ...", "c. ..."
_LETTERED = re.compile(r"^\s*(\()?([a-h])([).])\s")


def _next_letter(before: str, line: str) -> bool:
    """Whether `line` opens the lettered part after the one `before` opens ("b) ..." after "a) ...;"), in the
    same style, `before` ending as a list's part does (";", ",", "; and", "or", or no stop)."""
    a, b = _LETTERED.match(before), _LETTERED.match(line)
    if a is None or b is None or (a.group(1), a.group(3)) != (b.group(1), b.group(3)):
        return False
    return ord(b.group(2)) == ord(a.group(2)) + 1 and not before.rstrip().endswith((".", "?", "!"))



def _last_list_number(p: Para) -> int | None:
    """The last 'N. ' number opening a line of the paragraph (a decision's numbered parts)."""
    found = [int(m.group(1)) for m in (_DOT_LIST.match(plain(line)) for line in p.lines) if m]
    return found[-1] if found else None
