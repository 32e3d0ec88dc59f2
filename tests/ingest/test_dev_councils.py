"""The parser on real papers of councils that are not in corpus/: the development part of
../shared/corpus-more (Milburn and Ayton parish/community councils, Royal Sutton Coldfield
Town Council, Bristol City Council). The held-out councils of that folder are never read here."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from core import votes
from tests.ingest.pages import items_of, prepare_file

MORE = Path(__file__).resolve().parents[2].parent / "shared" / "corpus-more"
pytestmark = pytest.mark.skipif(not MORE.is_dir(), reason=f"the development papers are not beside the repo ({MORE})")


@lru_cache(maxsize=None)
def prepared(rel: str):
    return prepare_file(MORE / rel)


def only(rel: str):
    docs = prepared(rel).documents
    assert len(docs) == 1, [(d.doc_type, d.title) for d in docs]
    return docs[0]


def decisions(rel: str) -> list:
    return [b for d in prepared(rel).documents for b in d.blocks if b.is_resolution and not b.continues]


def test_milburn_minutes_keep_their_own_date_not_the_previous_meetings():
    doc = only("milburn-pc/minutes_2019-01-08_.pdf")
    assert (doc.doc_type, doc.meeting_date, doc.committee, doc.council) == (
        "minutes", "2019-01-08", "Milburn Parish Council", "Milburn Parish Council")
    assert doc.found_by["meeting_date"].recogniser == "body_then_date"      # from the text, not the file name
    assert [i.split()[0] for i in items_of(doc)] == [f"19.01.{n}" for n in range(1, 10)]
    found = {b.item.split()[0]: b.found_by for b in decisions("milburn-pc/minutes_2019-01-08_.pdf")}
    assert found["19.01.3"] == "previous_minutes_approved"
    precept = [b for b in decisions("milburn-pc/minutes_2019-01-08_.pdf") if "Precept at £5000" in b.text]
    assert len(precept) == 1 and precept[0].found_by == "inline_resolved"


def test_milburn_two_digit_minute_refs_and_inline_resolutions():
    doc = only("milburn-pc/minutes_2021-01-26_.pdf")
    assert (doc.meeting_date, doc.council) == ("2021-01-26", "Milburn Parish Council")
    assert items_of(doc)[0].startswith("21.01.01 ") and any(i.startswith("21.01.09 ") for i in items_of(doc))
    texts = " ".join(b.text for b in decisions("milburn-pc/minutes_2021-01-26_.pdf"))
    assert "resolved to proceed with the takeover" in texts


def test_milburn_annual_meeting_and_agenda():
    agm = only("milburn-pc/minutes_2018-05-08_AGM and Parish Mtg.pdf")
    assert (agm.meeting_date, agm.committee) == ("2018-05-08", "Milburn Parish Council")
    assert agm.title == "Minutes of the annual meeting held on 8 May 2018"
    agenda = only("milburn-pc/agendas_2019-03-05_.pdf")
    assert (agenda.doc_type, agenda.meeting_date, agenda.committee) == ("agenda", "2019-03-05", "Milburn Parish Council")
    assert decisions("milburn-pc/agendas_2019-03-05_.pdf") == []


def test_sutton_running_minute_numbers_and_committee_resolved():
    rel = "sutton-coldfield-tc/CommunityGrant minutes 2018 March 13.pdf"
    doc = only(rel)
    assert (doc.doc_type, doc.meeting_date) == ("minutes", "2018-03-13")     # not the 17 January minutes it approves
    assert doc.committee == "Amenities, Leisure and Community Services"
    numbers = [i.split()[0] for i in items_of(doc)]
    assert numbers == [str(n) for n in range(52, 63)]     # 56 is printed "6": read from the sequence
    found = {b.item.split()[0] for b in decisions(rel)}
    assert {"52", "54", "58", "59", "61", "62"} <= found


def test_sutton_grant_rows_are_filed_under_the_grants_item():
    rel = "sutton-coldfield-tc/CommunityGrant minutes 2018 March 13.pdf"
    for name in ("Special Olympics", "Boldmere St", "Good Hope Hospital Charity", "Friends of"):
        found = {c.item for c in prepared(rel).chunks if name in c.text}
        assert found == {"56 Community Grant Applications"}, (name, found)
    # each application's outcome is a decision in its row's chunk, a run-on "Rejected." too
    [home_start] = [c for c in prepared(rel).chunks if "Home Start" in c.text]
    assert home_start.is_resolution and "Rejected." in home_start.text
    # the column header repeated at each page's top is no row's name: the row under it is a row of its own
    [bowls] = [c for c in prepared(rel).chunks if "perimeter of the bowling green" in c.text]
    assert bowls.section == "Four Oaks Ladies and Leyhill Bowling Club" and "Mossy Bank" not in bowls.text
    assert not any((c.section or "").startswith("Amount") for c in prepared(rel).chunks)


def test_sutton_short_decisions_stay_with_what_they_decide():
    rel = "sutton-coldfield-tc/CommunityGrant minutes 2018 March 13.pdf"
    [deferred] = [c for c in prepared(rel).chunks if "resolved to defer the proposal" in c.text]
    assert deferred.is_resolution and deferred.item == "61 Hope for Sutton Project"
    assert "St James Church for the Hope for Sutton Project" in deferred.text and "Memory Caf" in deferred.text


def test_sutton_officer_report_to_council():
    doc = only("sutton-coldfield-tc/Item 166  CBSO Concert.pdf")
    assert (doc.doc_type, doc.committee, doc.council, doc.meeting_date, doc.title) == (
        "report", "Royal Sutton Coldfield Town Council", "Royal Sutton Coldfield Town Council", "2017-02-21",
        "Summer in Sutton Coldfield")


def test_bristol_cover_sheet():
    doc = only("bristol-city-council/src-bcc-0003_committee-report-workplace-parking-levy-2024-09-12.pdf")
    assert (doc.doc_type, doc.committee, doc.meeting_date, doc.title) == (
        "report", "Transport and Connectivity Committee", "2024-09-12", "Workplace Parking Levy")
    assert doc.found_by["meeting_date"].recogniser == "cover_date"
    assert doc.council is None            # no masthead names it: null, never guessed


def test_bristol_decision_recording_form_has_one_decision_per_form():
    rel = "bristol-city-council/src-bcc-0004_decision-notice-transport-connectivity-policy-committee-2024-09-12.pdf"
    doc = only(rel)
    assert (doc.committee, doc.meeting_date) == ("Transport and Connectivity Policy Committee", "2024-09-12")
    found = decisions(rel)
    assert len(found) == 6 and {b.found_by for b in found} == {"decision_label"}
    blocks = doc.blocks
    first = blocks.index(found[0])
    whole = "\n".join(b.text for b in blocks[first:] if b.is_resolution)
    assert "Initiated a Task and Finish Group" in whole and "Delegates authority" in whole
    assert not any("Exempt Information" in b.text for b in blocks if b.is_resolution)


def test_bristol_printed_minutes_votes_and_decisions():
    rel = ("bristol-city-council/src-bcc-0022_src-bcc-0022-printed-minutes-transport-and-connectivity-policy-"
           "committee-12-september-2024.pdf")
    doc = only(rel)
    assert (doc.committee, doc.meeting_date, doc.council) == (
        "Transport and Connectivity Policy Committee", "2024-09-12", "Bristol City Council")
    numbers = [i.split()[0] for i in items_of(doc)]
    assert numbers == [str(n) for n in range(1, 13)]      # 11 and 12 open with the year they report on
    chunks = [c for c in prepared(rel).chunks if c.is_resolution]
    recorded = [votes.recorded_vote(c.text) for c in chunks]
    assert "For (6), Against (0), Abstain (3): carried" in recorded
    assert "For (4), Against (5): lost" in recorded
    # printed under item 12 (the risk report), after item 11's own text: never under item 10
    [resolved] = [c for c in chunks if "It was RESOLVED that the Committee noted" in c.text]
    assert resolved.item.startswith("12 Q1 2024/25 Corporate Risk Report")
    assert len(chunks) >= 15
    # recommendation 5, amended (the amendment lost) and then lost itself: its wording and its
    # outcome are one decision chunk, the recommendation's own vote last
    [car_parks] = [c for c in chunks if "recommendation was LOST (4 members voting in favour and 5 against)" in c.text]
    assert car_parks.text.startswith("Recommendation 5 - District Car Park Charging")
    assert "Approves implementation of charging at the District Car Parks" in car_parks.text
    assert "amendment was LOST (2 members voting in favour and 7 against)" in car_parks.text
    assert votes.recorded_vote(car_parks.text) == "For (4), Against (5): lost"
    # "The amendment was seconded by Councillor ..." without its full stop is a sentence, not a sub-heading
    assert not any((b.section or "").startswith("The amendment") for b in doc.blocks)


def test_bristol_forward_plan():
    doc = only("bristol-city-council/src-bcc-0016_transport-connectivity-policy-committee-forward-plan-2026-01-21.pdf")
    assert (doc.doc_type, doc.committee, doc.council) == (
        "work_programme", "Transport and Connectivity Policy Committee", "Bristol City Council")


@pytest.mark.parametrize("rel, when, previous", [
    ("ayton-cc/2012-03-06.pdf", "2012-03-06", None),
    ("ayton-cc/2019-10-01.pdf", "2019-10-01", "2019-09-03"),
    ("ayton-cc/2025-10-07.md", "2025-10-07", "2025-09-02"),
])
def test_ayton_minutes_are_dated_to_their_own_meeting(rel, when, previous):
    doc = only(rel)
    assert (doc.doc_type, doc.meeting_date) == ("minutes", when)
    approvals = [b for b in decisions(rel) if b.found_by == "previous_minutes_approved"]
    assert len(approvals) == 1
    if previous:
        assert previous not in {d.meeting_date for d in prepared(rel).documents}
    if rel.endswith(".pdf"):
        assert doc.council == "Ayton Community Council"


def test_sutton_grant_schedule_reads_its_meeting_from_the_running_header():
    doc = only("sutton-coldfield-tc/CommunityGrant notes 2018 March 13.pdf")
    assert (doc.committee, doc.meeting_date, doc.title) == (
        "Amenities, Leisure and Community Services Committee", "2018-03-13", "Community Grant Applications")
    assert doc.found_by["meeting_date"].recogniser == "running_line"


def test_ayton_item_numbers_printed_alone_in_their_column():
    doc = only("ayton-cc/2012-03-06.pdf")
    assert [i.split()[0] for i in items_of(doc)] == [str(n) for n in range(1, 11)]
    assert "3 Apologies for Absence" in items_of(doc) and "5 Matters Arising from Minutes" in items_of(doc)


def test_sutton_report_recommendations_are_a_decision_with_their_lettered_parts():
    rel = "sutton-coldfield-tc/Item 166  CBSO Concert.pdf"
    found = decisions(rel)
    assert found and found[0].found_by == "recommended_to_approve"
    blocks = [b for d in prepared(rel).documents for b in d.blocks]
    first = blocks.index(found[0])
    parts = [b.text for b in blocks[first + 1:first + 6] if b.is_resolution and b.continues]
    assert len(parts) == 5 and parts[0].startswith("a)") and parts[4].startswith("e)")
