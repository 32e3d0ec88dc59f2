"""Turn an HTML page (e.g. a committee system's agenda-item page) into one unpaged `Page` of text.

Uses the stdlib parser only. Block elements become line breaks, paragraphs and headings get
their own lines, navigation and page chrome are dropped. It does not find items or
resolutions; the structure parser does that on the text.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from core.errors import UnreadableDocument
from core.types import Page

from .text import read_decoded

# Elements whose text is page chrome or code, never committee content. (Not <form>: ASP.NET
# committee systems wrap the whole page in one.)
_DROP = {"script", "style", "nav", "header", "footer", "head", "noscript", "template", "svg", "iframe",
         "button", "select", "label"}
# A site's chrome set in plain <div>s and <ul>s, known by its class, id or role: the cookie banner,
# the skip link, menus, the breadcrumb trail, the search box, the site's own header and footer.
_CHROME_NAME = re.compile(
    r"cookie|breadcrumb|skip[-_]?(?:link|to)|(?:^|[-_])(?:nav|navbar|navigation|menu|sidemenu|sidebar|search|megamenu)(?:$|[-_])"
    r"|^(?:site|global)[-_]?(?:header|footer)$|^footer$", re.I)
_CHROME_ROLE = {"navigation", "banner", "contentinfo", "search"}
# Inside these, <header>/<footer> hold the content's own title and notes, not site chrome.
_CONTENT = {"main", "article"}
# Block elements that stand apart from their neighbours by a blank line.
_PARAGRAPH = {
    "p", "div", "table", "section", "article", "main", "aside", "blockquote", "ul", "ol", "dl",
    "h1", "h2", "h3", "h4", "h5", "h6", "pre", "figure", "figcaption", "address", "hr", "details", "summary",
}
# Block elements that start a new line of their own.
_LINE = {"br", "li", "tr", "dt", "dd", "caption", "option"}
_CELL = {"td", "th"}

# a cell holding only an item's number: "5.", "12a.", "23/45", "LIC/25/14" (not a bare "5": a count)
_NUMBER_CELL = re.compile(r"\d{1,3}[a-z]?\.|\d{2,4}/\d{1,4}|[A-Z]{1,5}[ ./-]?\d{1,4}(?:/\d{1,4}){0,2}")
_SPACES = re.compile(r"\s+")  # nbsp included: the source's own line breaks are layout, not text


class _Mark:
    """A layout event between runs of text (kept apart from the text so no text can fake one)."""


_BREAK, _PARA, _CELL_SEP = _Mark(), _Mark(), _Mark()


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str | _Mark] = []
        self.dropping: list[str] = []  # stack of open dropped elements
        self.cells_in_row = 0
        self.content_depth = 0  # open <main>/<article> elements

    def handle_starttag(self, tag: str, attrs) -> None:
        if self.dropping:
            if tag in _DROP:
                self.dropping.append(tag)
            return
        if tag in _DROP and not (tag in ("header", "footer") and self.content_depth) or _chrome(attrs, self.content_depth):
            self.dropping.append(tag)
            return
        if tag in _CONTENT:
            self.content_depth += 1
        self._mark(tag, start=True)

    def handle_startendtag(self, tag: str, attrs) -> None:
        if not self.dropping:
            self._mark(tag, start=True)

    def handle_endtag(self, tag: str) -> None:
        if self.dropping:
            if tag in self.dropping:
                # close it and anything left open inside it
                del self.dropping[len(self.dropping) - 1 - self.dropping[::-1].index(tag):]
            return
        if tag in _CONTENT and self.content_depth:
            self.content_depth -= 1
        self._mark(tag, start=False)

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.parts.append(data)

    def _mark(self, tag: str, start: bool) -> None:
        if tag in _PARAGRAPH:
            self.parts.append(_PARA)
        elif tag in _LINE:
            if tag == "tr":
                self.cells_in_row = 0
            if start or tag != "br":
                self.parts.append(_BREAK)
        elif tag in _CELL and start:
            if self.cells_in_row:
                self.parts.append(_CELL_SEP)
            self.cells_in_row += 1


def _chrome(attrs, in_content: int) -> bool:
    """An element the site wraps round every page, named so by its class, id, role or label."""
    found = dict(attrs)
    if (found.get("role") or "").lower() in _CHROME_ROLE and not in_content:
        return True
    if "cookie" in (found.get("aria-label") or "").lower():
        return True
    names = (found.get("class") or "").split() + (found.get("id") or "").split()
    return any(_CHROME_NAME.search(n) for n in names if not (in_content and re.search(r"header|footer", n, re.I)))


def html_to_text(markup: str) -> str:
    """The readable text of an HTML document: one line per block, blank lines between paragraphs."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return _layout(collector.parts)


def _layout(parts: list[str | _Mark]) -> str:
    lines: list[str] = []
    current: list[str] = []  # runs of text of the line being built
    pending_blank = False

    def flush() -> None:
        nonlocal current, pending_blank
        cells = [_SPACES.sub(" ", cell).strip() for cell in "".join(current).split("\x00")]
        if len(cells) == 2 and _NUMBER_CELL.fullmatch(cells[0]):
            cells = [f"{cells[0]} {cells[1]}"]     # a minute number's column beside its title: one heading
        line = "\t".join(cells).strip()
        current = []
        if line:
            if pending_blank and lines:
                lines.append("")
            pending_blank = False
            lines.append(line)

    for part in parts:
        if part is _PARA:
            flush()
            pending_blank = True
        elif part is _BREAK:
            flush()
        elif part is _CELL_SEP:
            current.append("\x00")  # the decoder rejects NUL in the source, so it is free to use
        else:
            current.append(part)
    flush()
    return "\n".join(lines) + "\n" if lines else ""


def read_html(path: Path, data: bytes | None = None) -> list[Page]:
    """`[Page(number=None, text=...)]` for an HTML file."""
    markup = read_decoded(path, data)
    try:
        text = html_to_text(markup)
    except Exception as e:  # html.parser is lenient; this guards against the unforeseen
        raise UnreadableDocument(str(path), f"unreadable HTML: {e}") from None
    if not text.strip():
        raise UnreadableDocument(str(path), "empty file: the page has no text")
    return [Page(number=None, text=text)]
