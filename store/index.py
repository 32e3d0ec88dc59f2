"""The index on disk: committed chunks (JSON Lines) + BM25 + Chroma vectors, with the
parameters it was built with. It owns build, save, load, the writer lock, the run journal,
damage detection and atomic commits. It does not read source files or cut chunks.

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

One ingest run writes one generation (BM25 built once), so a run is linear in the corpus. Each
finished file is appended to the journal (fsynced) after its vectors are stored, so a crash
loses at most the files whose vectors were being computed; the next run folds the journal in.
"""
from __future__ import annotations

import errno
import fcntl
import json
import logging
import os
import shutil
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from core.errors import (DiskFull, IndexDamaged, IndexIncompatible, IndexLocked, IndexMissing, ScrutineerError,
                         StoreUnavailable)
from core.settings import CHUNKER_VERSION, EMBEDDING_MODEL, Settings
from core.types import Chunk, Coverage, DocumentSummary, Filters

PARAMS_FILE = "index.json"
JOURNAL = "journal.jsonl"
KEEP_GENERATIONS = 2
EMBED_BATCH = 256            # views embedded together, across small files
LEGACY = None                # the space of an index made before vector manifests: chroma/, collection "chunks"

log = logging.getLogger(__name__)


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


def space_where(root: Path, space: str | None, server: bool, settings: Settings):
    """Where the vectors of `space` live (see the module docstring)."""
    from store.dense import Where

    if space is LEGACY:
        return Where("chunks", path=root / "chroma")
    if server:
        return Where(f"scrutineer-{space}", url=settings.chroma_url)
    return Where("chunks", path=root / f"vectors-{space}")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_generation(root: Path, name: str, files: dict[str, FileEntry], chunks: list[Chunk],
                      vectors: dict[str, list[str]], space: str, server: bool) -> Path:
    from store.sparse import SparseIndex

    tmp = root / f"{name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    with open(tmp / "chunks.jsonl", "w", encoding="utf-8") as f:
        for c in chunks:
            f.write(json.dumps({"text": c.text, "meta": c.metadata()}, ensure_ascii=False) + "\n")
    (tmp / "manifest.json").write_text(json.dumps({k: v.to_json() for k, v in files.items()}, indent=1))
    (tmp / "vectors.json").write_text(json.dumps({"space": space, "server": server, "ids": vectors}))
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
    """Read side: the committed generation, BM25, and the Chroma collection. Before each use it
    checks CURRENT (one small read) and reloads both retrievers when a writer (this process or
    another) has committed; a damaged generation falls back to the newest whole one."""

    def __init__(self, root: Path, settings: Settings | None = None):
        self.root = Path(root)
        self.settings = settings or Settings()
        self._gen: Generation | None = None
        self._stamp: tuple | None = None          # what CURRENT said when _gen was loaded
        self.warning: str | None = None           # set when a damaged generation was passed over
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
            current = _params()
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
        from store.dense import VectorStoreError

        gen = self.generation()
        where = _chroma_where(filters)
        # committee and council filters are substring matches on the key, which Chroma cannot express: post-filter
        want = n * 3 if filters and (filters.committee or filters.council) else n * 2
        try:
            raw = self.dense_for(gen).query(vector, want, where, total=gen.views)
        except VectorStoreError as e:
            if e.missing:
                raise IndexDamaged(str(self.root), f"its vectors are missing: {e}") from e
            # the next question opens the store afresh (dense_for sees a new generation or this refresh)
            self.dense_for(gen).refresh()
            raise StoreUnavailable(f"the vectors of index {self.root} could not be read just now "
                                   f"({str(e).splitlines()[0][:200]}); ask again") from e
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


def _is_full(e: BaseException) -> bool:
    return (isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT)) or bool(getattr(e, "full", False))


class IndexWriter:
    """The one writer: holds `ingest.lock`, gathers one run's changes and commits them as one
    generation at `finish()`.

    Per file: the ids of its views are journalled (intent), its vectors are stored, then the
    file's entry and chunks are journalled; at the end of the run a new generation (chunks,
    manifest, vector manifest, BM25) is built beside the old and CURRENT is swapped with
    os.replace; only then are replaced vectors deleted and the journal removed. A crash at any
    point leaves the old generation, whole; the next run folds the journalled files in and
    deletes vectors nobody committed. `rebuild` does the same into a new vector space, so a
    killed rebuild leaves the old index answering.
    """

    def __init__(self, index: Index, embedder, settings: Settings, rebuild: bool = False):
        self.index = index
        self.root = index.root
        self.embedder = embedder
        self.settings = settings
        self.rebuild = rebuild
        self._lock_file = None
        self._journal = None
        self.swept = 0

    # -- lock
    def __enter__(self) -> "IndexWriter":
        if self.root.exists() and not self.root.is_dir():
            raise IndexMissing(f"{self.root} (it is a file, not an index folder)")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self._lock_file = open(self.root / "ingest.lock", "a+")
        except OSError as e:
            if _is_full(e):
                raise DiskFull(str(self.root), self.index.current_name()) from e
            raise
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
        try:
            self._guard(self._prepare)
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc) -> None:
        if self._journal is not None:
            try:
                self._journal.close()
            except OSError:
                pass
            self._journal = None
        if self._lock_file is not None:
            fcntl.flock(self._lock_file.fileno(), fcntl.LOCK_UN)
            self._lock_file.close()
            self._lock_file = None

    def _guard(self, fn, *args):
        """Run a write step; a full disk stops the run with one line and the last generation kept."""
        from store.dense import VectorStoreError

        try:
            return fn(*args)
        except (OSError, VectorStoreError) as e:
            if _is_full(e):
                raise DiskFull(str(self.root), self.base.name if getattr(self, "base", None) else None) from e
            if isinstance(e, VectorStoreError):
                raise StoreUnavailable(f"index {self.root}: {e}") from e
            raise

    # -- state of the run
    def _prepare(self) -> None:
        self.base: Generation | None = None
        try:
            self.base = self.index.generation() if self.index.exists() else None
        except IndexDamaged:
            if not self.rebuild:
                raise
        if self.base is not None and self.index.warning:
            log.warning(self.index.warning)
        stale = self.index.is_stale() or (self.base is not None and self.base.server != bool(self.settings.chroma_url))
        if stale and self.base is not None:
            self.rebuild = True      # another model, chunker or vector home: rebuild beside the old
        if self.base is None and not self.rebuild and any(self.root.glob("gen-*")):
            raise IndexDamaged(str(self.root), "CURRENT is missing" if not self.index.exists() else "no generation can be read")

        self.files: dict[str, FileEntry] = {}
        self.by_source: dict[str, list[Chunk]] = {}
        self.vectors: dict[str, list[str]] = {}
        self.space, self.server = LEGACY, False
        self.known_ids: set[str] = set()       # every id that may be in this space: deleted unless committed
        self.dirty = False
        self._pending: list[tuple[FileEntry, list[Chunk]]] = []
        self._pending_views = 0
        if self.base is not None:
            self.files = dict(self.base.files)
            for c in self.base.chunks:
                self.by_source.setdefault(c.source, []).append(c)
            self.space, self.server = self.base.space, self.base.server
            if self.base.vectors is None and not self.rebuild:   # made before the vector manifest: read its ids once
                self.vectors = self._dense().ids_by_source()
                self.known_ids = {i for ids in self.vectors.values() for i in ids}
                self.vectors = {k: v for k, v in self.vectors.items() if k in self.files}
                self.dirty = True
            else:
                self.vectors = {k: list(v) for k, v in self.base.vectors.items()}
        else:
            # a first build: a new space, or the one an unfinished first build was filling
            header, _ = self._read_journal()
            if header and header.get("base") is None and not header.get("rebuild") and \
                    bool(header.get("server")) == bool(self.settings.chroma_url):
                self.space, self.server = header["space"], bool(header.get("server"))
            else:
                self.space, self.server = uuid.uuid4().hex[:12], bool(self.settings.chroma_url)
        self._recover()
        if self.rebuild:
            self._start_rebuild()

    def _dense(self, space: str | None = "", server: bool | None = None):
        from store.dense import DenseStore

        space = self.space if space == "" else space
        server = self.server if server is None else server
        return DenseStore.shared(space_where(self.root, space, server, self.settings))

    def _read_journal(self) -> tuple[dict | None, list[dict]]:
        path = self.root / JOURNAL
        try:
            lines = path.read_bytes().split(b"\n")
        except FileNotFoundError:
            return None, []
        records = []
        for line in lines:
            try:
                records.append(json.loads(line))
            except ValueError:
                break               # a line cut by a crash (or a full disk) ends what was written
        if not records or "base" not in records[0]:
            return None, []
        return records[0], records[1:]

    def _recover(self) -> None:
        """Fold in the journal of a run that did not finish, or clean up after one that did."""
        header, records = self._read_journal()
        base_name = self.base.name if self.base else None
        if header is None:
            (self.root / JOURNAL).unlink(missing_ok=True)
        elif not header.get("rebuild") and not self.rebuild and header["base"] == base_name \
                and header.get("space") == self.space and bool(header.get("server")) == self.server:
            # the last run stopped before its commit: its finished files are kept
            for rec in records:
                op = rec.get("op")
                if op == "intent":
                    self.known_ids.update(rec["ids"])
                elif op == "put":
                    self._apply_put(FileEntry.from_json(rec["entry"]),
                                    [Chunk.from_metadata(c["text"], c["meta"]) for c in rec["chunks"]], rec["ids"])
                elif op == "del":
                    self._apply_del(rec["source"])
            self._rewrite_journal(header, records)
        else:
            # the run committed (or was a rebuild that never did): delete what nobody committed
            intents = {i for rec in records if rec.get("op") == "intent" for i in rec["ids"]}
            here = (self.space, self.server)
            old = self._generation(header["base"])
            if (header.get("space"), bool(header.get("server"))) == here:
                self.known_ids |= intents
                if old is not None and (old.space, old.server) == here and old.vectors:
                    self.known_ids |= {i for ids in old.vectors.values() for i in ids}
                elif old is not None and old.vectors is not None:
                    self._dense(old.space, old.server).drop()       # a rebuild committed; its old space stayed
                self._delete_orphans()
            else:
                self._dense(header.get("space"), bool(header.get("server"))).drop()   # an abandoned rebuild
            (self.root / JOURNAL).unlink(missing_ok=True)
        self._sweep_spaces()

    def _generation(self, name: str | None) -> Generation | None:
        if not name:
            return None
        try:
            return Generation(self.root / name)
        except GenerationDamaged:
            return None

    def _sweep_spaces(self) -> None:
        """Local vector spaces that no generation or journal uses (an abandoned or replaced rebuild)."""
        keep = {f"vectors-{self.space}"} if self.space and not self.server else set()
        header, _ = self._read_journal()
        if header and header.get("space") and not header.get("server"):
            keep.add(f"vectors-{header['space']}")
        for p in self.root.glob("vectors-*"):
            if p.name not in keep and p.is_dir():
                shutil.rmtree(p, ignore_errors=True)

    def _start_rebuild(self) -> None:
        """Everything from now on goes to a new vector space; the old one answers until finish()."""
        self.old_space = (self.space, self.server)
        self.files, self.by_source, self.vectors, self.known_ids = {}, {}, {}, set()
        self.space, self.server = uuid.uuid4().hex[:12], bool(self.settings.chroma_url)
        self.dirty = True
        self._rewrite_journal({"base": self.base.name if self.base else None, "space": self.space,
                               "server": self.server, "rebuild": True}, [])

    def clear(self) -> None:
        """Start again from nothing (`ingest --rebuild`), built beside the old index."""
        if not getattr(self, "old_space", None):
            self.rebuild = True
            self._guard(self._start_rebuild)

    # -- journal
    def _rewrite_journal(self, header: dict, records: list[dict]) -> None:
        if self._journal is not None:
            self._journal.close()
        tmp = self.root / (JOURNAL + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            for rec in [header, *records]:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.root / JOURNAL)
        self._journal = open(self.root / JOURNAL, "a", encoding="utf-8")

    def _append(self, records: list[dict]) -> None:
        if self._journal is None:
            self._rewrite_journal({"base": self.base.name if self.base else None, "space": self.space,
                                   "server": self.server, "rebuild": False}, [])
        self._journal.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        self._journal.flush()
        os.fsync(self._journal.fileno())

    # -- changes
    def known(self, source: str) -> FileEntry | None:
        return self.files.get(source)

    def sources(self) -> list[str]:
        return list(self.files)

    def _apply_put(self, entry: FileEntry, chunks: list[Chunk], ids: list[str]) -> None:
        old = self.vectors.get(entry.source, [])
        self.known_ids.update(old)
        self.files.pop(entry.source, None)
        self.by_source.pop(entry.source, None)
        self.vectors.pop(entry.source, None)
        self.files[entry.source] = entry
        self.by_source[entry.source] = chunks
        self.vectors[entry.source] = ids
        self.known_ids.update(ids)
        self.dirty = True

    def _apply_del(self, source: str) -> None:
        self.known_ids.update(self.vectors.pop(source, []))
        self.files.pop(source, None)
        self.by_source.pop(source, None)
        self.dirty = True

    def replace_file(self, entry: FileEntry, chunks: list[Chunk]) -> None:
        """Make `chunks` the whole content of `entry.source` in this run; its vectors are computed
        with those of the next files (one batch for many small files)."""
        self._pending.append((entry, chunks))
        self._pending_views += len(chunks)
        if self._pending_views >= EMBED_BATCH:
            self.flush()

    def flush(self) -> None:
        """Embed and store the pending files, then journal them as finished."""
        if not self._pending:
            return
        from ingest.chunking import embedding_windows

        pending, self._pending, self._pending_views = self._pending, [], 0
        ids, texts, metas, per_file = [], [], [], []
        for entry, chunks in pending:
            file_ids = []
            for c in chunks:
                meta = {k: v for k, v in c.metadata().items() if k not in ("page_map", "header")}
                meta["committee_key"] = committee_key(c.committee)
                for n, window in enumerate(embedding_windows(c, self.settings.max_tokens)):
                    file_ids.append(f"{c.chunk_id}#{n}")
                    texts.append(window)
                    metas.append(meta)
            ids.extend(file_ids)
            per_file.append((entry, chunks, file_ids))
        self._guard(self._append, [{"op": "intent", "ids": ids}])
        self.known_ids.update(ids)
        vectors = self.embedder.embed(texts)
        self._guard(self._dense().add, ids, vectors, metas)
        self._guard(self._append, [{"op": "put", "entry": e.to_json(), "ids": fid,
                                    "chunks": [{"text": c.text, "meta": c.metadata()} for c in cs]}
                                   for e, cs, fid in per_file])
        for entry, chunks, file_ids in per_file:
            self._apply_put(entry, chunks, file_ids)

    def remove_file(self, source: str) -> None:
        if source not in self.files:
            return
        self._guard(self._append, [{"op": "del", "source": source}])
        self._apply_del(source)

    # -- commit
    def finish(self) -> None:
        """Commit the run as one generation (nothing is written when nothing changed)."""
        self.flush()
        if self.dirty or self.base is None:
            self._guard(self._commit)

    def _commit(self) -> None:
        numbers = [_number(p.name) for p in self.root.glob("gen-*")]
        name = f"gen-{max(numbers, default=0) + 1:06d}"
        chunks = [c for cs in self.by_source.values() for c in cs]
        vectors = {k: v for k, v in self.vectors.items() if k in self.files}
        _write_generation(self.root, name, self.files, chunks, vectors, self.space, self.server)
        if self.rebuild or not (self.root / PARAMS_FILE).exists():
            self._write_params()
        tmp = self.root / "CURRENT.tmp"
        tmp.write_text(name)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.root / "CURRENT")
        _fsync_dir(self.root)
        # committed: now vectors nobody uses can go (readers of the old generation retry)
        self._delete_orphans(vectors)
        old = getattr(self, "old_space", None)
        if old and old != (self.space, self.server) and (old[0] is not LEGACY or (self.root / "chroma").exists()):
            self._dense(*old).drop()
        (self.root / JOURNAL).unlink(missing_ok=True)
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        gens = sorted((p for p in self.root.glob("gen-*") if p.is_dir() and not p.name.endswith(".tmp")),
                      key=lambda p: _number(p.name))
        for p in self.root.glob("gen-*.tmp"):
            shutil.rmtree(p, ignore_errors=True)
        for old_gen in gens[:-KEEP_GENERATIONS]:
            shutil.rmtree(old_gen, ignore_errors=True)
        self.base = self.index.generation()
        self.dirty = False

    def _write_params(self) -> None:
        tmp = self.root / (PARAMS_FILE + ".tmp")
        tmp.write_text(json.dumps({**_params(), "created": now()}, indent=1))
        os.replace(tmp, self.root / PARAMS_FILE)

    def _delete_orphans(self, committed: dict[str, list[str]] | None = None) -> None:
        committed = self.vectors if committed is None else committed
        live = {i for ids in committed.values() for i in ids}
        orphans = sorted(self.known_ids - live)
        if orphans:
            self._dense().delete(orphans)
        self.swept += len(orphans)
        self.known_ids = set(live)


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
