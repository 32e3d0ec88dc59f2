"""Paper text is data: no image, link, script or handler survives into what the browser renders."""
import csv
import io
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from core.types import Answer, Citation, Decision
from ui.export import answer_markdown, decisions_csv
from ui.answer_view import answer_html
from ui.safe import csv_cell, markdown_html, md_escape, md_inert

HOSTILE = ("The committee noted ![x](http://10.9.9.9/beacon.png) and [portal](http://10.9.9.9/phish) "
           "<img src=http://10.9.9.9/a.png onerror=alert(1)> <script>fetch('http://10.9.9.9/s')</script> "
           "<https://10.9.9.9/auto> http://10.9.9.9/bare <a href=\"javascript:alert(1)\">x</a> "
           "<div style=\"background:url(http://10.9.9.9/bg)\">y</div> [1]")


class Tags(HTMLParser):
    """The real tags and attributes of rendered HTML (escaped text is not a tag)."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)


LOADING_TAGS = {"img", "a", "script", "div", "iframe", "style", "link", "object", "embed", "svg"}
MARKDOWN = MarkdownIt("commonmark")


def test_an_answer_keeps_its_emphasis_lists_and_quotes():
    html = markdown_html("**Resolved** that:\n\n- one [1]\n- two\n\n> quoted [2]\n\n## Item 3")
    assert "<strong>Resolved</strong>" in html and "<li>one [1]</li>" in html
    assert "<blockquote>" in html and "<h2>Item 3</h2>" in html


def test_links_and_images_in_an_answer_are_shown_as_their_text_and_nothing_can_load():
    html = markdown_html(HOSTILE)
    found = Tags(html)
    assert not found.tags & LOADING_TAGS and not found.attributes, (found.tags, found.attributes)
    assert "![x](http://10.9.9.9/beacon.png)" in html and "[portal](http://10.9.9.9/phish)" in html
    assert "[1]" in html


@pytest.mark.parametrize("text", [HOSTILE, ":red[alarm] :material/warning: $x^2$ # heading", "a_b*c*"])
def test_escaped_text_renders_as_itself_in_streamlit_markdown(text):
    rendered = MARKDOWN.render(md_escape(text))
    assert Tags(rendered).tags == {"p"}
    assert "\\" not in rendered.replace("\\\\", "")          # every escape was consumed, the text is literal


def test_the_markdown_export_shows_links_and_images_as_text():
    c = Citation(n=1, text=HOSTILE, council=None, committee="C", meeting_date="2024-01-02", pack_date=None,
                 doc_type="minutes", title="Minutes ![t](http://10.9.9.9/t.png)", item=None, page=None,
                 source="corpus/x.txt")
    md = answer_markdown(Answer("Q?", "Q?", HOSTILE, True, "extractive", [c]))
    found = Tags(MARKDOWN.render(md))
    assert not found.tags & LOADING_TAGS and not found.attributes, (found.tags, found.attributes)
    assert "The committee noted" in md and "[1]" in md


def test_md_inert_keeps_citation_markers_readable():
    assert md_inert("It was agreed [1] and noted [2].") == "It was agreed [1] and noted [2]."


def test_csv_cells_cannot_start_a_formula():
    assert csv_cell('=HYPERLINK("http://10.9.9.9","x")').startswith("'=")
    assert csv_cell("@SUM(A1)") == "'@SUM(A1)" and csv_cell("Noted") == "Noted" and csv_cell(None) == ""
    d = Decision("2024-01-02", "C", "1", '=WEBSERVICE("http://10.9.9.9")', None, None, "minutes", 3, "s", "id")
    rows = list(csv.reader(io.StringIO(decisions_csv([d]).lstrip("\ufeff"))))
    assert rows[1][rows[0].index("resolution")].startswith("'=")


def test_register_tables_escape_every_cell_and_link_only_the_apps_own_routes():
    from ui.tables import Column, Link, html_table

    table = html_table([Column("Resolution"), Column("", nowrap=True)],
                       [[HOSTILE, Link("/source/view?path=a&b=%22", "Open ↗")]], label="t")
    found = Tags(table)
    assert found.tags == {"table", "thead", "tbody", "tr", "th", "td", "a"}
    assert found.attributes == {"class", "aria-label", "data-label", "href", "target", "rel"}
    assert table.count("<a ") == 1 and 'href="/source/view?path=a&amp;b=%22"' in table


def test_a_long_resolution_is_summarised_with_the_whole_text_one_click_away():
    from ui.tables import SUMMARY_WORDS, Column, html_table

    text = " ".join(f"w{i}" for i in range(SUMMARY_WORDS + 40))
    table = html_table([Column("Resolution")], [[text]], label="t")
    assert "<details><summary>" in table and f"w{SUMMARY_WORDS + 39}</details>" in table


def test_formatting_tags_quoted_from_papers_are_not_shown_as_text():
    # a report's table converted to text keeps "<b>" around a heading cell; the answer reads it without the tags
    html = answer_html("- **Report (14 February 2023):** <b>Ensure that the teams are sensitive to diversity.</b> "
                       "Compromised [1]")
    assert "Ensure that the teams are sensitive to diversity." in html and "&lt;b&gt;" not in html
    assert "&lt;/b&gt;" not in html and "<strong>Report (14 February 2023):</strong>" in html
    # what could load stays inert text
    found = Tags(answer_html(HOSTILE))
    assert not found.tags & LOADING_TAGS and not found.attributes, (found.tags, found.attributes)
