"""Asked who did something, and the line that says it names the person only by a pronoun ("Item 4.3 - Litter
Bins - she said that she had asked for ..."): the answer opens from the sentence before it that names her, the
lead-in above the items ("Councillor M Doherty referred to the following items on Page 6:"), not with "she"
(answer.doers.with_antecedent). Minutes written for the test; the embedder is the fixed fake of tests/answering.py."""
from __future__ import annotations

from answer.doers import with_antecedent
from answer.fact import Fact, LABELS
from core.types import Passage
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# a district council's minutes correcting the previous minutes' record of who raised what
CORRECTION = ("1 Minutes\n\n1.1 Councillor M Doherty referred to the following items on Page 6:\n\n"
              "Item 4.3 – Litter Bins - she said that she had asked for extra litter bins on Castle Street and not "
              "Councillor R Boyle as presently recorded in the Minutes; and\n\n"
              "Item 4.4 – Street Lighting - she had raised the faulty lights on Mill Brae.\n\n"
              "Councillor Doherty asked that the Minutes be amended accordingly.")
# a paragraph whose own sentence names the speaker: nothing before it is needed
NAMED = "Budget\n\nMr T Quinn said he would circulate the figures before the next meeting."


def _fact(text: str, opening: str) -> Fact:
    start = text.index(opening)
    end = text.find("\n", start)
    return Fact(LABELS["who"], Passage(make_chunk("m", text, meeting_date="2012-05-08"), 1.0), start,
                len(text) if end < 0 else end)


def test_a_lead_naming_its_person_by_a_pronoun_opens_from_the_lead_in_naming_them():
    fact = with_antecedent(_fact(CORRECTION, "Item 4.3"))
    assert fact.text.startswith("1.1 Councillor M Doherty referred to the following items"), fact.text


def test_a_lead_naming_its_person_before_the_pronoun_is_left_as_it_is():
    fact = _fact(NAMED, "Mr T Quinn")
    assert with_antecedent(fact) == fact


def test_who_raised_it_is_answered_with_the_name_not_the_pronoun():
    chunk = make_chunk("m", CORRECTION, meeting_date="2012-05-08", item="1 Minutes")
    line = first_line(ask("who asked for more litter bins on castle street", [chunk]))
    assert "Councillor M Doherty" in line, line
