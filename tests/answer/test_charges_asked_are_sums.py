""""What parking charges did the council set for the car park?", "what fees ...": charges and fees asked in the
plural are sums asked for, as "what charge" is (retrieval/plan.py QUANTITY): the answer gives the sum, or says the
passages give none rather than quote a decision on something else about the place (stay-time limits). Pages
written for these tests."""
from __future__ import annotations

from core.types import Coverage
from retrieval.plan import understand
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

STAY = ("RESOLVED that Cabinet instructed officers to consult on a variation to the Parking Order to change the "
        "stay-time limits in Mill Lane Car Park to support residents.")
FEES = "RESOLVED that the allotment fees for 2025/26 be £38 for a full plot and £20 for a half plot."


def test_plural_charges_and_fees_ask_a_figure():
    for q in ("What parking charges did the council set for Mill Lane Car Park?",
              "What fees did the parish council set for allotment plots?"):
        assert understand(q, Coverage.of([])).intent == "quantity", q


def test_no_sum_on_the_place_declines():
    chunk = make_chunk("stay", STAY, meeting_date="2025-11-26", title="Minutes", is_resolution=True)
    answer = ask("What parking charges did the council set for Mill Lane Car Park?", [chunk])
    assert not answer.answered and "no sum of money" in first_line(answer), answer.answer


def test_the_fees_set_are_the_answer():
    chunk = make_chunk("fees", FEES, meeting_date="2025-01-14", title="Minutes", is_resolution=True)
    answer = ask("What fees did the parish council set for allotment plots?", [chunk])
    assert answer.answered and "£38" in first_line(answer), answer.answer
