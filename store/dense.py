"""The dense side of the index: a Chroma PersistentClient collection in cosine space.
The only module that imports chromadb. It stores vectors and flat metadata; it does not embed."""
from __future__ import annotations

import logging
import os
from pathlib import Path

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
logging.getLogger("chromadb").setLevel(logging.ERROR)

import chromadb  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402

COLLECTION = "chunks"
BATCH = 512


def chroma_version() -> str:
    return chromadb.__version__


class DenseStore:
    """Vectors keyed by view id ("<chunk_id>#<n>"): a chunk longer than the model's window has
    several views, each pointing back to its chunk through the `chunk_id` metadata."""

    def __init__(self, path: Path):
        path.mkdir(parents=True, exist_ok=True)
        self.client = chromadb.PersistentClient(
            path=str(path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True))
        self.collection = self.client.get_or_create_collection(
            COLLECTION, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None)

    def add(self, ids: list[str], vectors, metadatas: list[dict]) -> None:
        for start in range(0, len(ids), BATCH):
            end = start + BATCH
            self.collection.upsert(ids=ids[start:end], embeddings=vectors[start:end],
                                   metadatas=metadatas[start:end])

    def delete_source(self, source_sha256: str) -> None:
        self.collection.delete(where={"source_sha256": source_sha256})

    def delete_except(self, keep_sha256: set[str]) -> int:
        """Drop vectors of files no longer committed (a crash's leftovers, replaced files)."""
        got = self.collection.get(include=["metadatas"])
        stale = [i for i, m in zip(got["ids"], got["metadatas"]) if (m or {}).get("source_sha256") not in keep_sha256]
        for start in range(0, len(stale), BATCH):
            self.collection.delete(ids=stale[start:start + BATCH])
        return len(stale)

    def count(self) -> int:
        return self.collection.count()

    def query(self, vector, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity) best first, one entry per chunk."""
        total = self.collection.count()
        if total == 0:
            return []
        res = self.collection.query(query_embeddings=[vector], n_results=min(n, total), where=where or None,
                                    include=["metadatas", "distances"])
        seen: dict[str, float] = {}
        for meta, dist in zip(res["metadatas"][0], res["distances"][0]):
            cid = meta["chunk_id"]
            if cid not in seen:
                seen[cid] = 1.0 - float(dist)
        return list(seen.items())

    def reset(self) -> None:
        self.client.delete_collection(COLLECTION)
        self.collection = self.client.get_or_create_collection(
            COLLECTION, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None)
