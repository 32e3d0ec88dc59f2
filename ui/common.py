"""What every page shares: the one cached engine, the filters sidebar, citation cards and the
edge where a ScrutineerError becomes an st.error line (only a bug shows a traceback)."""
from __future__ import annotations

import html
import logging
import threading
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterator

import streamlit as st

from core.errors import ScrutineerError
from core.settings import Settings
from core.types import DOC_TYPES, Citation, Filters
from answer.render import citation_facts, citation_heading
from ui.format import highlight_spans, passage_html, source_link
from ui.safe import md_escape

ALL_COUNCILS = "All councils"
ALL_COMMITTEES = "All committees"
ALL_TYPES = "All document types"

CSS = """<style>
.scr-passage { border-left: 3px solid #c9d3df; padding: .25rem 0 .25rem .9rem; margin: .25rem 0 .5rem;
               color: #2b3441; font-size: .93rem; line-height: 1.55; max-height: 22rem; overflow-y: auto;
               overflow-wrap: anywhere; }
.scr-passage mark { background: #fff1a8; padding: 0 .1rem; border-radius: 2px; color: inherit; }
.scr-muted { color: #5d6b7a; font-size: .88rem; overflow-wrap: anywhere; }
.scr-answer { line-height: 1.6; overflow-wrap: anywhere; }
.scr-answer h1, .scr-answer h2, .scr-answer h3, .scr-answer h4, .scr-answer h5, .scr-answer h6 {
               font-size: 1rem; font-weight: 600; margin: .6rem 0 .2rem; padding: 0; }
.scr-answer blockquote { border-left: 3px solid #c9d3df; margin: .3rem 0; padding-left: .8rem; color: #2b3441; }
.scr-answer p { margin: 0 0 .5rem; }
/* the page keeps its width when a long answer brings in the scroll bar */
html, [data-testid="stMain"] { scrollbar-gutter: stable; }
[data-testid="stChatMessage"] { width: 100%; }
[data-testid="stCaptionContainer"] { overflow-wrap: anywhere; }
/* a phone: the answer gets the whole width, the avatars' column goes */
@media (max-width: 640px) {
  [data-testid="stChatMessageAvatarUser"], [data-testid="stChatMessageAvatarAssistant"],
  [data-testid="stChatMessageAvatarCustom"], [data-testid="stChatMessageAvatarImage"] { display: none; }
}
</style>"""


@st.cache_resource(show_spinner=False)
def app_icon():
    """The tab's icon, drawn here (a columned building in the theme's blue) so it is served by the app."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    blue = (31, 92, 153, 255)
    draw.polygon([(32, 4), (4, 20), (60, 20)], fill=blue)          # pediment
    for x in (8, 21, 35, 48):
        draw.rectangle([x, 24, x + 8, 50], fill=blue)              # columns
    draw.rectangle([4, 54, 60, 60], fill=blue)                     # step
    return img


def settings() -> Settings:
    """Settings from the environment (SCRUTINEER_INDEX, SCRUTINEER_CORPUS, SCRUTINEER_LLM ...)."""
    return Settings.from_env()


LOADING = "Loading the search model and the index: the first start takes up to a minute…"


@st.cache_resource(show_spinner=False)
def _load_engine(index_dir: str, corpus_dir: str, llm: str | None = None, llm_base_url: str | None = None):
    # Imported here so the app's pages render their frame before torch and Chroma load.
    from service.engine import Scrutineer

    engine = Scrutineer(Settings.from_env(index_dir=index_dir, corpus_dir=Path(corpus_dir), llm=llm,
                                          llm_base_url=llm_base_url))
    # Load the model, the vector store and BM25 now, in this one thread, while every other
    # session waits on the cache: the first question is then quick, and no two sessions race
    # to open the store.
    try:
        engine.warm()
    except ScrutineerError:              # no index yet: the page that needs one says so
        pass
    return engine


def engine_key(s: Settings) -> tuple[str, str, str | None, str | None]:
    """What makes an engine different: its index, its corpus and its chat model."""
    return str(Path(s.index_dir).resolve()), str(Path(s.corpus_dir).resolve()), s.llm, s.llm_base_url


def get_engine():
    """The process-wide engine (model, index and BM25 loaded once), or None after showing why."""
    try:
        # The spinner shows only when this waits (the server's preload is still running).
        with st.spinner(LOADING, show_time=True):
            return _load_engine(*engine_key(settings()))
    except ScrutineerError as e:
        st.error(str(e))
        return None


def preload(s: Settings | None = None) -> threading.Thread:
    """Load the engine in the background at server start, so the first question is quick."""

    def run() -> None:
        # No page is running yet: hush Streamlit's "missing ScriptRunContext" warning for this thread.
        logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(
            lambda record: threading.current_thread().name != "scrutineer-preload")
        try:
            _load_engine(*engine_key(s or settings()))
        except Exception:                          # the page that needs it shows the error
            pass

    thread = threading.Thread(target=run, name="scrutineer-preload", daemon=True)
    thread.start()
    return thread


@contextmanager
def user_errors() -> Iterator[None]:
    """Show a ScrutineerError as one st.error line and carry on rendering the page."""
    try:
        yield
    except ScrutineerError as e:
        st.error(str(e))


def sidebar_filters(engine) -> Filters:
    """Council, committee, date range and document type, kept for the whole session across pages."""
    with st.sidebar:
        st.subheader("Filters")
        councils, committees = [ALL_COUNCILS], [ALL_COMMITTEES]
        with user_errors():
            councils += engine.councils()
            committees += engine.committees()
        council = st.selectbox("Council", councils, key="filter_council", persist_state="session")
        committee = st.selectbox("Committee", committees, key="filter_committee", persist_state="session")
        # One above the other: side by side in the sidebar they were too narrow to read a date.
        date_from = st.date_input("Meetings from", value=None, min_value=date(1990, 1, 1), key="filter_from",
                                  format="DD/MM/YYYY", persist_state="session")
        date_to = st.date_input("Meetings to", value=None, min_value=date(1990, 1, 1), key="filter_to",
                                format="DD/MM/YYYY", persist_state="session")
        doc_type = st.selectbox("Document type", [ALL_TYPES, *DOC_TYPES], key="filter_type",
                                format_func=lambda t: t if t == ALL_TYPES else t.replace("_", " ").capitalize(),
                                persist_state="session")
        if date_from and date_to and date_from > date_to:
            st.warning("‘From’ is after ‘To’: the dates were swapped.")
            date_from, date_to = date_to, date_from
    return Filters(
        council=None if council in (None, ALL_COUNCILS) else council,
        committee=None if committee in (None, ALL_COMMITTEES) else committee,
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
        doc_type=None if doc_type in (None, ALL_TYPES) else doc_type,
    )


PAGE_ROWS = 25          # rows a register table shows at once, all of them without an inner scroll box


def paged(rows: list, key: str, per_page: int | None = None) -> tuple[list, int]:
    """The rows of the page picked above the table, and that page's offset into `rows`."""
    per_page = per_page or PAGE_ROWS
    pages = max(1, -(-len(rows) // per_page))
    page = 1
    if pages > 1:
        left, right = st.columns([1, 3], vertical_alignment="center")
        page = left.number_input("Page", min_value=1, max_value=pages, value=1, step=1, key=key)
        start = (page - 1) * per_page
        right.caption(f"Page {page} of {pages} · rows {start + 1}–{min(start + per_page, len(rows))} of {len(rows)}")
    start = (page - 1) * per_page
    return rows[start:start + per_page], start


def filters_caption(f: Filters) -> str | None:
    if f.is_empty():
        return None
    parts = [x for x in (f.council, f.committee) if x]
    if f.date_from or f.date_to:
        parts.append(f"{f.date_from or '…'} to {f.date_to or '…'}")
    if f.doc_type:
        parts.append(f.doc_type.replace("_", " "))
    return "Filtered: " + " · ".join(parts)


def render_citation(c: Citation, claims: list[str], key: str, expanded: bool = False) -> None:
    """One citation: heading with date and title, the facts, the verbatim passage with the
    answering sentence highlighted, and a link that opens the source at the page or passage."""
    # A label is Markdown (it can show images and links): paper text in it is escaped.
    with st.expander(md_escape(citation_heading(c)), expanded=expanded, key=key):
        st.html(f'<div class="scr-muted">{" · ".join(html.escape(f) for f in citation_facts(c))}</div>')
        spans = highlight_spans(c.text, claims)
        st.html(f'<div class="scr-passage">{passage_html(c.text, spans)}</div>')
        where = f"page {c.page}" if c.page else "the passage"
        st.markdown(f"[Open the source at {where} ↗]({source_link(c.source, c.page, c.text)})")
        if c.url and c.url.startswith(("https://", "http://")):
            # the council's published copy: a link the user chose to follow, to where the paper came from
            st.markdown(f"[Published by the council ↗](<{c.url}>)")
        st.caption(md_escape(c.source))


def llm_destination(s: Settings) -> str | None:
    """Where the passages go when a chat model writes the answers: one line for the sidebar."""
    if not s.llm:
        return None
    from answer.providers import ModelSpec, check_allowed, is_local, receiver
    from core.errors import LLMUnavailable

    try:
        spec = ModelSpec.parse(s.llm, s.llm_base_url, s.llm_timeout)
    except LLMUnavailable:
        return None                     # the answer's notice says what is wrong with the setting
    try:
        check_allowed(spec, s.llm_allow)
    except LLMUnavailable:
        return f"{spec.label} is configured but not allowed by SCRUTINEER_LLM_ALLOW: answers are extractive, nothing leaves this machine."
    if is_local(spec):
        return f"Answers are written by {spec.label}, served on this machine ({receiver(spec)}): the papers stay here."
    return f"Passages of the papers are sent to {receiver(spec)} ({spec.provider}) to write answers with {spec.model}."
