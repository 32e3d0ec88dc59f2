"""Pure text helpers for showing answers: dates, mode labels, source links, highlighted passages.

No Streamlit here, so every rule is unit-tested; rendering lives in ui/common.py.
"""
from __future__ import annotations

import html
import re
from urllib.parse import quote, urlencode

from core.filekinds import kind_of
from core.sentences import answer_spans, source_spans, unescaped
from core.types import Citation, Passage

SOURCE_FILE_ROUTE = "/source/file"   # serves the file itself (a PDF opens in the browser's viewer)
SOURCE_VIEW_ROUTE = "/source/view"   # renders a text source with the passage highlighted
PASSAGE_ANCHOR = "passage"
ANCHOR_WORDS = 8                     # words of the passage's start and end carried in a text link

_MARKER = re.compile(r"\[(\d+)\]")
# a sentence ends after . ! or ? (its markers stay with it) or after its markers; or at a line break
_WORD = re.compile(r"\w+")
# a sentence of a passage may wrap onto the next line, but stops at a blank line or a bullet
_QUOTES = "\"'“”‘’«»"


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def is_pdf(source: str) -> bool:
    return source.lower().split("?")[0].split("#")[0].endswith(".pdf")


def source_link(source: str, page: int | None = None, passage: str | None = None) -> str:
    """The link that opens a cited source: a PDF at its page, a text source at the passage, a
    kind no browser shows (a Word document) as the file, to download.

    Local files go through the app's /source routes (ui/source.py); a source that is already
    a URL is linked as it is.
    """
    if is_url(source):
        return f"{source}#page={page}" if page and is_pdf(source) else source
    if is_pdf(source):
        url = f"{SOURCE_FILE_ROUTE}?{urlencode({'path': source}, quote_via=quote)}"
        return f"{url}#page={page}" if page else url
    kind = kind_of(source)
    if kind is not None and not kind.opens_inline:
        return file_link(source)
    params = {"path": source}
    if passage:
        words = passage.split()
        params["a"] = " ".join(words[:ANCHOR_WORDS])
        if len(words) > ANCHOR_WORDS:
            params["b"] = " ".join(words[-ANCHOR_WORDS:])
    return f"{SOURCE_VIEW_ROUTE}?{urlencode(params, quote_via=quote)}#{PASSAGE_ANCHOR}"


def file_link(source: str) -> str:
    """The raw file, for a download or a text source opened as it is."""
    if is_url(source):
        return source
    return f"{SOURCE_FILE_ROUTE}?{urlencode({'path': source}, quote_via=quote)}"


def split_sentences(text: str) -> list[str]:
    """Sentences of an answer; a citation marker after the full stop stays with its sentence."""
    return [line[a:b].strip() for line in text.split("\n") for a, b in answer_spans(line)]


def sentences_citing(answer_text: str, n: int) -> list[str]:
    """The sentences of the answer that carry marker [n], markers and quoting stripped."""
    out = []
    for sentence in split_sentences(answer_text):
        if str(n) in _MARKER.findall(sentence):
            clean = _MARKER.sub("", sentence)
            clean = re.sub(r"^\s*(?:[-*>]|\d+\.)\s+", "", clean)   # list or quote prefix
            clean = clean.replace("**", "").strip().strip(_QUOTES).strip()
            if clean:
                out.append(clean)
    return out


def _flexible(phrase: str) -> re.Pattern | None:
    words = phrase.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def highlight_spans(passage: str, claims: list[str]) -> list[tuple[int, int]]:
    """Character spans of `passage` that answer: the claims found verbatim, else the passage
    sentence sharing most words with them (an LLM paraphrases, so exact matching is not enough)."""
    spans: list[tuple[int, int]] = []
    for claim in claims:
        trimmed = claim.rstrip(".…").strip(_QUOTES).strip()
        trimmed = re.sub(r"^(?:\.\.\.|…)\s*", "", trimmed)
        pattern = _flexible(trimmed)
        match = pattern.search(passage) if pattern and len(trimmed) >= 12 else None
        if match:
            end = match.end()
            while end < len(passage) and passage[end] in ".!?…\"”’":   # keep the sentence's own stop
                end += 1
            spans.append((match.start(), end))
    if spans or not claims:
        return _merge(spans)
    claim_words = {w.lower() for c in claims for w in _WORD.findall(c) if len(w) > 3}
    best, best_score = None, 0.0
    for a, b in source_spans(passage):
        words = {w.lower() for w in _WORD.findall(passage[a:b]) if len(w) > 3}
        if not words:
            continue
        score = len(words & claim_words) / len(words | claim_words)
        if score > best_score:
            best, best_score = (a, b), score
    if best is not None and best_score >= 0.2:
        return [best]
    return []


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def passage_html(passage: str, spans: list[tuple[int, int]]) -> str:
    """The passage as escaped HTML with the answering spans in <mark>, line breaks kept, Markdown's
    escapes read ("1\\. Apologies" shows "1. Apologies"; the spans are of the verbatim text)."""
    parts, pos = [], 0
    for start, end in spans:
        parts.append(html.escape(unescaped(passage[pos:start])))
        parts.append(f"<mark>{html.escape(unescaped(passage[start:end]))}</mark>")
        pos = end
    parts.append(html.escape(unescaped(passage[pos:])))
    body = "".join(parts)
    body = re.sub(r"\n\s*\n+", "<br><br>", body)
    return body.replace("\n", "<br>")


def citation_from_passage(passage: Passage, n: int) -> Citation:
    """A retrieved passage shown like a citation (the nearest passages of an unanswered question)."""
    c = passage.chunk
    return Citation(n=n, text=c.text, council=c.council, committee=c.committee, meeting_date=c.meeting_date,
                    pack_date=c.pack_date, doc_type=c.doc_type, title=c.title, item=c.item,
                    page=c.page_start, source=c.source, chunk_id=c.chunk_id)


