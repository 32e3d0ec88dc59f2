"""A council's ModernGov site as a document source: its public web service
(`BASE/mgWebService.asmx/GetCommittees`, `GetMeetings`, `GetMeeting`) lists committees,
meetings, agenda items and linked documents. Restricted ("Part 2") items and documents and
links to other web pages are listed as skipped, never fetched; cancelled meetings are marked.
It does not store anything (`sync` does) and does not read the agenda-pack web pages."""
from __future__ import annotations

import re
from datetime import date
from typing import Callable, Iterator
from urllib.parse import urlencode, urljoin, urlsplit

import httpx

from core.errors import SiteUnreachable, UnexpectedResponse
from sources import moderngov_xml as mgxml
from sources.base import Committee, Meeting, Paper, Skipped, Source, register_source, slug
from sources.http import Client

SERVICE = "mgWebService.asmx"
# An agenda item carrying the minutes of an earlier meeting ("Minutes", "Minutes of the
# previous meeting", "Approval of the minutes"): its documents record that meeting, not this one.
_MINUTES_ITEM = re.compile(r"\bminutes\b", re.I)
_CANCELLED = re.compile(r"\bcancel", re.I)
# A page that sends the browser elsewhere with script or a meta refresh instead of an HTTP redirect.
_JS_REDIRECT = re.compile(
    r"""(?:location(?:\.href)?\s*=\s*|location\.replace\(\s*|http-equiv=["']?refresh["']?[^>]*url=)["']?([^"'>\s)]+)""",
    re.I)


@register_source
class ModernGov(Source):
    name = "moderngov"

    def __init__(self, base_url: str, client: Client | None = None):
        base_url = base_url.strip()
        if not re.match(r"^https?://", base_url, re.I):
            base_url = "https://" + base_url
        parts = urlsplit(base_url)
        # A pasted page address ("https://site/mgListCommittees.aspx") still names the site.
        path = parts.path
        if path.lower().endswith((".aspx", ".asmx", ".htm", ".html")) or SERVICE.lower() in path.lower():
            path = path[: path.lower().find(SERVICE.lower())] if SERVICE.lower() in path.lower() else path.rsplit("/", 1)[0]
        self.base_url = f"{parts.scheme}://{parts.netloc}{path.rstrip('/')}/"
        host = (parts.hostname or "site").lower()
        self.site = host + (f"-{parts.port}" if parts.port else "")
        self.client = client or Client()

    # ------------------------------------------------------------------ Source
    def committees(self) -> list[Committee]:
        rows = mgxml.committees(self._service("GetCommittees"), self._where("GetCommittees"))
        return [Committee(r.id, r.title, expired=r.expired, deleted=r.deleted, category=r.category) for r in rows]

    def meetings(self, committee: Committee, date_from: str, date_to: str) -> Iterator[Meeting]:
        query = {"lCommitteeId": committee.id, "sFromDate": _dmy(date_from), "sToDate": _dmy(date_to)}
        method = "GetMeetings?" + urlencode(query)
        rows = mgxml.meetings(self._service(method), self._where(method))
        for row in sorted(rows, key=lambda r: r.date):
            if not date_from <= row.date <= date_to:
                continue            # some sites return the whole year; the window is the user's
            if row.status and _CANCELLED.search(row.status):
                yield Meeting(committee, row.id, row.date, row.status, cancelled=True)
                continue
            method = "GetMeeting?" + urlencode({"lMeetingId": row.id})
            detail = mgxml.meeting(self._service(method), self._where(method))
            yield self._meeting(committee, detail)

    def fetch(self, url: str, headers: dict[str, str], sink: Callable):
        return self.client.fetch(url, sink, headers)

    # ------------------------------------------------------------------ reading the service
    def _where(self, method: str) -> str:
        return urljoin(self.base_url, f"{SERVICE}/{method}")

    def _service(self, method: str) -> bytes:
        url = self._where(method)

        def read(response: httpx.Response) -> bytes:
            if response.status_code == 404:
                raise SiteUnreachable(url, f"HTTP 404: no ModernGov web service at {self.base_url}")
            if response.status_code != 200:
                raise SiteUnreachable(url, f"HTTP {response.status_code}")
            body = response.read()
            kind = response.headers.get("content-type", "").lower()
            if "html" in kind or body[:512].lstrip().lower().startswith((b"<!doctype html", b"<html")):
                target = _JS_REDIRECT.search(body[:4096].decode("utf-8", "replace"))
                if target:
                    raise UnexpectedResponse(url, f"answered with a page that redirects to {target.group(1)}: "
                                                  f"use that site's address as BASE_URL")
            return body

        return self.client.fetch(url, read)

    def _meeting(self, committee: Committee, detail: mgxml.MeetingDetail) -> Meeting:
        meeting = Meeting(committee, detail.id, detail.date, detail.status,
                          cancelled=bool(detail.status and _CANCELLED.search(detail.status)))
        if meeting.cancelled:
            return meeting
        for item in detail.items:
            label = " ".join(x for x in (item.number, item.title) if x) or None
            if item.restricted or not item.display_allowed or not detail.display_allowed:
                for doc in item.docs:
                    meeting.skipped.append(Skipped(doc.title, label, "restricted item"))
                if not item.docs:
                    meeting.skipped.append(Skipped(item.title, label, "restricted item"))
                continue
            previous_minutes = bool(_MINUTES_ITEM.search(item.title))
            for doc in item.docs:
                if doc.restricted:
                    meeting.skipped.append(Skipped(doc.title, label, "restricted document"))
                elif doc.is_link or not doc.url:
                    meeting.skipped.append(Skipped(doc.title, label, "a link to another web page"))
                else:
                    url = urljoin(self.base_url, doc.url)
                    meeting.papers.append(Paper(
                        name=f"{doc.id}-{slug(doc.title)}.pdf", title=doc.title, item=label, url=url,
                        version=doc.published, dated_by_text=previous_minutes))
            if item.minutes_html:
                meeting.papers.append(Paper(
                    name=f"minutes-item-{item.id}-{slug(item.title, 40)}.html",
                    title=f"Minutes: {label or item.title}", item=label,
                    url=urljoin(self.base_url, f"mgAi.aspx?ID={item.id}"),
                    body=_minutes_page(label or item.title, item.minutes_html), doc_type="minutes"))
        return meeting


def _dmy(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def _minutes_page(heading: str, body: str) -> bytes:
    """The item's minutes as an HTML file: the site's own item heading over the site's own HTML."""
    from html import escape

    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{escape(heading)}</title></head>\n"
            f"<body>\n<h2>{escape(heading)}</h2>\n{body}\n</body></html>\n").encode("utf-8")
