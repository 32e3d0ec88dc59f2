"""The kinds of file Scrutineer reads: each kind's name, the suffixes that mark it and how a browser
is served it. The one registry of file suffixes: ingest registers a reader per kind, the app takes
uploads of these suffixes and serves sources by kind (a PDF in the browser's viewer, a text kind as
its text with the passage marked, any other kind as a download), the evals read text kinds as text."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileKind:
    name: str                    # "pdf", "text", "markdown", "html", "docx"
    suffixes: tuple[str, ...]    # lower case, with the dot
    served_as: str               # the media type the app serves the raw file as (text kinds as plain text)

    @property
    def is_text(self) -> bool:
        """A kind whose file is its text: the app shows it with the passage marked, the evals read it."""
        return self.served_as.startswith("text/")

    @property
    def opens_inline(self) -> bool:
        """A kind a browser shows itself (a PDF, text); any other is offered as a download."""
        return self.is_text or self.served_as == "application/pdf"


KINDS: tuple[FileKind, ...] = (
    FileKind("pdf", (".pdf",), "application/pdf"),
    FileKind("text", (".txt",), "text/plain; charset=utf-8"),
    FileKind("markdown", (".md", ".markdown"), "text/plain; charset=utf-8"),
    # an HTML paper is shown as its source text, never rendered: its markup is not ours to run
    FileKind("html", (".html", ".htm"), "text/plain; charset=utf-8"),
    # a Word document is binary: offered as a download, never shown as text
    FileKind("docx", (".docx",), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
)
SUFFIXES: tuple[str, ...] = tuple(s for kind in KINDS for s in kind.suffixes)
TEXT_SUFFIXES: tuple[str, ...] = tuple(s for kind in KINDS if kind.is_text for s in kind.suffixes)


def kind_of(path: str | Path) -> FileKind | None:
    suffix = Path(path).suffix.lower()
    return next((kind for kind in KINDS if suffix in kind.suffixes), None)


def kind_named(name: str) -> FileKind:
    return next(kind for kind in KINDS if kind.name == name)


def is_pdf(path: str | Path) -> bool:
    kind = kind_of(path)
    return kind is not None and kind.name == "pdf"


def is_text(path: str | Path) -> bool:
    """A file of a text kind (its bytes are its text); False for PDF, Word and unknown suffixes."""
    kind = kind_of(path)
    return kind is not None and kind.is_text
