"""Asked what a body will charge or set, a report's options ("Option 2: a central zone priced at around £15
per space per week could raise £6m a year") are choices, not a decision: the question is declined unless a
resolution adopts a figure (answer/declines.py only_options). Pages written for these tests; the embedder
is the fixed fake of tests/answering.py."""
from __future__ import annotations

from tests.answering import ask, first_line
from tests.retrieval.conftest import make_chunk

REPORT = ("Workplace Parking Levy: options\n\nOption 1 would be a city-wide workplace parking levy of around £400 per "
          "parking space a year. Option 2, a central charging zone priced at around £15 per parking space per week, "
          "could raise £6m a year for bus services. Officers will report back on both options in the spring.")
RESOLVED = ("9. Workplace Parking Levy\n\nRESOLVED that the workplace parking levy be charged at £450 per parking space "
            "per year from 1 April 2026, its income ring-fenced for bus services.")
QUESTION = "How much per parking space will Kelsworth charge employers under its workplace parking levy?"


def _report():
    return make_chunk("r", REPORT, meeting_date="2025-09-12", doc_type="report", council="Kelsworth City Council",
                      title="Workplace Parking Levy", source="corpus/r.txt")


def test_a_reports_options_are_not_the_charge_set():
    answer = ask(QUESTION, [_report()])
    assert not answer.answered, answer.answer
    assert answer.answer.startswith("The passages on this subject give figures only as options"), answer.answer


def test_a_resolution_setting_the_charge_answers():
    minutes = make_chunk("m", RESOLVED, meeting_date="2025-12-03", doc_type="minutes", council="Kelsworth City Council",
                         item="9. Workplace Parking Levy", is_resolution=True, source="corpus/m.txt")
    answer = ask(QUESTION, [minutes, _report()])
    assert answer.answered and "£450" in first_line(answer), answer.answer
