"""The structure of the real sample packs and the Kent PDFs: documents, dates, items, resolutions."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from ingest import pipeline
from core.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
W = ROOT / "corpus" / "warwickshire" / "cyp-osc"
KENT = ROOT / "corpus" / "kent-county-council"
CYP = "Children and Young People Overview and Scrutiny Committee"


@lru_cache(maxsize=None)
def prepared(path: Path):
    return pipeline.prepare(pipeline.read(path), Settings())


def outline(path: Path) -> list[tuple[str, str | None, str | None]]:
    return [(d.doc_type, d.meeting_date, d.pack_date) for d in prepared(path).documents]


def test_june_2019_pack_holds_agenda_march_minutes_reports_appendices_and_work_programme():
    docs = prepared(W / "2019-06-18-agenda-pack.txt").documents
    assert [(d.doc_type, d.meeting_date) for d in docs] == [
        ("agenda", "2019-06-18"),
        ("minutes", "2019-03-12"),
        ("report", "2019-06-18"),
        ("appendix", "2019-06-18"),
        ("report", "2019-06-18"),
        ("appendix", "2019-06-18"),
        ("work_programme", "2019-06-18"),
    ]
    assert {d.pack_date for d in docs} == {"2019-06-18"}
    assert {d.committee for d in docs} == {CYP}
    assert docs[2].title == "Update on Early Help Developments"
    assert docs[2].blocks[0].item == "3. Update on Early Help Developments"
    assert docs[4].title.startswith("One Organisational Plan Quarterly Progress Report")


def test_minutes_inside_a_pack_are_dated_to_their_own_meeting():
    expected = {
        "2019-06-18-agenda-pack.txt": ("2019-03-12", "2019-06-18"),
        "2023-02-14-agenda-pack.md": ("2022-11-08", "2023-02-14"),
        "2024-09-17-agenda-pack.txt": ("2024-06-18", "2024-09-17"),
    }
    for name, (meeting, pack) in expected.items():
        minutes = [d for d in prepared(W / name).documents if d.doc_type == "minutes"]
        assert len(minutes) == 1, name
        assert (minutes[0].meeting_date, minutes[0].pack_date) == (meeting, pack), name
        assert minutes[0].title == f"Minutes of the meeting held on {int(meeting[8:])} " \
            f"{['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][int(meeting[5:7])]} {meeting[:4]}"


def test_february_2023_pack_documents_and_dates():
    docs = prepared(W / "2023-02-14-agenda-pack.md").documents
    kinds = [d.doc_type for d in docs]
    assert kinds[:2] == ["agenda", "minutes"]
    assert kinds[-1] == "work_programme"
    reports = [d.title for d in docs if d.doc_type == "report"]
    assert reports == [
        "Council Plan 2022-2027 Integrated Performance Report Quarter 2 2022/23",
        "Post 16 participation in Education, Employment and Training performance report 2022",
        "Cultural Change in Children's Social Care – performance and sustainability plan",
        "Local Area SEND Inspection Update",
        "Nuneaton Education Strategy Update",
    ]
    # the SEND Written Statement of Action is an action plan, dated to the pack's meeting
    wsoa = [d for d in docs if d.doc_type == "action_plan"]
    assert len(wsoa) == 1 and "Written Statement of Action" in wsoa[0].title
    assert all(d.meeting_date == "2023-02-14" for d in docs if d.doc_type != "minutes")


def test_september_2024_pack_documents_and_dates():
    docs = prepared(W / "2024-09-17-agenda-pack.txt").documents
    reports = [d.title for d in docs if d.doc_type == "report"]
    assert reports == [
        "Council Plan 2022-2027 Integrated Performance Report Quarter 1 2024/25",
        "Customer Feedback Annual Report 1 April 2023 to 31 March 2024",
        "Youth Justice Plan",
    ]
    assert docs[-1].doc_type == "work_programme"
    assert all(d.meeting_date == "2024-09-17" for d in docs if d.doc_type != "minutes")


def test_extracts_take_their_meeting_from_the_sidecar():
    appendix = prepared(W / "2024-09-17-appendix-council-delivery-plan-q1-2024-25.txt").documents
    minutes = prepared(W / "2024-09-17-minutes-item-council-delivery-plan-and-performance-q1.txt").documents
    assert [(d.doc_type, d.meeting_date, d.committee) for d in appendix] == [("appendix", "2024-09-17", CYP)]
    assert [(d.doc_type, d.meeting_date, d.committee) for d in minutes] == [("minutes", "2024-09-17", CYP)]


# every "Resolved" block of the samples, by the words that open and close it
RESOLUTIONS = {
    "2019-06-18-agenda-pack.txt": [
        ("1. General", "15 January 2019 and 30 January 2019 be approved", "signed by the Chair."),
        ("3. Children and Young People's Presentation on Participation",
         "1) That the Committee promotes", "reported back on a 6 monthly basis."),
        ("4. Warwickshire Education Strategy", "That the Committee note progress", "Warwickshire Education Strategy"),
    ],
    "2023-02-14-agenda-pack.md": [
        ("3. Participation Annual Update: Youth Council and Children in Care Council",
         "The Committee resolved that:", "sports and recreational departments."),
    ],
    "2024-09-17-agenda-pack.txt": [
        ("5. Year End Integrated Performance Report 2023/24", "That the report is noted.", "That the report is noted."),
        ("6. Knife Crime and Child Exploitation", "That the report is noted.", "That the report is noted."),
        ("7. Warwickshire Education Strategy 2024-2029", "That the progress of the draft", "is noted."),
    ],
    "2024-09-17-minutes-item-council-delivery-plan-and-performance-q1.txt": [
        ("Council Delivery Plan and Performance Q1", "That the Children and Young People Overview",
         "management of finances and risk."),
    ],
}


@pytest.mark.parametrize("name", sorted(RESOLUTIONS))
def test_every_resolved_block_in_the_samples_is_found_whole_in_one_chunk(name):
    # other decisions ("The minutes ... were approved", "the Committee agreed that") are
    # resolutions too now; this test follows the "Resolved" blocks
    chunks = [c for c in prepared(W / name).chunks if c.is_resolution and "resolved" in c.text.lower()]
    assert [c.item for c in chunks] == [item for item, _, _ in RESOLUTIONS[name]]
    for chunk, (_, opening, closing) in zip(chunks, RESOLUTIONS[name]):
        assert "resolved" in chunk.text.lower()
        assert opening in chunk.text and chunk.text.rstrip().endswith(closing)
        assert chunk.meeting_date and chunk.committee == CYP


def test_kent_cabinet_minutes_record_30_january_not_4_march():
    docs = prepared(KENT / "cabinet" / "2025-03-04" / "Minutes of Previous Meeting.pdf").documents
    minutes = [d for d in docs if d.doc_type == "minutes"]
    assert len(minutes) == 1
    assert (minutes[0].meeting_date, minutes[0].pack_date, minutes[0].committee) == ("2025-01-30", "2025-03-04", "Cabinet")
    items = []
    for b in minutes[0].blocks:
        if b.item and b.item not in items:
            items.append(b.item)
    assert [i.split(".")[0] for i in items] == ["84", "85", "86", "87", "88", "89", "90", "91", "92"]
    assert items[0] == "84. Apologies (Item 1)"
    assert items[5].startswith("89. Draft Revenue Budget 2025-26") and items[5].endswith("(Item 6)")


def test_kent_cabinet_resolutions_are_whole_with_their_items_and_pages():
    chunks = [c for c in prepared(KENT / "cabinet" / "2025-03-04" / "Minutes of Previous Meeting.pdf").chunks
              if c.is_resolution and "RESOLVED" in c.text]
    # "Members agreed to refer the decision to full Council" (item 87) is a decision too
    assert any(c.is_resolution and c.item.startswith("87.") and "Members agreed" in c.text
               for c in prepared(KENT / "cabinet" / "2025-03-04" / "Minutes of Previous Meeting.pdf").chunks)
    by_item = {c.item.split(".")[0]: c for c in chunks}
    assert set(by_item) == {"86", "88", "89", "90", "91", "92"}
    budget = by_item["88"]
    assert budget.text.lstrip().startswith("3. RESOLVED that Cabinet agree to:")
    assert "f) Note the Reserves, Treasury Management and Prudential Indicators" in budget.text
    assert (budget.page_start, budget.page_end) == (10, 10)
    ics = by_item["91"]
    assert "(c) Delegate authority to the Director of Public Health" in ics.text
    assert (ics.page_start, ics.page_end) == (15, 16)


def test_kent_council_resolution_is_kept_whole_with_its_recorded_vote():
    chunks = prepared(KENT / "county-council" / "2025-01-09" / "Printed minutes 09th-Jan-2025 10.00 County Council.pdf").chunks
    devolution = [c for c in chunks if c.is_resolution and "26) RESOLVED" in c.text]
    assert len(devolution) == 1
    text = devolution[0].text
    for words in ("the voting was as follows", "For (39)", "Against (19)", "Abstain (1)",
                  "Substantive Motion carried.", "26) RESOLVED that the County Council:",
                  "(5) Expects there to be as much transparency as possible in this process."):
        assert words in text
    assert devolution[0].item == "285. English Devolution White Paper (Item 3)"
    assert (devolution[0].meeting_date, devolution[0].committee) == ("2025-01-09", "County Council")
    assert (devolution[0].page_start, devolution[0].page_end) == (9, 10)


def test_kent_reports_take_committee_and_date_from_their_cover():
    report = prepared(KENT / "cabinet" / "2025-03-04" / "Cabinet Report 4 March 2025.pdf").documents[0]
    assert (report.doc_type, report.committee, report.meeting_date) == ("report", "Cabinet", "2025-03-04")
    assert report.title == "Late changes to the 2025-26 budget and 2025-28 Medium Term Financial Plan (MTFP)"


def test_blank_page_notices_and_page_numbers_never_reach_chunks():
    for path in [W / "2023-02-14-agenda-pack.md", KENT / "cabinet" / "2025-03-04" / "QPR Q3 Cabinet appendix 1.pdf"]:
        for chunk in prepared(path).chunks:
            assert "intentionally left blank" not in chunk.text.lower()
            assert "\f" not in chunk.text
    # the quarterly report's running "Appendix 1" header does not split it into 70 documents
    docs = prepared(KENT / "cabinet" / "2025-03-04" / "QPR Q3 Cabinet appendix 1.pdf").documents
    assert len(docs) <= 2
