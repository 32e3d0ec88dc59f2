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
