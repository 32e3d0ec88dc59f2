"""The dense side of the index: one Chroma collection of vectors in cosine space, on disk in the
index folder (PersistentClient) or in a Chroma server (HttpClient, `SCRUTINEER_CHROMA_URL`).
The only module that imports chromadb. It stores vectors and flat metadata; it does not embed
and does not know which vectors are committed (the generation's vector manifest does)."""
from __future__ import annotations

import errno
import logging
import os
import shutil
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
logging.getLogger("chromadb").setLevel(logging.ERROR)

import chromadb  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402
from chromadb.errors import NotFoundError  # noqa: E402

BATCH = 512
_FULL = ("disk is full", "no space left", "database or disk is full")


def chroma_version() -> str:
    return chromadb.__version__


class VectorStoreError(Exception):
    """The store could not do what was asked (`missing`: its collection is not there)."""

    def __init__(self, message: str, missing: bool = False, full: bool = False):
        super().__init__(message)
        self.missing = missing
        self.full = full


@dataclass(frozen=True)
class Where:
    """Where one vector space lives: a folder (PersistentClient) or a server URL, and a collection."""

    collection: str
    path: Path | None = None
    url: str | None = None

    def key(self) -> tuple:
        return (str(self.path.resolve()) if self.path else None, self.url, self.collection)

    def describe(self) -> str:
        return f"{self.url} collection {self.collection}" if self.url else str(self.path)


def view_chunk(view_id: str) -> str:
    """The chunk a view belongs to: view ids are "<chunk_id>#<n>" (chunk ids are hex)."""
    return view_id.rsplit("#", 1)[0]


def _wrap(e: Exception, where: Where) -> VectorStoreError:
    if isinstance(e, VectorStoreError):
        return e
    text = f"{type(e).__name__}: {e}"
    full = (isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT)) or \
        any(f in str(e).lower() for f in _FULL)
    return VectorStoreError(f"vector store {where.describe()}: {text}", missing=isinstance(e, NotFoundError), full=full)


class DenseStore:
    """Vectors keyed by view id ("<chunk_id>#<n>"): a chunk longer than the model's window has
    several views, each pointing back to its chunk through the `chunk_id` metadata.

    One object per space per process (`shared`): chromadb keeps one engine per folder inside a
    process, so a fresh view of what another process wrote needs every client on that folder
    closed and opened again (`refresh`), which only works if there is exactly one.
    """

    _shared: dict[tuple, "DenseStore"] = {}
    _shared_lock = threading.Lock()

    def __init__(self, where: Where):
        self.where = where
        self._client = None
        self._collection = None
        self._lock = threading.RLock()
        self.seen: str | None = None          # the generation this handle was last refreshed for

    @classmethod
    def shared(cls, where: Where) -> "DenseStore":
        with cls._shared_lock:
            store = cls._shared.get(where.key())
            if store is None:
                store = cls._shared[where.key()] = cls(where)
            return store

    # -- handle
    def _open_client(self):
        if self.where.url:
            u = urlparse(self.where.url)
            return chromadb.HttpClient(host=u.hostname or "127.0.0.1", port=u.port or (443 if u.scheme == "https" else 8000),
                                       ssl=u.scheme == "https", settings=ChromaSettings(anonymized_telemetry=False))
        self.where.path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(self.where.path),
                                         settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True))

    def collection(self, create: bool = False):
        with self._lock:
            if self._collection is None:
                try:
                    if self._client is None:
                        self._client = self._open_client()
                    if create:
                        self._collection = self._client.get_or_create_collection(
                            self.where.collection, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None)
                    else:
                        self._collection = self._client.get_collection(self.where.collection, embedding_function=None)
                except Exception as e:
                    raise _wrap(e, self.where) from e
            return self._collection

    def refresh(self) -> None:
        """Drop the handle: the next call opens the store again and sees what others wrote."""
        with self._lock:
            client, self._client, self._collection = self._client, None, None
            if client is not None:
                try:
                    client.close()
                except Exception:       # a half-broken handle is being thrown away anyway
                    pass

    def _call(self, fn, create: bool = False):
        """One store call; a failure other than a missing collection or a full disk is tried once
        more on a fresh handle (another process may have changed the files under this one)."""
        for attempt in (1, 2):
            try:
                return fn(self.collection(create))
            except Exception as e:
                err = _wrap(e, self.where)
                if attempt == 2 or err.missing or err.full:
                    raise err from e
                self.refresh()
                time.sleep(0.05)

    # -- writes
    def add(self, ids: list[str], vectors, metadatas: list[dict]) -> None:
        for start in range(0, len(ids), BATCH):
            end = start + BATCH
            self._call(lambda c: c.upsert(ids=ids[start:end], embeddings=vectors[start:end],
                                          metadatas=metadatas[start:end]), create=True)

    def delete(self, ids: list[str]) -> None:
        ids = list(ids)
        for start in range(0, len(ids), BATCH):
            self._call(lambda c: c.delete(ids=ids[start:start + BATCH]), create=True)

    def drop(self) -> None:
        """Remove the whole space (a replaced or abandoned rebuild's vectors)."""
        self.refresh()
        if self.where.url:
            try:
                self._open_client().delete_collection(self.where.collection)
            except Exception:
                pass
        elif self.where.path is not None:
            shutil.rmtree(self.where.path, ignore_errors=True)
        with self._shared_lock:
            self._shared.pop(self.where.key(), None)

    # -- reads
    def count(self) -> int:
        return self._call(lambda c: c.count())

    def ids_by_source(self) -> dict[str, list[str]]:
        """Every view id by its chunk's source: only to migrate an index made before the vector manifest."""
        got = self._call(lambda c: c.get(include=["metadatas"]))
        out: dict[str, list[str]] = {}
        for i, m in zip(got["ids"], got["metadatas"]):
            out.setdefault((m or {}).get("source", ""), []).append(i)
        return out

    def embeddings(self, ids: list[str]):
        """(the ids of `ids` the store holds, in that order; their vectors). A view another run has
        since deleted (a generation answered from after damage) is left out, as a query would."""
        import numpy as np

        found, out = [], []
        for start in range(0, len(ids), BATCH * 8):
            part = ids[start:start + BATCH * 8]
            got = self._call(lambda c: c.get(ids=part, include=["embeddings"]))
            pos = {i: k for k, i in enumerate(got["ids"])}
            keep = [i for i in part if i in pos]
            if keep:
                found.extend(keep)
                out.append(np.asarray(got["embeddings"], dtype=np.float32)[[pos[i] for i in keep]])
        return found, (np.concatenate(out) if out else np.zeros((0, 1), dtype=np.float32))

    def query(self, vector, n: int, where: dict | None = None, total: int | None = None) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity) best first, one entry per chunk."""
        if total is None:
            total = self.count()
        if total == 0 or n <= 0:
            return []
        # the chunk id is the view id's prefix: fetching every hit's metadata cost ~90% of a query
        res = self._call(lambda c: c.query(query_embeddings=[vector], n_results=min(n, total), where=where or None,
                                           include=["distances"]))
        seen: dict[str, float] = {}
        for vid, dist in zip(res["ids"][0], res["distances"][0]):
            cid = view_chunk(vid)
            if cid and cid not in seen:
                seen[cid] = 1.0 - float(dist)
        return list(seen.items())
