"""What became of a motion or amendment asked about by who put it forward: the line after the
proposal saying it was carried, lost or withdrawn, even on the next page (answer/facts.py
_named_proposal_outcome)."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

ITEM = "10 Allotment Charges"
PAGE_13 = ("The report and recommendations were moved by Councillor Hale and seconded by Councillor Lowe.\n\n"
           "Councillor Marsh moved an amendment which was seconded by Councillor Ives. The amendment text as "
           "follows: that the increase in allotment charges be capped at 10% for tenants over 65.\n\n"
           "In response to the amendment, officers confirmed that a cap would cost the allotment budget "
           "about £4,000 a year.")
PAGE_14 = ("The amendment was withdrawn on the above assurances.\n\n"
           "On the recommendation being put to the vote, the recommendation within the report was CARRIED "
           "(8 voting FOR, 1 against).")


def _chunks(page_14: str = PAGE_14):
    common = dict(meeting_date="2024-09-12", doc_type="minutes", title="Minutes", item=ITEM, source="corpus/m.pdf")
    return [make_chunk("p13", PAGE_13, position=4, page_start=13, page_end=13, **common),
            make_chunk("p14", page_14, position=5, page_start=14, page_end=14, **common)]


def test_what_happened_to_a_members_amendment_is_its_outcome_on_the_next_page():
    answer = ask("What happened to Councillor Marsh's amendment on allotment charges?", _chunks())
    assert "The amendment was withdrawn" in first_line(answer)


def test_an_amendment_put_to_the_vote_is_answered_with_the_vote():
    lost = PAGE_14.replace("The amendment was withdrawn on the above assurances.",
                           "On being put to the vote the amendment was LOST (2 members voting in favour and 7 against)")
    answer = ask("What happened to Councillor Marsh's amendment on allotment charges?", _chunks(lost))
    assert "LOST (2 members voting in favour and 7 against)" in first_line(answer)
