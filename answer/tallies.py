"""Votes and sides: the recorded vote (For / Against / Abstain and outcome) on what a question asks, the vote
on a member's amendment or motion, the members who voted one way, and who spoke for or against in the debate."""
from __future__ import annotations

import re

from core import votes
from answer.sentences import sentence_spans
from core.types import Passage
from answer.fact import Fact, LABELS, LOOK_AT, Scored, _TITLE, _same_item
from answer.doers import names_a_person


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
        reading = votes.recorded_vote(text[a:b])
        return Fact(LABELS["vote"], s.passage, a, b, reading=_with_sides_across(s.passage, passages, a, b, reading))
    return None


def vote_after(ranked: list[Scored], paper: str) -> Scored | None:
    """Of the best sentences of `paper`, the first whose next line in the paper reports a vote (in its passage, or
    opening the next passage of the paper): a decision minuted with its show of hands on the line below it ("Cllrs
    agreed the Minutes ... were an accurate record." / "Proposed by BB | seconded MG | 7 all in favour | 2
    abstained"). None when none is."""
    mine = [s for s in ranked if s.passage.chunk.source == paper]
    for best in mine[:LOOK_AT]:
        here = best.passage.chunk
        following = sorted((s for s in mine if (s.passage.chunk.chunk_id == here.chunk_id and s.start >= best.end)
                            or s.passage.chunk.position == here.position + 1),
                           key=lambda s: (s.passage.chunk.position, s.start))
        if following and votes.mentions_vote(following[0].text) and not votes.mentions_vote(best.text):
            return following[0]
    return None


def _with_sides_across(passage: Passage, passages: list[Passage], a: int, b: int, reading: str | None) -> str | None:
    """A recorded vote printed as lists of names (votes.listed_votes) that the page cut between two passages of its
    paper ("There voted for the motion: ... 32" / "There voted against the motion: ... 7"): `reading` of the vote
    at `a`-`b` of `passage` with the sides read in the passage before it (the vote opening its passage with a side
    other than 'For') or after it (the vote ending its passage), when the search found that passage too."""
    here, text = passage.chunk, passage.chunk.text
    mine = [x for x in votes.listed_votes(text) if a <= x[0] < b and x[3] is not None]
    if reading is None or not mine:
        return reading

    def beside(step: int) -> list[str]:
        other = next((p for p in passages if p.chunk.source == here.source and p.chunk.position == here.position + step), None)
        sides = [x for x in votes.listed_votes(other.chunk.text) if x[3] is not None] if other else []
        if step < 0:
            lead = max((k for k, x in enumerate(sides) if x[2] == "For"), default=None)
            run = sides[lead:] if lead is not None else []
            return [f"{x[2]} ({x[3]})" for x in run] if run and not other.chunk.text[run[-1][1]:].strip() else []
        run = []
        for x in sides:
            if x[2] == "For" or other.chunk.text[:x[0]].strip() and not run:
                break
            run.append(x)
        return [f"{x[2]} ({x[3]})" for x in run]

    before = beside(-1) if mine[0][2] != "For" and not text[:a].strip() else []
    after = beside(1) if not text[mine[-1][1]:].strip() else []
    return ", ".join(before + [reading] + after)


def sides_quoted_across(fact: Fact | None, ranked: list[Scored]) -> list[Scored]:
    """The lines of the passage beside `fact`'s that its reading took a side's count from (_with_sides_across):
    quoted below it, so every count the reading gives is cited."""
    if fact is None or fact.reading is None:
        return []
    here = fact.passage.chunk
    if votes.recorded_vote(here.text[fact.start:fact.end]) == fact.reading:
        return []
    out = []
    for s in ranked:
        c = s.passage.chunk
        if c.source == here.source and abs(c.position - here.position) == 1 \
                and any(n is not None and s.start < b and s.end > a for a, b, _, n in votes.listed_votes(c.text)):
            out.append(s)
    return out


# "Mr Hood's amendment", "the amendment moved by Cllr Clark", "Councillor Ives' motion"
_SURNAME = r"[A-Z][\w-]*(?:['’][A-Z][\w-]*)?"       # "Hood", "O'Brien", not "Hood's"
_PROPOSER = re.compile(rf"\b{_TITLE}\s+(?:[A-Z]\.?\s+)*({_SURNAME})(?:['’]s?)?\s+(?:amendment|motion)\b"
                       rf"|\b(?:amendment|motion)\s+(?:moved|proposed|put forward|tabled)\s+by\s+{_TITLE}\s+(?:[A-Z]\.?\s+)*({_SURNAME})")


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
    # (or its sides printed as lists of names under headings, with their totals: votes.listed_votes)
    counts = [(m.start(), m.end(), m.group(1)) for m in votes.VOTE_COUNT.finditer(text)] \
        or [(a, b, side) for a, b, side, n in votes.listed_votes(text) if n is not None]
    groups: list[tuple[int, int]] = []
    for a, b, side in counts:
        if side.lower() == "for" or not groups:
            groups.append((a, b))
        else:
            groups[-1] = (groups[-1][0], b)
    out = []
    for i, (a, b) in enumerate(groups):
        limit = groups[i + 1][0] if i + 1 < len(groups) else len(text)
        outcome = votes.OUTCOME.search(text, b, min(limit, b + 400))
        if outcome:
            b = outcome.end()
        out.append((a, b))
    return out
