"""How the app shows an answer: its text, mode, the rewrite it searched for, its citations and the
export buttons. Shared by the Chat and Meetings pages (a page script runs when imported: this does not)."""
from __future__ import annotations

from datetime import date

import streamlit as st

from core.types import Answer, Citation
from ui.access import audit, current_user
from ui.common import render_citation, settings
from ui.export import answer_docx, answer_markdown
from answer.render import mode_label, without_format_tags
from ui.format import sentences_citing
from ui.safe import markdown_html, md_escape


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
    (container or st).html(f'<div class="scr-answer">{answer_html(text)}</div>')


def answer_html(text: str) -> str:
    """An answer's Markdown as safe HTML, the formatting tags it quotes from papers ("<b>…</b>") left out."""
    return markdown_html(without_format_tags(text))


def audit_export(kind: str, what: str, rows: int) -> None:
    audit(settings(), current_user(), "export", kind=kind, what=what, rows=rows)


def _with_citations(answer: Answer, citations: list[Citation]) -> Answer:
    return Answer(question=answer.question, standalone_question=answer.standalone_question,
                  answer=answer.answer, answered=answer.answered, mode=answer.mode,
                  citations=citations, notice=answer.notice)
