"""What a synced paper becomes once ingested: dates the text decides, the published URL on
every citation, and the `scrutineer sync` command's output and errors."""
from __future__ import annotations

import pytest

from core.settings import Settings
from sources.moderngov import ModernGov
from sources.sync import sync
from tests.sources import fake_moderngov as fake

WINDOW = ("2025-11-01", "2026-06-30")


def synced(site, client, corpus):
    sync(ModernGov(site.base, client=client), corpus, ["Audit Committee"], *WINDOW, say=lambda _: None)
    return corpus / ModernGov(site.base).site / "audit-committee" / "2026-02-10"


def prepared(path):
    from ingest import pipeline

    return pipeline.prepare(pipeline.read(path), Settings())


def test_previous_minutes_keep_their_own_meeting_date_with_the_pack_date_of_the_meeting(site, client, tmp_path):
    folder = synced(site, client, tmp_path)
    result = prepared(next(folder.glob("60860-*.pdf")))
    assert result.chunks
    for chunk in result.chunks:
        assert (chunk.meeting_date, chunk.pack_date) == ("2025-11-25", "2026-02-10")
        assert chunk.doc_type == "minutes" and chunk.committee == "Audit Committee"
        assert chunk.url == f"{site.base}{fake.DOCUMENT}?ID=60860"


def test_item_minutes_published_as_html_are_dated_to_their_meeting(site, client, tmp_path):
    folder = synced(site, client, tmp_path)
    # Its text names 25 November 2025 (the minutes it approves); the site's date is the meeting's.
    result = prepared(folder / "minutes-item-18831-minutes.html")
    assert {(c.meeting_date, c.pack_date, c.doc_type, c.item) for c in result.chunks} == \
        {("2026-02-10", "2026-02-10", "minutes", "1. Minutes")}
    assert "To approve the minutes of the meeting held on" in " ".join(c.text for c in result.chunks)
    assert result.chunks[0].url == f"{site.base}/mgAi.aspx?ID=18831"


def test_a_report_takes_the_meeting_date_the_site_gives(site, client, tmp_path):
    folder = synced(site, client, tmp_path)
    result = prepared(next(folder.glob("60909-*.pdf")))
    assert {(c.meeting_date, c.pack_date, c.item) for c in result.chunks} == \
        {("2026-02-10", "2026-02-10", "9. Work Programme")}


# ---------------------------------------------------------------------------- the command
def cli(argv, monkeypatch, capsys):
    from scrutineer.cli import main

    monkeypatch.setenv("SCRUTINEER_SYNC_DELAY", "0")
    status = main(argv)
    out = capsys.readouterr()
    return status, out.out, out.err


def test_sync_lists_committees_with_expired_ones_marked(site, monkeypatch, capsys, tmp_path):
    status, out, err = cli(["sync", "moderngov", site.base, "--list-committees"], monkeypatch, capsys)
    assert status == 0 and err == ""
    assert "   312  Appointment Sub Committee for Director of Adult Social Services  (expired)" in out
    assert "   144  Audit Committee" in out


def test_sync_dry_run_prints_the_plan_and_writes_nothing(site, monkeypatch, capsys, tmp_path):
    status, out, _ = cli(["sync", "moderngov", site.base, "--committee", "Audit Committee", "--from", WINDOW[0],
                          "--to", WINDOW[1], "--dry-run", "--corpus", str(tmp_path / "corpus"),
                          "--index", str(tmp_path / "index")], monkeypatch, capsys)
    assert status == 0
    assert "2026-01-13 Audit Committee: Cancelled, skipped" in out
    assert f"would fetch: 1. Minutes: 6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025  <{site.base}" in out
    assert not (tmp_path / "corpus").exists() and not (tmp_path / "index").exists()


@pytest.mark.parametrize("argv, fault, says", [
    (["--committee", "Planning"], None, "scrutineer: committee 'Planning': the site lists no such committee"),
    (["--committee", "144"], (f"{fake.SERVICE}/GetCommittees", fake.error_page), "is this the address of a ModernGov site?"),
    (["--committee", "144"], (f"{fake.SERVICE}/GetMeeting", fake.malformed), "answered with malformed XML"),
    ([], None, "name a committee with --committee"),
])
def test_sync_errors_are_one_line_and_a_non_zero_exit(site, monkeypatch, capsys, tmp_path, argv, fault, says):
    if fault:
        site.fail_next(*fault)
    status, out, err = cli(["sync", "moderngov", site.base, *argv, "--from", WINDOW[0], "--to", WINDOW[1],
                            "--corpus", str(tmp_path / "corpus"), "--index", str(tmp_path / "index")],
                           monkeypatch, capsys)
    assert status == 1 and says in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.slow
def test_synced_papers_are_ingested_and_cited_with_their_published_url(site, client, tmp_path, embedder):
    from scrutineer.cli import format_answer
    from service.engine import Scrutineer
    from sources.sync import run

    settings = Settings.from_env(index_dir=tmp_path / "index", corpus_dir=tmp_path / "corpus")
    engine = Scrutineer(settings, embedder=embedder)
    lines: list[str] = []
    status = run(settings, "moderngov", site.base, ["Audit Committee"], *WINDOW, council="Example Council",
                 say=lines.append, client=client, engine=engine)
    assert status == 0 and "ingested 4, skipped 0, failed 0" in lines

    answer = engine.ask("What assurance did the payroll audit give?")
    assert answer.answered and "limited assurance" in answer.answer
    cited = [c for c in answer.citations if "limited assurance" in c.text]
    assert cited and cited[0].url == f"{site.base}{fake.DOCUMENT}?ID=60860"
    assert (cited[0].meeting_date, cited[0].pack_date, cited[0].council) == ("2025-11-25", "2026-02-10", "Example Council")
    assert cited[0].url in format_answer(answer)

    site.document_gets.clear()
    lines.clear()
    status = run(settings, "moderngov", site.base, ["Audit Committee"], *WINDOW, say=lines.append, client=client,
                 engine=engine)
    assert status == 0 and "ingested 0, skipped 4, failed 0" in lines     # re-running is a no-op
    assert [s for _, s in site.document_gets if s != 304] == []
