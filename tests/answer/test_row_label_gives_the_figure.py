"""A performance table's row giving the kind of figure asked ("% of council owned care home beds occupied  93%  95%
On Track  N/A Insufficient data  On Track Performance Improving") is as close in meaning to the question as its
label: the status cells say nothing of what the row measures, and must not leave the row below a prose sentence
on the subject that gives no such figure (answer/scoring.py row_label)."""
from __future__ import annotations

from core.types import Coverage
from retrieval.plan import understand
from answer.scoring import row_label
from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

PROSE = ("Adult Social Care - Budget Monitoring\n\n"
         "Demand for residential care for older people continued to rise this quarter, and more people are being "
         "supported in the council's own care homes and at home, so the service is overspent by £310,000.")

TABLE = ("Deliver our Ageing Well strategy\n\n"
         "Measure Name\tLatest Actual\tTarget\tMeasure Status\tDirection of Travel\tService Forecast for next period\n"
         "% of people discharged from hospital to a reablement service\t78%\t80%\tNot on Track\tStatic\tOn Track Performance Remaining Static\n"
         "% of council owned care home beds occupied\t93%\t95%\tOn Track\tN/A Insufficient data\tOn Track Performance Improving\n"
         "No. of new council owned care home beds open\tNew annual measure due for reporting at Quarter 3\t\t\t\t\n")

QUESTION = "are the council's own care homes actually full"


def test_a_row_giving_the_share_asked_answers_before_prose_giving_none():
    chunks = [make_chunk("budget", PROSE, meeting_date="2025-09-17", doc_type="report", title="Budget Monitoring Q1"),
              make_chunk("kpi", TABLE, meeting_date="2025-09-17", doc_type="appendix", title="Quarterly Performance Report")]
    answer = ask(QUESTION, chunks)
    assert answer.answered, answer.answer
    assert "93%" in first_line(answer), answer.answer


def test_the_label_read_is_that_of_a_row_giving_the_kind_of_figure_asked():
    share = understand(QUESTION, Coverage.of([]))
    row = "% of council owned care home beds occupied\t93%\t95%\tOn Track"
    assert row_label(share, row) == "% of council owned care home beds occupied"
    # a row giving no percentage, a prose sentence, a question asking no figure: no label read
    assert row_label(share, "No. of new council owned care home beds open\tNew annual measure\t\t") is None
    assert row_label(share, "93% of the council's own care home beds were occupied.") is None
    assert row_label(understand("who chairs the adult social care committee", Coverage.of([])), row) is None
    how_much = understand("how much did the council spend on agency staff in children's services", Coverage.of([]))
    assert row_label(how_much, "Agency staff spend\t£4.2m\t£3.5m\tOff Track") == "Agency staff spend"
