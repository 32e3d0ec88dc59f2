"""Tables whose first column is narrow (grant applications: Organisation | Project summary |
Amount | Recommendation), as pypdf prints them: one row after another with no blank line between,
the row's name wrapped a word or two to a line. Each row is one chunk, its outcome and reason
with its name; the recogniser stays quiet on mastheads, attendance lists and numbered items."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.settings import Settings
from core.types import Page, SourceFile
from ingest import layouts, pipeline

# page 2 of a town council committee's minutes, as pypdf's default extraction prints it
GRANTS_PAGE = """Minutes of the Leisure and Community Committee

Tuesday 13th March 2018
Town Hall

Present:
Cllrs Barker (Chairman), Lowe, Singh and Wood.

12 Community Grant Applications
Committee considered the following applications:
Organisation Project Summary
Amount
Requested
Recommendation
Riverside
Bowls Club
Riverside Bowls Club is seeking funding
to resurface the green and replace the
edging boards that were damaged in the
winter floods. The club has 85 members and
opens the green to schools every summer.
North Ward
£2,400

Approved.

Meets the criteria of

protecting and improving the
environment.
Hillcrest
Athletic
Football Club
Hillcrest Athletic Football Club is requesting
funding to update the existing floodlights.
The new floodlights use less power and
spill less light onto neighbouring homes.
East Ward
£18,500

Rejected.

Does not meet the criteria for

the community grant fund as
this is a privately owned club.
Friends of
Mill Meadow
Friends of Mill Meadow is seeking funding
for the summer revenue costs of the
volunteer rangers who look after the
meadow and run the wildflower walks.
Four wards -
£1,500 each

Total=
£6,000

Approved.

Committee resolved to fund
from the social inclusion
budget.
Carers Drop-in
Centre
Funding to support the running costs of
the drop-in centre which offers advice to
unpaid carers every weekday.
West Ward
£3,000

Rejected.

Committee noted that of the
£40,000 required only £9,500 has been
raised to date.

The Committee resolves in accordance with its powers under section 137 of the Local Government Act 1972,
to incur the expenditure set out above, which is in the interests of the area and its inhabitants.

13 Defibrillators
Committee resolved to note the update on the new locations.
"""


def chunks_of(text: str):
    source = SourceFile("minutes.txt", "0" * 64, "text", [Page(None, text)])
    return pipeline.prepare(source, Settings()).chunks


def holding(chunks, words: str):
    found = [c for c in chunks if words in c.text]
    assert len(found) == 1, (words, [c.text[:60] for c in found])
    return found[0]


def test_each_row_is_one_chunk_with_its_name_outcome_and_reason():
    chunks = chunks_of(GRANTS_PAGE)
    club = holding(chunks, "privately owned club")
    assert "Hillcrest" in club.text and "Rejected." in club.text and "£18,500" in club.text
    assert "Riverside" not in club.text and "Mill Meadow" not in club.text
    meadow = holding(chunks, "social inclusion")
    assert "Friends of Mill Meadow is seeking" in meadow.text and "£6,000" in meadow.text and "Approved." in meadow.text
    assert meadow.is_resolution and meadow.section == "Friends of Mill Meadow"
    carers = holding(chunks, "£40,000 required")
    assert "Carers Drop-in" in carers.text and "Rejected." in carers.text
    # the outcome column is the row's decision, whatever it was: each row is in the decisions register
    assert club.is_resolution and carers.is_resolution
    # the table ends where page-wide text starts again: the blanket s.137 decision is not the last row's
    s137 = holding(chunks, "section 137")
    assert "Carers" not in s137.text and s137.is_resolution
    assert "Carers" not in holding(chunks, "resolved to note the update").text


def test_an_outcome_run_on_under_the_amounts_is_the_rows_decision():
    # the outcome cell printed straight under the total, with no blank line between
    chunks = chunks_of(GRANTS_PAGE.replace("West Ward\n£3,000\n\nRejected.\n", "West Ward\nTOTAL\n= £ 3,000\nRejected.\n"))
    carers = holding(chunks, "£40,000 required")
    assert "Carers Drop-in" in carers.text and "= £ 3,000\nRejected." in carers.text.replace("\n\n", "\n")
    assert carers.is_resolution
    # a sentence that wraps onto a line of its own is no outcome cell
    text = GRANTS_PAGE.replace("raised to date.\n", "raised to date and the\nbid was\napproved.\n")
    assert not holding(chunks_of(text), "bid was").text.startswith("approved.")


# the same table over three pages, its column header printed again at the top of each page and
# run straight into the first row's name
HEADED_PAGES = [
    "Minutes of the Leisure and Community Committee\n\nTuesday 13th March 2018\nTown Hall\n\n"
    "12 Community Grant Applications\nCommittee considered the following applications:\n"
    "Organisation Project Summary\nAmount\nRequested\nRecommendation\n"
    "Riverside\nBowls Club\nRiverside Bowls Club is seeking funding\nto resurface the green and replace the\n"
    "edging boards.\nNorth Ward\n£2,400\n\nApproved.\n",
    "Amount\nRequested\nRecommendation\n"
    "Hillcrest\nAthletic\nFootball Club\nHillcrest Athletic Football Club is requesting\nfunding to update the "
    "existing floodlights.\nEast Ward\n£18,500\n\nRejected.\n\nDoes not meet the criteria for\n\n"
    "the community grant fund as\nthis is a privately owned club.\n",
    "Amount\nRequested\nRecommendation\n"
    "Friends of\nMill Meadow\nFriends of Mill Meadow is seeking funding\nfor the summer revenue costs of the\n"
    "volunteer rangers.\nWest Ward\n£1,500\n\nApproved.\n\n13 Defibrillators\n"
    "Committee resolved to note the update on the new locations.\n",
]


def test_a_column_header_repeated_at_each_page_top_names_no_row():
    source = SourceFile("minutes.pdf", "0" * 64, "pdf", [Page(n, t) for n, t in enumerate(HEADED_PAGES, start=1)])
    chunks = pipeline.prepare(source, Settings()).chunks
    club = holding(chunks, "privately owned club")
    assert club.section == "Hillcrest Athletic Football Club" and "Riverside" not in club.text
    assert "Rejected." in club.text and club.is_resolution
    meadow = holding(chunks, "volunteer rangers")
    assert meadow.section == "Friends of Mill Meadow" and "Approved." in meadow.text and "Hillcrest" not in meadow.text
    assert holding(chunks, "resurface the green").section == "Riverside Bowls Club"
    assert not any((c.section or "").startswith("Amount") for c in chunks)


def test_the_row_recogniser_reads_a_wrapped_name_over_the_row_text():
    found = layouts.TABLE_ROW("Friends of\nMill Meadow\nFriends of Mill Meadow is seeking funding\nfor the summer")
    assert found == {"name": "Friends of Mill Meadow", "lines": "2"}
    assert layouts.TABLE_ROW(layouts.TABLE_ROW.example) is not None


@pytest.mark.parametrize("text", [
    "KENT COUNTY\nCOUNCIL\nMinutes of a meeting of the Cabinet held on 4 March",   # a masthead in capitals
    "Councillor Ed Smith\nCouncillor Jo Bloggs\nThe Chairman welcomed everyone to the meeting",  # names, wide lines
    "None\n19.01.3 Minutes\nThe minutes of the meeting held on the 6th November",   # a numbered item
    "Amount\nRequested\nevery Saturday morning at 9am starting and finishing",      # a header over a carried-on row
    "Riverside\nBowls Club\nNorth Ward",                                             # no wide cell after the name
])
def test_the_row_recogniser_stays_quiet_on_what_is_not_a_row(text):
    assert layouts.TABLE_ROW(text) is None


def test_a_lone_match_is_not_a_table():
    text = ("Present\nSarah Jones\nTom Hardy\nThe meeting opened with a minute's silence for a former member.\n\n"
            "1 Apologies\nNone received.\n")
    assert all(c.section in (None, "Present") for c in chunks_of(text))


MORE = Path(__file__).resolve().parents[2].parent / "shared" / "corpus-more"


@pytest.mark.skipif(not MORE.is_dir(), reason=f"the development papers are not beside the repo ({MORE})")
def test_a_real_grants_table_keeps_each_application_whole():
    prepared = pipeline.prepare(pipeline.read(MORE / "sutton-coldfield-tc" / "CommunityGrant minutes 2018 March 13.pdf"),
                                Settings())
    olympics = holding(prepared.chunks, "from the social inclusion")
    assert "Special Olympics Sutton Coldfield is seeking" in olympics.text and "£9422" in olympics.text
    assert "Boldmere" in holding(prepared.chunks, "privately owned club").text
    assert "Good Hope Hospital Charity is seeking" in holding(prepared.chunks, "£226,500").text
