"""The values that cross a stage boundary: files -> documents -> chunks -> passages -> answers.

Each stage takes the previous stage's values and returns its own; nothing here does I/O.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Literal

# document types, and how they are named to a reader
DOC_LABELS: dict[str, str] = {
    "minutes": "Minutes", "report": "Report", "agenda": "Agenda", "appendix": "Appendix",
    "action_plan": "Action plan", "work_programme": "Work programme",
}
DOC_TYPES: tuple[str, ...] = tuple(DOC_LABELS)


@dataclass
class Page:
    """One page of a source file as its reader extracted it.

    `number` is the 1-based page of the source file (not the number printed on it);
    None for sources that have no pages (plain text, Markdown, HTML, Word). `running` holds the
    running header and footer lines a reader found apart from the text (a Word document's headers
    and footers); a PDF's are printed in its text, and ingest/furniture.py finds them there.
    """

    number: int | None
    text: str
    running: tuple[str, ...] = ()


@dataclass
class SourceFile:
    """A file read from disk: its pages plus the document-level fields a sidecar supplied."""

    path: str                      # as given to ingest, relative to the working directory when possible
    sha256: str                    # of the file's bytes; identity for incremental ingest
    kind: str                      # loader that read it: "pdf", "text", "markdown", "html"
    pages: list[Page]
    overrides: dict[str, str | None] = field(default_factory=dict)  # from <file>.meta.json / manifest.csv


@dataclass(frozen=True)
class FoundBy:
    """Which recogniser of ingest/layouts.py (or "sidecar", "file name", "pack") gave a field, and how sure it is."""

    recogniser: str
    confidence: float


@dataclass
class Block:
    """A run of contiguous source text inside one document, on one page.

    Blocks are the atoms of chunking: a paragraph, a table, a list, or a whole
    "Resolved" block. `text` is verbatim source text (furniture lines removed only
    between blocks, never inside one) so any sentence of it is quotable.
    """

    text: str
    page: int | None               # 1-based page of the source file, None when it has none
    item: str | None = None        # agenda item heading in force, e.g. "3. Children and Young People's ..."
    section: str | None = None     # nearest sub-heading inside the item or report
    kind: str = "para"             # "para" | "table" | "resolution" | "heading" | "list"
    is_resolution: bool = False
    continues: bool = False        # True when this block continues the previous one (same resolution across pages)
    found_by: str | None = None    # the recogniser that marked a resolution or item heading


@dataclass
class Document:
    """One logical document: the agenda, the minutes a pack carries, a report, an appendix ...

    A pack file yields several. `meeting_date` is the meeting the document records or was
    written for; `pack_date` the meeting whose papers contain it (None when not known).
    """

    committee: str | None
    meeting_date: str | None       # ISO YYYY-MM-DD
    pack_date: str | None          # ISO YYYY-MM-DD
    doc_type: str                  # one of DOC_TYPES
    title: str | None
    source: str
    source_sha256: str
    blocks: list[Block] = field(default_factory=list)
    council: str | None = None     # the body whose papers these are: "Exampleshire County Council"
    url: str | None = None         # where the council published it (sidecar, sync)
    # field name ("committee", "meeting_date", "title", "doc_type", "council") -> how it was found;
    # a field no recogniser found is null and absent here
    found_by: dict[str, FoundBy] = field(default_factory=dict)


@dataclass
class Chunk:
    """What the index stores: verbatim text plus the flat metadata of SPEC section 4."""

    chunk_id: str
    text: str                      # verbatim source text (blocks joined by blank lines)
    header: str                    # contextual header embedded and BM25-indexed with the text
    committee: str | None
    meeting_date: str | None
    pack_date: str | None
    doc_type: str
    title: str | None
    item: str | None
    section: str | None
    page_start: int | None
    page_end: int | None
    source: str
    source_sha256: str
    is_resolution: bool
    page_map: list[tuple[int, int]] = field(default_factory=list)  # (char offset in text, page) where a page starts
    position: int = 0              # order of the chunk inside its source file
    council: str | None = None     # the body whose papers these are (text, sidecar, manifest or sync)
    url: str | None = None         # where the council published the source, when known

    def page_at(self, offset: int) -> int | None:
        """The source page that holds character `offset` of `text`."""
        page = self.page_start
        for start, number in self.page_map:
            if start <= offset:
                page = number
            else:
                break
        return page

    def metadata(self) -> dict[str, str | int | float | bool]:
        """Flat metadata for the store: only str/int/float/bool, dates also as sortable ints."""
        meta: dict[str, str | int | float | bool] = {
            "chunk_id": self.chunk_id,
            "header": self.header,
            "doc_type": self.doc_type,
            "source": self.source,
            "source_sha256": self.source_sha256,
            "is_resolution": self.is_resolution,
            "position": self.position,
            "page_map": json.dumps(self.page_map),
        }
        for key in ("council", "url", "committee", "meeting_date", "pack_date", "title", "item", "section"):
            value = getattr(self, key)
            if value is not None:
                meta[key] = value
        for key in ("page_start", "page_end"):
            value = getattr(self, key)
            if value is not None:
                meta[key] = value
        for key in ("meeting_date", "pack_date"):
            value = getattr(self, key)
            if value:
                meta[key + "_int"] = int(value.replace("-", ""))
        return meta

    @classmethod
    def from_metadata(cls, text: str, meta: dict) -> "Chunk":
        return cls(
            chunk_id=meta["chunk_id"],
            text=text,
            header=meta.get("header", ""),
            committee=meta.get("committee"),
            meeting_date=meta.get("meeting_date"),
            pack_date=meta.get("pack_date"),
            doc_type=meta.get("doc_type", "report"),
            title=meta.get("title"),
            item=meta.get("item"),
            section=meta.get("section"),
            page_start=meta.get("page_start"),
            page_end=meta.get("page_end"),
            source=meta["source"],
            source_sha256=meta["source_sha256"],
            is_resolution=bool(meta.get("is_resolution", False)),
            page_map=[tuple(p) for p in json.loads(meta.get("page_map") or "[]")],
            position=int(meta.get("position", 0)),
            council=meta.get("council"),
            url=meta.get("url"),
        )


@dataclass
class Passage:
    """A chunk retrieved for a question, with the evidence of how it ranked."""

    chunk: Chunk
    score: float                   # fused score, higher is better
    dense_rank: int | None = None
    sparse_rank: int | None = None


@dataclass
class Filters:
    """Restrictions a user or the query understanding puts on retrieval."""

    committee: str | None = None
    council: str | None = None
    date_from: str | None = None   # ISO date, inclusive
    date_to: str | None = None     # ISO date, inclusive
    doc_type: str | None = None
    resolutions_only: bool = False  # only chunks holding a "Resolved" block

    def is_empty(self) -> bool:
        return not (self.committee or self.council or self.date_from or self.date_to or self.doc_type or self.resolutions_only)

    def merged(self, other: "Filters") -> "Filters":
        """These filters narrowed by `other` (other's values fill what these leave open)."""
        return Filters(
            committee=self.committee or other.committee,
            council=self.council or other.council,
            date_from=max(filter(None, [self.date_from, other.date_from]), default=None),
            date_to=min(filter(None, [self.date_to, other.date_to]), default=None),
            doc_type=self.doc_type or other.doc_type,
            resolutions_only=self.resolutions_only or other.resolutions_only,
        )


@dataclass
class Citation:
    """One numbered citation of SPEC section 3."""

    n: int
    text: str                      # verbatim from the source (whitespace normalised)
    council: str | None
    committee: str | None
    meeting_date: str | None
    pack_date: str | None
    doc_type: str | None
    title: str | None
    item: str | None
    page: int | None
    source: str
    url: str | None = None         # where the council published the source, when known
    chunk_id: str | None = None    # not in SPEC: for the app, dropped by to_dict()
    highlight: str | None = None   # not in SPEC: the answering sentence inside `text`, for the app

    @classmethod
    def quoting(cls, n: int, chunk: "Chunk", start: int, end: int,
                highlight: tuple[int, int] | None = None) -> "Citation":
        """Citation n quoting chunk.text[start:end] (verbatim), dated and paged from the chunk."""
        hs, he = highlight or (start, end)
        return cls(n=n, text=chunk.text[start:end].strip(), council=chunk.council, committee=chunk.committee,
                   meeting_date=chunk.meeting_date, pack_date=chunk.pack_date, doc_type=chunk.doc_type,
                   title=chunk.title, item=chunk.item, page=chunk.page_at(start), source=chunk.source,
                   url=chunk.url, chunk_id=chunk.chunk_id, highlight=chunk.text[hs:he].strip())

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("chunk_id", None)
        d.pop("highlight", None)
        return d


@dataclass
class Answer:
    """The answer object of SPEC section 3."""

    question: str
    standalone_question: str
    answer: str
    answered: bool
    mode: str                      # "extractive" | "llm:<model>"
    citations: list[Citation] = field(default_factory=list)
    notice: str | None = None      # e.g. why an LLM answer fell back; not part of SPEC's JSON

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "standalone_question": self.standalone_question,
            "answer": self.answer,
            "answered": self.answered,
            "mode": self.mode,
            "citations": [c.to_dict() for c in self.citations],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


@dataclass
class Turn:
    role: Literal["user", "assistant"]
    content: str


@dataclass
class Decision:
    """One resolution in the decisions register."""

    meeting_date: str | None
    committee: str | None
    item: str | None
    text: str                      # the whole "Resolved" block, verbatim
    vote: str | None               # recorded vote where the minutes give one, e.g. "For (39) Against (3) Abstain (0)"
    title: str | None
    doc_type: str | None
    page: int | None
    source: str
    chunk_id: str
    council: str | None = None
    url: str | None = None


@dataclass
class MeetingItem:
    """One agenda item of a meeting, and what the minutes record was decided on it."""

    item: str                      # the item heading as printed, e.g. "3. Participation Annual Update ..."
    outcome: str                   # "decided" | "noted" (minuted, no resolution) | "not minuted" (no minutes indexed)
    decisions: list[Citation] = field(default_factory=list)   # each resolution, verbatim, with its page and source
    where: Citation | None = None  # where the item itself is printed, when no decision is cited (an agenda line)


@dataclass
class MeetingSummary:
    """A meeting's agenda items in order with the decision on each (Scrutineer.meeting)."""

    council: str | None
    committee: str | None
    meeting_date: str              # ISO date of the meeting
    has_minutes: bool              # False: only the agenda and reports are indexed, so nothing is known decided
    items: list[MeetingItem] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)          # the files the items were read from

    @property
    def citations(self) -> list[Citation]:
        return [c for item in self.items for c in item.decisions]


@dataclass
class DocumentSummary:
    """What the index records of one document of a file (the Library page lists these)."""

    title: str | None
    doc_type: str
    committee: str | None
    meeting_date: str | None
    pack_date: str | None
    pages: int | None = None        # pages the document spans
    page_start: int | None = None   # its first page in the source file
    chunks: int = 0
    council: str | None = None
    url: str | None = None


@dataclass
class DocumentInfo:
    """One indexed document for the library page."""

    source: str
    title: str | None
    doc_type: str
    committee: str | None
    meeting_date: str | None
    pack_date: str | None
    pages: int | None
    chunks: int
    indexed_at: str | None
    council: str | None = None
    url: str | None = None


@dataclass
class FileResult:
    path: str
    status: Literal["ingested", "skipped", "failed", "pruned"]
    reason: str | None = None
    chunks: int = 0


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    def summary(self) -> str:
        line = f"ingested {self.count('ingested')}, skipped {self.count('skipped')}, failed {self.count('failed')}"
        if self.count("pruned"):
            line += f", pruned {self.count('pruned')}"
        return line


@dataclass(frozen=True)
class Coverage:
    """What the committed papers cover: each (council, committee, meeting date, document type)
    that some chunk has. Question understanding reads it to know what a question can be about."""

    papers: frozenset[tuple[str | None, str | None, str | None, str]] = frozenset()

    @classmethod
    def of(cls, chunks: list["Chunk"]) -> "Coverage":
        return cls(frozenset((c.council, c.committee, c.meeting_date, c.doc_type) for c in chunks))

    @property
    def committees(self) -> list[str]:
        return sorted({committee for _, committee, _, _ in self.papers if committee})

    @property
    def councils(self) -> list[str]:
        return sorted({council for council, _, _, _ in self.papers if council})

    @property
    def newest(self) -> str | None:
        return max((d for _, _, d, _ in self.papers if d), default=None)

    def newest_of(self, council: str | None = None, committee: str | None = None) -> str | None:
        """The newest meeting date of the papers of `council` and `committee` (either may be None
        for any); the whole index's newest when none of theirs is dated."""
        return max((d for c, m, d, _ in self.papers if d and council in (None, c) and committee in (None, m)),
                   default=None) or self.newest
