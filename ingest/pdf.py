"""Read a PDF into one `Page` per page with pypdf's default text extraction, a table's rows kept whole.

The only module that imports pypdf. It turns every pypdf failure into `UnreadableDocument`
with a short reason; it does not drop furniture or find structure (see furniture.py).
"""
from __future__ import annotations

import io
import logging
import sys
import warnings
from pathlib import Path

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from core.errors import UnreadableDocument, short_reason
from core.types import Page
from ingest import leading, letterspacing, rows

log = logging.getLogger(__name__)


def _to_our_log(record: logging.LogRecord) -> bool:
    """pypdf logs a warning for every small defect it repairs (and, without fontTools, for every
    CFF font); a user cannot act on them and the ingest summary would drown. Each goes to this
    module's log at DEBUG and no further (never stderr): real failures reach the user as
    UnreadableDocument."""
    log.debug("pypdf: %s", record.getMessage())
    return False


_filtered: set[str] = set()


def _quiet_pypdf() -> None:
    """Put the filter on every pypdf module's logger (pypdf logs on `logging.getLogger(__name__)`).
    A logger's filter runs before any handler, so no handler anywhere sees these records."""
    for name in [m for m in sys.modules if m == "pypdf" or m.startswith("pypdf.")]:
        if name not in _filtered:
            logging.getLogger(name).addFilter(_to_our_log)
            _filtered.add(name)


_quiet_pypdf()

_AES_HINT = "encrypted PDF: its AES encryption needs the 'cryptography' package (pip install cryptography)"


def read_pdf(path: Path, data: bytes | None = None) -> list[Page]:
    """One `Page(number=i+1, text=page.extract_text())` per page of the PDF at `path`.

    `data` is the file's bytes when the caller already holds them (so the text comes from the
    very bytes that were hashed); otherwise the file is read. Pages without text keep "".
    """
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as e:
            raise UnreadableDocument(str(path), f"cannot read file: {e.strerror or e}") from None
    if b"%PDF-" not in data[:1024]:
        raise UnreadableDocument(str(path), "corrupt PDF: not a PDF file (no %PDF header)")
    # A download cut short loses its trailer; pypdf would "repair" it into a partial document.
    if b"%%EOF" not in data[-2048:]:
        raise UnreadableDocument(str(path), "corrupt PDF: the file is truncated (no %%EOF marker)")
    _quiet_pypdf()      # modules pypdf imported since
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        reader = _open(path, data)
        pages = _extract(path, reader)
    for w in caught:
        log.debug("%s: %s: %s", path, w.category.__name__, w.message)
    if not any(page.text.strip() for page in pages):
        raise UnreadableDocument(str(path), "no text layer: needs OCR")
    return pages


def _open(path: Path, data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))  # tries the empty user password itself
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise UnreadableDocument(str(path), "encrypted PDF: needs a password")
        count = len(reader.pages)
    except UnreadableDocument:
        raise
    except FileNotDecryptedError:
        raise UnreadableDocument(str(path), "encrypted PDF: needs a password") from None
    except DependencyError:
        raise UnreadableDocument(str(path), _AES_HINT) from None
    except Exception as e:  # pypdf raises many types (PdfReadError, ValueError, KeyError, ...)
        raise UnreadableDocument(str(path), f"corrupt PDF: {short_reason(e)}") from None
    if count == 0:
        raise UnreadableDocument(str(path), "corrupt PDF: it has no pages")
    return reader


def _extract(path: Path, reader: PdfReader) -> list[Page]:
    pages: list[Page] = []
    failures: list[str] = []
    for i, page in enumerate(reader.pages):
        try:
            text = _page_text(page)
        except DependencyError:
            raise UnreadableDocument(str(path), _AES_HINT) from None
        except Exception as e:
            # One damaged page should not cost the other 300 pages of a pack.
            failures.append(f"page {i + 1}: {short_reason(e)}")
            text = ""
        pages.append(Page(number=i + 1, text=text))
    if failures and len(failures) == len(pages):
        raise UnreadableDocument(str(path), f"corrupt PDF: {failures[0]}")
    for failure in failures:
        log.warning("%s: %s: this page's text could not be extracted and is indexed empty", path, failure)
    return pages


def _page_text(page) -> str:
    """The page's text as pypdf extracts it, a table row drawn cell by cell put back on one line
    (see ingest/rows.py), a paragraph's space printed as a blank line (see ingest/leading.py) and a
    letter-spaced heading's words set apart (see ingest/letterspacing.py):
    pypdf reports each text run it prints with where it starts, and the text arrays that draw a
    heading as it meets them."""
    spaced: list[list[str]] = []
    runs: list[rows.Run] = []

    def visit(operator: bytes, operands, cm, tm) -> None:
        if operator == b"TJ" and operands and isinstance(operands[0], list):
            elements = [x.decode("latin-1") if isinstance(x, bytes) else str(x) if isinstance(x, str)
                        else float(x) if isinstance(x, (int, float)) else "" for x in operands[0]]
            found = letterspacing.spaced_words(elements)
            if found:
                spaced.append(found)

    def place(text, cm, tm, font, size) -> None:
        if text:
            runs.append(_run(text, cm, tm, size))

    text = page.extract_text(visitor_operand_before=visit, visitor_text=place) or ""
    if "".join(r.text for r in runs) == text:      # the runs are the text, so lines can be placed
        text = leading.with_breaks(rows.placed(runs))
    return letterspacing.respace(text, spaced) if spaced else text


def _run(text: str, cm, tm, size) -> rows.Run:
    """A text run placed on the page: its start, its font size on the page (None where the text is
    not upright, so that a rotated line is never taken for a cell)."""
    try:
        a, b, c, d, e, f = (float(v) for v in tm[:6])
        ca, cb, cc, cd, ce, cf = (float(v) for v in cm[:6])
        # the text matrix times the current transformation matrix (PDF 32000-1, 9.4.4)
        ma, mb, mc, md = a * ca + b * cc, a * cb + b * cd, c * ca + d * cc, c * cb + d * cd
        x, y = e * ca + f * cc + ce, e * cb + f * cd + cf
        if abs(mb) > 1e-3 * abs(ma) or abs(mc) > 1e-3 * abs(md) or ma <= 0 or md <= 0:
            return rows.Run(text, None, None, 0.0)
        return rows.Run(text, x, y, float(size) * md)
    except (TypeError, ValueError):
        return rows.Run(text, None, None, 0.0)
