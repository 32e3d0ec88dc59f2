"""The one sentence splitter, for both kinds of text Scrutineer cuts into sentences: source text
(papers, where wrapped PDF lines, list items and table rows need care) and answer text (a reply
with citation markers "[1]" that belong to the sentence before them). Pure functions."""
from __future__ import annotations

import re

from core import dates, names

# ---------------------------------------------------------------- source text

# Sentence ends: ". " / "? " / "! " (optionally closing quote/bracket) before a capital, digit,
# bullet or opening bracket; or a line break that ends a line of a list or table, or a line
# that itself ends a sentence. A PDF's wrapped lines are not sentence ends.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z0-9(\"'•\-])|\n+")
# a line opening a list's item, a numbered section, a minute ("24/071 Planning", "2425/067 Finance";
# not a financial year, "2024/25", as often a wrapped sentence's as a heading's), or a label ("Present: …")
_FINANCIAL_YEAR = r"(?:19|20)\d\d[/-](?:\d\d|(?:19|20)\d\d)(?!\d)"
_LINE_STARTS_ITEM = re.compile(
    r"^\s*(?:[-•*>]|\(?[0-9ivxa-zA-Z]{1,4}[).]\s|\d+(?:\.\d+)*\s|(?!" + _FINANCIAL_YEAR + r")\d{1,4}/\d{1,4}\s+[A-Z]"
    r"|[A-Z][A-Za-z ]{0,40}:\s)")


# A date or a sum wrapped at a line's end: the figure opening the next line carries on the sentence
# ("The balance at 31st August" / "2024 was £18,426.31", "the precept for" / "2024/25 was set at").
# Running words follow it (or nothing: the year ends the line), where a list's or a minute's number is
# followed by its title ("2. Apologies", "24/071 Planning", "2024/25 Budget", "12 Apologies for
# absence"); and the line above, of two words or more, ends mid-phrase: a lowercase word, a month or a
# currency sign, never a heading's last word (nor a table's figure: "0 to 4   253 239" / "5 to 9   231
# 235" are rows).
# (a share runs on too: "The target was" / "95% and ...")
_FIGURE_RUNS_ON = re.compile(
    r"^\s*(?:[£$€]\d[\d,]*(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|" + _FINANCIAL_YEAR + r"|\d+(?:\.\d+)?(?:st|nd|rd|th|%)?)"
    r"(?:\s+[a-z£$€(]|[,;]\s|(?<=\d{4})[.,;]?\s*$|(?<=[/-]\d\d)[.,;]?\s*$|(?<=\d\.\d\d)[.,;]?\s*$|(?<=%)[.,;]?\s*$)")
_RUNS_INTO_FIGURE = re.compile(rf"\S\s+(?:[a-z][\w'’-]*|(?i:{dates.MONTH_NAME})|[£$€])\s*$")
# ... or a date in words wrapped after its weekday or a running word ("held on Tuesday" / "30 November 2020 at
# 7pm", "received by" / "30 November 2020."), not after another date ("held on 3 September" / "30 November 2020")
_DATE_RUNS_ON = re.compile(rf"^\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{dates.MONTH_NAME})\b")
_RUNS_INTO_DATE = re.compile(r"\S\s+(?:[a-z][\w'’-]*|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s*$")
# ... or a number wrapped away from the name it numbers ("at the end of Quarter" / "3 of 2020/21", "Phase" /
# "2 will start", "see Appendix" / "4."): the name is one that is printed with its number, the number is
# followed by running words, a stop or nothing (not by a capitalised title: "... Phase" / "2 Apologies")
_NUMBERED_NAME = re.compile(r"\S\s+(?:quarter|qtr|q|phase|stage|period|tranche|round|tier|band|level|option|appendix|"
                            r"annex|annexe|table|figure|paragraph|para|section|schedule|clause|item|minute|week|month)\s*$", re.I)
_ITS_NUMBER = re.compile(r"^\s*\d{1,2}[a-z]?(?:\s+[a-z0-9£$€(]|[,.;:)]|\s*$)")
# ... or the month wrapped away from its day ("… held on Tuesday 3rd" / "March 2025 at 7pm")
_MONTH_RUNS_ON = re.compile(rf"^\s*{dates.MONTH_NAME}\b", re.I)
_DAY_AT_END = re.compile(r"[A-Za-z].*\b\d{1,2}(?:st|nd|rd|th)?\s*$")


def runs_on(before: str, after: str) -> bool:
    """Whether the line `after` carries on the sentence of the line `before` (which ends no sentence)
    because a date or a sum was wrapped between them."""
    if "@" in before:
        return False                     # a contact's e-mail address broken over lines, in a table
    return bool(_FIGURE_RUNS_ON.match(after) and _RUNS_INTO_FIGURE.search(before)
                or _MONTH_RUNS_ON.match(after) and _DAY_AT_END.match(before)
                or _DATE_RUNS_ON.match(after) and _RUNS_INTO_DATE.search(before)
                or _ITS_NUMBER.match(after) and _NUMBERED_NAME.search(before))


_ENDS = (".", "!", "?", ":", ";")
# a line closing an HTML block (a paper's cells are often HTML: "…(DfE).</p>" / "<p>Increase access …")
_BLOCK_END = re.compile(r"(?:</(?:p|li|div|h[1-6]|td|th|tr|ul|ol)>|<br\s*/?>)\s*$", re.I)


# a name's initial or a title's full stop, not a sentence's: "Councillor L. Fitzpatrick", "Mr R. W. Gough", "Dr. Ames",
# and each initial of names listed after one title: "Councillors K. May, S. Baxter and K. Taylor declared ...",
# and an initial after "by"
_NAME_STOP = re.compile(rf"(?:\b(?:{names.TITLE}|Councillors|Cllrs)\.?(?:\s+[A-Z]\.)*"
                        r"(?:\s+[A-Z][\w'’-]+(?:,|\s+and|\s*&)(?:\s+[A-Z]\.)*){0,8}\s+[A-Z]"
                        r"|\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof)"
                        # a member named by initial and surname after "by", with no title: "it was proposed by
                        # R. Tilney and seconded by P. J. Webb that ...", "Chaired by P. J. Lane"
                        r"|\bby(?:\s+[A-Z]\.)*\s+[A-Z])\.$")


def _is_break(text: str, m: re.Match) -> bool:
    if "\n" not in m.group(0):
        return not _NAME_STOP.search(text[max(0, m.start() - 160):m.start()])
    before = text[:m.start()].rsplit("\n", 1)[-1]
    after = text[m.end():].split("\n", 1)[0]
    if "\n\n" in m.group(0):
        # a blank line inside a sentence (a table cell's wrapped text, a page's foot) does not end it
        return not (after[:1].islower() and before.strip() and not before.rstrip().endswith(_ENDS))
    if "\t" in before or "\t" in after or before.lstrip().startswith("|") or after.lstrip().startswith("|"):
        return True                      # table rows
    if before.rstrip().endswith(_ENDS) or _BLOCK_END.search(before):
        return True
    if before.count("(") > before.count(")") and not before.lstrip().startswith(("(", "-", "•")):
        return False                     # "(see Appendix" / "A) which concludes": a bracket still open
    if runs_on(before, after):
        return False                     # "… at 31st August" / "2024 was £18,426.31": a wrapped date or sum
    if _LINE_STARTS_ITEM.match(after) or not after[:1].islower() and len(before.strip()) < 45:
        return True                      # a list item, or a short heading-like line
    return False


def _line_at(text: str, offset: int) -> str:
    a = text.rfind("\n", 0, offset) + 1
    b = text.find("\n", offset)
    return text[a: b if b >= 0 else len(text)]


MAX_LABEL_WORDS = 16
_LIST_ITEM = re.compile(r"^(?:[-•*–]|\(?[a-z0-9]{1,3}[.)])\s")   # "- The overspend …", "(ii) that …", "3. …"
_VALUE = re.compile(r"[£$€%]|\d[\d,]*\.\d")     # a money sum, a share or a decimal: data, not a label


def is_label(text: str) -> bool:
    """One short line that is not a sentence (no full stop) and holds no value: an indicator's or
    a table's name ("Percentage of repairs completed within 28 days GREEN"), a lead-in ("The voting
    was as follows:"). What it names follows it."""
    text = text.strip()
    if not text or "\n" in text or len(text.split()) > MAX_LABEL_WORDS or _VALUE.search(text):
        return False
    if text[-1] in ".!?;,":
        return False              # a sentence, or an item of a list that runs on
    return not _LIST_ITEM.match(text) or text.endswith(":")


_MARKER = re.compile(r"^\s*(?:[-•*–>]\s+)?(?:(?:\d{1,3}(?:\.\d+)*[.)]?|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+)?")
_EMPHASIS = re.compile(r"^#+\s*|\*\*|__|</?(?:b|strong|em|i)>")


# a Markdown escape: "1\." is how a Markdown page prints "1." at a line's start, "\*" a plain star
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def unescaped(text: str) -> str:
    """Text with its Markdown escapes read as the characters they print ("1\\. Apologies" -> "1. Apologies")."""
    return _ESCAPED.sub(r"\1", text)


def bare(text: str) -> str:
    """A line without its markup, list marker and section number: "- 1.3 **Deliver the plan**"
    -> "Deliver the plan"."""
    return _MARKER.sub("", _EMPHASIS.sub("", text.strip()), count=1).strip()


# a finite verb that makes a short line a clause ("There were no objections.", "This was agreed.", "It has been done.")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did|"
                     r"isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|hadn['’]t|won['’]t|didn['’]t)\b", re.I)


def is_heading(text: str) -> bool:
    """A line that names a subject and answers nothing: a few words with no figure, or a line
    printed as a heading (marked up whole, no full stop) under any list marker or section number
    ("- 1.3 **Deliver the plan**", "## Resolved"). A few words ending in a full stop that read as a
    clause, a finite verb among them ("There were no objections.", "The item was deferred."), are a
    sentence: they answer."""
    text = text.strip()
    if len(text.split()) <= 5 and not re.search(r"\d", text) \
            and not (len(text.split()) >= 2 and bare(text).endswith(".") and _FINITE.search(text)):
        return True
    line = _MARKER.sub("", text, count=1)
    marked = line.startswith("#") or (line.startswith(("**", "__", "<b>", "<strong>"))
                                      and line.endswith(("**", "__", "</b>", "</strong>")))
    return marked and "\n" not in line and bare(line)[-1:] not in (".", "!", "?", ";")


# contact details: an e-mail address, or a UK telephone number ("03000 416478", "(01234) 567 890")
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<!\d)\(?0\d{2,4}\)?[ -]?\d{3}[ -]?\d{3,4}(?!\d)")


def is_contact(text: str) -> bool:
    """A sentence that gives someone's contact details (a report's "Contact officer" block, a
    directors' list with e-mail addresses): it names who to ask, it answers nothing else."""
    return _CONTACT.search(text) is not None


# the last word of a line with no stop after it, in lower case and standing alone ("... by officers since t"),
# and the word before it
_LAST_WORD = re.compile(r"(?:^|\s)(\S+)\s+([a-z]+)\s*$")
# words no sentence ends on, after which a lone letter is a word cut short ("since t"), not a part's label ("item b")
_FUNCTION_WORD = re.compile(r"(?:the|a|an|of|to|for|with|by|in|on|at|from|and|or|that|as|since|before|after|"
                            r"was|were|is|are|had|has|have|be|been|this|their|its)")


def is_cut_off(text: str) -> bool:
    """A sentence cut off mid-word, as a page saved short prints its last line ("To note that there had been no
    covert surveillance conducted by officers since t", "... in 1983 before transfe"): no stop at its end, and its
    last word a lone letter after a word no sentence ends on, or the start of an English word and no word itself
    (an abbreviation, "pdf", "cllr", "mph", begins no word). Quoted, it would misquote the paper."""
    from core import english
    m = _LAST_WORD.search(text)
    if m is None or len(text.split()) < 4:
        return False
    before, word = m.group(1), m.group(2)
    if len(word) == 1:
        return word not in ("a", "i") and _FUNCTION_WORD.fullmatch(before) is not None
    return not english.is_english(word) and english.begins_a_word(word)


def whole_words_end(text: str) -> int:
    """Where a sentence's whole words end: before its last word when it is cut off mid-word (`is_cut_off`),
    and before the words no sentence ends on that are left bare ("… for a new Member who had not previously had
    the opportu" -> "… for a new Member who had not previously had"); else its length. What comes before the cut
    is the paper's own words and may be quoted; the broken word may not."""
    if not is_cut_off(text):
        return len(text)
    m = _LAST_WORD.search(text)
    kept = text[:m.start(2)].rstrip()
    while (last := re.search(r"(\S+)$", kept)) and _FUNCTION_WORD.fullmatch(last.group(1).lower()):
        kept = kept[:last.start()].rstrip()
    return len(kept)


def source_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, stripped of surrounding whitespace."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if not _is_break(text, m):
            continue
        if "\n" not in m.group(0) and "\t" in _line_at(text, m.start()):
            continue                     # a table row is one unit: its cells explain each other
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


# ---------------------------------------------------------------- answer text

# [1]  [1, 3]  [1-3]  [Passage 2]  [passages 1 and 4]
MARKER = re.compile(
    r"\[\s*(?:passages?\s*)?(\d{1,3}(?:\s*(?:,|;|-|–|and)\s*(?:passage\s*)?\d{1,3})*)\s*\]",
    re.IGNORECASE,
)
# A sentence ends at . ! ? (closing quotes/brackets and trailing citation markers belong to it)
# when whitespace and then something other than a marker follows. The lookahead needs the next
# visible character, so a boundary found in a prefix of a line is a boundary of the whole line.
BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?:\s*\[[^\[\]\n]{1,40}\])*(?=\s+[^\s\[])")
LIST_PREFIX = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)]|[a-z][.)]|#{1,6})\s+")
ABBREVIATIONS = {"e.g", "i.e", "etc", "cllr", "no", "nos", "dr", "mr", "mrs", "ms", "st", "vs", "approx",
                 "para", "paras", "ref", "fig", "cf", "inc", "ltd", "co", "cf", "p", "pp", "vol"}


def parse_markers(marker_body: str) -> list[int]:
    """'1, 3' -> [1, 3]; '2-4' -> [2, 3, 4]; ranges longer than 20 are read as their ends."""
    numbers: list[int] = []
    for part in re.split(r"\s*(?:,|;|and)\s*", marker_body):
        part = re.sub(r"(?i)passage\s*", "", part).strip()
        if not part:
            continue
        bounds = re.split(r"\s*[-–]\s*", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
            lo, hi = int(bounds[0]), int(bounds[1])
            numbers.extend(range(lo, hi + 1) if 0 <= hi - lo <= 20 else (lo, hi))
        elif part.isdigit():
            numbers.append(int(part))
    return numbers


def cited_numbers(text: str) -> list[int]:
    """Every passage number cited in `text`, in order, repeats included."""
    return [n for m in MARKER.finditer(text) for n in parse_markers(m.group(1))]


def strip_markers(text: str) -> str:
    """The sentence without its citation markers, spacing tidied."""
    return tidy(MARKER.sub("", text))


def tidy(text: str) -> str:
    text = re.sub(r"[ \t]+([.,;:!?)])", r"\1", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def answer_spans(line: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of one line of a reply, from offset `start`."""
    spans = []
    for m in BOUNDARY.finditer(line, start):
        if _is_abbreviation(line, m.start(), m.end()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(line)))
    return [(s, e) for s, e in spans if line[s:e].strip()]


def _is_abbreviation(line: str, punct_at: int, end: int) -> bool:
    word = re.search(r"([\w.]+)$", line[:punct_at])
    if word and (word.group(1).lower().rstrip(".") in ABBREVIATIONS or len(word.group(1)) == 1 and word.group(1).isupper()):
        return True
    following = line[end:].lstrip()[:1]
    return following.islower()
