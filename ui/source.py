"""HTTP routes that open a cited source: the file itself (a PDF opens in the browser's viewer,
at `#page=N`) and a text source as a page with the cited passage highlighted at `#passage`.

Only files inside the corpus folder are served, whatever the path asks for; nothing is parsed.
"""
from __future__ import annotations

import html
import os
import re
from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from core.filekinds import KINDS, kind_of
from core.settings import Settings
from answer.render import source_name
from ui.format import PASSAGE_ANCHOR, SOURCE_FILE_ROUTE, SOURCE_VIEW_ROUTE, file_link

# HTML sources are served as text (core/filekinds): the corpus is not trusted to run in the app's origin
SERVED_TYPES = {suffix: kind.served_as for kind in KINDS for suffix in kind.suffixes}
MAX_HIGHLIGHT_CHARS = 20_000


def resolve_source(path: str, corpus_dir: Path, cwd: Path | None = None) -> Path | None:
    """The real file a source path names, or None when it is outside the corpus, missing,
    or of a type that is not served. Symlinks and '..' are resolved before the check."""
    if not path or "\x00" in path:
        return None
    root = Path(os.path.realpath(corpus_dir if Path(corpus_dir).is_absolute() else (cwd or Path.cwd()) / corpus_dir))
    candidate = Path(path)
    if not candidate.is_absolute():
        candidate = (cwd or Path.cwd()) / candidate
    real = Path(os.path.realpath(candidate))
    if root != real and root not in real.parents:
        return None
    if not real.is_file() or real.suffix.lower() not in SERVED_TYPES:
        return None
    return real


def find_passage(text: str, start_words: str, end_words: str | None) -> tuple[int, int] | None:
    """Where the cited passage lies in the source text, found by its first and last words
    with any whitespace between them (chunk text is whitespace-normalised)."""
    start = _flexible(start_words).search(text) if start_words.split() else None
    if not start:
        return None
    if end_words and end_words.split():
        pattern = _flexible(end_words)
        for end in pattern.finditer(text, start.start()):
            if end.end() - start.start() <= MAX_HIGHLIGHT_CHARS:
                return start.start(), end.end()
            break
    return start.span()


def _flexible(words: str) -> re.Pattern:
    return re.compile(r"\s+".join(re.escape(w) for w in words.split()))


def source_page(text: str, name: str, raw_link: str, span: tuple[int, int] | None) -> str:
    """A readable page of the whole text with the passage in <mark id="passage">."""
    if span:
        body = (html.escape(text[: span[0]]) + f'<mark id="{PASSAGE_ANCHOR}">'
                + html.escape(text[span[0]: span[1]]) + "</mark>" + html.escape(text[span[1]:]))
        note = ""
    else:
        body = html.escape(text)
        note = '<p class="note">The cited passage was not found in the current version of this file.</p>'
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(name)} · Scrutineer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ margin: 0; font: 16px/1.6 "Source Sans Pro", system-ui, sans-serif; color: #1c2430; background: #f6f7f9; }}
header {{ position: sticky; top: 0; background: #16324f; color: #fff; padding: .7rem 1.5rem;
         display: flex; gap: 1rem; align-items: baseline; }}
header b {{ font-size: 1.05rem; }} header a {{ color: #cfe3ff; margin-left: auto; }}
main {{ max-width: 52rem; margin: 1.5rem auto; background: #fff; padding: 2rem 2.5rem;
       border: 1px solid #dde2e8; border-radius: 8px; white-space: pre-wrap; overflow-wrap: anywhere; }}
mark {{ background: #fff1a8; box-shadow: 0 0 0 3px #fff1a8; border-radius: 2px; scroll-margin-top: 6rem; }}
.note {{ max-width: 52rem; margin: 1rem auto 0; color: #8a4b00; }}
</style></head>
<body><header><b>{html.escape(name)}</b><span>Source text</span><a href="{html.escape(raw_link)}">Open the original file</a></header>
{note}<main>{body}</main></body></html>"""


def make_routes(settings: Settings | None = None) -> list[Route]:
    """The two source routes, bound to the corpus folder of `settings` (env by default)."""

    def corpus_dir() -> Path:
        return Path((settings or Settings.from_env()).corpus_dir)

    async def serve_file(request: Request) -> Response:
        path = request.query_params.get("path", "")
        real = resolve_source(path, corpus_dir())
        if real is None:
            return PlainTextResponse(f"No such source in the corpus: {path}", status_code=404)
        # a kind no browser shows (a Word document) is sent as a download
        disposition = "inline" if kind_of(real).opens_inline else "attachment"
        response = FileResponse(real, media_type=SERVED_TYPES[real.suffix.lower()],
                                filename=real.name, content_disposition_type=disposition)
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    async def view_text(request: Request) -> Response:
        path = request.query_params.get("path", "")
        real = resolve_source(path, corpus_dir())
        if real is None:
            return PlainTextResponse(f"No such source in the corpus: {path}", status_code=404)
        if not kind_of(real).is_text:
            return PlainTextResponse(f"{kind_of(real).name.upper()} sources open at /source/file", status_code=400)
        text = real.read_text(encoding="utf-8", errors="replace")
        span = find_passage(text, request.query_params.get("a", ""), request.query_params.get("b"))
        page = source_page(text, source_name(path), file_link(path), span)
        return HTMLResponse(page, headers={"X-Content-Type-Options": "nosniff",
                                           "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'"})

    return [Route(SOURCE_FILE_ROUTE, serve_file, methods=["GET"]),
            Route(SOURCE_VIEW_ROUTE, view_text, methods=["GET"])]
