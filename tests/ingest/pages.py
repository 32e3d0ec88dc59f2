"""Helpers to build and parse invented pages for the ingest tests: draw a PDF with reportlab, write a
page (text or PDF) to a folder, run it through the real pipeline, and say what the parse got wrong.
Fixtures live in conftest.py; this module holds no fixture and no test."""
from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from core import votes
from core.settings import Settings
from ingest import pipeline

# How councils' publishing software draws a page (the sixth and eighth rounds' pages): a narrower
# margin, the first line higher, the running lines in a smaller font. build_pdf's defaults draw
# reportlab's plain page.
SOFTWARE = dict(margin=60, top=80, furniture_size=9)


def _font(pdf: canvas.Canvas, name: str, size: float) -> None:
    """Set the font only when it changes, so a plain page's content stream stays as it was."""
    if (pdf._fontname, pdf._fontsize) != (name, size):
        pdf.setFont(name, size)


def _draw(pdf: canvas.Canvas, line, x: float, y: float) -> None:
    """One line: a string, or a tuple naming how it is drawn (see build_pdf)."""
    if isinstance(line, str):
        _font(pdf, "Helvetica", 11)
        pdf.drawString(x, y, line)
    elif line[0] == "sup":
        _, before, ordinal, after = line
        pdf.setFont("Helvetica", 11)
        pdf.drawString(x, y, before)
        w = pdf.stringWidth(before, "Helvetica", 11)
        pdf.setFont("Helvetica", 7)
        pdf.drawString(x + w, y + 5, ordinal)
        w += pdf.stringWidth(ordinal, "Helvetica", 7)
        pdf.setFont("Helvetica", 11)
        pdf.drawString(x + w, y, after)
    elif line[0] == "spaced":
        pdf.setFont("Helvetica-Bold", 16)           # registers the font as a page resource
        ref = pdf._doc.getInternalFontName(pdf._fontname)
        # a gap between letters, a wider one between words (no space glyph: software spaces words so)
        letters = " -1600 ".join(" -450 ".join(f"({c})" for c in word) for word in line[1].split())
        pdf._code.append(f"BT {ref} 16 Tf {x} {y} Td [{letters}] TJ ET")
    elif line[0] == "bullet":
        _, font, glyph, text, indent = line
        pdf.setFont(font, 11)
        pdf.drawString(x + indent, y, glyph)
        pdf.setFont("Helvetica", 11)
        pdf.drawString(x + indent + 16, y, text)


def build_pdf(pages: list, header: str | None = None, footer: str | None = None, compress: bool = True, *,
              size=A4, margin: float = 72, top: float = 90, furniture_size: float = 11,
              header_right: bool = False) -> bytes:
    """A PDF with one page per spec: `header` at the top, the lines, then `footer` at the bottom.

    A page spec is its lines, or (lines, header) for a page with a running header of its own
    ("Agenda Item 5" over each page of one report). A line is a string, or a tuple naming how it is drawn:
      ("sup", before, ordinal, after)       an ordinal set as a superscript in its own text object
      ("spaced", "MINUTES")                 letter-spaced capitals, one TJ array with a gap between letters
                                            (and a wider gap between words: "MINUTES OF THE ...")
      ("bullet", font, glyph, text, indent) a bullet glyph in a symbol font, then the text in the body font
      ("gap",)                              a blank line's height
    `header`/`footer` may contain "{n}" and "{total}" for the page number and page count;
    `compress=False` leaves the content streams readable, for tests that damage them. `margin`, `top`
    and `furniture_size` place the lines and size the running lines (SOFTWARE holds councils' software's);
    `header_right` sets the header flush right.
    """
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=size, pageCompression=1 if compress else 0)
    width, height = size
    total = len(pages)
    for n, spec in enumerate(pages, start=1):
        lines, own_header = spec if isinstance(spec, tuple) else (spec, header)
        pdf.setFont("Helvetica", furniture_size)
        if own_header:
            text = own_header.format(n=n, total=total)
            if header_right:
                pdf.drawRightString(width - margin, height - 40, text)
            else:
                pdf.drawString(72, height - 40, text)
        y = height - top
        for line in lines:
            if line != ("gap",):
                _draw(pdf, line, margin, y)
            y -= 24 if isinstance(line, tuple) and line[0] == "spaced" else 16
        if footer:
            _font(pdf, "Helvetica", furniture_size)
            pdf.drawCentredString(width / 2, 30, footer.format(n=n, total=total))
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def encrypted(data: bytes, user_password: str) -> bytes:
    """`data` re-written with the PDF standard security handler (RC4, which pypdf does natively)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password, owner_password="owner-secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def build_password_pdf() -> bytes:
    """A PDF that opens only with the user password "secret"."""
    return encrypted(build_pdf([["Exempt item: confidential"]]), "secret")


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


def write_page(folder: Path, name: str, content, **options) -> Path:
    """folder/name holding `content`: text as UTF-8, bytes as they are (a PDF drawn elsewhere), a list of
    page specs as a PDF drawn by build_pdf with `options`, or (pages, options of its own) likewise."""
    path = folder / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, tuple):
        pages, own = content
        path.write_bytes(build_pdf(pages, **{**options, **own}))
    else:
        path.write_bytes(build_pdf(content, **options))
    return path


def prepare_file(path: Path) -> pipeline.Prepared:
    """The file read and prepared by the real pipeline with default settings."""
    return pipeline.prepare(pipeline.read(path), Settings())


def prepare_page(folder: Path, name: str, content, **options) -> pipeline.Prepared:
    """An invented page (see write_page) written to `folder` and prepared by the real pipeline."""
    return prepare_file(write_page(folder, name, content, **options))


def items_of(doc) -> list[str]:
    """A document's items, in the order its blocks first name them."""
    out: list[str] = []
    for b in doc.blocks:
        if b.item and b.item not in out:
            out.append(b.item)
    return out


def decisions_of(doc) -> list[tuple[str | None, str]]:
    """Each decision of the document: its item and its whole text (the blocks that continue it too)."""
    out: list[tuple[str | None, str]] = []
    for b in doc.blocks:
        if b.is_resolution and b.continues and out:
            out[-1] = (out[-1][0], out[-1][1] + "\n" + b.text)
        elif b.is_resolution:
            out.append((b.item, b.text))
    return out


def decision_under(doc, item: str) -> str:
    """The one decision filed under the item numbered `item` ("35." for "35. Local Plan")."""
    [text] = [t for i, t in decisions_of(doc) if (i or "").startswith(item + " ")]
    return text


def problems(prepared, want: dict) -> list[str]:
    """What the parsed page gets wrong, one line each (empty when everything is right)."""
    out: list[str] = []
    docs = prepared.documents
    if [(d.doc_type, d.meeting_date) for d in docs][:len(want.get("documents", [None]))] != want.get(
            "documents", [(docs[0].doc_type, docs[0].meeting_date)]) or len(docs) != len(want.get("documents", [None])):
        out.append(f"documents: {[(d.doc_type, d.meeting_date, d.title) for d in docs]}")
    doc = docs[0]
    for name in ("doc_type", "committee", "meeting_date", "council", "title"):
        if name in want and getattr(doc, name) != want[name]:
            out.append(f"{name}: {getattr(doc, name)!r} != {want[name]!r}")
    if "items" in want:
        got = items_of(doc)
        numbers = [next((w for w in want["items"] if item.startswith(w + " ")), item) for item in got]
        if numbers != want["items"]:
            out.append(f"items: {got}")
    decided = decisions_of(doc)
    for item, text in want.get("decisions", []):
        if not any(text in t and (item is None or (i or "").startswith(item + " ")) for i, t in decided):
            out.append(f"decision missing: {item} {text!r}")
    extra = [t[:50] for i, t in decided if not any(w in t for _, w in want.get("decisions", []))]
    if extra:
        out.append(f"decisions not expected: {extra}")
    found_votes = [votes.recorded_vote(t) for _, t in decided]
    for vote in want.get("votes", []):
        if not any(v and vote in v for v in found_votes):
            out.append(f"vote missing: {vote!r} (read: {found_votes})")
    return out
