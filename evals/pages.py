"""Page texts of source PDFs, as pypdf extracts them, for checking citations' pages; and the
text of a Word .docx as python-docx gives it (paragraphs, then table cells), for checking gold strings.

This is the evals' own independent reading of the file (a check on the pipeline, not part of it).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pypdf import PdfReader

from core.filekinds import is_pdf, is_text, kind_of


class PdfPages:
    """page_text(source, page) -> the text of that 1-based page, or None when it cannot be known.

    None for non-PDF sources, missing files and pages out of range. Readers are cached per file.
    """

    def __init__(self, root: str | Path | None = None):
        self.root = Path(root) if root is not None else None

    def __call__(self, source: str, page: int) -> str | None:
        pages = self.pages(source)
        if pages is None or not 1 <= page <= len(pages):
            return None
        return pages[page - 1]

    def pages(self, source: str) -> tuple[str, ...] | None:
        path = Path(source)
        if not path.is_absolute() and self.root is not None:
            path = self.root / path
        return _read(str(path.resolve()))


@lru_cache(maxsize=64)
def _read(path: str) -> tuple[str, ...] | None:
    if not is_pdf(path) or not Path(path).is_file():
        return None
    try:
        reader = PdfReader(path)
        return tuple(page.extract_text() or "" for page in reader.pages)
    except Exception:   # an unreadable PDF cannot be checked; the metric skips it, not the run
        return None


def docx_text(path: str | Path) -> str | None:
    """A Word document's paragraphs and table rows (cells apart by tabs), or None when it cannot be read."""
    import docx    # only the evals that meet a .docx pay for the import

    try:
        document = docx.Document(str(path))
    except Exception:   # an unreadable file cannot be checked; the caller skips it, not the run
        return None
    lines = [p.text for p in document.paragraphs]
    lines += ["\t".join(cell.text for cell in row.cells) for table in document.tables for row in table.rows]
    return "\n".join(lines)


def file_text(path: str | Path) -> str | None:
    """The whole text of a non-PDF source as the evals read it (a text kind as is, Word through
    python-docx), or None for a PDF (read by pages), an unknown kind or an unreadable file."""
    if is_text(path):
        return Path(path).read_text(encoding="utf-8", errors="replace")
    kind = kind_of(path)
    return docx_text(path) if kind is not None and kind.name == "docx" else None
