"""A web page of minutes may drop what a decision's part listed (the names of office holders printed as a
list the page lost), leaving the part's sentence broken by a blank line mid-phrase: "1. extend the terms of
office of the" / "to the start of the Council meeting on 30 November 2020; and". The line ending on a word no
sentence ends on ("the", "of", "to") and the next opening in lower case are one sentence of the decision, so
the date it runs to stays in the decision, not in a paragraph after it."""
from __future__ import annotations

from tests.ingest.pages import decision_under, prepare_page
from tests.retrieval.conftest import make_chunk
from tests.answering import ask, first_line

MINUTES = """Minutes of a meeting of Council on Wednesday 13 May 2020

Present: Councillor Hale (Lord Mayor), Councillors Amin, Baxter, Cole and Dunn.

4. Extension of the terms of office of the Mayor and Deputy Mayor

Council resolved to

1. extend the terms of office of the

to the end of the Council meeting on 7 December 2020; and

2. note that the Annual Meeting would elect their successors in May 2021.

5. Declarations of interest

There were no declarations.
"""


def test_a_decisions_part_broken_mid_phrase_runs_on_to_its_date(tmp_path):
    prepared = prepare_page(tmp_path, "council-13-may-2020.txt", MINUTES)
    decision = decision_under(prepared.documents[0], "4.")
    assert "7 December 2020" in decision and "elect their successors" in decision, decision


def test_until_when_asks_a_date_that_may_lie_after_the_month_the_act_was_done():
    chunk = make_chunk("lease", "RESOLVED to extend the lease of the Old School Room to the Scout Group until 30 April "
                       "2021, on the same terms.", meeting_date="2020-12-09", doc_type="minutes", title="Minutes",
                       is_resolution=True, council="Exampleton Town Council")
    line = first_line(ask("Until when did Exampleton Town Council extend the Scout Group's lease of the Old School "
                          "Room in December 2020?", [chunk]))
    assert "30 April 2021" in line, line
