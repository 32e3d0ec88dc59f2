"""The core readers the parser relies on: dates as printed (core/dates.py), votes (core/votes.py)
and the one normalisation of committee and council names (core/names.py)."""
from __future__ import annotations

import pytest

from core import dates, votes
from core.names import canonical_committee, canonical_council, committee_key


@pytest.mark.parametrize("text, iso", [
    ("3  rd   September 2019", "2019-09-03"),              # superscript ordinal split by extraction
    ("Newbiggin Parish Council - 3\nrd\nSeptember 2019", "2019-09-03"),
    ("TUESDAY, 5th MARCH 2019 @ 7.30pm", "2019-03-05"),
    ("held on the 6th November 2018", "2018-11-06"),
    ("Friday, 27th March, 2026 1.00 pm", "2026-03-27"),
    ("date: 2025-10-07", "2025-10-07"),
])
def test_dates_as_printed(text, iso):
    assert dates.first_date(text) == iso


@pytest.mark.parametrize("line", ["3  rd   September 2019", "Tuesday 13th March 2018", "12 September 2024 at 5.00 pm",
                                  "TUESDAY, 5th MARCH 2019 @ 7.30pm"])
def test_date_lines(line):
    assert dates.is_date_line(line)


def test_a_sentence_with_a_date_is_not_a_date_line():
    assert not dates.is_date_line("The next meeting will be on 12 September 2024 at the Town Hall.")


@pytest.mark.parametrize("text, vote", [
    ("6 in favour, none against with 3 abstentions.", "For (6), Against (0), Abstain (3)"),
    ("On being put to the vote the recommendation was CARRIED (6 members voting in favour, none against with 3\n"
     "abstentions)", "For (6), Against (0), Abstain (3): carried"),
    ("On being put to the vote the recommendation was LOST (4 members voting in favour, 5 against).",
     "For (4), Against (5): lost"),
    ("the amendment was CARRIED (5 members voting in favour and 1 against.  There were 3 abstentions)",
     "For (5), Against (1), Abstain (3): carried"),
    ("On being put to the vote the recommendation was CARRIED unanimously.", "carried unanimously"),
    ("All were in favour.", "carried unanimously"),
    ("the voting was as follows: For (39) Against (19) Abstain (1) Substantive Motion carried.",
     "For (39), Against (19), Abstain (1): Substantive Motion carried"),
])
def test_votes_are_read_one_way(text, vote):
    assert votes.recorded_vote(text) == vote


@pytest.mark.parametrize("text, result", [
    ("Substantive Motion carried.", "carried"),             # a motion's outcome, in lower case, on its own line
    ("The amendment was lost.", "lost"),
    ("The recommendations as amended were defeated.", "lost"),
    ("The motion was carried unanimously.", "carried unanimously"),
    ("The school lost funding for two classes.", None),      # not a vote: no motion, no count, no capitals
])
def test_a_motions_outcome_is_a_vote_in_any_case(text, result):
    assert votes.motion_outcome(text) == result


@pytest.mark.parametrize("text", [
    "The school lost funding for 2 in favour of new places.",
    "Approve the increase of £56 to £124 for first vehicle permit tariffs.",
    "RESOLVED that the report be noted.",
])
def test_not_votes(text):
    assert votes.recorded_vote(text) is None and votes.show_of_hands(text) is None


def test_committee_names_fold_apostrophes_ampersands_and_capitals():
    names = ["Children’s & Young People Committee", "Children's and Young People Committee",
             "CHILDREN'S AND YOUNG PEOPLE COMMITTEE", "**Children's & Young People Committee**"]
    assert {canonical_committee(n) for n in names} == {"Children's and Young People Committee"}
    assert len({committee_key(n) for n in names + ["Childrens and Young People Committee."]}) <= 2
    assert committee_key("Children’s & Young People Committee") == committee_key("Children's and Young People committee")
    assert canonical_committee("TRANSPORT & CONNECTIVITY POLICY COMMITTEE") == "Transport and Connectivity Policy Committee"


def test_store_and_ingest_share_one_committee_key():
    from store import index

    assert index.committee_key is committee_key


def test_council_names():
    assert canonical_council("KENT COUNTY COUNCIL") == "Kent County Council"
    assert canonical_council("Newcastle upon Tyne City Council") == "Newcastle upon Tyne City Council"
