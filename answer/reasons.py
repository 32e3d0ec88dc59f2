"""Reasons: whether a sentence gives a reason, the reason a decision record prints under its own label, and
the reason after a refusal's verdict in a decisions table."""
from __future__ import annotations

import re

from core.terms import terms
from retrieval.plan import DECISION
from answer.fact import Fact, LABELS, Scored


# a reason given: "as this is a privately owned club", "due to staff shortages", "does not meet the criteria"
# (minutes "approved as a correct record" give no reason)
REASON = re.compile(r"\b(?:because|due to|owing to|as a result|in order to|so that|given that|reasons?|criteria|"
                    r"(?:not|in)eligible|as (?!an? (?:true|correct|accurate|fair)(?: and \w+)? record)"
                    r"(?:this|it|they|there|the|a|an|its|their) )", re.I)
# a reason printed under its own label in a decision record: "REASON FOR DECISION:", "Reasons for the recommendations"
REASON_LABEL_WORDS = 3     # words after the label that make it a reason given, not a heading
REASON_LABEL = re.compile(r"^\W*reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)\b\s*[:.–-]?", re.I)
# "why was it turned down": a refusal asked about, and the verdict printed alone on its line in a decisions table
REFUSAL_ASKED = re.compile(r"\b(?:turn(?:ed)?\s+down|reject\w*|refus\w*|declin\w*|not\s+(?:approved|supported|granted|funded)|"
                           r"defer\w*|withdrawn)\b", re.I)
VERDICT = re.compile(r"^[ \t]*(?:rejected|refused|declined|deferred|not\s+approved|not\s+supported)\b\W*?[.:]?[ \t]*$",
                     re.I | re.M)
VERDICT_REACH = 1500        # characters: how far below the sentence on the subject its verdict may be printed
REASON_CHARS = 400          # characters: how far the reason after a verdict may run to its full stop


def _labelled_reason(question: str, ranked: list[Scored]) -> Fact | None:
    """Asked why a decision was taken ("why did the Cabinet decide to ..."): the reason its record prints
    under its own label on the same line ("REASON FOR DECISION: To meet the cost of keeping the park ..."), in the
    paper of the best sentence. A decision notice words its reason apart from the resolution, seldom with
    its words; a label alone on its line ("Reasons for Recommendations") is a heading, not the reason."""
    if not DECISION.search(question):
        return None          # asked why of something else in the paper (an interest declared), not of its decision
    best = ranked[0].passage.chunk.source
    return next((Fact(LABELS["why"], s.passage, s.start, s.end) for s in ranked
                 if s.passage.chunk.source == best and (m := REASON_LABEL.match(s.text))
                 and len(terms(s.text[m.end():])) >= REASON_LABEL_WORDS), None)


def _refusal_reason(ranked: list[Scored]) -> Fact | None:
    """"Why was the grant turned down?": a decisions table prints the verdict on its own ("Rejected.",
    "REFUSED") and the reason after it, often wrapped over several short lines of its column ("Committee
    noted that this / application should be considered alongside …"). The verdict after the best
    sentence on the subject, in its passage and close below it, with the words after it up to their
    full stop, is the reason (None when no verdict follows)."""
    best = ranked[0]
    text = best.passage.chunk.text
    verdict = next((m for m in VERDICT.finditer(text, best.end) if m.start() - best.end <= VERDICT_REACH), None)
    if verdict is None:
        return None
    stop = re.compile(r"[.!?](?=\s|$)")
    end = next((m.end() for m in stop.finditer(text, verdict.end()) if m.end() - verdict.end() <= REASON_CHARS), None)
    if end is None or not re.search(r"[A-Za-z]{3,}", text[verdict.end():end]):
        return None
    return Fact(LABELS["why"], best.passage, verdict.start(), end)
