"""Councillors listed by initial and surname after one plural title ("Councillors K. May, S. Baxter and
K. Taylor declared ...", "Cllrs A. Bell, C. Dean & E. Fox"): each initial's full stop is a name's, not a
sentence's, so the sentence naming them is quoted whole (wild7: Bromsgrove's Cabinet). Text written for
these tests."""
from __future__ import annotations

import pytest

from core.sentences import source_spans
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk


def _sentences(text):
    return [text[a:b] for a, b in source_spans(text)]


@pytest.mark.parametrize("text, first", [
    ("Councillors R. Hale, J. Ince and M. Kent declared an Other Disclosable Interest in minute 41/24. They left the room.",
     "Councillors R. Hale, J. Ince and M. Kent declared an Other Disclosable Interest in minute 41/24."),
    ("Apologies for absence were received from Councillors T. Lord and W. Moss. There was no urgent business.",
     "Apologies for absence were received from Councillors T. Lord and W. Moss."),
    ("Present: Cllrs A. Bell, C. Dean & E. Fox. The chair opened the meeting.",
     "Present: Cllrs A. Bell, C. Dean & E. Fox."),
])
def test_initials_of_names_listed_after_a_plural_title_end_no_sentence(text, first):
    assert _sentences(text)[0] == first


@pytest.mark.parametrize("text", [
    "The scheme is set out at Appendix A. Members noted it.",
    "Councillor Hale proposed option B. Councillor Ince seconded it.",
])
def test_a_capital_letter_closing_a_sentence_still_ends_it(text):
    assert len(_sentences(text)) == 2


def test_the_answer_names_every_councillor_who_declared_an_interest():
    chunk = make_chunk("c1", "Apologies for absence were received from Councillor P. Quinn.\n\n"
                             "Councillors R. Hale, J. Ince and M. Kent declared an Other Disclosable Interest in respect "
                             "of minute item 41/24.", meeting_date="2024-11-18", committee="Cabinet")
    lead = first_line(ask("Which councillors declared an Other Disclosable Interest at Cabinet in November 2024?", [chunk]))
    assert "Hale" in lead and "Ince" in lead and "Kent" in lead
