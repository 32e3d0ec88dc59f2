"""A yes-or-no verdict asked of something to come ("Will the new market be a success?"), declined unless a paper
states that verdict as its own expectation (answer.declines_asked.verdict_ahead_not_said); a paper that does
("is expected to be popular with traders") still answers, as does a plain question about what is to come.
Pages invented."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# a town council's minutes on a monthly market it has agreed to start
MARKET = ("12. Monthly Farmers' Market\n\n"
          "It was agreed that a farmers' market would be held in the Market Square on the first Saturday of each "
          "month from April, run by the Town Clerk with the Chamber of Trade. The market is expected to be popular "
          "with traders, with 18 stalls already booked. A leaflet about the market will be delivered to every house "
          "in the town.")


def _minutes():
    return [make_chunk("tc", MARKET, meeting_date="2025-02-11", doc_type="minutes", committee="Full Council",
                       council="Haldon Bridge Town Council", item="12. Monthly Farmers' Market",
                       title="Minutes of the meeting held on 11 February 2025")]


def test_a_verdict_on_something_to_come_no_paper_expects_is_declined():
    answer = ask("Will the Haldon Bridge farmers' market leaflet get a good response from residents?", _minutes())
    assert not answer.answered, answer.answer
    assert "expected to turn out" in answer.answer


def test_would_it_be_good_asked_of_a_plan_is_declined():
    answer = ask("Would a monthly farmers' market be good for Haldon Bridge?", _minutes())
    assert not answer.answered, answer.answer


def test_a_verdict_the_paper_states_as_expected_is_answered():
    answer = ask("Will the Haldon Bridge farmers' market be popular with traders?", _minutes())
    assert answer.answered and "expected to be popular" in answer.answer, answer.answer


def test_a_plain_question_about_what_is_to_come_is_answered():
    answer = ask("Will the farmers' market leaflet be delivered to every house as well?", _minutes())
    assert answer.answered and "leaflet" in answer.answer, answer.answer
