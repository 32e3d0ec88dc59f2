"""A how much / how many question whose subject the passages hold without a figure is declined, when
every figure they give is about something else (answer/extractive.py _no_figure_on_subject)."""
from __future__ import annotations

from tests.retrieval.conftest import make_chunk
from tests.retrieval.test_facts import ask, first_line

OAK = ("The Jubilee oak was planted on the village green by the Community Council and the school.\n\n"
       "The Treasurer reported that the Project Account balance stands at £1.96 and the Christmas lights "
       "event raised £700.")


def test_a_figure_about_something_else_does_not_answer_how_much_the_subject_cost():
    chunk = make_chunk("oak", OAK, meeting_date="2025-10-07", doc_type="minutes", title="Minutes")
    answer = ask("How much did the Community Council pay for the Jubilee oak?", [chunk])
    assert not answer.answered
    assert answer.answer.startswith("The passages on this subject give no figure for it.")


def test_a_figure_with_the_subject_or_in_the_sentence_after_it_answers():
    chunk = make_chunk("oak", OAK.replace("and the school.", "and the school at a cost of £450."),
                       meeting_date="2025-10-07", doc_type="minutes", title="Minutes")
    assert "£450" in first_line(ask("How much did the Community Council pay for the Jubilee oak?", [chunk]))
    chunk = make_chunk("oak", OAK.replace("and the school.", "and the school. The tree cost £450."),
                       meeting_date="2025-10-07", doc_type="minutes", title="Minutes")
    assert "£450" in ask("How much did the Community Council pay for the Jubilee oak?", [chunk]).answer
