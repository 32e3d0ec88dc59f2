"""Minutes typed in a word processor that spaces its paragraphs ("6 pt after") and saved as PDF:
pypdf prints no empty line between paragraphs, so the page ran together as one paragraph and no
minute's heading was found. Real PDFs built with reportlab the way such minutes are laid out (a
letterhead, minute references, a number column, a running header), read through the pipeline.
The bodies, people and figures are invented."""
from __future__ import annotations

from pathlib import Path

from ingest.leading import with_breaks
from ingest.pdf import read_pdf
from ingest.rows import Placed
from tests.ingest.pages import items_of, prepare_file

APOLOGIES = "Apologies were received from Cllr Mrs Dunmore and Cllr Pike, and were accepted."
PRECEPT = ("Cllr Ashworth proposed that the precept for 2025/2026 be set at £14,250, an increase of 4.5%, "
           "seconded by Cllr Pike. The Clerk reported that the Band D charge would rise by £2.61.")
PAYMENTS = "Cllr Pike proposed approval of the payments listed, seconded by Cllr Ashworth - Agreed"


def _styles():
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet

    base = getSampleStyleSheet()["Normal"]
    body = ParagraphStyle("body", parent=base, fontName="Helvetica", fontSize=10, leading=14, spaceAfter=6)
    head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20, alignment=1)
    return body, head


def _build(path: Path, story, running: str) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    def page(canvas, doc):
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, A4[1] - 34, running)
        canvas.drawRightString(A4[0] - 56, 28, f"Page {doc.page}")

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=56, rightMargin=56).build(story, onFirstPage=page,
                                                                                   onLaterPages=page)
    return path


def _parish_minutes(path: Path) -> Path:
    """A parish clerk's minutes: each minute's reference and title on a line of its own, ending in a colon."""
    from reportlab.platypus import Paragraph

    body, head = _styles()
    story = [Paragraph("ASHCOMBE PARISH COUNCIL", head),
             Paragraph("Minutes of the Parish Council Meeting held in the Village Hall at 7.30pm on "
                       "Tuesday 14 January 2025", body),
             Paragraph("Present: Cllr J Ashworth (Chair), Cllr R Pike, Cllr S Tolley, Mrs K Lamb (Clerk)", body),
             Paragraph("25/001   Apologies:", body), Paragraph(APOLOGIES, body),
             Paragraph("25/002 Precept 2025/2026:", body), Paragraph(PRECEPT, body),
             Paragraph("25/003   Payments for Approval:", body), Paragraph(PAYMENTS, body)]
    return _build(path, story, "Ashcombe Parish Council – Minutes 14 January 2025")


def test_a_paragraphs_space_is_read_as_a_blank_line_and_its_own_lines_stay_together(tmp_path):
    text = read_pdf(_parish_minutes(tmp_path / "Minutes 14.01.25.pdf"))[0].text
    lines = text.split("\n")

    heading = lines.index("25/002 Precept 2025/2026:")
    assert lines[heading - 1] == "" and lines[heading + 1] == ""
    # the precept's own two lines (one paragraph, wrapped) have no blank line between them
    start = next(i for i, line in enumerate(lines) if line.startswith("Cllr Ashworth proposed"))
    assert lines[start + 1].strip() and "£2.61" in lines[start + 1]


def test_spaced_minutes_are_filed_under_their_minute_references(tmp_path):
    [doc] = prepare_file(_parish_minutes(tmp_path / "Minutes 14.01.25.pdf")).documents

    assert (doc.doc_type, doc.meeting_date) == ("minutes", "2025-01-14")
    assert items_of(doc) == ["25/001 Apologies:", "25/002 Precept 2025/2026:", "25/003 Payments for Approval:"]
    precept = [b for b in doc.blocks if "£14,250" in b.text]
    assert precept and precept[0].item == "25/002 Precept 2025/2026:"


def test_a_minute_number_in_a_column_of_its_own_heads_the_text_printed_below_it(tmp_path):
    """An authority's minutes set as a two-column table: the running minute number ("0412") in the
    first column, the title in the second, the minute's text under the title."""
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Table, TableStyle

    body, head = _styles()

    def minute(number, title):
        t = Table([[Paragraph(f"<b>{number}</b>", body), Paragraph(f"<b>{title}</b>", body)]],
                  colWidths=[22 * mm, 150 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return t

    story = [Paragraph("Ridgeway Fire Authority", head), Paragraph("Full Authority", body),
             Paragraph("Minutes of the meeting held on 12 March 2025", body),
             minute("0412", "Apologies for Absence"),
             Paragraph("Apologies were received from Cllr A Hurst, Cllr B Lowe and Cllr D Moss.", body),
             minute("0413", "Chairman’s Announcements"),
             Paragraph("The Chairman thanked Members for their attendance at the Service of Remembrance.", body),
             PageBreak(),
             Paragraph("The Chairman congratulated Ms F Reeve on her promotion to Area Manager and thanked "
                       "the crews who attended the flooding at Lower Marsh on 2 February.", body)]
    path = _build(tmp_path / "Full Authority Minutes - 12 March 2025.pdf", story, "Full Authority 12 March 2025")
    [doc] = prepare_file(path).documents

    assert items_of(doc) == ["0412 Apologies for Absence", "0413 Chairman’s Announcements"]
    reeve = [b for b in doc.blocks if "Ms F Reeve" in b.text]
    assert reeve and reeve[0].item == "0413 Chairman’s Announcements"


def test_a_page_that_prints_its_own_empty_lines_is_left_as_printed():
    """A producer that types empty paragraphs marks its paragraphs itself: no blank line is added
    where it set a wider space (a heading's space before), so its paragraphs stay as it made them."""
    lines = [Placed("1. Introduction", 700, 10), Placed("", None, 0.0), Placed("The report sets out", 672, 10),
             Placed("the options.", 658, 10), Placed("", None, 0.0), Placed("2. Options", 630, 10),
             Placed("Three options were", 612, 10), Placed("considered.", 598, 10)]

    assert with_breaks(lines) == "\n".join(line.text for line in lines)


def test_two_rows_of_one_table_are_never_parted():
    lines = [Placed("Payee\tNet\tGross", 700, 10), Placed("Grass cutting\t89.92\t107.90", 680, 10),
             Placed("Water rates\t15.55\t15.55", 660, 10), Placed("The payments were approved", 630, 10),
             Placed("by all present.", 616, 10), Placed("Next item", 590, 10), Placed("follows here", 576, 10)]

    assert with_breaks(lines).split("\n")[:4] == ["Payee\tNet\tGross", "Grass cutting\t89.92\t107.90",
                                                  "Water rates\t15.55\t15.55", ""]


def test_a_table_is_never_parted_from_the_line_leading_into_it():
    # "the following payments:" says what the table's figures are: a paragraph's space before the table's
    # header is no break between them (else the payments' sum is filed apart from the decision approving it)
    lines = [Placed("a) Payments. It was RESOLVED to approve the following payments:", 700, 10),
             Placed(" Payee\tDetails\tMethod\tAmount (£)", 676, 10), Placed("L Smith\tClerk's salary\tBACS\t842.60", 662, 10),
             Placed("b) Bank reconciliation. The Clerk reported", 630, 10), Placed("the balance.", 616, 10)]

    assert with_breaks(lines).split("\n")[:4] == [line.text for line in lines[:3]] + [""]


def test_a_running_header_that_prints_the_councils_initials_names_the_council_not_a_committee(tmp_path):
    """'ACC Minutes – 3 October 2024' over each page of Ashcombe Community Council's minutes: the
    committee is the council, not a body called 'Acc'."""
    from tests.ingest.pages import prepare_page

    lines = ["Ashcombe Community Council", "A Meeting of Ashcombe Community Council took place in",
             "Ashcombe Village Hall on Thursday 3 October 2024 at 7.30pm",
             "Present: Cllrs: R Hay (Chair)/ S Innes/ T Kerr", "1:00 Apologies: Cllr Moffat",
             "2:00 Treasurer’s Report: The balance stands at £1,204.17."]
    more = ["3:00 Police Business: No report submitted.", "4:00 Date of next meeting: 7 November 2024."]
    [doc] = prepare_page(tmp_path, "ACC-Draft-Minutes-03.10.24.pdf", [lines, more],
                         header="ACC Minutes – 3 October 2024").documents

    assert (doc.council, doc.committee, doc.meeting_date) == (
        "Ashcombe Community Council", "Ashcombe Community Council", "2024-10-03")
