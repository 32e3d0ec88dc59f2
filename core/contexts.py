"""The text a source sentence is embedded as: its chunk's item (or title), then the sentence (with
its acronyms spelled out).
One definition for the answerer, which scores sentences by it, and the index writer, which
embeds every sentence once at ingest so answers need not. Pure functions; no embedding here."""
from __future__ import annotations

import re
import zlib
from functools import lru_cache

from core.sentences import source_spans
from core.tables import column_headings
from core.thesaurus import spelled_out
from core.types import Chunk


def sentence_context(chunk: Chunk, sentence: str) -> str:
    """The item's name, the sentence, and the full forms of the acronyms it prints ("EHC Plans" is
    "education health and care plan"), which a small embedding model does not know. A table's row
    is read as its name and its table's column headings before its cells: "No. of children in care
    (March 22, June 22, Dec 22): 730 730 693", so it is found by what it counts, not its digits."""
    full = _full_forms(sentence)
    head = ", ".join(c for c in column_headings(chunk.text, sentence) or () if c)
    if head:
        name, _, cells = sentence.partition("\t")
        sentence = f"{name} ({head}): {' '.join(cells.split())}"
    part = _part_heading(chunk, sentence) if chunk.item else None
    return f"{chunk.item}, {part}: {sentence}{full}" if part else f"{chunk.item or chunk.title or ''}: {sentence}{full}"


# a lettered part's heading on a line of its own within an item: "A) Telephone Box Discussion", "(b) Bus Shelter",
# "C. Grass Cutting" -- a short title, no sentence (a resolution's lettered parts are sentences: "a) To approve ...;")
_PART_HEADING = re.compile(r"^[ \t]*(?:\([A-Za-z]\)|[A-Za-z]\)|[A-Z]\.)[ \t]+([A-Z][^.:;!?\n]{2,60})[ \t]*$", re.M)
PART_WORDS = 8


def _part_heading(chunk: Chunk, sentence: str) -> str | None:
    """The heading of the lettered part of an item a sentence sits under ("5. Matters arising" / "A) Telephone Box
    Discussion" / "The council decided to leave the box ..."): the part names the matter when the item's own name
    is a general one; None when no such heading is above the sentence in its chunk."""
    at = chunk.text.find(sentence)
    if at <= 0:
        return None
    heads = [m for m in _PART_HEADING.finditer(chunk.text, 0, at) if len(m.group(1).split()) <= PART_WORDS]
    return heads[-1].group(0).strip() if heads else None


# Pure, and asked again for the same sentences at every question (the answerer looks its
# candidates' stored vectors up by this context): remembered, not recomputed.
@lru_cache(maxsize=1 << 16)
def _full_forms(sentence: str) -> str:
    full = spelled_out(sentence)
    return f" ({'; '.join(full)})" if full else ""


def chunk_contexts(chunk: Chunk) -> list[str]:
    """The context of every sentence of `chunk`, in text order (the answerer uses a subset)."""
    return [sentence_context(chunk, chunk.text[a:b]) for a, b in source_spans(chunk.text)]


def fingerprint(text: str) -> int:
    """A 32-bit check that a stored vector was made from this very text."""
    return zlib.crc32(text.encode("utf-8"))
