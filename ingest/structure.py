"""Finds the documents inside a file (agenda, the minutes a pack carries, reports, appendices,
the work programme) and the structure inside each: agenda items, sections, decisions with their
votes, tables, and each document's council, committee, date and title.

It reads cleaned pages (furniture already dropped, blank-page markers as "\\f" lines) and
returns `Document`s whose blocks are verbatim source text. How a council prints a heading, a
cover sheet, an item number, a decision or a vote is not here but in the recogniser table of
ingest/layouts.py; each document records which recogniser found each field (`found_by`), and a
field none found stays null. It does not cut chunks.

This module assembles the documents; the parts live beside it: lines.py and paras.py (reading
lines and paragraphs), starts.py, mastheads.py and covers.py (where a document starts and what
it is), blocks.py, items.py, decisions.py and tables.py (the structure inside a document).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.names import abbreviates, canonical_committee, canonical_council
from core.types import Document, FoundBy, SourceFile
from ingest import layouts
from ingest.blocks import blocks_of
from ingest.items import agenda_item_titles, match_agenda_item
from ingest.lines import words
from ingest.mastheads import Start, council_in, heading_again, minutes_title, type_from_title
from ingest.paras import Para, paragraphs
from ingest.starts import address_meeting, detect_start, first_document, is_front_matter, name_date, path_date


@dataclass
class _Draft:
    start: Start
    paras: list[Para] = field(default_factory=list)


def parse(source: SourceFile, running: dict[int | None, list[str]] | None = None) -> list[Document]:
    """Split a cleaned source file into its documents, with items, sections and resolutions.
    `running` holds, by page number, the running header and footer lines furniture removed: a
    document's council, committee, date and title are read from them when its text gives none."""
    paras = paragraphs(source.pages)
    while paras and paras[0].boundary:
        paras.pop(0)
    if not paras:
        return []
    first = first_document(paras, source.path)
    first.council = first.council or council_in(paras)
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
        # (a Markdown file's front matter is read by first_document, never as a cover sheet's labels)
        start = detect_start(paras, i) if (i > 0 or drafts[0].start.doc_type != "agenda"
                                           and not _recognised(drafts[0].start)) and not is_front_matter(paras, i) else None
        if start is None and i > 0:
            start = heading_again(paras, i, drafts[0].start)
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
            start.doc_type = type_from_title(start.doc_type, start.title)
        if start is not None and start.doc_type == drafts[-1].start.doc_type and \
                (start.doc_type == "work_programme" or (start.doc_type == "appendix" and start.title == drafts[-1].start.title)):
            start = None    # a heading repeated on every page of the same document
        if start is not None and _own_labels(start, drafts[-1]):
            start = None    # labels further down the open document ("Date of decision:"), no new paper
        if start is not None and _same_meeting_heading(start, drafts[-1], p.page):
            _name_the_body(drafts[-1].start, start, paras, i)
            start = None    # the file's own heading, read again a line further down
        if start is not None:
            if start.council is None:
                start.council = council_in(paras, i)
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
        if not (is_front_matter(paras, i) and _dated_by_text(drafts[0].start)):
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
    # an unpaged source's (None) running lines come only from its reader (a Word document's header)
    pages = list(dict.fromkeys(p.page for p in draft.paras))
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
    if fields.get("committee") and abbreviates(fields["committee"], st.council):
        fields["committee"] = st.council    # "ELCC Minutes - 3 October 2017": the council's own initials
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
        st.title = minutes_title(st.meeting_date)
        st.found_by["title"] = by


FRONT_MATTER = next(rec for rec in layouts.HEADINGS if rec.name == "front_matter")


def _dated_by_text(start: Start) -> bool:
    """The post's own meeting heading dated it, not its front matter: the front matter is then the web
    page's metadata (its publication date, its categories), no text of the meeting's to index or quote."""
    found = start.found_by.get("meeting_date")
    return found is not None and found.recogniser != FRONT_MATTER.name


def _recognised(start: Start) -> bool:
    """A start a heading or cover recogniser found with confidence: not a masthead to replace."""
    found = start.found_by.get("doc_type")
    return found is not None and found.confidence >= 0.8 and found.recogniser != "file name"


def _same_meeting_heading(start: Start, current: _Draft, page: int | None) -> bool:
    """The heading of the document already open (e.g. 'X Council' / 'Minutes of a Meeting held on <date>'
    under a first line that was read already), not a new document. It names no other paper: in a pack
    the next report for the same meeting comes under its own title."""
    cur = current.start
    if start.title and cur.title and start.doc_type == cur.doc_type == "report" and start.title != cur.title:
        return False
    if start.item and start.item != cur.item:
        return False    # the next decision of a list, of the same meeting
    unnamed = lambda name: not name or layouts.meeting_kind_only(name)  # noqa: E731
    # a cover sheet's labels read again a paragraph down, under the line that made the paper minutes
    # ("Minutes" over "Meeting: ...", "Date: ...")
    # (on the open document's first page: a cover sheet on a page of its own is the next paper of a pack)
    relabelled = start.found_by.get("doc_type") is not None and start.found_by["doc_type"].recogniser == "cover_sheet" \
        and start.committee == cur.committee and (not current.paras or page == current.paras[0].page)
    return (len(current.paras) <= 4 and (start.doc_type == cur.doc_type or relabelled) and start.meeting_date == cur.meeting_date
            and cur.meeting_date is not None
            and (unnamed(start.committee) or unnamed(cur.committee) or _body(start.committee) == _body(cur.committee)))


# "X Parish Council – Ordinary Meeting", "X Parish Council Meeting": the body "X Parish Council"
_MEETING_AFTER = re.compile(r"\s*[-–—,:]?\s*(?:(?:annual|ordinary|extraordinary|special|monthly|general)\s+)?meeting$", re.I)


def _body(name: str | None) -> str | None:
    return _MEETING_AFTER.sub("", name).strip() if name else name


def _own_labels(start: Start, current: _Draft) -> bool:
    """A cover sheet of labels that names no paper of its own (no title, no other committee) and the
    date of the document already open: that document's own labels, read further down ("Report
    author:", "Publication date:", "Date of decision:" at the foot of a decision's page)."""
    cur = current.start
    found = start.found_by.get("doc_type")
    return (found is not None and found.recogniser == "cover_sheet" and bool(current.paras) and not start.title
            and start.committee in (None, cur.committee) and start.meeting_date == cur.meeting_date is not None)


def _name_the_body(cur: Start, again: Start, paras: list[Para], i: int) -> None:
    """The heading read again names the body the first named only by its kind of meeting ("Minutes of
    the Monthly Meeting - 10 March 2025" over "Minutes of the Monthly Meeting of X Parish Council ...")."""
    if again.committee and not layouts.meeting_kind_only(again.committee) and \
            (not cur.committee or layouts.meeting_kind_only(cur.committee)):
        cur.committee = again.committee
        if "committee" in again.found_by:
            cur.found_by["committee"] = again.found_by["committee"]
        if not cur.council:
            cur.council = again.council or council_in(paras, i)
            if cur.council:
                cur.mark(layouts.COUNCIL.name, layouts.COUNCIL.confidence, "council")


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
    # the figures of the file's name ("Minutes 18.10.24.pdf"): the date of a paper nothing else dates
    named_date = None if pack_date or any(d.start.meeting_date for d in drafts) else name_date(source.path)
    # failing that, the meeting's own web address on its page ("Link: video link https://example.cc/Cabinet21092021")
    linked = None if pack_date or named_date or any(d.start.meeting_date for d in drafts) \
        else address_meeting(drafts[0].paras)
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
        if not meeting_date and named_date and not ov.get("meeting_date"):
            meeting_date = named_date
            found["meeting_date"] = FoundBy("file name", 0.4)
        if not meeting_date and linked and not ov.get("meeting_date"):
            meeting_date = linked[1]
            found["meeting_date"] = FoundBy("web address", 0.4)
            if linked[0] and not committee:
                committee = linked[0]
                found["committee"] = FoundBy("web address", 0.4)
        title = st.title
        doc_type = type_from_title(st.doc_type, title)
        council = st.council or council_default
        if council and not st.council:
            found["council"] = FoundBy("pack", 0.8)
        named = None if council else layouts.COUNCIL(committee or "")
        if named:
            # a body named after its council, no masthead naming it: "X Combined Authority Committee"
            council = named["council"]
            found["council"] = FoundBy("committee", 0.7)
        if council and layouts.meeting_kind_only(committee):
            committee = council     # "Monthly Meeting": the council's own meeting
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
        default_item = ov.get("item") or st.item or (match_agenda_item(title, agenda_items) if st.doc_type != "minutes" else None)
        if st.doc_type == "appendix" and parent is not None and not default_item:
            default_item = parent.blocks[0].item if parent.blocks else None
        doc.blocks = blocks_of(d.paras, default_item, numbered_items=st.doc_type in ("minutes", "agenda"),
                             decisions=st.doc_type != "agenda")
        if st.doc_type == "agenda":
            agenda_items.extend(agenda_item_titles(d.paras))
        if doc.blocks:
            docs.append(doc)
        if st.doc_type in ("report", "work_programme", "action_plan", "agenda", "minutes"):
            parent = doc
    return docs


FIELDS_FROM_SIDECAR = ("committee", "meeting_date", "doc_type", "title", "council")
