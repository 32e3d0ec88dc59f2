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
        for n, f in enumerate(files):
            shown = display_path(f)
            if progress:
                progress(n, total, shown)
            report.results.append(_update_file(writer, f, shown, settings))
        if prune:
            report.results.extend(_prune(writer, paths, {display_path(f) for f in files}))
        writer.finish()
        if progress:
            progress(total, total, "")
    return report


def _update_file(writer: IndexWriter, f: Path, shown: str, settings: Settings) -> FileResult:
    try:
        data = pipeline.read_bytes(f, settings)      # read once: hashed here, parsed below
        sha = hashlib.sha256(data).hexdigest()
        meta_sha = hashlib.sha256(json.dumps(sidecar.read_overrides(f), sort_keys=True).encode()).hexdigest()
        known = writer.known(shown)
        if known and known.sha256 == sha and known.meta_sha == meta_sha:
            return FileResult(shown, "skipped", chunks=known.chunks)
        prepared = pipeline.prepare(pipeline.read(f, data=data), settings)
        pages = [p.number for p in prepared.source.pages if p.number is not None]
        entry = FileEntry(
            source=shown, sha256=sha, kind=prepared.source.kind, pages=max(pages) if pages else None,
            chunks=len(prepared.chunks), indexed_at=now(), meta_sha=meta_sha,
            documents=[summarise(d, n) for d, n in zip(prepared.documents, prepared.chunks_per_document)])
        writer.replace_file(entry, prepared.chunks)
        return FileResult(shown, "ingested", chunks=len(prepared.chunks))
    except UnreadableDocument as e:
        return FileResult(shown, "failed", e.reason)
    except OSError as e:
        return FileResult(shown, "failed", f"cannot read file: {e.strerror or e}")
    except (ScrutineerError, KeyboardInterrupt):
        raise
    except Exception as e:  # a parser bug on one odd file must not end a 300-file run
        return FileResult(shown, "failed", f"internal error while reading it ({type(e).__name__}: {e}); please report")


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
