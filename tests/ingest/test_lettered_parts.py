"""A decision in lettered parts, each worded as a decision of its own ("RESOLVED: a) To approve the minutes of
the meeting held on 3 March 2022 ...; b) To approve the minutes of the special meeting held on 17 March 2022
..."): the parts are one decision, one chunk, and asked what was approved the answer quotes every part worded
alike, not one of them (text written for these tests)."""
from __future__ import annotations

from tests.ingest.pages import decision_under, prepare_page
from tests.retrieval.conftest import make_chunk
from tests.answering import ask, first_line

MINUTES = """Minutes of the Planning Board held on 7 April 2022

Present: Councillors Amin (Chair), Baxter, Cole and Dunn.

12/22 Minutes

RESOLVED:

a) To approve the minutes of the Planning Board held on 3 March 2022 and authorise the Chair to sign them as a correct record;

b) To approve the minutes of the special meeting of the Planning Board held on 17 March 2022 and authorise the Chair to sign them as a correct record.

13/22 Declarations of interest

There were no declarations.
"""

PARTS = ("RESOLVED:\n\na) To approve the minutes of the Planning Board held on 3 March 2022 and authorise the Chair "
         "to sign them;\n\nb) To approve the minutes of the special meeting of the Planning Board held on 17 March "
         "2022 and authorise the Chair to sign them as a correct record.")


def test_a_decisions_lettered_parts_worded_as_decisions_are_one_decision(tmp_path):
    prepared = prepare_page(tmp_path, "planning-board-7-april-2022.txt", MINUTES)
    decision = decision_under(prepared.documents[0], "12/22")
    assert "3 March 2022" in decision and "17 March 2022" in decision, decision


def test_asked_which_minutes_were_approved_every_part_worded_alike_answers():
    chunk = make_chunk("mins", PARTS, meeting_date="2022-04-07", doc_type="minutes", title="Minutes",
                       is_resolution=True, committee="Planning Board", item="12/22 Minutes")
    line = first_line(ask("Which minutes did the Planning Board approve on 7 April 2022?", [chunk]))
    assert "3 March 2022" in line and "17 March 2022" in line, line
