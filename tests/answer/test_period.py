"""One period per answer: a sentence's own period against the period a question names."""
from answer.period import names_period, off_period, period_cell
from core.settings import Settings
from core.types import Coverage
from retrieval.plan import understand
from tests.retrieval.conftest import make_chunk

REPORT = make_chunk("cic", "x", meeting_date="2023-02-14", pack_date="2023-02-14", doc_type="report")


def plan_of(question: str):
    return understand(question, Coverage.of([REPORT]))


def test_the_end_of_a_year_is_not_the_financial_year_that_ended_in_its_spring():
    plan = plan_of("How many children were in care at the end of 2022?")
    assert off_period(plan, "There were 842 children in care at the end of 2021/22.", REPORT, Settings()) == "end of 2021/22"
    december = "There were 693 children in care in December 2022."
    assert off_period(plan, december, REPORT, Settings()) is None and names_period(plan, december)


def test_a_whole_year_still_overlaps_the_financial_year_ending_in_it():
    plan = plan_of("How many children were in care in 2022?")
    assert off_period(plan, "There were 842 children in care at the end of 2021/22.", REPORT, Settings()) is None


TABLE = ("Housing performance\n\tMar 22\tSept 22\tDec 22\tMar 23\n"
         "Average days to relet a council home\t31\t35\t33\t29\n"
         "Number of households in temporary accommodation\t380 (4.1)\t402 (4.3)\t417 (4.5)\t398 (4.2)\n")
ROW = "Number of households in temporary accommodation\t380 (4.1)\t402 (4.3)\t417 (4.5)\t398 (4.2)"
HOUSING = make_chunk("housing", TABLE, meeting_date="2023-06-20", doc_type="report")


def test_a_table_row_gives_its_cell_under_the_period_asked():
    plan = understand("How many households were in temporary accommodation in December 2022?", Coverage.of([HOUSING]))
    assert period_cell(plan, HOUSING, ROW) == ("Dec 22", "417 (4.5)")
    assert names_period(plan, ROW, HOUSING)
    # of several columns inside the period asked, the last is the period's figure
    plan = understand("How many households were in temporary accommodation in 2022/23?", Coverage.of([HOUSING]))
    assert period_cell(plan, HOUSING, ROW) == ("Mar 23", "398 (4.2)")
    # no column of the period: no cell
    plan = understand("How many households were in temporary accommodation in 2021?", Coverage.of([HOUSING]))
    assert period_cell(plan, HOUSING, ROW) is None


PRECEPTS = [("2019-01-08", "Precept 2019/20\nThe Clerk gave her apologies, the Precept ought to have been an item on the "
                           "Agenda. The Councillors discussed the accounts, looking at the 2018/19 figures, and it was "
                           "resolved to maintain the Precept at £5000."),
            ("2021-01-26", "21.01.09 Finance\n\nAfter discussion it was resolved to apply for £4500 precept.")]


def test_what_was_set_for_a_financial_year_is_read_from_papers_before_it_under_a_heading_naming_it():
    from tests.answering import ask, first_line
    chunks = [make_chunk(f"p{k}", text, meeting_date=day, doc_type="minutes", title="Minutes")
              for k, (day, text) in enumerate(PRECEPTS)]
    # set in January 2019 for 2019/20, under its heading, though the sentence names 2018/19
    lead = first_line(ask("What precept did the parish council set for 2019/20?", chunks))
    assert "£5000" in lead and "£4500" not in lead, lead
    # a precept set ten months into 2020/21 is the next year's, not 2020/21's
    lead = first_line(ask("What precept did the parish council set for 2020/21?", chunks))
    assert "£4500" not in lead, lead
    assert "£4500" in first_line(ask("What precept did the parish council set for 2021/22?", chunks))
