"""Decisions page: every resolution in the corpus, searchable, sortable, downloadable as CSV."""
from __future__ import annotations

from datetime import date

import streamlit as st

from core.errors import ScrutineerError
from ui.access import audit, current_user
from ui.common import filters_caption, get_engine, paged, settings, sidebar_filters, user_errors
from ui.export import decisions_csv
from ui.format import human_date, source_link
from ui.safe import md_escape
from ui.suggestions import search_examples


def rows_of(decisions) -> list[dict]:
    rows = []
    for d in decisions:
        rows.append({
            "Date": date.fromisoformat(d.meeting_date) if d.meeting_date else None,
            "Committee": d.committee,
            "Item": d.item or "",
            "Resolution": " ".join(d.text.split()),
            "Vote": d.vote or "",
            "Source": source_link(d.source, d.page, d.text),
        })
    return rows


def main() -> None:
    engine = get_engine()
    if engine is None:
        return
    filters = sidebar_filters(engine)
    st.title("Decisions register")
    st.caption("Every resolution the minutes record, newest first. Click a column to sort; "
               "select a row to read the whole resolution.")
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

    shown, offset = paged(decisions, key=f"decisions_page_{query.strip()}_{filters}")
    table = st.dataframe(
        rows_of(shown),
        hide_index=True,
        width="stretch",
        height="content",              # the whole page of rows: no short scroll box inside the page
        row_height=56,                 # two lines: the start of a resolution is readable in the table
        on_select="rerun",
        selection_mode="single-row",
        key="decisions_table",
        column_config={
            "Date": st.column_config.DateColumn("Date", format="D MMM YYYY", width=100),
            "Committee": st.column_config.TextColumn("Committee", width="medium"),
            "Item": st.column_config.TextColumn("Item", width="medium"),
            "Resolution": st.column_config.TextColumn("Resolution", width="large"),
            "Vote": st.column_config.TextColumn("Vote", width="small"),
            "Source": st.column_config.LinkColumn("Source", display_text="Open ↗", width=75),
        },
    )
    st.download_button("Download CSV", decisions_csv(decisions), file_name="decisions-register.csv",
                       mime="text/csv", icon=":material/download:", key="decisions_csv",
                       on_click=lambda: audit(settings(), current_user(), "export", kind="decisions",
                                              query=query.strip(), rows=len(decisions)))

    selected = table.selection.rows if table and table.selection else []
    if selected and offset + selected[0] < len(decisions):
        d = decisions[offset + selected[0]]
        with st.container(border=True):
            st.markdown(f"**{md_escape(d.item or d.title or 'Resolution')}**")
            facts = [x for x in (d.committee, human_date(d.meeting_date),
                                 f"page {d.page}" if d.page else None) if x]
            st.caption(md_escape(" · ".join(facts)))
            st.text(d.text)
            if d.vote:
                st.markdown(f"**Recorded vote:** {md_escape(d.vote)}")
            st.markdown(f"[Open the minutes ↗]({source_link(d.source, d.page, d.text)})")


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
