"""Chat page: ask the papers, streamed answers with their citations, kept per browser session."""
from __future__ import annotations

import streamlit as st

from core.errors import ScrutineerError
from core.types import Citation, Filters, Turn
from ui.common import filters_caption, get_engine, llm_destination, settings, sidebar_filters, user_errors
from ui.answer_view import render_answer, show_markdown
from ui.format import citation_from_passage
from ui.safe import md_escape
from ui.suggestions import suggested_questions

NEAREST = 3          # passages shown when the papers do not answer
AVATARS = {"user": ":material/person:", "assistant": ":material/account_balance:"}


def new_conversation() -> None:
    st.session_state.messages = []


def history_of(messages: list[dict]) -> list[Turn]:
    """The conversation so far as the engine's turns (assistant turns carry the answer text)."""
    turns = []
    for m in messages:
        if m["role"] == "user":
            turns.append(Turn("user", m["content"]))
        elif m.get("answer") is not None:
            turns.append(Turn("assistant", m["answer"].answer))
    return turns


def ask(engine, question: str, filters: Filters, with_history: bool = True) -> None:
    """Ask with the session's history (or none: "ask as typed"), streaming tokens into the assistant's bubble."""
    history = history_of(st.session_state.messages) if with_history else []
    st.session_state.messages.append({"role": "user", "content": question})
    with st.chat_message("user", avatar=AVATARS["user"]):
        st.markdown(md_escape(question))
    with st.chat_message("assistant", avatar=AVATARS["assistant"]):
        placeholder = st.empty()
        streamed: list[str] = []

        def on_token(token: str) -> None:
            streamed.append(token)
            show_markdown("".join(streamed) + " ▌", placeholder)

        known_notices = len(getattr(engine, "notices", []))
        try:
            with st.spinner("Searching the papers…"):
                answer = engine.ask(question, history=history, filters=filters, on_token=on_token)
        except ScrutineerError as e:
            placeholder.empty()
            st.error(str(e))
            st.session_state.messages.append({"role": "assistant", "error": str(e)})
            return
        placeholder.empty()
        notices = list(getattr(engine, "notices", []))[known_notices:]
        if notices and not answer.notice:
            answer.notice = "; ".join(notices)      # e.g. why the chat model was not used
        nearest: list[Citation] = []
        if not answer.answered and not answer.citations:
            with user_errors():
                nearest = [citation_from_passage(p, n) for n, p in
                           enumerate(engine.search(answer.standalone_question or question,
                                                   filters=filters, k=NEAREST), start=1)]
        message = {"role": "assistant", "answer": answer, "nearest": nearest, "filters": filters}
        st.session_state.messages.append(message)
        render_answer(answer, nearest, len(st.session_state.messages) - 1)


def show_suggestions(engine) -> None:
    """Example questions drawn from the corpus's decisions; a click asks one."""
    st.markdown("##### Try asking")
    with user_errors():
        questions = st.session_state.get("suggestions")
        if questions is None:
            questions = suggested_questions(engine.decisions())
            st.session_state.suggestions = questions
        for i, q in enumerate(questions):
            # one a row: two columns squeeze a question into a sliver on a phone
            st.button(md_escape(q), key=f"suggestion_{i}", width="stretch",
                               on_click=st.session_state.__setitem__, args=("suggested", q))


def main() -> None:
    st.session_state.setdefault("messages", [])
    with st.sidebar:
        st.button("New conversation", icon=":material/add_comment:", on_click=new_conversation,
                  width="stretch", key="new_conversation")
        destination = llm_destination(settings())
        if destination:
            st.caption(f":material/cloud_upload: {md_escape(destination)}")
    st.title("Ask the committee papers")
    caption = st.empty()
    # The input comes before the engine: the page is usable while the model is still loading.
    question = st.chat_input("Ask about meetings, decisions, reports…")
    engine = get_engine()
    if engine is None:
        return
    filters = sidebar_filters(engine)
    caption.caption(filters_caption(filters) or "Answers quote the minutes, reports and agenda packs, "
                    "with the meeting, item and page of every source.")

    pending = st.session_state.pop("suggested", None)
    suggestions = st.empty()
    if not st.session_state.messages and pending is None and not question and "as_typed" not in st.session_state:
        with suggestions.container():
            show_suggestions(engine)

    for i, m in enumerate(st.session_state.messages):
        with st.chat_message(m["role"], avatar=AVATARS[m["role"]]):
            if m["role"] == "user":
                st.markdown(md_escape(m["content"]))
            elif "error" in m:
                st.error(m["error"])
            else:
                render_answer(m["answer"], m.get("nearest", []), i)

    typed = st.session_state.pop("as_typed", None)
    question = question or pending
    if typed and not question:
        ask(engine, typed.strip(), filters, with_history=False)
    elif question and question.strip():
        ask(engine, question.strip(), filters)


main()
