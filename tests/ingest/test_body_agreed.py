"""Small councils minute a decision as the body agreeing to something named straight after the verb ("Members
agreed the grant of £250", "The Councillors agreed they had no objections to window boxes"): a resolution with
its recogniser (`body_agreed`), a row of the decisions register, and the lead of "what did they decide about X"
when X is its item's subject; agreeing with a speaker, or that something "was dangerous", is debate."""
from __future__ import annotations

import pytest

from ingest import layouts
from tests.ingest.pages import prepare_page
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

MINUTES = """Thornbury Vale Parish Council
Minutes of the meeting held on Tuesday 9 March 2021 in the Village Hall

Present: Councillors A Dale (Chair), B Eyre, C Frost, D Grey

21.03.05 Footpath repairs
Councillor Eyre reported that the stile on footpath 7 is broken. Members agreed with Councillor Eyre that
it needs attention. The Clerk will report it to the county council.

21.03.06 Planters at the Village Hall
The Village Hall Committee asked the Councillors for their views on planters outside the hall. The Councillors
thought this a good idea but had concerns about the fire exits.
The Councillors agreed they had no objections to window boxes or hanging baskets.

21.03.07 Grants
Members agreed the grant of £250 to the Thornbury Vale Scouts.
"""


@pytest.mark.parametrize("text", ["The Councillors agreed they had no objections to window boxes.",
                                  "Members agreed the grant of £250 to the Scouts.",
                                  "The Council agreed a precept of £12,000 for 2021/22."])
def test_a_body_agreeing_to_something_named_is_a_decision(text):
    assert layouts.first_match(layouts.DECISIONS, text)[0].name == "body_agreed"


@pytest.mark.parametrize("text", ["Members agreed with Councillor Eyre.", "Members agreed the road was dangerous.",
                                  "The Council agreed it was important to act quickly.",
                                  "Councillors agreed the point made by the Chair."])
def test_agreeing_with_a_speaker_or_an_opinion_is_debate(text):
    assert layouts.first_match(layouts.DECISIONS, text) is None


def test_the_decisions_of_a_parish_that_agrees(tmp_path):
    prepared = prepare_page(tmp_path, "minutes-9-march-2021.txt", MINUTES)
    decided = {b.item: b.found_by for d in prepared.documents for b in d.blocks if b.is_resolution and not b.continues}
    assert decided.get("21.03.06 Planters at the Village Hall") == "body_agreed", decided
    assert decided.get("21.03.07 Grants") == "body_agreed", decided
    assert "21.03.05 Footpath repairs" not in decided, decided


def test_what_was_decided_about_an_item_is_its_agreement():
    chunks = [make_chunk("roads", "The Councillors resolved that any change to the surface of the lane must be agreed by "
                         "the whole village.", meeting_date="2021-03-09", item="21.03.04 Perimeter roads",
                         is_resolution=True),
              make_chunk("planters", " ".join(MINUTES.split("21.03.06 Planters at the Village Hall\n")[1].split("\n\n")[0].split()),
                         meeting_date="2021-03-09", item="21.03.06 Planters at the Village Hall")]
    answer = ask("What did the parish council decide about the planters?", [chunks[1], chunks[0]])
    lead = first_line(answer)
    assert "no objections to window boxes" in lead, lead
