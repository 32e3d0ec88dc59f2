"""The index on disk: committed chunks (JSON Lines) + BM25 + Chroma vectors, with the
parameters it was built with. This module is the read side (load, damage
detection, fallback, following commits); store/writer.py writes. Neither reads source files.

Layout of the index folder:
    index.json          embedding model, chunker version, library versions
    CURRENT             name of the committed generation, swapped atomically (os.replace)
    gen-NNNNNN/         chunks.jsonl, manifest.json (one entry per file), vectors.json (the
                        vector space and every committed view id, by file), bm25/
    vectors-SPACE/      Chroma vectors of one space (a --rebuild writes a new space beside the
                        old and swaps it in); with SCRUTINEER_CHROMA_URL the space is a
                        collection `scrutineer-SPACE` in the server instead
    journal.jsonl       the running ingest's finished files, not yet in a generation
    ingest.lock         one writer at a time
"""
from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict, astuple, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from core.names import committee_key, name_holds  # noqa: F401  (committee_key re-exported: the one normalisation lives in core)
from core.errors import IndexDamaged, IndexIncompatible, IndexMissing, StoreUnavailable
from core.settings import CHUNKER_VERSION, Settings, embedding_model
from core.types import Chunk, Coverage, DocumentSummary, Filters

PARAMS_FILE = "index.json"
JOURNAL = "journal.jsonl"
KEEP_GENERATIONS = 2
LEGACY = None                # the space of an index made before vector manifests: chroma/, collection "chunks"

log = logging.getLogger(__name__)


def _params(settings: Settings) -> dict:
    """What an index is built with: the model and encoder the settings use, the chunker, the libraries."""
    from store.dense import chroma_version
    from store.sparse import bm25s_version

    return {"embedding_model": embedding_model(settings.encoder), "chunker_version": CHUNKER_VERSION,
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


class GenerationDamaged(Exception):
    """A generation folder that cannot be read whole; str() says what is wrong."""


def _number(name: str) -> int:
    try:
        return int(name.split("-")[1].split(".")[0])
    except (IndexError, ValueError):
        return -1


class Generation:
    """One committed, immutable state of the chunk store. Raises GenerationDamaged when any part
    is missing or cut short (counts are checked against the manifest)."""

    def __init__(self, path: Path):
        self.path = path
        self.name = path.name
        if not path.is_dir():
            raise GenerationDamaged(f"{path.name} is missing")
        try:
            manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
            self.files: dict[str, FileEntry] = {k: FileEntry.from_json(v) for k, v in manifest.items()}
        except (OSError, ValueError, TypeError) as e:
            raise GenerationDamaged(f"{path.name}/manifest.json is unreadable ({type(e).__name__})") from e
        self.chunks: list[Chunk] = []
        try:
            with open(path / "chunks.jsonl", encoding="utf-8") as f:
                for n, line in enumerate(f, 1):
                    rec = json.loads(line)
                    self.chunks.append(Chunk.from_metadata(rec["text"], rec["meta"]))
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise GenerationDamaged(f"{path.name}/chunks.jsonl is unreadable at line {len(self.chunks) + 1}") from e
        expected = sum(e.chunks for e in self.files.values())
        if len(self.chunks) != expected:
            raise GenerationDamaged(f"{path.name}/chunks.jsonl is cut short ({len(self.chunks)} of {expected} chunks)")
        self.space: str | None = LEGACY
        self.server = False
        self.vectors: dict[str, list[str]] | None = None        # None: a legacy index (read from Chroma when writing)
        vpath = path / "vectors.json"
        if vpath.exists():
            try:
                v = json.loads(vpath.read_text(encoding="utf-8"))
                self.space, self.server, self.vectors = v["space"], bool(v.get("server")), v["ids"]
            except (OSError, ValueError, KeyError, TypeError) as e:
                raise GenerationDamaged(f"{path.name}/vectors.json is unreadable") from e
        self.views = sum(len(v) for v in self.vectors.values()) if self.vectors is not None else None
        self.by_id = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        from store.sparse import SparseIndex

        try:
            self.sparse = SparseIndex.load(path / "bm25", len(self.chunks))
        except Exception as e:   # bm25s raises what numpy/json raise on a cut file
            raise GenerationDamaged(f"{path.name}/bm25 is unreadable ({type(e).__name__})") from e
        self._neighbours: dict[str, list[int]] | None = None
        self._idf: dict[str, float] | None = None
        self._groups: tuple[np.ndarray, list[Chunk]] | None = None
        self._masks: dict[tuple, np.ndarray] = {}
        self._orders: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._cache_lock = threading.Lock()
        self._sentences: object = None            # SentenceVectors, False when there are none
        self._matrix: tuple[np.ndarray, np.ndarray] | None = None   # (view vectors, chunk of each view)
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

    def has_sentences(self) -> bool:
        from store.sentences import DIR

        return (self.path / DIR / "vectors.npy").is_file()

    @property
    def sentences(self):
        """The generation's sentence vectors (store/sentences.py), or None (answers embed theirs)."""
        if self._sentences is None:
            from store.sentences import SentenceVectors

            self._sentences = SentenceVectors.load(self.path, len(self.chunks)) or False
        return self._sentences or None

    def sentence_vectors(self, chunks: list[Chunk]) -> dict[str, np.ndarray]:
        """Context text -> vector of the sentences of `chunks` this generation holds."""
        sv = self.sentences
        known: dict[str, np.ndarray] = {}
        if sv is None:
            return known
        for c in chunks:
            i = self.by_id.get(c.chunk_id)
            if i is not None and self.chunks[i] is c:
                known.update(sv.known(i, c))
        return known

    def mask(self, filters: Filters | None, matches) -> np.ndarray | None:
        """Which chunks `matches(chunk, filters)` keeps, as a boolean array in store order (None: all).
        The predicate reads only a chunk's filter fields, so it is asked once per distinct set of
        them (a few hundred) instead of once per chunk; masks are kept per generation."""
        if filters is None or filters.is_empty():
            return None
        key = astuple(filters)
        got = self._masks.get(key)
        if got is None:
            if self._groups is None:
                seen: dict[tuple, int] = {}
                group = np.empty(len(self.chunks), dtype=np.int32)
                reps: list[Chunk] = []
                for i, c in enumerate(self.chunks):
                    k = (c.committee, c.council, c.doc_type, c.is_resolution, c.meeting_date)
                    g = seen.get(k)
                    if g is None:
                        g = seen[k] = len(reps)
                        reps.append(c)
                    group[i] = g
                self._groups = (group, reps)
            group, reps = self._groups
            got = np.array([matches(c, filters) for c in reps], dtype=bool)[group]
            with self._cache_lock:
                if len(self._masks) > 256:
                    self._masks.clear()
                self._masks[key] = got
        return got

    def bm25_order(self, query: str) -> tuple[np.ndarray, np.ndarray]:
        """(BM25 score of every chunk, chunk indices best first) for `query`: one search asks it
        once per ranked list (the plain one and each boosted one), so the last few are kept."""
        got = self._orders.get(query)
        if got is None:
            scores = self.sparse.scores(query)
            got = (scores, np.argsort(-scores))
            with self._cache_lock:
                if len(self._orders) > 32:
                    self._orders.clear()
                self._orders[query] = got
        return got

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


def space_where(root: Path, space: str | None, server: bool, settings: Settings):
    """Where the vectors of `space` live (see the module docstring)."""
    from store.dense import Where

    if space is LEGACY:
        return Where("chunks", path=root / "chroma")
    if server:
        return Where(f"scrutineer-{space}", url=settings.chroma_url)
    return Where("chunks", path=root / f"vectors-{space}")


class Index:
    """Read side: the committed generation, BM25, and the Chroma collection. Before each use it
    checks CURRENT (one small read) and reloads both retrievers when a writer (this process or
    another) has committed; a damaged generation falls back to the newest whole one."""

    def __init__(self, root: Path, settings: Settings | None = None):
        self.root = Path(root)
        self.settings = settings or Settings()
        self._gen: Generation | None = None
        self._stamp: tuple | None = None          # what CURRENT said when _gen was loaded
        self.warning: str | None = None           # set when a damaged generation was passed over
        self._store = None                        # the vector store last used
        # lazily opened parts are shared by the app's threads: open each exactly once
        self._lock = threading.RLock()
        self._checked: tuple[int, str | None] | None = None   # (index.json mtime, mismatch)

    # -- state
    def _check_folder(self) -> None:
        if self.root.exists() and not self.root.is_dir():
            raise IndexMissing(f"{self.root} (it is a file, not an index folder)")

    def exists(self) -> bool:
        """Whether an index was committed here (a file given as the folder says so, one line)."""
        self._check_folder()
        return (self.root / "CURRENT").is_file()

    def current_name(self) -> str | None:
        try:
            return (self.root / "CURRENT").read_text().strip() or None
        except (FileNotFoundError, NotADirectoryError):
            return None

    def _current_stamp(self) -> tuple | None:
        try:
            st = (self.root / "CURRENT").stat()
        except (FileNotFoundError, NotADirectoryError):
            return None
        return (self.current_name(), st.st_mtime_ns, st.st_ino)

    def generation(self) -> Generation:
        stamp = self._current_stamp()
        if stamp is None or stamp[0] is None:
            self._check_folder()
            raise IndexMissing(str(self.root))
        gen = self._gen
        if gen is None or self._stamp != stamp:
            with self._lock:
                if self._gen is None or self._stamp != stamp:
                    self._gen, self.warning = self._load(stamp[0])
                    self._stamp = stamp
                gen = self._gen
        return gen

    def _load(self, name: str) -> tuple[Generation, str | None]:
        """The generation CURRENT names, or else the newest whole one (with a warning)."""
        try:
            return self._whole(Generation(self.root / name)), None
        except GenerationDamaged as first:
            for path in sorted(self.root.glob("gen-*"), key=lambda p: _number(p.name), reverse=True):
                if path.name == name or path.name.endswith(".tmp") or not path.is_dir():
                    continue
                try:
                    gen = self._whole(Generation(path))
                except GenerationDamaged:
                    continue
                warning = (f"index {self.root} is damaged ({first}); answering from the previous "
                           f"generation {gen.name}: `scrutineer ingest` repairs it")
                log.warning(warning)
                return gen, warning
            raise IndexDamaged(str(self.root), str(first)) from first

    def _whole(self, gen: Generation) -> Generation:
        """A generation whose local vector space is gone or emptied is not whole either."""
        if gen.server or not gen.views:
            return gen
        where = space_where(self.root, gen.space, False, self.settings)
        db = where.path / "chroma.sqlite3"
        if not db.is_file() or db.stat().st_size == 0:
            raise GenerationDamaged(f"its vector store {db} is {'empty' if db.exists() else 'missing'}")
        return gen

    def _mismatch(self) -> str | None:
        """How the index on disk differs from what this version builds (embedding model or
        chunker), or None. Read once per change of index.json, not on every question."""
        params_path = self.root / PARAMS_FILE
        try:
            stamp = params_path.stat().st_mtime_ns
        except (FileNotFoundError, NotADirectoryError):
            return None
        if self._checked is None or self._checked[0] != stamp:
            try:
                stored = json.loads(params_path.read_text())
            except ValueError:
                stored = {}
            current = _params(self.settings)
            why = next((f"{k} {stored.get(k)!r} (this version uses {current[k]!r})"
                        for k in ("embedding_model", "chunker_version") if stored.get(k) != current[k]), None)
            self._checked = (stamp, why)
        return self._checked[1]

    def check_compatible(self) -> None:
        if not (self.root / PARAMS_FILE).exists():
            self._check_folder()
            raise IndexMissing(str(self.root))
        why = self._mismatch()
        if why:
            raise IndexIncompatible(str(self.root), why)

    def is_stale(self) -> bool:
        return self._mismatch() is not None

    def dense_for(self, gen: Generation):
        """The vector store of `gen`, reopened when the generation changed since it was last used:
        chromadb caches what it read, so another process's writes are only seen by a new handle."""
        from store.dense import DenseStore

        if gen.server and not self.settings.chroma_url:
            raise IndexDamaged(str(self.root), "its vectors are in a Chroma server and SCRUTINEER_CHROMA_URL is not set",
                               repair="SCRUTINEER_CHROMA_URL=http://HOST:PORT scrutineer ...")
        store = DenseStore.shared(space_where(self.root, gen.space, gen.server, self.settings))
        ident = (gen.name, self._stamp)
        if store.seen != ident:
            store.refresh()
            store.seen = ident
        if self._store is not None and self._store is not store:
            self._store.refresh()          # a rebuild moved to a new space: let go of the old one's files
        self._store = store
        return store

    @property
    def dense(self):
        return self.dense_for(self.generation())

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
        if filters.committee and not name_holds(filters.committee, chunk.committee):
            return False
        if filters.council and chunk.council and not name_holds(filters.council, chunk.council):
            return False        # a paper whose council is not known may be the council's: it stays
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
        scores, order = gen.bm25_order(query)
        order = order[scores[order] > 0]         # best first, so the matched ones lead
        mask = gen.mask(filters, self.matches)
        if mask is not None:
            order = order[mask[order]]
        return [(gen.chunks[i].chunk_id, float(scores[i])) for i in order[:n].tolist()]

    def _view_matrix(self, gen: Generation) -> tuple[np.ndarray, np.ndarray]:
        """(normalised vectors of the generation's committed views, chunk index of each view), read
        from the local vector store once per generation."""
        if gen._matrix is None:
            with self._lock:
                if gen._matrix is None:
                    from store.dense import view_chunk

                    ids = [i for v in gen.vectors.values() for i in v if view_chunk(i) in gen.by_id]
                    ids, vectors = self.dense_for(gen).embeddings(ids) if ids else ([], np.zeros((0, 1), np.float32))
                    owner = np.array([gen.by_id[view_chunk(i)] for i in ids], dtype=np.int64)
                    vectors = vectors / np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)
                    gen._matrix = (np.ascontiguousarray(vectors, dtype=np.float32), owner)
        return gen._matrix

    def _exact_views(self, gen: Generation, vector, filters: Filters | None, want: int) -> list[tuple[str, float]]:
        """What Chroma's query gives (the `want` nearest views passing the `where` filters, one entry
        per chunk, best first), computed exactly over the generation's vectors in memory."""
        vectors, owner = self._view_matrix(gen)
        if not len(owner):
            return []
        q = np.asarray(vector, dtype=np.float32)
        # einsum, not BLAS: a threaded gemv stalls on a busy machine, and this one is small
        sims = np.einsum("ij,j->i", vectors, q / max(float(np.linalg.norm(q)), 1e-12))
        where = None
        if filters is not None:
            where = gen.mask(Filters(date_from=filters.date_from, date_to=filters.date_to, doc_type=filters.doc_type,
                                     resolutions_only=filters.resolutions_only), self.matches)
        if where is not None:
            allowed = where[owner]
            sims = np.where(allowed, sims, -np.inf)
            k = min(want, int(allowed.sum()))
        else:
            k = min(want, len(sims))
        if k <= 0:
            return []
        top = np.argpartition(-sims, k - 1)[:k] if k < len(sims) else np.arange(len(sims))
        top = top[np.argsort(-sims[top], kind="stable")]
        seen: dict[str, float] = {}
        for v in top.tolist():
            cid = gen.chunks[owner[v]].chunk_id
            if cid not in seen:
                seen[cid] = float(sims[v])
        return list(seen.items())

    def dense_ranking(self, vector, filters: Filters | None, n: int) -> list[tuple[str, float]]:
        from store.dense import VectorStoreError

        gen = self.generation()
        where = _chroma_where(filters)
        # committee and council filters are substring matches on the key, which Chroma cannot express: post-filter
        want = n * 3 if filters and (filters.committee or filters.council) else n * 2
        try:
            if self.settings.exact_dense and not gen.server and gen.vectors is not None:
                # a local index's vectors fit in memory: an exact scan is faster than Chroma's
                # filtered HNSW query and gives the same ranking in every process
                raw = self._exact_views(gen, vector, filters, want)
            else:
                raw = self.dense_for(gen).query(vector, want, where, total=gen.views)
        except VectorStoreError as e:
            if e.missing:
                raise IndexDamaged(str(self.root), f"its vectors are missing: {e}") from e
            # the next question opens the store afresh (dense_for sees a new generation or this refresh)
            self.dense_for(gen).refresh()
            raise StoreUnavailable(f"the vectors of index {self.root} could not be read just now "
                                   f"({str(e).splitlines()[0][:200]}); ask again") from e
        mask = gen.mask(filters, self.matches)
        out = []
        for cid, sim in raw:
            i = gen.by_id.get(cid)
            if i is None:
                continue          # vectors of an uncommitted or replaced file
            if mask is None or mask[i]:
                out.append((cid, sim))
            if len(out) >= n:
                break
        return out


    def sentence_ranking(self, vector, chunk_ids: list[str]) -> list[tuple[str, float]]:
        """`chunk_ids` ranked by their one sentence nearest in meaning to `vector` (the sentence
        vectors written at ingest), best first; [] when the generation has none. A question is
        often answered by one sentence of a passage about much else, which the passage's own
        vector dilutes. The rows are read for these chunks only, so the cost does not grow with
        the index."""
        gen = self.generation()
        sv = gen.sentences
        if sv is None or not chunk_ids:
            return []
        idx = [gen.by_id[c] for c in chunk_ids if c in gen.by_id]
        spans = [(int(sv.offsets[i]), int(sv.offsets[i + 1])) for i in idx]
        rows = [np.asarray(sv.vectors[a:b], dtype=np.float32) for a, b in spans if b > a]
        if not rows:
            return []
        q = np.asarray(vector, dtype=np.float32)
        sims = np.einsum("ij,j->i", np.concatenate(rows), q / max(float(np.linalg.norm(q)), 1e-12))
        best, pos = [], 0
        for i, (a, b) in zip(idx, spans):
            if b > a:
                best.append((gen.chunks[i].chunk_id, float(sims[pos:pos + b - a].max())))
                pos += b - a
        return sorted(best, key=lambda x: -x[1])


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


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
