"""Fixtures for the ingest tests: real PDFs built with reportlab, with known text on known pages."""
from __future__ import annotations

import io
from pathlib import Path
from typing import Callable

import pytest
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

REPO = Path(__file__).resolve().parents[2]
KENT = REPO / "corpus" / "kent-county-council"

PageSpec = list[str]  # the lines of one page, top to bottom; [] draws nothing


def build_pdf(
    pages: list[PageSpec], header: str | None = None, footer: str | None = None, compress: bool = True
) -> bytes:
    """A PDF with one page per spec: `header` at the top, the lines, then `footer` at the bottom.

    `header`/`footer` may contain "{n}" and "{total}" for the page number and page count;
    `compress=False` leaves the content streams readable, for tests that damage them.
    """
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, pageCompression=1 if compress else 0)
    width, height = A4
    total = len(pages)
    for n, lines in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 11)
        if header:
            pdf.drawString(72, height - 40, header.format(n=n, total=total))
        y = height - 90
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        if footer:
            pdf.drawCentredString(width / 2, 30, footer.format(n=n, total=total))
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """make_pdf(name, pages, header=None, footer=None, compress=True) -> path of a real PDF in tmp_path."""

    def make(
        name: str, pages: list[PageSpec], header: str | None = None, footer: str | None = None, compress: bool = True
    ) -> Path:
        path = tmp_path / name
        path.write_bytes(build_pdf(pages, header, footer, compress))
        return path

    return make


@pytest.fixture
def three_page_pdf(make_pdf) -> Path:
    return make_pdf(
        "three-pages.pdf",
        [
            ["Alpha minutes on the first page"],
            ["Bravo report on the second page"],
            ["Charlie appendix on the third page"],
        ],
    )


def _encrypted(data: bytes, user_password: str) -> bytes:
    """`data` re-written with the PDF standard security handler (RC4, which pypdf does natively)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password, owner_password="owner-secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def password_pdf(tmp_path: Path) -> Path:
    """A PDF that opens only with the user password "secret"."""
    path = tmp_path / "locked.pdf"
    path.write_bytes(build_password_pdf())
    return path


@pytest.fixture
def empty_password_pdf(tmp_path: Path) -> Path:
    """Encrypted with an empty user password: any viewer opens it without asking (permissions only)."""
    path = tmp_path / "restricted.pdf"
    path.write_bytes(_encrypted(build_pdf([["Published report with print restrictions"]]), ""))
    return path


def build_image_only_pdf() -> bytes:
    """A scan-like PDF: each page is a picture of text, with no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    picture = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(picture).text((20, 80), "RESOLVED that the report be noted", fill="black")
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    for _ in range(2):
        pdf.drawImage(ImageReader(picture), 72, 500, width=450, height=150)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def build_password_pdf() -> bytes:
    """A PDF that opens only with the user password "secret"."""
    return _encrypted(build_pdf([["Exempt item: confidential"]]), "secret")


@pytest.fixture
def image_only_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "scanned.pdf"
    path.write_bytes(build_image_only_pdf())
    return path


@pytest.fixture(scope="session")
def kent_pdf() -> Callable[[str], Path]:
    """kent_pdf("Printed minutes") -> the one real Kent PDF whose name starts with that text."""

    def find(prefix: str) -> Path:
        matches = sorted(p for p in KENT.rglob("*.pdf") if p.name.startswith(prefix))
        assert len(matches) == 1, f"expected one Kent PDF named {prefix}..., found {matches}"
        return matches[0]

    return find


def items_of(doc) -> list[str]:
    """A document's items, in the order its blocks first name them."""
    out: list[str] = []
    for b in doc.blocks:
        if b.item and b.item not in out:
            out.append(b.item)
    return out
