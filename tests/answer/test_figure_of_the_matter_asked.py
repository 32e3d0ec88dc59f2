"""Asked what a thing at a place costs ("the collapsed drain under the village green"), a figure of another
matter at the same place (the green's legal fees for its transfer) is not its figure: the figure's passage
must name the thing, not only the place (answer/declines.py _matter_words). Pages written for these tests;
the embedder is the fixed fake of tests/answering.py."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

TRANSFER = ("21.02.04 Transfer of the Village Green\n\nThe estate proposes to transfer ownership of the village green "
            "to the Parish Council at no cost, provided the Parish Council pays the estate's legal fees (estimated to "
            "be approximately £900 plus VAT for both sides). Councillors resolved to proceed with the transfer.")
DRAIN = ("21.02.07 Drainage of the Village Green\n\nThe drain under the village green has collapsed and is causing "
         "a large puddle by the bus shelter. The Clerk will ask the county council who is responsible for it.")
QUOTED = ("21.03.05 Drainage of the Village Green\n\nA contractor has quoted £1,350 plus VAT to replace the collapsed "
          "drain under the village green. Councillors agreed to accept the quote.")
QUESTION = "How much will it cost to replace the collapsed drain under Thornbeck village green?"


def _chunk(n, text, item, date):
    return make_chunk(n, text, meeting_date=date, doc_type="minutes", council="Thornbeck Parish Council", item=item,
                      source=f"corpus/{n}.txt")


def test_a_figure_of_another_matter_at_the_place_asked_is_not_its_cost():
    chunks = [_chunk("t", TRANSFER, "21.02.04 Transfer of the Village Green", "2021-02-23"),
              _chunk("d", DRAIN, "21.02.07 Drainage of the Village Green", "2021-02-23")]
    answer = ask(QUESTION, chunks)
    assert not answer.answered, answer.answer
    assert "£900" not in first_line(answer)


def test_the_figure_of_the_thing_asked_at_its_place_answers():
    chunks = [_chunk("t", TRANSFER, "21.02.04 Transfer of the Village Green", "2021-02-23"),
              _chunk("q", QUOTED, "21.03.05 Drainage of the Village Green", "2021-03-23")]
    answer = ask(QUESTION, chunks)
    assert answer.answered and "£1,350" in first_line(answer), answer.answer
