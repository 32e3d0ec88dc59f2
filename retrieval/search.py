"""Hybrid search: BM25 and dense rankings, plus boosted rankings for what the question names
(its period, committee, a decision), fused by reciprocal rank. Returns passages, best first."""
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

        rankings: list[list[str]] = []
        weights: list[float] = []
        sparse_rank: dict[str, int] = {}
        dense_rank: dict[str, int] = {}

        def add(f: Filters, weight: float) -> None:
            if mode in ("hybrid", "sparse"):
                ids = [cid for cid, _ in self.index.sparse_ranking(plan.text, f, n)]
                rankings.append(ids)
                weights.append(weight)
                for r, cid in enumerate(ids, 1):
                    sparse_rank.setdefault(cid, r)
            if mode in ("hybrid", "dense"):
                ids = [cid for cid, _ in self.index.dense_ranking(vector, f, n)]
                rankings.append(ids)
                weights.append(weight * (self.settings.dense_weight if mode == "hybrid" else 1.0))
                for r, cid in enumerate(ids, 1):
                    dense_rank.setdefault(cid, r)

        add(hard, 1.0)
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
