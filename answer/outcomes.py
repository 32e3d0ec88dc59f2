"""Decisions and outcomes: whether a sentence is worded as a decision, a decision's lettered parts quoted
together, what became of an item or of a member's amendment, and, for a yes/no question, what was decided on it
or a line saying it was never done."""
from __future__ import annotations

import re

from core import votes
from answer.sentences import sentence_spans
from answer.spans import under_heading
from ingest import layouts
from answer.fact import DECISION_MARGIN, Fact, LABELS, LOOK_AT, Scored
from answer.tallies import _PROPOSER


# a consultee's response to an application, as a parish or town council minutes it: "Mr A proposed and Mr B seconded
# recommending refusal of this application", "The Council recommends approval"
RESPONSE = re.compile(r"\brecommend(?:s|ed|ing)\s+(?:the\s+)?(?:refusal|approval)\b", re.I)
LEAD_IN = re.compile(r"^\W*(?:\d+\)?\s*)?(?:the\s+\w+(?:\s+\w+)?\s+)?resolved(?:\s+that)?\W*:?\W*$", re.I)


def decides(sentence: str) -> bool:
    """The sentence is worded as a decision ("RESOLVED that", "it was agreed to", "CARRIED"), by the
    one table of decision wordings (ingest.layouts)."""
    return layouts.first_match(layouts.DECISIONS, sentence) is not None or votes.outcome(sentence) is not None


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
    if decides(best.text):
        return None
    if not here.item:
        # no item read, but the best sentence is a heading ("PLANNING APPLICATION (15/01808/MFUL) Erection of ..."): the
        # decision, or the council's response, in the lines under it before the next heading
        told = next((t for t in under_heading(best, ranked) if (decides(t.text) or RESPONSE.search(t.text))
                     and not LEAD_IN.match(t.text) and not _MERELY_NOTED.search(t.text)), None)
        return Fact(LABELS["decision"], told.passage, told.start, told.end) if told else None
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
