"""The question's content words, and how much of them a set of texts holds (coverage): the words of what is
asked (less those only the asker's own circumstances say), a word as the question types it, and whether the
question uses a word as a verb or for a part of the place it asks about. It does not score sentences."""
from __future__ import annotations

import re

from core.english import everyday_surprisal
from core.terms import GENERIC, terms
from retrieval.plan import QueryPlan

OPENING_CHARS = 5          # a question's stem this long is held by a word it opens ("adopt" by "adoption")


def opened(asked: set[str], have: set[str]) -> set[str]:
    """The stems of `asked` that open a longer word of `have` ("adopt" / "adoption", "relativ" /
    "relatives"): forms of one word the light stemmer leaves apart."""
    return {t for t in asked if len(t) >= OPENING_CHARS and any(h.startswith(t) for h in have)}


def as_typed(question: str, t: str) -> str:
    """The question's word whose stem is `t`, as typed ("shutting" for "shut"); `t` if none is."""
    return next((w for w in re.findall(r"[A-Za-z]+", question) if terms(w) == [t]), t)


# a word right after an auxiliary and its pronoun, or after "to" / "being" / "been", is a verb
# ("are they shutting", "is it being redone", "have to chip in", "will we be paying")
_VERB_BEFORE = (r"(?:\b(?:is|are|was|were|am|will|would|can|could|should|shall|do|does|did|have|has|had)\s+"
                r"(?:i|we|you|they|he|she|it)\s+(?:still\s+|really\s+|actually\s+|be\s+|being\s+|going\s+to\s+)?"
                r"|\b(?:to|being|been)\s+)")


def part_of_scope(plan: QueryPlan, word: str) -> bool:
    """The question uses `word` for a part of the council or place it asks about: "of" and that
    place's name follow it ("which bits of Exampleshire", "any corners of the county")."""
    m = re.search(r"\b" + re.escape(word) + r"\s+of\s+(?:the\s+)?([A-Za-z]+)", plan.standalone, re.I)
    return m is not None and bool(set(terms(m.group(1))) & (plan.scope_words | {"county", "borough", "district"}))


def as_verb(question: str, word: str) -> bool:
    """The question uses `word` as a verb: it follows an auxiliary with its pronoun ("are they
    dipping into"), "to" ("have to chip in") or "being" / "been" ("is the road being redone")."""
    return re.search(_VERB_BEFORE + re.escape(word) + r"\b", question, re.I) is not None


def content_terms(plan: QueryPlan) -> set[str]:
    return {t for t in plan.topic_terms() if t not in GENERIC}


def told_of_asker(plan: QueryPlan) -> set[str]:
    """The content terms only the asker's own circumstances say (plan.context: "son", "waited", "calls"
    of "My son has waited since January for his EHCP and nobody calls back - is the council doing
    anything about the delays?"), less a name it capitalises ("my son's school, Abbey Grange"): a
    name the papers lack says they are not about it, whoever's story it is part of."""
    told = plan.context_terms()
    if not told:
        return set()
    named = {t for w in re.findall(r"(?<![.?!]\s)(?<!^)\b[A-Z][a-z]+", f"{plan.context} {plan.aside}")
             for t in terms(w)}
    return told - named


def coverage(plan: QueryPlan, texts: list[str], idf: dict[str, float], unseen_idf: float,
             near: set[str] = frozenset(), everyday: float | None = None) -> float:
    """Share of the question's content (weighted by rarity in the whole index) that the texts hold;
    `near` are the question's words the texts hold in other words ("kids" as "children").
    With `everyday` (a surprisal, core.english), a word is weighed by the lesser of its rarity in
    the index and its rarity in general English beyond that floor: "look", "quick", "stuff" say
    how a resident asks, not what about, while a name the papers lack stays rare in both.
    A word is held by a longer word it opens ("adopt" by "adoption", "relative" by "relatives").
    A question with fewer than two content words is not judged (1.0): one word is too little."""
    content = content_terms(plan)
    if not content:
        return 1.0
    have: set[str] = set(near)
    for t in texts:
        have |= set(terms(t))
    # a word the texts hold in a longer form the stemmer leaves apart ("adopted" / "adoption")
    have |= opened(content - have, have)
    # what the asker tells of themselves ("my husband lost his job and it kept us afloat") is judged
    # only where the texts hold it: the question is what it asks after that
    content -= told_of_asker(plan) - have
    if not content:
        return 1.0
    if len(content) == 1:
        return 1.0 if content <= have else 0.0
    background = everyday_surprisal(plan.standalone) if everyday is not None else {}

    def weight(t: str) -> float:
        w = idf.get(t, unseen_idf)
        if t in background:
            w = min(w, max(0.0, background[t] - everyday))
        return w

    total = sum(weight(t) for t in content)
    if total <= 0:
        return 1.0
    return sum(weight(t) for t in content if t in have) / total
