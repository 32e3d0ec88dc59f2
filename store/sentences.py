"""Sentence vectors of a generation: every sentence of every chunk embedded once, when the
generation is written (gen-NNNNNN/sentences/), so an answer looks up its passages' sentence
vectors instead of embedding them. It does not score sentences (answer/scoring.py does).

    sentences/offsets.npy   int64, one more than the chunks: chunk i's rows are offsets[i]:offsets[i+1]
    sentences/checks.npy    uint32, a fingerprint of each row's text (core/contexts.py)
    sentences/vectors.npy   float32 rows, read memory-mapped (only the rows asked for are read)

Rows are used only when their fingerprint matches the text asked for, so a changed sentence
splitter or context format costs speed (the sentence is embedded as before), never a wrong
vector. The folder is a cache: missing or unreadable, answers embed their sentences as before.
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from core.contexts import chunk_contexts, fingerprint
from core.types import Chunk

DIR = "sentences"
SLICE = 4096            # texts embedded per call (bounds memory on a very large build)

log = logging.getLogger(__name__)


class SentenceVectors:
    """The read side of one generation's sentence vectors."""

    def __init__(self, offsets: np.ndarray, checks: np.ndarray, vectors: np.ndarray):
        self.offsets, self.checks, self.vectors = offsets, checks, vectors

    @classmethod
    def load(cls, gen_path: Path, chunks: int) -> "SentenceVectors | None":
        folder = gen_path / DIR
        if not (folder / "vectors.npy").is_file():
            return None
        try:
            offsets = np.load(folder / "offsets.npy")
            checks = np.load(folder / "checks.npy")
            vectors = np.load(folder / "vectors.npy", mmap_mode="r")
        except (OSError, ValueError) as e:
            log.warning("%s/%s is unreadable (%s); answers embed their sentences", gen_path.name, DIR, type(e).__name__)
            return None
        if len(offsets) != chunks + 1 or int(offsets[-1]) != len(checks) or \
                (len(checks) and vectors.shape[0] != len(checks)):
            log.warning("%s/%s does not match its chunks; answers embed their sentences", gen_path.name, DIR)
            return None
        return cls(offsets, checks, vectors)

    def rows(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        a, b = int(self.offsets[i]), int(self.offsets[i + 1])
        return self.checks[a:b], self.vectors[a:b]

    def known(self, i: int, chunk: Chunk) -> dict[str, np.ndarray]:
        """Context text -> vector for the sentences of chunk `i` (that chunk) whose rows check out."""
        contexts = chunk_contexts(chunk)
        checks, vectors = self.rows(i)
        if len(checks) != len(contexts):
            return {}
        return {t: np.asarray(v, dtype=np.float32) for t, c, v in zip(contexts, checks.tolist(), vectors)
                if fingerprint(t) == c}


def build(folder: Path, chunks: list[Chunk], embedder, base: "tuple[dict[str, int], SentenceVectors] | None") -> None:
    """Write the sentence vectors of `chunks` into `folder`: rows of a chunk the base generation
    already holds (same chunk id, same texts) are copied; the rest are embedded, each distinct
    text once."""
    folder.mkdir(parents=True, exist_ok=True)
    offsets = np.zeros(len(chunks) + 1, dtype=np.int64)
    texts: list[str] = []
    copy: list[tuple[int, int, int]] = []         # (new row, base row, count)
    base_rows, base_vectors = base if base is not None else ({}, None)
    for i, c in enumerate(chunks):
        contexts = chunk_contexts(c)
        start = len(texts)
        texts.extend(contexts)
        offsets[i + 1] = len(texts)
        j = base_rows.get(c.chunk_id)
        if j is not None and base_vectors is not None:
            old_checks, _ = base_vectors.rows(j)
            if old_checks.tolist() == [fingerprint(t) for t in contexts]:
                copy.append((start, int(base_vectors.offsets[j]), len(contexts)))
    checks = np.array([fingerprint(t) for t in texts], dtype=np.uint32)
    copied = np.zeros(len(texts), dtype=bool)
    for start, _, count in copy:
        copied[start:start + count] = True
    wanted: dict[str, list[int]] = {}
    for row, t in enumerate(texts):
        if not copied[row]:
            wanted.setdefault(t, []).append(row)
    dim = base_vectors.vectors.shape[1] if base_vectors is not None and len(base_vectors.checks) else None
    out = None
    items = list(wanted.items())
    for s in range(0, len(items), SLICE):
        part = items[s:s + SLICE]
        vecs = np.asarray(embedder.embed([t for t, _ in part]), dtype=np.float32)
        if out is None:
            if dim is not None and dim != vecs.shape[1]:
                return build(folder, chunks, embedder, None)     # another model's rows: embed all afresh
            dim = vecs.shape[1]
            out = np.lib.format.open_memmap(folder / "vectors.npy", mode="w+", dtype=np.float32,
                                            shape=(len(texts), dim))
        for (_, rows), v in zip(part, vecs):
            out[rows] = v
    if out is None:
        out = np.lib.format.open_memmap(folder / "vectors.npy", mode="w+", dtype=np.float32,
                                        shape=(len(texts), dim or 0))
    for start, old, count in copy:
        out[start:start + count] = base_vectors.vectors[old:old + count]
    out.flush()
    del out
    np.save(folder / "offsets.npy", offsets)
    np.save(folder / "checks.npy", checks)


class Prefilled:
    """An embedder whose `embed_cached` already knows some texts' vectors (the passages'
    sentences, from the generation); everything else goes to the real embedder."""

    def __init__(self, embedder, known: dict[str, np.ndarray]):
        self.embedder = embedder
        self.known = known

    def __getattr__(self, name):
        return getattr(self.embedder, name)

    def embed(self, texts):
        return self.embedder.embed(texts)

    def embed_one(self, text):
        return self.embedder.embed_one(text)

    def embed_cached(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self.known))
        found = dict(self.known)
        if missing:
            fresh = getattr(self.embedder, "embed_cached", self.embedder.embed)(missing)
            found.update(zip(missing, fresh))
        if not texts:
            return np.asarray(getattr(self.embedder, "embed")([]))
        return np.stack([found[t] for t in texts])
