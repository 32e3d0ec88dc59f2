"""Fixtures for the ingest tests: real PDFs built with reportlab (by tests/ingest/pages.py), with known text on known pages."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest

from tests.ingest.pages import build_image_only_pdf, build_password_pdf, build_pdf, encrypted, write_page

REPO = Path(__file__).resolve().parents[2]
KENT = REPO / "corpus" / "kent-county-council"

PageSpec = list[str]  # the lines of one page, top to bottom; [] draws nothing


@pytest.fixture
def make_pdf(tmp_path: Path) -> Callable[..., Path]:
    """make_pdf(name, pages, header=None, footer=None, compress=True) -> path of a real PDF in tmp_path."""

    def make(
        name: str, pages: list[PageSpec], header: str | None = None, footer: str | None = None, compress: bool = True
    ) -> Path:
        return write_page(tmp_path, name, pages, header=header, footer=footer, compress=compress)

    return make


@pytest.fixture
def three_page_pdf(make_pdf) -> Path:
    return make_pdf(
        "three-pages.pdf",
        [
            ["Alpha minutes on the first page"],
            ["Bravo report on the second page"],
            ["Charlie appendix on the third page"],
        ],
    )


@pytest.fixture
def password_pdf(tmp_path: Path) -> Path:
    """A PDF that opens only with the user password "secret"."""
    path = tmp_path / "locked.pdf"
    path.write_bytes(build_password_pdf())
    return path


@pytest.fixture
def empty_password_pdf(tmp_path: Path) -> Path:
    """Encrypted with an empty user password: any viewer opens it without asking (permissions only)."""
    path = tmp_path / "restricted.pdf"
    path.write_bytes(encrypted(build_pdf([["Published report with print restrictions"]]), ""))
    return path


@pytest.fixture
def image_only_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "scanned.pdf"
    path.write_bytes(build_image_only_pdf())
    return path


@pytest.fixture(scope="session")
def kent_pdf() -> Callable[[str], Path]:
    """kent_pdf("Printed minutes") -> the one real Kent PDF whose name starts with that text."""

    def find(prefix: str) -> Path:
        matches = sorted(p for p in KENT.rglob("*.pdf") if p.name.startswith(prefix))
        assert len(matches) == 1, f"expected one Kent PDF named {prefix}..., found {matches}"
        return matches[0]

    return find

