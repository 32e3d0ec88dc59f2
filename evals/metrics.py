"""The metrics of SPEC section 5 as pure functions over answers, citations and passage texts.

Nothing here runs a pipeline or opens a file: page texts arrive through a callable.
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from evals.gold import REGEX_PREFIX, GoldQuestion
from core.types import Answer, Citation

PageText = Callable[[str, int], "str | None"]   # (source, 1-based page) -> extracted text, None if unknown

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"',
                         "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00a0": " "})
_MARKUP = re.compile(r"</?[a-zA-Z][^>]{0,40}>|\*\*|__")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")

# A citation is "on its page" when this share of its word trigrams is found on that page: strict
# enough that a quote from another page fails, loose enough to survive a running header or page
# number the reader dropped from the middle of a quote.
ON_PAGE_TRIGRAMS = 0.9
# A quote may run over a page break, past the footer of its page and the header of the next.
FURNITURE_TOKENS = 15
MIN_OPENING = 3


def normalise(text: str) -> str:
    """Case-fold, straighten quotes and dashes, drop markdown/HTML emphasis, collapse whitespace."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _MARKUP.sub("", text)
    return _SPACE.sub(" ", text).strip().casefold()


def alternative_matches(alternative: str, normalised_text: str) -> bool:
    """One alternative of a group against text already passed through normalise()."""
    if alternative.startswith(REGEX_PREFIX):
        return re.search(alternative[len(REGEX_PREFIX):], normalised_text, re.IGNORECASE) is not None
    return normalise(alternative) in normalised_text


def group_matches(group: Sequence[str], text: str) -> bool:
    norm = normalise(text)
    return any(alternative_matches(alt, norm) for alt in group)


def matches_all(expect: Sequence[Sequence[str]], text: str) -> bool:
    """True when every group has an alternative in `text` (and there is at least one group)."""
    norm = normalise(text)
    return bool(expect) and all(any(alternative_matches(alt, norm) for alt in group) for group in expect)


def fact_holders(expect: Sequence[Sequence[str]], texts: Sequence[str]) -> list[int]:
    """Indices of the texts that hold the fact.

    A text holds the fact when it matches every group. When no single text does (the answer
    needs two passages, e.g. a figure and its comparator), the texts matching the first group
    hold it: the first group is written as the core of the fact.
    """
    if not expect:
        return []
    full = [i for i, text in enumerate(texts) if matches_all(expect, text)]
    if full:
        return full
    return [i for i, text in enumerate(texts) if group_matches(expect[0], text)]


def first_fact_rank(expect: Sequence[Sequence[str]], texts: Sequence[str]) -> int | None:
    """1-based rank of the first passage holding the fact (rule of fact_holders), None if none does."""
    holders = fact_holders(expect, texts)
    return holders[0] + 1 if holders else None


def _tokens(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def _trigrams(tokens: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + 3]) for i in range(len(tokens) - 2)}


def _contains_run(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    if not needle:
        return False
    n = len(needle)
    first = needle[0]
    return any(haystack[i] == first and list(haystack[i:i + n]) == list(needle)
               for i in range(len(haystack) - n + 1))


def _coverage(tokens: Sequence[str], page_tokens: Sequence[str]) -> float:
    grams = _trigrams(tokens)
    if not grams:
        return 1.0 if _contains_run(page_tokens, tokens) else 0.0
    page_grams = _trigrams(page_tokens)
    return sum(1 for g in grams if g in page_grams) / len(grams)


def on_page(cited: str, page_text: str, next_page_text: str | None = None) -> bool:
    """Are the cited words printed on this page?

    True when the quote's words are on the page (trigram coverage >= ON_PAGE_TRIGRAMS), or when
    the quote opens at the foot of the page and its remaining words open the next page.
    """
    tokens = _tokens(cited)
    if not tokens:
        return False
    page_tokens = _tokens(page_text)
    if _coverage(tokens, page_tokens) >= ON_PAGE_TRIGRAMS:
        return True
    return next_page_text is not None and _runs_over(tokens, page_tokens, _tokens(next_page_text))


def _runs_over(tokens: Sequence[str], page_tokens: Sequence[str], next_tokens: Sequence[str]) -> bool:
    tail = list(page_tokens[-(len(tokens) + FURNITURE_TOKENS):])
    for cut in range(len(tokens) - 1, MIN_OPENING - 1, -1):
        if _contains_run(tail, tokens[:cut]):
            rest = tokens[cut:]
            head = list(next_tokens[:len(rest) + FURNITURE_TOKENS])
            return _coverage(rest, head) >= ON_PAGE_TRIGRAMS
    return False


@dataclass
class AnswerScore:
    """How one answer fared on one gold question. None = the metric does not apply to it."""

    answered: bool
    answer_hit: bool | None            # answerable: the answer text matches every group
    evidence_hit: bool | None          # answerable: the cited passages, joined, match every group
    date_hit: bool | None              # a fact-holding citation carries the expected meeting_date
    fact_page_hit: bool | None         # a fact-holding citation cites the gold page (and source)
    paged_citations: int               # citations with a page, from sources page_text can read
    paged_on_page: int                 # ... whose cited words are on the cited page
    seconds: float
    answer_chars: int = 0              # length of the answer text: long answers match facts more easily


def score_answer(gold: GoldQuestion, answer: Answer, seconds: float,
                 page_text: PageText | None = None) -> AnswerScore:
    citations = answer.citations
    texts = [c.text for c in citations]
    answer_hit = evidence_hit = date_hit = fact_page_hit = None
    if gold.answerable:
        answer_hit = matches_all(gold.expect, answer.answer)
        evidence_hit = matches_all(gold.expect, "\n".join(texts))
        holders = [citations[i] for i in fact_holders(gold.expect, texts)]
        # Date and page are judged where the evidence exists: a missing fact is evidence recall's miss.
        if gold.meeting_date is not None and holders:
            date_hit = any(c.meeting_date == gold.meeting_date for c in holders)
        if gold.page is not None and holders:
            fact_page_hit = any(_cites_gold_page(gold, c) for c in holders)
    checked = good = 0
    if page_text is not None:
        for citation in citations:
            verdict = citation_on_its_page(citation, page_text)
            if verdict is not None:
                checked += 1
                good += verdict
    return AnswerScore(answered=answer.answered, answer_hit=answer_hit, evidence_hit=evidence_hit,
                       date_hit=date_hit, fact_page_hit=fact_page_hit, paged_citations=checked,
                       paged_on_page=good, seconds=seconds, answer_chars=len(answer.answer))


def _cites_gold_page(gold: GoldQuestion, citation: Citation) -> bool:
    if citation.page != gold.page:
        return False
    return gold.source is None or gold.source.casefold() in citation.source.casefold()


def citation_on_its_page(citation: Citation, page_text: PageText) -> bool | None:
    """None when the citation has no page or its source has no readable pages."""
    if citation.page is None:
        return None
    text = page_text(citation.source, citation.page)
    if text is None:
        return None
    return on_page(citation.text, text, page_text(citation.source, citation.page + 1))


def share(flags: Iterable[bool | None]) -> tuple[float | None, int]:
    """(share of True among the non-None flags, how many were judged)."""
    judged = [bool(f) for f in flags if f is not None]
    return (sum(judged) / len(judged) if judged else None), len(judged)


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))   # ceil without floats drifting
    return ordered[int(rank) - 1]


def summarise_answers(golds: Sequence[GoldQuestion], scores: Sequence[AnswerScore]) -> dict[str, float | int | None]:
    """The answer-level metrics of SPEC section 5 over one pipeline's scores (aligned with golds)."""
    answerable = [s for g, s in zip(golds, scores) if g.answerable]
    unanswerable = [s for g, s in zip(golds, scores) if not g.answerable]
    out: dict[str, float | int | None] = {"n_questions": len(scores)}
    out["answer_recall"], out["n_answerable"] = share(s.answer_hit for s in answerable)
    out["evidence_recall"], _ = share(s.evidence_hit for s in answerable)
    out["date_accuracy"], out["n_date"] = share(s.date_hit for s in answerable)
    out["fact_page_accuracy"], out["n_fact_page"] = share(s.fact_page_hit for s in answerable)
    checked = sum(s.paged_citations for s in scores)
    out["page_accuracy"] = (sum(s.paged_on_page for s in scores) / checked) if checked else None
    out["n_paged_citations"] = checked
    out["abstention"], out["n_unanswerable"] = share(not s.answered for s in unanswerable)
    out["false_abstention"], _ = share(not s.answered for s in answerable)
    out["median_answer_chars"] = statistics.median(s.answer_chars for s in scores) if scores else None
    seconds = [s.seconds for s in scores]
    out["median_seconds"] = statistics.median(seconds) if seconds else None
    out["p95_seconds"] = percentile(seconds, 95)
    return out


def summarise_ranks(ranks: Sequence[int | None], ks: Sequence[int] = (1, 5, 10)) -> dict[str, float | None]:
    """Retrieval recall@k and MRR over the answerable questions' first-fact ranks."""
    if not ranks:
        return {f"recall@{k}": None for k in ks} | {"mrr": None}
    out: dict[str, float | None] = {f"recall@{k}": sum(1 for r in ranks if r is not None and r <= k) / len(ranks)
                                    for k in ks}
    out["mrr"] = sum(1.0 / r for r in ranks if r is not None) / len(ranks)
    return out
