"""The sparse side of the index: BM25 (bm25s) over chunk header + text. The only module that
imports bm25s. Built whole from the committed chunks; saved and loaded beside them."""
from __future__ import annotations

import logging
from pathlib import Path

import bm25s
import numpy as np

from core.terms import terms

logging.getLogger("bm25s").setLevel(logging.ERROR)


def bm25s_version() -> str:
    return getattr(bm25s, "__version__", "unknown")


class SparseIndex:
    def __init__(self, retriever: "bm25s.BM25 | None", size: int):
        self.retriever = retriever
        self.size = size

    @classmethod
    def build(cls, texts: list[str]) -> "SparseIndex":
        if not texts:
            return cls(None, 0)
        retriever = bm25s.BM25()
        retriever.index([terms(t) or ["_"] for t in texts], show_progress=False)
        return cls(retriever, len(texts))

    def save(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        if self.retriever is not None:
            self.retriever.save(str(path), show_progress=False)

    @classmethod
    def load(cls, path: Path, size: int) -> "SparseIndex":
        if size == 0 or not (path / "params.index.json").exists():
            return cls(None, 0)
        return cls(bm25s.BM25.load(str(path), mmap=False), size)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk, in store order (zeros where no term matches)."""
        if self.retriever is None:
            return np.zeros(self.size, dtype=np.float32)
        q = [t for t in terms(query) if t in self.retriever.vocab_dict]
        if not q:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.retriever.get_scores(q), dtype=np.float32)
