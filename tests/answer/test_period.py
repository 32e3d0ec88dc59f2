"""One period per answer: a sentence's own period against the period a question names."""
from answer.period import names_period, off_period
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
