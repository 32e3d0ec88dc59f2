"""Chat page: ask the papers, streamed answers with their citations, kept per browser session."""
from __future__ import annotations

from datetime import date

import streamlit as st

from core.errors import ScrutineerError
from core.types import Answer, Citation, Filters, Turn
from ui.access import audit, current_user
from ui.common import (filters_caption, get_engine, llm_destination, render_citation, settings,
                       sidebar_filters, user_errors)
from ui.export import answer_docx, answer_markdown
from ui.format import citation_from_passage, mode_label, sentences_citing
from ui.safe import markdown_html, md_escape
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


def render_answer(answer: Answer, nearest: list[Citation], index: int) -> None:
    """The answer's text, its mode, then its citations (or the nearest passages)."""
    mode = mode_label(answer.mode)
    if answer.answered:
        show_markdown(answer.answer)
        st.badge(mode, icon=":material/format_quote:" if answer.mode == "extractive" else ":material/auto_awesome:",
                 color="blue" if answer.mode == "extractive" else "violet")
    else:
        st.warning("The papers do not answer this question." if not answer.answer.strip()
                   else md_escape(answer.answer), icon=":material/search_off:")
        st.badge(mode, color="gray")
    if answer.notice:
        st.caption(f":material/info: {md_escape(answer.notice)}")
    if answer.standalone_question and answer.standalone_question.strip() != answer.question.strip():
        st.caption(f"Searched for: {md_escape(answer.standalone_question)}")
        # the rewrite is a guess: one click asks the words as they were typed, without the conversation
        st.button("Ask as typed", key=f"as_typed_{index}", icon=":material/undo:",
                  on_click=lambda q=answer.question: st.session_state.update(as_typed=q))

    citations = answer.citations if answer.citations else nearest
    if citations:
        st.markdown("**Sources**" if answer.answered else "**Nearest passages in the papers**")
        for i, c in enumerate(citations):
            claims = ([c.highlight] if getattr(c, "highlight", None)
                      else sentences_citing(answer.answer, c.n) if answer.answered else [])
            render_citation(c, claims, key=f"citation_{index}_{i}", expanded=(i == 0))
    elif not answer.answered:
        st.caption("Nothing in the indexed papers comes close; try other words or widen the filters.")

    exported = answer if answer.citations or not nearest else _with_citations(answer, nearest)
    export = answer_markdown(exported, asked_on=date.today().isoformat())
    with st.popover("Export", icon=":material/ios_share:", key=f"export_{index}"):
        st.caption("Copy with the button at the top right of the box, or download the file.")
        st.code(export, language="markdown", wrap_lines=True, height=260)
        st.download_button("Download Markdown", export, file_name=f"scrutineer-answer-{index + 1}.md",
                           mime="text/markdown", icon=":material/download:", key=f"download_{index}",
                           on_click=audit_export, args=("answer", answer.question, len(answer.citations)))
        st.download_button("Download Word", answer_docx(exported, asked_on=date.today().isoformat()),
                           file_name=f"scrutineer-answer-{index + 1}.docx", icon=":material/description:",
                           mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                           key=f"download_docx_{index}",
                           on_click=audit_export, args=("answer.docx", answer.question, len(answer.citations)))


def show_markdown(text: str, container=None) -> None:
    """An answer's Markdown quoting papers: rendered for reading, links and images kept as text."""
    (container or st).html(f'<div class="scr-answer">{markdown_html(text)}</div>')


def audit_export(kind: str, what: str, rows: int) -> None:
    audit(settings(), current_user(), "export", kind=kind, what=what, rows=rows)


def _with_citations(answer: Answer, citations: list[Citation]) -> Answer:
    return Answer(question=answer.question, standalone_question=answer.standalone_question,
                  answer=answer.answer, answered=answer.answered, mode=answer.mode,
                  citations=citations, notice=answer.notice)


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
