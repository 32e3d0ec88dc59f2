"""Papers as other sites show them: a document-sharing site that prints its own title for an upload and a
record of the file ("Total Page:", "File Type:") above the paper's text. The site's title may be another
upload's; the paper's own heading dates it. Every page here is invented, laid out as those sites lay theirs out."""
from __future__ import annotations

from tests.ingest.pages import prepare_page

# the site titled the upload with the date of an earlier meeting; the minutes' own heading says March
SHARED = """Minutes of Tarnside Community Council Meeting - 14 January 2021
Total Page:9
File Type:pdf, Size:412Kb
Minutes of Tarnside Community Council Meeting - 11 March 2021 Tarnside Community Council MINUTES OF MEETING HELD IN THE CHURCH HALL ON 11 MARCH2021 PRESENT: Ailsa Grant (Chair), Rory Baird, Morag Innes. 1. APOLOGIES None. 2. HARBOUR WALL The secretary reported that the council has agreed to fund repairs to the harbour wall at a cost of £2,400.
"""


def test_a_sharing_sites_title_gives_way_to_the_papers_own_heading(tmp_path):
    [doc] = prepare_page(tmp_path, "tarnside-minutes-march-2021.txt", SHARED).documents
    assert doc.meeting_date == "2021-03-11"
    assert doc.council == "Tarnside Community Council"
    text = "\n".join(b.text for b in doc.blocks)
    # the site's lines are no text of the paper's to quote
    assert "Total Page" not in text and "14 January 2021" not in text
    assert "harbour wall at a cost of £2,400" in text


def test_a_sharing_sites_title_still_dates_a_paper_that_prints_no_heading(tmp_path):
    page = SHARED.split("\n")
    page[3] = "PRESENT: Ailsa Grant (Chair), Rory Baird, Morag Innes. 1. APOLOGIES None. 2. HARBOUR WALL Repairs agreed."
    [doc] = prepare_page(tmp_path, "upload-5521.txt", "\n".join(page)).documents
    assert doc.meeting_date == "2021-01-14"
