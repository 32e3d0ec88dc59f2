"""The app's flows under Streamlit's AppTest, on a real index: ask, follow up, filter, no answer,
decisions search, uploads."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

REPO = Path(__file__).resolve().parents[2]
MAIN = str(REPO / "ui" / "main.py")
SELF_HARM = "What did the committee resolve on self-harm?"

pytestmark = pytest.mark.slow


def start(page: str | None = None) -> AppTest:
    at = AppTest.from_file(MAIN, default_timeout=180)
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def ask(at: AppTest, question: str) -> AppTest:
    at.chat_input[0].set_value(question).run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    return at


def answers(at: AppTest):
    return [m for m in at.chat_message if m.name == "assistant"]


def unescaped(markdown: str) -> str:
    """Markdown as it reads: paper text in labels and captions is backslash-escaped (ui/safe.py)."""
    return re.sub(r"\\(.)", r"\1", markdown)


def table_rows(at: AppTest) -> list[list[str]]:
    """The cells of the page's register table (ui/tables.py), as the reader sees them."""
    from html import unescape

    tables = [h.value for h in at.get("html") if 'class="scr-table"' in h.value]
    if not tables:
        return []
    body = tables[0].split("<tbody>", 1)[1]
    rows = re.findall(r"<tr>(.*?)</tr>", body, re.DOTALL)
    cell = re.compile(r"<td[^>]*>(.*?)</td>", re.DOTALL)
    return [[unescape(re.sub(r"<summary>.*?</summary>|<[^>]+>", "", c, flags=re.DOTALL)) for c in cell.findall(r)]
            for r in rows]


def table_links(at: AppTest) -> list[str]:
    from html import unescape

    tables = [h.value for h in at.get("html") if 'class="scr-table"' in h.value]
    return [unescape(h) for h in re.findall(r'href="([^"]+)"', tables[0])] if tables else []


def citation_labels(block) -> list[str]:
    return [unescaped(e.label) for e in block.expander]


def texts(block) -> str:
    return unescaped("\n".join([m.value for m in block.markdown] + [c.value for c in block.caption]
                                + [h.value for h in block.get("html")] + [w.value for w in block.warning]))


def test_empty_chat_suggests_questions_from_the_indexed_decisions(app_env):
    at = start()
    labels = [b.label for b in at.button if b.key and b.key.startswith("suggestion_")]
    assert labels and any("Children and Young People's Presentation on Participation" in q for q in labels)


def test_asking_shows_the_answer_its_mode_and_a_dated_citation_with_the_sentence_marked(app_env):
    at = ask(start(), SELF_HARM)
    [reply] = answers(at)
    body = texts(reply)
    assert "self-harm" in body.lower()
    assert "Extractive" in body                                   # the mode badge
    labels = citation_labels(reply)
    assert any(label.startswith("[1] 12 March 2019 · Minutes of the meeting held on 12 March 2019")
               for label in labels), labels
    assert "(in the papers for 18 June 2019)" in body
    assert "<mark>" in body and "self-harm" in body.split("<mark>", 1)[1].split("</mark>")[0]
    links = [m.value for m in reply.markdown if "Open the source" in m.value]
    assert links and "/source/view?path=" in links[0] and "#passage" in links[0]
    export = [c.value for c in reply.code]
    assert export and export[0].startswith(f"## {SELF_HARM}") and "12 March 2019" in export[0]
    assert at.session_state.messages[-1]["answer"].answered


def test_a_follow_up_is_answered_in_the_context_of_the_conversation(app_env):
    at = ask(start(), SELF_HARM)
    at = ask(at, "Who proposed it?")
    assert len(answers(at)) == 2
    follow_up = texts(answers(at)[1])
    assert "Searched for:" in follow_up and "self-harm" in follow_up.split("Searched for:")[1].lower()
    assert "Roodhouse" in follow_up
    # one click asks the words as typed, without the conversation
    at.button(key="as_typed_3").click().run()
    assert len(answers(at)) == 3
    assert at.session_state.messages[-1]["answer"].standalone_question == "Who proposed it?"


def test_new_conversation_clears_the_chat(app_env):
    at = ask(start(), SELF_HARM)
    at.button(key="new_conversation").click().run()
    assert not answers(at) and at.session_state.messages == []
    assert any(b.key and b.key.startswith("suggestion_") for b in at.button)


def test_a_date_filter_keeps_citations_inside_the_range(app_env):
    at = start()
    at.date_input(key="filter_from").set_value("2024-01-01").run()
    ask(at, SELF_HARM)
    [reply] = answers(at)
    labels = citation_labels(reply)
    assert labels, "an answer or the nearest passages are shown"
    assert all("2024" in label for label in labels), labels
    assert "Filtered:" in "\n".join(c.value for c in at.caption)


def test_a_committee_filter_that_matches_nothing_is_not_offered(app_env):
    at = start()
    options = at.selectbox(key="filter_committee").options
    assert options[0] == "All committees"
    assert "Children and Young People Overview and Scrutiny Committee" in options


def test_a_question_the_papers_do_not_answer_says_so_and_shows_the_nearest_passages(app_env):
    at = ask(start(), "What is the recipe for pizza margherita?")
    [reply] = answers(at)
    assert reply.warning, "the plain 'do not answer' notice"
    assert "Nearest passages in the papers" in texts(reply)
    assert citation_labels(reply)
    assert not at.session_state.messages[-1]["answer"].answered


def test_decisions_search_lists_only_matching_resolutions_with_csv(app_env):
    at = start("decisions.py")
    everything = table_rows(at)
    assert len(everything) >= 3
    at.text_input(key="decisions_query").set_value("Participation and Engagement Strategy").run()
    found = table_rows(at)
    assert 0 < len(found) < len(everything)
    resolution = 4                                   # Date, Council, Committee, Item, Resolution, Vote, Open
    assert all("participation and engagement strategy" in r[resolution].lower() for r in found)
    assert found[0][0] == "12 Mar 2019"
    assert table_links(at)[0].startswith("/source/view?path=")
    assert any(b.label == "Download CSV" for b in at.get("download_button"))
    at.text_input(key="decisions_query").set_value("zebra crossings on the moon").run()
    assert not table_rows(at) and "No resolution matches" in at.info[0].value


def test_the_registers_are_paged_at_full_height(app_env, monkeypatch):
    import ui.common

    monkeypatch.setattr(ui.common, "PAGE_ROWS", 2)
    at = start("decisions.py")
    total = len(app_env["engine"].decisions())
    assert len(table_rows(at)) == 2
    picker = at.number_input(key=next(n.key for n in at.number_input if n.key.startswith("decisions_page")))
    assert picker.max == -(-total // 2)
    picker.set_value(picker.max).run()
    assert 1 <= len(table_rows(at)) <= 2
    assert any(f"of {total}" in c.value for c in at.caption)


def _textless_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    c.rect(100, 100, 200, 200, fill=1)      # a drawing, no text: a scan would look like this
    c.showPage()
    c.save()
    return out.getvalue()


def test_upload_indexes_a_good_file_and_explains_the_bad_ones(app_env):
    at = start("library.py")
    before = len(table_rows(at))
    good = ("Highways Committee\n\nMinutes of the meeting held on 3 February 2025\n\n"
            "1. Elm Street resurfacing\n\nResolved\n\nThat Elm Street be resurfaced in the summer.\n")
    at.file_uploader[0].set_value([
        ("../../elm street minutes.txt", good.encode(), "text/plain"),
        ("broken.pdf", b"this is not a pdf", "application/pdf"),
        ("scan.pdf", _textless_pdf(), "application/pdf"),
    ]).run()
    at.button(key="index_uploads").click().run()
    assert not at.exception, at.exception
    results = "\n".join(m.value for m in at.markdown)
    assert "**ingested** `" in results and "uploads/elm-street-minutes.txt" in results
    assert "**failed** `broken.pdf` · not a PDF" in results
    assert "**failed** `scan.pdf`" in results
    assert at.success and "1 file in the library" in at.success[0].value
    assert at.error and "2 files could not be added" in at.error[0].value
    uploads = app_env["corpus"] / "uploads"
    kept = {p.name for p in uploads.iterdir()}
    assert "elm-street-minutes.txt" in kept
    assert not kept & {"broken.pdf", "scan.pdf"}                  # failures are not kept in the corpus
    assert len(table_rows(at)) > before
    assert any("elm-street-minutes.txt" in row[-1] for row in table_rows(at))


def test_with_a_chat_model_configured_the_answer_is_streamed_from_it_and_says_so(app_env, monkeypatch):
    from tests.fake_openai import FakeOpenAI, quoting_model

    with FakeOpenAI(quoting_model) as server:
        monkeypatch.setenv("SCRUTINEER_LLM", "openai:fake-model")
        monkeypatch.setenv("SCRUTINEER_LLM_BASE_URL", server.base_url)
        monkeypatch.delenv("OPENAI_API_KEY", raising=False)
        at = ask(start(), SELF_HARM)
        streamed = [r for r in server.requests if r.get("stream")]
    [reply] = answers(at)
    body = texts(reply)
    assert "LLM · fake-model" in body
    assert streamed, "the answer was requested as a stream"
    answer = at.session_state.messages[-1]["answer"]
    assert answer.mode == "llm:fake-model" and answer.answer.startswith("The papers record that")
    from ui.safe import markdown_html

    assert any(markdown_html(answer.answer) in h.value for h in reply.get("html"))
    assert citation_labels(reply) and "<mark>" in body


def test_without_an_index_every_page_says_how_to_build_one_without_a_traceback(app_env, monkeypatch, tmp_path):
    monkeypatch.setenv("SCRUTINEER_INDEX", str(tmp_path / "no-index"))
    at = start()
    at.chat_input[0].set_value("What did the committee resolve on self-harm?").run()
    for page in (None, "decisions.py", "library.py"):
        if page:
            at.switch_page(page).run()
        assert not at.exception
        assert at.error and "scrutineer ingest" in at.error[0].value


def test_the_decisions_search_suggests_only_words_that_find_a_resolution(app_env):
    at = start("decisions.py")
    placeholder = at.text_input(key="decisions_query").proto.placeholder
    assert placeholder.startswith("e.g. ")
    words = placeholder.removeprefix("e.g. ").split(", ")
    assert words and "self-harm" not in words
    for word in words:
        at.text_input(key="decisions_query").set_value(word).run()
        assert table_rows(at), word


def test_an_app_open_to_the_network_without_sign_in_says_so_on_the_first_page(app_env):
    from streamlit import config

    before = config.get_option("server.address")
    config.set_option("server.address", "0.0.0.0")
    try:
        at = start()
    finally:
        config.set_option("server.address", before)
    assert at.warning and "without sign-in" in at.warning[0].value
    assert not start().warning, "on 127.0.0.1 there is nothing to warn about"


def test_the_meetings_page_lists_a_meetings_items_in_order_with_their_decisions(app_env):
    at = start("meetings.py")
    picker = at.selectbox(key="meeting_pick")
    march = next(m for m in picker.options if "12 March 2019" in m)
    picker.set_value(next(v for v in app_env["engine"].meetings() if v[2] == "2019-03-12")).run()
    assert not at.exception, at.exception
    shown = "\n".join(h.value for h in at.get("html")) + "\n".join(m.value for m in at.markdown)
    assert "12 March 2019" in march and "12 March 2019" in shown
    assert "[1]" in shown and re.search(r"resolved|noted", shown, re.I)
