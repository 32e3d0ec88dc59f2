"""Word .docx papers through the real pipeline: invented parish council minutes built with python-docx."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

from core.errors import UnreadableDocument
from core.filekinds import TEXT_SUFFIXES, kind_of
from core.settings import Settings
from ingest import loaders, pipeline
from ingest.docx import read_docx
from tests.ingest.pages import prepare_file, problems

REPO = Path(__file__).resolve().parents[2]

PAYMENTS = [("Payee", "Purpose", "Amount"),
            ("Ashcombe Village Hall", "Hall hire, March", "£45.00"),
            ("J Hartley", "Clerk's salary, February", "£612.40"),
            ("Greenway Grounds Ltd", "Grass cutting, churchyard", "£180.00")]


def ashcombe_minutes(path: Path, header: bool = True, footer: bool = True) -> Path:
    """A parish council's minutes as a clerk types them in Word: the masthead, Word's own list
    numbering for the opening items, typed minute numbers after, a RESOLVED, a table of payments."""
    d = docx.Document()
    d.add_paragraph("Ashcombe Parish Council", style="Title")
    d.add_paragraph("Minutes of the meeting of the Parish Council held on Tuesday 4 March 2025 at 7.30pm "
                    "in Ashcombe Village Hall")
    d.add_paragraph("Present: Cllr R Pengelly (Chair), Cllr S Okafor, Cllr T Whitlock, Cllr M Dunstan")
    d.add_paragraph("In attendance: J Hartley (Clerk) and two members of the public")
    d.add_paragraph("Apologies for absence", style="List Number")
    d.add_paragraph("Apologies were received from Cllr A Brewer.")
    d.add_paragraph("Declarations of interest", style="List Number")
    d.add_paragraph("Cllr Okafor declared a personal interest in item 24/033 as a trustee of the hall.")
    d.add_paragraph("24/031 Minutes", style="Heading 2")
    d.add_paragraph("The minutes of the meeting held on 4 February 2025 were read.")
    d.add_paragraph("RESOLVED: that the minutes of the meeting held on 4 February 2025 be approved as a "
                    "correct record and signed by the Chair.")
    d.add_paragraph("24/032 Payments", style="Heading 2")
    d.add_paragraph("The Clerk presented the schedule of payments.")
    table = d.add_table(rows=0, cols=3)
    for row in PAYMENTS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    d.add_paragraph("RESOLVED: that the payments listed be approved.")
    d.add_paragraph("24/033\tVillage hall roof")          # the minute number typed, a tab to its title
    d.add_paragraph("Members discussed the quotations for repairs to the village hall roof.")
    d.add_paragraph("RESOLVED: that the quotation of Tamar Roofing Ltd for £4,250 be accepted and "
                    "the Clerk place the order.")
    d.add_paragraph("The meeting closed at 9.05pm.")
    section = d.sections[0]
    if header:
        section.header.paragraphs[0].text = "Ashcombe Parish Council – Minutes – 4 March 2025"
    if footer:
        section.footer.paragraphs[0].text = "Signed …………………… Chair  Date ……………"
    d.save(str(path))
    return path


WANT = {
    "doc_type": "minutes", "meeting_date": "2025-03-04", "council": "Ashcombe Parish Council",
    "committee": "Ashcombe Parish Council",     # a meeting of the full council
    "items": ["1.", "2.", "24/031", "24/032", "24/033"],
    "decisions": [("24/031", "the minutes of the meeting held on 4 February 2025 be approved as a correct record "
                             "and signed by the Chair."),
                  ("24/032", "the payments listed be approved."),
                  ("24/033", "the quotation of Tamar Roofing Ltd for £4,250 be accepted and the Clerk place the order.")],
}


def test_a_docx_is_a_kind_offered_for_download_not_shown_as_text():
    kind = kind_of("minutes.DOCX")
    assert kind is not None and kind.name == "docx"
    assert kind.served_as == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert not kind.opens_inline and ".docx" not in TEXT_SUFFIXES
    assert ".docx" in loaders.supported_suffixes()


def test_word_minutes_read_in_document_order(tmp_path):
    [page] = read_docx(ashcombe_minutes(tmp_path / "minutes.docx"))
    assert page.number is None                      # a .docx has no pages of its own, as a text file
    lines = page.text.split("\n")
    assert lines[0] == "# Ashcombe Parish Council"  # Word's Title style as a heading
    # Word's automatic numbers, which python-docx leaves out of the text, are written in
    assert "1. Apologies for absence" in lines and "2. Declarations of interest" in lines
    assert "## 24/031 Minutes" in lines
    # one line per paragraph, a blank line between paragraphs (the shape of a .txt file)
    at = lines.index("1. Apologies for absence")
    assert lines[at + 1] == "" and lines[at + 2] == "Apologies were received from Cllr A Brewer."
    # the table stands where it stands in the body, its rows as tab-separated cells
    rows = ["\t".join(r) for r in PAYMENTS]
    start = lines.index(rows[0])
    assert lines[start:start + 4] == rows
    assert lines.index("The Clerk presented the schedule of payments.") < start \
        < lines.index("RESOLVED: that the payments listed be approved.")
    # the header and footer are running lines, apart from the text
    assert "Ashcombe Parish Council – Minutes – 4 March 2025" not in page.text
    assert page.running == ("Ashcombe Parish Council – Minutes – 4 March 2025", "Signed …………………… Chair Date ……………")


def test_word_minutes_through_the_pipeline(tmp_path):
    got = prepare_file(ashcombe_minutes(tmp_path / "ashcombe-2025-03-04.docx"))
    assert problems(got, WANT) == []
    assert got.source.kind == "docx"
    assert all(c.page_start is None for c in got.chunks)     # cited without a page, as a text file is
    # the payments table's rows, whole and cell by cell, under the item that presents them
    payments = "\n".join(c.text for c in got.chunks if c.item == "24/032 Payments")
    for row in PAYMENTS:
        assert "\t".join(row) in payments
    rows = [b for b in got.documents[0].blocks if b.kind == "table"]
    assert {b.item for b in rows} == {"24/032 Payments"}


def test_the_word_header_gives_the_date_the_text_does_not(tmp_path):
    """A paper whose body names no meeting date: the Word header's date is the meeting's."""
    d = docx.Document()
    d.add_paragraph("Ashcombe Parish Council", style="Title")
    d.add_paragraph("Minutes", style="Heading 1")
    d.add_paragraph("Present: Cllr R Pengelly (Chair), Cllr S Okafor")
    d.add_paragraph("24/040 Defibrillator")
    d.add_paragraph("RESOLVED: that a defibrillator be installed at the village hall.")
    d.sections[0].header.paragraphs[0].text = "Ashcombe Parish Council – Minutes – 4 March 2025"
    d.save(str(tmp_path / "minutes.docx"))
    doc = prepare_file(tmp_path / "minutes.docx").documents[0]
    assert doc.meeting_date == "2025-03-04"
    assert doc.council == "Ashcombe Parish Council"


def test_word_list_levels_count_as_word_counts_them(tmp_path):
    d = docx.Document()
    d.add_paragraph("Finance", style="List Number")
    d.add_paragraph("Bank reconciliation", style="List Number 2")
    d.add_paragraph("Planning", style="List Number")
    d.add_paragraph("A bullet point", style="List Bullet")
    d.add_paragraph("\tParish Hall\t\tHall hire\t£45.00")   # a row set out with tabs, not a table
    d.add_paragraph("Line one", style="Normal").add_run().add_break(WD_BREAK.PAGE)
    d.save(str(tmp_path / "list.docx"))
    [page] = read_docx(tmp_path / "list.docx")
    lines = [x for x in page.text.split("\n") if x]
    assert lines[0] == "1. Finance" and lines[2] == "2. Planning" and lines[3] == "• A bullet point"
    assert lines[1].endswith("Bank reconciliation") and lines[1] != "Bank reconciliation"
    assert lines[4] == "Parish Hall\tHall hire\t£45.00"


@pytest.mark.parametrize("data, reason", [
    (b"PK\x03\x04 this is not really a zip", "corrupt Word document"),
    (b"just some text typed into a file named .docx", "corrupt Word document: not a .docx file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "WordDocument".encode("utf-16-le"),
     "an old Word .doc file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "EncryptedPackage".encode("utf-16-le"),
     "password-protected Word document"),
])
def test_bad_word_files_give_one_clear_line_naming_the_file(tmp_path, data, reason):
    path = tmp_path / "minutes.docx"
    path.write_bytes(data)
    with pytest.raises(UnreadableDocument) as e:
        pipeline.read(path)
    assert reason in str(e.value) and "minutes.docx" in str(e.value) and "\n" not in str(e.value)


def test_a_zip_that_is_not_a_word_document(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a Word document")
    path = tmp_path / "minutes.docx"
    path.write_bytes(buf.getvalue())
    with pytest.raises(UnreadableDocument, match=r"minutes\.docx: corrupt Word document"):
        pipeline.read(path)


def test_an_empty_word_document(tmp_path):
    docx.Document().save(str(tmp_path / "blank.docx"))
    with pytest.raises(UnreadableDocument, match=r"blank\.docx: no text found"):
        pipeline.read(tmp_path / "blank.docx")


@pytest.mark.slow
def test_cli_ingests_a_folder_with_a_word_document_and_keeps_the_rest(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    ashcombe_minutes(corpus / "ashcombe-minutes.docx")
    (corpus / "broken.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    index = tmp_path / "index"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "SCRUTINEER_INDEX": str(index)}
    run = subprocess.run([sys.executable, "-m", "scrutineer", "ingest", str(corpus)],
                         capture_output=True, text=True, cwd=REPO, env=env, timeout=600)
    out = run.stdout + run.stderr
    assert "Traceback" not in out
    assert "broken.docx: an old Word .doc file" in out
    assert "ingested 1, skipped 0, failed 1" in out
    from service.engine import Scrutineer
    engine = Scrutineer(Settings(index_dir=str(index), corpus_dir=str(corpus)))
    docs = engine.documents()
    assert [(d.doc_type, d.meeting_date, d.council) for d in docs] == [("minutes", "2025-03-04", "Ashcombe Parish Council")]
    hits = engine.search("Tamar Roofing quotation village hall roof", k=3)
    assert any("Tamar Roofing" in h.chunk.text for h in hits)
    # the Word file is saved over by a damaged copy: one line says so, and what was indexed stays
    (corpus / "ashcombe-minutes.docx").write_bytes(b"PK\x03\x04 cut short")
    again = subprocess.run([sys.executable, "-m", "scrutineer", "ingest", str(corpus)],
                           capture_output=True, text=True, cwd=REPO, env=env, timeout=600)
    out = again.stdout + again.stderr
    assert "Traceback" not in out and "ashcombe-minutes.docx: corrupt Word document" in out
    assert [d.meeting_date for d in Scrutineer(Settings(index_dir=str(index), corpus_dir=str(corpus))).documents()] \
        == ["2025-03-04"]


def test_the_gold_checker_reads_a_word_document_as_text(tmp_path):
    """evals/check_gold's own reading: a gold string printed in a .docx (its table too) is found."""
    from evals.check_gold import corpus_texts

    ashcombe_minutes(tmp_path / "minutes.docx")
    (tmp_path / "old.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    texts = corpus_texts(tmp_path)
    assert list(texts) == [str(tmp_path / "minutes.docx")]
    assert "tamar roofing ltd for £4,250" in texts[str(tmp_path / "minutes.docx")].lower()
    assert "£612.40" in texts[str(tmp_path / "minutes.docx")]
