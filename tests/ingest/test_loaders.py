"""ingest/loaders.py, text.py, html.py, sidecar.py: files -> SourceFile, and a reason for every bad file."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ingest import loaders
from ingest.loaders import SUPPORTED_SUFFIXES, is_supported, load_file, register_loader
from core.errors import UnreadableDocument
from core.types import Page

REPO = Path(__file__).resolve().parents[2]
WARWICKSHIRE = REPO / "corpus" / "warwickshire" / "cyp-osc"


def reason_for(path: Path) -> str:
    with pytest.raises(UnreadableDocument) as failure:
        load_file(path)
    assert Path(failure.value.path).resolve() == path.resolve()  # the message names the file
    return failure.value.reason


# --- picking a loader -------------------------------------------------------------------------

def test_a_pdf_becomes_a_source_file_with_pages_hash_and_kind(three_page_pdf):
    source = load_file(three_page_pdf, display_path="papers/three-pages.pdf")

    assert source.kind == "pdf"
    assert source.path == "papers/three-pages.pdf"
    assert source.sha256 == hashlib.sha256(three_page_pdf.read_bytes()).hexdigest()
    assert [page.number for page in source.pages] == [1, 2, 3]
    assert "Bravo report on the second page" in source.pages[1].text
    assert source.overrides == {}


def test_a_real_warwickshire_pack_loads_verbatim_as_one_unpaged_page():
    path = WARWICKSHIRE / "2019-06-18-agenda-pack.txt"

    source = load_file(path)

    assert source.kind == "text"
    assert [page.number for page in source.pages] == [None]
    assert source.pages[0].text == path.read_text(encoding="utf-8")


def test_markdown_keeps_its_markup_so_citations_stay_verbatim(tmp_path):
    path = tmp_path / "pack.md"
    path.write_text("# Minutes\n\n**Resolved**\n\nThat the report be *noted*.\n", encoding="utf-8")

    source = load_file(path)

    assert source.kind == "markdown"
    assert source.pages[0].text == "# Minutes\n\n**Resolved**\n\nThat the report be *noted*.\n"


def test_an_unsupported_file_type_names_the_types_that_are(tmp_path):
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 a spreadsheet")

    assert reason_for(path) == "unsupported file type .xlsx (supported: .pdf, .txt, .md, .html, .docx)"


@pytest.mark.parametrize("name", ["empty.pdf", "empty.txt", "empty.html"])
def test_an_empty_file_is_reported_as_empty(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")

    assert reason_for(path) == "empty file"


def test_a_corrupt_pdf_is_reported_through_load_file_too(three_page_pdf):
    data = three_page_pdf.read_bytes()
    three_page_pdf.write_bytes(data[: len(data) // 3])

    assert reason_for(three_page_pdf).startswith("corrupt PDF: ")


def test_a_password_protected_pdf_is_reported_through_load_file_too(password_pdf):
    assert reason_for(password_pdf) == "encrypted PDF: needs a password"


def test_an_image_only_pdf_is_reported_through_load_file_too(image_only_pdf):
    assert reason_for(image_only_pdf) == "no text layer: needs OCR"


def test_a_missing_file_says_it_cannot_be_read(tmp_path):
    assert reason_for(tmp_path / "gone.pdf").startswith("cannot read file: ")


def test_supported_files_are_recognised_by_suffix_and_sidecars_are_not_documents():
    assert set(SUPPORTED_SUFFIXES) >= {".pdf", ".txt", ".md", ".markdown", ".html", ".htm"}
    assert is_supported(Path("Minutes.PDF"))
    assert is_supported(Path("item.htm"))
    assert not is_supported(Path("budget.xlsx"))
    assert not is_supported(Path("manifest.csv"))
    assert not is_supported(Path("pack.txt.meta.json"))


def test_a_registered_loader_reads_its_format(tmp_path, monkeypatch):
    monkeypatch.setattr(loaders, "_LOADERS", dict(loaders._LOADERS))  # leave the real registry alone
    register_loader((".rtf",), "rtf", lambda path: [Page(number=None, text=path.read_text()[7:-1])])
    path = tmp_path / "note.rtf"
    path.write_text("{\\rtf1 Resolved: noted}")

    assert is_supported(path)
    source = load_file(path)

    assert (source.kind, source.pages[0].text) == ("rtf", "Resolved: noted")


def test_a_registered_loader_that_crashes_fails_its_file_with_a_reason(tmp_path, monkeypatch):
    monkeypatch.setattr(loaders, "_LOADERS", dict(loaders._LOADERS))

    def broken(path: Path) -> list[Page]:
        raise KeyError("Root")

    register_loader((".xyz",), "xyz", broken)
    path = tmp_path / "file.xyz"
    path.write_text("something")

    assert reason_for(path) == "xyz loader failed: KeyError: 'Root'"


# --- text decoding ----------------------------------------------------------------------------

def test_windows_1252_text_decodes(tmp_path):
    text = "The Council’s budget gap is £5m – see the Director’s report\r\n"
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))

    source = load_file(path)

    assert source.pages[0].text == "The Council’s budget gap is £5m – see the Director’s report\n"


def test_utf8_with_a_byte_order_mark_loses_the_mark_and_windows_line_endings(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffMinutes\r\nRESOLVED that\rthe report be noted\r\n".encode("utf-8"))

    assert load_file(path).pages[0].text == "Minutes\nRESOLVED that\nthe report be noted\n"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",   # an image renamed to .txt
        b"Minutes \x81\x8d\x8f\x90\x9d of the meeting",    # bytes Windows-1252 leaves undefined
        b"M\x00i\x00n\x00u\x00t\x00e\x00s\x00",            # UTF-16 without its byte order mark
    ],
)
def test_undecodable_text_is_reported(tmp_path, data):
    path = tmp_path / "notes.txt"
    path.write_bytes(data)

    assert reason_for(path) == "undecodable text: not UTF-8 or Windows-1252"


def test_a_text_file_of_only_whitespace_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t\n")

    assert reason_for(path) == "empty file"


# --- HTML ---------------------------------------------------------------------------------------

AGENDA_ITEM_PAGE = """<!DOCTYPE html>
<html><head><title>Agenda item - Council Delivery Plan</title>
<style>.mgHeading { color: red }</style><script>var tracking = "do not index";</script></head>
<body>
<header><a href="/">Warwickshire County Council</a></header>
<nav><ul><li><a href="/committees">Committees</a></li><li>Meetings</li></ul></nav>
<div id="content">
<h2 class="mgSubTitle">Agenda item</h2>
<h1>Council Delivery Plan and Performance Q1</h1>
<h3>Minutes:</h3>
<p>John Coleman, Director of Children and Families presented the report.
   It was noted that 7 focus areas are on track &amp; 3 are not.</p>
<p>&nbsp;</p>
<p>The overspend has reduced from &pound;10 million to &pound;7 million.</p>
<p><strong>Resolved</strong></p>
<p>That the Committee notes the Quarter 1 performance.</p>
<table><tr><th>Measure</th><th>Status</th></tr><tr><td>Foster carers approved</td><td>8</td></tr></table>
<h3>Supporting documents:</h3>
<ul><li><a href="/doc1.pdf">Council Delivery Plan Q1, item 5.</a></li><li><a href="/doc2.pdf">Appendix 1</a></li></ul>
</div>
<footer>Copyright Warwickshire County Council</footer>
</body></html>
"""


@pytest.fixture
def agenda_item_html(tmp_path) -> Path:
    path = tmp_path / "agenda-item.html"
    path.write_text(AGENDA_ITEM_PAGE, encoding="utf-8")
    return path


def test_html_headings_and_the_resolved_paragraph_stand_on_their_own_lines(agenda_item_html):
    source = load_file(agenda_item_html)
    lines = source.pages[0].text.split("\n")

    assert source.kind == "html" and source.pages[0].number is None
    for line in [
        "Agenda item",
        "Council Delivery Plan and Performance Q1",
        "Minutes:",
        "Resolved",
        "That the Committee notes the Quarter 1 performance.",
        "Supporting documents:",
        "Council Delivery Plan Q1, item 5.",
        "Appendix 1",
    ]:
        assert line in lines
    assert lines.index("Resolved") < lines.index("That the Committee notes the Quarter 1 performance.")


def test_html_paragraphs_are_one_line_with_entities_decoded_and_spaces_collapsed(agenda_item_html):
    lines = load_file(agenda_item_html).pages[0].text.split("\n")

    assert (
        "John Coleman, Director of Children and Families presented the report. "
        "It was noted that 7 focus areas are on track & 3 are not."
    ) in lines
    assert "The overspend has reduced from £10 million to £7 million." in lines
    assert "Foster carers approved\t8" in lines


def test_html_page_chrome_scripts_and_styles_are_dropped(agenda_item_html):
    text = load_file(agenda_item_html).pages[0].text

    for chrome in ["do not index", "mgHeading", "Committees", "Meetings", "Copyright", "Warwickshire County Council"]:
        assert chrome not in text
    assert text.startswith("Agenda item\n")
    assert "\n\n\n" not in text


# --- sidecars -----------------------------------------------------------------------------------

@pytest.fixture
def pack(tmp_path) -> Path:
    path = tmp_path / "pack.txt"
    path.write_text("Minutes of the meeting\n", encoding="utf-8")
    return path


def write_meta(document: Path, fields: dict) -> Path:
    meta = document.with_name(document.name + ".meta.json")
    meta.write_text(json.dumps(fields), encoding="utf-8")
    return meta


def write_manifest(folder: Path, text: str) -> Path:
    manifest = folder / "manifest.csv"
    manifest.write_text(text, encoding="utf-8")
    return manifest


def test_a_real_meta_json_sidecar_supplies_the_document_fields():
    path = WARWICKSHIRE / "2024-09-17-minutes-item-council-delivery-plan-and-performance-q1.txt"
    expected = json.loads(path.with_name(path.name + ".meta.json").read_text(encoding="utf-8"))

    source = load_file(path)

    assert source.overrides == expected
    assert source.overrides["doc_type"] == "minutes"


def test_a_manifest_row_supplies_fields_for_its_file_only(pack):
    write_manifest(
        pack.parent,
        "file,committee,meeting_date,doc_type\n"
        "pack.txt,Cabinet,2025-03-04,agenda\n"
        "other.txt,Scrutiny Committee,2025-01-29,minutes\n",
    )

    assert load_file(pack).overrides == {"committee": "Cabinet", "meeting_date": "2025-03-04", "doc_type": "agenda"}


def test_meta_json_wins_over_the_manifest_field_by_field(pack):
    write_manifest(pack.parent, "file,committee,meeting_date,title\npack.txt,Cabinet,2025-03-04,Agenda pack\n")
    write_meta(pack, {"meeting_date": "2025-01-30", "doc_type": "minutes", "item": None})

    overrides = load_file(pack).overrides

    assert overrides == {
        "committee": "Cabinet",          # only the manifest says
        "title": "Agenda pack",          # only the manifest says
        "meeting_date": "2025-01-30",    # both say: the .meta.json wins
        "doc_type": "minutes",           # only the .meta.json says
        "item": None,                    # null: known to have none
    }


def test_empty_manifest_cells_supply_nothing(pack):
    write_manifest(pack.parent, "file,committee,meeting_date\npack.txt,Cabinet,\n")

    assert load_file(pack).overrides == {"committee": "Cabinet"}


@pytest.mark.parametrize(
    "fields, why",
    [
        ({"meeting_date": "12/03/2019"}, "meeting_date '12/03/2019' is not a date in YYYY-MM-DD form"),
        ({"pack_date": "2023-02-30"}, "pack_date '2023-02-30' is not a date in YYYY-MM-DD form"),
        ({"doc_type": "newsletter"}, "doc_type 'newsletter' is not one of minutes, report, agenda, appendix, action_plan, work_programme"),
        ({"meeting": "2019-03-12"}, "unknown field 'meeting' (allowed: council, committee, meeting_date, pack_date, doc_type, title, item, url)"),
        ({"meeting_date": 20190312}, "meeting_date must be a string or null, not 20190312"),
    ],
)
def test_a_bad_meta_json_names_the_sidecar_and_the_bad_value(pack, fields, why):
    meta = write_meta(pack, fields)

    with pytest.raises(UnreadableDocument) as failure:
        load_file(pack)

    assert failure.value.path == str(meta)
    assert failure.value.reason == f"bad metadata sidecar: pack.txt.meta.json: {why}"


def test_a_meta_json_that_is_not_json_says_where(pack):
    meta = pack.with_name(pack.name + ".meta.json")
    meta.write_text('{"committee": "Cabinet",}', encoding="utf-8")

    with pytest.raises(UnreadableDocument) as failure:
        load_file(pack)

    assert failure.value.path == str(meta)
    assert failure.value.reason.startswith("bad metadata sidecar: pack.txt.meta.json: not valid JSON (")
    assert "line 1" in failure.value.reason


def test_a_bad_manifest_row_names_its_line(pack):
    manifest = write_manifest(pack.parent, "file,meeting_date\nother.txt,2025-01-01\npack.txt,4 March 2025\n")

    with pytest.raises(UnreadableDocument) as failure:
        load_file(pack)

    assert failure.value.path == str(manifest)
    assert failure.value.reason == (
        "bad metadata sidecar: manifest.csv line 3: meeting_date '4 March 2025' is not a date in YYYY-MM-DD form"
    )


def test_a_bad_row_for_another_file_does_not_stop_this_one(pack):
    write_manifest(pack.parent, "file,doc_type\npack.txt,report\nother.txt,leaflet\n")

    assert load_file(pack).overrides == {"doc_type": "report"}


@pytest.mark.parametrize(
    "text, why",
    [
        ("name,committee\npack.txt,Cabinet\n", "the header row has no 'file' column"),
        ("file,committe\npack.txt,Cabinet\n", "unknown column 'committe'"),
        ("file,committee\npack.txt,Cabinet\npack.txt,Council\n", "pack.txt is listed twice (lines 2 and 3)"),
    ],
)
def test_a_malformed_manifest_is_reported(pack, text, why):
    write_manifest(pack.parent, text)

    with pytest.raises(UnreadableDocument) as failure:
        load_file(pack)

    assert failure.value.reason.startswith(f"bad metadata sidecar: manifest.csv: {why}")


def test_a_manifest_row_with_an_unquoted_comma_is_refused_not_shifted(pack):
    write_manifest(pack.parent, "file,committee,meeting_date\npack.txt,Children, Young People,2025-03-04\n")

    with pytest.raises(UnreadableDocument) as failure:
        load_file(pack)

    assert failure.value.reason == (
        "bad metadata sidecar: manifest.csv line 2: 4 fields but the header has 3; "
        "put a value that contains a comma in double quotes"
    )


def test_a_quoted_comma_in_a_manifest_is_fine(pack):
    write_manifest(pack.parent, 'file,committee,meeting_date\npack.txt,"Children, Young People",2025-03-04\n')

    assert load_file(pack).overrides == {"committee": "Children, Young People", "meeting_date": "2025-03-04"}
