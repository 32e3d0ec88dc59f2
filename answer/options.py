"""Options: a question asking what one can do ("what can you do if the park turns down your planning application",
"what are my options if ...") and the paper's line setting out the courses open, quoted with the list under it
("The applicant would be advised of three courses of action open to them:" / "- Appeal the refusal decision" / ...)."""
from __future__ import annotations

import re

from answer.fact import Fact, LABELS, LOOK_AT, Scored

# asked what can be done, or what the choices are: "what can you do if ...", "what could residents do about ...",
# "what are my options", "what options does an applicant have", "what can be done about ..."
OPTIONS_ASKED = re.compile(
    r"\bwhat\s+(?:can|could|should|may|might|must)\s+(?:i|you|we|they|one|people|residents?|applicants?|"
    r"(?:a|an|the)\s+\w+)\s+(?:then\s+)?do\b"
    r"|\bwhat\s+(?:are|were|is)\s+(?:my|your|our|their|his|her|the)\s+(?:\w+\s+)?(?:options|choices|alternatives|next\s+steps)\b"
    r"|\bwhat\s+(?:options|choices|alternatives|courses\s+of\s+action|routes)\b"
    r"|\bwhat\s+can\s+be\s+done\b", re.I)
# a line setting out the courses open, leading into a list: "three courses of action open to them as advised by
# Officers:", "The options available are:", "The following routes are open to the applicant:"
_OPTIONS_LEAD = re.compile(r"\b(?:options?|courses?\s+of\s+action|choices|alternatives|routes|avenues|ways\s+forward|"
                           r"next\s+steps|(?:open|available)\s+to)\b", re.I)
# a list's item on its own line: a bullet ("•", "·", "-", "*") or a letter or number in brackets or with a stop
_ITEM = re.compile(r"[ \t]*(?:[-•·▪◦●*–]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])[ \t]+\S[^\n]*")
MAX_ITEMS = 8          # the most items of a list read under its lead-in


def _listed_under(text: str, end: int) -> int | None:
    """Where the list of items printed on their own lines just below `end` ends (blank lines between them
    allowed), or None when no item follows."""
    last = None
    at = end
    for _ in range(MAX_ITEMS):
        m = re.compile(r"[ \t]*\n(?:[ \t]*\n)*").match(text, at)
        if m is None:
            break
        item = _ITEM.match(text, m.end())
        if item is None:
            break
        last = at = item.end()
    return last


def options_listed(ranked: list[Scored]) -> Fact | None:
    """Of the best sentences, the first that sets out the courses open ("three courses of action open to them:"),
    quoted with the list under it in its passage; else None."""
    for s in ranked[:LOOK_AT * 2]:
        if not s.text.rstrip().endswith(":") or not _OPTIONS_LEAD.search(s.text):
            continue
        end = _listed_under(s.passage.chunk.text, s.end)
        if end is not None:
            return Fact(LABELS["general"], s.passage, s.start, end)
    return None


def options_answer(question: str, ranked: list[Scored]) -> Fact | None:
    """Asked what one can do, the courses the best passages set out (`options_listed`), when they are on the
    question's subject: one of the listed courses, or the line leading into them, is among the best sentences and
    shares a word with the question ("Appeal the refusal decision" for "if the park turns down your application").
    A list of courses open on another matter is no answer."""
    if not OPTIONS_ASKED.search(question):
        return None
    fact = options_listed(ranked)
    if fact is None:
        return None
    on = any(s.passage is fact.passage and fact.start <= s.start < fact.end and s.lexical > 0
             for s in ranked[:LOOK_AT])
    return fact if on else None
