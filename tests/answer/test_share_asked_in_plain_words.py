"""Asked in plain words what share of something happens ("will I get an answer on time", "do most people apply
online now", "are the council's own children's homes actually full"), a sentence giving a percentage answers it
(retrieval/plan.py SHARE_IN_WORDS, answer/scoring.py intent_bonus)."""
from __future__ import annotations

from answer.scoring import intent_bonus
from core.settings import Settings
from core.types import Coverage
from retrieval.plan import understand
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

SHARE = "Freedom of information requests answered within 20 working days: 84% (target 92%)."
NO_SHARE = "Freedom of information requests are answered by the information governance team."

REPORT = ("Governance and Law\n\n"
          "Freedom of information requests are handled by the information governance team, who log each request "
          "on the day it arrives and chase services for an answer.\n\n"
          "Freedom of information requests answered within 20 working days: 84% (target 92%).\n\n"
          "The team also trained 40 staff in records management.")


def test_a_share_asked_in_plain_words():
    for question in ("if i send a freedom of information request will i get an answer on time",
                     "do child protection conferences happen quick enough",
                     "do most people apply for a blue badge online now",
                     "are the council's own children's homes actually full",
                     "are bins emptied within the deadline"):
        assert understand(question, Coverage.of([])).share, question
    for question in ("what was in the most recent minutes",
                     "is the full council meeting on tuesday",
                     "what time does the meeting start",
                     "who chairs the committee"):
        assert not understand(question, Coverage.of([])).share, question


def test_a_share_asked_lifts_a_percentage():
    settings = Settings()
    plan = understand("if i send a freedom of information request will i get an answer on time", Coverage.of([]))
    assert plan.intent == "general"
    assert intent_bonus(plan, SHARE, settings) == settings.intent_bonus
    assert intent_bonus(plan, NO_SHARE, settings) == 0.0


def test_asked_whether_requests_are_answered_on_time_the_answer_gives_the_share():
    chunk = make_chunk("qpr", REPORT, meeting_date="2025-03-04", doc_type="report", title="Performance Report")
    answer = ask("if i send a freedom of information request will i get an answer on time", [chunk])
    assert answer.answered and "84%" in first_line(answer), answer.answer
