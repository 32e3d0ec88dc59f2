"""Files -> chunks: find the files under the paths given, read each, drop page furniture,
find its documents and structure, cut chunks. Writes nothing; the index commits the chunks."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ingest import chunking, furniture, loaders, sidecar, structure
from core.errors import UnreadableDocument
from core.settings import Settings
from core.types import Chunk, Document, SourceFile


def display_path(path: Path) -> str:
    """How a source is named in citations: relative to the working directory when inside it."""
    resolved = path.resolve()
    try:
        return str(resolved.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(resolved)


def walk(paths: list[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to ingest under `paths` (folders recursively, sorted), and (path, reason) for
    named paths that cannot be ingested at all. Hidden files and metadata sidecars are skipped."""
    found: list[Path] = []
    problems: list[tuple[str, str]] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            problems.append((str(raw), "no such file or folder"))
        elif p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if name.startswith(".") or sidecar.is_sidecar(f):
                        continue
                    found.append(f)
        elif sidecar.is_sidecar(p):
            continue
        else:
            found.append(p)
    seen, unique = set(), []
    for f in found:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, problems


@dataclass
class Prepared:
    source: SourceFile
    documents: list[Document]
    chunks: list[Chunk]
    chunks_per_document: list[int]


def read(path: Path) -> SourceFile:
    return loaders.load_file(path, display_path(path))


def prepare(source: SourceFile, settings: Settings) -> Prepared:
    """Structure and chunks of a file already read (raises UnreadableDocument)."""
    cleaned = furniture.clean_pages(source.pages)
    clean_source = SourceFile(source.path, source.sha256, source.kind, cleaned, source.overrides)
    documents = structure.parse(clean_source)
    if not documents:
        raise UnreadableDocument(source.path, "no text found")
    chunks: list[Chunk] = []
    counts: list[int] = []
    for doc in documents:
        mine = chunking.chunk_document(doc, settings, position=len(chunks))
        chunks.extend(mine)
        counts.append(len(mine))
    if not chunks:
        raise UnreadableDocument(source.path, "no text found")
    return Prepared(source, documents, chunks, counts)
