"""A "how many" question is answered by a count of the thing asked about in the matter asked about: a count
of the same noun in another matter ("two sessions ... on fraud awareness" asked how many sessions the
speedwatch did) is no answer (answer/declines.py figure_on_subject)."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

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


# a parish's minutes name the contract without a sum (the agenda's "number 7" is an item); a county's
# minutes give a sum of their own budget
GROUNDS = ("3. Confirmation of the order of the Agenda – add new number 7 item Grounds maintenance contract – agreed\n\n"
           "7. Grounds maintenance contract – It was noted that the footpaths included in the contract had been "
           "entered historically, before the lengthsman scheme. It was agreed these paths should be removed.")
OVERSPEND = ("The Cabinet Member for Finance introduced the report, which set out the revenue budget monitoring position "
             "and highlighted a projected overspend of £23.3 million in what the services cost each year.")


def test_a_sum_of_another_matter_does_not_answer_how_much_the_subject_costs():
    chunks = [make_chunk("gm", GROUNDS, meeting_date="2019-08-20", doc_type="minutes", title="Minutes",
                         committee="Parish Council"),
              make_chunk("ov", OVERSPEND, meeting_date="2025-01-30", doc_type="minutes", title="Minutes", committee="Cabinet",
                         source="corpus/y.pdf", source_sha256="1" * 64)]
    answer = ask("How much does the grounds maintenance contract cost each year?", chunks)
    assert not answer.answered, answer.answer
    assert answer.answer.startswith("The passages on this subject give no figure for it."), answer.answer
    # the contract's own sum answers
    chunks[0] = make_chunk("gm", GROUNDS.replace("should be removed.", "should be removed. The contract costs £6,450 a year."),
                           meeting_date="2019-08-20", doc_type="minutes", title="Minutes", committee="Parish Council")
    answer = ask("How much does the grounds maintenance contract cost each year?", chunks)
    assert answer.answered and "£6,450" in first_line(answer), answer.answer


# a community council's web minutes, which never print the council's name, and a county report whose
# figures rank near on the question's common words
POLICE = ("Police Report – Sergeant Reid No major crimes reported in June, however they were asked to deal with "
          "161 incidents, 23 were crime related. Of those 23 crimes there had been 1 assault and 2 thefts.")
BENCHES = ("Beachwatch gave a talk about their litter storage bench. A firm from Dumfries has come up with a bench of "
           "recycled plastic with a wood profile, with an estimated life of 40 years.")
COUNTY = ("Short-Term Recommendations (for implementation in the next 6 – 12 months) include the review of "
          "library opening hours and incidents reporting in the town centres.")


def _community(text: str, cid: str):
    return [make_chunk(cid, text, meeting_date="2019-07-17", doc_type="minutes", title="Minutes",
                       committee="Kilbrannan Community Council", council="Kilbrannan Community Council"),
            make_chunk("county", COUNTY, meeting_date="2025-03-04", doc_type="report", title="Coastal strategy",
                       committee="Cabinet", council="Ashcombe Borough Council",
                       source="corpus/y.pdf", source_sha256="1" * 64)]


def test_how_many_of_those_counts_the_thing_named_after_of_those_in_the_councils_own_minutes():
    answer = ask("how many of those kilbrannan police incidents were actually crimes?", _community(POLICE, "pol"))
    assert answer.answered and "23 were crime related" in first_line(answer), answer.answer


def test_how_long_a_thing_will_last_is_answered_by_a_length_of_time():
    answer = ask("how long are the recycled plastic beach benches supposed to last?", _community(BENCHES, "ben"))
    assert answer.answered and "40 years" in first_line(answer), answer.answer
