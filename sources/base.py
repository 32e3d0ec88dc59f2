"""The document-source extension point: what a source lists (committees, meetings, papers) and
a registry by name. It fetches nothing itself; each source module does, and `sync` stores."""
from __future__ import annotations

import importlib
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Callable, ClassVar, Iterator

from core.errors import BadInput


@dataclass(frozen=True)
class Committee:
    """A committee as the site lists it."""

    id: str                          # the site's own id, e.g. "144"
    title: str                       # e.g. "Audit Committee"
    expired: bool = False            # no longer meets; its papers stay published
    deleted: bool = False
    category: str | None = None


@dataclass
class Paper:
    """One public file of a meeting to store in the corpus: a document to download, or text the
    site publishes inline (item minutes as HTML), with what the site says about it."""

    name: str                        # file name to store it under, e.g. "60860-work-programme.pdf"
    title: str                       # the site's title for it
    item: str | None = None          # the agenda item it belongs to, "9. Work Programme"
    url: str | None = None           # where the council publishes it (downloaded from here unless `body`)
    body: bytes | None = None        # inline content, written as is (no download)
    version: str | None = None       # what the site says changes when the file does (a publication date)
    dated_by_text: bool = False      # the file records another meeting (previous minutes): its own text dates it
    doc_type: str | None = None      # set only where the site is certain (item minutes)


@dataclass
class Skipped:
    """Something the site lists that is never fetched, and why ("restricted", "external link")."""

    title: str
    item: str | None
    reason: str


@dataclass
class Meeting:
    committee: Committee
    id: str
    date: str                        # ISO YYYY-MM-DD
    status: str | None = None        # the site's word, e.g. "Confirmed", "Cancelled"
    cancelled: bool = False
    papers: list[Paper] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class Source(ABC):
    """A site that publishes committee papers. Subclasses set `name` (the CLI word) and are
    registered with `@register_source`; `site` names the corpus folder its papers go to.
    The constructor takes the site's address and an optional `sources.http.Client`."""

    name: ClassVar[str]
    site: str

    @abstractmethod
    def committees(self) -> list[Committee]:
        """Every committee the site lists, expired and deleted ones included (flagged)."""

    @abstractmethod
    def meetings(self, committee: Committee, date_from: str, date_to: str) -> Iterator[Meeting]:
        """The committee's meetings between the ISO dates (inclusive), with their public papers."""

    @abstractmethod
    def fetch(self, url: str, headers: dict[str, str], sink: Callable):
        """GET `url` politely (rate limit, retries) and return `sink(response)`."""


def slug(text: str, limit: int = 60) -> str:
    """'Audit Committee' -> 'audit-committee': safe as a file or folder name on any system."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:limit].rstrip("-") or "untitled"


_SOURCES: dict[str, type[Source]] = {}
# Sources shipped with Scrutineer, imported on first use (so the CLI does not load httpx to parse flags).
_BUILTIN = {"moderngov": "sources.moderngov"}


def register_source(cls: type[Source]) -> type[Source]:
    """Class decorator: make `cls` available as `scrutineer sync <cls.name> ...`."""
    _SOURCES[cls.name] = cls
    return cls


def source_names() -> list[str]:
    return sorted(set(_SOURCES) | set(_BUILTIN))


def source_class(name: str) -> type[Source]:
    if name not in _SOURCES and name in _BUILTIN:
        importlib.import_module(_BUILTIN[name])
    if name not in _SOURCES:
        raise BadInput(f"unknown document source {name!r} (known: {', '.join(source_names())})")
    return _SOURCES[name]
