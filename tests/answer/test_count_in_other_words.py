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


# the count is in a paragraph of its own chunk, and the sentences naming the subject most fully are another
# chunk's, on the schemes to recruit carers: the count ranks by its sentence leading into it ("A measure of the
# number of fostering households ...") and by counting the thing asked, not by its own few words
SCHEMES = ("Fostering\n\nThe county fostering service is part of a regional cluster of local authorities funded to "
           "recruit and retain local authority foster carers. A regional recruitment hub for foster carers launched "
           "in July, encouraging people to foster for their local authority. The Mockingbird foster care scheme "
           "launched in October with two foster care hubs now live, and foster carer hubs in the north and west "
           "of the county are recruiting. Further funding was secured to support and retain existing foster carers.")
MEASURE = ("A performance measure of the number of fostering households was added this year to reflect the "
           "priority of recruiting and keeping foster carers. At the end of December there were 248 approved "
           "households against a target of 300 households. Actions to increase the number of fostering households "
           "include information evenings and a refer-a-friend payment.")


def test_a_count_in_the_next_chunk_ranks_by_the_sentence_leading_into_it():
    papers = [make_chunk("schemes", SCHEMES, meeting_date="2025-03-04", doc_type="appendix", committee="Cabinet",
                         title="Quarterly performance report appendix"),
              make_chunk("measure", MEASURE, meeting_date="2025-03-04", doc_type="appendix", committee="Cabinet",
                         title="Quarterly performance report appendix")]
    for question in ("How many foster families has the county got?",
                     "My neighbour fosters and says they are desperate for more carers. How many foster families "
                     "are there?"):
        answer = ask(question, papers)
        assert answer.answered, answer.answer
        assert "248 approved households" in first_line(answer), answer.answer
