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
from core.settings import Settings
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
        vector = self.embedder.embed_one(plan.text) if mode in ("hybrid", "dense") else None
        pool = self.settings.sentence_pool if mode == "hybrid" else 0

        rankings: list[list[str]] = []
        weights: list[float] = []
        sparse_rank: dict[str, int] = {}
        dense_rank: dict[str, int] = {}

        def add(f: Filters, weight: float, pool: int = 0) -> list[str]:
            got: list[str] = []
            if mode in ("hybrid", "sparse"):
                ids = [cid for cid, _ in self.index.sparse_ranking(plan.search_text, f, max(n, pool))]
                got += ids
                rankings.append(ids[:n])
                weights.append(weight)
                for r, cid in enumerate(ids[:n], 1):
                    sparse_rank.setdefault(cid, r)
            if mode in ("hybrid", "dense"):
                ids = [cid for cid, _ in self.index.dense_ranking(vector, f, max(n, pool))]
                got += ids
                rankings.append(ids[:n])
                weights.append(weight * (self.settings.dense_weight if mode == "hybrid" else 1.0))
                for r, cid in enumerate(ids[:n], 1):
                    dense_rank.setdefault(cid, r)
            return got

        found = add(hard, 1.0, pool)
        variant = plan.papers_words
        if mode == "hybrid" and variant != plan.text and self.settings.variant_weight:
            # the question in the papers' words, searched as a question of its own
            ids = [cid for cid, _ in self.index.sparse_ranking(variant, hard, n)]
            rankings.append(ids)
            weights.append(self.settings.variant_weight)
            ids = [cid for cid, _ in self.index.dense_ranking(self.embedder.embed_one(variant), hard, n)]
            rankings.append(ids)
            weights.append(self.settings.variant_weight * self.settings.dense_weight)
        if pool:
            # the pool of both retrievers re-ranked by its best single sentence (sentence vectors of the index)
            ids = [cid for cid, _ in self.index.sentence_ranking(vector, list(dict.fromkeys(found)))][:n]
            if ids:
                rankings.append(ids)
                weights.append(self.settings.sentence_weight)
        if mode == "hybrid":
            for soft in plan.soft:
                add(hard.merged(soft), self.settings.boost_weight)
        fused = rrf(rankings, k=self.settings.rrf_k, weights=weights)
        out = []
        for cid, score in fused[:k]:
            chunk = self.index.get(cid)
            if chunk is not None:
                out.append(Passage(chunk, score, dense_rank.get(cid), sparse_rank.get(cid)))
        return out
