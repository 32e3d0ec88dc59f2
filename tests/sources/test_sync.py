"""Syncing a ModernGov site into a corpus folder, against a fake site on a real HTTP server:
first sync, re-sync, new meetings, cancelled meetings, restricted papers, and faults."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.errors import SiteUnreachable, UnexpectedResponse, UnknownCommittee
from sources.moderngov import ModernGov
from sources.sync import sync
from tests.sources import fake_moderngov as fake

WINDOW = ("2025-11-01", "2026-06-30")
DOCUMENT = fake.DOCUMENT


def run_sync(site, client, corpus: Path, committees=("Audit Committee",), dry_run=False, lines=None):
    said = lines if lines is not None else []
    return sync(ModernGov(site.base, client=client), corpus, list(committees), *WINDOW,
                council="Example Council", dry_run=dry_run, say=said.append)


def meeting_folder(corpus: Path, site, date: str = "2026-02-10") -> Path:
    return corpus / ModernGov(site.base).site / "audit-committee" / date


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


def test_first_sync_stores_public_papers_with_sidecars(site, client, tmp_path):
    report = run_sync(site, client, tmp_path)
    folder = meeting_folder(tmp_path, site)
    assert report.count("fetched") == 4 and report.count("failed") == 0
    assert files(folder) == [
        "60860-6-chair-approved-minutes-audit-committee-25-nov-2025.pdf",
        "60860-6-chair-approved-minutes-audit-committee-25-nov-2025.pdf.meta.json",
        "60909-draft-wp-february-2026.pdf", "60909-draft-wp-february-2026.pdf.meta.json",
        "minutes-item-18831-minutes.html", "minutes-item-18831-minutes.html.meta.json",
        "minutes-item-18833-work-programme.html", "minutes-item-18833-work-programme.html.meta.json",
    ]
    assert (folder / "60909-draft-wp-february-2026.pdf").read_bytes() == site.documents["60909"]
    report_meta = json.loads((folder / "60909-draft-wp-february-2026.pdf.meta.json").read_text())
    assert report_meta == {"council": "Example Council", "committee": "Audit Committee",
                           "meeting_date": "2026-02-10", "pack_date": "2026-02-10", "item": "9. Work Programme",
                           "title": "DRAFT WP FEBRUARY 2026", "url": f"{site.base}{DOCUMENT}?ID=60909"}
    html = (folder / "minutes-item-18833-work-programme.html").read_text()
    assert "future Work\nProgramme for the remainder of 2025/26" in html
    html_meta = json.loads((folder / "minutes-item-18833-work-programme.html.meta.json").read_text())
    assert html_meta["meeting_date"] == "2026-02-10" and html_meta["doc_type"] == "minutes"


def test_previous_minutes_get_the_pack_date_and_no_meeting_date(site, client, tmp_path):
    run_sync(site, client, tmp_path)
    meta = json.loads(next(meeting_folder(tmp_path, site).glob("60860-*.meta.json")).read_text())
    assert meta["pack_date"] == "2026-02-10"
    assert "meeting_date" not in meta and "item" not in meta       # the minutes' own text says
    from ingest.sidecar import read_overrides

    pdf = next(meeting_folder(tmp_path, site).glob("60860-*.pdf"))
    assert read_overrides(pdf)["url"] == f"{site.base}{DOCUMENT}?ID=60860"   # ingest accepts the sidecar


def test_a_cancelled_meeting_is_skipped_without_asking_for_it(site, client, tmp_path):
    lines: list[str] = []
    report = run_sync(site, client, tmp_path, lines=lines)
    assert report.count("cancelled") == 1
    assert "2026-01-13 Audit Committee: Cancelled, skipped" in lines
    assert site.hits[f"{fake.SERVICE}/GetMeeting"] == 1            # only the confirmed meeting was read
    assert not meeting_folder(tmp_path, site, "2026-01-13").exists()


def test_resync_downloads_nothing_when_the_site_sends_etags(site, client, tmp_path):
    run_sync(site, client, tmp_path)
    before = {p: p.stat().st_mtime_ns for p in meeting_folder(tmp_path, site).iterdir()}
    site.document_gets.clear()
    report = run_sync(site, client, tmp_path)
    assert report.count("unchanged") == 4 and report.count("fetched") == 0
    assert {status for _, status in site.document_gets} == {304}    # asked, "not modified", no body
    assert {p: p.stat().st_mtime_ns for p in meeting_folder(tmp_path, site).iterdir()} == before


def test_resync_without_validators_makes_no_document_request(server, client, tmp_path):
    site = fake.FakeModernGov(server, etags=False)
    run_sync(site, client, tmp_path)
    site.document_gets.clear()
    report = run_sync(site, client, tmp_path)
    assert report.count("unchanged") == 4
    assert site.document_gets == []          # same publication date, same bytes on disk: nothing to ask


def test_a_document_changed_on_the_site_is_fetched_again(site, client, tmp_path):
    run_sync(site, client, tmp_path)
    site.documents["60909"] = fake.build_pdf([["Audit Committee Work Programme March 2026", "Revised."]])
    report = run_sync(site, client, tmp_path)
    assert report.count("updated") == 1
    assert next(meeting_folder(tmp_path, site).glob("60909-*.pdf")).read_bytes() == site.documents["60909"]


def test_a_new_meeting_is_fetched_and_nothing_else(site, client, tmp_path):
    run_sync(site, client, tmp_path)
    site.add_meeting("4968", "10/03/2026", {"60860": "61001", "60909": "61002"},
                     {"61001": fake.build_pdf([["Minutes of the meeting held on 10 February 2026"]]),
                      "61002": fake.build_pdf([["Work Programme March 2026"]])})
    site.document_gets.clear()
    report = run_sync(site, client, tmp_path)
    assert sorted(a for a, status in site.document_gets if status == 200) == ["61001", "61002"]
    assert report.count("fetched") == 4 and report.count("unchanged") == 4
    assert len(files(meeting_folder(tmp_path, site, "2026-03-10"))) == 8


def test_restricted_documents_and_items_are_never_fetched(site, client, tmp_path):
    site.add_document("4967", "Work Programme", "60910", "Exempt appendix: contract prices",
                      fake.build_pdf([["EXEMPT"]]), restricted=True)
    site.restrict_item("4967", "Minutes")
    lines: list[str] = []
    report = run_sync(site, client, tmp_path, lines=lines)
    fetched = {a for a, _ in site.document_gets}
    assert fetched == {"60909"}                       # neither the restricted document nor the restricted item's
    assert report.count("restricted") == 2
    assert not list(meeting_folder(tmp_path, site).glob("60910*"))
    assert not list(meeting_folder(tmp_path, site).glob("*18831*"))   # nor the restricted item's minutes


def test_dry_run_lists_what_would_be_fetched_and_fetches_nothing(site, client, tmp_path):
    site.add_document("4967", "Work Programme", "60910", "Exempt appendix", fake.build_pdf([["EXEMPT"]]),
                      restricted=True)
    lines: list[str] = []
    run_sync(site, client, tmp_path, dry_run=True, lines=lines)
    text = "\n".join(lines)
    assert f"would fetch: 9. Work Programme: DRAFT WP FEBRUARY 2026  <{site.base}{DOCUMENT}?ID=60909>" in text
    assert "never fetched (restricted document): 9. Work Programme: Exempt appendix" in text
    assert site.document_gets == [] and not tmp_path.joinpath(ModernGov(site.base).site).exists()


def test_committees_by_id_all_and_unknown(site, client, tmp_path):
    assert run_sync(site, client, tmp_path, committees=["144"]).count("fetched") == 4
    report = run_sync(site, client, tmp_path / "all", committees=["all"])
    assert report.count("fetched") == 4          # the expired committee is not in "all"; the gallery has no meetings
    with pytest.raises(UnknownCommittee, match="committee 'Planning'.*--list-committees"):
        run_sync(site, client, tmp_path, committees=["Planning"])
    with pytest.raises(UnknownCommittee, match="matches 3 committees"):
        run_sync(site, client, tmp_path, committees=["Committee"])


# ---------------------------------------------------------------------------- faults
def test_server_errors_are_retried_until_the_site_answers(site, client, tmp_path):
    site.fail_next(f"{fake.SERVICE}/GetMeeting", fake.server_error, times=2)
    site.fail_next(DOCUMENT, fake.server_error, times=1)
    report = run_sync(site, client, tmp_path)
    assert report.count("fetched") == 4 and report.failures == []


def test_a_site_that_keeps_failing_is_one_clear_error(site, client, tmp_path):
    site.fail_next(f"{fake.SERVICE}/GetCommittees", fake.server_error, times=5)
    with pytest.raises(SiteUnreachable, match=r"GetCommittees: the server answered HTTP 503 \(3 attempts\)"):
        run_sync(site, client, tmp_path)


def test_a_timeout_is_retried_then_reported(site, client, tmp_path):
    site.fail_next(f"{fake.SERVICE}/GetMeeting", fake.slow(1.0), times=1)
    assert run_sync(site, client, tmp_path).count("fetched") == 4
    site.fail_next(f"{fake.SERVICE}/GetCommittees", fake.slow(1.0), times=3)
    with pytest.raises(SiteUnreachable, match="GetCommittees: timed out"):
        run_sync(site, client, tmp_path)


def test_a_truncated_download_leaves_no_partial_file_and_resumes(site, client, tmp_path):
    site.fail_next(DOCUMENT, fake.truncated(site.documents["60860"]), times=3)   # every attempt of the first document
    report = run_sync(site, client, tmp_path)
    folder = meeting_folder(tmp_path, site)
    assert report.count("failed") == 1 and "60860" in report.failures[0][0]
    assert not list(folder.glob("60860-*.pdf")) and not list(folder.glob(".*part"))
    assert list(folder.glob("60909-*.pdf"))                      # the other papers were still fetched
    report = run_sync(site, client, tmp_path)                   # the next run completes it
    assert report.count("fetched") == 1 and report.count("unchanged") == 3
    assert next(folder.glob("60860-*.pdf")).read_bytes() == site.documents["60860"]


def test_an_html_page_instead_of_a_document_is_not_stored(site, client, tmp_path):
    site.fail_next(DOCUMENT, fake.error_page, times=1)
    report = run_sync(site, client, tmp_path)
    assert report.count("failed") == 1 and "HTML page, not a PDF" in report.failures[0][1]
    assert len(list(meeting_folder(tmp_path, site).glob("*.pdf"))) == 1


@pytest.mark.parametrize("path, respond, says", [
    (f"{fake.SERVICE}/GetMeeting", fake.malformed, "GetMeeting?lMeetingId=4967: answered with malformed XML"),
    (f"{fake.SERVICE}/GetCommittees", fake.error_page, "is this the address of a ModernGov site?"),
    (f"{fake.SERVICE}/GetCommittees", fake.redirect_page("https://democracy.example.gov.uk/"),
     "redirects to https://democracy.example.gov.uk/: use that site's address"),
])
def test_answers_that_are_not_the_web_service_are_one_clear_error(site, client, tmp_path, path, respond, says):
    site.fail_next(path, respond)
    with pytest.raises(UnexpectedResponse) as caught:
        run_sync(site, client, tmp_path)
    assert says in str(caught.value) and "\n" not in str(caught.value)


def test_a_failed_sync_loses_nothing_already_synced(site, client, tmp_path):
    run_sync(site, client, tmp_path)
    before = {p: p.read_bytes() for p in meeting_folder(tmp_path, site).iterdir()}
    site.fail_next(f"{fake.SERVICE}/GetMeeting", fake.malformed)
    with pytest.raises(UnexpectedResponse):
        run_sync(site, client, tmp_path)
    assert {p: p.read_bytes() for p in meeting_folder(tmp_path, site).iterdir()} == before


def test_a_wrong_address_is_one_clear_error(client, tmp_path):
    with pytest.raises(SiteUnreachable, match="cannot connect"):
        sync(ModernGov("http://127.0.0.1:9", client=client), tmp_path, ["all"], *WINDOW)
