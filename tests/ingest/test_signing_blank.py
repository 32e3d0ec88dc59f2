"""A page's line left blank for signing ("Chair's initials ........  1"), drawn on each page before its
text, over a combined authority's minutes heading: it is page furniture above the masthead, not a
line that ends the masthead (found by the fourth unseen-council check, tests/e2e/ashcombe.py)."""
from __future__ import annotations

from ingest import mastheads
from tests.ingest.pages import prepare_page

PAGE_ONE = [
    "Tarnmoor Combined Authority",
    "Minutes of a meeting of the Tarnmoor Combined Authority held on Friday 18 October",
    "2024 at 11.00 am at Tarn House, Wexley",
    "Present:",
    "Mayor Ruth Ellerby (Chair)",
    "Cllr Imran Qadir - Wexley Metropolitan Borough Council",
    "Cllr Joan Trevail - Moorside Council",
    "TMCA 44/24 Apologies for absence",
    "Apologies were received from Cllr Dina Farrow (Moorside Council).",
]
PAGE_TWO = [
    "TMCA 45/24 Bus Reform",
    "RESOLVED that the Combined Authority agrees to consult on the proposed bus franchising scheme.",
    "The meeting closed at 12.35 pm.",
]


def test_a_signing_blank_is_a_masthead_line():
    assert mastheads._masthead_line("Chair's initials ........      1")
    assert mastheads._masthead_line("Signed ______________ Chairman")
    # a sentence with a leader of dots in it is not one
    assert not mastheads._masthead_line("The Chair thanked officers for the work on the budget report ........ "
                                        "and the members of the public who had attended this evening")


def test_minutes_under_a_signing_blank_keep_their_body_and_date(tmp_path):
    prepared = prepare_page(tmp_path, "TMCA Minutes 18.10.24.pdf", [PAGE_ONE, PAGE_TWO],
                            header="Chair's initials ........      {n}")
    doc = prepared.documents[0]
    assert doc.meeting_date == "2024-10-18"
    assert doc.doc_type == "minutes"
    assert doc.committee == "Tarnmoor Combined Authority"
