"""The kinds of file Scrutineer reads: each kind's name, the suffixes that mark it and how a browser
is served it. The one registry of file suffixes: ingest registers a reader per kind, the app takes
uploads of these suffixes and serves sources by kind, the evals read text kinds as text."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileKind:
    name: str                    # "pdf", "text", "markdown", "html"
    suffixes: tuple[str, ...]    # lower case, with the dot
    served_as: str               # the media type the app serves the raw file as (text kinds as plain text)


KINDS: tuple[FileKind, ...] = (
    FileKind("pdf", (".pdf",), "application/pdf"),
    FileKind("text", (".txt",), "text/plain; charset=utf-8"),
    FileKind("markdown", (".md", ".markdown"), "text/plain; charset=utf-8"),
    # an HTML paper is shown as its source text, never rendered: its markup is not ours to run
    FileKind("html", (".html", ".htm"), "text/plain; charset=utf-8"),
)
SUFFIXES: tuple[str, ...] = tuple(s for kind in KINDS for s in kind.suffixes)
TEXT_SUFFIXES: tuple[str, ...] = tuple(s for kind in KINDS if kind.name != "pdf" for s in kind.suffixes)


def kind_of(path: str | Path) -> FileKind | None:
    suffix = Path(path).suffix.lower()
    return next((kind for kind in KINDS if suffix in kind.suffixes), None)


def kind_named(name: str) -> FileKind:
    return next(kind for kind in KINDS if kind.name == name)


def is_pdf(path: str | Path) -> bool:
    kind = kind_of(path)
    return kind is not None and kind.name == "pdf"
