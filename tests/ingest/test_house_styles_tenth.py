"""The parser on a tenth round of house styles: what earlier rounds left. Parish and town minutes
with an item title that holds commas ("7. Parks, Open Spaces and Allotments Update"), closed by the
chair's sign-off and, on a one-page file, a copyright or print-date line at the foot; a heading of
several words set letter-spaced; a Word paper with a text box and a footnote. Each page is invented
(councils, people, places), laid out as councils print them and read through the real pipeline."""
from __future__ import annotations

import io

import docx
import pytest
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from core.types import Page
from ingest import furniture, hyphens, layouts, letterspacing
from ingest.docx import read_docx
from ingest.pdf import read_pdf
from tests.ingest.pages import SOFTWARE, build_pdf, decisions_of, items_of, prepare_file, prepare_page, problems


# ---------------------------------------------------------------- commas, the sign-off, the footer

# A parish council's monthly minutes on one page: item titles in headline case with commas in them,
# the last decision over the chair's sign-off, and (drawn as the page's footer) a copyright line.
def parish_minutes(sign_off: str) -> list[str]:
    return [
        "Wenlow Parish Council",
        "Minutes of the Meeting of the Parish Council held on Monday 8 July 2024 at 7.30 pm",
        "in the Village Hall, Wenlow",
        "Present: Cllrs H Marsden (Chairman), D Pryor, L Adeyemi, J Whitfield and E Tallow",
        "In attendance: Mrs K Bellamy (Clerk) and two members of the public",
        "45. Apologies for Absence",
        "Apologies were received and accepted from Cllr R Dunmore.",
        "46. Declarations of Interest",
        "There were no declarations of interest.",
        "47. Parks, Open Spaces and Allotments Update",
        "Cllr Adeyemi reported that the play area inspection had found two worn swing seats and",
        "that the allotment waiting list now stood at eleven names.",
        "RESOLVED that the two swing seats be replaced at a cost not exceeding £420.",
        "48. Footpaths, Highways and Street Lighting",
        "The Clerk had reported the faulty lamp on Church Street to the county council.",
        "49. Planning Applications",
        "24/00812/HOUS, 14 Mill Lane: single storey rear extension.",
        "RESOLVED that the Council raises no objection to application 24/00812/HOUS.",
        sign_off,
    ]


WANT = {"doc_type": "minutes", "meeting_date": "2024-07-08", "council": "Wenlow Parish Council",
        "items": ["45.", "46.", "47.", "48.", "49."],
        "decisions": [("47.", "RESOLVED that the two swing seats be replaced at a cost not exceeding £420."),
                      ("49.", "RESOLVED that the Council raises no objection to application 24/00812/HOUS.")]}

SIGN_OFFS = ["Signed: .................................. Chairman   Date: ........................",
             "Chair's signature", "Signed as a correct record",
             "Chairman ........................................ Date ....................",
             "Signed ______________________ (Chair)"]

FOOTERS = ["© 2024 Wenlow Parish Council", "Copyright © Wenlow Parish Council 2024 · Printed 12/07/2024",
           "Printed on 12/07/2024 10:32", "Page 1 of 1"]


@pytest.mark.parametrize("sign_off", SIGN_OFFS)
@pytest.mark.parametrize("footer", FOOTERS)
def test_parish_minutes_with_comma_titles_a_sign_off_and_a_footer_on_one_page(tmp_path, sign_off, footer):
    got = prepare_page(tmp_path, "wenlow-2024-07-08.pdf", [parish_minutes(sign_off)], footer=footer, **SOFTWARE)
    assert problems(got, WANT) == []
    doc = got.documents[0]
    # each decision is its own text, exactly: neither the sign-off nor the footer runs on into the last
    assert [t for _, t in decisions_of(doc)] == [text for _, text in WANT["decisions"]]
    # the sign-off is the minutes' text of its own: no item, no heading, no decision
    [block] = [b for b in doc.blocks if sign_off in b.text]
    assert block.text == sign_off and block.kind == "para" and not block.is_resolution and block.found_by == "sign_off"
    # the footer is gone from the text, the chunks too
    assert not any(footer in b.text for b in doc.blocks)
    assert not any(footer in c.text for c in got.chunks)


def test_a_comma_titled_item_keeps_its_text_and_its_decision(tmp_path):
    got = prepare_page(tmp_path, "wenlow.pdf", [parish_minutes(SIGN_OFFS[0])], **SOFTWARE)
    doc = got.documents[0]
    parks = [b.text for b in doc.blocks if (b.item or "").startswith("47. ")]
    assert parks[0] == "47. Parks, Open Spaces and Allotments Update"
    assert any("allotment waiting list" in t for t in parks)
    lamp = [b.item for b in doc.blocks if "faulty lamp" in b.text]
    assert lamp == ["48. Footpaths, Highways and Street Lighting"]


# A decision's numbered parts, one titled with commas over its own lettered parts: the decision's
# part, never the next item (the item before is 62; the part is numbered 3).
DECISION_PARTS = [
    "Kirkby Lonsdale Road Town Council",
    "Minutes of the Transport Committee held on 4 June 2024",
    "62. Residents' Parking Review",
    "The Committee considered the outcome of the consultation.",
    "RESOLVED that the Committee:",
    "1. Approved the extension of the residents' parking zone to Mill Street;",
    "2. Approved the revised permit prices;",
    "3. Business, Medical and Trader Permits",
    "a. Approved a 10% increase to business, medical and trader permit prices;",
    "b. Approved a charge for visitor permits.",
    "63. Date of Next Meeting",
    "The next meeting will be held on 2 July 2024.",
]


def test_a_comma_titled_part_of_a_decision_stays_in_the_decision(tmp_path):
    got = prepare_page(tmp_path, "transport.pdf", [DECISION_PARTS], **SOFTWARE)
    doc = got.documents[0]
    assert items_of(doc) == ["62. Residents' Parking Review", "63. Date of Next Meeting"]
    [(item, text)] = decisions_of(doc)
    assert item.startswith("62. ") and "3. Business, Medical and Trader Permits" in text \
        and text.endswith("b. Approved a charge for visitor permits.")


@pytest.mark.parametrize("line", SIGN_OFFS + ["Chairman: ...........................", "Chair’s signature: ____________",
                                              "Date: ..........", "Signed and agreed as a correct record"])
def test_the_chairs_sign_off(line):
    assert layouts.SIGN_OFF(line) is not None


@pytest.mark.parametrize("line", ["signed by the Chairman as a correct record.", "correct record and signed by the Chair.",
                                  "Chairman's Announcements", "Chair: Cllr H Marsden", "Signed as a correct record.",
                                  "Signed agreements were returned by all three contractors and the Chairman thanked them"])
def test_not_the_chairs_sign_off(line):
    assert layouts.SIGN_OFF(line) is None


@pytest.mark.parametrize("line", FOOTERS + ["Wenlow Town Council © 2025", "(c) 2024 Wenlow Parish Council",
                                            "© Crown copyright and database rights 2024 OS 100019588",
                                            "Printed: 12 July 2024", "Copyright Wenlow Parish Council 2024"])
def test_a_footer_notice(line):
    assert layouts.FOOTER_NOTICE(line) is not None


@pytest.mark.parametrize("line", ["(c) that the Clerk writes to the owner of the land;", "Copyright of the photographs remains "
                                  "with the owner", "The copyright holder was consulted", "Printed copies are available "
                                  "at the library.", "Produced 3 copies for 2024 members"])
def test_not_a_footer_notice(line):
    assert layouts.FOOTER_NOTICE(line) is None


def test_a_copyright_line_inside_the_text_stays(tmp_path):
    """Only a page's edge holds a footer: a notice in the middle of the text is the text's own."""
    lines = parish_minutes(SIGN_OFFS[0])
    lines.insert(11, "© 2024 photographs reproduced by permission")
    [page] = furniture.clean_pages([Page(1, "\n".join(lines) + "\n")])
    assert "© 2024 photographs reproduced by permission" in page.text


# ---------------------------------------------------------------- letter-spaced headings of several words

SPACED_TITLE = [
    ["Hatherby Town Council",
     ("spaced", "MINUTES OF THE PLANNING COMMITTEE"),
     "Held on Tuesday 4 June 2024 at 7.00 pm in the Council Chamber, Town Hall",
     "Present: Councillors A Pryce (Chair), B Lowther, C Mistry and D Kerrigan",
     "12. Apologies for Absence",
     "Apologies were received from Councillor E Fry.",
     "13. Planning Applications",
     "RESOLVED that the Town Council has no objection to application 24/0311/FUL."],
]


def test_a_letter_spaced_heading_of_several_words_names_the_committee(tmp_path):
    got = prepare_page(tmp_path, "hatherby.pdf", SPACED_TITLE, **SOFTWARE)
    assert problems(got, {"doc_type": "minutes", "committee": "Planning Committee", "meeting_date": "2024-06-04",
                          "council": "Hatherby Town Council", "items": ["12.", "13."],
                          "decisions": [("13.", "RESOLVED that the Town Council has no objection")]}) == []


def test_a_letter_spaced_heading_keeps_its_letters_and_gains_its_word_gaps(tmp_path):
    path = tmp_path / "hatherby.pdf"
    path.write_bytes(build_pdf(SPACED_TITLE, **SOFTWARE))
    lines = read_pdf(path)[0].text.split("\n")
    assert "M I N U T E S   O F   T H E   P L A N N I N G   C O M M I T T E E" in [x.strip() for x in lines]
    assert "Held on Tuesday 4 June 2024 at 7.00 pm in the Council Chamber, Town Hall" in lines


@pytest.mark.parametrize("elements, words", [
    (["M", -450, "I", -450, "N", -1600, "O", -450, "F"], ["MIN", "OF"]),
    (["A", -300, "G", -300, "E", -300, "N", -300, "D", -300, "A", -300, " ", -300, "I", -300, "T", -300, "E", -300, "M"],
     ["AGENDA", "ITEM"]),
])
def test_word_gaps_of_a_letter_spaced_line(elements, words):
    assert letterspacing.spaced_words(elements) == words


@pytest.mark.parametrize("elements", [
    ["M", -450, "I", -450, "N", -450, "U", -450, "T", -450, "E", -450, "S"],       # one word: lines.unspaced's
    ["W", 80, "ater and drainage"],                                                   # a kerning pair of ordinary text
    ["Y", -3000, "N", -3000, "Y", -3000, "Y"],                                        # a column of votes
    ["The ", -250, "Committee", -250, " resolved"],
])
def test_not_word_gaps_of_a_letter_spaced_line(elements):
    assert letterspacing.spaced_words(elements) is None


# ---------------------------------------------------------------- Word: a text box and a footnote

_BOX_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"')


def text_box_run(paragraphs: list[str]):
    """A run holding a floating text box as Word writes one: a DrawingML shape, and the same box again
    as a VML fallback for old readers (python-docx has no API for either)."""
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in paragraphs)
    return parse_xml(
        f'<w:r {nsdecls("w")} {_BOX_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        f'<wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData '
        f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>'
        f'<w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        f'</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{body}</w:txbxContent>'
        f'</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def add_footnotes(d, notes: dict[int, str]) -> None:
    """The document's footnotes part (python-docx has no API for it): Word's two separator notes, then the notes."""
    xml = "".join(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
                  f'<w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r>'
                  f'<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>' for n, text in notes.items())
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {nsdecls("w")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            f'{xml}</w:footnotes>').encode()
    d.part.relate_to(Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, d.part.package), RT.FOOTNOTES)


def footnote_ref(n: int):
    return parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                     f'<w:footnoteReference w:id="{n}"/></w:r>')


def kelbrook_minutes(path):
    """A parish clerk's Word minutes: public participation typed in a text box beside item 3, the
    precept's decision with a footnote giving last year's figure."""
    d = docx.Document()
    d.add_paragraph("Kelbrook and Sough Parish Council", style="Title")
    d.add_paragraph("Minutes of the meeting of the Parish Council held on Monday 3 June 2024 at 7.15pm "
                    "in Kelbrook Village Hall")
    d.add_paragraph("Present: Cllr P Hargreaves (Chair), Cllr J Nuttall, Cllr S Booth, Cllr A Pickles")
    d.add_paragraph("24/061 Apologies", style="Heading 2")
    d.add_paragraph("Apologies were received from Cllr M Lund.")
    d.add_paragraph("24/062 Public Participation", style="Heading 2")
    anchor = d.add_paragraph("The Chair opened the meeting to the public.")
    anchor._p.append(text_box_run(["A resident asked when the bus shelter on Colne Road would be repaired.",
                                   "The Clerk said the insurer had approved the claim."]))
    d.add_paragraph("24/063 Precept 2025/26", style="Heading 2")
    d.add_paragraph("Members considered the draft budget for 2025/26.")
    decision = d.add_paragraph("RESOLVED: that the precept for 2025/26 be set at £18,400.")
    decision._p.append(footnote_ref(2))
    d.add_paragraph("24/064 Date of Next Meeting", style="Heading 2")
    d.add_paragraph("The next meeting will be held on Monday 1 July 2024.")
    add_footnotes(d, {2: "The precept for 2024/25 was £17,250."})
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(buf.getvalue())
    return path


def test_a_word_text_box_and_footnote_are_read_where_they_stand(tmp_path):
    [page] = read_docx(kelbrook_minutes(tmp_path / "kelbrook.docx"))
    text = page.text
    # the box once (not again from Word's fallback copy), after the paragraph it is anchored in
    assert text.count("A resident asked when the bus shelter on Colne Road would be repaired.") == 1
    assert text.index("The Chair opened the meeting to the public.") < text.index("A resident asked") \
        < text.index("The Clerk said the insurer") < text.index("24/063 Precept")
    # the footnote under the number Word prints, after the paragraph that refers to it; no separator note
    assert "[1] The precept for 2024/25 was £17,250." in text.split("\n")
    assert text.index("be set at £18,400.") < text.index("[1] The precept") < text.index("24/064 Date")


def test_a_word_text_box_and_footnote_through_the_pipeline(tmp_path):
    got = prepare_file(kelbrook_minutes(tmp_path / "kelbrook.docx"))
    assert problems(got, {"doc_type": "minutes", "meeting_date": "2024-06-03",
                          "council": "Kelbrook and Sough Parish Council",
                          "decisions": [("24/063", "RESOLVED: that the precept for 2025/26 be set at £18,400.")]}) == []
    doc = got.documents[0]
    [item] = {b.item for b in doc.blocks if "bus shelter" in b.text}
    assert item == "24/062 Public Participation"
    [item] = {b.item for b in doc.blocks if "£17,250" in b.text}
    assert item == "24/063 Precept 2025/26"
    assert any("£17,250" in c.text for c in got.chunks)


def test_a_word_document_without_footnotes_or_boxes_reads_as_before(tmp_path):
    d = docx.Document()
    d.add_paragraph("Minutes of the Finance Committee held on 2 May 2024")
    d.add_paragraph("RESOLVED that the accounts be approved.")
    path = tmp_path / "plain.docx"
    d.save(path)
    assert read_docx(path)[0].text == "Minutes of the Finance Committee held on 2 May 2024\n\nRESOLVED that the accounts be approved.\n"


# ---------------------------------------------------------------- a page's running lines

def test_furniture_and_broken_words_keep_a_pages_running_lines():
    """A reader's running lines (a Word document's header) stay on the page its text is rebuilt on."""
    pages = [Page(1, "The Committee discussed the environ-\nmental report.\n", running=("Wenlow PC – Minutes – 8 July 2024",)),
             Page(2, "RESOLVED that the report be noted.\n", running=("Wenlow PC – Minutes – 8 July 2024",))]
    cleaned = furniture.clean(pages).pages
    assert [p.running for p in cleaned] == [p.running for p in pages]
    joined = hyphens.join_broken_words(cleaned)
    assert "environmental" in joined[0].text
    assert [p.running for p in joined] == [p.running for p in pages]
