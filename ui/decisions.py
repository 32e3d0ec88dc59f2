"""Decisions page: every resolution in the corpus, searchable, sortable, downloadable as CSV."""
from __future__ import annotations

from datetime import date

import streamlit as st

from ui.common import filters_caption, get_engine, sidebar_filters, user_errors
from ui.export import decisions_csv
from ui.format import human_date, source_link


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
    query = st.text_input("Search resolutions", placeholder="e.g. self-harm, budget, SEND",
                          key="decisions_query", icon=":material/search:")
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

    table = st.dataframe(
        rows_of(decisions),
        hide_index=True,
        width="stretch",
        height=min(38 + 35 * len(decisions), 520),
        on_select="rerun",
        selection_mode="single-row",
        key="decisions_table",
        column_config={
            "Date": st.column_config.DateColumn("Date", format="D MMM YYYY", width=95),
            "Committee": st.column_config.TextColumn("Committee", width=130),
            "Item": st.column_config.TextColumn("Item", width=180),
            "Resolution": st.column_config.TextColumn("Resolution", width=330),
            "Vote": st.column_config.TextColumn("Vote", width=120),
            "Source": st.column_config.LinkColumn("Source", display_text="Open ↗", width=70),
        },
    )
    st.download_button("Download CSV", decisions_csv(decisions), file_name="decisions-register.csv",
                       mime="text/csv", icon=":material/download:", on_click="ignore", key="decisions_csv")

    selected = table.selection.rows if table and table.selection else []
    if selected:
        d = decisions[selected[0]]
        with st.container(border=True):
            st.markdown(f"**{d.item or d.title or 'Resolution'}**")
            facts = [x for x in (d.committee, human_date(d.meeting_date),
                                 f"page {d.page}" if d.page else None) if x]
            st.caption(" · ".join(facts))
            st.text(d.text)
            if d.vote:
                st.markdown(f"**Recorded vote:** {d.vote}")
            st.markdown(f"[Open the minutes ↗]({source_link(d.source, d.page, d.text)})")


main()
