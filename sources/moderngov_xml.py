"""ModernGov web-service XML -> plain values (committees, meetings, agenda items, linked
documents). Parsed with defusedxml (no entity expansion, no external fetches); every value is
stripped, dd/mm/yyyy dates become ISO, and escaped HTML is unescaped (twice where a site
double-escapes). It does no HTTP and decides nothing about what to fetch."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from core.errors import UnexpectedResponse


@dataclass(frozen=True)
class CommitteeRow:
    id: str
    title: str
    deleted: bool
    expired: bool
    category: str | None


@dataclass(frozen=True)
class MeetingRow:
    id: str
    date: str                   # ISO
    status: str | None


@dataclass
class LinkedDoc:
    id: str
    title: str
    url: str | None
    restricted: bool
    is_link: bool               # a link to another web page, not a document
    published: str | None       # ISO publication date


@dataclass
class AgendaItem:
    id: str
    number: str | None          # as the site displays it: "9."
    title: str
    text_html: str | None       # the item's agenda text
    minutes_html: str | None    # the item's minutes, once published
    restricted: bool
    display_allowed: bool
    decision: bool
    docs: list[LinkedDoc] = field(default_factory=list)


@dataclass
class MeetingDetail:
    id: str
    date: str                   # ISO
    status: str | None
    display_allowed: bool
    items: list[AgendaItem] = field(default_factory=list)


def parse(data: bytes, where: str, root: str) -> Element:
    """The XML document element, which must be `<root>`; UnexpectedResponse otherwise."""
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or (b"<html" in head and not head.startswith(b"<?xml")):
        raise UnexpectedResponse(where, "answered with an HTML page, not the web service's XML: "
                                        "is this the address of a ModernGov site?")
    if not data.strip():
        raise UnexpectedResponse(where, "answered with an empty body, not XML")
    try:
        element = fromstring(data)
    except ParseError as e:
        line, column = getattr(e, "position", (None, None))
        raise UnexpectedResponse(where, f"answered with malformed XML (line {line}, column {column})") from None
    except DefusedXmlException as e:
        raise UnexpectedResponse(where, f"answered with XML that is refused for safety ({type(e).__name__})") from None
    if element.tag != root:
        raise UnexpectedResponse(where, f"answered with <{element.tag}>, expected <{root}>")
    return element


def value(element: Element, tag: str) -> str | None:
    """The stripped text of child `tag`; None when absent or blank (sites pad empty elements)."""
    child = element.find(tag)
    if child is None or child.text is None:
        return None
    return child.text.strip() or None


def flag(element: Element, tag: str, default: bool = False) -> bool:
    raw = value(element, tag)
    return default if raw is None else raw.lower() == "true"


_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})")


def dmy(raw: str | None) -> str | None:
    """'10/02/2026' -> '2026-02-10' (ModernGov dates are day first); None when not a date."""
    m = _DMY.match(raw or "")
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    except ValueError:
        return None


def plain_text(raw: str | None) -> str | None:
    """A title: entities a double-escaping site left behind decoded, spaces collapsed."""
    if raw is None:
        return None
    text = " ".join(html.unescape(raw).split())
    return text or None


def markup(raw: str | None) -> str | None:
    """Item HTML: the XML layer already unescaped it once; a double-escaping site leaves
    `&lt;p&gt;` behind, which is unescaped once more."""
    if raw is None:
        return None
    if "<" not in raw and re.search(r"&lt;\s*/?\s*[a-zA-Z]", raw):
        raw = html.unescape(raw)
    return raw.strip() or None


def _required(element: Element, tag: str, where: str) -> str:
    found = value(element, tag)
    if found is None:
        raise UnexpectedResponse(where, f"answered without <{tag}> in <{element.tag}>")
    return found


def _date(element: Element, tag: str, where: str) -> str:
    raw = _required(element, tag, where)
    iso = dmy(raw)
    if iso is None:
        raise UnexpectedResponse(where, f"<{tag}> {raw!r} is not a dd/mm/yyyy date")
    return iso


def committees(data: bytes, where: str) -> list[CommitteeRow]:
    root = parse(data, where, "committees")
    return [
        CommitteeRow(
            id=_required(c, "committeeid", where),
            title=plain_text(_required(c, "committeetitle", where)) or "",
            deleted=flag(c, "committeedeleted"),
            expired=flag(c, "committeeexpired"),
            category=plain_text(value(c, "committeecategory")),
        )
        for c in root.iter("committee")
    ]


def meetings(data: bytes, where: str) -> list[MeetingRow]:
    root = parse(data, where, "getmeetings")
    return [
        MeetingRow(id=_required(m, "meetingid", where), date=_date(m, "meetingdate", where),
                   status=value(m, "meetingstatus"))
        for m in root.iter("meeting")
    ]


def meeting(data: bytes, where: str) -> MeetingDetail:
    root = parse(data, where, "meeting")
    detail = MeetingDetail(
        id=_required(root, "meetingid", where),
        date=_date(root, "meetingdate", where),
        status=value(root, "meetingstatus"),
        display_allowed=flag(root, "isdisplayallowed", default=True),
    )
    items = root.find("agendaitems")
    for item in (items.findall("agendaitem") if items is not None else []):
        agenda_item = AgendaItem(
            id=_required(item, "agendaitemid", where),
            number=value(item, "fulldisplaynumberformat") or _number(value(item, "agendaitemnumber")),
            title=plain_text(value(item, "agendaitemtitle")) or "",
            text_html=markup(value(item, "agendatext")),
            minutes_html=markup(value(item, "minutesnonemptyhtmlbody")),
            restricted=flag(item, "isrestricted"),
            display_allowed=flag(item, "isdisplayallowed", default=True),
            decision=flag(item, "isdecision"),
        )
        docs = item.find("linkeddocuments")
        for doc in (docs.findall("linkeddoc") if docs is not None else []):
            agenda_item.docs.append(LinkedDoc(
                id=_required(doc, "attachmentid", where),
                title=plain_text(value(doc, "title")) or "",
                url=value(doc, "url"),
                restricted=flag(doc, "isrestricted"),
                is_link=flag(doc, "isurl"),
                published=dmy(value(doc, "publicationdate")),
            ))
        detail.items.append(agenda_item)
    return detail


def _number(raw: str | None) -> str | None:
    return f"{raw}." if raw else None
