"""Two ways residents ask that committee papers answer in other words (answer/facts.py lead):
"who is paying for it" is answered where a paper says what pays for it ("funded by a grant from ..."),
not by whoever the passage names; "when will they look at it" by the date the paper gives after its own
meeting, not by one it recounts from before. Pages invented."""
from __future__ import annotations

from core.settings import Settings
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

REFILL = ("Minutes:\n\nCouncillor Dee Harper, Cabinet Member for Environment, provided an update on the "
          "following:\n\n(a) New water refill stations were due to open in three parks and outside the central "
          "library, to cut plastic bottle litter. Councillor Sam Ortiz, Chair of the Parks Forum, welcomed the "
          "refill stations in the parks. The stations would be looked after by the Parks Team. The project was "
          "funded by a £40,000 grant from the regional water company to reduce single-use plastic.\n\n"
          "(b) The consultation on the tree strategy would close on 14 April.")
REVIEW = ("By: Lee Marsh, Scrutiny Research Officer\n\nTo: Cabinet - 4 March 2025\n\nSubject: Cabinet "
          "reconsideration of Decision 24/00120 - Library Opening Hours\n\nSummary: Following the Scrutiny "
          "Committee's referral of this decision to Full Council for review, Cabinet must reconsider the "
          "decision, taking account of comments made by the Scrutiny Committee on 29 January 2025.\n\n"
          "1. Cabinet may confirm, amend or rescind the decision on library opening hours.\n\n2. In the event of "
          "Cabinet confirming or amending the decision it will be reviewed by Full Council on 13 March 2025.")


def _ask(question: str, text: str, meeting_date: str):
    chunk = make_chunk("c", text, meeting_date=meeting_date, committee="Cabinet", council=None)
    return ask(question, [chunk], settings=Settings())


def test_who_is_paying_is_what_the_paper_says_funds_it():
    answer = _ask("who is paying for the water refill stations in the parks?", REFILL, "2025-01-30")
    assert answer.answered and "grant from the regional water company" in first_line(answer), answer.answer


def test_when_it_will_happen_is_a_date_after_the_papers_meeting():
    answer = _ask("when will full council look at the library opening hours decision?", REVIEW, "2025-03-04")
    assert answer.answered and "13 March 2025" in first_line(answer), answer.answer


def test_when_it_happened_may_be_a_date_before_the_papers_meeting():
    # asked when something was done, the date the paper recounts answers
    answer = _ask("when did the scrutiny committee comment on the library opening hours decision?", REVIEW, "2025-03-04")
    assert answer.answered and "29 January 2025" in first_line(answer), answer.answer
