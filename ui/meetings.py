"""Meetings page: pick a meeting, see its agenda items in order with what was decided on each,
every decision cited (the same summary "Summarise the ... meeting of ..." gives in the chat)."""
from __future__ import annotations

import streamlit as st

from answer.meeting import to_answer
from ui.answer_view import render_answer
from ui.common import get_engine, user_errors
from core.dates import human as human_date


def label(meeting: tuple[str | None, str | None, str]) -> str:
    council, committee, day = meeting
    return " · ".join(x for x in (human_date(day), committee or "Committee not known", council) if x)


def main() -> None:
    engine = get_engine()
    if engine is None:
        return
    st.title("Meetings")
    with user_errors():
        meetings = engine.meetings()
        if not meetings:
            st.info("The index holds no dated meetings yet.")
            return
        chosen = st.selectbox("Meeting", meetings, format_func=label, key="meeting_pick")
        council, committee, day = chosen
        summary = engine.meeting(committee, day, council=council)
        answer = to_answer(summary, f"What happened at the meeting of {label(chosen)}?")
        render_answer(answer, [], index=10_000)


main()
