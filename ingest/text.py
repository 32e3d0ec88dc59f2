"""Read plain text and Markdown files into one unpaged `Page`, verbatim.

Markdown markup is kept: citations must be substrings of the source text, and the structure
parser reads `#` headings and `**` itself. Only the encoding and line endings are normalised, but
for one case: a .txt file that is a website's page body saved with its HTML markup is read as its
reader sees it (`without_web_markup`), as an .html file is.
"""
from __future__ import annotations

import codecs
import html
import re
from pathlib import Path

from core.errors import UnreadableDocument
from core.types import Page

UNDECODABLE = "undecodable text: not UTF-8 or Windows-1252"

# Control characters that never occur in real text; \t \n \r \f (page breaks) do. Windows-1252
# maps almost every byte to a character, so for it their absence is the only evidence of text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes) -> str | None:
    """The text of `data` with \\n line endings, or None when it is not text we can trust.

    UTF-8 (with or without BOM) first; UTF-16 when it starts with a BOM (Notepad's "Unicode");
    else Windows-1252 when every byte maps to a character.
    """
    text = _decode(data)
    if text is None:
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes) -> str | None:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        text = data.decode("utf-8-sig")
        # NULs in valid UTF-8 mean binary data or UTF-16 without a BOM, not text.
        return None if "\x00" in text else text
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None  # bytes 0x81 0x8d 0x8f 0x90 0x9d are undefined in Windows-1252
    return None if _CONTROL.search(text) else text


def read_decoded(path: Path, data: bytes | None = None) -> str:
    """The file's text, decoded as `decode_text` does, or UnreadableDocument."""
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as e:
            raise UnreadableDocument(str(path), f"cannot read file: {e.strerror or e}") from None
    text = decode_text(data)
    if text is None:
        raise UnreadableDocument(str(path), UNDECODABLE)
    return text


def read_text(path: Path, data: bytes | None = None) -> list[Page]:
    """`[Page(number=None, text=...)]` for a plain-text or Markdown file."""
    text = read_decoded(path, data)
    if not text.strip():
        raise UnreadableDocument(str(path), "empty file")
    if Path(path).suffix.lower() == ".txt" and has_web_markup(text):
        text = without_web_markup(text)
    return [Page(number=None, text=text)]


# A website's page body saved as a .txt file keeps the site's markup: "<br />" for its line breaks,
# "<h1 class=...>" round its heading, "&pound;" for its pound signs. Such a file opens with a block's
# tag or breaks its lines with "<br />" throughout; a text that only quotes some markup in its body
# (a table exported with a stray "<p>" or "<ul ...>" in its cells) is kept verbatim.
_WEB_TAG = re.compile(r"</?(?:br|p|h[1-6]|div|hr|li|ul|ol|table|tr|td|th)\b[^<>]{0,200}?/?>", re.I)
_WEB_INLINE = re.compile(r"</?(?:span|strong|b|i|em|u|a|font|sup|sub)\b[^<>]{0,200}?>", re.I)
_OPENS_WITH_BLOCK = re.compile(r"^\s*<(?:p|h[1-6]|div)\b[^<>]{0,200}>", re.I)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.I)
WEB_BREAKS = 5          # line breaks marked up as "<br />": a page's body, not a quoted tag


def has_web_markup(text: str) -> bool:
    return bool(_OPENS_WITH_BLOCK.match(text)) and len(_WEB_TAG.findall(text)) >= 2 \
        or len(_LINE_BREAK.findall(text)) >= WEB_BREAKS


def without_web_markup(text: str) -> str:
    """A web page's text saved with its markup, as its reader sees it: a line break where "<br />" is,
    a blank line round each block ("<p>", "<h1>", "<hr />"), the inline tags dropped and the
    entities read ("&pound;" is "£"). The file's own line breaks are kept: such a file is text first."""
    def block(m: re.Match) -> str:
        name = re.match(r"</?(\w+)", m.group(0)).group(1).lower()
        return "\n" if name in ("br", "li", "tr") else "\n\n"
    text = _WEB_TAG.sub(block, text)
    text = html.unescape(_WEB_INLINE.sub("", text))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
