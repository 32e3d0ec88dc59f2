"""Uploaded files: a safe name inside corpus/uploads/, cheap checks with clear messages, saving.

Whether a file really reads is the engine's ingest's call; this only keeps names and sizes sane.
"""
from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from core.filekinds import SUFFIXES, TEXT_SUFFIXES

ALLOWED_SUFFIXES = SUFFIXES
UPLOADS_FOLDER = "uploads"
MAX_NAME = 120


@dataclass
class Upload:
    """One file the user gave the library page."""

    name: str                 # as the browser sent it; never trusted as a path
    data: bytes


def safe_upload_name(name: str) -> str:
    """Basename only, ASCII letters, digits, '.', '-' and '_': never a path, never hidden.

    'C:\\\\x\\\\..\\\\Minutes (12 May).PDF' -> 'Minutes-12-May.pdf'
    """
    base = re.split(r"[\\/]", name)[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-_.")
    suffix = re.sub(r"[^A-Za-z0-9]+", "", suffix).lower()
    stem = stem[: MAX_NAME - len(suffix) - 1] or "upload"
    return f"{stem}.{suffix}" if suffix else stem


def check_upload(upload: Upload, max_mb: int) -> str | None:
    """Why this file cannot be taken, in a sentence the user can act on; None when it can."""
    suffix = Path(safe_upload_name(upload.name)).suffix.lower()
    allowed = ", ".join(ALLOWED_SUFFIXES)
    if suffix not in ALLOWED_SUFFIXES:
        return f"{upload.name}: {suffix or 'no extension'} files are not supported (use {allowed})"
    if not upload.data:
        return f"{upload.name}: the file is empty"
    if len(upload.data) > max_mb * 1024 * 1024:
        size = len(upload.data) / (1024 * 1024)
        return f"{upload.name}: {size:.1f} MB is over the {max_mb} MB limit"
    if suffix == ".pdf" and not upload.data.lstrip()[:5] == b"%PDF-":
        return f"{upload.name}: not a PDF (the file does not start with %PDF-)"
    if suffix == ".docx" and not upload.data[:4] == b"PK\x03\x04":
        return f"{upload.name}: not a Word .docx file (an old .doc, or damaged): save it as .docx or PDF"
    if suffix in TEXT_SUFFIXES and b"\x00" in upload.data[:4096]:
        return f"{upload.name}: not a text file (it holds binary data)"
    return None


def save_upload(upload: Upload, corpus_dir: Path) -> Path:
    """Write the file into <corpus>/uploads/ under its safe name and return its path.

    An existing file with other content is kept: the new one gets '-2', '-3' ... before the suffix.
    """
    folder = (Path(corpus_dir) / UPLOADS_FOLDER).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    name = safe_upload_name(upload.name)
    stem, suffix = os.path.splitext(name)
    target, n = folder / name, 1
    while target.exists() and target.read_bytes() != upload.data:
        n += 1
        target = folder / f"{stem}-{n}{suffix}"
    if target.resolve().parent != folder:          # belt and braces: the name cannot escape
        raise ValueError(f"refusing to write {upload.name!r} outside {folder}")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".upload-")
    with os.fdopen(fd, "wb") as f:
        f.write(upload.data)
    os.replace(tmp, target)
    return target
