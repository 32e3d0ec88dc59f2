"""Sync a document source into the corpus and ingest what changed: resolve committees, walk
meetings in a date window, store each public paper under `<corpus>/<site>/<committee>/<date>/`
with a `<file>.meta.json` sidecar, then ingest that folder incrementally. Restricted papers are
never fetched; a dry run lists what would be. The source decides what exists; this stores it."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

from core.errors import BadInput, SyncFailed, UnknownCommittee
from core.settings import Settings
from sources.base import Committee, Meeting, Paper, Source, slug, source_class
from sources.download import State, download, write_if_changed

Progress = Callable[[int, int, str], None]
Say = Callable[[str], None]
# The sidecar contract (SPEC section 4; read by ingest/sidecar.py): `<file>.meta.json` beside the file.
META_SUFFIX = ".meta.json"
DEFAULT_BACK_DAYS = 365              # a first sync without --from: the last year of meetings
DEFAULT_AHEAD_DAYS = 90              # and agendas already published for meetings to come


@dataclass
class SyncReport:
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)     # (url, reason)
    folder: Path | None = None

    def add(self, status: str, n: int = 1) -> None:
        self.counts[status] = self.counts.get(status, 0) + n

    def count(self, status: str) -> int:
        return self.counts.get(status, 0)

    def summary(self) -> str:
        parts = [f"{self.count(s)} {s}" for s in ("fetched", "updated", "unchanged")]
        parts += [f"{self.count(s)} {label}" for s, label in
                  (("restricted", "restricted not fetched"), ("link", "links not followed"),
                   ("cancelled", "cancelled meetings skipped"), ("failed", "failed")) if self.count(s)]
        return "synced: " + ", ".join(parts)


def default_window(date_from: str | None, date_to: str | None, today: date | None = None) -> tuple[str, str]:
    today = today or date.today()
    start = date_from or (today - timedelta(days=DEFAULT_BACK_DAYS)).isoformat()
    end = date_to or (today + timedelta(days=DEFAULT_AHEAD_DAYS)).isoformat()
    if start > end:
        raise BadInput(f"--from {start} is after --to {end}")
    return start, end


def resolve(wanted: list[str], listed: list[Committee]) -> list[Committee]:
    """Committees named by id, exact title, or an unambiguous part of a title; "all" is every
    current one (not expired or deleted)."""
    chosen: list[Committee] = []
    for name in wanted:
        key = name.strip()
        if key.lower() == "all":
            found = [c for c in listed if not (c.expired or c.deleted)]
        else:
            found = [c for c in listed if c.id == key] or \
                    [c for c in listed if c.title.lower() == key.lower()] or \
                    [c for c in listed if key.lower() in c.title.lower()]
        if not found:
            raise UnknownCommittee(f"committee {key!r}", "the site lists no such committee; `--list-committees` shows them")
        if len(found) > 1 and key.lower() != "all":
            names = "; ".join(f"{c.id} {c.title}" for c in found[:6])
            raise UnknownCommittee(f"committee {key!r}", f"matches {len(found)} committees ({names}): give the id or the full name")
        chosen.extend(c for c in found if c not in chosen)
    return chosen


def describe_committee(c: Committee) -> str:
    flags = [w for w, on in (("expired", c.expired), ("deleted", c.deleted)) if on]
    return f"{c.id:>6}  {c.title}" + (f"  ({', '.join(flags)})" if flags else "") + \
        (f"  [{c.category}]" if c.category else "")


def sidecar(meeting: Meeting, paper: Paper, council: str | None) -> dict[str, str | None]:
    """What the site says of a paper. A paper that records another meeting (the previous
    meeting's minutes) gets only its pack date: its own text gives its meeting date and items
    (the pack's item "Minutes" is not the item a passage of those minutes records)."""
    meta: dict[str, str | None] = {
        "council": council,
        "committee": meeting.committee.title,
        "pack_date": meeting.date,
        "title": paper.title,
        "url": paper.url,
    }
    if not paper.dated_by_text:
        meta["meeting_date"] = meeting.date
        meta["item"] = paper.item
    if paper.doc_type:
        meta["doc_type"] = paper.doc_type
    return {k: v for k, v in meta.items() if v is not None}


def sync(source: Source, corpus: Path, committees: list[str], date_from: str, date_to: str,
         council: str | None = None, dry_run: bool = False, progress: Progress | None = None,
         say: Say = print) -> SyncReport:
    """Store every public paper of the committees' meetings in the window; see the module doc."""
    folder = corpus / source.site
    report = SyncReport(folder=folder)
    chosen = resolve(committees, source.committees())
    state = State(folder)
    if council:
        state.extra["council"] = council
    council = council or state.extra.get("council")
    for committee in chosen:
        for meeting in source.meetings(committee, date_from, date_to):
            _meeting(source, folder, state, meeting, council, dry_run, report, progress, say)
    if not dry_run and (folder.exists() or council):
        state.save()
    return report


def _meeting(source: Source, folder: Path, state: State, meeting: Meeting, council: str | None, dry_run: bool,
             report: SyncReport, progress: Progress | None, say: Say) -> None:
    head = f"{meeting.date} {meeting.committee.title}"
    if meeting.cancelled:
        report.add("cancelled")
        say(f"{head}: {meeting.status or 'cancelled'}, skipped")
        return
    where = folder / slug(meeting.committee.title) / meeting.date
    report.add("restricted", sum(1 for s in meeting.skipped if "link" not in s.reason))
    report.add("link", sum(1 for s in meeting.skipped if "link" in s.reason))
    if dry_run:
        say(f"{head}: would fetch {len(meeting.papers)}" +
            (f", never fetches {len(meeting.skipped)}" if meeting.skipped else ""))
        for paper in meeting.papers:
            what = "would write (item minutes, from the site's XML)" if paper.body is not None else "would fetch"
            say(f"  {what}: {_label(paper.item, paper.title)}  <{paper.url}>")
        for s in meeting.skipped:
            say(f"  never fetched ({s.reason}): {_label(s.item, s.title)}")
        return
    done: dict[str, int] = {}
    for n, paper in enumerate(meeting.papers):
        if progress:
            progress(n, len(meeting.papers), f"{meeting.date} {paper.name}")
        status = _store(source, where, state, meeting, paper, council, report)
        done[status] = done.get(status, 0) + 1
        report.add(status)
    if progress and meeting.papers:
        progress(len(meeting.papers), len(meeting.papers), "")
    counts = ", ".join(f"{n} {s}" for s, n in sorted(done.items())) or "no public papers"
    say(f"{head}: {counts}" + (f", {len(meeting.skipped)} never fetched (restricted or links)" if meeting.skipped else ""))


def _label(item: str | None, title: str) -> str:
    return f"{item}: {title}" if item and item not in title else title


def _store(source: Source, where: Path, state: State, meeting: Meeting, paper: Paper, council: str | None,
           report: SyncReport) -> str:
    path = where / paper.name
    meta = (json.dumps(sidecar(meeting, paper, council), indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    try:
        # The sidecar goes first: a paper never sits in the corpus without its metadata.
        write_if_changed(path.with_name(path.name + META_SUFFIX), meta)
        if paper.body is not None:
            existed = path.is_file()
            return ("updated" if existed else "fetched") if write_if_changed(path, paper.body) else "unchanged"
        return download(source.fetch, paper.url, path, state, version=paper.version)
    except SyncFailed as e:
        report.failures.append((e.where, e.reason))
        return "failed"
    except OSError as e:
        report.failures.append((str(path), f"cannot write it ({e.strerror or e})"))
        return "failed"


def run(settings: Settings, source_name: str, base_url: str, committees: list[str] | None,
        date_from: str | None = None, date_to: str | None = None, council: str | None = None,
        dry_run: bool = False, list_committees: bool = False, progress: Progress | None = None,
        say: Say = print, client=None, engine=None) -> int:
    """`scrutineer sync`: list committees, or sync then ingest (into `engine`'s index, by default
    one opened on `settings`). Returns the exit status."""
    if client is None:
        from sources.http import Client

        client = Client(timeout=settings.sync_timeout, delay=settings.sync_delay)
    source = source_class(source_name)(base_url, client=client)
    if list_committees:
        for c in source.committees():
            say(describe_committee(c))
        return 0
    if not committees:
        raise BadInput("name a committee with --committee NAME_OR_ID (or `all`); --list-committees lists them")
    start, end = default_window(date_from, date_to)
    report = sync(source, Path(settings.corpus_dir), committees, start, end, council=council, dry_run=dry_run,
                  progress=progress, say=say)
    if dry_run:
        return 0
    say(report.summary())
    for where, reason in report.failures:
        say(f"failed: {where}: {reason}")
    status = 1 if report.failures else 0
    if report.folder is not None and report.folder.exists():
        if engine is None:
            from service.engine import Scrutineer

            engine = Scrutineer(settings)
        ingest = engine.ingest([report.folder], progress=progress)
        say(ingest.summary())
        for r in ingest.results:
            if r.status == "failed":
                say(f"failed: {r.path}: {r.reason}")
        status = status or (1 if ingest.count("failed") else 0)
    return status
