"""Follow-up questions made standalone: offline rules, or a chat model with the condense prompt.

`condense(question, history)` returns the question to retrieve with and what it carried over
from earlier turns (dates, committee) for the engine to turn into Filters. It does not retrieve
or answer. The rules keep a "frame" (the last question that stood on its own: its topic, dates
and committee) and decide for each follow-up whether it leans on that frame:

- a new subject (its own topic words, no "and ...", no pronoun): left alone;
- "what about X?" / "and X?": the frame's question with its topic replaced by X;
- "and in 2023?": the frame's question with its dates replaced;
- "who should officers keep working with?", "why?", "and who proposed it?" (nothing of its own
  to search for): the frame's question, then the follow-up;
- "and what did they say about X?" (its own topic, but leaning): the follow-up with the frame's dates.
"""
from __future__ import annotations

import re
from typing import Callable
from dataclasses import dataclass, field

from core import dates, superlatives
from core.gazetteer import named_councils
from core.sentences import strip_markers
from core.terms import GENERIC, STOPWORDS, content_words
from core.types import Turn


# -- dates in questions: the one date reader ---------------------------------------------------
_DATE_PREPOSITION = re.compile(r"(?:\b(?:in|on|at|during|from|for|of|since|by)\s+)?(?:the\s+)?$", re.I)


def date_range(text: str) -> tuple[str, str] | None:
    """The span of time all the dates in `text` cover, or None."""
    named = dates.period(text)
    return (named.date_from, named.date_to) if named else None


# -- committees named in questions -----------------------------------------------------------
_COMMITTEE = re.compile(
    r"\b((?:[A-Z][\w'’&-]*|&)(?:\s+(?:and|of|for|the|&|[A-Z][\w'’&-]*))*?\s+"
    r"(?:Committee|Sub-?[Cc]ommittee|Cabinet|Panel|Board|Forum))\b")


def find_committee(text: str) -> str | None:
    m = _COMMITTEE.search(text)
    return m.group(1) if m else None


# -- what a follow-up leans on ---------------------------------------------------------------
# core.terms.GENERIC: a question made only of those words (and stop words) has nothing of its
# own to search for.
_CONNECTIVE = re.compile(r"^\s*(?:and|also|but|so|then|plus|or|ok(?:ay)?|right)\b[\s,]*", re.I)
_ABOUT = re.compile(r"^\s*(?:(?:and|but|so|ok(?:ay)?|right)[\s,]+)?(?:what|how)\s+about\s+", re.I)
_TRAILING = re.compile(r"(?:[\s,]+(?:then|too|as well|also|instead))?\s*[?.!]*\s*$", re.I)
# "they", "he": usually the committee or a speaker, so a question with its own subject keeps it;
# "it", "that report": a thing from the last turn, which the rewrite must name.
_PEOPLE = re.compile(r"\b(?:they|them|their|theirs|he|she|him|his|her|hers)\b", re.I)
_PRONOUN = re.compile(
    r"\b(?:it|its|these|those|former|latter|same)\b"
    r"|\b(?:this|that)\s+(?:meeting|decision|resolution|report|plan|item|group|one|strategy|recommendation|"
    r"issue|work|update|policy|motion|proposal|review|time|year|date)\b|\b(?:this|that)\s*[?.!]*\s*$", re.I)
_QUESTION_WORD = re.compile(r"\b(?:who|what|when|where|why|how|which|whose|whom|is|are|was|were|did|do|does|"
                            r"has|have|had|will|would|should|could|can)\b", re.I)
_TOPIC_AFTER = re.compile(r"\b(?:about|regarding|concerning|on|into|over)\s+", re.I)
_LOWER_FIRST = STOPWORDS | {"who", "what", "when", "where", "why", "how", "which", "whose", "did", "does", "do",
                            "is", "are", "was", "were", "has", "have", "had", "will", "would", "should", "could",
                            "can", "may", "might", "tell", "give", "list", "show", "explain", "describe"}


@dataclass
class Frame:
    """The last question that stood on its own, and what it was about."""

    question: str
    dates: tuple[str, str] | None = None
    committee: str | None = None
    council: str | None = None
    known: set[str] = field(default_factory=set)   # content words of the frame and the last answer

    @classmethod
    def of(cls, question: str) -> "Frame":
        councils = named_councils(question)
        return cls(question=question, dates=date_range(question), committee=find_committee(question),
                   council=councils[0] if councils else None, known=content_words(question))


# "they" after a question naming a council is that council: "Who chairs Exampleton Parish Council?"
# then "What did they say about the school?"
_THEY = re.compile(r"\b(their|they|them)\b", re.I)
# a question about a meeting it dates itself ("What happened at their October 2025 meeting?") asks
# about that meeting, not the last question's subject at a new date
_A_MEETING = re.compile(r"\b(?:meeting|minutes|agenda)\b", re.I)


def _with_council(question: str, frame: Frame) -> str:
    """The question with its first they/them/their naming the frame's council, when it names none itself."""
    if frame.council is None or named_councils(question):
        return question
    return _THEY.sub(lambda m: frame.council + ("'s" if m.group(1).lower() == "their" else ""), question, count=1)


# "And which district had the lowest?", "what about the fewest?": the last question, its superlative turned
_OTHER_EXTREME = re.compile(r"^\s*(?:(?:and|but|so|ok(?:ay)?|then)[\s,]+)?(?:(?:what|how)\s+about\s+|(?:which|what)\b[^?]*?)"
                            r"\b(?:the\s+)?(" + "|".join(superlatives.HIGH + superlatives.LOW) + r")\b(?:\s+one)?"
                            r"(?:[\s,]+(?:then|instead))?\s*[?.!]*\s*$", re.I)


def _other_extreme(question: str, frame: Frame) -> str | None:
    """The frame's superlative question asking the other extreme ("Which district had the highest
    NEET rate?" then "And which had the lowest?"), else None."""
    m = _OTHER_EXTREME.match(question)
    asked = superlatives.WORD.search(frame.question)
    framed = superlatives.asked(frame.question)
    if not m or not asked or not framed:
        return None
    own = superlatives.ASKED.search(question)
    if own and own.group(1).lower() != framed[0]:
        return None               # another kind of row: "which ward ...?" then "which district ...?"
    return frame.question[:asked.start()] + m.group(1).lower() + frame.question[asked.end():]


def resolve(question: str, frame: Frame, last_answer: str = "") -> tuple[str, dict, str]:
    """The standalone form of `question` after `frame`, what it carried, and which rule applied
    ("new", "topic", "meeting", "dates", "follow-up", "lean", "extreme")."""
    turned = _other_extreme(question, frame)
    if turned:
        carried = {"committee": frame.committee} if frame.committee and not find_committee(question) else {}
        return turned, carried, "extreme"
    own_dates = dates.find_spans(question)
    own_committee = find_committee(question)
    known = frame.known | content_words(strip_markers(last_answer))
    own_topic = content_words(_without_dates(question)) - GENERIC - known
    about = _ABOUT.match(question)
    connective = bool(about or _CONNECTIVE.match(question)
                      or re.search(r"\b(?:else|as well|too|also)\b", question, re.I))
    pronoun = bool(_PRONOUN.search(question))
    people = bool(_PEOPLE.search(question))
    core = _core(question)

    if about or (_CONNECTIVE.match(question) and not _QUESTION_WORD.search(core) and len(core.split()) <= 6):
        # "what about X?", "and the SEND update?": the frame's question about X
        subject = _without_dates(core).strip(" ,")
        if content_words(subject) - GENERIC:
            standalone = _replace_topic(frame.question, subject)
            kind = "topic"
        elif own_dates:
            standalone, kind = _replace_dates(frame.question, question, own_dates), "dates"
        else:
            standalone, kind = _join(frame.question, core), "follow-up"
        if own_dates and kind == "topic":
            standalone = _replace_dates(standalone, question, own_dates)
    elif own_topic and not (connective or pronoun or people):
        return question, {}, "new"
    elif own_dates and _A_MEETING.search(question) and _QUESTION_WORD.match(core) and not connective:
        standalone, kind = _with_council(core[:1].upper() + core[1:].rstrip(" ?.!") + "?", frame), "meeting"
    elif own_dates and not own_topic:
        standalone, kind = _replace_dates(frame.question, question, own_dates), "dates"
    elif own_topic and not pronoun:
        standalone, kind = _with_frame_dates(_with_council(core, frame), frame), "lean"
    else:
        standalone, kind = _join(frame.question, core), "follow-up"

    carried: dict = {}
    if frame.dates and not own_dates and kind != "dates":
        carried["date_from"], carried["date_to"] = frame.dates
    if frame.committee and not own_committee:
        carried["committee"] = frame.committee
    return standalone, carried, kind


def condense_offline(question: str, history: list[Turn]) -> tuple[str, dict]:
    """The rules alone: walk the conversation, keeping the frame, and resolve `question` in it."""
    frame: Frame | None = None
    last_answer = ""
    for turn in history:
        if turn.role == "assistant":
            last_answer = turn.content
            continue
        if frame is None:
            frame = Frame.of(turn.content.strip())
        else:
            standalone, _, kind = resolve(turn.content.strip(), frame, last_answer)
            if kind != "follow-up":
                frame = Frame.of(standalone)
        last_answer = ""
    if frame is None:
        return question, {}
    standalone, carried, _ = resolve(question, frame, last_answer)
    return standalone, carried


Rewrite = Callable[[str, list[Turn]], "str | None"]


def condense(question: str, history: list[Turn], rewrite: Rewrite | None = None) -> tuple[str, dict]:
    """The standalone question for `question` after `history`, and what it carried over
    (`date_from`, `date_to`, `committee`: only values taken from earlier turns, never ones the
    question states itself). A question that stands on its own is never rewritten. With `rewrite`
    (a chat model's condense prompt), the model rewrites a follow-up; when it fails or replies
    with something unusable (None), the offline rules do."""
    question = question.strip()
    if not any(turn.role == "user" and turn.content.strip() for turn in history):
        return question, {}
    if stands_alone(question):
        return question, {}
    if rewrite is not None:
        standalone = rewrite(question, history)
        if standalone:
            return standalone, carried_between(question, standalone)
    return condense_offline(question, history)


def asked_of(question: str, standalone: str) -> str:
    """What kind of answer is asked for, in words: a follow-up joined to the question before it
    ("How did they vote on the amendment: who proposed it?") asks what the follow-up asks ("who
    proposed it"), not what the earlier question did; any other question asks what it says."""
    core = _core(question)
    joined = _join("", core)
    return core if standalone != question and standalone.endswith(joined) else standalone


_NEXT_MEETING = re.compile(r"\bnext\s+(?:\w+\s+)?meeting\b", re.I)


def stands_alone(question: str) -> bool:
    """A whole question with its own subject: no leading "and"/"what about", no pronoun that
    points back, and a committee or a subject word of its own. Such a question is never rewritten,
    whatever came before it (a new date or committee in it is the user's, not a follow-up's)."""
    if _ABOUT.match(question) or _CONNECTIVE.match(question) or _PRONOUN.search(question) or _PEOPLE.search(question):
        return False
    if re.search(r"\b(?:else|as well|too|also|instead)\b", question, re.I):
        return False
    if not _QUESTION_WORD.match(question.strip()) and not re.match(r"\s*(?:summari[sz]e|list|show|give|tell)\b", question, re.I):
        return False
    if _NEXT_MEETING.search(question):
        return True             # "when is the next meeting?": the meeting to come, whatever was asked before
    own = content_words(_without_dates(question)) - GENERIC
    return bool(find_committee(question)) or len(own) >= 2 or (bool(own) and bool(dates.find_spans(question)))


def carried_between(question: str, standalone: str) -> dict:
    """What a rewrite added that the question did not say: its dates and committee."""
    carried: dict = {}
    if not dates.find_spans(question):
        found = date_range(standalone)
        if found:
            carried["date_from"], carried["date_to"] = found
    if not find_committee(question) and find_committee(standalone):
        carried["committee"] = find_committee(standalone)
    return carried


def render_history(history: list[Turn], turns: int = 6, answer_chars: int = 600) -> str:
    lines = []
    for turn in history[-turns:]:
        text = " ".join(strip_markers(turn.content).split())
        if turn.role == "assistant" and len(text) > answer_chars:
            text = text[:answer_chars].rsplit(" ", 1)[0] + " ..."
        lines.append(f"{'User' if turn.role == 'user' else 'Assistant'}: {text}")
    return "\n".join(lines)


def clean_rewrite(reply: str, question: str, asked_before: str = "") -> str | None:
    """The standalone question in a model's reply, or None when the reply is not usable: empty,
    far too long, or about none of what was asked (a model that answered instead of rewriting)."""
    reply = re.sub(r"<think>.*?(?:</think>|$)", "", reply, flags=re.S | re.I)
    line = next((line for line in reply.splitlines() if line.strip()), "")
    line = re.sub(r"^\W*(?:standalone\s+question|rewritten(?:\s+question)?|question)\s*:\s*", "", line.strip(), flags=re.I)
    line = line.strip().strip("*_`\"'“”‘’ ").strip()
    if not line or len(line) > max(400, 3 * len(question)):
        return None
    words = content_words(line)
    own = content_words(question)
    if own and not own & words:
        return None          # the follow-up's own words are gone
    if not own and not content_words(asked_before) & words:
        return None          # nothing of the conversation's subject either
    return line


# -- rewriting -------------------------------------------------------------------------------
def _core(question: str) -> str:
    """The follow-up without its leading connective ("and", "what about") and trailing "then?"."""
    core = _ABOUT.sub("", question, count=1) if _ABOUT.match(question) else _CONNECTIVE.sub("", question, count=1)
    core = _TRAILING.sub("", core).strip(" ,")
    return core or question.strip(" ?")


def _join(frame_question: str, core: str) -> str:
    first, _, rest = core.partition(" ")
    if first.lower() in _LOWER_FIRST:
        core = first.lower() + (" " + rest if rest else "")
    return f"{frame_question.rstrip(' ?.!')}: {core.rstrip(' ?.!')}?"


def _without_dates(text: str) -> str:
    out, last = [], 0
    for span in dates.find_spans(text):
        before = text[last:span.start]
        out.append(_DATE_PREPOSITION.sub("", before))
        last = span.end
    out.append(text[last:])
    return re.sub(r"\s{2,}", " ", "".join(out)).strip()


def _date_words(question: str, spans: list[dates.DateSpan]) -> str:
    return question[spans[0].start:spans[-1].end]


def _replace_dates(frame_question: str, question: str, own: list[dates.DateSpan]) -> str:
    new = _date_words(question, own)
    old = dates.find_spans(frame_question)
    if not old:
        return f"{frame_question.rstrip(' ?.!')} in {new}?"
    before = frame_question[:old[0].start]
    after = frame_question[old[-1].end:]
    preposition = re.search(r"\b(on|in)\s+(?:the\s+)?$", before, re.I)
    if preposition and preposition.group(1).lower() == "on" and own[0].date_from != own[-1].date_to:
        before = before[:preposition.start(1)] + "in" + before[preposition.end(1):]
    return before + new + after


def _replace_topic(frame_question: str, subject: str) -> str:
    """The frame's question with its subject (after 'about', 'on' ...) replaced by `subject`."""
    spans = dates.find_spans(frame_question)
    body_end = len(frame_question)
    if spans:
        prep = _DATE_PREPOSITION.search(frame_question[:spans[0].start])
        body_end = prep.start() if prep else spans[0].start
    body = frame_question[:body_end]
    tail = frame_question[body_end:]
    topic = None
    for topic in _TOPIC_AFTER.finditer(body):
        pass
    if topic is None:
        date_words = frame_question[spans[0].start:spans[-1].end] if spans else ""
        return f"{subject} {('in ' + date_words) if date_words else ''}".strip() + "?"
    # "and on Mr Hood's amendment?" after "how did they vote on the motion?": one "on"
    subject = _TOPIC_AFTER.sub("", subject, count=1) if _TOPIC_AFTER.match(subject) else subject
    if tail:
        return body[:topic.end()] + subject + " " + tail.lstrip()
    return body[:topic.end()] + subject + re.search(r"[?.!]*\s*$", body).group(0)


def _with_frame_dates(core: str, frame: Frame) -> str:
    core = core[:1].upper() + core[1:]
    spans = dates.find_spans(frame.question)
    if not spans:
        return core.rstrip(" ?.!") + "?"
    on = "on" if spans[0].date_from == spans[-1].date_to else "in"     # "on 30 January 2025", "in 2023"
    return f"{core.rstrip(' ?.!')} {on} {frame.question[spans[0].start:spans[-1].end]}?"
