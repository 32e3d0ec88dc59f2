"""A fake ModernGov site on 127.0.0.1: the recorded web-service XML in fixtures/ (DemocracyClub
LGSF, MIT) with its document URLs pointed at this server, and PDFs built with reportlab. Tests
add meetings, restrict documents and queue faults; by hand it serves the recorded site:

    python -m tests.sources.fake_moderngov --port 8765
    scrutineer sync moderngov http://127.0.0.1:8765 --committee "Audit Committee" --from 2025-11-01
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import io
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Callable

from pytest_httpserver import HTTPServer
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from werkzeug import Request, Response

FIXTURES = Path(__file__).resolve().parent / "fixtures"
RECORDED_SITE = "https://democracy.manchester.gov.uk"
SERVICE = "/mgWebService.asmx"
DOCUMENT = "/mgConvert2PDF.aspx"

# The minutes of 25 November 2025 that the "Minutes" item of the 10 February 2026 meeting links.
MINUTES_PAGES = [[
    "Audit Committee",
    "",
    "Minutes of the meeting held on 25 November 2025",
    "",
    "Present: Councillor Lanchbury (Chair), Councillors Good, Kilpatrick and Russell.",
    "",
    "AC/25/41 Internal Audit Progress Report",
    "",
    "The Committee considered a report of the Head of Audit and Risk Management on the",
    "progress of the internal audit plan. The payroll system audit gave limited assurance",
    "because overtime claims were approved without independent checks.",
    "",
    "Decision",
    "",
    "To note the report and ask for a follow-up review of payroll overtime controls in March 2026.",
]]
WORK_PROGRAMME_PAGES = [[
    "Audit Committee Work Programme February 2026",
    "",
    "The Committee will receive the external auditor's annual report on value for money",
    "and the treasury management strategy at its meeting in March 2026.",
]]


def build_pdf(pages: list[list[str]]) -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    _, height = A4
    for lines in pages:
        pdf.setFont("Helvetica", 11)
        y = height - 72
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 16
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _xml(element: ET.Element) -> bytes:
    return ET.tostring(element, encoding="utf-8", xml_declaration=True)


class FakeModernGov:
    """The recorded Audit Committee site. `meetings` and `documents` may be changed between runs;
    `hits` counts requests per path, `document_gets` lists (attachment id, status) served."""

    def __init__(self, server: HTTPServer, etags: bool = True):
        self.server = server
        self.base = server.url_for("/").rstrip("/")
        self.etags = etags
        self.committees = (FIXTURES / "committees.xml").read_bytes()
        self.meetings: dict[str, ET.Element] = {
            "4966": self._recorded("meeting_no_minutes.xml"),
            "4967": self._recorded("meeting_with_minutes.xml"),
        }
        self.documents: dict[str, bytes] = {
            "60860": build_pdf(MINUTES_PAGES),
            "60909": build_pdf(WORK_PROGRAMME_PAGES),
        }
        self.hits: Counter[str] = Counter()
        self.document_gets: list[tuple[str, int]] = []
        self.faults: dict[str, list[Callable[[Request], Response]]] = defaultdict(list)
        for path, handler in ((f"{SERVICE}/GetCommittees", self._committees), (f"{SERVICE}/GetMeetings", self._listing),
                              (f"{SERVICE}/GetMeeting", self._meeting), (DOCUMENT, self._document)):
            server.expect_request(path).respond_with_handler(self._with_faults(path, handler))

    # ------------------------------------------------------------------ shaping the site
    def _recorded(self, name: str) -> ET.Element:
        text = (FIXTURES / name).read_text(encoding="utf-8").replace(RECORDED_SITE, self.base)
        return ET.fromstring(text.encode("utf-8"))

    def add_meeting(self, meeting_id: str, dmy: str, attachments: dict[str, str], pdfs: dict[str, bytes],
                    status: str = "Confirmed") -> ET.Element:
        """A copy of the recorded 10/02/2026 meeting under a new id and date; `attachments` maps
        the recorded attachment ids to new ones, served as `pdfs[new id]`."""
        meeting = copy.deepcopy(self.meetings["4967"])
        meeting.find("meetingid").text = meeting_id
        meeting.find("meetingstatus").text = status
        for tag in ("meetingdate", "actualmeetingdate", "preferreddate", "decisiondate"):
            for el in meeting.iter(tag):
                el.text = dmy
        for doc in meeting.iter("linkeddoc"):
            old = doc.find("attachmentid").text
            new = attachments[old]
            doc.find("attachmentid").text = new
            doc.find("url").text = f"{self.base}{DOCUMENT}?ID={new}"
        for item in meeting.iter("agendaitem"):
            item.find("agendaitemid").text = f"{meeting_id}{item.find('agendaitemid').text}"
        self.meetings[meeting_id] = meeting
        self.documents.update(pdfs)
        return meeting

    def add_document(self, meeting_id: str, item_title: str, attachment_id: str, title: str, pdf: bytes,
                     restricted: bool = False) -> None:
        """One more linked document on an item, copied from the item's first one."""
        item = next(i for i in self.meetings[meeting_id].iter("agendaitem")
                    if i.find("agendaitemtitle").text == item_title)
        docs = item.find("linkeddocuments")
        doc = copy.deepcopy(docs.find("linkeddoc"))
        doc.find("attachmentid").text = attachment_id
        doc.find("title").text = title
        doc.find("url").text = f"{self.base}{DOCUMENT}?ID={attachment_id}"
        doc.find("isrestricted").text = "True" if restricted else "False"
        docs.append(doc)
        self.documents[attachment_id] = pdf

    def restrict_item(self, meeting_id: str, item_title: str) -> None:
        for item in self.meetings[meeting_id].iter("agendaitem"):
            if item.find("agendaitemtitle").text == item_title:
                item.find("isrestricted").text = "True"

    def fail_next(self, path: str, respond: Callable[[Request], Response], times: int = 1) -> None:
        """The next `times` requests to `path` get `respond(request)` instead of the real answer."""
        self.faults[path].extend([respond] * times)

    # ------------------------------------------------------------------ answering
    def _with_faults(self, path: str, handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def answer(request: Request) -> Response:
            self.hits[path] += 1
            if self.faults[path]:
                return self.faults[path].pop(0)(request)
            return handler(request)
        return answer

    def _committees(self, request: Request) -> Response:
        return Response(self.committees, content_type="text/xml; charset=utf-8")

    def _listing(self, request: Request) -> Response:
        listing = ET.fromstring((FIXTURES / "meetings.xml").read_bytes())
        committee = listing.find("committee")
        if request.args.get("lCommitteeId") != committee.find("committeeid").text:
            committee.find("committeemeetings").clear()
        else:
            start = datetime.strptime(request.args["sFromDate"], "%d/%m/%Y")
            end = datetime.strptime(request.args["sToDate"], "%d/%m/%Y")
            rows = committee.find("committeemeetings")
            template = rows.find("meeting")
            rows.clear()
            for meeting in self.meetings.values():
                when = datetime.strptime(meeting.find("meetingdate").text, "%d/%m/%Y")
                if start <= when <= end:
                    row = copy.deepcopy(template)
                    for tag in ("meetingid", "meetingdate", "meetingstatus"):
                        row.find(tag).text = meeting.find(tag).text
                    rows.append(row)
        count = str(len(committee.find("committeemeetings")))
        committee.find("committeemeetingcount").text = f" {count}"
        listing.find("meetingscount").text = f" {count}"
        return Response(_xml(listing), content_type="text/xml; charset=utf-8")

    def _meeting(self, request: Request) -> Response:
        meeting = self.meetings.get(request.args.get("lMeetingId", ""))
        if meeting is None:
            return error_page(request)      # what real sites do for a bad id: an HTML page, status 200
        return Response(_xml(meeting), content_type="text/xml; charset=utf-8")

    def _document(self, request: Request) -> Response:
        attachment = request.args.get("ID", "")
        pdf = self.documents.get(attachment)
        if pdf is None:
            self.document_gets.append((attachment, 404))
            return Response("Not found", status=404)
        etag = '"' + hashlib.sha256(pdf).hexdigest()[:16] + '"'
        if self.etags and request.headers.get("If-None-Match") == etag:
            self.document_gets.append((attachment, 304))
            return Response(status=304, headers={"ETag": etag})
        self.document_gets.append((attachment, 200))
        headers = {"ETag": etag} if self.etags else {}
        return Response(pdf, content_type="application/pdf", headers=headers)


# ---------------------------------------------------------------------- faults
def error_page(request: Request) -> Response:
    return Response("<!DOCTYPE html><html><head><title>Error</title></head><body><h1>An error has occurred"
                    "</h1></body></html>", content_type="text/html; charset=utf-8")


def server_error(request: Request) -> Response:
    return Response("Service Unavailable", status=503)


def slow(seconds: float) -> Callable[[Request], Response]:
    def respond(request: Request) -> Response:
        time.sleep(seconds)
        return server_error(request)
    return respond


def truncated(pdf: bytes) -> Callable[[Request], Response]:
    """Half the PDF under a Content-Length for all of it: the connection drops mid-download."""
    def respond(request: Request) -> Response:
        response = Response(pdf[: len(pdf) // 2], content_type="application/pdf")
        response.headers["Content-Length"] = str(len(pdf))
        return response
    return respond


def malformed(request: Request) -> Response:
    return Response('<?xml version="1.0" encoding="utf-8"?>\n<meeting><meetingid>4967</meetingid><meetingdate>',
                    content_type="text/xml")


def redirect_page(target: str) -> Callable[[Request], Response]:
    def respond(request: Request) -> Response:
        return Response(f'<html><head><script>window.location.href="{target}";</script></head><body></body></html>',
                        content_type="text/html")
    return respond


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve a fake ModernGov site (recorded Audit Committee papers).")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    server = HTTPServer(host=args.host, port=args.port, threaded=True)
    server.start()
    FakeModernGov(server)
    print(f"fake ModernGov site on {server.url_for('/').rstrip('/')} (Ctrl-C stops it)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.clear()
        server.stop()


if __name__ == "__main__":
    main()
