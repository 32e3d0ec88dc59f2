"""The default plain-words thesaurus files the papers' "cycleways" under cycling: a resident asks what "the cycle
lanes" would cost, and the minutes say "three options for cycleways ... indicative costs from £1.2m to £4.2m"
(general UK local-government words; the question and page are written for these tests)."""
from __future__ import annotations

from core import thesaurus
from core.settings import Settings
from tests.retrieval.conftest import make_chunk
from tests.answering import ask, first_line


def test_cycle_lanes_asked_are_the_papers_cycleways():
    alternatives = {a for e in thesaurus.default().expand("how much would the cycle lanes cost") for a in e.alternatives}
    assert "cycleways" in alternatives, alternatives


def test_what_cycle_lanes_would_cost_is_answered_from_minutes_on_cycleways():
    chunks = [make_chunk("cycle", "The feasibility study has been received by the Town Council. It sets out four "
                         "options for cycleways linking the estates, with indicative costs from £0.8m to £2.6m.",
                         meeting_date="2024-05-15", doc_type="minutes", title="Minutes", council="Hollybank Town Council",
                         item="T12/24 Feasibility study")]
    idf = {"cycl": 6.0, "lane": 6.0, "cost": 2.0, "hollybank": 3.0, "cycleway": 6.0}
    answer = ask("how much would the cycle lanes round hollybank cost", chunks, idf=idf,
                 settings=Settings(abstain_below=-1.0))
    assert answer.answered and "£0.8m to £2.6m" in first_line(answer), answer.answer
