"""Example questions for an empty chat, drawn from the corpus's own decisions so they fit
whatever papers are indexed (a fixed list would go stale with the corpus)."""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from core.terms import STOPWORDS
from core.types import Decision

# Procedural items every meeting has: a question about them shows nothing of the papers.
_ROUTINE = re.compile(
    r"minutes|apolog|declaration|interests?\b|urgent|any other business|date of (the )?next|"
    r"public (speaking|question)|exclusion|chair'?s? (announcements|report)|membership|"
    r"work programme|questions? to",
    re.IGNORECASE,
)
FALLBACK = (
    "What decisions has the committee made?",
    "What did the committee recommend?",
    "What risks did the reports raise?",
)


def topic_of(item: str | None) -> str | None:
    """'3. Children and Young People's Presentation on Participation' -> the words after the number."""
    if not item:
        return None
    topic = re.sub(r"^\s*(?:item\s*)?\d+[a-z]?[.)]?\s*[-–:]?\s*", "", item.strip(), flags=re.IGNORECASE)
    topic = re.sub(r"^\d+/\d+\s*[-–:]\s*", "", topic)          # a decision number, e.g. "24/00108 - "
    topic = re.sub(r"\s+", " ", topic).strip(" .:-–")
    if len(topic) < 4 or len(topic) > 90 or _ROUTINE.search(topic):
        return None
    return topic


def suggested_questions(decisions: list[Decision], limit: int = 4) -> list[str]:
    """Up to `limit` questions, one per distinct non-routine item that has a resolution."""
    questions: list[str] = []
    seen: set[str] = set()
    for d in decisions:
        topic = topic_of(d.item)
        if topic and topic.lower() not in seen:
            seen.add(topic.lower())
            questions.append(f"What did the committee resolve on {topic}?")
        if len(questions) == limit:
            return questions
    for q in FALLBACK:
        if len(questions) == limit:
            break
        questions.append(q)
    return questions


_SEARCH_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
_GENERIC = frozenset("committee council resolved resolution report noted agreed meeting members".split())


def search_examples(decisions: list[Decision], finds: Callable[[str], bool], limit: int = 3,
                    tries: int = 12) -> list[str]:
    """Words to offer as examples in the decisions search: the commonest words of the
    resolutions' item titles, each kept only when `finds(word)` (the engine's own search)
    returns a resolution, so the hint never suggests a search that finds nothing."""
    counts: Counter[str] = Counter()
    for d in decisions:
        topic = topic_of(d.item)
        if topic:
            counts.update({w.lower() for w in _SEARCH_WORD.findall(topic)
                           if w.lower() not in STOPWORDS and w.lower() not in _GENERIC})
    out: list[str] = []
    for word, _ in counts.most_common(tries):
        if finds(word):
            out.append(word)
        if len(out) == limit:
            break
    return out
