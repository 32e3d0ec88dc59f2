"""A "how many" question is answered by a count of the thing under the noun the papers count it by ("248
approved households" for "how many foster families"), given in the paragraph of the sentence naming the
subject, before or after it, ahead of a share or a time beside the subject (answer/facts.py _COUNTED_AS,
counted_in_paragraph; answer/extractive.py's NO_COUNT check)."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

FOSTERING = ("Fostering\n\nThe service joined a regional recruitment hub for foster carers in July, and the first two "
             "Mockingbird foster care constellations are now live. A measure of the number of fostering households "
             "was added this year to reflect the priority of recruiting and keeping foster carers. At the end of "
             "December there were 248 approved households against a target of 300 households. Actions to increase "
             "the number of fostering households include information evenings, stands at county shows and a "
             "refer-a-friend payment for foster carers.\n\n"
             "Percentage of foster care placements with in-house carers or family and friends: 71% against a floor "
             "standard of 75%. Placement reviews for foster carers are held within 28 days.")


def _papers():
    return [make_chunk("fc", FOSTERING, meeting_date="2025-03-04", doc_type="report", committee="Cabinet",
                       title="Quarterly performance report")]


def test_families_are_counted_as_households_in_the_paragraph_naming_them():
    answer = ask("how many foster families have we got", _papers())
    assert answer.answered, answer.answer
    assert "248 approved households" in first_line(answer), answer.answer


def test_a_count_of_another_noun_still_does_not_answer():
    answer = ask("how many foster carers' cars have we got", _papers())
    assert not answer.answered or "248" not in first_line(answer), answer.answer
