"""Follow-up questions made standalone, by the offline rules and through the condense prompt."""
from __future__ import annotations

import pytest

from core.dates import find_spans as find_date_spans
from retrieval.conversation import condense
from answer.llm import LLMAnswerer
from core.settings import Settings
from core.types import Turn
from tests.fake_openai import Behaviour, FakeOpenAI, condensing_model, user_text

MH_QUESTION = "What did the committee resolve about mental health and wellbeing in November 2022?"
MH_ANSWER = ("On 8 November 2022 the committee resolved that a Working Group on Mental Health & Wellbeing be "
             "established so members of the Youth Council, Forum for C&YP with SEND, Children in Care Council and "
             "Care Leaver Forum can meet on a quarterly basis with 2-3 members of the C&YP OSC Subcommittee [1].")
NOVEMBER_2022 = {"date_from": "2022-11-01", "date_to": "2022-11-30"}
YJP_QUESTION = "What did the committee say about the Youth Justice Plan in September 2024?"
YJP_ANSWER = ("The Youth Justice Plan covers performance for the period 2023/24 and provides service budgets [1]. "
              "The Plan was agreed by the Board and submitted to the Youth Justice Board [1].")


def mental_health() -> list[Turn]:
    return [Turn("user", MH_QUESTION), Turn("assistant", MH_ANSWER)]


def youth_justice() -> list[Turn]:
    return [Turn("user", YJP_QUESTION), Turn("assistant", YJP_ANSWER)]


def test_without_history_the_question_is_unchanged():
    assert condense("  What is the Youth Justice Plan? ", []) == ("What is the Youth Justice Plan?", {})


@pytest.mark.parametrize("follow_up", ["And who should officers keep working with?",
                                       "Who should officers keep working with?"])
def test_a_follow_up_on_a_resolution_keeps_its_topic_and_date(follow_up):
    standalone, carried = condense(follow_up, mental_health())
    assert standalone == ("What did the committee resolve about mental health and wellbeing in November 2022: "
                          "who should officers keep working with?")
    assert carried == NOVEMBER_2022


@pytest.mark.parametrize("new_subject", ["What is the Youth Justice Plan?",
                                         "When is the next meeting?",
                                         "What did the committee say about school exclusions?",
                                         "What was decided on 14 February 2023 about post-16 NEET young people?"])
def test_a_question_on_a_new_subject_is_left_alone(new_subject):
    assert condense(new_subject, mental_health()) == (new_subject, {})


def test_a_pronoun_is_resolved_to_the_previous_subject():
    standalone, carried = condense("When will it be reviewed?", youth_justice())
    assert "Youth Justice Plan" in standalone and "September 2024" in standalone
    assert standalone.endswith(": when will it be reviewed?")
    assert carried == {"date_from": "2024-09-01", "date_to": "2024-09-30"}


def test_what_about_swaps_the_subject_and_keeps_the_meeting():
    standalone, carried = condense("What about the SEND update?", mental_health())
    assert standalone == "What did the committee resolve about the SEND update in November 2022?"
    assert "mental health" not in standalone and carried == NOVEMBER_2022


def test_a_new_date_replaces_the_old_one_and_nothing_is_carried():
    standalone, carried = condense("And in 2023?", mental_health())
    assert standalone == "What did the committee resolve about mental health and wellbeing in 2023?"
    assert carried == {}


def test_a_follow_up_with_its_own_subject_but_leaning_on_they_keeps_the_date():
    standalone, carried = condense("And what did they say about the post-16 NEET report?", mental_health())
    assert standalone == "What did they say about the post-16 NEET report in November 2022?"
    assert carried == NOVEMBER_2022


def test_words_from_the_last_answer_are_not_a_new_subject():
    # "working group" and "meet" come from the answer: the question leans on it
    standalone, carried = condense("How often will the working group meet?", mental_health())
    assert standalone.startswith("What did the committee resolve about mental health and wellbeing in November 2022:")
    assert carried == NOVEMBER_2022


def test_a_chain_of_follow_ups_keeps_the_first_questions_frame():
    history = mental_health() + [
        Turn("user", "And who should officers keep working with?"),
        Turn("assistant", "Officers continue to work with the Borough and District Councils [1]."),
        Turn("user", "What about the rota?"),
        Turn("assistant", "A rota is agreed where elected members attend bimonthly the Youth Council [1]."),
    ]
    standalone, carried = condense("Why?", history)
    assert standalone == "What did the committee resolve about the rota in November 2022: why?"
    assert carried == NOVEMBER_2022


def test_a_named_committee_is_carried_too():
    history = [Turn("user", "What did the Corporate Parenting Panel decide in March 2019?"),
               Turn("assistant", "It noted the report [1].")]
    standalone, carried = condense("And who attended?", history)
    assert carried == {"date_from": "2019-03-01", "date_to": "2019-03-31", "committee": "Corporate Parenting Panel"}
    assert "Corporate Parenting Panel" in standalone


def test_dates_in_questions_are_read_as_the_ranges_they_name():
    spans = find_date_spans("on 8 November 2022, in March 2019, during 2024/25 or 2021, on 2019-06-18")
    assert [(s.date_from, s.date_to) for s in spans] == [
        ("2022-11-08", "2022-11-08"), ("2019-03-01", "2019-03-31"), ("2024-04-01", "2025-03-31"),
        ("2021-01-01", "2021-12-31"), ("2019-06-18", "2019-06-18")]


# -- with a model: the condense prompt through a real HTTP server ---------------------------------
@pytest.fixture(autouse=True)
def no_api_key(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)


def test_the_condense_prompt_rewrites_a_follow_up_through_the_model():
    with FakeOpenAI(condensing_model) as server:
        answerer = LLMAnswerer(Settings(llm="openai:fake-model", llm_base_url=server.base_url, llm_timeout=5))
        standalone, carried = answerer.condense("Who should officers keep working with?", mental_health())
        prompt = user_text(server.requests[-1]["messages"])
    assert standalone == ("What did the committee resolve about mental health and wellbeing in November 2022, "
                          "and who should officers keep working with?")
    assert carried == NOVEMBER_2022
    assert f"User: {MH_QUESTION}" in prompt and "Assistant: On 8 November 2022" in prompt
    assert "[1]" not in prompt.split("Conversation:")[1]     # citation markers mean nothing to the model


def test_the_model_is_not_asked_when_there_is_no_history():
    with FakeOpenAI(condensing_model) as server:
        answerer = LLMAnswerer(Settings(llm="openai:fake-model", llm_base_url=server.base_url, llm_timeout=5))
        assert answerer.condense("What is the Youth Justice Plan?", []) == ("What is the Youth Justice Plan?", {})
        assert server.requests == []


@pytest.mark.parametrize("behaviour", [
    Behaviour(status=500),
    Behaviour(reply="   \n  "),
    Behaviour(reply="The papers I was given do not answer that."),
], ids=["server error", "empty reply", "an answer instead of a rewrite"])
def test_when_the_model_cannot_condense_the_offline_rules_do(behaviour):
    with FakeOpenAI(behaviour) as server:
        answerer = LLMAnswerer(Settings(llm="openai:fake-model", llm_base_url=server.base_url, llm_timeout=5))
        standalone, carried = answerer.condense("And who should officers keep working with?", mental_health())
        assert len(server.requests) == 1
    assert standalone == condense("And who should officers keep working with?", mental_health())[0]
    assert "November 2022" in standalone and carried == NOVEMBER_2022


VOTE_QUESTION = "How did the council vote on the devolution motion?"
VOTE_ANSWER = "**Vote:** For (39), Against (19), Abstain (1): Substantive Motion carried [1]"


@pytest.mark.parametrize("history, follow_up, standalone, intent", [
    # a new subject in the frame's words: one preposition, the frame's kind of question
    ([VOTE_QUESTION], "and on Mr Hood's amendment?", "How did the council vote on Mr Hood's amendment?", "vote"),
    # a follow-up with a question word of its own asks what it asks, about the frame's subject
    (["How did the council vote on Mr Hood's amendment?"], "who proposed it?", None, "who"),
    (["When did the committee last discuss self-harm?"], "what did they decide?", None, "decision"),
    (["What was the overspend at quarter 1 2024/25?"], "why?", None, "why"),
    # its own subject, leaning on "they": the frame's date, and a decision asked, not a figure
    (["Summarise the Cabinet meeting of 30 January 2025"], "what did they decide about the budget?",
     "What did they decide about the budget on 30 January 2025?", "decision"),
])
def test_a_follow_up_asks_its_own_kind_of_question_about_the_frames_subject(history, follow_up, standalone, intent):
    from core.types import Coverage
    from retrieval.plan import understand
    turns = [t for q in history for t in (Turn("user", q), Turn("assistant", VOTE_ANSWER))]
    plan = understand(follow_up, Coverage.of([]), turns)
    if standalone:
        assert plan.standalone == standalone
    else:
        assert plan.standalone.startswith(history[-1].rstrip("?")) and plan.standalone != follow_up
    assert plan.intent == intent, plan.standalone


COUNCIL_CHAIR = [Turn("user", "Who chairs Exampleton Parish Council?"), Turn("assistant", "**Who:** T Smith (Chair) [1]")]


@pytest.mark.parametrize("history, follow_up, standalone", [
    # "they" after a question naming a council is that council (its name is the search's hard edge)
    (COUNCIL_CHAIR, "What did they say about the school?", "What did Exampleton Parish Council say about the school?"),
    # a question about a meeting it dates itself asks about that meeting, not the last subject at a new date
    (COUNCIL_CHAIR, "What happened at their October 2025 meeting?",
     "What happened at Exampleton Parish Council's October 2025 meeting?"),
    ([Turn("user", "How much will the A46 crossing cost?"), Turn("assistant", "**Figure:** £4.2m [1]")],
     "What was decided at the meeting on 3 May 2023?", "What was decided at the meeting on 3 May 2023?"),
    # a council the follow-up names itself is kept
    (COUNCIL_CHAIR, "What did they say about Northbrook Town Council's bid?",
     "What did they say about Northbrook Town Council's bid?"),
])
def test_a_follow_up_names_the_council_it_leans_on_and_a_dated_meeting_is_its_own_question(history, follow_up, standalone):
    assert condense(follow_up, history)[0] == standalone
