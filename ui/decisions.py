"""Decisions page: every resolution in the corpus, searchable, paged at full height, downloadable as CSV."""
from __future__ import annotations

import streamlit as st

from core.errors import ScrutineerError
from ui.access import audit, current_user
from ui.common import filters_caption, get_engine, paged, settings, sidebar_filters, user_errors
from ui.export import decisions_csv
from core.dates import short as short_date
from ui.format import source_link
from ui.suggestions import search_examples
from ui.tables import Column, Link, html_table

COLUMNS = [Column("Date", nowrap=True), Column("Council"), Column("Committee"), Column("Item"), Column("Resolution", long=True),
           Column("Vote"), Column("", nowrap=True)]
ORDERS = {"Newest first": True, "Oldest first": False}


def rows_of(decisions) -> list[list]:
    """One table row a resolution: its date, council, committee, item, whole text, vote and a link
    to it (the published document where the council's site is known)."""
    return [[short_date(d.meeting_date) or "—", d.council, d.committee, d.item, d.text, d.vote,
             Link(d.url or source_link(d.source, d.page, d.text), "Open ↗")] for d in decisions]


def main() -> None:
    engine = get_engine()
    if engine is None:
        return
    filters = sidebar_filters(engine)
    st.title("Decisions register")
    st.caption("Every resolution the minutes record. A long resolution opens with a click on it; "
               "*Open* shows it in the minutes.")
    examples = _examples(engine)
    query = st.text_input("Search resolutions", key="decisions_query", icon=":material/search:",
                          placeholder=f"e.g. {', '.join(examples)}" if examples else "words from a resolution")
    decisions = []
    with user_errors():
        decisions = engine.decisions(query=query.strip() or None, filters=filters)
    summary = f"{len(decisions)} resolution{'s' if len(decisions) != 1 else ''}"
    if query.strip():
        summary += f" matching “{query.strip()}”"
    caption = filters_caption(filters)
    st.markdown(f"**{summary}**" + (f" · {caption}" if caption else ""))
    if not decisions:
        st.info("No resolution matches. Try other words or widen the filters.", icon=":material/info:")
        return

    order = st.segmented_control("Order", list(ORDERS), default="Newest first", key="decisions_order",
                                 label_visibility="collapsed") or "Newest first"
    decisions = sorted(decisions, key=lambda d: (d.meeting_date or "", d.source), reverse=ORDERS[order])
    shown, _ = paged(decisions, key=f"decisions_page_{query.strip()}_{filters}_{order}")
    st.html(html_table(COLUMNS, rows_of(shown), label="Decisions register"))
    st.download_button("Download CSV", decisions_csv(decisions), file_name="decisions-register.csv",
                       mime="text/csv", icon=":material/download:", key="decisions_csv",
                       on_click=lambda: audit(settings(), current_user(), "export", kind="decisions",
                                              query=query.strip(), rows=len(decisions)))


def _examples(engine) -> list[str]:
    """Search hints that each find at least one resolution, worked out once per session."""
    if "decision_examples" not in st.session_state:
        def finds(word: str) -> bool:
            try:
                return bool(engine.decisions(query=word))
            except ScrutineerError:
                return False
        try:
            st.session_state.decision_examples = search_examples(engine.decisions(), finds)
        except ScrutineerError:
            return []
    return st.session_state.decision_examples


main()
