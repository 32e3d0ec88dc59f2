"""ingest/furniture.py: page numbers, running headers and blank-page notices go; content lines stay."""
from __future__ import annotations

import pytest

from ingest.furniture import clean_pages, is_page_number
from ingest.pdf import read_pdf
from core.types import Page

HEADER = "Children and Young People OSC - 12 March 2019"


def lines_of(page: Page) -> list[str]:
    """The page's non-blank lines, stripped of spaces (a form feed line is kept as "\f")."""
    return [line.strip(" \t") for line in page.text.split("\n") if line.strip(" \t")]


def is_subsequence(kept: list[str], original: list[str]) -> bool:
    remaining = iter(original)
    return all(any(line == candidate for candidate in remaining) for line in kept)


# --- shapes -------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["7", "7 ", "Page 7", "PAGE 7 of 20", "page 12 of 140", "- 7 -", "– 14 –", "7 | Page", "Page | 7", "3 of 20"])
def test_page_number_shapes_are_recognised(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["84. Apologies", "2024", "12 15 18", "(Item 7)", "Page 7 shows the budget", "7.5", "Appendix 1", ""])
def test_content_lines_are_not_page_numbers(line):
    assert not is_page_number(line)


# --- a built PDF with a running header and page numbers -----------------------------------------

@pytest.fixture
def minutes_pdf(make_pdf):
    return make_pdf(
        "minutes.pdf",
        [
            ["Minutes of the meeting held on 12 March 2019", "Present: Councillors Adams, Baker and Cole"],
            ["84. Apologies", "Apologies were received from Councillor Davies.", "85. Declarations of Interest"],
            ["Performance", "Measure  Q1  Q2  Q3", "12  15  18", "3", "7", "Children in care fell by 68.", "Resolved", "Noted"],
            ["That the Committee notes the report.", "The plan runs to March", "2024"],
            ["86. Work Programme", "The work programme was agreed."],
        ],
        header=HEADER,
        footer="Page {n} of {total}",
    )


def test_running_header_and_page_numbers_leave_every_page(minutes_pdf):
    pages = read_pdf(minutes_pdf)
    assert all(HEADER in page.text and f"Page {page.number} of 5" in page.text for page in pages)  # really printed

    cleaned = clean_pages(pages)

    assert [page.number for page in cleaned] == [1, 2, 3, 4, 5]
    for page in cleaned:
        assert HEADER not in page.text
        assert f"Page {page.number} of 5" not in page.text


def test_content_at_the_edges_of_a_page_and_table_numbers_in_its_middle_survive(minutes_pdf):
    cleaned = clean_pages(read_pdf(minutes_pdf))

    assert lines_of(cleaned[1])[0] == "84. Apologies"                 # first line under the header
    table = lines_of(cleaned[2])
    assert "12  15  18" in table and "7" in table and "3" in table  # a table row and lone cells, one equal to the page
    assert lines_of(cleaned[3])[-1] == "2024"                         # a year closing the last sentence
    assert "Minutes of the meeting held on 12 March 2019" in cleaned[0].text


def test_kept_lines_are_untouched_and_in_their_order(minutes_pdf):
    pages = read_pdf(minutes_pdf)

    for before, after in zip(pages, clean_pages(pages)):
        assert is_subsequence(after.text.split("\n"), before.text.split("\n"))


def test_bare_page_numbers_that_follow_the_pages_go_and_a_stray_number_stays(make_pdf):
    # an appendix numbered from 1 on its second page; a lone "40" ends page 3's table
    path = make_pdf(
        "appendix.pdf",
        [
            ["Appendix 1: Quarterly Performance Report", "Produced by: Kent Analytics"],
            ["1", "Key to KPI Ratings used"],
            ["2", "Executive Summary", "Indicators rated Green", "40"],
            ["3", "Customer Services"],
        ],
    )

    cleaned = clean_pages(read_pdf(path))

    assert [lines_of(page)[0] for page in cleaned[1:]] == ["Key to KPI Ratings used", "Executive Summary", "Customer Services"]
    assert lines_of(cleaned[2])[-1] == "40"


def test_a_footer_printing_its_page_number_goes_but_item_numbers_heading_pages_stay(make_pdf):
    items = [2, 5, 6, 9, 11]
    path = make_pdf(
        "cabinet.pdf",
        [[f"(Item {n})", f"Minute {n} recorded in full", "Discussion continued"] for n in items],
        footer="Cabinet, 4 March 2025, sheet {n}",
    )

    cleaned = clean_pages(read_pdf(path))

    assert [lines_of(page)[0] for page in cleaned] == [f"(Item {n})" for n in items]
    assert not any("Cabinet, 4 March 2025" in page.text for page in cleaned)


def test_a_short_file_has_no_running_headers(make_pdf):
    path = make_pdf("letter.pdf", [["Dear Leader", "Body one"], ["Body two", "Yours sincerely"]], header="Ministry of Housing")

    cleaned = clean_pages(read_pdf(path))

    assert all("Ministry of Housing" in page.text for page in cleaned)


def test_an_intentionally_blank_page_becomes_a_form_feed_line(make_pdf):
    path = make_pdf(
        "pack.pdf",
        [["Agenda"], ["This page is intentionally left blank"], ["Minutes"], ["Report"]],
        footer="Page {n}",
    )

    cleaned = clean_pages(read_pdf(path))

    assert lines_of(cleaned[1]) == ["\f"]
    assert [page.number for page in cleaned] == [1, 2, 3, 4]


def test_blank_page_notices_are_matched_in_any_case_and_spacing():
    pages = [Page(number=None, text="end of report\n\n  THIS PAGE IS   intentionally LEFT blank \n\nAppendix A\n")]

    assert clean_pages(pages)[0].text == "end of report\n\n\f\n\nAppendix A\n"


def test_unpaged_text_keeps_bare_numbers_which_are_table_cells():
    text = "Indicator\tQ1\n\t\t\t1\t\t\n3\nPage 7\nRESOLVED that the report be noted\n"

    cleaned = clean_pages([Page(number=None, text=text)])

    assert cleaned[0].text == "Indicator\tQ1\n\t\t\t1\t\t\n3\nRESOLVED that the report be noted\n"


# --- real Kent County Council PDFs --------------------------------------------------------------

@pytest.fixture(scope="module")
def inspectors_report(kent_pdf):
    pages = read_pdf(kent_pdf("APPENDIX A - Planning Inspectors Report"))
    return pages, clean_pages(pages)


@pytest.fixture(scope="module")
def cabinet_minutes(kent_pdf):
    pages = read_pdf(kent_pdf("Minutes of Previous Meeting"))
    return pages, clean_pages(pages)


def test_kent_inspectors_report_loses_its_running_header_and_page_numbers(inspectors_report):
    pages, cleaned = inspectors_report
    header = "Kent Minerals & Waste Local Plan, Inspector’s Report February 2025"
    assert len(pages) == 61 and all(header in page.text for page in pages)

    assert not any(header in page.text for page in cleaned)
    assert lines_of(pages[3])[:3] == [header, "4", "Non-Technical Summary"]
    assert lines_of(cleaned[3])[0] == "Non-Technical Summary"
    # page 1 ends "... held between 10-12 September and 17 September / 2024 / File Ref: ...": a year, kept
    assert "2024" in lines_of(cleaned[0]) and "File Ref: PINS/W2275/429/11" in lines_of(cleaned[0])


def test_kent_cabinet_minutes_lose_page_numbers_and_keep_minute_headings(cabinet_minutes):
    pages, cleaned = cabinet_minutes

    for page in cleaned:
        assert lines_of(page)[0] != str(page.number)  # "1 ", "2 ", ... at the top of each page
    first = lines_of(cleaned[0])
    assert first[0] == "KENT COUNTY COUNCIL"
    for heading in ["84. Apologies", "(Item 1)", "85. Declarations of Interest", "(Item 2)", "87. Cabinet Member Updates"]:
        assert heading in first
    original_items = [line for page in pages for line in lines_of(page) if line.startswith("(Item ")]
    kept_items = [line for page in cleaned for line in lines_of(page) if line.startswith("(Item ")]
    assert kept_items == original_items and len(kept_items) >= 8


def test_kent_printed_minutes_keep_a_wrapped_line_the_motions_repeat_at_page_edges(kent_pdf):
    # "... to respond the English / Devolution White Paper" ends or starts pages 5, 6, 8 and 9
    pages = read_pdf(kent_pdf("Printed minutes"))

    cleaned = clean_pages(pages)

    count = lambda ps: sum(lines_of(p).count("Devolution White Paper") for p in ps)  # noqa: E731
    assert count(pages) == count(cleaned) == 7
    assert "284.   Declarations of Disclosable Pecuniary Interests or Other Significant" in lines_of(cleaned[0])


def test_kent_devolution_framework_keeps_its_recurring_tick_rows(kent_pdf):
    # the table's "x X" tick rows end pages 1-3; a header needs words, so they are content
    pages = read_pdf(kent_pdf("Appendix B - Devolution Framework"))

    cleaned = clean_pages(pages)

    assert [lines_of(page)[-1] for page in pages[:3]] == ["x X", "x X", "X"]
    for before, after in zip(pages, cleaned):
        assert lines_of(after).count("x X") == lines_of(before).count("x X")


def test_kent_ministerial_letter_keeps_its_signature_block(kent_pdf):
    # the sender's name heads page 1 and signs page 4 of a 4-page letter: not a running header
    cleaned = clean_pages(read_pdf(kent_pdf("Appendix A - 16.12.24 Ministerial Letter")))

    assert "Jim McMahon OBE MP" in lines_of(cleaned[0])
    assert "JIM MCMAHON OBE MP" in lines_of(cleaned[3])


def test_kent_supplement_pack_marks_its_blank_page_and_keeps_the_agenda_item_stamp(kent_pdf):
    pages = read_pdf(kent_pdf("Item 3 Supplement"))

    cleaned = clean_pages(pages)

    assert lines_of(pages[1]) == ["This page is intentionally left blank"]
    assert cleaned[1].text == "\f"  # pypdf's text of that page was the notice alone
    assert lines_of(pages[2])[-2:] == ["Page 1", "Agenda Item 3"]
    assert lines_of(cleaned[2])[-1] == "Agenda Item 3"
    assert not any(f"Page {page.number - 2}" in lines_of(page) for page in cleaned[2:])


def test_real_pdf_pages_keep_every_other_line_verbatim_including_blank_ones(cabinet_minutes):
    pages, cleaned = cabinet_minutes

    for before, after in zip(pages, cleaned):
        original, kept = before.text.split("\n"), after.text.split("\n")
        assert is_subsequence(kept, original)
        assert sum(1 for line in kept if not line.strip()) == sum(1 for line in original if not line.strip())
        assert len(original) - len(kept) <= 1  # only the page number went


# --- pages that share a template ------------------------------------------------------------------

def test_pages_that_share_a_template_keep_their_text(make_pdf):
    """A register printed one record a page: the title and the record lines recur (numbers moving
    with the page) on every page, like a running header, but they are the document. Before, every
    line was taken for a header and the file said "no text found"."""
    from core.settings import Settings
    from ingest import pipeline

    total = 300
    pages = [[f"Application {1000 + n} approved under delegated powers", f"Site reference PL/{2000 + n}"]
             for n in range(1, total + 1)]
    path = make_pdf("register.pdf", pages, header="Delegated decisions register", footer="Page {n} of {total}")

    prepared = pipeline.prepare(pipeline.read(path), Settings())

    text = "\n".join(chunk.text for chunk in prepared.chunks)
    assert all(f"Application {1000 + n} approved under delegated powers" in text for n in range(1, total + 1))
    assert "Page 17 of 300" not in text   # page numbers are still furniture


def test_a_running_header_above_real_text_is_still_dropped(make_pdf):
    pages = [[f"Minute {n}: the committee discussed matter {'ABCDEFGHIJ'[n]} at length."] for n in range(6)]
    path = make_pdf("minutes.pdf", pages, header=HEADER, footer="Page {n}")

    cleaned = clean_pages(read_pdf(path))

    assert all(HEADER not in page.text for page in cleaned)
    assert all(page.text.strip() for page in cleaned)


# --- the running lines removed are handed back, page by page -------------------------------------

def test_clean_hands_back_the_running_lines_it_removed(minutes_pdf):
    from ingest.furniture import clean
    result = clean(read_pdf(minutes_pdf))
    assert result.running == {i: [HEADER] for i in range(5)}       # the page labels are not running text
    assert all(HEADER not in page.text for page in result.pages)


def test_a_short_files_footer_with_words_beside_its_page_label_is_furniture(make_pdf):
    from ingest.furniture import clean
    footer = "Lowfield Parish Council – Minutes – 5 March 2024 – Page {n} of {total}"
    path = make_pdf("two-pages.pdf", [["24/31 Apologies", "None."], ["24/32 Finance", "The accounts were noted."]],
                    footer=footer)
    result = clean(read_pdf(path))
    assert all("Lowfield" not in page.text for page in result.pages)
    assert result.running == {0: [footer.format(n=1, total=2)], 1: [footer.format(n=2, total=2)]}


def test_a_sentence_ending_with_a_page_reference_is_not_a_footer():
    from ingest.furniture import clean
    pages = [Page(1, "Minutes\nThe plan is shown in Appendix B, page 1"),
             Page(2, "Finance\nThe full list is set out in Appendix C, page 2")]
    result = clean(pages)
    assert [page.text for page in result.pages] == [page.text for page in pages] and result.running == {}
