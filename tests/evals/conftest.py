"""Fixtures for the evals tests: a small real PDF with known words on known pages.
(The slow gold-set eval uses the session-wide `sample_engine` of tests/conftest.py.)"""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PAGE_ONE = [
    "Minutes of the meeting held on 12 March 2019",
    "Resolved that the Committee notes the report on self-harm.",
]
PAGE_TWO = [
    "Report to the Committee, 18 June 2019",
    "The overspend on external foster care was 1,377,000 pounds.",
]


def write_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A real PDF, one list of lines per page, drawn as text so pypdf can extract it."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = 780
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()
    return path


@pytest.fixture
def two_page_pdf(tmp_path: Path) -> Path:
    return write_pdf(tmp_path / "pack.pdf", [PAGE_ONE, PAGE_TWO])
