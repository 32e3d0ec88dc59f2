"""Words a typesetter hyphenated at the end of a line ("be recom-" / "mended to Council"), put back
together on the first line so the word reads and is searched whole; it changes nothing else.

A PDF's text keeps the hyphen the typesetter added to break a word across two lines: "recom-" then
"mended". Left so, neither "recommended" nor the word's stem is in the text, and a search for it
misses the decision. The rest of the word moves up to the line it was broken from (the line below
keeps the rest of its words, or goes when nothing is left). The hyphen goes when the whole word is
a word: printed elsewhere in the same file without one, or one of the embedding model's own words
whose parts are not both words too ("recom" + "mended", not "in" + "line"). A word printed with
its hyphen elsewhere ("long-term"), or never seen whole ("twelve-week"), keeps it: index terms
split such a word at its hyphen and join it too, so it is found either way.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from core.types import Page
from ingest import tokens

# a word's first part at a line's end: letters and a hyphen, the part in lower case (no dash after
# a space, no "2024-", no "Ashby-de-", whose next part is a name)
_BROKEN = re.compile(r"(?<![\w-])(?P<part>[A-Za-z]*[a-z])-$")
# the rest of it at the next line's start: lower-case letters, then what ends the word (",", ".")
_REST = re.compile(r"^(?P<indent>\s*)(?P<rest>[a-z]+)(?P<tail>[^\s\w-]*)(?:\s+|$)")
_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def join_broken_words(pages: list[Page]) -> list[Page]:
    """`pages` with each word broken at a line's end by a hyphen joined again on the first line."""
    if not any("-\n" in page.text for page in pages):
        return pages
    seen = Counter(w.lower() for page in pages for w in _WORDS.findall(page.text))
    joined = [replace(page, text=_join(page.text, seen)) for page in pages]     # running lines kept
    for k in range(len(joined) - 1):
        joined[k], joined[k + 1] = _join_over_break(joined[k], joined[k + 1], seen)
    return joined


def _join_over_break(page: Page, nxt: Page, seen: Counter) -> tuple[Page, Page]:
    """A word broken at a page's last line and ended on the next page's first (the running header
    and footer between them are gone already): joined on the first page, as within a page."""
    head = page.text.rstrip("\n")
    tail = nxt.text.lstrip("\n")
    if "\n" in head:
        before, last = head.rsplit("\n", 1)
    else:
        before, last = "", head
    first, _, after = tail.partition("\n")
    if not _BROKEN.search(last.rstrip()) or not _REST.match(first):
        return page, nxt
    text = _join(f"{last}\n{first}", seen)
    moved, _, left = text.partition("\n")
    rest = "\n".join(x for x in (left, after) if x)
    return (replace(page, text=(f"{before}\n" if before else "") + moved + "\n"),
            replace(nxt, text=rest + ("\n" if rest else "")))


def _join(text: str, seen: Counter) -> str:
    lines = text.split("\n")
    k = 0
    while k < len(lines) - 1:
        broken = _BROKEN.search(lines[k].rstrip())
        rest = _REST.match(lines[k + 1]) if broken else None
        if not broken or not rest:
            k += 1
            continue
        part, word = broken.group("part"), rest.group("rest")
        joined = part + word if _whole(part, word, seen) else f"{part}-{word}"
        lines[k] = lines[k].rstrip()[:broken.start()] + joined + rest.group("tail")
        remaining = lines[k + 1][rest.end():]
        if remaining.strip():
            lines[k + 1] = rest.group("indent") + remaining
        else:
            del lines[k + 1]
        k += 1
    return "\n".join(lines)


def _whole(part: str, rest: str, seen: Counter) -> bool:
    """The broken word is one word without its hyphen ("recom" + "mended"), not a hyphenated one
    ("twelve" + "week")."""
    whole, hyphenated = (part + rest).lower(), f"{part}-{rest}".lower()
    if seen[hyphenated]:
        return False
    if seen[whole]:
        return True
    if tokens.is_word(part.lower()) and tokens.is_word(rest):
        return False        # two words either way ("in-" / "line", "co-" / "ordinator"): as printed
    return tokens.is_word(whole) or (whole.endswith("s") and tokens.is_word(whole[:-1]))
