"""A grant report's paragraph names the club in its opening line and gives the sum a few sentences later, in words
that do not name the club ("Each of the 40 athletes gives £15.00 a month towards it"): the sum is on the
subject its paragraph opens with, so the passages on the subject do give a sum (answer/figures.py
sum_in_paragraph), and the question is not declined as giving none. Pages written for these tests."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

GRANTS = ("Organisation\tStatus\tProject Summary\tAmount Requested\n"
          "Hillside Special Olympics Club\tRegistered Charity\n"
          "Hillside Special Olympics Club are seeking funding towards their 2025 running costs, which include "
          "room hire and insurance for the club. The Hillside Special Olympics Club lets adults with learning "
          "disabilities take part in sport three nights a week. The Special Olympics club has run in Hillside for "
          "about twenty years, and the Hillside Special Olympics Club members won medals at the national games. Each of the 40 athletes gives £15.00 a month towards it. "
          "Athletes take part in badminton, football and swimming tournaments.\n\n"
          "Hillside Bowls Club\tCommunity Group\n"
          "The bowls club would like new benches for the green beside the pavilion.")


def test_a_sum_further_down_the_paragraph_is_on_its_subject():
    chunk = make_chunk("grants", GRANTS, meeting_date="2025-03-11", title="Community Grant Applications",
                       doc_type="report")
    answer = ask("How much do members of the Hillside Special Olympics Club pay?", [chunk])
    assert answer.answered and "£15.00" in answer.answer, answer.answer


BOWLS = ("Organisation\tStatus\tProject Summary\tAmount Requested\n"
         "Hillside Bowls Club\tCommunity Group\n"
         "Hillside Bowls Club would like new benches for the green beside the pavilion. The Hillside Bowls Club "
         "has played on the green since 1952.\n"
         "Hillside Art Trail\tCommunity Group\n"
         "The trail asks for £300.00 to print its maps.")


def test_the_next_rows_sum_is_not_the_subjects():
    # the next organisation's row opens another subject: its sum is not the bowls club's
    chunk = make_chunk("bowls", BOWLS, meeting_date="2025-03-11", title="Community Grant Applications",
                       doc_type="report")
    answer = ask("How much do members of the Hillside Bowls Club pay?", [chunk])
    assert not answer.answered and "no sum of money" in first_line(answer), answer.answer


PARTS = ("Hillside Park Run\tLimited Company\n"
         "The Hillside Park Run would buy timing equipment for a weekly run round the lake. The Hillside Park Run "
         "expects about 100 runners a week.\n"
         "North Ward - £200.00\n"
         "South Ward - £300.00")


def test_a_line_under_a_name_of_its_own_is_that_things_sum():
    # "North Ward - £200.00" is one ward's part, not a sum the paragraph gives for the run
    chunk = make_chunk("parts", PARTS, meeting_date="2025-03-11", title="Community Grant Applications",
                       doc_type="report")
    answer = ask("How much grant did the Hillside Park Run ask for?", [chunk])
    assert not answer.answered and "no sum of money" in first_line(answer), answer.answer
