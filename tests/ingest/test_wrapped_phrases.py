"""A PDF wraps its lines wherever the width runs out, so a phrase with a figure in it may be split over two
lines: "at the end of Quarter" / "3 of 2020/21", "The target for the year was" / "95% ...", "held on
Tuesday" / "30 November 2020". The sentence keeps its phrase whole (core.sentences.runs_on) in the chunk
the index stores. A district council's budget monitoring report, written for this test, read by the real
PDF path."""
from __future__ import annotations

from core.sentences import source_spans
from tests.ingest.pages import prepare_page

REPORT = [[
    "Report to: Cabinet",
    "Date of meeting: 12 January 2021",
    "Title: Revenue Budget Monitoring 2020/21 Quarter 3",
    "Report of: Chief Finance Officer",
    "1. Summary",
    "1.1 The revenue budget is forecast to overspend by £410,000 at the end of Quarter",
    "3 of 2020/21, mainly because of agency staff costs in children's services.",
    "1.2 Collection of council tax is below profile. The target for the year was",
    "95% and collection to the end of December stands at 78.4%.",
    "1.3 The Government's Covid-19 grant to the Council for the year is £1.2",
    "million, of which £0.9 million has been spent.",
    "1.4 The next report will be taken to the meeting of Cabinet on Tuesday",
    "30 March 2021 with the outturn forecast.",
]]


def test_a_phrase_wrapped_at_a_pdf_lines_end_stays_in_its_sentence(tmp_path):
    prepared = prepare_page(tmp_path, "budget-monitoring-q3.pdf", REPORT)
    sentences = [" ".join(c.text[a:b].split()) for c in prepared.chunks for a, b in source_spans(c.text)]
    for whole in ("at the end of Quarter 3 of 2020/21, mainly because of agency staff costs",
                  "The target for the year was 95% and collection to the end of December stands at 78.4%.",
                  "for the year is £1.2 million, of which £0.9 million has been spent.",
                  "on Tuesday 30 March 2021 with the outturn forecast."):
        assert any(whole in s for s in sentences), (whole, sentences)
