"""The lead of a figure's answer is the figure of what is, asked of the thing asked (issue 10, "answers a
councillor can brief from"): a count in a plan's commentary cell ("64 children live with our own foster
families") before the plan's aim beside it ("Increase the number of foster families by 15% by 2028"); the
change of the thing asked ("a further reduction of 31") before a change word beside another figure
("overspent by £740,000"); the measure's result ("Performance was 71.4%") before its floor standard; a chair
named in a list with their role ("Hannah Okonjo (Chair)"), not the members listed after them
(answer/facts.py lead, answer/figures.py sets_an_aim and changed_by, answer/spans.py prose_cell, answer/roles.py
role_holder)."""
from __future__ import annotations

from answer.figures import changed_by, sets_an_aim
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

# a county's quarterly delivery-plan table: activity, status, commentary (cells tab-separated, as ingested)
PLAN_ROW = ("Progress on the Delivery Plan, Quarter 2\n\n"
            "Grow our own pool of foster families and open two small children's homes, so that children can stay "
            "near their schools and friends.\tAt risk\tRecruitment remains hard in a crowded market. 64 children live "
            "with our own foster families and 41 with kinship carers, compared with 90 placed through agencies.")
AIM = ("Corporate Plan 2024-2028, Outcome 3\n\n"
       "Better outcomes for children in care and care leavers: **Increase the number of Ashcombe foster families "
       "by 15% by 2028.**")


def _plan_papers():
    return [make_chunk("row", PLAN_ROW, meeting_date="2025-10-14", doc_type="appendix", title="Delivery Plan Q2",
                       committee="Children's Overview and Scrutiny"),
            make_chunk("aim", AIM, meeting_date="2024-06-11", doc_type="report", title="Corporate Plan",
                       committee="Children's Overview and Scrutiny", source="corpus/plan.pdf", source_sha256="1" * 64)]


def test_a_count_in_a_plans_commentary_leads_before_the_plans_aim():
    answer = ask("how many children in ashcombe live with the council's own foster families?", _plan_papers())
    assert answer.answered, answer.answer
    line = first_line(answer)
    assert "64 children live with our own foster families" in line, answer.answer
    assert "by 15% by 2028" not in line and "Recruitment remains hard" not in line, answer.answer


def test_an_aim_is_told_from_a_figure_of_what_is():
    assert sets_an_aim("Better outcomes for children in care: **Increase the number of Ashcombe foster families by 15% "
                       "by 2028.**")
    assert sets_an_aim("Reduce the average wait for an assessment to 20 days by March 2026.")
    assert sets_an_aim("The percentage of children placed with in-house carers has stayed under the floor standard "
                       "of 75%.")
    assert sets_an_aim("We aim to recruit 40 more foster families this year.")
    assert not sets_an_aim("64 children live with our own foster families, against a target of 80.")
    assert not sets_an_aim("A total of 1,212 ceremonies were held, above the target of 1,150 for the quarter.")
    assert not sets_an_aim("Increase the number of foster families and open two children's homes.")


CARE = ("Children's Services Performance\n\n"
        "Spending on agency foster placements increased again this year and is overspent by £740,000, but we have "
        "placed more children in care with our own carers. "
        "The committee heard that the number of children in care has continued to fall, with a further reduction of "
        "31 since the summer.")


def test_a_change_question_leads_with_the_change_of_the_thing_asked():
    answer = ask("has the number of children in care in ashcombe gone down?",
                 [make_chunk("care", CARE, meeting_date="2025-10-14", doc_type="minutes", title="Minutes",
                             committee="Children's Overview and Scrutiny")])
    assert answer.answered, answer.answer
    assert "a further reduction of 31" in first_line(answer), answer.answer
    assert changed_by("the number of children in care decreased by 25 in the quarter to 1,409")
    assert changed_by("the council planned to raise council tax by 2.99% and an additional 2% for the social care precept")
    assert not changed_by("Spending increased again and is overspent by £740,000, but we have placed more children.")


FLOOR = ("Children in care placements\n\n"
         "The percentage of children in care placed with in-house foster carers or with family and friends has stayed "
         "under the floor standard of 75%. Performance for this measure was 71.4% for the year to September, "
         "compared to 70.9% at the end of the previous quarter.")


def test_a_measures_result_leads_before_its_floor_standard():
    answer = ask("what percentage of children in care are placed with in-house foster carers or with family and friends",
                 [make_chunk("floor", FLOOR, meeting_date="2025-10-14", doc_type="report",
                             title="Quarterly Performance Report", committee="Cabinet")])
    assert answer.answered, answer.answer
    assert "71.4%" in first_line(answer), answer.answer


SHARE_ROW = ("Key measures\n\n"
             "Measure\tLatest\tTarget\tStatus\n"
             "% of Children in Care placed with an Ashcombe Foster Carer\t41.2%\t45%\tNot on Track")


def test_a_share_asked_is_read_from_the_row_the_question_names():
    chunks = [make_chunk("share", SHARE_ROW, meeting_date="2025-10-14", doc_type="appendix", title="Performance",
                         committee="Children's Overview and Scrutiny")] + _plan_papers()[1:]
    answer = ask("what proportion of ashcombe children in care are placed with an ashcombe foster carer", chunks)
    assert answer.answered, answer.answer
    assert "41.2%" in first_line(answer) and "by 15% by 2028" not in first_line(answer), answer.answer


# a committee's minutes recording no election: the chair is named in its attendance list
PRESENT = ("Minutes of the meeting of the Children and Families Scrutiny Committee held on 9 October 2025\n\n"
           "Present: Councillors Ruth Abara, Daniel Mercer, Hannah Okonjo (Chair), Peter Lisle, Sunita Rao and "
           "Gavin Tull.\n\n"
           "1. Apologies\n\nApologies were received from Councillor Imogen Frost.")


def test_a_chair_named_in_a_list_is_quoted_with_the_role_not_the_rest_of_the_list():
    answer = ask("who was elected chairman of the children and families scrutiny committee?",
                 [make_chunk("present", PRESENT, meeting_date="2025-10-09", doc_type="minutes", title="Minutes",
                             committee="Children and Families Scrutiny Committee")])
    line = first_line(answer)
    assert "Hannah Okonjo (Chair)" in line, answer.answer
    assert "Peter Lisle" not in line and "Gavin Tull" not in line, answer.answer
