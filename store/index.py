"""The index on disk: committed chunks (JSON Lines) + BM25 + Chroma vectors, with the
parameters it was built with. It owns build, save, load, the writer lock, and atomic
replacement of one file's chunks. It does not read source files or cut chunks.

Layout of the index folder:
    index.json          embedding model, chunker version, library versions
    CURRENT             name of the committed generation, swapped atomically (os.replace)
    gen-NNNNNN/         chunks.jsonl, manifest.json (one entry per file), bm25/
    chroma/             vectors; rows of files not in the manifest are ignored, then swept
    ingest.lock         one writer at a time
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from core.errors import IndexIncompatible, IndexLocked, IndexMissing
from core.settings import CHUNKER_VERSION, EMBEDDING_MODEL, Settings
from core.types import Chunk, Coverage, DocumentSummary, Filters

PARAMS_FILE = "index.json"
KEEP_GENERATIONS = 2


def committee_key(name: str | None) -> str:
    """How committee names compare: case, '&'/'and', apostrophes and punctuation ignored."""
    if not name:
        return ""
    s = name.lower().replace("&", " and ").replace("'s ", " ").replace("’s ", " ")
    return " ".join("".join(ch if ch.isalnum() else " " for ch in s).split())


def _params() -> dict:
    from store.dense import chroma_version
    from store.sparse import bm25s_version

    return {"embedding_model": EMBEDDING_MODEL, "chunker_version": CHUNKER_VERSION,
            "chromadb": chroma_version(), "bm25s": bm25s_version(), "space": "cosine"}


@dataclass
class FileEntry:
    """What the manifest records of one committed file."""

    source: str
    sha256: str
    kind: str
    pages: int | None
    chunks: int
    indexed_at: str
    meta_sha: str = ""                                      # of the sidecar fields: a changed sidecar re-ingests
    documents: list[DocumentSummary] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict) -> "FileEntry":
        docs = [DocumentSummary(**d) for d in data.get("documents", [])]
        return cls(**{**data, "documents": docs})

    def to_json(self) -> dict:
        return asdict(self)


class Generation:
    """One committed, immutable state of the chunk store."""

    def __init__(self, path: Path):
        self.path = path
        self.name = path.name
        manifest = json.loads((path / "manifest.json").read_text())
        self.files: dict[str, FileEntry] = {k: FileEntry.from_json(v) for k, v in manifest.items()}
        self.chunks: list[Chunk] = []
        with open(path / "chunks.jsonl", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                self.chunks.append(Chunk.from_metadata(rec["text"], rec["meta"]))
        self.by_id = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        from store.sparse import SparseIndex

        self.sparse = SparseIndex.load(path / "bm25", len(self.chunks))
        self._neighbours: dict[str, list[int]] | None = None
        self._idf: dict[str, float] | None = None
        # what the committed papers cover, computed once per generation
        self.coverage = Coverage.of(self.chunks)

    def idf(self) -> dict[str, float]:
        """Inverse document frequency of every term over the committed chunks."""
        if self._idf is None:
            import math

            from core.terms import terms

            df: dict[str, int] = {}
            for c in self.chunks:
                for t in set(terms(f"{c.header} {c.text}")):
                    df[t] = df.get(t, 0) + 1
            n = max(1, len(self.chunks))
            self._idf = {t: math.log(1 + n / d) for t, d in df.items()}
        return self._idf

    def neighbours(self, chunk: Chunk) -> tuple[Chunk | None, Chunk | None]:
        """The chunks before and after `chunk` in its source file."""
        if self._neighbours is None:
            self._neighbours = {}
            for i, c in enumerate(self.chunks):
                self._neighbours.setdefault(c.source_sha256, []).append(i)
        order = self._neighbours.get(chunk.source_sha256, [])
        idx = self.by_id.get(chunk.chunk_id)
        if idx is None or idx not in order:
            return None, None
        k = order.index(idx)
        before = self.chunks[order[k - 1]] if k > 0 else None
        after = self.chunks[order[k + 1]] if k + 1 < len(order) else None
        return before, after


def _write_generation(root: Path, name: str, files: dict[str, FileEntry], chunks: list[Chunk]) -> Path:
    from store.sparse import SparseIndex

    tmp = root / f"{name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as f:
        for c in chunks:
            f.write(json.dumps({"text": c.text, "meta": c.metadata()}, ensure_ascii=False) + "\n")
    (tmp / "manifest.json").write_text(json.dumps({k: v.to_json() for k, v in files.items()}, indent=1))
    SparseIndex.build([f"{c.header}\n{c.text}" for c in chunks]).save(tmp / "bm25")
    for p in tmp.rglob("*"):
        if p.is_file():
            with open(p, "rb") as fh:
                os.fsync(fh.fileno())
    final = root / name
    shutil.rmtree(final, ignore_errors=True)
    os.replace(tmp, final)
    return final


class Index:
    """Read side: the committed generation, BM25, and the Chroma collection. Reloads itself
    when a writer (this process or another) commits a new generation."""

    def __init__(self, root: Path, settings: Settings | None = None):
        self.root = Path(root)
        self.settings = settings or Settings()
        self._gen: Generation | None = None
        self._dense = None
        # lazily opened parts are shared by the app's threads: open each exactly once
        self._lock = threading.RLock()
        self._checked: tuple[int, str | None] | None = None   # (index.json mtime, mismatch)

    # -- state
    def exists(self) -> bool:
        return (self.root / "CURRENT").exists()

    def current_name(self) -> str | None:
        try:
            return (self.root / "CURRENT").read_text().strip() or None
        except FileNotFoundError:
            return None

    def generation(self) -> Generation:
        name = self.current_name()
        if name is None:
            raise IndexMissing(str(self.root))
        gen = self._gen
        if gen is None or gen.name != name:
            with self._lock:
                if self._gen is None or self._gen.name != name:
                    self._gen = Generation(self.root / name)
                gen = self._gen
        return gen

    def _mismatch(self) -> str | None:
        """How the index on disk differs from what this version builds (embedding model or
        chunker), or None. Read once per change of index.json, not on every question."""
        params_path = self.root / PARAMS_FILE
        try:
            stamp = params_path.stat().st_mtime_ns
        except FileNotFoundError:
            return None
        if self._checked is None or self._checked[0] != stamp:
            stored, current = json.loads(params_path.read_text()), _params()
            why = next((f"{k} {stored.get(k)!r} (this version uses {current[k]!r})"
                        for k in ("embedding_model", "chunker_version") if stored.get(k) != current[k]), None)
            self._checked = (stamp, why)
        return self._checked[1]

    def check_compatible(self) -> None:
        if not (self.root / PARAMS_FILE).exists():
            raise IndexMissing(str(self.root))
        why = self._mismatch()
        if why:
            raise IndexIncompatible(str(self.root), why)

    def is_stale(self) -> bool:
        return self._mismatch() is not None

    @property
    def dense(self):
        if self._dense is None:
            with self._lock:
                if self._dense is None:
                    from store.dense import DenseStore

                    self._dense = DenseStore(self.root / "chroma")
        return self._dense

    # -- queries
    def chunks(self) -> list[Chunk]:
        return self.generation().chunks

    def files(self) -> dict[str, FileEntry]:
        return self.generation().files

    def get(self, chunk_id: str) -> Chunk | None:
        gen = self.generation()
        i = gen.by_id.get(chunk_id)
        return gen.chunks[i] if i is not None else None

    def matches(self, chunk: Chunk, filters: Filters | None) -> bool:
        if filters is None or filters.is_empty():
            return True
        if filters.committee and committee_key(filters.committee) not in committee_key(chunk.committee):
            return False
        if filters.council and committee_key(filters.council) not in committee_key(chunk.council):
            return False
        if filters.doc_type and chunk.doc_type != filters.doc_type:
            return False
        if filters.resolutions_only and not chunk.is_resolution:
            return False
        if filters.date_from or filters.date_to:
            if not chunk.meeting_date:
                return False
            if filters.date_from and chunk.meeting_date < filters.date_from:
                return False
            if filters.date_to and chunk.meeting_date > filters.date_to:
                return False
        return True

    def sparse_ranking(self, query: str, filters: Filters | None, n: int) -> list[tuple[str, float]]:
        gen = self.generation()
        scores = gen.sparse.scores(query)
        order = np.argsort(-scores)
        out = []
        for i in order:
            if scores[i] <= 0 or len(out) >= n:
                break
            c = gen.chunks[int(i)]
            if self.matches(c, filters):
                out.append((c.chunk_id, float(scores[i])))
        return out

    def dense_ranking(self, vector, filters: Filters | None, n: int) -> list[tuple[str, float]]:
        gen = self.generation()
        where = _chroma_where(filters)
        # committee and council filters are substring matches on the key, which Chroma cannot express: post-filter
        raw = self.dense.query(vector, n * 3 if filters and (filters.committee or filters.council) else n * 2, where)
        out = []
        for cid, sim in raw:
            i = gen.by_id.get(cid)
            if i is None:
                continue          # vectors of an uncommitted or replaced file
            if self.matches(gen.chunks[i], filters):
                out.append((cid, sim))
            if len(out) >= n:
                break
        return out


def _chroma_where(filters: Filters | None) -> dict | None:
    if filters is None:
        return None
    clauses = []
    if filters.doc_type:
        clauses.append({"doc_type": filters.doc_type})
    if filters.resolutions_only:
        clauses.append({"is_resolution": True})
    if filters.date_from:
        clauses.append({"meeting_date_int": {"$gte": int(filters.date_from.replace("-", ""))}})
    if filters.date_to:
        clauses.append({"meeting_date_int": {"$lte": int(filters.date_to.replace("-", ""))}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


class IndexWriter:
    """The one writer: holds `ingest.lock`, replaces one file's chunks per commit, atomically.

    Vectors of a new file version are written first; then a new generation (chunks, manifest,
    BM25) is built beside the old and CURRENT is swapped with os.replace; only then are the
    old version's vectors deleted. A crash at any point leaves the old version or the new,
    never half of one; leftovers are swept on the next run.
    """

    def __init__(self, index: Index, embedder, settings: Settings):
        self.index = index
        self.root = index.root
        self.embedder = embedder
        self.settings = settings
        self._lock_file = None

    def __enter__(self) -> "IndexWriter":
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock_file = open(self.root / "ingest.lock", "a+")
        waited, step = 0.0, 0.2
        while True:
            try:
                fcntl.flock(self._lock_file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if waited >= self.settings.lock_timeout:
                    self._lock_file.close()
                    raise IndexLocked(str(self.root), waited)
                time.sleep(step)
                waited += step
        self._prepare()
        return self

    def __exit__(self, *exc) -> None:
        if self._lock_file is not None:
            fcntl.flock(self._lock_file.fileno(), fcntl.LOCK_UN)
            self._lock_file.close()
            self._lock_file = None

    def _prepare(self) -> None:
        params_path = self.root / PARAMS_FILE
        stale = self.index.is_stale()
        if stale or not self.index.exists():
            if stale:
                self.index.dense.reset()
            self._commit({}, [])
        params_path.write_text(json.dumps({**_params(), "created": now()}, indent=1))
        files = self.index.files()
        removed = self.index.dense.delete_except({f.sha256 for f in files.values()})
        self.swept = removed

    def _commit(self, files: dict[str, FileEntry], chunks: list[Chunk]) -> None:
        current = self.index.current_name()
        number = int(current.split("-")[1]) + 1 if current else 1
        name = f"gen-{number:06d}"
        _write_generation(self.root, name, files, chunks)
        tmp = self.root / "CURRENT.tmp"
        tmp.write_text(name)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.root / "CURRENT")
        gens = sorted(p for p in self.root.glob("gen-*") if p.is_dir() and not p.name.endswith(".tmp"))
        for old in gens[:-KEEP_GENERATIONS]:
            shutil.rmtree(old, ignore_errors=True)

    def clear(self) -> None:
        """Drop everything (`ingest --rebuild`): a new empty generation, an empty collection."""
        self.index.dense.reset()
        self._commit({}, [])

    def known(self, source: str) -> FileEntry | None:
        return self.index.files().get(source)

    def replace_file(self, entry: FileEntry, chunks: list[Chunk]) -> None:
        """Commit `chunks` as the whole content of `entry.source`, replacing any older version."""
        from ingest.chunking import embedding_windows

        ids, texts, metas = [], [], []
        for c in chunks:
            meta = {k: v for k, v in c.metadata().items() if k not in ("page_map", "header")}
            meta["committee_key"] = committee_key(c.committee)
            for n, window in enumerate(embedding_windows(c, self.settings.max_tokens)):
                ids.append(f"{c.chunk_id}#{n}")
                texts.append(window)
                metas.append(meta)
        vectors = self.embedder.embed(texts)
        self.index.dense.add(ids, vectors, metas)

        gen = self.index.generation()
        old = gen.files.get(entry.source)
        kept = [c for c in gen.chunks if c.source != entry.source]
        files = dict(gen.files)
        files[entry.source] = entry
        self._commit(files, kept + chunks)
        if old is not None and old.sha256 != entry.sha256 and \
                not any(f.sha256 == old.sha256 for f in files.values()):
            self.index.dense.delete_source(old.sha256)

    def remove_file(self, source: str) -> None:
        gen = self.index.generation()
        old = gen.files.get(source)
        if old is None:
            return
        files = {k: v for k, v in gen.files.items() if k != source}
        self._commit(files, [c for c in gen.chunks if c.source != source])
        if not any(f.sha256 == old.sha256 for f in files.values()):
            self.index.dense.delete_source(old.sha256)


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
