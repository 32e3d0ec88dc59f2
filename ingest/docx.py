"""Read a Word .docx into one unpaged `Page`: body paragraphs, tables, text boxes and footnotes in reading order.

The ingest module that imports python-docx. One line per paragraph with a blank line between
paragraphs (the shape ingest/text.py gives a .txt), Word's heading styles as Markdown "#"
headings, Word's automatic list numbers written in front of their items ("1.", "a)"), table rows
as tab-separated cells, a text box's text after the paragraph it is anchored in, a footnote as
"[1] its text" after the paragraph that refers to it, and the headers and footers as the page's
running lines. A .docx has no pages of its own (Word lays them out when it shows the file; an
explicit page break is not where the reader's page 3 begins), so its one Page has number None, as
a text file's does. Every failure becomes `UnreadableDocument` with a short reason. It does not
find structure.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.table import Table
from docx.text.paragraph import Paragraph

from core.errors import UnreadableDocument, short_reason
from core.types import Page

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # a Compound File: an old .doc, or an encrypted .docx
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the stream Word puts a password-protected .docx in
_HEADING = re.compile(r"(?:heading|überschrift|titre)\s*([1-6])$", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\u00a0]+")
_TABS = re.compile(r"[ \u00a0]*\t[\t \u00a0]*")


def read_docx(path: Path, data: bytes | None = None) -> list[Page]:
    """`[Page(number=None, text=..., running=headers and footers)]` for a Word .docx file."""
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as e:
            raise UnreadableDocument(str(path), f"cannot read file: {e.strerror or e}") from None
    document = _open(path, data)
    try:
        text = "\n\n".join(_blocks(document)).strip()
        running = _running_lines(document)
    except Exception as e:  # malformed XML inside a well-formed zip
        raise UnreadableDocument(str(path), f"corrupt Word document: {short_reason(e)}") from None
    if not text:
        raise UnreadableDocument(str(path), "no text found: the Word document is empty")
    return [Page(number=None, text=text + "\n", running=tuple(running))]


def _open(path: Path, data: bytes):
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED in data:
            raise UnreadableDocument(str(path), "password-protected Word document: remove the password in Word and save it again")
        raise UnreadableDocument(str(path), "an old Word .doc file (Word 97-2003), not a .docx: "
                                            "save it as .docx or PDF in Word")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableDocument(str(path), "corrupt Word document: not a .docx file (not a zip archive)")
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as e:  # python-docx raises PackageNotFoundError, KeyError, BadZipFile, XML errors ...
        raise UnreadableDocument(str(path), f"corrupt Word document: {short_reason(e)}") from None


def _blocks(document) -> list[str]:
    """The body's paragraphs and tables in the order they stand, each as its text (empty ones dropped):
    a text box's paragraphs after the paragraph it is anchored in, a footnote after the paragraph or
    table that first refers to it, and a footnote no text refers to at the end."""
    numbers = _Numbering(document)
    notes = _Footnotes(document)
    out: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            out.append(_table(block))
        else:
            out.extend(_with_text_boxes(block, numbers))
        out.extend(notes.referred_to(block._element))
    out.extend(notes.rest())
    return [text for text in out if text]


_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(element) -> list:
    """The text boxes (w:txbxContent) drawn in an element, outermost only, each once: Word writes a
    drawing twice, as a DrawingML shape and, for old readers, a VML fallback; the fallback is skipped."""
    found = []
    for box in element.iter(qn("w:txbxContent")):
        above = box.getparent()
        while above is not None and above is not element and above.tag not in (_MC_FALLBACK, qn("w:txbxContent")):
            above = above.getparent()
        if above is element:
            found.append(box)
    return found


def _with_text_boxes(p: Paragraph, numbers: "_Numbering") -> list[str]:
    """The paragraph's text, then the paragraphs and tables of the text boxes anchored in it (a box's own
    boxes after its paragraphs' text): python-docx's text leaves a text box out."""
    out = [_paragraph(p, numbers)]
    for box in _text_boxes(p._p):
        for child in box.iterchildren(qn("w:p"), qn("w:tbl")):
            if child.tag == qn("w:tbl"):
                out.append(_table(Table(child, p._parent)))
            else:
                out.extend(_with_text_boxes(Paragraph(child, p._parent), numbers))
    return out


def _paragraph(p: Paragraph, numbers: "_Numbering") -> str:
    # a soft line break (Shift+Enter) is a new line of the same paragraph; python-docx gives it as "\n"
    lines = [_line(line) for line in p.text.split("\n")]
    text = "\n".join(line for line in lines if line)
    if not text:
        return ""
    label = numbers.label(p)
    if label:
        text = f"{label} {text}"
    level = _heading_level(p)
    return f"{'#' * level} {text}" if level else text


def _line(raw: str) -> str:
    """A paragraph's line with its spaces made single. Tabs: a line set out in three or more columns
    by tabs ("Village Hall<tab>Hall hire<tab>£45.00") is a table's row and keeps one tab between
    cells, as a table's row does; one tab ("24/031<tab>Minutes") only spaces a number from its title."""
    raw = raw.strip(" \t\u00a0")
    if len(_TABS.findall(raw)) >= 2:
        return "\t".join(_SPACES.sub(" ", cell).strip() for cell in _TABS.split(raw))
    return _SPACES.sub(" ", raw).strip()


def _heading_level(p: Paragraph) -> int:
    """1-3 for Word's Title and Heading 1..3 styles (Heading 4+ as 3), else 0."""
    style = p.style
    while style is not None:
        name = (style.name or "").strip()
        if name.lower() == "title":
            return 1
        m = _HEADING.fullmatch(name)
        if m:
            return min(int(m.group(1)), 3)
        style = style.base_style
    return 0


def _table(table: Table) -> str:
    """One line per row, its cells apart by tabs (a merged cell once); a cell's own lines run together."""
    rows: list[str] = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:      # a cell merged across columns comes back once per column
                continue
            seen.add(id(cell._tc))
            cells.append(_SPACES.sub(" ", " ".join(cell.text.split())).strip())
        if any(cells):
            rows.append("\t".join(cells))
    return "\n".join(rows)


def _running_lines(document) -> list[str]:
    """The text of every section's headers and footers, each line once, in order."""
    lines: list[str] = []
    for section in document.sections:
        first = section.different_first_page_header_footer
        parts = [section.first_page_header] * first + [section.header] + [section.first_page_footer] * first + [section.footer]
        for part in parts:
            for block in part.iter_inner_content():
                text = _table(block) if isinstance(block, Table) else block.text
                for line in re.split(r"[\n\t]", text):
                    line = " ".join(line.split())
                    if line and line not in lines:
                        lines.append(line)
    return lines


class _Footnotes:
    """The document's footnotes (the footnotes part), each given once as "[n] its text", n its number as
    Word prints it (the order of first reference); Word's separator notes are no text."""

    def __init__(self, document) -> None:
        self.notes: dict[str, str] = {}
        self.numbers: dict[str, int] = {}
        try:
            part = document.part.part_related_by(RT.FOOTNOTES)
        except (KeyError, AttributeError):
            return          # no footnotes part: no footnotes
        root = parse_xml(part.blob)
        for note in root.iterchildren(qn("w:footnote")):
            if note.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            lines = [_line(line) for q in note.iterchildren(qn("w:p")) for line in Paragraph(q, None).text.split("\n")]
            text = " ".join(line for line in lines if line)
            if text:
                self.notes[note.get(qn("w:id"))] = text

    def referred_to(self, element) -> list[str]:
        """The footnotes an element of the body refers to first, in the order it refers to them."""
        out = []
        for ref in element.iter(qn("w:footnoteReference")):
            note = ref.get(qn("w:id"))
            if note in self.notes and note not in self.numbers:
                self.numbers[note] = len(self.numbers) + 1
                out.append(f"[{self.numbers[note]}] {self.notes[note]}")
        return out

    def rest(self) -> list[str]:
        """The footnotes nothing in the body refers to, in the part's order."""
        out = []
        for note, text in self.notes.items():
            if note not in self.numbers:
                self.numbers[note] = len(self.numbers) + 1
                out.append(f"[{self.numbers[note]}] {text}")
        return out


class _Numbering:
    """Word's automatic list numbers, counted as Word counts them: per list, per level, a level
    restarting under each new item of the level above. Only what the text needs: decimal,
    letters and roman numerals in the level's pattern ("%1.", "(%2)", "%1.%2"); bullets as "•"."""

    def __init__(self, document) -> None:
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}   # (numId, ilvl) -> (fmt, text, start)
        self.counts: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return   # no numbering part: no automatic numbers
        abstract = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"))
            ref = num.find(qn("w:abstractNumId"))
            a = abstract.get(ref.get(qn("w:val"))) if ref is not None else None
            if a is None:
                continue
            for lvl in a.findall(qn("w:lvl")):
                self.levels[(num_id, int(lvl.get(qn("w:ilvl"), "0")))] = (
                    _val(lvl, "w:numFmt", "decimal"), _val(lvl, "w:lvlText", ""), int(_val(lvl, "w:start", "1")))
            for override in num.findall(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                key = (num_id, int(override.get(qn("w:ilvl"), "0")))
                if start is not None and key in self.levels:
                    fmt, text, _ = self.levels[key]
                    self.levels[key] = (fmt, text, int(start.get(qn("w:val"))))

    def label(self, p: Paragraph) -> str:
        num_id, ilvl = _num_pr(p)
        if num_id is None or num_id == "0" or (num_id, ilvl) not in self.levels:
            return ""
        fmt, pattern, _ = self.levels[(num_id, ilvl)]
        counts = self.counts.setdefault(num_id, [])
        while len(counts) <= ilvl:
            counts.append(self._start(num_id, len(counts)) - 1)
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, len(counts)):
            counts[deeper] = self._start(num_id, deeper) - 1
        if fmt == "bullet":
            return "•"
        if fmt == "none":
            return ""

        def level_text(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            level_fmt = self.levels.get((num_id, k), ("decimal", "", 1))[0]
            return _format(max(counts[k] if k < len(counts) else 1, 1), level_fmt)

        return re.sub(r"%([1-9])", level_text, pattern).strip()

    def _start(self, num_id: str, ilvl: int) -> int:
        return self.levels.get((num_id, ilvl), ("decimal", "", 1))[2]


def _num_pr(p: Paragraph) -> tuple[str | None, int]:
    """The paragraph's list and level: its own numPr, else its style's (List Number), else none."""
    num_id, ilvl = None, None
    ppr = p._p.pPr
    if ppr is not None and ppr.numPr is not None:
        if ppr.numPr.numId is not None:
            num_id = str(ppr.numPr.numId.val)
        if ppr.numPr.ilvl is not None:
            ilvl = ppr.numPr.ilvl.val
    style = p.style
    while num_id is None and style is not None:
        sppr = style.element.pPr
        if sppr is not None and sppr.numPr is not None and sppr.numPr.numId is not None:
            num_id = str(sppr.numPr.numId.val)
            if ilvl is None and sppr.numPr.ilvl is not None:
                ilvl = sppr.numPr.ilvl.val
        style = style.base_style
    return num_id, int(ilvl or 0)


def _val(element, tag: str, default: str) -> str:
    child = element.find(qn(tag))
    return child.get(qn("w:val"), default) if child is not None else default


def _format(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = ""
        while n > 0:
            n, r = divmod(n - 1, 26)
            s = chr(ord("a") + r) + s
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = ""
        for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                               (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while n >= value:
                s, n = s + numeral, n - value
        return s.upper() if fmt == "upperRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)
