"""Bringing the index up to date with files on disk: walk the paths, skip what is unchanged (by
content and sidecar hash), replace what changed, prune what is gone. The one home of that
bookkeeping; it parses nothing itself (ingest.pipeline does) and stores nothing itself (IndexWriter does)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Callable, Iterable

from core.errors import ScrutineerError, UnreadableDocument
from core.settings import Settings
from core.types import Document, DocumentSummary, FileResult, IngestReport
from core.paths import display_path
from ingest import pipeline, sidecar
from store.index import FileEntry, Index, now
from store.writer import IndexWriter

Progress = Callable[[int, int, str], None]


def update(index: Index, embedder, settings: Settings, paths: Iterable[str | Path], prune: bool = False,
           progress: Progress | None = None, rebuild: bool = False) -> IngestReport:
    """Ingest `paths` into `index`; `embedder` is only asked for vectors of files that changed."""
    paths = list(paths)
    files, problems = pipeline.walk(paths, settings)
    report = IngestReport([FileResult(p, "failed", reason) for p, reason in problems])
    with IndexWriter(index, embedder, settings, rebuild=rebuild) as writer:
        total = len(files)
        folder = _Folder(writer, settings)
        for n, f in enumerate(files):
            shown = display_path(f)
            if progress:
                progress(n, total, shown)
            if f.parent != folder.path:
                report.results.extend(folder.close())
                folder = _Folder(writer, settings, f.parent, Path(shown).parent)
            _update_file(writer, f, shown, settings, folder)
        report.results.extend(folder.close())
        if prune:
            report.results.extend(_prune(writer, paths, {display_path(f) for f in files}))
        writer.finish()
        if progress:
            progress(total, total, "")
    return report


class _Folder:
    """The files of one folder in this run, their results in file order. A file whose documents name
    no council waits until the folder is done, then takes the one council the folder's other files
    name (pipeline.folder_council); the others are written at once."""

    def __init__(self, writer: IndexWriter, settings: Settings, path: Path | None = None, shown: Path | None = None):
        self.writer, self.settings, self.path = writer, settings, path
        # what the folder's files already in the index name (a file ingested on its own joins them)
        self.named: list[set[str | None]] = [
            {d.council for d in writer.known(source).documents}
            for source in (writer.sources() if shown is not None else []) if Path(source).parent == shown]
        self.results: list[FileResult | tuple[str, FileEntry, pipeline.Prepared]] = []

    def add(self, shown: str, entry: FileEntry, prepared: pipeline.Prepared) -> None:
        self.named.append(pipeline.council_named(prepared.documents))
        if all(d.council for d in prepared.documents):
            self.results.append(self._write(shown, entry, prepared))
        else:
            self.results.append((shown, entry, prepared))

    def done(self, result: FileResult, known: FileEntry | None = None) -> None:
        if known is not None:
            self.named.append({d.council for d in known.documents})
        self.results.append(result)

    def close(self) -> list[FileResult]:
        found = pipeline.folder_body(self.named, self.path.name if self.path else None)
        out: list[FileResult] = []
        for r in self.results:
            if isinstance(r, tuple):
                shown, entry, prepared = r
                if found:
                    pipeline.give_council(prepared, found[0], self.settings, found[1])
                    entry.documents = _summaries(prepared)
                r = self._write(shown, entry, prepared)
            out.append(r)
        self.results = []
        return out

    def _write(self, shown: str, entry: FileEntry, prepared: pipeline.Prepared) -> FileResult:
        self.writer.replace_file(entry, prepared.chunks)
        return FileResult(shown, "ingested", chunks=len(prepared.chunks))


def _summaries(prepared: pipeline.Prepared) -> list[DocumentSummary]:
    return [summarise(d, n) for d, n in zip(prepared.documents, prepared.chunks_per_document)]


def _update_file(writer: IndexWriter, f: Path, shown: str, settings: Settings, folder: _Folder) -> None:
    try:
        data = pipeline.read_bytes(f, settings)      # read once: hashed here, parsed below
        sha = hashlib.sha256(data).hexdigest()
        meta_sha = hashlib.sha256(json.dumps(sidecar.read_overrides(f), sort_keys=True).encode()).hexdigest()
        known = writer.known(shown)
        if known and known.sha256 == sha and known.meta_sha == meta_sha:
            folder.done(FileResult(shown, "skipped", chunks=known.chunks), known)
            return
        prepared = pipeline.prepare(pipeline.read(f, data=data), settings)
        pages = [p.number for p in prepared.source.pages if p.number is not None]
        entry = FileEntry(
            source=shown, sha256=sha, kind=prepared.source.kind, pages=max(pages) if pages else None,
            chunks=len(prepared.chunks), indexed_at=now(), meta_sha=meta_sha, documents=_summaries(prepared))
        folder.add(shown, entry, prepared)
    except UnreadableDocument as e:
        folder.done(FileResult(shown, "failed", e.reason))
    except OSError as e:
        folder.done(FileResult(shown, "failed", f"cannot read file: {e.strerror or e}"))
    except (ScrutineerError, KeyboardInterrupt):
        raise
    except Exception as e:  # a parser bug on one odd file must not end a 300-file run
        folder.done(FileResult(shown, "failed", f"internal error while reading it ({type(e).__name__}: {e}); please report"))


def _prune(writer: IndexWriter, paths: list, walked: set[str]) -> list[FileResult]:
    """Drop indexed files under the folders given that no longer exist."""
    out = []
    roots = [Path(p).resolve() for p in paths if Path(p).is_dir()]
    for source in writer.sources():
        resolved = Path(source).resolve()
        under = any(resolved == r or r in resolved.parents for r in roots)
        if under and source not in walked and not resolved.exists():
            writer.remove_file(source)
            out.append(FileResult(source, "pruned"))
    return out


def summarise(doc: Document, chunks: int) -> DocumentSummary:
    pages = [b.page for b in doc.blocks if b.page is not None]
    return DocumentSummary(title=doc.title, doc_type=doc.doc_type, committee=doc.committee,
                           meeting_date=doc.meeting_date, pack_date=doc.pack_date,
                           pages=(max(pages) - min(pages) + 1) if pages else None,
                           page_start=min(pages) if pages else None, chunks=chunks, council=doc.council, url=doc.url)
