"""A council web page saved as text keeps the page's own links ("Skip to main content", "Back to top"): they
are no text of the paper, and above its heading they hid it from the heading readers, so a voting record's
"Cabinet, Wednesday, 12th March, 2025 6.00 pm" went undated (ingest/furniture.py _PAGE_LINK)."""
from __future__ import annotations

import pytest

from ingest.furniture import _PAGE_LINK
from tests.ingest.pages import prepare_page

VOTING_RECORD = """Skip to main content

Voting record

 Cabinet, Wednesday, 12th March, 2025 6.00 pm

Item: Waste collection contract

Proposal to extend the waste collection contract by two years:

Resolution status:Carried

RESOLVED: That the waste collection contract be extended to 31 March 2028.

Back to top
"""


def test_a_web_pages_links_are_no_text_and_hide_no_heading(tmp_path):
    prepared = prepare_page(tmp_path, "voting-record.txt", VOTING_RECORD)
    [doc] = prepared.documents
    assert (doc.doc_type, doc.committee, doc.meeting_date) == ("minutes", "Cabinet", "2025-03-12")
    text = "\n".join(c.text for c in prepared.chunks)
    assert "Skip to main content" not in text and "Back to top" not in text
    assert "extended to 31 March 2028" in text


@pytest.mark.parametrize("line", ["Skip to main content", "Skip to content", "Skip navigation", "Jump to navigation",
                                  "Back to top", "Return to top of page"])
def test_page_links(line):
    assert _PAGE_LINK.fullmatch(line)


@pytest.mark.parametrize("line", ["Skip to the report on parking", "Back to top of the list",
                                  "The Committee agreed to skip to item 7."])
def test_text_that_only_opens_like_a_link(line):
    assert not _PAGE_LINK.fullmatch(line)
