"""A small council's clerk names the mover and seconder by initial and surname with no title: "it was proposed
by R. Tilney and seconded by P. J. Webb that this planning application be approved". The initial's full stop
after "by" is a name's, not a sentence's, so the motion is one sentence with its verdict, and it is the answer to
what was decided, not the sentence above that names the application (text written for these tests)."""
from __future__ import annotations

import pytest

from core.sentences import source_spans
from tests.retrieval.conftest import make_chunk
from tests.answering import ask, first_line


def _sentences(text):
    return [text[a:b] for a, b in source_spans(text)]


@pytest.mark.parametrize("text, first", [
    ("It was proposed by R. Tilney and seconded by P. J. Webb that the quotation be accepted. All agreed.",
     "It was proposed by R. Tilney and seconded by P. J. Webb that the quotation be accepted."),
    ("The meeting was chaired by M. Rudd. Apologies were noted.", "The meeting was chaired by M. Rudd."),
])
def test_an_initial_after_by_ends_no_sentence(text, first):
    assert _sentences(text)[0] == first


@pytest.mark.parametrize("text", ["The cost is shown in column B. Members noted it.",
                                  "The route was changed to avoid area C. The works start in May."])
def test_a_capital_letter_closing_a_sentence_still_ends_it(text):
    assert len(_sentences(text)) == 2


ORDER = ("It was suggested by the Chair that the planning application for two houses on land behind the Red Lion "
         "be taken next, as residents had come to speak on it. This was agreed.")
MOTION = ("Residents raised the siting of the access. After discussion it was proposed by R. Tilney and seconded by "
          "P. Webb that this planning application be approved. All in agreement.")


def test_what_was_decided_on_an_application_is_the_motion_not_the_order_of_business():
    chunks = [make_chunk("order", ORDER, meeting_date="2015-03-09", doc_type="minutes", title="Minutes",
                         council="Exampleton Parish Council"),
              make_chunk("motion", MOTION, meeting_date="2015-03-09", doc_type="minutes", title="Minutes",
                         is_resolution=True, council="Exampleton Parish Council")]
    line = first_line(ask("What did Exampleton Parish Council decide on the planning application for land behind the "
                          "Red Lion in March 2015?", chunks))
    assert "be approved" in line and "taken next" not in line, line
