"""Document-level metadata a person supplies beside a file: `<file>.meta.json` or `manifest.csv`.

`<name>.meta.json` is a JSON object for one file; `manifest.csv` in the same folder has a header
row with `file` (the file name) and any of the fields below, one row per file. Both may be
present: the manifest's values apply first and the `.meta.json` wins field by field. A sidecar
that cannot be trusted stops the ingest of its file with `UnreadableDocument`: wrong metadata
would be cited as fact, which is worse than not indexing the file.
"""
from __future__ import annotations

import csv
import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from core.errors import UnreadableDocument
from core.types import DOC_TYPES

FIELDS: tuple[str, ...] = ("council", "committee", "meeting_date", "pack_date", "doc_type", "title", "item", "url")
DATE_FIELDS = ("meeting_date", "pack_date")
META_SUFFIX = ".meta.json"
MANIFEST = "manifest.csv"

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_sidecar(path: Path) -> bool:
    """True for the metadata files themselves, which are not documents."""
    name = path.name.lower()
    return name.endswith(META_SUFFIX) or name == MANIFEST


def meta_path(path: Path) -> Path:
    return path.with_name(path.name + META_SUFFIX)


def read_overrides(path: Path) -> dict[str, str | None]:
    """The validated document-level fields the sidecars beside `path` supply ({} when none).

    A JSON `null` or "" is kept as None (the field is known to be absent); an empty manifest
    cell supplies nothing. Values are stripped of surrounding spaces.
    """
    overrides: dict[str, str | None] = {}
    manifest = path.with_name(MANIFEST)
    if manifest.is_file():
        overrides.update(_manifest_row(manifest, path.name))
    meta = meta_path(path)
    if meta.is_file():
        overrides.update(_read_meta_json(meta))
    return overrides


def _bad(sidecar: Path, why: str, line: int | None = None) -> UnreadableDocument:
    # The reason names the sidecar too: callers often report it against the document's path.
    where = f"{sidecar.name} line {line}" if line else sidecar.name
    return UnreadableDocument(str(sidecar), f"bad metadata sidecar: {where}: {why}")


def _read_meta_json(meta: Path) -> dict[str, str | None]:
    try:
        raw = meta.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise _bad(meta, f"cannot read it ({e})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as e:
        raise _bad(meta, f"not valid JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
    if not isinstance(data, dict):
        raise _bad(meta, f"expected a JSON object with any of {', '.join(FIELDS)}")
    fields: dict[str, str | None] = {}
    for key, value in data.items():
        if value is not None and not isinstance(value, str):
            raise _bad(meta, f"{key} must be a string or null, not {json.dumps(value)}")
        fields[key] = (value.strip() or None) if isinstance(value, str) else None
    return _validate(meta, fields)


def _manifest_row(manifest: Path, file_name: str) -> dict[str, str | None]:
    stat = manifest.stat()
    rows = _read_manifest(str(manifest), stat.st_mtime_ns, stat.st_size)
    row = rows.get(file_name)
    if row is None:
        return {}
    line, fields, problem = row
    if problem:
        raise _bad(manifest, problem, line)
    return _validate(manifest, fields, line)


@lru_cache(maxsize=64)
def _read_manifest(manifest: str, mtime_ns: int, size: int) -> dict[str, tuple[int, dict[str, str | None], str | None]]:
    """file name -> (line number, non-empty fields, what is wrong with the row or None). Cached
    per file version: a folder of a thousand documents reads its manifest once, not a thousand times."""
    path = Path(manifest)
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            header = [name.strip() for name in (reader.fieldnames or [])]
            if "file" not in header:
                raise _bad(path, "the header row has no 'file' column (expected: file, " + ", ".join(FIELDS) + ")")
            unknown = [name for name in header if name not in FIELDS and name != "file"]
            if unknown:
                raise _bad(path, f"unknown column {unknown[0]!r} (allowed: file, {', '.join(FIELDS)})")
            reader.fieldnames = header
            rows: dict[str, tuple[int, dict[str, str | None], str | None]] = {}
            for record in reader:
                name = (record.get("file") or "").strip()
                if not name:
                    continue
                if name in rows:
                    raise _bad(path, f"{name} is listed twice (lines {rows[name][0]} and {reader.line_num})")
                fields = {
                    key: value.strip()
                    for key, value in record.items()
                    if key in FIELDS and isinstance(value, str) and value.strip()
                }
                problem = None
                extra = record.get(None)   # DictReader's home for cells past the header's columns
                if extra:
                    # an unquoted comma shifts every later field: refuse the row, never guess
                    problem = (f"{len(header) + len(extra)} fields but the header has {len(header)}; "
                               f"put a value that contains a comma in double quotes")
                rows[name] = (reader.line_num, fields, problem)
            return rows
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise _bad(path, f"cannot read it ({e})") from None


def _validate(sidecar: Path, fields: dict[str, str | None], line: int | None = None) -> dict[str, str | None]:
    for key, value in fields.items():
        if key not in FIELDS:
            raise _bad(sidecar, f"unknown field {key!r} (allowed: {', '.join(FIELDS)})", line)
        if value is None:
            continue
        if key in DATE_FIELDS and not _is_iso_date(value):
            raise _bad(sidecar, f"{key} {value!r} is not a date in YYYY-MM-DD form", line)
        if key == "doc_type" and value not in DOC_TYPES:
            raise _bad(sidecar, f"doc_type {value!r} is not one of {', '.join(DOC_TYPES)}", line)
    return dict(fields)


def _is_iso_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
