"""Putting one published file on disk exactly once: conditional requests (ETag /
Last-Modified kept in a small state file beside the synced papers), a content-hash check where a
site sends neither, and a temporary file renamed into place only when complete (size and `%PDF`
magic checked), so an interrupted sync leaves no partial file. It knows nothing of any site."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import httpx

from core.errors import SyncFailed

STATE_FILE = ".sync-state.json"      # hidden: the ingest walk skips dot files
MAX_BYTES = 200 * 1024 * 1024        # a committee paper bigger than this is not a paper
PDF_MAGIC = b"%PDF-"


@dataclass
class Record:
    """What was stored for one published URL, to ask the site only for what changed."""

    path: str                        # relative to the state file's folder
    sha256: str
    size: int
    etag: str | None = None
    last_modified: str | None = None
    version: str | None = None       # the source's own change marker (a publication date)


class State:
    """The sync state of one site folder: URL -> Record, saved atomically after every change."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / STATE_FILE
        self.records: dict[str, Record] = {}
        self.extra: dict[str, str] = {}
        if self.path.is_file():
            try:
                raw = json.loads(self.path.read_text(encoding="utf-8"))
                self.records = {url: Record(**rec) for url, rec in raw.get("files", {}).items()}
                self.extra = {k: v for k, v in raw.get("site", {}).items() if isinstance(v, str)}
            except (ValueError, TypeError, OSError):
                # A damaged state file costs one full re-check (hash comparisons), never a lost paper.
                self.records = {}

    def get(self, url: str) -> Record | None:
        return self.records.get(url)

    def put(self, url: str, record: Record) -> None:
        self.records[url] = record
        self.save()

    def save(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"site": self.extra, "files": {url: asdict(r) for url, r in sorted(self.records.items())}}
        write_atomic(self.path, (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a hidden temporary file beside `path`, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: bytes) -> bool:
    """Store `data` at `path` unless it already holds exactly that; True when written."""
    if path.is_file() and path.read_bytes() == data:
        return False
    write_atomic(path, data)
    return True


class BadDocument(SyncFailed):
    """The site answered for a document, but not with the document."""


Fetch = Callable[[str, dict[str, str], Callable[[httpx.Response], object]], object]


def download(fetch: Fetch, url: str, dest: Path, state: State, version: str | None = None) -> str:
    """Bring `dest` up to date with the PDF at `url`: "fetched", "updated" or "unchanged".

    Raises SyncFailed (naming the URL) when the document cannot be had; `dest` is then as it was.
    """
    record = state.get(url)
    have = dest.is_file()
    current_sha = sha256_file(dest) if have else None
    intact = bool(record and have and record.sha256 == current_sha)
    if intact and record.version and record.version == version and not (record.etag or record.last_modified):
        return "unchanged"           # the site sends no validators; its own change marker says unchanged
    headers: dict[str, str] = {}
    if intact and record.etag:
        headers["If-None-Match"] = record.etag
    if intact and record.last_modified:
        headers["If-Modified-Since"] = record.last_modified

    def receive(response: httpx.Response):
        if response.status_code == 304 and intact:
            return None
        if response.status_code != 200:
            raise BadDocument(url, f"HTTP {response.status_code}")
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        expected = _content_length(response)
        if expected is not None and expected > MAX_BYTES:
            raise BadDocument(url, f"{expected} bytes is too large for a committee paper")
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
        digest, size, head = hashlib.sha256(), 0, b""
        try:
            with os.fdopen(fd, "wb") as fh:
                for block in response.iter_bytes():
                    if len(head) < 1024:
                        head += block[: 1024 - len(head)]
                    size += len(block)
                    if size > MAX_BYTES:
                        raise BadDocument(url, "too large for a committee paper")
                    digest.update(block)
                    fh.write(block)
            if expected is not None and size != expected:
                raise httpx.RemoteProtocolError(f"received {size} of {expected} bytes")
            if PDF_MAGIC not in head:
                what = "an HTML page" if "html" in kind or head.lstrip().lower().startswith((b"<!doctype", b"<html")) \
                    else f"{kind or 'an unknown type'}"
                raise BadDocument(url, f"answered with {what}, not a PDF")
            return tmp, digest.hexdigest(), size, response.headers.get("etag"), response.headers.get("last-modified")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    got = fetch(url, headers, receive)
    if got is None:                  # 304 Not Modified
        record.version = version
        state.put(url, record)
        return "unchanged"
    tmp, sha, size, etag, modified = got
    status = "unchanged" if sha == current_sha else ("updated" if have else "fetched")
    if status == "unchanged":
        Path(tmp).unlink(missing_ok=True)    # same bytes: leave the file (and its mtime) alone
    else:
        os.replace(tmp, dest)
    state.put(url, Record(path=str(dest.relative_to(state.folder)), sha256=sha, size=size,
                          etag=etag, last_modified=modified, version=version))
    return status


def _content_length(response: httpx.Response) -> int | None:
    # A compressed body's length on the wire is not its length on disk.
    if response.headers.get("content-encoding", "identity").lower() not in ("identity", ""):
        return None
    raw = response.headers.get("content-length")
    return int(raw) if raw and raw.isdigit() else None
