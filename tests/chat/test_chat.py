"""`scrutineer chat`: the loop a person types into, driven through real pipes of text.

The engine here is a stand-in (no index): it condenses with the real rules and answers with the
real LLMAnswerer against the fake OpenAI server, falling back to a fixed extractive answer, as
the real engine does.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from retrieval.conversation import condense
from answer.llm import LLMAnswerer
from scrutineer.chat import run_chat
from core.settings import Settings
from core.types import Answer, Chunk, Citation, Passage
from tests.fake_openai import Behaviour, FakeOpenAI, quoting_model

PACK = Path(__file__).resolve().parents[2] / "corpus/warwickshire/cyp-osc/2023-02-14-agenda-pack.md"


def resolution_passage() -> Passage:
    text = PACK.read_text(encoding="utf-8")
    start = text.index("The Committee resolved that:")
    end = text.index("#### 4. SEND Update")
    chunk = Chunk(chunk_id="mh", text=text[start:end].strip(), header="",
                  committee="Children & Young People Overview and Scrutiny Committee", meeting_date="2022-11-08",
                  pack_date="2023-02-14", doc_type="minutes", title="Minutes", item="3. Participation Annual Update",
                  section=None, page_start=None, page_end=None, source="corpus/warwickshire/cyp-osc/2023-02-14-agenda-pack.md",
                  source_sha256="0" * 64, is_resolution=True)
    return Passage(chunk, 1.0)


class StandInEngine:
    """Scrutineer.ask's shape: condense, answer with the model, else answer extractively."""

    def __init__(self, base_url: str):
        self.answerer = LLMAnswerer(Settings(llm="openai:fake-model", llm_base_url=base_url, llm_timeout=5))
        self.calls: list[dict] = []

    def ask(self, question, history=None, filters=None, k=None, llm=None, on_token=None) -> Answer:
        self.calls.append({"question": question, "history": list(history or []), "filters": filters, "llm": llm})
        standalone, _ = condense(question, history or [])
        passage = resolution_passage()
        answer = self.answerer.answer(standalone, [passage], on_token=on_token)
        if answer is None:
            chunk = passage.chunk
            answer = Answer(question=question, standalone_question=standalone, answered=True, mode="extractive",
                            answer="The Committee resolved that: [1]", notice=self.answerer.last_error,
                            citations=[Citation(1, chunk.text[:28], chunk.council, chunk.committee, chunk.meeting_date,
                                                chunk.pack_date, chunk.doc_type, chunk.title, chunk.item, None,
                                                chunk.source)])
        answer.question, answer.standalone_question = question, standalone
        return answer


@pytest.fixture(autouse=True)
def no_api_key(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


def chat(engine, typed: str) -> tuple[int, str]:
    out = io.StringIO()
    status = run_chat(engine, stdin=io.StringIO(typed), stdout=out)
    return status, out.getvalue()


def test_each_answer_is_printed_once_with_its_numbered_citations():
    with FakeOpenAI(quoting_model) as server:
        status, shown = chat(StandInEngine(server.base_url),
                             "What did the committee resolve about a Working Group on Mental Health?\n/quit\n")
    assert status == 0
    assert shown.count("Working Group on Mental Health & Wellbeing be established") == 2   # answer + quote
    assert "scrutineer> The papers record that a Working Group on Mental Health & Wellbeing" in shown
    assert "[1] Children & Young People Overview and Scrutiny Committee · meeting of 8 November 2022 (in the papers for 14 February 2023)" in shown
    assert '    "- 3) a Working Group on Mental Health & Wellbeing be established' in shown


def test_follow_ups_carry_the_conversation_and_new_starts_afresh():
    with FakeOpenAI(quoting_model) as server:
        engine = StandInEngine(server.base_url)
        status, shown = chat(engine, "What did the committee resolve about mental health in November 2022?\n"
                                     "And who should officers keep working with?\n/new\n"
                                     "And who should officers keep working with?\n")
    assert status == 0
    first, second, third = engine.calls
    assert first["history"] == [] and third["history"] == []
    assert [t.role for t in second["history"]] == ["user", "assistant"]
    assert second["history"][0].content == "What did the committee resolve about mental health in November 2022?"
    assert ("(read as: What did the committee resolve about mental health in November 2022: "
            "who should officers keep working with?)") in shown
    assert "(new conversation)" in shown
    assert shown.count("(read as: ") == 1      # after /new the same words stand alone


def test_a_failing_model_is_explained_once_and_answered_from_the_papers():
    with FakeOpenAI(Behaviour(status=500)) as server:
        status, shown = chat(StandInEngine(server.base_url), "What was resolved?\nWhat was resolved?\n")
    assert status == 0
    assert shown.count("HTTP 500") == 1
    assert shown.count("scrutineer> The Committee resolved that: [1]") == 2


def test_end_of_input_and_unknown_commands_do_not_crash():
    with FakeOpenAI(quoting_model) as server:
        status, shown = chat(StandInEngine(server.base_url), "/help\n\n")
    assert status == 0
    assert "unknown command /help" in shown and "/quit" in shown
    assert shown.count("you> ") == 3


class ExtractiveEngine:
    """Scrutineer.ask's shape offline: the extractive answer (Markdown, as the JSON keeps it) is
    handed to `on_token` whole, as the real engine hands it."""

    def ask(self, question, history=None, filters=None, k=None, llm=None, on_token=None) -> Answer:
        chunk = resolution_passage().chunk
        answer = Answer(question=question, standalone_question=question, answered=True, mode="extractive",
                        answer="**Decided:** a Working Group on Mental Health & Wellbeing be established [1]\n\n"
                               "- **Minutes of 8 November 2022:** The Committee resolved that: [1]",
                        citations=[Citation(1, chunk.text[:28], chunk.council, chunk.committee, chunk.meeting_date,
                                            chunk.pack_date, chunk.doc_type, chunk.title, chunk.item, None, chunk.source)])
        if on_token:
            on_token(answer.answer)
        return answer


def test_the_terminal_reads_the_answer_without_its_markup():
    status, shown = chat(ExtractiveEngine(), "What did the committee resolve about mental health?\n/quit\n")
    assert status == 0
    assert "scrutineer> Decided: a Working Group on Mental Health & Wellbeing be established [1]" in shown
    assert "**" not in shown
