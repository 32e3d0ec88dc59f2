"""A table drawn cell by cell (as reportlab draws one) is read a row a line, its cells tab-separated
under its column headings, while prose, two columns and numbered paragraphs read exactly as pypdf's
default extraction prints them. Real PDFs built with reportlab, read through read_pdf."""
from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from core import tables
from ingest.pdf import read_pdf
from ingest.rows import Run, rebuild

FIGURES = [
    ["", "2023/24 actual", "2024/25 forecast", "2025/26 budget"],
    ["Home to school transport", "£4,210,000", "£4,655,000", "£4,980,000"],
    ["Library book fund", "£0", "£35,000", "£62,500"],
    ["Youth clubs open", "21", "19", "24"],
    ["Average wait for an assessment", "9 weeks", "8 weeks", "6 weeks"],
]
PROSE = ("The committee considered the annual report on the home to school transport service. Members asked "
         "about the rising cost of taxis for pupils with special educational needs, and the officer said that "
         "a review of routes would report in the spring. The report was noted with thanks to the team.")


def _doc(path: Path, story, **kw) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    SimpleDocTemplate(str(path), pagesize=A4, **kw).build(story)
    return path


def _styles():
    from reportlab.lib.styles import getSampleStyleSheet
    return getSampleStyleSheet()


def _table(rows, widths):
    from reportlab.lib import colors
    from reportlab.lib.units import cm
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, colWidths=[w * cm for w in widths])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


@pytest.fixture
def figures_pdf(tmp_path: Path) -> Path:
    from reportlab.platypus import Paragraph, Spacer

    s = _styles()
    story = [Paragraph("<b>4. Financial summary</b>", s["Heading3"]),
             Paragraph("The figures for the service are set out in the table below.", s["BodyText"]),
             _table(FIGURES, [6.5, 3, 3.2, 3]), Spacer(1, 10), Paragraph(PROSE, s["BodyText"])]
    return _doc(tmp_path / "figures.pdf", story)


def test_each_table_row_is_one_line_of_tab_separated_cells(figures_pdf):
    text = read_pdf(figures_pdf)[0].text
    lines = text.split("\n")

    assert "2023/24 actual\t2024/25 forecast\t2025/26 budget" in lines
    assert "Home to school transport\t£4,210,000\t£4,655,000\t£4,980,000" in lines
    assert "Library book fund\t£0\t£35,000\t£62,500" in lines
    assert "Youth clubs open\t21\t19\t24" in lines
    assert "Average wait for an assessment\t9 weeks\t8 weeks\t6 weeks" in lines


def test_a_rebuilt_row_reads_its_figure_under_its_column_heading(figures_pdf):
    text = read_pdf(figures_pdf)[0].text
    row = next(line for line in text.split("\n") if line.startswith("Home to school transport"))

    assert ("2025/26 budget", "£4,980,000") in tables.cells_under(text, row)
    assert tables.row_name(row) == "Home to school transport"


def test_the_prose_around_a_table_reads_as_pypdf_prints_it(figures_pdf):
    ours = read_pdf(figures_pdf)[0].text
    default = PdfReader(figures_pdf).pages[0].extract_text()
    table_cells = {c for row in FIGURES for c in row if c}

    assert [x for x in ours.split("\n") if "\t" not in x and x] == [x for x in default.split("\n")
                                                                     if x.strip() not in table_cells and x]


def test_a_wrapped_first_cell_is_one_cell_of_its_row(tmp_path):
    from reportlab.platypus import Paragraph

    body = _styles()["BodyText"]
    rows = [["", "2024/25", "2025/26"],
            [Paragraph("Households in temporary accommodation at the end of the year", body), "412", "388"],
            [Paragraph("Rough sleepers counted", body), "17", "11"]]
    path = _doc(tmp_path / "wrapped.pdf", [_table(rows, [5, 3, 3])])
    lines = read_pdf(path)[0].text.split("\n")

    assert "Households in temporary accommodation at the end of the year\t412\t388" in lines
    assert "Rough sleepers counted\t17\t11" in lines


def _inked(text: str) -> list[str]:
    """The lines that carry text (ingest/leading.py adds blank lines between spaced paragraphs)."""
    return [line for line in text.split("\n") if line.strip()]


def test_ordinary_paragraphs_read_as_pypdf_prints_them(tmp_path):
    from reportlab.platypus import Paragraph

    s = _styles()
    story = [Paragraph("Minutes of the Children and Young People Committee", s["Title"]),
             Paragraph("1. Apologies", s["Heading3"]), Paragraph(PROSE, s["BodyText"]),
             Paragraph("2. Declarations of interest", s["Heading3"]), Paragraph(PROSE * 3, s["BodyText"])]
    path = _doc(tmp_path / "prose.pdf", story)

    assert [_inked(p.text) for p in read_pdf(path)] == [_inked(p.extract_text()) for p in PdfReader(path).pages]


def test_two_columns_read_as_pypdf_prints_them(tmp_path):
    """Two columns share their baselines but each is printed whole: no line of one joins a line of the other."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    s = _styles()
    path = tmp_path / "columns.pdf"
    width, height = A4
    frames = [Frame(50, 50, width / 2 - 60, height - 100, id="left"),
              Frame(width / 2 + 10, 50, width / 2 - 60, height - 100, id="right")]
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[PageTemplate(frames=frames)])
    doc.build([Paragraph(f"{n}. {PROSE}", s["BodyText"]) for n in range(1, 9)])
    ours, default = read_pdf(path), [p.extract_text() for p in PdfReader(path).pages]

    assert [_inked(p.text) for p in ours] == [_inked(p) for p in default]
    assert "\t" not in "".join(default)


def test_a_label_drawn_apart_from_its_text_joins_it_with_a_space_not_a_tab():
    """'3.1' and its paragraph drawn as two runs on one baseline read as one line, not two cells."""
    runs = [Run("3.1", 72, 700, 11), Run("\n", 72, 700, 11), Run("The Council received 212 referrals.", 108, 700, 11),
            Run("\n", 108, 700, 11), Run("3.2", 72, 686, 11), Run("\n", 72, 686, 11), Run("Demand has", 108, 686, 11),
            Run("\n", 108, 686, 11), Run("risen.", 108, 672, 11)]

    # a text that runs on below its first line is prose: its lines are left as pypdf printed them
    assert rebuild(runs) == "3.1 The Council received 212 referrals.\n3.2\nDemand has\nrisen."


def test_runs_already_on_one_line_or_on_other_baselines_are_left_alone():
    runs = [Run("Item 5: Budget  ", 72, 700, 11), Run("Page 3", 400, 700, 11), Run("\n", 400, 700, 11),
            Run("Rotated", None, None, 0.0), Run("\n", None, None, 0.0), Run("Next line", 72, 686, 11)]

    assert rebuild(runs) == "Item 5: Budget  Page 3\nRotated\nNext line"
