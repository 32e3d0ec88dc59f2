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


# a committee site's meeting page saved as text: the venue, a contact and the webcast's address are all it
# prints above the items; the address names the meeting ("Cabinet" and its day, 14 March 2023, in figures)
MEETING_PAGE = """Venue: Shire Hall, Market Square, Northmoor NM1 2AB
Contact: Priya Raman Tel: 01632 960123; E-Mail: priya.raman@northmoor.gov.uk
Link: video link https://nmr.example/Cabinet14032023
No. | Item |
---|---|
Apologies for Absence Minutes: Apologies were received from Councillor Hale.
|
|
Declarations of Interest Minutes: Councillor Okafor declared a non-pecuniary interest in Item 8, Library Opening Hours, as a trustee of the Friends of Northmoor Library.
|
|
Minutes Minutes: The minutes of the meeting held on 14 February 2023 were approved and signed.
"""

# a list of decisions as a committee site prints it: a page's opening words, then each decision's labels
DECISIONS = """Use the search options below to find decisions taken by the council's decision making bodies.

Decisions published

14/03/2023 - LIBRARY OPENING HOURS ref: 2210    Recommendations Approved

Decision Maker: Cabinet

Made at meeting: 14/03/2023 - Cabinet

Decision published: 16/03/2023

That Sunday opening be trialled at the three largest libraries.
"""


def test_a_meeting_page_is_dated_by_its_webcasts_address_when_nothing_else_dates_it(tmp_path):
    [doc] = prepare_page(tmp_path, "ieListDocuments-CId115-MId7012.txt", MEETING_PAGE).documents
    assert doc.meeting_date == "2023-03-14"          # not 14 February: that is the earlier meeting's minutes
    assert doc.committee == "Cabinet"
    assert doc.found_by["meeting_date"].confidence < 0.5
    # an address with no date in it dates nothing
    page = MEETING_PAGE.replace("https://nmr.example/Cabinet14032023", "https://nmr.example/ieListDocuments.aspx?MId=7012")
    [doc] = prepare_page(tmp_path, "ieListDocuments-CId115-MId7013.txt", page).documents
    assert doc.meeting_date is None


def test_a_decision_lists_opening_names_its_body_without_the_label(tmp_path):
    docs = prepare_page(tmp_path, "mgDelegatedDecisions.txt", DECISIONS).documents
    assert [d.committee for d in docs] == ["Cabinet"] * len(docs)
