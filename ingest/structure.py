"""Finds the documents inside a file (agenda, the minutes a pack carries, reports, appendices,
the work programme) and the structure inside each: agenda items, sections, decisions with their
votes, tables, and each document's council, committee, date and title.

It reads cleaned pages (furniture already dropped, blank-page markers as "\\f" lines) and
returns `Document`s whose blocks are verbatim source text. How a council prints a heading, a
cover sheet, an item number, a decision or a vote is not here but in the recogniser table of
ingest/layouts.py; each document records which recogniser found each field (`found_by`), and a
field none found stays null. It does not cut chunks.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from core import dates, votes
from core.names import canonical_committee, canonical_council
from core.types import Block, Document, FoundBy, Page, SourceFile
from ingest import layouts

# ---------------------------------------------------------------- text helpers

_TAG = re.compile(r"</?(?:b|i|u|strong|em|sup|sub|span|p|a)(?:\s[^>]*)?>", re.IGNORECASE)
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def plain(raw: str) -> str:
    """A line without Markdown/HTML markup, for recognising structure (never for quoting)."""
    s = _TAG.sub("", raw)
    s = _MD_LINK.sub(r"\1", s)
    s = s.strip()
    s = re.sub(r"^#{1,6}\s*", "", s)
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"^[*_]+|[*_]+$", "", s)
    s = s.replace("&amp;", "&")
    return re.sub(r"\s+", " ", s).strip()


def words(s: str) -> int:
    return len(s.split())


_COMMITTEE_WORDS = re.compile(r"\b(committee|cabinet|council|board|panel|sub-committee|subcommittee)\b", re.I)


def looks_like_committee(s: str) -> bool:
    s = plain(s)
    if not s or words(s) > 14 or s.endswith((".", ":", ";", ",")):
        return False
    if re.search(r"\b(report|paper|papers|minutes|agenda|update|plan|strategy|membership)\b", s, re.I):
        return False
    if re.match(r"^(the|a|an|to|this|please|members|it|if|for|deadline|date|time|venue|next|signed|dated|contact|page|"
                r"minutes|agenda|report)\b", s, re.I):
        return False
    if dates.find_dates(s) or re.search(r"\d", s):
        return False
    return bool(_COMMITTEE_WORDS.search(s))


# ---------------------------------------------------------------- paragraphs

@dataclass
class Para:
    """Consecutive non-blank lines on one page: the unit structure is recognised on."""

    lines: list[str]
    page: int | None
    boundary: bool = False        # a blank-page marker: the previous document ended
    head: str | None = None       # an item heading printed on two lines ("4." / "Bridges"), read as one
    row: str | None = None        # the name of the table row this paragraph opens (layouts.TABLE_ROW)

    @property
    def raw(self) -> str:
        return "\n".join(self.lines)

    @property
    def first(self) -> str:
        if self.head:
            return self.head
        return plain(self.lines[0]) if self.lines else ""

    @property
    def text(self) -> str:
        return plain(" ".join(self.lines))


def paragraphs(pages: list[Page]) -> list[Para]:
    out: list[Para] = []
    for page in pages:
        current: list[str] = []

        def flush():
            if current:
                out.append(Para(list(current), page.number))
                current.clear()

        for line in page.text.split("\n"):
            if line.strip() == "\f" or line == "\f":
                flush()
                out.append(Para([], page.number, boundary=True))
            elif not line.strip():
                flush()
            elif _is_heading_line(line) and current:
                # a Markdown heading glued to the text above starts a new paragraph
                flush()
                current.append(line.rstrip())
            else:
                current.append(line.rstrip())
        flush()
    return _split_glued_headings(out)


def _is_heading_line(line: str) -> bool:
    return bool(re.match(r"^\s*#{1,6}\s", line))


def _split_glued_headings(paras: list[Para]) -> list[Para]:
    """PDF text often runs a short heading straight into its paragraph ("Introduction" /
    "1. The power of call-in ..."). Split such a first line off as its own paragraph."""
    out: list[Para] = []
    for p in paras:
        if (not p.boundary and len(p.lines) > 1 and _short_heading(plain(p.lines[0]))
                and not _short_heading(plain(p.lines[1])) and not item_number(plain(p.lines[0]))):
            out.append(Para([p.lines[0]], p.page))
            out.append(Para(p.lines[1:], p.page))
        else:
            out.append(p)
    return out


def _short_heading(s: str) -> bool:
    return (0 < words(s) <= 6 and len(s) <= 50 and s[:1].isupper() and not s.endswith((".", ",", ";", ":"))
            and not re.search(r"\d{2,}", s) and "\t" not in s and "|" not in s)


# ---------------------------------------------------------------- items, headings, decisions

_TABLE = re.compile(r"(\t|^\s*\||\|\s*$)")
_LIST_START = re.compile(r"^\s*(?:[-•*]\s*)?(?:\(?[0-9ivxa-z]{1,4}[).]\s+|that\b)", re.I)
_STRICT_ITEMS = tuple(r for r in layouts.ITEMS if r.name != "item_bare")


def item_number(line: str, loose: bool = False) -> tuple[layouts.Recogniser, dict[str, str]] | None:
    """The item number a line opens with, by the first item recogniser that reads it.
    `loose` also accepts a bare number ("52 Apologies"), which only minutes and agendas use."""
    return layouts.first_match(layouts.ITEMS if loose else _STRICT_ITEMS, line)


def is_table(p: Para) -> bool:
    table_lines = sum(1 for line in p.lines if _TABLE.search(line))
    return table_lines >= 1 and table_lines >= len(p.lines) / 2


def _is_item_tag(s: str) -> bool:
    return layouts.ITEM_TAG(s) is not None


def is_item_heading(p: Para, next_para: Para | None, loose: bool = False) -> bool:
    """A numbered agenda-item heading: '3. Children and Young People's Presentation on Participation',
    '84. Apologies' / '(Item 1)', '## **5. Work Programme**', '19.01.3  Minutes', '52 Apologies for Absence',
    a heading wrapped onto a second line ('7 Opportunities to ... policies' / 'and charges')."""
    found = item_number(p.first, loose)
    if not found:
        return False
    rec, fields = found
    text = p.text
    if p.lines and _is_item_tag(plain(p.lines[-1])):
        return True
    if next_para is not None and not next_para.boundary and _is_item_tag(next_para.text):
        return words(text) <= 25
    if text.endswith((".", ";", ",", ":")) or is_table(p):
        return False
    if rec.name == "item_bare" and words(text) > 16:
        return False
    if p.head:
        pass                    # the number's line and the title's line: one heading (see _join_lone_numbers)
    elif len(p.lines) == 2:
        # a long heading wrapped onto a second line: the second line carries on in lower case, or
        # (an agenda's list) in capitals or with only the item's pages
        second = plain(p.lines[1])
        if not (second[:1].islower() or _title_runs_on(plain(p.lines[0]), second)) or words(text) > 22 \
                or item_number(second, loose) or _LIST_START.match(second):
            return False
    elif len(p.lines) > 2 or words(text) > 14:
        return False
    title = fields.get("title", "")
    if re.match(r"^that\b", title, re.I):
        return False        # "3. That the Committee ...": a numbered part of a decision
    return title[:1].isupper() or title[:1].isdigit()


_PAGES_REF = re.compile(r"\(?\s*pages?\s*\d+(?:\s*[-–]\s*\d+)?\s*\)?\s*$", re.I)
WRAP_WIDTH = 45             # characters: a title line this long may have run out of room


def _title_runs_on(first: str, second: str) -> bool:
    """An item's title whose second line carries it on in capitals ('5. Proposed Revenue Budget
    2025-26 and Medium Term' / 'Financial Plan 2025-28 (Pages 9 - 64)'), or holds only its pages
    ('(Pages 19 - 24)'): the first line ran out of room, the second is short and no sentence."""
    second = second.strip()
    if _PAGES_REF.fullmatch(second):
        return True
    title = _PAGES_REF.sub("", second).strip()
    return (len(first.strip()) >= WRAP_WIDTH and not first.rstrip().endswith((".", ":", ";", ",", ")"))
            and 0 < words(title) <= 8 and title[:1].isupper() and not title.endswith((".", ":", ";", ","))
            and _looks_titley(title))


def is_heading(p: Para) -> bool:
    """A sub-heading inside an item or report (not a numbered item)."""
    if p.boundary or len(p.lines) != 1:
        return False
    raw = p.lines[0].strip()
    s = plain(raw)
    if not s or is_table(p) or votes.has_vote_count(s) or _MOTION_RECORD.search(s) or layouts.ACTION(s) is not None:
        return False        # "ACTION: Clerk": the item's action, not a heading over what follows
    if raw.startswith("#"):
        return True
    if raw.startswith("**") and raw.rstrip().endswith("**") and words(s) <= 16:
        return True
    return _short_heading(s) or (words(s) <= 10 and not s.endswith((".", ",", ";", ":")) and s[:1].isupper()
                                 and not re.search(r"\d{3,}", s) and len(s) < 90 and _looks_titley(s))


def is_action(p: Para) -> bool:
    """An action recorded against a person ("ACTION: Clerk to write to ...", "Action: JS"): a line or
    two of its item's text, marked found_by "action_line"; not a decision of its own."""
    return not p.boundary and len(p.lines) <= 2 and layouts.ACTION(plain(p.first)) is not None


# a sentence recording a motion, printed without its full stop ("The amendment was seconded by
# Councillor B"): never a sub-heading, or every paragraph after it would be filed under it
_MOTION_RECORD = re.compile(r"\b(?:was|were)\s+(?:duly\s+)?(?:moved|seconded|proposed|carried|lost|withdrawn)\b", re.I)


def _looks_titley(s: str) -> bool:
    caps = sum(1 for w in s.split() if w[:1].isupper())
    return caps >= max(1, len(s.split()) // 2)


# In a report or an appendix only a decision's own wording counts ("RESOLVED", "Cabinet is asked
# to RESOLVE"); "the Council agreed ..." there tells the story of an earlier decision.
_IN_REPORTS = tuple(r for r in layouts.DECISIONS if r.name in (
    "resolved", "agreed", "it_was_approved", "decision_label", "decided", "recommended", "asked_to_resolve",
    "recommended_to_approve", "it_is_recommended"))


def decision_of(p: Para, minutes: bool = True) -> layouts.Recogniser | None:
    """The decision recogniser that reads this paragraph (a resolution's start), else None.
    A vote's outcome alone is not asked here: see `_decision_at`."""
    if p.boundary:
        return None
    text = p.text
    if p.first.endswith("?"):
        return None         # "(f) Decision made in exempt session?": a form's question, not a decision
    if minutes and words(text) <= 120 and layouts.PREVIOUS_MINUTES(text) is not None:
        return layouts.PREVIOUS_MINUTES
    table = layouts.DECISIONS if minutes else _IN_REPORTS
    found = layouts.first_match(table, p.first)
    if not found and layouts.one_language(p.first) != p.first:
        found = layouts.first_match(table, layouts.one_language(p.first))    # "PENDERFYNWYD / RESOLVED: ..."
    if not found:
        found = layouts.first_match(table if minutes else (layouts.by_name("asked_to_resolve"),), text)
    return found[0] if found else None


def is_resolution_start(p: Para, minutes: bool = True) -> bool:
    return decision_of(p, minutes) is not None


def _decision_at(paras: list[Para], i: int, minutes: bool = True) -> layouts.Recogniser | None:
    """The recogniser that makes paragraph i open a decision. A vote's outcome ("CARRIED
    unanimously", "LOST (4 ... 5)") is a decision of its own unless the decision's wording
    follows it within a few paragraphs: then it is that decision's vote, pulled in with it."""
    p = paras[i]
    rec = decision_of(p, minutes)
    if rec is not None and rec.name not in _VOTE_LIKE:
        return rec
    if rec is None and (not minutes or layouts.VOTE_OUTCOME(p.text) is None):
        return None
    for k in range(i + 1, min(i + 4, len(paras))):
        q = paras[k]
        if q.boundary or is_item_heading(q, None, loose=True):
            break
        nxt = decision_of(q, minutes)
        if nxt is not None and nxt.name not in _VOTE_LIKE:
            return None
        if layouts.VOTE_OUTCOME(q.text) is None and not votes.announces_vote(q.text):
            break
    return rec or layouts.VOTE_OUTCOME


# decisions that are also the vote of a decision worded after them ("moved ... seconded ...
# CARRIED" / "It was APPROVED: ..."): a decision of their own only when no such wording follows
_VOTE_LIKE = {"proposed_seconded", "all_in_favour"}


# ---------------------------------------------------------------- document starts

@dataclass
class Start:
    doc_type: str
    committee: str | None = None
    meeting_date: str | None = None
    title: str | None = None
    council: str | None = None
    found_by: dict[str, FoundBy] = field(default_factory=dict)

    def mark(self, recogniser: str, confidence: float, *fields: str) -> "Start":
        for name in fields:
            if getattr(self, name, None):
                self.found_by.setdefault(name, FoundBy(recogniser, confidence))
        return self


_APPENDIX = re.compile(r"^appendix\s+([0-9]{1,2}|[a-z]|one|two|three|four|five|six|seven|eight|[ivx]{1,4})\b", re.I)
_MINUTES_CUE = re.compile(r"^(?:present|members\s+present|councillors\s+present|in\s+attendance|attendance|"
                          r"apologies(?:\s+for\s+absence)?|also\s+present)\b\s*:?", re.I)
_REPORT_CUE = re.compile(r"^(?:\d{1,2}\.?\s+)?(?:purpose\s+of\s+(?:the\s+)?report|recommendations?|executive\s+summary|"
                         r"summary|background|reasons?\s+for\s+(?:the\s+)?recommendations?)\b", re.I)
_NOT_A_HEADING_BODY = re.compile(r"^(?:next|date\s+of\s+(?:the\s+)?next|the\s+next|future|previous|last|signed|dated?)\b", re.I)


def detect_start(paras: list[Para], i: int) -> Start | None:
    p = paras[i]
    if p.boundary:
        return None
    return (_cover_sheet(paras, i) or _masthead(paras, i) or _heading(paras, i)
            or _work_programme(paras, i) or _appendix(paras, i))


def _work_programme(paras: list[Para], i: int) -> Start | None:
    """A committee line over a table headed 'Item ... Date of Meeting': the work programme."""
    m = re.match(r"^(.*?\b(?:committee|cabinet|board|panel))\b[.:]?\s*(.*)$", paras[i].first, re.I)
    if not m or len(paras[i].lines) > 2 or i + 1 >= len(paras) or paras[i + 1].boundary:
        return None
    nxt = paras[i + 1]
    if not (is_table(nxt) and re.match(r"^item\b", plain(nxt.lines[0]), re.I)):
        return None
    suffix = m.group(2).strip(" .*")
    return Start("work_programme", canonical_committee(m.group(1)), None,
                 "Work Programme" + (f": {suffix}" if suffix else "")).mark("work_programme_table", 0.8, "committee", "doc_type")


def _masthead(paras: list[Para], i: int) -> Start | None:
    """Committee line(s), a date line, then a title: the cover of a report or the minutes."""
    p = paras[i]
    committee_text = p.text
    glued_title = None
    if len(p.lines) == 1 and "****" in p.lines[0]:
        # "**Committee****Title**": a converter glued two bold lines together
        committee_text, glued_title = (plain(x) for x in p.lines[0].split("****", 1))
    same_line = layouts.by_name("body_then_date")(p.first) if len(p.lines) == 1 and not glued_title else None
    recogniser = "name_over_date"
    if same_line and looks_like_committee(same_line["committee"]) and words(same_line["committee"]) >= 3:
        # "Children & Young People Overview & Scrutiny Committee 18th June 2019" over a title
        committee_text, meeting_date = same_line["committee"], same_line.get("meeting_date")
        j, rest_lines, recogniser = i, [], "body_then_date"
    else:
        if not looks_like_committee(committee_text):
            return None
        j = i + 1
        if j >= len(paras) or paras[j].boundary or not dates.is_date_line(plain(paras[j].lines[0])):
            return None
        meeting_date = dates.first_date(plain(paras[j].lines[0]))
        rest_lines = paras[j].lines[1:]
    k = j + 1
    if glued_title:
        title, k = glued_title, j
    elif rest_lines:
        title = plain(rest_lines[0])
    else:
        while k < len(paras) and paras[k].boundary:
            k += 1
        title = paras[k].first if k < len(paras) else ""
    if re.match(r"^(time|venue)\b", title, re.I):
        return None  # an agenda front page, handled as the file's first document
    if re.match(r"^minutes(\s+of\s+(the|a)\s+.*meeting.*)?:?$|^minutes of (the|a) meeting", title, re.I) \
            or _MINUTES_CUE.match(title):
        return Start("minutes", canonical_committee(committee_text), meeting_date,
                     _minutes_title(meeting_date)).mark(recogniser, 0.85, "committee", "meeting_date", "doc_type")
    if not title or words(title) > 25:
        return None
    return Start("report", canonical_committee(committee_text), meeting_date, title).mark(
        recogniser, 0.8, "committee", "meeting_date", "title", "doc_type")


def _minutes_title(meeting_date: str | None, kind: str | None = None) -> str:
    what = "annual meeting" if kind == "annual" else "meeting"
    return f"Minutes of the {what} held on {dates.human(meeting_date)}" if meeting_date else "Minutes"


def _window(paras: list[Para], i: int, max_lines: int = 8) -> list[str]:
    """The plain lines from paragraph i on, up to a blank-page marker."""
    lines: list[str] = []
    for p in paras[i:]:
        if p.boundary:
            break
        lines.extend(x for x in (layouts.one_language(plain(line)) for line in p.lines) if x)
        if len(lines) >= max_lines:
            break
    return lines[:max_lines]


def _strip_body(name: str) -> str:
    """'Ashby Town Council Meeting' -> 'Ashby Town Council'; 'X A.G.M.' -> 'X'."""
    s = re.sub(r"\s*\b(?:a\.?\s?g\.?\s?m\.?|annual\s+general\s+meeting|minutes)\s*$", "", name, flags=re.I)
    if not re.fullmatch(r"(?:\w+\s+){0,2}meeting", s, re.I):
        s = re.sub(r"\s+meeting$", "", s, flags=re.I)
    return s.strip(" -–—|,:")


_AT_START = {"front_matter", "meeting_to_be_held", "body_then_date", "name_over_date", "title_date_over_body"}   # at a file's start only, or with a cue


def _heading(paras: list[Para], i: int) -> Start | None:
    """A meeting heading by the heading recognisers, starting on paragraph i's first line, or on
    its second or third line under the council's or the body's name."""
    p = paras[i]
    if i == 0 and p.lines and p.lines[0].strip() == "---":
        found = layouts.HEADINGS[0](p.raw + "\n")
        if found:
            return _from_front_matter(found)
    lines = _window(paras, i)
    if not lines:
        return None
    for offset in range(0, min(4, len(lines))):
        above = lines[:offset]
        if offset and not all(_masthead_line(x) for x in above):
            break
        text = " ".join(lines[offset:offset + 5])
        sentence = [lines[offset]] + list(itertools.takewhile(lambda x: x[:1].islower(), lines[offset + 1:offset + 3]))
        if re.match(r"^minutes\b", lines[offset], re.I) and layouts.PREVIOUS_MINUTES(" ".join(sentence)) is not None:
            return None     # "The minutes of the meeting held on ... were agreed": not a new document
        for rec in layouts.HEADINGS[1:]:
            if rec.name in _AT_START and i > 0 and not _minutes_follow(paras, i):
                continue
            if rec.name == "body_then_date":
                found = rec(lines[offset])
            elif rec.name in layouts.LINE_HEADINGS:
                found = rec("\n".join(lines[offset:offset + 3]))
            else:
                found = rec(text)
            if not found:
                continue
            if rec.name == "body_then_date" and (_NOT_A_HEADING_BODY.match(found.get("committee", ""))
                                                 or offset + 1 < len(lines) and _is_prose(lines[offset])):
                continue
            return _start_from_heading(rec, found, above, paras, i, lines[offset:])
    return None


def _is_prose(line: str) -> bool:
    return words(line) > 18 or bool(re.search(r"[.;]\s*$", line)) and words(line) > 8


def _masthead_line(line: str) -> bool:
    return (layouts.COUNCIL(line) is not None or looks_like_committee(line)
            or bool(re.match(r"^(?:cyngor|comhairle)\b", line, re.I))      # "council" in Welsh, in Gaelic
            or bool(re.match(r"^(?:clerk|tel|telephone|e-?mail|website|www\.)\b", line, re.I))
            or bool(re.fullmatch(r"(?:minutes|agenda|notice of meeting)", line.strip(), re.I)) or words(line) <= 3)


def _minutes_follow(paras: list[Para], i: int) -> bool:
    for q in paras[i + 1:i + 5]:
        if q.boundary:
            return False
        if _MINUTES_CUE.match(q.first):
            return True
    return False


def _start_from_heading(rec: layouts.Recogniser, found: dict[str, str], above: list[str],
                        paras: list[Para], i: int, lines: list[str]) -> Start:
    committee = found.get("committee")
    council = None
    for line in above:
        c = layouts.COUNCIL(line)
        if c:
            council = c["council"]
    if not committee and found.get("committee_before"):
        candidates = list(reversed(above))
        if i > 0 and not paras[i - 1].boundary:
            candidates.append(paras[i - 1].text)
        for cand in candidates:
            cand = re.sub(r"\s{2,}(?:minutes|agenda)\s*$", "", cand, flags=re.I).strip()
            if looks_like_committee(cand) or layouts.COUNCIL(cand):
                committee = cand
                break
    committee = canonical_committee(_strip_body(committee)) if committee else None
    split = layouts.body_of_council(committee) if committee else None
    if split:
        # "Minutes of the Licensing Committee of Ashcombe Borough Council held on ...": two fields
        committee, council = canonical_committee(split[0]), council or split[1]
    masthead = council or (layouts.COUNCIL(lines[0]) or {}).get("council") if lines else council
    if masthead and committee and committee.lower().startswith(masthead.lower() + " ") and \
            layouts.BODY_WORDS.search(committee[len(masthead):]):
        # "Kestrelford District Council" over "Licensing Committee", read as one: the council's committee
        council, committee = masthead, canonical_committee(committee[len(masthead):])
    if committee and not council:
        c = layouts.COUNCIL(committee)
        council = c["council"] if c else None
    if committee and _KIND_OF_COUNCIL.fullmatch(committee):
        # "Minutes of the Parish Council Meeting" under the council's name (perhaps a paragraph above)
        above_para = paras[i - 1] if i > 0 and not paras[i - 1].boundary and len(paras[i - 1].lines) <= 3 else None
        named = council or (_council_in(paras, i - 1, max_lines=3) if above_para else None)
        committee = named or committee
    when = found.get("meeting_date")
    doc_type = found.get("doc_type")
    if not doc_type:
        doc_type = "minutes" if _minutes_follow(paras, i) or _minutes_cue_in(lines) else None
    if not doc_type and any(_REPORT_CUE.match(x) for x in lines[1:]):
        doc_type = "report"
    kind = found.get("meeting_kind")
    title = found.get("title")
    if title:
        pass
    elif found.get("record") == "decisions":
        title = f"Decisions of the meeting held on {dates.human(when)}" if when else "Decisions"
    elif doc_type == "minutes":
        title = _minutes_title(when, kind)
    elif doc_type == "agenda":
        title = _agenda_title(committee, when)
    elif doc_type == "report":
        title = _report_title(lines[1:])
    start = Start(doc_type or "minutes", committee, when, title, council)
    start.mark(rec.name, rec.confidence, "committee", "meeting_date", "title", *(("council",) if split else ()))
    start.mark(rec.name, rec.confidence if doc_type else 0.5, "doc_type")
    start.mark(layouts.COUNCIL.name, layouts.COUNCIL.confidence, "council")
    return start


# a parish or town council named only by its kind ("the Parish Council Meeting"): the council itself
# met. ("County Council", "City Council" stay: principal councils name their full meeting so.)
_KIND_OF_COUNCIL = re.compile(r"(?:the\s+)?(?:parish|town|community|village)\s+council(?:\s+meeting)?", re.I)


def _minutes_cue_in(lines: list[str]) -> bool:
    return any(_MINUTES_CUE.match(x) for x in lines[1:])


def _report_title(lines: list[str]) -> str | None:
    """The first short line after a report's heading that is not an item tag, a date or a section."""
    for line in lines[:4]:
        if re.match(r"^(?:agenda\s+)?item\s+\d+", line, re.I) or dates.is_date_line(line):
            continue
        if _REPORT_CUE.match(line) or item_number(line) or words(line) > 15:
            return None
        return line
    return None


def _from_front_matter(found: dict[str, str]) -> Start:
    rec = layouts.HEADINGS[0]
    doc_type = found.get("doc_type")
    start = Start(doc_type or "report", canonical_committee(found.get("committee")), found.get("meeting_date"),
                  found.get("title"), canonical_council(found.get("council")))
    start.mark(rec.name, rec.confidence, "committee", "meeting_date", "title", "council")
    if doc_type:
        start.mark(rec.name, rec.confidence, "doc_type")
    return start


def _cover_sheet(paras: list[Para], i: int) -> Start | None:
    """A report's cover sheet: labelled fields ('Report to', 'Date of meeting', 'Title', 'Report of',
    'Key decision', 'To: Cabinet – 4 March 2025', 'Subject: ...') near paragraph i."""
    fields: dict[str, str] = {}
    by: dict[str, layouts.Recogniser] = {}
    first_label = None
    n = 0
    k = i
    while k < len(paras) and n < 45:
        q = paras[k]
        if q.boundary:
            break
        for idx, raw in enumerate(q.lines):
            n += 1
            line = plain(raw)
            hit = layouts.first_match(layouts.COVER, line)
            if not hit:
                continue
            rec, got = hit
            (name, value), = got.items()
            if name in fields:
                continue
            if first_label is None:
                first_label = (k, idx)
            rest = [plain(x) for x in q.lines[idx + 1:idx + 3]]
            if not value and idx > 0:
                continue            # a one-word label alone counts only as a paragraph's first line
            if not value:
                # "Report to" alone on its line: the value is the next line (or the next paragraph's first)
                nxt = rest[0] if rest else (paras[k + 1].first if k + 1 < len(paras) and not paras[k + 1].boundary else "")
                if nxt and not layouts.first_match(layouts.COVER, nxt):
                    value = nxt
            elif name == "title":
                for more in rest:
                    if not more or layouts.first_match(layouts.COVER, more) or re.match(r"^\w[\w ]{0,30}:", more) \
                            or _REPORT_CUE.match(more):      # "Purpose of report" opens the report, not the title's end
                        break
                    value = f"{value} {more}"
            if value:
                fields[name] = re.sub(r"\s+", " ", value).strip()
                by[name] = rec
        k += 1
    if first_label is None or first_label[0] > i + 1 or (first_label[0] == i + 1 and len(paras[i].lines) > 2):
        return None
    core_fields = [f for f in ("committee", "meeting_date", "title") if f in fields]
    if not core_fields or len(fields) < 2:
        return None
    committee = fields.get("committee")
    meeting_date = layouts.heading_date(fields.get("meeting_date", "")) if "meeting_date" in fields else None
    if committee:
        when = dates.find_dates(committee)
        if when:
            # "To: Cabinet – 4th March 2025": the committee and the meeting's date on one line
            meeting_date = meeting_date or when[0][1]
            committee = committee[:when[0][0]]
            by.setdefault("meeting_date", by["committee"])
        committee = re.sub(r"\s*(?:[-–—,]|\bon\b|\bmeeting\b)\s*$", "", committee.strip(), flags=re.I).strip()
        if not committee or words(committee) > 14:
            committee = None
    if not (committee or meeting_date):
        return None
    record = _decision_record_title(paras, i, first_label)
    title = fields.get("title")
    if record and not title:
        title = f"Decisions of the meeting held on {dates.human(meeting_date)}" if meeting_date else "Decisions"
    start = Start("minutes" if record else "report", canonical_committee(committee), meeting_date, title)
    for name in ("committee", "meeting_date", "title"):
        if name in by and getattr(start, name):
            start.found_by[name] = FoundBy(by[name].name, by[name].confidence)
    start.found_by["doc_type"] = (FoundBy(record.name, record.confidence) if record
                                  else FoundBy("cover_sheet", min(0.95, 0.4 + 0.15 * len(fields))))
    return start


def _decision_record_title(paras: list[Para], i: int, first_label: tuple[int, int]) -> layouts.Recogniser | None:
    """layouts.DECISION_RECORD when a line above a cover sheet's first label names the paper a
    record of decisions ("DECISION NOTICE" over "Decision maker: ..."), else None."""
    for k in range(i, first_label[0] + 1):
        lines = paras[k].lines if k < first_label[0] else paras[k].lines[:first_label[1]]
        if any(layouts.DECISION_RECORD(plain(x)) is not None for x in lines):
            return layouts.DECISION_RECORD
    return None


def _appendix(paras: list[Para], i: int) -> Start | None:
    p = paras[i]
    s = p.first
    if not _APPENDIX.match(s) or words(s) > 16 or re.search(r"\.{3,}\s*\d+$", s) or len(p.lines) > 2:
        return None
    prev = next((paras[k] for k in range(i - 1, max(-1, i - 4), -1) if not paras[k].boundary), None)
    nxt = paras[i + 1] if i + 1 < len(paras) else None
    if prev is not None and (_APPENDIX.match(prev.first) or re.match(r"^appendices\b", prev.first, re.I)):
        return None  # a list of appendices inside a report
    if nxt is not None and not nxt.boundary and _APPENDIX.match(nxt.first):
        return None
    return Start("appendix", title=s).mark("appendix_heading", 0.8, "title", "doc_type")


def _type_from_title(doc_type: str, title: str | None) -> str:
    t = (title or "").lower()
    if doc_type in ("report", "appendix"):
        if "work programme" in t or "forward plan" in t and "work" in t:
            return "work_programme"
        if "action plan" in t or "statement of action" in t:
            return "action_plan"
    return doc_type


def _council_in(paras: list[Para], start: int = 0, max_lines: int = 12) -> str | None:
    """The council a document's masthead names, in its first lines."""
    n = 0
    for p in paras[start:]:
        if p.boundary:
            if n:
                break
            continue
        for line in p.lines:
            s = plain(line)
            if not s:
                continue
            n += 1
            found = layouts.COUNCIL(s)
            if found:
                return found["council"]
            if n >= max_lines:
                return None
    return None


# ---------------------------------------------------------------- the parser

@dataclass
class _Draft:
    start: Start
    paras: list[Para] = field(default_factory=list)


def path_date(path: str) -> str | None:
    """A meeting date the file's path states: a 'YYYY-MM-DD' folder or '04th-Mar-2025' in the name."""
    p = Path(path)
    for part in [p.name] + list(reversed(p.parts[:-1])):
        found = dates.find_dates(part.replace("_", " "))
        if found:
            return found[0][1]
    return None


def _first_document(paras: list[Para], path: str) -> Start:
    """What the file opens with: a heading or cover sheet the table recognises, else an agenda,
    minutes or report by the cues of its first lines and, last, its file name."""
    for i in range(0, min(3, len(paras))):
        if paras[i].boundary or i and (paras[i].page != paras[0].page or not all(
                len(q.lines) <= 3 and all(words(plain(x)) <= 12 for x in q.lines) for q in paras[:i])):
            break       # past the opening masthead lines: a later heading starts a later document
        plan = layouts.by_name("forward_plan")(" ".join(_window(paras, i, 12)))
        if plan:
            start = Start(plan["doc_type"], canonical_committee(plan.get("committee")), None, plan["title"])
            return start.mark("forward_plan", 0.8, "committee", "title", "doc_type")
        front = paras[i].lines and paras[i].lines[0].strip() == "---"
        start = _heading(paras, i) if front else (_cover_sheet(paras, i) or _heading(paras, i))
        if start is not None and (start.committee or start.meeting_date):
            if not start.found_by.get("doc_type") or start.found_by["doc_type"].confidence < 0.6:
                start.doc_type = _kind_from_name(path) or start.doc_type
            if not start.title:
                start.title = (_agenda_title(start.committee, start.meeting_date) if start.doc_type == "agenda"
                               else _minutes_title(start.meeting_date) if start.doc_type == "minutes" else None)
            return start
    head = "\n".join(plain(line) for p in paras[:25] if not p.boundary for line in p.lines)
    committee = None
    # each of the first lines, or each short paragraph: a PDF's page may be one paragraph
    heads = [p.text for p in paras[:8] if not p.boundary and len(p.lines) <= 2] or \
        [plain(x) for p in paras[:1] for x in p.lines[:8]]
    heads = [layouts.one_language(x) for x in heads]        # "SCRUTINY COMMITTEE / PWYLLGOR CRAFFU"
    for head_line in heads:
        if looks_like_committee(head_line):
            committee = canonical_committee(head_line)
            # a council's masthead over the committee's name: the committee is the line below
            if not layouts.COUNCIL(head_line):
                break
    name = Path(path).name.lower()
    date_head = dates.first_date("\n".join(p.text for p in paras[:12] if not p.boundary))
    if re.search(r"^\s*agenda\s*$", head, re.I | re.M) or re.search(r"^items on the agenda", head, re.I | re.M) or \
            re.search(r"^(date|time|venue):", head, re.I | re.M):
        start = Start("agenda", committee, date_head, _agenda_title(committee, date_head))
        return start.mark("agenda_front_page", 0.7, "committee", "meeting_date", "doc_type")
    stem = Path(path).stem
    stem = re.sub(r"\.(txt|md|html?)$", "", stem)
    kind = _kind_from_name(name) or "report"
    start = Start(kind, committee, None, stem.replace("_", " "))
    start.mark("committee_line", 0.5, "committee")
    if "appendix" in name or "minutes" in name or "agenda" in name:
        start.mark("file name", 0.5, "doc_type")
    return start


def _kind_from_name(path: str) -> str | None:
    name = Path(path).name.lower()
    if "appendix" in name:
        return "appendix"
    if "minutes" in name:
        return "minutes"
    if "agenda" in name:
        return "agenda"
    return None


def _agenda_title(committee: str | None, meeting_date: str | None) -> str:
    when = dates.human(meeting_date)
    return f"Agenda{' for the meeting of ' + when if when else ''}"


def parse(source: SourceFile, running: dict[int | None, list[str]] | None = None) -> list[Document]:
    """Split a cleaned source file into its documents, with items, sections and resolutions.
    `running` holds, by page number, the running header and footer lines furniture removed: a
    document's council, committee, date and title are read from them when its text gives none."""
    paras = paragraphs(source.pages)
    while paras and paras[0].boundary:
        paras.pop(0)
    if not paras:
        return []
    first = _first_document(paras, source.path)
    first.council = first.council or _council_in(paras)
    if first.council:
        first.mark(layouts.COUNCIL.name, layouts.COUNCIL.confidence, "council")
    drafts = [_Draft(first)]
    i = 0
    after_boundary = False
    while i < len(paras):
        p = paras[i]
        if p.boundary:
            after_boundary = True
            i += 1
            continue
        start = detect_start(paras, i) if (i > 0 or drafts[0].start.doc_type != "agenda"
                                           and not _recognised(drafts[0].start)) else None
        if start is None and after_boundary and drafts[-1].paras:
            title = p.first if words(p.first) <= 20 else None
            if title and words(title) <= 2 and i + 1 < len(paras) and not paras[i + 1].boundary \
                    and words(paras[i + 1].first) <= 20:
                # a title set on two lines after a blank page: a one- or two-word line (a place,
                # a programme) over the rest of the title
                title = f"{title} {paras[i + 1].first}"
            start = Start("appendix", title=title).mark("after_blank_page", 0.6, "title", "doc_type")
        after_boundary = False
        if start is not None:
            start.doc_type = _type_from_title(start.doc_type, start.title)
        if start is not None and start.doc_type == drafts[-1].start.doc_type and \
                (start.doc_type == "work_programme" or (start.doc_type == "appendix" and start.title == drafts[-1].start.title)):
            start = None    # a heading repeated on every page of the same document
        if start is not None and _same_meeting_heading(start, drafts[-1]):
            start = None    # the file's own heading, read again a line further down
        if start is not None:
            if start.council is None:
                start.council = _council_in(paras, i)
                start.mark(layouts.COUNCIL.name, layouts.COUNCIL.confidence, "council")
            current = drafts[-1]
            if not current.paras:
                drafts[-1] = _Draft(_merge(start, current.start))
            elif len(current.paras) <= 3 and all(words(q.text) <= 12 for q in current.paras) \
                    and current.start.doc_type != "agenda" and not _recognised(current.start):
                # what came before was only this document's masthead (the council's name, the committee's)
                drafts[-1] = _Draft(_merge(start, current.start), list(current.paras))
            else:
                drafts.append(_Draft(start))
        drafts[-1].paras.append(p)
        i += 1
    for d in drafts:
        _from_running_lines(d, running or {})
    return _finish(drafts, source)


RUNNING_PAGES = 3       # a document's running lines are read on its first pages that print any


def _from_running_lines(draft: _Draft, running: dict[int | None, list[str]]) -> None:
    """Fill what a document's text left null (council, committee, meeting date, a title taken
    from the file name, an unsure kind of paper) from the running headers and footers of its
    first pages: "Lowfield Parish Council – Minutes – 3 March 2024 – Page 2 of 4"."""
    pages = list(dict.fromkeys(p.page for p in draft.paras if p.page is not None))
    pages_with = [page for page in pages if running.get(page)][:RUNNING_PAGES]
    lines = [line for page in pages_with for line in running[page]]
    if not lines:
        return
    fields: dict[str, str] = {}
    rec = layouts.RUNNING_LINE
    for line in lines:
        for name, value in (rec(line) or {}).items():
            fields.setdefault(name, value)
    # a title and date over the body, printed as two running lines
    for k in range(len(lines) - 1):
        pair = layouts.by_name("title_date_over_body")("\n".join(lines[k:k + 2]))
        if pair:
            for name in ("title", "committee", "meeting_date"):
                if pair.get(name):
                    fields.setdefault(name, pair[name])
            break
    st = draft.start
    by = FoundBy(rec.name, rec.confidence)
    weak = lambda name: name not in st.found_by or st.found_by[name].confidence < 0.6  # noqa: E731
    if fields.get("council") and not st.council:
        st.council = canonical_council(fields["council"])
        st.found_by["council"] = by
    if fields.get("committee") and (not st.committee or weak("committee")):
        st.committee = canonical_committee(fields["committee"])
        st.found_by["committee"] = by
    if fields.get("doc_type") and weak("doc_type") and st.doc_type != "appendix":
        st.doc_type = fields["doc_type"]
        st.found_by["doc_type"] = by
    if fields.get("meeting_date") and not st.meeting_date:
        st.meeting_date = fields["meeting_date"]
        st.found_by["meeting_date"] = by
    if fields.get("title") and weak("title") and st.doc_type != "minutes":
        st.title = fields["title"]
        st.found_by["title"] = by
    elif st.doc_type == "minutes" and st.meeting_date and (not st.title or weak("title")):
        st.title = _minutes_title(st.meeting_date)
        st.found_by["title"] = by


def _recognised(start: Start) -> bool:
    """A start a heading or cover recogniser found with confidence: not a masthead to replace."""
    found = start.found_by.get("doc_type")
    return found is not None and found.confidence >= 0.8 and found.recogniser != "file name"


def _same_meeting_heading(start: Start, current: _Draft) -> bool:
    """The heading of the document already open (e.g. 'X Council' / 'Minutes of a Meeting held on <date>'
    under a first line that was read already), not a new document."""
    cur = current.start
    return (len(current.paras) <= 4 and start.doc_type == cur.doc_type and start.meeting_date == cur.meeting_date
            and cur.meeting_date is not None and (not start.committee or not cur.committee or start.committee == cur.committee))


def _merge(start: Start, before: Start) -> Start:
    """A document start that replaces the masthead-only start before it keeps what only that knew."""
    for name in ("committee", "council"):
        if not getattr(start, name) and getattr(before, name):
            setattr(start, name, getattr(before, name))
            if name in before.found_by:
                start.found_by.setdefault(name, before.found_by[name])
    return start


def _finish(drafts: list[_Draft], source: SourceFile) -> list[Document]:
    ov = source.overrides
    hinted_pack = path_date(source.path)
    first = drafts[0].start
    pack_date = ov.get("pack_date") or hinted_pack or (first.meeting_date if first.doc_type == "agenda" else None)
    if not pack_date and len(drafts) > 1:
        pack_date = first.meeting_date
    committee_default = first.committee
    named = {d.start.council for d in drafts if d.start.council}
    # one council named anywhere in the file speaks for the whole file; two or more, for their own documents
    council_default = first.council or (named.pop() if len(named) == 1 else None)
    agenda_items: list[str] = []
    docs: list[Document] = []
    parent: Document | None = None
    for d in drafts:
        st = d.start
        found = dict(st.found_by)
        committee = st.committee
        if not committee:
            committee = (parent.committee if parent and st.doc_type == "appendix" else None) or committee_default
            if committee:
                found["committee"] = FoundBy("pack", 0.6)
        if st.doc_type == "minutes":
            meeting_date = st.meeting_date or pack_date
        elif st.doc_type == "appendix" and parent is not None:
            meeting_date = parent.meeting_date
            if meeting_date and meeting_date != st.meeting_date:
                found["meeting_date"] = FoundBy("pack", 0.7)
        elif st.doc_type == "agenda":
            meeting_date = pack_date or st.meeting_date    # an agenda is written for the pack's meeting
        else:
            meeting_date = st.meeting_date or pack_date
        if meeting_date and not st.meeting_date:
            found.setdefault("meeting_date", FoundBy("file name" if meeting_date == hinted_pack else "pack", 0.5))
        title = st.title
        doc_type = _type_from_title(st.doc_type, title)
        council = st.council or council_default
        if council and not st.council:
            found["council"] = FoundBy("pack", 0.8)
        for name in FIELDS_FROM_SIDECAR:
            if ov.get(name):
                found[name] = FoundBy("sidecar", 1.0)
        doc = Document(
            committee=canonical_committee(ov.get("committee")) or committee,
            meeting_date=ov.get("meeting_date") or meeting_date,
            pack_date=pack_date or ov.get("meeting_date") or meeting_date,
            doc_type=ov.get("doc_type") or doc_type,
            title=ov.get("title") or title,
            source=source.path,
            source_sha256=source.sha256,
            council=ov.get("council") or council,
            url=ov.get("url"),
            found_by={k: v for k, v in found.items() if k in FIELDS_FROM_SIDECAR},
        )
        for name in ("committee", "meeting_date", "title", "council"):
            if not getattr(doc, name):
                doc.found_by.pop(name, None)      # what was not found stays null and unexplained
        default_item = ov.get("item") or (_match_agenda_item(title, agenda_items) if st.doc_type != "minutes" else None)
        if st.doc_type == "appendix" and parent is not None and not default_item:
            default_item = parent.blocks[0].item if parent.blocks else None
        doc.blocks = _blocks(d.paras, default_item, numbered_items=st.doc_type in ("minutes", "agenda"),
                             decisions=st.doc_type != "agenda")
        if st.doc_type == "agenda":
            agenda_items.extend(_agenda_items(d.paras))
        if doc.blocks:
            docs.append(doc)
        if st.doc_type in ("report", "work_programme", "action_plan", "agenda", "minutes"):
            parent = doc
    return docs


FIELDS_FROM_SIDECAR = ("committee", "meeting_date", "doc_type", "title", "council")


def _agenda_items(paras: list[Para]) -> list[str]:
    items = []
    lines = [plain(line) for p in paras if not p.boundary for line in p.lines]
    for k, line in enumerate(lines):
        head = _lone_item_head(line, lines[k + 1]) if k + 1 < len(lines) else None
        if head:
            items.append(head)      # "4." over "Bridges"
    for p in paras:
        for k, line in enumerate(p.lines):
            s = plain(line).strip("| -")
            nxt = plain(p.lines[k + 1]).strip() if k + 1 < len(p.lines) else ""
            if nxt and item_number(s) and not item_number(nxt) and (_title_runs_on(s, nxt) or nxt[:1].islower()
                                                                    and len(s) >= WRAP_WIDTH and not s.endswith((".", ";", ":"))):
                s = f"{s} {nxt}"        # a title wrapped onto the next line
            s = re.sub(r"\s*\|?\s*\d+\s*-\s*\d+\s*\|?$", "", s)       # page range column
            s = re.sub(r"\s*\(Pages?\s*[\d\s-]+\)\s*$", "", s)
            if item_number(s) and words(s) <= 20:
                items.append(s.strip(" |"))
    return items


def _norm_tokens(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in {"the", "and", "of", "to", "on", "for", "a", "in"}}


def _match_agenda_item(title: str | None, items: list[str]) -> str | None:
    if not title or not items:
        return None
    t = _norm_tokens(title)
    best, best_score = None, 0.0
    for item in items:
        found = item_number(item)
        it = _norm_tokens(found[1].get("title", item) if found else item)
        if not it or not t:
            continue
        score = len(t & it) / len(it | t) if (t | it) else 0
        if score > best_score:
            best, best_score = item, score
    return best if best_score >= 0.4 else None


def _application(found: tuple[layouts.Recogniser, dict[str, str]]) -> bool:
    """An item titled by the application it decides ("89. Application No: 23/01234/FUL – Land at
    Mill Lane, Hatherby"): a heading, however long, its commas an address's."""
    return layouts.APPLICATION_TITLE(found[1].get("title", "")) is not None


def _split_item_lines(paras: list[Para]) -> list[Para]:
    """Minutes often print an item's number and title on the line above its text, with no
    blank line between ('19.01.3  Minutes' / 'The minutes of ...'): split the heading off."""
    out: list[Para] = []
    todo = list(reversed(paras))
    while todo:
        p = todo.pop()
        if p.boundary or len(p.lines) < 2 or p.head:
            out.append(p)
            continue
        first = plain(p.lines[0])
        if _is_item_tag(first):
            out.append(Para(p.lines[:1], p.page))      # "(Item 5)" over the item's text
            out.append(Para(p.lines[1:], p.page))
            continue
        found = item_number(first, loose=True)
        heading_lines = 1
        if found and found[0].name == "item_dotted" and ("," in first or words(first) > 8) and not _application(found):
            out.append(p)               # "1. Mr A, Deputy Leader, ...": a numbered paragraph
            continue
        if found and not first.endswith((".", ",", ";", ":")) and words(first) <= (20 if _application(found) else 14) \
                and not re.match(r"^that\b", found[1].get("title", ""), re.I) \
                and (found[0].name not in ("item_dotted",) or _looks_titley(found[1].get("title", ""))):
            second = plain(p.lines[1])
            if (second[:1].islower() and len(p.lines) > 2 or _title_runs_on(first, second)) \
                    and words(first) + words(second) <= 22 and not _LIST_START.match(second) \
                    and not item_number(second, loose=True):
                heading_lines = 2       # a heading wrapped onto a second line
            if item_number(second, loose=True) and found[0].name in ("item_bare", "item_dotted"):
                out.append(p)           # a numbered list, not a heading over text
                continue
            out.append(Para(p.lines[:heading_lines], p.page))
            if p.lines[heading_lines:]:
                todo.append(Para(p.lines[heading_lines:], p.page))
        else:
            out.append(p)
    return out


_DECISION_CELL = layouts.by_name("decision_cell")
_OPENINGS = tuple(r for r in layouts.DECISIONS if r.name in ("resolved", "agreed", "it_was_approved", "decision_label",
                                                            "decided", "recommended", "agreed_noted_capitals",
                                                            "determined", "resolution_label"))
# a report's recommendation opens a paragraph only under a heading ("2. Recommendations" / "2.1 Cabinet
# is recommended to approve ..."): after a sentence it is as often the text of a lettered part
_UNDER_HEADINGS = _OPENINGS + (layouts.by_name("recommended_to_approve"), layouts.by_name("it_is_recommended"))


# a decision's label ("Resolution:", "RESOLVED –", "Decision:") opens a decision whatever the line above
# ends with: a table's last amount ("£285.00"), a heading
_LABEL = re.compile(r"^(?:resolved|resolution|decision|agreed)\s*(?::|\s[–—-])", re.I)


def _near_in_list(line: str, other: str) -> bool:
    """`other` is a numbered line of the same list as `line`: its number is next to line's
    ("2. The design ..." above "3. ..."), or either is not numbered by a bare or dotted number. A
    minute's "91. Appeal Decisions" after a decision's "2. ..." is not the list's next line."""
    found = item_number(other, loose=True)
    if not found:
        return False
    a, b = _item_no_value(line), _item_no_value(other)
    if a is None or b is None or found[0].name not in ("item_dotted", "item_bare"):
        return True
    return abs(a - b) <= 1


def _split_at_starts(paras: list[Para], numbered_items: bool, decisions: bool) -> list[Para]:
    """PDF text often has no blank lines at all: a page is one paragraph. Split a paragraph
    before a line that opens an item ('1. Bridges') or a decision ('Resolved', 'AGREED that')
    when the line before it ends a sentence or is itself a heading."""
    out: list[Para] = []
    for p in paras:
        if p.boundary or len(p.lines) < 2 or p.head:
            out.append(p)
            continue
        cuts = []
        for k in range(1, len(p.lines)):
            line = plain(p.lines[k])
            before = plain(p.lines[k - 1])
            ends = before.endswith((".", ":", ";", "!", "?", ")")) or not (
                before.endswith((",", "-", "–")) or re.search(r"\b(and|or|of|the|to|a|an|for|with|by|in|on)$", before, re.I))
            if not line or not ends:
                continue
            found = item_number(line, loose=True) if numbered_items else None
            strong = found is not None and (found[0].name not in ("item_dotted", "item_bare") or _application(found))
            if found and not strong and decisions and any(
                    _near_in_list(line, plain(x)) for x in p.lines[max(0, k - 1):k] + p.lines[k + 1:k + 2]):
                found = None        # one line of a numbered list, not a heading (an agenda's list is its items)
            # an agenda's next item: the number after the line before's, whatever the title's case
            next_in_list = bool(found and not strong and not decisions and found[1].get("title", "")[:1].isupper()
                                and _item_no_value(before) is not None and _item_no_value(line) == _item_no_value(before) + 1)
            if found and words(line) <= (20 if next_in_list or strong else 10) and not line.endswith((".", ",", ";", ":")) and not re.match(
                    r"^that\b", found[1].get("title", ""), re.I) and (strong or next_in_list or _looks_titley(found[1].get("title", ""))):
                cuts.append(k)
            elif not numbered_items and _REPORT_CUE.match(line) and _short_heading(line) and before.endswith((".", ";")):
                # a report's next section ("Reasons for recommendation(s)", "Background"): its heading on its own
                cuts.extend([k, k + 1] if k + 1 < len(p.lines) else [k])
            elif decisions and layouts.DECISION_TABLE(p.lines[k].strip()) is not None:
                cuts.append(k)      # a decisions table's header: the table runs while its lines keep their columns
                end = next((n for n in range(k + 1, len(p.lines)) if not _table_runs(p.lines[n])), None)
                if end is not None:
                    cuts.append(end)
            elif re.match(r"^\([a-z]\)\s+[A-Z][^.]{0,60}$", line) and before.endswith((".", "?")) and words(line) <= 6:
                cuts.append(k)      # the next field of a form: "(e) Exempt Information?"
            elif decisions and layouts.first_match(_OPENINGS, line) and (before.endswith((".", ":", ";")) or _LABEL.match(line)) or \
                    decisions and layouts.first_match(_UNDER_HEADINGS, line) and (item_number(before) or _short_heading(before)) or \
                    decisions and layouts.first_match(_OPENINGS, line) and words(line) <= 3:
                cuts.append(k)
            elif decisions and line[:1].isupper() and _DECISION_CELL(line) is not None:
                cuts.append(k)      # a table's outcome cell run on under the amounts above it ("= £4,000" / "Rejected.")
        if not cuts:
            out.append(p)
            continue
        bounds = [0] + sorted(set(cuts)) + [len(p.lines)]
        for a, b in zip(bounds, bounds[1:]):
            out.append(Para(p.lines[a:b], p.page))
    return out


MIN_ROWS = 3               # row starts a document needs before any is taken as a table's
ROW_END_WIDTH = 70         # characters: a line this long (and half as long again as the row's) is page-wide text


def _split_table_rows(paras: list[Para]) -> list[Para]:
    """Split a paragraph where a table row starts (layouts.TABLE_ROW): a narrow first cell's name
    wrapped a word or two to a line, over the row's wide cell. PDF text runs one row into the next
    with no blank line, so without this a row's outcome ("Rejected." / its reason) and the next
    row's name and text are one paragraph. The name may stand in a paragraph of its own, or end
    one, with the row's text after a blank line."""
    out: list[Para] = []
    rows = 0
    prev = ""               # the line before, across blank lines: a row starts at a run's first line
    header = _column_header(paras)
    for n, p in enumerate(paras):
        if p.boundary or p.head:
            out.append(p)
            prev = ""
            continue
        after = [plain(x) for q in paras[n + 1:n + 3] if not q.boundary for x in q.lines][:8]
        cuts: list[tuple[int, str]] = []
        lines = [plain(x) for x in p.lines]
        in_header = 0       # lines of the column header still to pass: they name no row
        for k, line in enumerate(lines):
            if header and not in_header and tuple(lines[k:k + len(header)]) == header:
                in_header = len(header)
            if in_header:
                in_header -= 1
                prev = "" if not in_header else line    # the row after the header starts a run
                continue
            if not (prev and layouts.cell_line(prev)):
                found = layouts.TABLE_ROW("\n".join(lines[k:k + 8] + after))
                if found:
                    cuts.append((k, found["name"]))
            prev = line
        if not cuts:
            out.append(p)
            continue
        rows += len(cuts)
        if cuts[0][0] > 0:
            out.append(Para(p.lines[:cuts[0][0]], p.page))
        for (a, name), (b, _) in zip(cuts, cuts[1:] + [(len(p.lines), "")]):
            out.append(Para(p.lines[a:b], p.page, row=name))
    # a table has rows: one lone match is a list of names or a heading over text, not a table
    return out if rows >= MIN_ROWS else paras


def _column_header(paras: list[Para]) -> tuple[str, ...] | None:
    """The column header a table prints again at the top of each page, as narrow cells one to a
    line ("Amount" / "Requested" / "Recommendation"): the longest run of two or more such lines
    that opens the first paragraph of two pages or more. Else None. Read into the first row on the
    page, it would be taken for that row's name, and the row for the one before."""
    tops: list[list[str]] = []
    pages: set[int | None] = set()
    for p in paras:
        if p.boundary or p.page in pages:
            continue
        pages.add(p.page)
        run = list(itertools.takewhile(layouts.cell_line, (plain(x) for x in p.lines)))
        if len(run) >= 2:
            tops.append(run)
    best: list[str] = []
    for a, b in itertools.combinations(tops, 2):
        n = 0
        while n < min(len(a), len(b)) and a[n] == b[n]:
            n += 1
        if n >= 2 and n > len(best):
            best = a[:n]
    return tuple(best) or None


def _lone_item_head(number_line: str, title_line: str) -> str | None:
    """The heading an item number printed alone ("4.", "Item 4", "Minute 24/123") makes with the
    title on the line after it, when that line reads as an item's title; else None."""
    found = layouts.ITEM_ALONE(number_line)
    title = title_line.strip()
    if found is None or not title or not (title[:1].isupper()) or words(title) > 14:
        return None
    if title.endswith((".", ",", ";", ":")) or re.match(r"^that\b", title, re.I) or layouts.ITEM_ALONE(title) \
            or item_number(title, loose=True) or dates.is_date_line(title) or _TABLE.search(title):
        return None
    if not found.get("word") and not found.get("stop") and not (_looks_titley(title) and words(title) <= 10):
        return None             # a bare "4" over a line: a table's cell unless the line reads as a title
    if found.get("word"):
        return f"{number_line.strip()} {title}"
    return f"{found['number']}{'.' if '.' not in found['number'] or found.get('stop') else ''} {title}"


def _join_lone_numbers(paras: list[Para]) -> list[Para]:
    """Papers that print an item's number in a column of its own give it a line to itself, the
    title on the next line (or in the next paragraph): make the two lines one heading paragraph,
    split from the text around it."""
    out: list[Para] = []
    todo = list(paras)
    i = 0
    while i < len(todo):
        p = todo[i]
        i += 1
        if p.boundary or p.head:
            out.append(p)
            continue
        cut = head = None
        for k, line in enumerate(p.lines):
            if k + 1 < len(p.lines):
                title = p.lines[k + 1]
            elif i < len(todo) and not todo[i].boundary and todo[i].lines:
                title = todo[i].lines[0]
            else:
                break
            head = _lone_item_head(plain(line), plain(title))
            if head:
                cut = k
                break
        if cut is None:
            out.append(p)
            continue
        if cut:
            out.append(Para(p.lines[:cut], p.page))
        if cut + 1 < len(p.lines):
            out.append(Para(p.lines[cut:cut + 2], p.page, head=head))
            if p.lines[cut + 2:]:
                todo.insert(i, Para(p.lines[cut + 2:], p.page))
        else:
            nxt = todo[i]
            out.append(Para([p.lines[cut], nxt.lines[0]], p.page, head=head))
            if nxt.lines[1:]:
                todo[i] = Para(nxt.lines[1:], nxt.page)
            else:
                i += 1
    return out


def _item_no_value(text: str) -> int | None:
    found = item_number(text, loose=True)
    if not found:
        return None
    m = re.match(r"^\d+", found[1].get("number", ""))
    return int(m.group(0)) if m else None


def _blocks(paras: list[Para], default_item: str | None, numbered_items: bool, decisions: bool = True) -> list[Block]:
    """Blocks with the item and section in force; decisions (with a preceding vote) marked."""
    if numbered_items:
        paras = _join_lone_numbers(paras)
    paras = _split_at_starts(paras, numbered_items, decisions)
    if numbered_items:
        paras = _split_item_lines(paras)
    paras = _split_table_rows(paras)
    blocks: list[Block] = []
    item, section = default_item, None
    in_row = False          # inside a table row: its short cells ("Total=", "Rejected.") are no sub-headings
    row_width = 0           # the longest line of the row so far: a table's cells wrap narrow
    last_no: int | None = None
    i = 0
    while i < len(paras):
        p = paras[i]
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        if p.boundary:
            i += 1
            continue
        restored = None
        if numbered_items and is_item_heading(p, nxt, loose=True) and (
                _in_sequence(p, last_no) or (restored := _lost_leading_digits(paras, i, last_no)) is not None):
            item = p.text
            found = item_number(p.first, loose=True)
            last_no = _item_no_value(p.first) if found and found[0].name in ("item_bare", "item_dotted") else last_no
            if restored is not None:
                # the number as the sequence has it ("56 Grants" printed "6 Grants"); the text stays as printed
                item, last_no = re.sub(r"^\d+", str(restored), item), restored
            name = layouts.ITEM_ALONE.name if p.head else layouts.APPLICATION_TITLE.name if found and _application(found) \
                else found[0].name if found else None
            if nxt is not None and not nxt.boundary and _is_item_tag(nxt.text):
                item = f"{item} {nxt.text}"
                blocks.append(Block(p.raw, p.page, item=item, section=None, kind="heading", found_by=name))
                blocks.append(Block(nxt.raw, nxt.page, item=item, section=None, kind="heading",
                                    found_by=layouts.ITEM_TAG.name))
                i += 2
            else:
                blocks.append(Block(p.raw, p.page, item=item, section=None, kind="heading", found_by=name))
                i += 1
            section = None
            in_row = False
            continue
        if p.row:
            section, in_row, row_width = p.row, True, 0
        elif in_row and max(len(x) for x in p.lines) > max(ROW_END_WIDTH, 1.5 * row_width):
            section, in_row = None, False       # full-width text again: the table has ended
        if in_row:
            row_width = max([row_width] + [len(x.strip()) for x in p.lines])
        if numbered_items and decisions and layouts.DECISION_TABLE(p.lines[0].strip()) is not None:
            item = _decision_table_blocks(p, item, blocks)
            section, i = None, i + 1
            continue
        rec = _decision_at(paras, i, minutes=numbered_items) if decisions else None
        if rec is not None:
            start = _vote_start(paras, i, blocks)
            if rec is layouts.VOTE_OUTCOME and start == i:
                start = _motion_start(paras, i, blocks)
            # pull back the vote paragraphs already emitted as ordinary blocks
            if start < i:
                pulled = i - start
                del blocks[len(blocks) - pulled:]
            end = _resolution_end(paras, i, minutes=numbered_items)
            group = paras[start:end]
            for n, q in enumerate(group):
                blocks.append(Block(q.raw, q.page, item=item, section=section, kind="resolution",
                                    is_resolution=True, continues=n > 0, found_by=rec.name))
            i = end
            continue
        if p.row:
            blocks.append(Block(p.raw, p.page, item=item, section=section, kind="table", found_by=layouts.TABLE_ROW.name))
            i += 1
            continue
        if not in_row and (is_heading(p) or (not numbered_items and is_item_heading(p, nxt))) and not is_table(p):
            section = p.text
            blocks.append(Block(p.raw, p.page, item=item, section=section, kind="heading"))
            i += 1
            continue
        blocks.append(Block(p.raw, p.page, item=item, section=section, kind="table" if is_table(p) else "para",
                            found_by=layouts.ACTION.name if is_action(p) else None))
        i += 1
    return blocks


def _cells(line: str) -> list[str]:
    """A table row's cells: between pipes, or (from a PDF) between runs of three or more spaces."""
    s = line.strip()
    if "|" in s:
        return [plain(c) for c in s.strip("|").split("|")]
    return [plain(c) for c in re.split(r"\s{3,}", s)]


def _table_runs(raw: str) -> bool:
    """A line of a decisions table: its columns apart (pipes, a run of spaces), or a cell's
    wrapped line printed indented."""
    return bool(layouts.COLUMN_GAP.search(raw.strip()) or re.match(r"^\s{3,}\S", raw))


def _decision_table_blocks(p: Para, item: str | None, blocks: list[Block]) -> str | None:
    """A table of items and their decisions ("| Item | Decision |"): each row is its item's
    decision, filed under the item its first cell names. Returns the item in force after it."""
    blocks.append(Block(p.lines[0], p.page, item=item, kind="table", found_by=layouts.DECISION_TABLE.name))
    for line in p.lines[1:]:
        cells = _cells(line)
        if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
            blocks[-1] = Block(blocks[-1].text + "\n" + line, p.page, item=blocks[-1].item, kind="table",
                               found_by=blocks[-1].found_by)
            continue                # the Markdown rule under the header
        if len(cells) >= 2 and item_number(cells[0], loose=True) and cells[1]:
            item = cells[0]
            blocks.append(Block(line, p.page, item=item, kind="table", is_resolution=True,
                                found_by=layouts.DECISION_TABLE.name))
        elif len(cells) == 1 and blocks[-1].is_resolution:
            blocks.append(Block(line, p.page, item=item, kind="table", is_resolution=True, continues=True,
                                found_by=layouts.DECISION_TABLE.name))      # the decision's cell wrapped
        else:
            blocks.append(Block(line, p.page, item=item, kind="table"))
    return item


def _in_sequence(p: Para, last_no: int | None) -> bool:
    """A bare or dotted number is an item only if it follows the item before (lists restart at 1;
    '31 Frances Riley' in a list of names is not item 31 after item 6)."""
    found = item_number(p.first, loose=True)
    if not found or found[0].name not in ("item_bare", "item_dotted") or last_no is None:
        return True
    n = _item_no_value(p.first)
    return n is not None and last_no < n <= last_no + 15


LOST_DIGITS_GAP = 3         # how far past the item before a heading with lost digits may stand


def _lost_leading_digits(paras: list[Para], i: int, last_no: int | None) -> int | None:
    """The number an item heading out of sequence stands for when its leading digit(s) did not
    print (a word processor's list number cut short: "6 Community Grants" between items 55 and
    57): a number just after the item before that ends with the printed digits, and the next
    numbered item in the paper goes on from it. Else None: a list's "6" stays a list's."""
    n = _item_no_value(paras[i].first)
    found = item_number(paras[i].first, loose=True)
    if n is None or last_no is None or found is None or found[0].name not in ("item_bare", "item_dotted"):
        return None
    for m in range(last_no + 1, last_no + 1 + LOST_DIGITS_GAP):
        if len(str(m)) > len(str(n)) and str(m).endswith(str(n)):
            break
    else:
        return None
    for k in range(i + 1, len(paras)):
        q = paras[k]
        if q.boundary or not is_item_heading(q, paras[k + 1] if k + 1 < len(paras) else None, loose=True):
            continue
        later = item_number(q.first, loose=True)
        if later is None or later[0].name not in ("item_bare", "item_dotted"):
            continue
        v = _item_no_value(q.first)
        if v is not None and m < v <= m + LOST_DIGITS_GAP:
            return m            # the sequence goes on from m: the heading was m's
        if v is not None and last_no < v <= last_no + 15:
            return None         # the sequence goes on without it
    return None


def _vote_start(paras: list[Para], i: int, emitted: list[Block]) -> int:
    """Index of the paragraph that opens the vote just before a decision, else i."""
    k = i - 1
    saw_vote = False
    steps = 0
    item = emitted[-1].item if emitted else None
    while k >= 0 and steps < 16 and len(emitted) >= (i - k):
        q = paras[k]
        block = emitted[len(emitted) - (i - k)]
        if q.boundary or block.is_resolution or block.item != item or (
                block.kind == "heading" and item_number(q.first, loose=True)):
            break
        if votes.has_vote_count(q.raw) or votes.outcome(q.text):
            saw_vote = True
        if saw_vote and votes.announces_vote(q.text):
            return k
        k -= 1
        steps += 1
    return i


_MOTION = re.compile(r"\b(?:moved|proposed)\b", re.I)
# the vote on an amendment, not on the motion it would amend
_AMENDMENT_VOTE = re.compile(r"\bamendment\b[^.;]{0,80}?\b(?:carried|lost|fell|defeated|withdrawn|not\s+carried)\b", re.I)
MOTION_PARAS = 8            # how far back a vote's outcome looks for the motion it decided
MOTION_WORDS = 220          # ... and how much of it it takes with it
AMENDMENT_WORDS = 400       # ... and how much of the amendments voted on in between


def _motion_start(paras: list[Para], i: int, emitted: list[Block]) -> int:
    """Index of the paragraph that moved the motion a bare vote's outcome decided ("Recommendation
    4C was moved by ... " / its text / "On being put to the vote ... LOST"), else i: an outcome
    alone says nothing of what was lost. Never past the item's heading, a sub-heading or another
    decision, nor more than MOTION_WORDS words back; but the vote on a motion takes with it the
    amendments voted on just before it ("moved an amendment ... the amendment was LOST" / "the
    recommendation was LOST"): they were part of its debate, and the motion's wording is above them.
    When no motion is found above them, the decision opens with the first of them."""
    item = emitted[-1].item if emitted else None
    amendable = not _AMENDMENT_VOTE.search(paras[i].text)   # an amendment's own vote takes no other amendment
    size = amended = looked = 0
    first_amendment = None
    k = i - 1
    while k >= 0 and looked < MOTION_PARAS and i - k <= len(emitted):
        q, block = paras[k], emitted[len(emitted) - (i - k)]
        if amendable and block.is_resolution and block.item == item and not q.boundary:
            opening = _amendment_opening(paras, k, emitted[:len(emitted) - (i - k) + 1])
            if opening is not None:
                amended += sum(words(x.text) for x in paras[opening:k + 1])
                if amended > AMENDMENT_WORDS:
                    break
                first_amendment, k = opening, opening - 1
                continue
        if q.boundary or block.is_resolution or block.item != item or block.kind == "heading" and (
                item_number(q.first, loose=True) or not _MOTION.search(q.text)):
            break
        size += words(q.text)
        if size > MOTION_WORDS:
            break
        if _MOTION.search(q.text):
            return k
        k -= 1
        looked += 1
    return first_amendment if first_amendment is not None else i


def _amendment_opening(paras: list[Para], k: int, emitted: list[Block]) -> int | None:
    """When the decision ending at paragraph k (its last block is emitted[-1]) is the vote on an
    amendment, the index of the paragraph that opens it; else None."""
    n = len(emitted) - 1
    while n > 0 and emitted[n].continues and emitted[n - 1].is_resolution:
        n -= 1
    opening = k - (len(emitted) - 1 - n)
    decided = [q.text for q in paras[opening:k + 1] if votes.outcome(q.text)]
    return opening if decided and _AMENDMENT_VOTE.search(decided[-1]) else None


def _resolution_end(paras: list[Para], i: int, minutes: bool = True) -> int:
    """The decision runs on while its paragraphs read as its parts (lists, 'That ...', votes)."""
    first = paras[i]
    j = i + 1
    bare = words(first.text) <= 4 or bool(re.search(r"[:–-]\s*$", first.text))  # "Resolved:" / "(d) Decision taken": the body follows
    # a decision under a lettered form label ("(d) Decision taken") ends at the next label ("(e) Exempt ...?")
    form_label = bool(re.match(r"^\([a-z]\)\s+[A-Z]", first.first))
    prev_text = first.text
    # a decision that introduces numbered parts ("(d) Decision taken" / "The Committee:") keeps them all
    introduces_list = bare or ":" in first.text[-3:]
    list_no = _last_list_number(first) if introduces_list else None
    while j < len(paras) and j - i < 24:
        q = paras[j]
        if q.boundary:
            break
        nxt = paras[j + 1] if j + 1 < len(paras) else None
        m = _DOT_LIST.match(plain(q.first))
        if list_no is not None and m and list_no < int(m.group(1)) <= list_no + 2:
            # "2. Residents Parking" after "1. Initiated ...": the decision's next numbered part
            list_no = _last_list_number(q) or int(m.group(1))
            prev_text = q.text
            j += 1
            continue
        if is_resolution_start(q, minutes) and bare and j == i + 1:
            prev_text = q.text          # "Resolved" / "The Committee resolved that:"
            j += 1
            continue
        if _vote_after(q, nxt, minutes) and not any(votes.has_vote_count(x.text) or votes.outcome(x.text)
                                                     for x in paras[i:j]):
            prev_text = q.text          # "RESOLVED that ..." / "Members voted 8 for, 5 against.": its vote
            j += 1
            continue
        if is_item_heading(q, nxt, loose=True) or (is_heading(q) and not _LIST_START.match(q.first)) \
                or _decision_at(paras, j, minutes) is not None or q.first.endswith("?") \
                or form_label and re.match(r"^\([a-z]\)\s+[A-Z]", q.first):
            break
        continues = (
            (bare and j == i + 1)
            or bool(_LIST_START.match(q.first))
            or prev_text.rstrip().endswith((";", ":", ",", " and", " or"))
            or bool(votes.VOTE_COUNT.search(q.raw))
            or bool(re.match(r"^(carried|lost|agreed|motion carried|amendment (carried|lost))\b", q.text, re.I))
            or is_action(q)         # "RESOLVED to repair ..." / "ACTION: Clerk": who carries it out
        )
        # a decision broken across pages continues mid-sentence on the next page
        if not continues and q.page != paras[j - 1].page and q.first[:1].islower():
            continues = True
        if not continues:
            break
        prev_text = q.text
        if introduces_list:
            list_no = _last_list_number(q) or list_no
        j += 1
    return j


def _vote_after(q: Para, nxt: Para | None, minutes: bool) -> bool:
    """A show of hands printed after the decision it decided ("Members voted 8 for, 5 against."):
    a count with no decision wording and no motion of its own, and no decision straight after it
    (then it is that decision's vote, pulled in by `_vote_start`). The caller takes it only for a
    decision that has no vote of its own yet."""
    if not minutes or words(q.text) > 40 or votes.show_of_hands(q.text) is None or _MOTION.search(q.text):
        return False
    rec = decision_of(q, minutes)
    if rec is not None and rec.name not in _VOTE_LIKE:
        return False
    return nxt is None or nxt.boundary or decision_of(nxt, minutes) is None


_DOT_LIST = re.compile(r"^(\d{1,2})\.\s")


def _last_list_number(p: Para) -> int | None:
    """The last 'N. ' number opening a line of the paragraph (a decision's numbered parts)."""
    found = [int(m.group(1)) for m in (_DOT_LIST.match(plain(line)) for line in p.lines) if m]
    return found[-1] if found else None
