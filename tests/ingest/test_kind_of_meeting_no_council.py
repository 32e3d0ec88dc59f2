"""A heading that names a meeting by its kind ("Minutes of an Urgent Community Council Meeting") names
no council: the word before "Community Council" says what kind of meeting it was. Read as a council
("Urgent Community Council"), the guess was then given to every other file of the folder. The pages
are invented, laid out as a small council's website keeps its minutes."""
from __future__ import annotations

import pytest

from ingest import pipeline
from tests.ingest.pages import prepare_page

URGENT = """Minutes of an Urgent Community Council Meeting held virtually on
Thursday, 9th FEBRUARY 2023.
1         In Attendance:
Councillors Mrs Ann Price (Chair), Mr Huw Jones, Mrs Eira Lloyd & Mr Dafydd Rees (Clerk).
2         Apologies were received from Councillor Mr Ieuan Parry.
3         Planning: the Council agreed to object to the application for a mast on the common.
"""

MONTHLY = """Minutes of the Community Council virtual Meeting held via ZOOM on Tuesday, 12th July 2022.

1          Present

Councillors Mrs Ann Price (Chair), Mr Huw Jones & Mr Dafydd Rees (Clerk).

2         Apologies

were received from Councillor Mrs Eira Lloyd.

3         Footpaths: the Clerk to report the broken stile to the county council.
"""


@pytest.mark.parametrize("kind", ["Urgent", "Extra-ordinary", "Emergency", "Statutory Annual", "Reconvened",
                                  "Special", "Full", "Monthly", "Remote"])
def test_a_kind_of_meeting_before_community_council_is_no_council(tmp_path, kind):
    page = URGENT.replace("an Urgent", f"a {kind}" if kind[0] not in "AEIOU" else f"an {kind}")
    [doc] = prepare_page(tmp_path, "9th-february-2023.txt", page).documents
    assert doc.council is None
    assert doc.meeting_date == "2023-02-09"


def test_a_guessed_council_is_not_given_to_the_folders_other_files(tmp_path):
    named = [pipeline.council_named(prepare_page(tmp_path, name, page).documents)
             for name, page in (("9th-february-2023.txt", URGENT), ("12-july-2022.txt", MONTHLY))]
    assert named == [set(), set()]
    assert pipeline.folder_council(named, "cwm-cc") is None


def test_a_councils_own_name_with_the_kind_of_meeting_still_names_it(tmp_path):
    page = URGENT.replace("an Urgent Community Council Meeting", "an Urgent Meeting of Pentre Community Council")
    [doc] = prepare_page(tmp_path, "9th-february-2023.txt", page).documents
    assert doc.council == "Pentre Community Council"
    page = URGENT.replace("an Urgent Community Council Meeting", "the Pentre Extraordinary Community Council Meeting")
    [doc] = prepare_page(tmp_path, "9th-february-2023b.txt", page).documents
    assert doc.council == "Pentre Community Council"
