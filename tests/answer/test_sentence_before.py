"""A quoted sentence that opens on what the sentence before it said ("Although this trend is below the 72%
target, ...") is quoted with that sentence: the figures the trend is made of are what was asked
(answer.widen.with_sentence_before)."""
from __future__ import annotations

from answer import widen
from answer.sentences import Sentence, sentence_spans
from core.settings import Settings
from core.types import Passage
from tests.retrieval.conftest import make_chunk

# a county's quarterly performance report on its sexual health service
SEXUAL_HEALTH = (
    "Sexual Health Service\n\n"
    "The performance data is as follows for the proportion of first-time patients accepting a full sexual "
    "health screen: Quarter 1, 65.0%; Quarter 2, 65.2%; Quarter 3, 64.6%. Although this trend is below the 72% "
    "target, the service is successfully offering full sexual health screens to the majority of first-time "
    "patients (Quarter 3, 95.9%). The online testing service sent out 10,348 kits.")
REPORT = ("This report sets out the performance of the council's services in Quarter 3. "
          "This report is for noting.")


def chosen(text: str, opening: str) -> tuple[Passage, list[Sentence]]:
    passage = Passage(make_chunk("qpr", text, doc_type="appendix", meeting_date="2025-03-04"), 1.0)
    a, b = next((a, b) for a, b in sentence_spans(text) if text[a:b].startswith(opening))
    return passage, [Sentence(0, passage, a, b, text[a:b], 0.5)]


def test_a_sentence_judging_a_trend_is_quoted_with_the_trend():
    passage, best = chosen(SEXUAL_HEALTH, "Although this trend")
    quoted = widen.with_sentence_before(best, Settings())
    assert [s.text for s in quoted][1].endswith("Quarter 3, 64.6%.")


def test_a_sentence_naming_its_own_paper_or_opening_a_paragraph_is_quoted_alone():
    passage, best = chosen(REPORT, "This report is for noting")
    assert len(widen.with_sentence_before(best, Settings())) == 1       # "this report" names the paper
    passage, best = chosen(SEXUAL_HEALTH, "The performance data")
    assert len(widen.with_sentence_before(best, Settings())) == 1       # no "this" to read back
