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
from ui.format import (citation_facts, citation_heading, highlight_spans, passage_html,
                       source_link)

ALL_COMMITTEES = "All committees"
ALL_TYPES = "All document types"

CSS = """<style>
.scr-passage { border-left: 3px solid #c9d3df; padding: .25rem 0 .25rem .9rem; margin: .25rem 0 .5rem;
               color: #2b3441; font-size: .93rem; line-height: 1.55; max-height: 22rem; overflow-y: auto; }
.scr-passage mark { background: #fff1a8; padding: 0 .1rem; border-radius: 2px; color: inherit; }
.scr-muted { color: #5d6b7a; font-size: .88rem; }
</style>"""


def settings() -> Settings:
    """Settings from the environment (SCRUTINEER_INDEX, SCRUTINEER_CORPUS, SCRUTINEER_LLM ...)."""
    return Settings.from_env()


@st.cache_resource(show_spinner="Loading the model and the index…")
def _load_engine(index_dir: str, corpus_dir: str, llm: str | None = None, llm_base_url: str | None = None):
    # Imported here so the app's pages render their frame before torch and Chroma load.
    from service.engine import Scrutineer

    engine = Scrutineer(Settings.from_env(index_dir=index_dir, corpus_dir=Path(corpus_dir), llm=llm,
                                          llm_base_url=llm_base_url))
    # Load the model, the vector store and BM25 now, in this one thread, while every other
    # session waits on the cache: the first question is then quick, and no two sessions race
    # to open the store.
    try:
        engine.search("meeting", k=1)
    except ScrutineerError:              # no index yet: the page that needs one says so
        pass
    return engine


def engine_key(s: Settings) -> tuple[str, str, str | None, str | None]:
    """What makes an engine different: its index, its corpus and its chat model."""
    return str(Path(s.index_dir).resolve()), str(Path(s.corpus_dir).resolve()), s.llm, s.llm_base_url


def get_engine():
    """The process-wide engine (model, index and BM25 loaded once), or None after showing why."""
    try:
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


def committees_of(engine) -> list[str]:
    if hasattr(engine, "committees"):
        return list(engine.committees())
    return sorted({d.committee for d in engine.documents() if d.committee})


def sidebar_filters(engine) -> Filters:
    """Committee, date range and document type, kept for the whole session across pages."""
    with st.sidebar:
        st.subheader("Filters")
        committees = [ALL_COMMITTEES]
        with user_errors():
            committees += committees_of(engine)
        committee = st.selectbox("Committee", committees, key="filter_committee", persist_state="session")
        left, right = st.columns(2)
        date_from = left.date_input("From", value=None, min_value=date(1990, 1, 1), key="filter_from",
                                    format="DD/MM/YYYY", persist_state="session")
        date_to = right.date_input("To", value=None, min_value=date(1990, 1, 1), key="filter_to",
                                   format="DD/MM/YYYY", persist_state="session")
        doc_type = st.selectbox("Document type", [ALL_TYPES, *DOC_TYPES], key="filter_type",
                                format_func=lambda t: t if t == ALL_TYPES else t.replace("_", " ").capitalize(),
                                persist_state="session")
        if date_from and date_to and date_from > date_to:
            st.warning("‘From’ is after ‘To’: the dates were swapped.")
            date_from, date_to = date_to, date_from
    return Filters(
        committee=None if committee in (None, ALL_COMMITTEES) else committee,
        date_from=date_from.isoformat() if date_from else None,
        date_to=date_to.isoformat() if date_to else None,
        doc_type=None if doc_type in (None, ALL_TYPES) else doc_type,
    )


def filters_caption(f: Filters) -> str | None:
    if f.is_empty():
        return None
    parts = []
    if f.committee:
        parts.append(f.committee)
    if f.date_from or f.date_to:
        parts.append(f"{f.date_from or '…'} to {f.date_to or '…'}")
    if f.doc_type:
        parts.append(f.doc_type.replace("_", " "))
    return "Filtered: " + " · ".join(parts)


def render_citation(c: Citation, claims: list[str], key: str, expanded: bool = False) -> None:
    """One citation: heading with date and title, the facts, the verbatim passage with the
    answering sentence highlighted, and a link that opens the source at the page or passage."""
    with st.expander(citation_heading(c), expanded=expanded, key=key):
        st.markdown(f'<div class="scr-muted">{" · ".join(_escape(f) for f in citation_facts(c))}</div>',
                    unsafe_allow_html=True)
        spans = highlight_spans(c.text, claims)
        st.html(f'<div class="scr-passage">{passage_html(c.text, spans)}</div>')
        where = f"page {c.page}" if c.page else "the passage"
        st.markdown(f"[Open the source at {where} ↗]({source_link(c.source, c.page, c.text)})")
        st.caption(c.source.replace("_", "\\_").replace("*", "\\*"))


def _escape(text: str) -> str:
    return html.escape(text).replace("*", "&#42;").replace("_", "&#95;").replace("[", "&#91;")
