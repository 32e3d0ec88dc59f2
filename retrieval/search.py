"""Hybrid search, fused by reciprocal rank: BM25 (the question with the papers' words for its plain
phrases) and dense rankings; the same for the question put in the papers' words ("kids in care" as
"children looked after"); both retrievers' pools re-ranked by their best single sentence; and
boosted rankings for what the question names (its period, committee, a decision). Returns
passages, best first."""
from __future__ import annotations

from typing import Literal

from retrieval.hybrid import rrf
from store.index import Index
from retrieval.plan import QueryPlan, understand
from core import thesaurus
from core.settings import Settings
from core.terms import without_filler
from core.types import Filters, Passage

Mode = Literal["hybrid", "sparse", "dense"]


class Searcher:
    def __init__(self, index: Index, embedder, settings: Settings):
        self.index = index
        self.embedder = embedder
        self.settings = settings

    def plan(self, question: str) -> QueryPlan:
        return understand(question, self.index.generation().coverage, settings=self.settings)

    def search(self, question: str, filters: Filters | None = None, k: int | None = None,
               mode: Mode = "hybrid", plan: QueryPlan | None = None) -> list[Passage]:
        k = k or self.settings.k
        n = max(self.settings.candidates, k)
        plan = plan or self.plan(question)
        hard = (filters or Filters()).merged(plan.hard)
        vector = self.embedder.embed_one(plan.subject) if mode in ("hybrid", "dense") else None
        # the dense ranking reads the question less its council's name (a hard filter already);
        # the sentence re-ranking and the answer keep the question as asked
        ranked_by = vector
        if vector is not None and self.settings.dense_without_place and plan.meaning != plan.subject:
            ranked_by = self.embedder.embed_one(plan.meaning)

        rankings: list[list[str]] = []
        weights: list[float] = []
        sparse_rank: dict[str, int] = {}
        dense_rank: dict[str, int] = {}

        def add(f: Filters, weight: float, text: str, vec, depth: int = n, record: bool = True) -> list[list[str]]:
            """Rank by BM25 on `text` and by meaning on `vec` within `f`; the top n of each join the
            fusion. Returns each retriever's ids to `depth` (the pool the sentence re-ranking reads)."""
            got: list[list[str]] = []
            lists = []
            if mode in ("hybrid", "sparse"):
                lists.append((self.index.sparse_ranking(text, f, depth), weight, sparse_rank))
            if mode in ("hybrid", "dense"):
                dense = self.settings.dense_weight if mode == "hybrid" else 1.0
                lists.append((self.index.dense_ranking(vec, f, depth), weight * dense, dense_rank))
            for ranked, w, ranks in lists:
                ids = [cid for cid, _ in ranked]
                got.append(ids)
                rankings.append(ids[:n])
                weights.append(w)
                if record:
                    for r, cid in enumerate(ids[:n], 1):
                        ranks.setdefault(cid, r)
            return got

        pool = self.settings.sentence_pool if mode == "hybrid" else 0
        found = [cid for ids in add(hard, 1.0, plan.search_text, ranked_by, depth=max(n, pool)) for cid in ids]
        variant = plan.papers_words
        if mode == "hybrid" and variant != plan.text and self.settings.variant_weight:
            # the question in the papers' words, searched as a question of its own
            add(hard, self.settings.variant_weight, variant, self.embedder.embed_one(variant), record=False)
        if mode == "hybrid" and plan.context and self.settings.asked_weight:
            # a question told after the asker's circumstances ("My friend left social work because she had too
            # many cases. Have workloads come down?"), searched also as what it asks: the story's words
            # would otherwise rank passages on social work, not on workloads
            own = [e for e in plan.expansions if e.start >= len(plan.context)]     # the story's plain words are not asked
            asked = thesaurus.search_text(without_filler(plan.asked), own)
            add(hard, self.settings.asked_weight, asked, self.embedder.embed_one(plan.asked), record=False)
        if pool:
            # the pool of both retrievers re-ranked by its best single sentence (sentence vectors of the index)
            ids = [cid for cid, _ in self.index.sentence_ranking(vector, list(dict.fromkeys(found)))][:n]
            if ids:
                rankings.append(ids)
                weights.append(self.settings.sentence_weight)
        reserved: list[str] = []
        if mode == "hybrid":
            for soft in plan.soft:
                by_words, by_meaning = add(hard.merged(soft), self.settings.boost_weight, plan.search_text, ranked_by)
                m = self.settings.reserved_resolutions
                if soft.resolutions_only and m:
                    # a decision question: the resolutions that best match it, by words and by meaning,
                    # are among the passages, however many report paragraphs match its words better
                    pairs = [c for pair in zip(by_words[:m] + [None] * m, by_meaning[:m] + [None] * m) for c in pair if c]
                    reserved = list(dict.fromkeys(pairs))[:m]
        fused = rrf(rankings, k=self.settings.rrf_k, weights=weights)
        top = [cid for cid, _ in fused[:k]]
        missing = [cid for cid in reserved if cid not in top]
        if missing:
            kept = top[:k - len(missing)]
            scores = dict(fused)
            fused = [(cid, scores.get(cid, 0.0)) for cid in kept + missing]
        out = []
        for cid, score in fused[:k]:
            chunk = self.index.get(cid)
            if chunk is not None:
                out.append(Passage(chunk, score, dense_rank.get(cid), sparse_rank.get(cid)))
        return out
