"""How the answerer's tests put a question: a fixed fake embedder (words hashed into a vector, so no model
is loaded) and one `ask` over chunks written for the test, as the engine would pass them ranked. Imported by
the tests of answer/ and retrieval/ (one home, not a copy in each file)."""
from __future__ import annotations

import zlib

import numpy as np

from answer.extractive import ExtractiveAnswerer
from core.settings import Settings
from core.terms import terms
from core.types import Coverage, Passage
from retrieval.plan import understand


class HashedWords:
    """A fixed fake embedder: each stemmed word hashed into one of 512 dimensions, normalised."""

    def embed(self, texts):
        out = np.zeros((len(texts), 512), dtype=np.float32)
        for i, text in enumerate(texts):
            for t in terms(text):
                out[i, zlib.crc32(t.encode()) % 512] += 1.0
            out[i] /= max(1e-6, float(np.linalg.norm(out[i])))
        return out

    def embed_one(self, text):
        return self.embed([text])[0]


def ask(question: str, chunks, passages=None, settings: Settings | None = None, idf: dict[str, float] | None = None):
    """The extractive answer to `question` over `chunks`, ranked in the order given (or over `passages`), with
    `settings` and the index's `idf` (none unless given). Unless given, the settings never abstain: the fake
    embedder scores lower than the model, and most tests judge what is quoted, not whether to decline."""
    plan = understand(question, Coverage.of(chunks))
    passages = passages or [Passage(c, 1.0 / (i + 1)) for i, c in enumerate(chunks)]
    return ExtractiveAnswerer(HashedWords(), settings or Settings(abstain_below=-1.0), idf=idf).answer(plan, passages)


def first_line(answer) -> str:
    return answer.answer.splitlines()[0]
