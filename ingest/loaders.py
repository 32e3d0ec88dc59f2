"""Files -> `SourceFile`: pick a loader by suffix, hash the bytes, attach sidecar metadata.

A registry, not an if-chain: `register_loader((".docx",), "docx", read_docx)` adds a format.
Every failure a user can meet leaves as `UnreadableDocument` with a reason they can act on.
This module does not drop furniture or find structure; later steps do.
"""
from __future__ import annotations

import hashlib
import inspect
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from core.errors import UnreadableDocument
from core.filekinds import kind_named
from core.paths import display_path as default_name
from core.types import Page, SourceFile

from .docx import read_docx
from .html import read_html
from .pdf import read_pdf
from .sidecar import is_sidecar, read_overrides
from .text import read_text

LoaderFn = Callable[[Path], list[Page]]


@dataclass(frozen=True)
class Loader:
    suffixes: tuple[str, ...]   # lower case, with the dot; the first one is shown in messages
    kind: str                   # SourceFile.kind, e.g. "pdf"
    fn: LoaderFn                # path -> pages; raises UnreadableDocument for bad input
    takes_bytes: bool = False   # fn also accepts `data=` (the bytes already read and hashed)


_LOADERS: dict[str, Loader] = {}


def _accepts_data(fn: Callable) -> bool:
    try:
        parameters = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return "data" in parameters or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())


def register_loader(suffixes: tuple[str, ...], kind: str, fn: LoaderFn) -> None:
    """Read files ending in any of `suffixes` (".pdf", case-insensitive) with `fn`.

    `fn(path)` returns the file's pages and raises `UnreadableDocument(path, reason)` for input
    it cannot read; any other exception it raises is reported as "<kind> loader failed: ...".
    If `fn` also takes a keyword argument `data`, it is given the bytes `load_file` already read,
    so the text comes from exactly the bytes that were hashed. A later registration of a suffix
    replaces the earlier one.
    """
    normalised = tuple(s.lower() if s.startswith(".") else "." + s.lower() for s in suffixes)
    if not normalised:
        raise ValueError("register_loader needs at least one suffix")
    loader = Loader(normalised, kind, fn, takes_bytes=_accepts_data(fn))
    for suffix in normalised:
        _LOADERS[suffix] = loader


for _kind, _reader in (("pdf", read_pdf), ("text", read_text), ("markdown", read_text), ("html", read_html),
                       ("docx", read_docx)):
    register_loader(kind_named(_kind).suffixes, _kind, _reader)

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_LOADERS)  # the built-in ones; is_supported also knows later ones


def supported_suffixes() -> tuple[str, ...]:
    """Every suffix a loader is registered for, built-in or added."""
    return tuple(_LOADERS)


def is_supported(path: Path) -> bool:
    """True for a file `load_file` will try to read (sidecars are metadata, not documents)."""
    path = Path(path)
    return path.suffix.lower() in _LOADERS and not is_sidecar(path)


def file_kind(mode: int) -> str:
    """What a path that is not a regular file is, for messages."""
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


def too_large(size: int, max_bytes: int) -> str:
    mb = size / 1048576
    return (f"too large: {mb:.1f} MB, over the {max_bytes // 1048576} MB limit "
            f"(set SCRUTINEER_MAX_FILE_MB to raise it)")


def read_bytes(path: Path, shown: str | None = None, max_bytes: int | None = None) -> bytes:
    """The bytes of the regular file at `path`, or UnreadableDocument.

    Checked on the open file itself, before reading: a named pipe, a device or a file over
    `max_bytes` is refused, never read without end (a link to /dev/zero, a FIFO named pipe.txt).
    """
    shown = shown or default_name(path)
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise UnreadableDocument(shown, "is a folder, not a file") from None
    except OSError as e:
        raise UnreadableDocument(shown, f"cannot read file: {e.strerror or e}") from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if stat.S_ISDIR(st.st_mode):
            raise UnreadableDocument(shown, "is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableDocument(shown, f"not a regular file ({file_kind(st.st_mode)}); not read")
        if max_bytes is not None and st.st_size > max_bytes:
            raise UnreadableDocument(shown, too_large(st.st_size, max_bytes))
        data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:   # grew after the check
        raise UnreadableDocument(shown, too_large(len(data), max_bytes))
    return data


def load_file(path: Path, display_path: str | None = None, data: bytes | None = None) -> SourceFile:
    """Read the file at `path` into a `SourceFile`, or raise `UnreadableDocument`.

    `display_path` is how the file is named in the index and in messages (default: `path`
    relative to the working directory when it is inside it). `data` is the file's bytes when
    the caller has already read (and hashed) them: the file is then not read again.
    """
    path = Path(path)
    shown = display_path or default_name(path)
    loader = _LOADERS.get(path.suffix.lower())
    if loader is None or is_sidecar(path):
        raise UnreadableDocument(shown, _unsupported(path))
    if data is None:
        data = read_bytes(path, shown)
    if not data:
        raise UnreadableDocument(shown, "empty file")

    try:
        pages = loader.fn(path, data=data) if loader.takes_bytes else loader.fn(path)
    except UnreadableDocument as e:
        raise UnreadableDocument(shown, e.reason) from None
    except Exception as e:  # a plug-in loader's bug must not end a whole ingest
        raise UnreadableDocument(shown, f"{loader.kind} loader failed: {type(e).__name__}: {e}") from None
    if not any(page.text.strip() for page in pages):
        raise UnreadableDocument(shown, "no text found")

    try:
        overrides = read_overrides(path)
    except UnreadableDocument as e:  # names the sidecar, not the document: that is what to fix
        raise UnreadableDocument(default_name(e.path), e.reason) from None
    return SourceFile(
        path=shown,
        sha256=hashlib.sha256(data).hexdigest(),
        kind=loader.kind,
        pages=pages,
        overrides=overrides,
    )


def _unsupported(path: Path) -> str:
    shown = ", ".join(dict.fromkeys(loader.suffixes[0] for loader in _LOADERS.values()))
    if is_sidecar(path):
        return f"a metadata sidecar, not a document (supported: {shown})"
    what = path.suffix.lower() or "(no extension)"
    return f"unsupported file type {what} (supported: {shown})"


