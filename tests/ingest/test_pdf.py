"""ingest/pdf.py: one Page per PDF page, pypdf's own text, and every bad PDF named for what it is."""
from __future__ import annotations

import logging
import random
import re

import pytest
from pypdf import PdfReader

from ingest.pdf import read_pdf
from core.errors import UnreadableDocument


def test_each_page_is_read_with_its_1_based_number_and_only_its_own_text(three_page_pdf):
    pages = read_pdf(three_page_pdf)

    assert [page.number for page in pages] == [1, 2, 3]
    for page, (own, others) in zip(pages, [("Alpha", "Bravo Charlie"), ("Bravo", "Alpha Charlie"), ("Charlie", "Alpha Bravo")]):
        assert own in page.text
        assert not any(word in page.text for word in others.split())


def test_page_text_is_exactly_pypdfs_default_extraction_so_cited_pages_can_be_checked(kent_pdf):
    path = kent_pdf("Printed minutes")

    pages = read_pdf(path)

    reference = PdfReader(path)
    assert len(pages) == len(reference.pages) == 10
    assert [page.text for page in pages] == [page.extract_text() for page in reference.pages]
    assert "English Devolution White Paper" in pages[1].text


def test_a_page_without_text_keeps_its_place_with_empty_text(make_pdf):
    path = make_pdf("gap.pdf", [["Report of the Director"], [], ["Appendix A"]])

    pages = read_pdf(path)

    assert [page.number for page in pages] == [1, 2, 3]
    assert pages[1].text.strip() == ""
    assert "Appendix A" in pages[2].text


def test_a_truncated_pdf_is_reported_as_corrupt(three_page_pdf):
    data = three_page_pdf.read_bytes()
    three_page_pdf.write_bytes(data[: len(data) // 2])

    with pytest.raises(UnreadableDocument) as failure:
        read_pdf(three_page_pdf)

    assert failure.value.reason.startswith("corrupt PDF: ")
    assert "truncated" in failure.value.reason


@pytest.mark.parametrize("damage", ["cut_xref_table", "not_a_pdf"])
def test_damaged_pdf_bytes_give_a_short_corrupt_pdf_reason_not_a_library_error(three_page_pdf, damage):
    data = three_page_pdf.read_bytes()
    if damage == "cut_xref_table":
        # keep the %%EOF trailer but destroy everything pypdf needs to find the pages
        data = b"%PDF-1.4\n" + b"garbage " * 200 + b"\nstartxref\n99999\n%%EOF\n"
    else:
        data = b"PK\x03\x04 this is a zip archive renamed to .pdf"
    three_page_pdf.write_bytes(data)

    with pytest.raises(UnreadableDocument) as failure:
        read_pdf(three_page_pdf)

    reason = failure.value.reason
    assert reason.startswith("corrupt PDF: ")
    assert "\n" not in reason and len(reason) < 160
    assert failure.value.__cause__ is None  # no library traceback chained for the CLI to print


def test_a_password_protected_pdf_asks_for_a_password(password_pdf):
    with pytest.raises(UnreadableDocument) as failure:
        read_pdf(password_pdf)

    assert failure.value.reason == "encrypted PDF: needs a password"


def test_a_pdf_encrypted_with_an_empty_user_password_is_read(empty_password_pdf):
    pages = read_pdf(empty_password_pdf)

    assert "Published report with print restrictions" in pages[0].text


def test_an_image_only_pdf_needs_ocr(image_only_pdf):
    with pytest.raises(UnreadableDocument) as failure:
        read_pdf(image_only_pdf)

    assert failure.value.reason == "no text layer: needs OCR"


def test_pypdf_repairs_stay_silent(three_page_pdf, caplog):
    data = three_page_pdf.read_bytes()
    pointer = re.search(rb"startxref\s+(\d+)", data)
    wrong = str(int(pointer.group(1)) + 7).encode()  # pypdf logs "incorrect startxref pointer" and repairs
    three_page_pdf.write_bytes(data[: pointer.start(1)] + wrong + data[pointer.end(1):])

    with caplog.at_level(logging.DEBUG):
        pages = read_pdf(three_page_pdf)

    assert "Charlie appendix on the third page" in pages[2].text
    assert [record.getMessage() for record in caplog.records if record.name.startswith("pypdf")] == []


def test_a_page_whose_text_cannot_be_extracted_stays_empty_and_the_others_are_read(make_pdf, caplog):
    path = make_pdf("damaged-page.pdf", [["Alpha page one"], ["Bravo page two"], ["Charlie page three"]], compress=False)
    data = path.read_bytes()
    assert data.count(b"(Bravo page two) Tj") == 1
    path.write_bytes(data.replace(b"(Bravo page two) Tj", b"<GG> Tj (Bravo)Tj"))  # not a hex string

    with caplog.at_level(logging.WARNING, logger="ingest.pdf"):
        pages = read_pdf(path)

    assert [page.number for page in pages] == [1, 2, 3]
    assert "Alpha page one" in pages[0].text and "Charlie page three" in pages[2].text
    assert pages[1].text == ""
    assert any("page 2" in record.getMessage() for record in caplog.records)


def test_randomly_damaged_pdfs_never_leak_a_library_exception(three_page_pdf):
    original = three_page_pdf.read_bytes()
    rng = random.Random(20250304)
    outcomes = set()
    for _ in range(60):
        data = bytearray(original)
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        three_page_pdf.write_bytes(bytes(data))
        try:
            read_pdf(three_page_pdf)
            outcomes.add("read")
        except UnreadableDocument as failure:
            assert "\n" not in failure.reason
            outcomes.add(failure.reason.split(":")[0])
    assert "corrupt PDF" in outcomes  # the damage really reached pypdf


def test_library_warnings_go_to_the_log_never_to_stderr(three_page_pdf, caplog, capfd):
    data = three_page_pdf.read_bytes()
    pointer = re.search(rb"startxref\s+(\d+)", data)
    wrong = str(int(pointer.group(1)) + 7).encode()
    three_page_pdf.write_bytes(data[: pointer.start(1)] + wrong + data[pointer.end(1):])

    with caplog.at_level(logging.DEBUG, logger="ingest.pdf"):
        pages = read_pdf(three_page_pdf)

    assert len(pages) == 3
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    logged = [r.getMessage() for r in caplog.records if r.name == "ingest.pdf"]
    assert any("startxref" in message for message in logged)


def test_a_fresh_process_prints_no_library_warning(three_page_pdf):
    """As the CLI runs it (no logging configured, where Python prints warnings to stderr itself):
    reading a PDF pypdf has to repair prints nothing."""
    import subprocess
    import sys
    from pathlib import Path

    data = three_page_pdf.read_bytes()
    pointer = re.search(rb"startxref\s+(\d+)", data)
    three_page_pdf.write_bytes(data[: pointer.start(1)] + b"9" + data[pointer.end(1):])
    code = ("import sys; from pathlib import Path; from ingest import pipeline; from core.settings import Settings; "
            "p = pipeline.prepare(pipeline.read(Path(sys.argv[1])), Settings()); print(len(p.chunks))")
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code, str(three_page_pdf)], capture_output=True, text=True,
                          cwd=repo, env={"PYTHONPATH": str(repo), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and int(done.stdout) > 0
