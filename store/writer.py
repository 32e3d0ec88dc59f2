"""The one writer of an index folder: the writer lock, the run journal, one generation per run,
recovery after a crash and rebuilds beside the old index. See store/index.py for the layout;
it reads no source files (store.update does) and serves no queries (store.index does).

One ingest run writes one generation (BM25 built once), so a run is linear in the corpus. Each
finished batch of files is appended to the journal (fsynced) after its vectors are stored, so a
crash loses at most the files whose vectors were being computed; the next run folds the journal in.
"""
from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import time
import uuid
from pathlib import Path

from core.errors import DiskFull, IndexDamaged, IndexLocked, IndexMissing, ScrutineerError, StoreUnavailable
from core.settings import Settings
from core.types import Chunk
from store.index import (JOURNAL, KEEP_GENERATIONS, LEGACY, PARAMS_FILE, FileEntry, Generation, GenerationDamaged,
                         Index, _number, _params, committee_key, log, now, space_where)

EMBED_BATCH = 256            # views embedded together, across small files


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_generation(root: Path, name: str, files: dict[str, FileEntry], chunks: list[Chunk],
                      vectors: dict[str, list[str]], space: str, server: bool, sentences=None) -> Path:
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
    if sentences is not None:
        sentences(tmp, chunks)
    for p in tmp.rglob("*"):
        if p.is_file():
            with open(p, "rb") as fh:
                os.fsync(fh.fileno())
    final = root / name
    shutil.rmtree(final, ignore_errors=True)
    os.replace(tmp, final)
    return final



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
        if self.base is None and not self.index.exists():
            self._drop_uncommitted_first_build()
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
            if self.settings.sentence_vectors and self.base.chunks and not self.base.has_sentences():
                self.dirty = True       # an index from before sentence vectors: the next commit adds them
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

    def _drop_uncommitted_first_build(self) -> None:
        """A first build killed after writing its generation but before CURRENT: the journal still
        says "no base", so that generation was never committed and is not damage. It goes; the
        journalled files are folded in again by `_recover`."""
        header, _ = self._read_journal()
        leftovers = [p for p in self.root.glob("gen-*") if p.name.endswith(".tmp")]
        if header is not None and header.get("base") is None:
            leftovers = list(self.root.glob("gen-*"))
        for p in leftovers:
            shutil.rmtree(p, ignore_errors=True)

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
        try:
            vectors = self.embedder.embed(texts)
        except ScrutineerError:
            raise
        except Exception as e:   # files of this batch were already reported: stop the run rather than lose them silently
            raise StoreUnavailable(f"index {self.root}: embedding failed ({type(e).__name__}: {e}); "
                                   f"files finished before this batch are kept; run `scrutineer ingest` again") from e
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
        _write_generation(self.root, name, self.files, chunks, vectors, self.space, self.server,
                          self._sentence_builder())
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

    def _sentence_builder(self):
        """What writes the new generation's sentence vectors (store/sentences.py): the base
        generation's rows are reused unless this run embeds with another model (a rebuild)."""
        if not self.settings.sentence_vectors:
            return None
        from store.sentences import DIR, build

        base = None
        if self.base is not None and not self.rebuild and self.base.sentences is not None:
            base = ({c.chunk_id: i for i, c in enumerate(self.base.chunks)}, self.base.sentences)

        def write(folder: Path, chunks: list[Chunk]) -> None:
            build(folder / DIR, chunks, self.embedder, base)
        return write

    def _write_params(self) -> None:
        tmp = self.root / (PARAMS_FILE + ".tmp")
        tmp.write_text(json.dumps({**_params(self.settings), "created": now()}, indent=1))
        os.replace(tmp, self.root / PARAMS_FILE)

    def _delete_orphans(self, committed: dict[str, list[str]] | None = None) -> None:
        committed = self.vectors if committed is None else committed
        live = {i for ids in committed.values() for i in ids}
        orphans = sorted(self.known_ids - live)
        if orphans:
            self._dense().delete(orphans)
        self.swept += len(orphans)
        self.known_ids = set(live)
