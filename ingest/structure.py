"""Finds the documents inside a file (agenda, the minutes a pack carries, reports, appendices,
the work programme) and the structure inside each: agenda items, sections, "Resolved" blocks
with their recorded votes, tables.

It reads cleaned pages (furniture already dropped, blank-page markers as "\\f" lines) and
returns `Document`s whose blocks are verbatim source text. It does not cut chunks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from core import dates, votes
from core.types import Block, Document, Page, SourceFile

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


def canonical_committee(name: str | None) -> str | None:
    """One spelling per committee: '&' -> 'and', markup and trailing punctuation gone, CAPS fixed."""
    if not name:
        return None
    s = plain(name)
    s = re.sub(r"\s*&\s*", " and ", s)
    s = re.sub(r"[\s,.:;–-]+$", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.isupper():
        small = {"and", "of", "the", "for", "on"}
        s = " ".join(w.lower() if w.lower() in small and i else w.capitalize()
                     for i, w in enumerate(s.lower().split()))
    return s or None


_COMMITTEE_WORDS = re.compile(r"\b(committee|cabinet|council|board|panel|sub-committee|subcommittee)\b", re.I)


def looks_like_committee(s: str) -> bool:
    s = plain(s)
    if not s or words(s) > 14 or s.endswith((".", ":", ";", ",")):
        return False
    if re.search(r"\b(report|paper|papers|minutes|agenda|update|plan|strategy|membership)\b", s, re.I):
        return False
    if re.match(r"^(the|a|an|to|this|please|members|it|if|for)\b", s, re.I):
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

    @property
    def raw(self) -> str:
        return "\n".join(self.lines)

    @property
    def first(self) -> str:
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
                and not _short_heading(plain(p.lines[1])) and not _ITEM_NO.match(plain(p.lines[0]))):
            out.append(Para([p.lines[0]], p.page))
            out.append(Para(p.lines[1:], p.page))
        else:
            out.append(p)
    return out


def _short_heading(s: str) -> bool:
    return (0 < words(s) <= 6 and len(s) <= 50 and s[:1].isupper() and not s.endswith((".", ",", ";", ":"))
            and not re.search(r"\d{2,}", s) and "\t" not in s and "|" not in s)


# ---------------------------------------------------------------- recognisers

_ITEM_NO = re.compile(r"^(\d{1,3}[a-zA-Z]?)\.\s+(\S.*)$")
_ITEM_TAG = re.compile(r"^\(Item\s+\d+[a-zA-Z]?\)$", re.I)
_RESOLVED = re.compile(
    r"^(?:\d{1,3}[).]\s*|\(\w{1,3}\)\s*)?(?:it was\s+|the (?:committee|cabinet|council|board|panel)\s+)?"
    r"(?:unanimously\s+)?resolved\b", re.I)
_LIST_START = re.compile(r"^\s*(?:[-•*]\s*)?(?:\(?[0-9ivxa-z]{1,4}[).]\s+|that\b)", re.I)
_TABLE = re.compile(r"(\t|^\s*\||\|\s*$)")


def is_table(p: Para) -> bool:
    table_lines = sum(1 for line in p.lines if _TABLE.search(line))
    return table_lines >= 1 and table_lines >= len(p.lines) / 2


def is_item_heading(p: Para, next_para: Para | None) -> bool:
    """A numbered agenda-item heading: '3. Children and Young People's Presentation on Participation',
    '84. Apologies' / '(Item 1)', '## **5. Work Programme**'."""
    m = _ITEM_NO.match(p.first)
    if not m:
        return False
    text = p.text
    if p.lines and _ITEM_TAG.match(plain(p.lines[-1])):
        return True
    if next_para is not None and not next_para.boundary and _ITEM_TAG.match(next_para.text):
        return words(text) <= 25
    if len(p.lines) > 1 or words(text) > 14 or text.endswith((".", ";", ",", ":")) or is_table(p):
        return False
    return m.group(2)[:1].isupper()


def is_heading(p: Para) -> bool:
    """A sub-heading inside an item or report (not a numbered item)."""
    if p.boundary or len(p.lines) != 1:
        return False
    raw = p.lines[0].strip()
    s = plain(raw)
    if not s or is_table(p) or votes.has_vote_count(s):
        return False
    if raw.startswith("#"):
        return True
    if raw.startswith("**") and raw.rstrip().endswith("**") and words(s) <= 16:
        return True
    return _short_heading(s) or (words(s) <= 10 and not s.endswith((".", ",", ";", ":")) and s[:1].isupper()
                                 and not re.search(r"\d{3,}", s) and len(s) < 90 and _looks_titley(s))


def _looks_titley(s: str) -> bool:
    caps = sum(1 for w in s.split() if w[:1].isupper())
    return caps >= max(1, len(s.split()) // 2)


def is_resolution_start(p: Para) -> bool:
    return bool(_RESOLVED.match(p.first))


# ---------------------------------------------------------------- document starts

@dataclass
class Start:
    doc_type: str
    committee: str | None = None
    meeting_date: str | None = None
    title: str | None = None


_MINUTES_LINE = re.compile(r"^minutes(\s+of\s+(the|a)\s+.*meeting.*)?:?$|^minutes of (the|a) meeting", re.I)
_HELD_ON = re.compile(r"held\b.*?\bon\b", re.I | re.S)
_TO_LINE = re.compile(r"^to:\s*(.+?)\s*[-–—]+\s*(.+)$", re.I)
_SUBJECT = re.compile(r"^subject:\s*(.*)$", re.I)
_APPENDIX = re.compile(r"^appendix\s+([0-9]{1,2}|[a-z]|one|two|three|four|five|six|seven|eight|[ivx]{1,4})\b", re.I)


def _window_text(paras: list[Para], i: int, n: int) -> str:
    return "\n".join(p.raw for p in paras[i:i + n] if not p.boundary)


def detect_start(paras: list[Para], i: int) -> Start | None:
    p = paras[i]
    if p.boundary:
        return None
    return (_masthead(paras, i) or _minutes_header(paras, i) or _memo_header(paras, i)
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
                 "Work Programme" + (f": {suffix}" if suffix else ""))


def _masthead(paras: list[Para], i: int) -> Start | None:
    """Committee line(s), a date line, then a title: the cover of a report or the minutes."""
    p = paras[i]
    committee_text = p.text
    glued_title = None
    if len(p.lines) == 1 and "****" in p.lines[0]:
        # "**Committee****Title**": a converter glued two bold lines together
        committee_text, glued_title = (plain(x) for x in p.lines[0].split("****", 1))
    same_line = _COMMITTEE_THEN_DATE.match(p.first) if len(p.lines) == 1 and not glued_title else None
    if same_line and looks_like_committee(same_line.group(1)) and words(same_line.group(1)) >= 3:
        # "Children & Young People Overview & Scrutiny Committee 18th June 2019"
        committee_text = same_line.group(1)
        meeting_date = dates.first_date(same_line.group(2))
        j, rest_lines = i, []
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
    if _MINUTES_LINE.match(title):
        return Start("minutes", canonical_committee(committee_text), meeting_date,
                     _minutes_title(meeting_date))
    if not title or words(title) > 25:
        return None
    return Start("report", canonical_committee(committee_text), meeting_date, title)


_COMMITTEE_THEN_DATE = re.compile(
    r"^(.+?)\s+((?:\d{1,2})(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december),?\s+(?:19|20)\d\d)$", re.I)


def _minutes_title(meeting_date: str | None) -> str:
    return f"Minutes of the meeting held on {dates.human(meeting_date)}" if meeting_date else "Minutes"


def _minutes_header(paras: list[Para], i: int) -> Start | None:
    """'Minutes of the meeting of the X Committee held on 12 March 2019' /
    'MINUTES of a meeting of the Cabinet held in ... on Thursday, 30 January 2025.'"""
    p = paras[i]
    if not re.match(r"^minutes of (the|a)\b", p.first, re.I):
        return None
    window = _window_text(paras, i, 2)
    held = _HELD_ON.search(window)
    found = dates.find_dates(window[held.end():] if held else window)
    if not found:
        return None
    meeting_date = found[0][1]
    committee = None
    m = re.search(r"meeting of the\s+(.+?)\s+held\b", plain(window.replace("\n", " ")), re.I)
    if m:
        committee = canonical_committee(m.group(1))
    elif i > 0 and looks_like_committee(paras[i - 1].text):
        committee = canonical_committee(paras[i - 1].text)
    return Start("minutes", committee, meeting_date, _minutes_title(meeting_date))


def _memo_header(paras: list[Para], i: int) -> Start | None:
    """Kent-style report cover: 'From:/By: ...' 'To: Cabinet – 4 March 2025' 'Subject: ...'."""
    if not re.match(r"^(from|by):", paras[i].first, re.I):
        return None
    for k in range(i, min(i + 6, len(paras))):
        if paras[k].boundary:
            return None
        for line_no, line in enumerate(paras[k].lines):
            m = _TO_LINE.match(plain(line))
            if not m:
                continue
            meeting_date = dates.first_date(m.group(2))
            if not meeting_date:
                continue
            title = None
            for s in range(k, min(k + 4, len(paras))):
                lines = paras[s].lines
                for idx, l2 in enumerate(lines):
                    sm = _SUBJECT.match(plain(l2))
                    if sm:
                        parts = [sm.group(1)] + [plain(x) for x in lines[idx + 1:idx + 3]
                                                 if not re.match(r"^\w+:", plain(x))]
                        title = re.sub(r"\s+", " ", " ".join(parts)).strip()
                        break
                if title:
                    break
            return Start("report", canonical_committee(m.group(1)), meeting_date, title)
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
    return Start("appendix", title=s)


def _type_from_title(doc_type: str, title: str | None) -> str:
    t = (title or "").lower()
    if doc_type in ("report", "appendix"):
        if "work programme" in t or "forward plan" in t and "work" in t:
            return "work_programme"
        if "action plan" in t or "statement of action" in t:
            return "action_plan"
    return doc_type


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
    """What the file opens with when no masthead says: an agenda, minutes or report."""
    head = "\n".join(p.text for p in paras[:25] if not p.boundary)
    committee = None
    for p in paras[:8]:
        if not p.boundary and looks_like_committee(p.text):
            committee = canonical_committee(p.text)
            if not re.match(r"^[A-Z ]+$", p.text) or "county council" not in p.text.lower():
                break
    name = Path(path).name.lower()
    date_head = dates.first_date("\n".join(p.text for p in paras[:12] if not p.boundary))
    if re.search(r"^\s*agenda\s*$", head, re.I | re.M) or re.search(r"^items on the agenda", head, re.I | re.M) or \
            re.search(r"^(date|time|venue):", head, re.I | re.M):
        return Start("agenda", committee, date_head, _agenda_title(committee, date_head))
    stem = Path(path).stem
    stem = re.sub(r"\.(txt|md|html?)$", "", stem)
    kind = "report"
    if "appendix" in name:
        kind = "appendix"
    elif "minutes" in name:
        kind = "minutes"
    elif "agenda" in name:
        kind = "agenda"
    return Start(kind, committee, None, stem.replace("_", " "))


def _agenda_title(committee: str | None, meeting_date: str | None) -> str:
    when = dates.human(meeting_date)
    return f"Agenda{' for the meeting of ' + when if when else ''}"


def parse(source: SourceFile) -> list[Document]:
    """Split a cleaned source file into its documents, with items, sections and resolutions."""
    paras = paragraphs(source.pages)
    while paras and paras[0].boundary:
        paras.pop(0)
    if not paras:
        return []
    drafts = [_Draft(_first_document(paras, source.path))]
    i = 0
    after_boundary = False
    while i < len(paras):
        p = paras[i]
        if p.boundary:
            after_boundary = True
            i += 1
            continue
        start = detect_start(paras, i) if (i > 0 or drafts[0].start.doc_type != "agenda") else None
        if start is None and after_boundary and drafts[-1].paras:
            title = p.first if words(p.first) <= 20 else None
            if title and words(title) <= 2 and i + 1 < len(paras) and not paras[i + 1].boundary \
                    and words(paras[i + 1].first) <= 20:
                title = f"{title} {paras[i + 1].first}"    # "Warwickshire" / "Local Area Written Statement ..."
            start = Start("appendix", title=title)
        after_boundary = False
        if start is not None:
            start.doc_type = _type_from_title(start.doc_type, start.title)
        if start is not None and start.doc_type == drafts[-1].start.doc_type and \
                (start.doc_type == "work_programme" or (start.doc_type == "appendix" and start.title == drafts[-1].start.title)):
            start = None    # a heading repeated on every page of the same document
        if start is not None:
            current = drafts[-1]
            if i == 0 or not current.paras:
                drafts[-1] = _Draft(start)
            elif len(current.paras) <= 3 and all(words(q.text) <= 12 for q in current.paras) \
                    and current.start.doc_type != "agenda":
                # what came before was only this document's masthead ("KENT COUNTY COUNCIL" / "CABINET")
                start.committee = start.committee or current.start.committee
                drafts[-1] = _Draft(start, list(current.paras))
            else:
                drafts.append(_Draft(start))
        drafts[-1].paras.append(p)
        i += 1
    return _finish(drafts, source)


def _finish(drafts: list[_Draft], source: SourceFile) -> list[Document]:
    ov = source.overrides
    hinted_pack = path_date(source.path)
    first = drafts[0].start
    pack_date = ov.get("pack_date") or hinted_pack or (first.meeting_date if first.doc_type == "agenda" else None)
    if not pack_date and len(drafts) > 1:
        pack_date = first.meeting_date
    committee_default = first.committee
    agenda_items: list[str] = []
    docs: list[Document] = []
    parent: Document | None = None
    for d in drafts:
        st = d.start
        committee = st.committee or (parent.committee if parent and st.doc_type == "appendix" else None) \
            or committee_default
        if st.doc_type == "minutes":
            meeting_date = st.meeting_date or pack_date
        elif st.doc_type == "appendix" and parent is not None:
            meeting_date = parent.meeting_date
        elif st.doc_type == "agenda":
            meeting_date = pack_date or st.meeting_date    # an agenda is written for the pack's meeting
        else:
            meeting_date = st.meeting_date or pack_date
        title = st.title
        doc_type = _type_from_title(st.doc_type, title)
        doc = Document(
            committee=canonical_committee(ov.get("committee")) or committee,
            meeting_date=ov.get("meeting_date") or meeting_date,
            pack_date=pack_date or ov.get("meeting_date") or meeting_date,
            doc_type=ov.get("doc_type") or doc_type,
            title=ov.get("title") or title,
            source=source.path,
            source_sha256=source.sha256,
            council=ov.get("council"),
            url=ov.get("url"),
        )
        default_item = ov.get("item") or (_match_agenda_item(title, agenda_items) if st.doc_type != "minutes" else None)
        if st.doc_type == "appendix" and parent is not None and not default_item:
            default_item = parent.blocks[0].item if parent.blocks else None
        doc.blocks = _blocks(d.paras, default_item, numbered_items=st.doc_type in ("minutes", "agenda"))
        if st.doc_type == "agenda":
            agenda_items.extend(_agenda_items(d.paras))
        if doc.blocks:
            docs.append(doc)
        if st.doc_type in ("report", "work_programme", "action_plan", "agenda", "minutes"):
            parent = doc
    return docs


def _agenda_items(paras: list[Para]) -> list[str]:
    items = []
    for p in paras:
        for line in p.lines:
            s = plain(line).strip("| -")
            s = re.sub(r"\s*\|?\s*\d+\s*-\s*\d+\s*\|?$", "", s)       # page range column
            s = re.sub(r"\s*\(Pages?\s*[\d\s-]+\)\s*$", "", s)
            if _ITEM_NO.match(s) and words(s) <= 20:
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
        it = _norm_tokens(_ITEM_NO.match(item).group(2) if _ITEM_NO.match(item) else item)
        if not it or not t:
            continue
        score = len(t & it) / len(it | t) if (t | it) else 0
        if score > best_score:
            best, best_score = item, score
    return best if best_score >= 0.4 else None


def _blocks(paras: list[Para], default_item: str | None, numbered_items: bool) -> list[Block]:
    """Blocks with the item and section in force; resolutions (with a preceding recorded vote) marked."""
    blocks: list[Block] = []
    item, section = default_item, None
    i = 0
    resolution_no = 0
    while i < len(paras):
        p = paras[i]
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        if p.boundary:
            i += 1
            continue
        if numbered_items and is_item_heading(p, nxt):
            item = p.text
            if nxt is not None and not nxt.boundary and _ITEM_TAG.match(nxt.text):
                item = f"{item} {nxt.text}"
                blocks.append(Block(p.raw, p.page, item=item, section=None, kind="heading"))
                blocks.append(Block(nxt.raw, nxt.page, item=item, section=None, kind="heading"))
                i += 2
            else:
                blocks.append(Block(p.raw, p.page, item=item, section=None, kind="heading"))
                i += 1
            section = None
            continue
        if is_resolution_start(p):
            resolution_no += 1
            start = _vote_start(paras, i, blocks)
            # pull back the recorded vote paragraphs already emitted as ordinary blocks
            if start < i:
                pulled = i - start
                del blocks[len(blocks) - pulled:]
            end = _resolution_end(paras, i)
            group = paras[start:end]
            for n, q in enumerate(group):
                blocks.append(Block(q.raw, q.page, item=item, section=section, kind="resolution",
                                    is_resolution=True, continues=n > 0))
            i = end
            continue
        if (is_heading(p) or (not numbered_items and is_item_heading(p, nxt))) and not is_table(p):
            section = p.text
            blocks.append(Block(p.raw, p.page, item=item, section=section, kind="heading"))
            i += 1
            continue
        blocks.append(Block(p.raw, p.page, item=item, section=section, kind="table" if is_table(p) else "para"))
        i += 1
    return blocks


def _vote_start(paras: list[Para], i: int, emitted: list[Block]) -> int:
    """Index of the paragraph that opens the recorded vote just before a resolution, else i."""
    k = i - 1
    saw_vote = False
    steps = 0
    item = emitted[-1].item if emitted else None
    while k >= 0 and steps < 16 and len(emitted) >= (i - k):
        q = paras[k]
        block = emitted[len(emitted) - (i - k)]
        if q.boundary or block.is_resolution or block.item != item or (
                block.kind == "heading" and _ITEM_NO.match(q.first)):
            break
        if votes.has_vote_count(q.raw):
            saw_vote = True
        if saw_vote and votes.announces_vote(q.raw):
            return k
        k -= 1
        steps += 1
    return i


def _resolution_end(paras: list[Para], i: int) -> int:
    """The resolution runs on while its paragraphs read as its parts (lists, 'That ...', votes)."""
    first = paras[i]
    j = i + 1
    bare = words(first.text) <= 3          # "Resolved" / "Resolved:" alone: the body follows
    prev_text = first.text
    while j < len(paras) and j - i < 16:
        q = paras[j]
        if q.boundary:
            break
        nxt = paras[j + 1] if j + 1 < len(paras) else None
        if is_resolution_start(q) and bare and j == i + 1:
            prev_text = q.text          # "Resolved" / "The Committee resolved that:"
            j += 1
            continue
        if is_item_heading(q, nxt) or (is_heading(q) and not _LIST_START.match(q.first)) or is_resolution_start(q):
            break
        continues = (
            (bare and j == i + 1)
            or bool(_LIST_START.match(q.first))
            or prev_text.rstrip().endswith((";", ":", ",", " and", " or"))
            or bool(votes.has_vote_count(q.raw))
            or bool(re.match(r"^(carried|lost|agreed|motion carried|amendment (carried|lost))\b", q.text, re.I))
        )
        # a resolution broken across pages continues mid-sentence on the next page
        if not continues and q.page != paras[j - 1].page and q.first[:1].islower():
            continues = True
        if not continues:
            break
        prev_text = q.text
        j += 1
    return j
