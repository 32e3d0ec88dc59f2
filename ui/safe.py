"""Paper text is data: Markdown rendered without links, images or raw HTML, then sanitised;
plain text escaped for Streamlit's Markdown labels; exports made inert.

A paper can hold `![x](http://host/beacon.png)` or `[portal](http://host/phish)`: shown as
Markdown, the browser would fetch the image and offer the link. Here links and images stay
visible as their literal text, and nothing in the output can make the browser call out. This
module does not decide what is shown, only how untrusted text becomes safe HTML or Markdown.
"""
from __future__ import annotations

import html
import re

import nh3
from markdown_it import MarkdownIt

# What an answer may use for reading: emphasis, lists, quotes, headings, code. No a, no img.
ANSWER_TAGS = frozenset({"p", "br", "strong", "em", "del", "ul", "ol", "li", "blockquote", "code", "pre",
                         "h1", "h2", "h3", "h4", "h5", "h6", "hr", "mark", "span"})
# Classes only (no style, no src/href, no on* handlers): styling comes from the app's own CSS.
ANSWER_ATTRIBUTES = {"span": {"class"}, "mark": {"class"}}

# CommonMark with every construct that can name a URL or carry HTML switched off: such text is
# printed as it was written.
_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False}).disable(
    ["link", "image", "autolink", "html_inline", "html_block", "reference"])

# ASCII punctuation that Markdown (CommonMark, GFM, Streamlit's directives, maths) gives meaning.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")
_CSV_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def clean_html(fragment: str) -> str:
    """Sanitise an HTML fragment: only the reading tags above, no attributes that load or run anything."""
    return nh3.clean(fragment, tags=set(ANSWER_TAGS), attributes={k: set(v) for k, v in ANSWER_ATTRIBUTES.items()},
                     url_schemes=set(), link_rel=None, strip_comments=True)


def markdown_html(text: str) -> str:
    """Untrusted Markdown (an answer quoting papers) as sanitised HTML for st.html.

    Emphasis, lists, quotes and headings render; links, images, autolinks and raw HTML are
    shown as the text they were written as.
    """
    return clean_html(_MARKDOWN.render(text or ""))


def text_html(text: str) -> str:
    """Plain untrusted text as HTML: escaped, line breaks kept."""
    return html.escape(text or "").replace("\n", "<br>")


def md_escape(text: str | None) -> str:
    """Plain untrusted text for a Streamlit Markdown context (labels, captions, st.markdown):
    every Markdown character backslash-escaped, so it renders literally and links nothing."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def md_inert(text: str) -> str:
    """Markdown for an export file: keeps its emphasis, lists and quotes, but images, links,
    autolinks and HTML are escaped so a Markdown viewer shows them as text and fetches nothing."""
    text = re.sub(r"([<>])", r"\\\1", text or "")                 # raw HTML and <autolinks>
    text = re.sub(r"!\[", r"\\![", text)                            # images
    text = re.sub(r"\](?=[(\[:])", r"\\]", text)                   # links, reference links and their definitions
    # bare URLs (GFM autolinks): break the scheme's colon and www.'s dot with an escape
    text = re.sub(r"\b(https?|ftp|mailto|file|data|javascript)(:)", r"\1\\\2", text, flags=re.IGNORECASE)
    return re.sub(r"\bwww\.", r"www\\.", text, flags=re.IGNORECASE)


def csv_cell(value) -> str:
    """A CSV cell a spreadsheet shows as text: a leading = + - @ would start a formula
    (=HYPERLINK, =WEBSERVICE call out), so such cells get a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_CSV_FORMULA) else text
