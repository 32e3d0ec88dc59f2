"""A "how many" question is answered by a count of the thing asked about in the matter asked about: a count
of the same noun in another matter ("two sessions ... on fraud awareness" asked how many sessions the
speedwatch did) is no answer (answer/extractive.py _count_off_subject)."""
from __future__ import annotations

from tests.retrieval.conftest import make_chunk
from tests.retrieval.test_facts import ask, first_line

SPEEDWATCH = ("8. Community Speedwatch\n\nThe Clerk reported that the Speedwatch volunteers continue to monitor "
              "Station Road and the school lane, and that new volunteers would be welcome. The data is passed to "
              "the police each month.")
TRAINING = ("4.2 Community safety training\n\nTwo sessions were held during the quarter with 41 people attending, "
            "covering fraud awareness and the domestic abuse advice service.")


def _papers(speedwatch: str = SPEEDWATCH):
    return [make_chunk("sw", speedwatch, meeting_date="2025-06-10", doc_type="minutes", title="Minutes",
                       committee="Parish Council"),
            make_chunk("cs", TRAINING, meeting_date="2025-03-04", doc_type="report", title="Quarterly performance report",
                       committee="Cabinet")]


def test_a_count_of_the_same_noun_in_another_matter_does_not_answer():
    answer = ask("how many sessions did the speedwatch do", _papers())
    assert not answer.answered, answer.answer
    assert answer.answer.startswith("The passages on this subject give no number of what was asked about.")


def test_a_count_said_with_the_subject_or_under_it_answers():
    said = SPEEDWATCH.replace("The data is", "The volunteers held 14 sessions in May. The data is")
    answer = ask("how many sessions did the speedwatch do", _papers(said))
    assert answer.answered and "14 sessions" in first_line(answer), answer.answer
    # the subject named in the sentence before, in the same paragraph
    said = SPEEDWATCH.replace("The data is", "They held 14 sessions in May. The data is")
    answer = ask("how many sessions did the speedwatch do", _papers(said))
    assert answer.answered and "14 sessions" in first_line(answer), answer.answer
