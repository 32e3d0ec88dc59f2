"""One printed line read for structure: markup stripped, words, its item number, a short heading; not paragraphs."""
from __future__ import annotations

import re

from core.sentences import unescaped
from ingest import layouts


_TAG = re.compile(r"</?(?:b|i|u|strong|em|sup|sub|span|p|a)(?:\s[^>]*)?>", re.IGNORECASE)


_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


# capitals set letter-spaced for display ("M I N U T E S", "A G E N D A   I T E M S"): one space
# between letters, two or more between words; pypdf gives a designer's letter spacing so
_SPACED_LETTERS = re.compile(r"[A-Z](?: [A-Z])+")


def unspaced(line: str) -> str:
    """A line of letter-spaced capitals as the words it spells ("M I N U T E S" -> "MINUTES"), else
    the line. Only whole lines of single capitals that spell words (each with a vowel, five letters
    in all at least): a column of ticks or votes ("Y N Y Y") is no word."""
    s = line.strip()
    groups = re.split(r"\s{2,}", s)
    if not s or not all(_SPACED_LETTERS.fullmatch(g) or len(g) == 1 and g.isupper() for g in groups):
        return line
    spelled = ["".join(g.split()) for g in groups]
    if sum(map(len, spelled)) < 5 or not all(re.search(r"[AEIOU]", w) for w in spelled if len(w) > 1):
        return line
    return " ".join(spelled)


def plain(raw: str) -> str:
    """A line without Markdown/HTML markup, for recognising structure (never for quoting)."""
    s = _TAG.sub("", unspaced(raw))
    s = _MD_LINK.sub(r"\1", s)
    s = unescaped(s).strip()    # a Markdown converter's escapes: "1\. Apologies", "\* Item"
    s = re.sub(r"^#{1,6}\s*", "", s)
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"^[*_]+|[*_]+$", "", s)
    s = s.replace("&amp;", "&")
    return re.sub(r"\s+", " ", s).strip()


def words(s: str) -> int:
    return len(s.split())


def short_heading(s: str) -> bool:
    return (0 < words(s) <= 6 and len(s) <= 50 and s[:1].isupper() and not s.endswith((".", ",", ";", ":"))
            and not re.search(r"\d{2,}", s) and "\t" not in s and "|" not in s)


TABLE_LINE = re.compile(r"(\t|^\s*\||\|\s*$)")


# a list's part: its number, Roman numeral or letter ("2.", "(iv)", "b)") or "That ...", perhaps after a
# bullet; or a bullet glyph as a word processor's symbol font draws it ("\uf0b7", "▪", "o" for a
# sub-bullet) before the part's text. A word with a full stop ("Cllr. Jowett left ...") is no label.
BULLET_GLYPHS = layouts.BULLET_GLYPHS
LIST_START = re.compile(rf"^\s*(?:(?:[-•*]\s*)?(?:\(?(?:\d{{1,3}}|[ivx]{{1,4}}|[a-z])[).]\s+|that\b)"
                        rf"|(?:[{BULLET_GLYPHS}]|o(?=\s))\s*(?=\S))", re.I)


_STRICT_ITEMS = tuple(r for r in layouts.ITEMS if r.name != "item_bare")


def item_number(line: str, loose: bool = False) -> tuple[layouts.Recogniser, dict[str, str]] | None:
    """The item number a line opens with, by the first item recogniser that reads it.
    `loose` also accepts a bare number ("52 Apologies"), which only minutes and agendas use."""
    return layouts.first_match(layouts.ITEMS if loose else _STRICT_ITEMS, line)


def is_item_tag(s: str) -> bool:
    return layouts.ITEM_TAG(s) is not None


_PAGES_REF = re.compile(r"\(?\s*pages?\s*\d+(?:\s*[-–]\s*\d+)?\s*\)?\s*$", re.I)
# a committee web page's link to the item's paper, printed after its title: "pdf icon PDF 123 KB"
_LINK_LABEL = re.compile(r"\s*(?:(?:pdf|word|doc)\s+icon\s+)?(?:pdf|docx?|xlsx?)\s+\d+(?:\.\d+)?\s*[km]b\s*$", re.I)


def title_words(s: str) -> int:
    """Words of an item's heading, less the agenda's page numbers it may keep ("(Pages 13 - 58)") and a
    web page's link label ("pdf icon PDF 123 KB")."""
    return words(_PAGES_REF.sub("", _LINK_LABEL.sub("", s)))


ITEM_TITLE_WORDS = 14       # words: the most a numbered line's title runs to and still heads an item ...
AGENDA_TITLE_WORDS = 40     # ... unless its words are an agenda item's (agenda_item_words): then this many
# the words an agenda item opens with: its verb ("To approve the Minutes of the meeting held on 12 May 2024
# (previously circulated)", "To receive apologies ...", "To consider ...", "To note ..."), or the business every
# meeting opens with named first ("Minutes of the meeting held on ...", "Apologies for absence ...",
# "Declarations of interest ..."), or a paper put to it ("Report from the Public Safety Select Committee: ...")
_AGENDA_ITEM_WORDS = re.compile(r"^(?:to\s+(?:approve|receive|consider|note|agree|confirm|adopt|accept|discuss|review|"
                                r"elect|appoint|sign)\b|reports?\s+(?:of|from|by)\s+the\b|(?:(?:approval|confirmation|signing)\s+of\s+)?(?:the\s+)?"
                                r"(?:minutes|apologies|declarations?)\b)", re.I)


def agenda_item_words(title: str) -> bool:
    """A numbered line's title is worded as an agenda item ("To approve the Minutes of ...", "Apologies for
    absence ...", "Declarations of interest ..."), as no prose that happens to open with a number is."""
    return bool(_AGENDA_ITEM_WORDS.match(title.strip()))


def title_fits(line: str, title: str, limit: int = ITEM_TITLE_WORDS) -> bool:
    """A numbered line is short enough to head an item: at most `limit` words (less its pages), or, its
    title worded as an agenda item's, at most AGENDA_TITLE_WORDS: "3. To approve the Minutes of the meeting
    held on 12 May 2024 (previously circulated)" heads an item; "3. Three residents attended and raised
    concerns about speeding on Mill Lane, which ..." does not."""
    return title_words(line) <= (max(limit, AGENDA_TITLE_WORDS) if agenda_item_words(title) else limit)


WRAP_WIDTH = 45             # characters: a title line this long may have run out of room


def title_runs_on(first: str, second: str) -> bool:
    """An item's title whose second line carries it on in capitals ('5. Proposed Revenue Budget
    2025-26 and Medium Term' / 'Financial Plan 2025-28 (Pages 9 - 64)'), or holds only its pages
    ('(Pages 19 - 24)'): the first line ran out of room, the second is short and no sentence."""
    second = second.strip()
    if _PAGES_REF.fullmatch(second):
        return True
    title = _PAGES_REF.sub("", second).strip()
    return (len(first.strip()) >= WRAP_WIDTH and not first.rstrip().endswith((".", ":", ";", ",", ")"))
            and 0 < words(title) <= 8 and title[:1].isupper() and not title.endswith((".", ":", ";", ","))
            and looks_titley(title))


# a sentence recording a motion, printed without its full stop ("The amendment was seconded by
# Councillor B"): never a sub-heading, or every paragraph after it would be filed under it
MOTION_RECORD = re.compile(r"\b(?:was|were)\s+(?:duly\s+)?(?:moved|seconded|proposed|carried|lost|withdrawn)\b", re.I)


# an item's title and its whole business on one line: "2. Declarations of interest: none."
_TITLE_WITH_NONE = re.compile(r"^[A-Z][^.:;]{2,60}(?::|\s[–—-])\s*(?:none|nil|no\s+declarations)(?:\s+(?:declared|received|made))?\.?$",
                              re.I)


def title_with_none(title: str) -> bool:
    """An item's title with its whole business after it, nothing to report: 'Declarations of interest: none.'"""
    return bool(_TITLE_WITH_NONE.match(title))


# the short words a title in headline case leaves in lower case ("Parks, Open Spaces and Allotments")
_TITLE_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())


def headline_case(title: str) -> bool:
    """A title every word of which is capitalised, bar the short words of headline case: "Parks, Open
    Spaces and Allotments Update", never a sentence ("Mr A, Deputy Leader, reported that ...")."""
    title = _PAGES_REF.sub("", title).strip()
    ws = [w.strip("(),;:'\"&–-") for w in title.split()]
    ws = [w for w in ws if w]
    return len(ws) >= 2 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in ws) \
        and not title.endswith((".", ",", ";", ":"))


def looks_titley(s: str) -> bool:
    s = _PAGES_REF.sub("", s) or s          # "Minutes (Pages 5 - 12)": the agenda's page numbers are no words of the title
    caps = sum(1 for w in s.split() if w[:1].isupper())
    return caps >= max(1, len(s.split()) // 2)


REPORT_CUE = re.compile(r"^(?:\d{1,2}\.?\s+)?(?:purpose\s+of\s+(?:the\s+)?report|recommendations?|executive\s+summary|"
                         r"summary|background|reasons?\s+for\s+(?:the\s+)?recommendations?)\b", re.I)


def numbered_section(line: str, next_line: str | None) -> int | None:
    """A report's numbered section heading over its first numbered paragraph ("3. Options" over
    "3.1 Three options were ..."): the section's number, else None."""
    m = re.match(r"^(\d{1,2})\.?\s+(\S.*)$", line.strip())
    if not m or not short_heading(m.group(2)) or not next_line or not re.match(rf"^{m.group(1)}\.1\b", next_line.strip()):
        return None
    return int(m.group(1))


def item_no_value(text: str) -> int | None:
    found = item_number(text, loose=True)
    if not found:
        return None
    m = re.match(r"^\d+", found[1].get("number", ""))
    return int(m.group(0)) if m else None
