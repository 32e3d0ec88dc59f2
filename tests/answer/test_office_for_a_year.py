"""Asked who held an office for a municipal or financial year ("Who was Vice-Chair of the Panel for 2024/25?"),
only that year's papers fill it: a body elects its chair and vice-chair at the year's annual meeting "for the
ensuing year", so an election at an earlier year's annual meeting, or one printed for another year ("for the
2025/26 municipal year"), is not that year's holder. When every passage naming the office is of another year,
the answer says so and declines (retrieval/plan.py OFFICE_ASKED, window; answer/period.py off_period;
answer/declines.py office_of_other_years). Pages written for these tests."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

ANNUAL_2023 = ("## 1. Election of Chairman\n\nThat Councillor Ruth Marlow be elected Chairman of the Scrutiny Panel for "
               "the ensuing year.\n\n## 2. Appointment of Vice-Chairman\n\nThat Councillor Dev Harper be appointed "
               "Vice-Chairman of the Scrutiny Panel for the ensuing year.")
ANNUAL_2025 = ("## 4. Appointment of Vice-Chair\n\nCouncillors Ann Lowe and Sam Dobbs were nominated. Following a vote, "
               "Councillor Sam Dobbs was appointed Vice-Chair of the Panel for the 2025/26 municipal year.")


def _papers():
    return [make_chunk("a23", ANNUAL_2023, meeting_date="2023-06-16", title="Minutes", item="2. Appointment of Vice-Chairman"),
            make_chunk("a25", ANNUAL_2025, meeting_date="2025-06-20", title="Minutes", item="4. Appointment of Vice-Chair")]


def test_a_year_no_annual_meeting_of_is_held_declines_naming_the_office():
    answer = ask("Who was appointed Vice-Chair of the Scrutiny Panel for 2024/25?", _papers())
    assert not answer.answered, answer.answer
    assert "name a Vice-Chair are of other years than 2024/25" in first_line(answer), answer.answer


def test_the_years_own_annual_meeting_names_its_vice_chair():
    answer = ask("Who was appointed Vice-Chair of the Scrutiny Panel for 2023/24?", _papers())
    assert answer.answered and "Dev Harper" in first_line(answer), answer.answer
    answer = ask("Who was appointed Vice-Chair of the Scrutiny Panel for 2025/26?", _papers())
    assert answer.answered and "Sam Dobbs" in first_line(answer), answer.answer


def test_asked_the_chair_an_election_of_the_year_answers():
    answer = ask("Who was elected chairman of the scrutiny panel for 2023/24?", _papers())
    assert answer.answered and "Ruth Marlow" in first_line(answer), answer.answer


# an undated "Agenda and minutes" page of an authority's annual meeting, cut into passages: the election prints its
# year, the passages after it (the new chair's remarks) print none
UNDATED_ELECTION = ("Election of Chair 2019/20\n\nThat Councillor Ingrid Holt be elected Chair of the Combined Fire "
                    "Authority for 2019/20.")
UNDATED_REMARKS = ("Councillor Holt advised that, as Chair, she would meet each constituent council's leader before the "
                   "autumn. The outgoing Chair, Councillor Brice, thanked officers for their support.")


def test_an_undated_papers_remarks_are_of_the_year_it_elects_for():
    papers = [make_chunk(n, t, meeting_date=None, title="Agenda and minutes", source="corpus/cfa/annual-meeting.txt")
              for n, t in (("e", UNDATED_ELECTION), ("r", UNDATED_REMARKS))]
    answer = ask("Who was elected Chair of the Combined Fire Authority for 2021/22?", papers)
    assert not answer.answered, answer.answer
    assert "name a Chair are of other years than 2021/22" in first_line(answer), answer.answer
    # its own year is answered
    answer = ask("Who was elected Chair of the Combined Fire Authority for 2019/20?", papers)
    assert answer.answered and "Ingrid Holt" in first_line(answer), answer.answer


# a board's papers: two annual meetings' elections, each for its own year, and an undated page of minutes that names
# the chair only as who will sign them
BOARD_2020 = ("1. Election of Chairman\n\nIt was proposed by Cllr Ann Hale and seconded by Tom Reid that Cllr Priya Shah "
              "be elected Chairman for the remainder of the year 2020/21.")
BOARD_2024 = ("Election of Chair\n\nProposed by Cllr Dev Harper, seconded by Ruth Marlow.\n\nThat Cllr Dev Harper be "
              "elected as Health and Wellbeing Board Chair for the year 2024-25.")
BOARD_UNDATED = ("To confirm the minutes of the meeting held on 11 November 2020.\n\nThe minutes of the meeting held on "
                 "11 November 2020 were confirmed and would be signed by the Chairman at the earliest opportunity.")


def test_an_undated_paper_naming_the_office_but_no_one_in_it_does_not_hold_a_year_open():
    papers = [make_chunk("b20", BOARD_2020, meeting_date="2020-09-23", committee="Health and Wellbeing Board"),
              make_chunk("b24", BOARD_2024, meeting_date="2024-06-26", committee="Health and Wellbeing Board"),
              make_chunk("bu", BOARD_UNDATED, meeting_date=None, committee="Health and Wellbeing Board",
                         source="corpus/hwb/undated.txt")]
    answer = ask("Who chaired the Health and Wellbeing Board in 2022-23?", papers)
    assert not answer.answered, answer.answer
    assert "name a chair are of other years than 2022/23" in first_line(answer), answer.answer
    answer = ask("Who chaired the Health and Wellbeing Board in 2024-25?", papers)
    assert answer.answered and "Dev Harper" in first_line(answer), answer.answer
