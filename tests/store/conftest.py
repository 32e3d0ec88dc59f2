"""A stand-in embedder for store tests that are about files, crashes and damage, not relevance:
bag-of-words vectors hashed into 64 dimensions, so the model need not load (fast, no slow mark)."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


# one meeting's minutes, with a topic and a day to vary: the small papers the store tests index
MINUTES = """Audit and Governance Committee

Tuesday {day} 2024

Minutes

1. Internal Audit Plan

The Chief Auditor presented the internal audit plan for 2024/25, covering {topic}.

Resolved

That the internal audit plan for 2024/25, covering {topic}, be approved.
"""


class HashEmbedder:
    dimension = 64

    def embed(self, texts):
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                out[row, int(hashlib.md5(word.encode()).hexdigest()[:8], 16) % self.dimension] += 1.0
            out[row] /= max(1e-6, float(np.linalg.norm(out[row])))
        return out

    def embed_cached(self, texts):
        return self.embed(texts)

    def embed_one(self, text):
        return self.embed([text])[0]


def engine(index_dir: Path, **settings):
    """An engine over `index_dir` (settings from the environment, `settings` over them) with the hash embedder."""
    from core.settings import Settings
    from service.engine import Scrutineer

    return Scrutineer(Settings.from_env(index_dir=index_dir, **settings), embedder=HashEmbedder())


def indexed(tmp_path: Path, papers: dict[str, str]):
    """`papers` (a path under tmp_path/papers -> its text) written and ingested into a fresh index at tmp_path/idx,
    every one of them; an engine over it, opened anew as a later run would."""
    for name, text in papers.items():
        path = tmp_path / "papers" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert engine(tmp_path / "idx").ingest([tmp_path / "papers"]).count("ingested") == len(papers)
    return engine(tmp_path / "idx")


@pytest.fixture
def hash_embedder():
    return HashEmbedder()
