"""Page furniture: the lines a printed page repeats that are not the document's text.

`clean_pages` removes whole lines only (page numbers, running headers and footers) and turns
"This page is intentionally left blank" into a form feed line, the document boundary the
structure parser looks for. It never edits inside a line and keeps every other line, blank
lines included, exactly as it was, so citations stay verbatim. `clean` also hands back the
running header and footer lines it removed, page by page, because they often are the only
place a paper prints its council, committee or date; it does not read them.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from core import dates
from core.types import Page
from ingest import layouts

BLANK_PAGE_MARK = "\f"

EDGE_LINES = 3          # furniture lives in the first and last few non-blank lines of a page
MIN_PAGES = 4           # running headers are only looked for in files of at least this many pages
RECUR_SHARE = 0.4       # ... and must recur on at least this share of the pages with text

_NUM = r"\d{1,4}"
# Page numbers that say so: "Page 7", "Page 7 of 20", "- 7 -", "7 | Page", "Page | 7", "7 of 20".
_LABELLED = re.compile(
    rf"(?:page\s*{_NUM}(?:\s*of\s*{_NUM})?|[-–—]\s*{_NUM}\s*[-–—]|{_NUM}\s*\|\s*page|page\s*\|\s*{_NUM}|{_NUM}\s+of\s+{_NUM})",
    re.IGNORECASE,
)
# A bare number; years (4 digits) are excluded, and clean_pages also wants the sequence to fit.
_BARE = re.compile(r"\d{1,3}")
_BLANK_PAGE = re.compile(
    r"[\W_]*(?:this\s+page\s+(?:is\s+|has\s+been\s+)?|page\s+)?"
    r"(?:intentionally\s+left|left\s+intentionally|intentionally)\s+blank[\W_]*",
    re.IGNORECASE,
)
# A running header or footer that prints its page label beside its words, on a file of any length:
# "Lowfield Parish Council – Minutes – 3 March 2024 – Page 2 of 4", "Page 3 | Cabinet minutes".
# (a comma is not a separator: "see the map in Appendix B, page 4" ends a sentence)
_SEP = r"(?:\s+[-–—|·•]\s+|\s*[|–—]\s*|\s{2,})"
_LABEL_BESIDE = re.compile(
    rf"^(?P<before>.*?[^\W\d_].*?){_SEP}page\s*(?P<n>{_NUM})(?:\s*(?:of|/)\s*{_NUM})?\s*$"
    rf"|^page\s*(?P<n2>{_NUM})(?:\s*(?:of|/)\s*{_NUM})?{_SEP}(?P<after>.*?[^\W\d_].*)$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]{3,}")
# a document-sharing site's record of the file it shows, printed under its own title for the upload:
# "Total Page:16", "File Type:pdf, Size:1020Kb", "Pages: 12 | Views: 340 | Downloads: 5"
_RECORD_FIELD = r"(?:total\s+pages?|pages?|file\s+type|file\s+size|size|format|views?|downloads?|uploaded(?:\s+(?:by|on))?|" \
                r"upload\s+date)\s*:\s*[\w.,/-]+(?:\s*[kmg]i?b)?"
_HOSTING_RECORD = re.compile(rf"\s*{_RECORD_FIELD}(?:\s*[,;|·]\s*{_RECORD_FIELD})*\s*", re.I)
HOSTING_TITLE_LINES = 2     # the most lines a site's title for the upload takes above its record
# a web page's accessibility and navigation links, each alone on its line: "Skip to main content", "Skip to
# content", "Skip navigation", "Jump to navigation", "Back to top", "Return to top of page"
_PAGE_LINK = re.compile(r"\s*(?:(?:skip|jump)\s+(?:to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search)|"
                        r"navigation|(?:main\s+)?content)|(?:back|return)\s+to\s+(?:the\s+)?top(?:\s+of\s+(?:the\s+)?page)?)"
                        r"\s*[.:]?\s*", re.I)


def is_page_number(line: str) -> bool:
    """True when the whole line has the shape of a printed page number ("7", "Page 7 of 20", ...).

    Shape only: `clean_pages` also asks where the line sits and whether a bare number fits the
    page sequence before it removes one.
    """
    text = line.strip()
    return bool(_LABELLED.fullmatch(text) or _BARE.fullmatch(text))


def is_blank_page_notice(line: str) -> bool:
    """"This page is intentionally left blank" in any case or spacing."""
    return bool(_BLANK_PAGE.fullmatch(line.strip()))


@dataclass
class _Edge:
    page: int                # index into the pages list
    line: int                # index of the line in the page's text
    text: str
    zones: tuple[str, ...]   # "top", "bottom" or both (on a short page)


@dataclass
class Cleaned:
    """Pages without their furniture, and the running lines removed from each (by list index)."""

    pages: list[Page]
    running: dict[int, list[str]]    # page index -> running header/footer lines, as printed (stripped)


def clean_pages(pages: list[Page]) -> list[Page]:
    """`pages` with furniture lines removed (see `clean`)."""
    return clean(pages).pages


def clean(pages: list[Page]) -> Cleaned:
    """`pages` with furniture lines removed, same numbers, same order, and the running lines removed.

    Removed: page numbers in a page's first or last lines; running headers and footers (lines
    that recur, digits masked, among the first or last lines of at least 40% of the pages of a
    file of 4+ pages, or the same dated line at the same edge of every page of a shorter file, or on a
    file of any length a line that prints its words beside a page label
    that follows the pages, "Parish Council – Minutes – Page 2 of 4"; a copyright or print-date notice at a page's
    edge, ingest/layouts.py FOOTER_NOTICE). Replaced: an "intentionally left blank" line becomes a line "\\f".
    Unpaged sources (number None) lose only labelled page-number lines ("Page 7") and keep
    bare numbers, which in a text file are table cells.
    """
    split = [page.text.split("\n") for page in pages]
    drop: set[tuple[int, int]] = set()

    edges = [_edge_lines(i, lines) for i, lines in enumerate(split)]
    paged = [i for i, page in enumerate(pages) if page.number is not None]
    for i, page in enumerate(pages):
        if page.number is None:
            drop.update((i, j) for j, line in enumerate(split[i]) if _LABELLED.fullmatch(line.strip()))
    drop.update(_page_number_lines(pages, [edges[i] for i in paged]))
    labelled = _labelled_running_lines(pages, [edges[i] for i in paged])
    drop.update(labelled)
    running_lines = _keep_pages_with_text(_running_lines([edges[i] for i in paged]), split, drop)
    drop.update(running_lines)
    # a copyright or print-date line at a page's edge, on a file of any length (one page has nothing
    # to repeat); not handed back as a running line: it names no meeting, and a print date is no meeting's date
    drop.update((edge.page, edge.line) for i in paged for edge in edges[i] if layouts.FOOTER_NOTICE(edge.text) is not None)

    # a web page's own links saved with its text ("Skip to main content", "Jump to navigation", "Back to top"):
    # no text of the paper, and above its heading they hide it from the heading readers
    drop.update((i, j) for i, lines in enumerate(split) for j, line in enumerate(lines) if _PAGE_LINK.fullmatch(line))

    # a document-sharing site's title and record of the file over the paper's own first page: not the paper's
    # text, and the title may be another upload's ("... Meeting – 19 November 2019" over a paper headed "19
    # February 2020"); handed back as running lines, so it dates and names the paper only when its text does not
    hosted = _hosting_lines(split)
    drop.update(hosted)

    running: dict[int, list[str]] = defaultdict(list)
    for i, j in sorted(running_lines | labelled | hosted):
        text = " ".join(split[i][j].split())
        if text and not is_page_number(text):
            running[i].append(text)

    cleaned: list[Page] = []
    for i, (page, lines) in enumerate(zip(pages, split)):
        kept: list[str] = []
        for j, line in enumerate(lines):
            if is_blank_page_notice(line):
                kept.append(BLANK_PAGE_MARK)
            elif (i, j) not in drop:
                kept.append(line)
        cleaned.append(replace(page, text="\n".join(kept)))     # its running lines (a reader's) kept
    return Cleaned(cleaned, dict(running))


def _hosting_lines(split: list[list[str]]) -> set[tuple[int, int]]:
    """A document-sharing site's record of the file at the top of the first page with text ("Total Page:16",
    "File Type:pdf, Size:1020Kb": two fields or more) and the site's title for the upload on the lines above it."""
    for i, lines in enumerate(split):
        content = [j for j, line in enumerate(lines) if line.strip()]
        if not content:
            continue
        head = content[:HOSTING_TITLE_LINES + 3]
        record = [j for j in head if _HOSTING_RECORD.fullmatch(lines[j])]
        if not record or sum(len(re.findall(r":", lines[j])) for j in record) < 2:
            return set()
        title = [j for j in head if j < record[0]]
        run = [j for j in head if record[0] <= j <= record[-1]]
        if run != record or len(title) > HOSTING_TITLE_LINES:
            return set()
        return {(i, j) for j in title + record}
    return set()


def _edge_lines(page: int, lines: list[str]) -> list[_Edge]:
    """The first and last EDGE_LINES non-blank lines of a page (all of them on a short page)."""
    content = [j for j, line in enumerate(lines) if line.strip() and not is_blank_page_notice(line)]
    top, bottom = set(content[:EDGE_LINES]), set(content[-EDGE_LINES:])
    return [
        _Edge(page, j, lines[j], tuple(zone for zone, chosen in (("top", top), ("bottom", bottom)) if j in chosen))
        for j in sorted(top | bottom)
    ]


def _page_number_lines(pages: list[Page], edges: list[list[_Edge]]) -> set[tuple[int, int]]:
    """Edge lines that are page numbers. A bare number counts when it is the page's own number
    or when its offset from the page's number recurs on another page (a pack numbered from its
    cover, an appendix numbered from 1): "2024" closing a paragraph on page 1 does not."""
    found: set[tuple[int, int]] = set()
    bare: list[tuple[_Edge, int]] = []
    for page_edges in edges:
        for edge in page_edges:
            text = edge.text.strip()
            if _LABELLED.fullmatch(text):
                found.add((edge.page, edge.line))
            elif _BARE.fullmatch(text):
                bare.append((edge, int(text) - pages[edge.page].number))
    pages_by_offset: dict[int, set[int]] = defaultdict(set)
    for edge, offset in bare:
        pages_by_offset[offset].add(edge.page)
    for edge, offset in bare:
        if offset == 0 or len(pages_by_offset[offset]) >= 2:
            found.add((edge.page, edge.line))
    return found


def _labelled_running_lines(pages: list[Page], edges: list[list[_Edge]]) -> set[tuple[int, int]]:
    """Edge lines that print words beside a page label ("Cabinet minutes | Page 2 of 4"), kept
    only when the label follows the pages as a bare page number must (see `_page_number_lines`):
    "see the plan on page 4" closing a paragraph does not."""
    found: list[tuple[_Edge, int]] = []
    for page_edges in edges:
        for edge in page_edges:
            m = _LABEL_BESIDE.match(edge.text.strip())
            if m and words_only(m.group("before") or m.group("after") or ""):
                found.append((edge, int(m.group("n") or m.group("n2")) - pages[edge.page].number))
    pages_by_offset: dict[int, set[int]] = defaultdict(set)
    for edge, offset in found:
        pages_by_offset[offset].add(edge.page)
    return {(edge.page, edge.line) for edge, offset in found if offset == 0 or len(pages_by_offset[offset]) >= 2}


def words_only(text: str) -> bool:
    """A running line's words, not a sentence: short, and not ending like prose."""
    return 0 < len(text.split()) <= 16 and not text.rstrip().endswith((".", ",", ";"))


def _running_lines(edges: list[list[_Edge]]) -> list[set[tuple[int, int]]]:
    """Edge lines that recur across the file's pages (running headers and footers), one set of
    (page, line) per recurring line."""
    with_text = [page_edges for page_edges in edges if page_edges]
    if len(with_text) < MIN_PAGES:
        return _dated_running_lines(with_text)
    needed = max(2, math.ceil(RECUR_SHARE * len(with_text)))

    # A header recurs at the top of pages, a footer at the bottom: the same words at the top of
    # one page and the bottom of another are a wrapped sentence the minutes repeat.
    groups: dict[tuple[str, str], list[_Edge]] = defaultdict(list)
    for page_edges in with_text:
        for edge in page_edges:
            key = _mask(edge.text)
            # a header needs words: a recurring "x X" is a column of table ticks, and numbers
            # alone are page numbers, handled above with their sequence check
            if _WORD.search(key):
                for zone in edge.zones:
                    groups[(zone, key)].append(edge)

    found: list[set[tuple[int, int]]] = []
    for members in groups.values():
        if _page_count(members) < needed:
            continue
        if _numbers_track_pages(members):
            found.append({(edge.page, edge.line) for edge in members})
        else:
            # digits differ without following the pages ("(Item 3)", "(Item 5)"): only an
            # exact repeat is furniture
            exact: dict[str, list[_Edge]] = defaultdict(list)
            for edge in members:
                exact[" ".join(edge.text.split())].append(edge)
            for same in exact.values():
                if _page_count(same) >= needed:
                    found.append({(edge.page, edge.line) for edge in same})
    return found


def _dated_running_lines(with_text: list[list[_Edge]]) -> list[set[tuple[int, int]]]:
    """On a file too short to count recurrences (2 or 3 pages), the running lines that name the
    meeting by its date ("Minutes – Planning Committee – 12.03.24"): the same words with a date,
    printed at the same edge of every page. Text does not repeat itself so, page after page."""
    if len(with_text) < 2:
        return []
    groups: dict[tuple[str, str], list[_Edge]] = defaultdict(list)
    for page_edges in with_text:
        for edge in page_edges:
            text = " ".join(edge.text.split())
            # a line with a blank to fill in ("Signed ____ Dated ____") is a form's, not a running header
            if words_only(text) and "___" not in text and (dates.find_dates(text) or dates.find_numeric_dates(text)):
                for zone in edge.zones:
                    groups[(zone, text)].append(edge)
    found = [{(edge.page, edge.line) for edge in members} for members in groups.values()
             if _page_count(members) == len(with_text)]
    return found + _form_lines(with_text)


# a line with a blank to fill in by hand: "Chair's initials ..........", "Signed ______ (Chair)"
_BLANK_TO_FILL = re.compile(r"\.{4,}|_{4,}|…{2,}")


def _form_lines(with_text: list[list[_Edge]]) -> list[set[tuple[int, int]]]:
    """On a file of 2 or 3 pages, a line with a blank to fill in by hand printed alike at the same
    edge of every page ("Chair's initials ........" at each foot), its blanks empty: a form's footer,
    not the text. (Once, at the end of the minutes, "Signed ____ Chair" is the text's own.)"""
    groups: dict[tuple[str, str], list[_Edge]] = defaultdict(list)
    for page_edges in with_text:
        for edge in page_edges:
            text = " ".join(edge.text.split())
            label = _BLANK_TO_FILL.sub(" ", text)
            # blanks only: a line whose date is printed filled in ("Signed ____ Dated 12 March 2024") is the text's
            if _BLANK_TO_FILL.search(text) and _WORD.search(label) and len(label.split()) <= 8 and not _DIGITS.search(label):
                for zone in edge.zones:
                    groups[(zone, text)].append(edge)
    return [{(edge.page, edge.line) for edge in members} for members in groups.values()
            if _page_count(members) == len(with_text)]


def _keep_pages_with_text(groups: list[set[tuple[int, int]]], split: list[list[str]],
                          dropped: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The running-line groups that are furniture: a header runs above a page's own text, so a
    group that would leave most of its pages with no text at all is the text, not a header
    (pages that share a template, a form printed once per record). Dropping one such group
    can leave the other groups' pages with text again, so this repeats until nothing changes;
    it can only keep more lines, never fewer."""
    content = {
        i: {j for j, line in enumerate(lines) if line.strip() and not is_blank_page_notice(line) and (i, j) not in dropped}
        for i, lines in enumerate(split)
    }
    kept = list(groups)
    while True:
        removed = set().union(*kept) if kept else set()
        emptied = {i for i, lines in content.items() if lines and all((i, j) in removed for j in lines)}
        still = [g for g in kept if len({i for i, _ in g} & emptied) * 2 <= len({i for i, _ in g})]
        if len(still) == len(kept):
            return removed
        kept = still


def _page_count(edges: list[_Edge]) -> int:
    return len({edge.page for edge in edges})


def _mask(line: str) -> str:
    return " ".join(_DIGITS.sub("#", line).split())


def _numbers_track_pages(members: list[_Edge]) -> bool:
    """True when every number that differs between the lines moves with the page: the lines are
    one footer printing its page number ("Cabinet, 4 March 2025, page 7"), or all identical."""
    numbers = [[int(n) for n in _DIGITS.findall(edge.text)] for edge in members]
    for position in range(len(numbers[0])):
        column = [row[position] for row in numbers]
        if len(set(column)) == 1:
            continue
        offsets = {value - edge.page for value, edge in zip(column, members)}
        if len(offsets) != 1:
            return False
    return True


# "Agenda Item 5": the stamp a committee system prints at the head of each paper's pages ("(agenda item 9)"
# in brackets is the text's own reference to the item)
_AGENDA_ITEM_STAMP = re.compile(r"agenda\s+item\s*(?:no\.?\s*)?\d{1,3}[a-z]?", re.IGNORECASE)


def is_furniture(line: str) -> bool:
    """One line that is page furniture wherever it stands, by its shape alone: a page label ("Page 3 of
    12", "- 7 -"), a running line beside its page label ("Lowfield PC – Minutes – Page 2 of 4") or naming
    the paper's council, kind and date ("Lowfield Parish Council – Minutes – 3 March 2024"), a copyright
    or print-date notice, "Agenda Item 5" alone, a line of blanks to fill in by hand ("Chair's initials
    ........", "Signed ........ Chair", "Date ........"), a council's name alone (its masthead), "this page
    is intentionally left blank".

    `clean` removes such lines only where a page's edges and their recurrence show them up; a line kept
    (a one-page file, a page break inside a chunk, a stamp on one page only) is still furniture to the
    answerer, which never quotes it. Bare numbers are not judged (in a text they are a table's cells)."""
    text = " ".join(line.split())
    if not text:
        return False
    if _LABELLED.fullmatch(text) or is_blank_page_notice(text) or _AGENDA_ITEM_STAMP.fullmatch(text):
        return True
    m = _LABEL_BESIDE.match(text)
    if m and words_only(m.group("before") or m.group("after") or ""):
        return True
    if layouts.FOOTER_NOTICE(text) is not None or layouts.SIGN_OFF(text) is not None:
        return True
    label = _BLANK_TO_FILL.sub(" ", text)
    if _BLANK_TO_FILL.search(text) and _WORD.search(label) and len(label.split()) <= 8 and not _DIGITS.search(label):
        return True
    if not words_only(text):
        return False
    segments = [seg.strip(" -–—|·•,:") for seg in re.split(_SEP, line.strip())]
    kinds = [_segment(seg) for seg in segments if seg]
    if len(kinds) >= 2 and None not in kinds and "kind" in kinds and ("council" in kinds or "date" in kinds):
        return True
    return _masthead(text)


_RUN_KINDS = re.compile(r"(?:draft\s+|approved\s+|confirmed\s+)?(?:minutes|agenda|record\s+of\s+decisions|decisions|"
                        r"decision\s+notice)", re.IGNORECASE)


def _segment(seg: str) -> str | None:
    """What one part of a running line is: "page", "date", "kind" (Minutes, Agenda), "council" (its
    name alone), "body" (a committee's short name), else None (words of a text, not a running line's)."""
    if _LABELLED.fullmatch(seg):
        return "page"
    if _RUN_KINDS.fullmatch(seg):
        return "kind"
    found = dates.find_dates(seg) or dates.find_numeric_dates(seg)
    if found and len(seg.split()) <= 5 and not re.search(r"[^\W\d_]{3,}", re.sub(rf"(?i){dates.MONTH_NAME}|"
                                                                                r"monday|tuesday|wednesday|thursday|"
                                                                                r"friday|saturday|sunday|st|nd|rd|th", "", seg)):
        return "date"
    if _masthead(seg):
        return "council"
    if layouts.BODY_WORDS.search(seg) and len(seg.split()) <= 5 and seg[:1].isupper() and not re.search(r"\d", seg):
        return "body"
    return None


def _masthead(text: str) -> bool:
    """A council's name alone: "ASHWELL PARISH COUNCIL", "Ashwell Parish Council"."""
    council = layouts.COUNCIL(text)
    return council is not None and " ".join(council["council"].lower().split()) == text.lower().removeprefix("the ")
