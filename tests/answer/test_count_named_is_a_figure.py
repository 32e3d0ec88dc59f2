"""Asked a figure that is neither a sum nor a share ("what is the average caseload ..."), a sentence counting a
thing the question names ("... was 19 families per worker") gives the figure as much as a percentage does, so
the answer opens with it rather than with a share on another measure printed beside it (issue 10, the fact
first; answer/facts.py lead)."""
from __future__ import annotations

from answer.figures import TARGET_COMPARED, sets_an_aim
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

EARLY_HELP = ("Early Help and Family Support - Staffing\n\n"
              "The proportion of family support worker posts filled by permanent staff rose to 81.4% this quarter, "
              "up from 79.9% in June, and is above the floor standard of 80%. "
              "The average caseload for family support workers in the Early Help teams was 19 families at the end "
              "of September, against a target caseload of no more than 16 families. "
              "Recruitment to the vacant team manager posts in the north of the county is under way.")


def test_a_count_of_the_thing_asked_leads_before_a_share_of_another_measure():
    answer = ask("what is the average caseload of a family support worker in early help compared with the target",
                 [make_chunk("eh", EARLY_HELP, meeting_date="2025-11-18", doc_type="appendix",
                             title="Quarterly Performance Report Q2", committee="Cabinet")])
    assert answer.answered, answer.answer
    line = first_line(answer)
    assert "19 families" in line, answer.answer
    assert "81.4%" not in line, answer.answer


TOWN_CENTRE = ("Town Centre Empty Shops Loan Fund - Quarter 2\n\n"
               "The council was awarded £1.8m from the Town Centre Empty Shops Loan Fund to bring vacant shops above "
               "the high street back into use as flats. The target is to bring 12 empty shops back into use and "
               "create 30 new homes from the empty shops loan fund.\n"
               "So far 9 schemes have been approved, which will bring 14 shops back\ninto use (11 completed) and "
               "create 41 homes (38 completed).")


def test_asked_against_its_target_the_figure_achieved_leads_before_the_target():
    answer = ask("how many homes has the empty shops loan fund created, against its target",
                 [make_chunk("shops", TOWN_CENTRE, meeting_date="2025-11-18", doc_type="appendix",
                             title="Regeneration Quarterly Update", committee="Cabinet")])
    assert answer.answered, answer.answer
    line = first_line(answer)
    assert "41 homes" in line, answer.answer
    assert "The target is to bring" not in line, answer.answer


def test_a_target_compared_against_is_told_from_a_target_asked():
    assert sets_an_aim("The target is to bring 12 empty shops back into use and\ncreate 30 new homes.")
    assert not sets_an_aim("So far 9 schemes have been approved, which will create 41 homes, above the target of 30.")
    assert TARGET_COMPARED.search("how many homes has the fund created, against its target")
    assert TARGET_COMPARED.search("what is the average caseload compared with the target")
    assert not TARGET_COMPARED.search("what is the council's target for new homes")
