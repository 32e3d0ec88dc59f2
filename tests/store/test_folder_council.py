"""A paper that never prints its council's name takes the one council its folder's other papers
name, at ingest (store/update.py with ingest.pipeline.folder_council). Real Chroma on disk;
vectors from the hashing stand-in (no model)."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import engine, indexed
from ingest import pipeline
from service.engine import Scrutineer

pytestmark = pytest.mark.slow          # builds small indexes (real Chroma)

REPORT = """Lowfield Town Council

Report to: Full Council
Date of meeting: 5 March 2024
Title: Play area refurbishment

1. Purpose of report

To seek approval for new play equipment at the recreation ground.
"""

MINUTES = """Amenities Committee

Minutes of the meeting held on {day}

Present: Councillors Marsh (Chair), Okafor, Reid

1. Allotments

The committee resolved to freeze allotment rents for {topic}.
"""

OTHER = """Hallam Parish Council - 2 April 2024

Present: Councillors Bell, Cole

1. Footpaths

It was agreed to write to the highway authority.
"""


def councils(e: Scrutineer) -> dict[str, set]:
    out: dict[str, set] = {}
    for c in e.index.chunks():
        out.setdefault(Path(c.source).name if "mixed" not in c.source else "mixed/" + Path(c.source).name,
                       set()).add(c.council)
    return out


def test_papers_that_name_no_council_take_their_folders_one_council(tmp_path):
    town, alone, mixed = tmp_path / "papers" / "town", tmp_path / "papers" / "alone", tmp_path / "papers" / "mixed"
    for folder in (town, alone, mixed):
        folder.mkdir(parents=True)
    (town / "a-minutes.txt").write_text(MINUTES.format(day="5 March 2024", topic="2024"), encoding="utf-8")
    (town / "b-report.txt").write_text(REPORT, encoding="utf-8")
    (alone / "minutes.txt").write_text(MINUTES.format(day="6 March 2024", topic="2025"), encoding="utf-8")
    (mixed / "minutes.txt").write_text(MINUTES.format(day="7 March 2024", topic="2026"), encoding="utf-8")
    (mixed / "report.txt").write_text(REPORT, encoding="utf-8")
    (mixed / "other.txt").write_text(OTHER, encoding="utf-8")
    idx = tmp_path / "idx"
    e = engine(idx)
    report = e.ingest([tmp_path / "papers"])
    assert report.count("ingested") == 6
    # results stay in file order although a waiting file is written after its folder is read
    assert [str(Path(r.path).relative_to(tmp_path / "papers")) for r in report.results] == [
        "alone/minutes.txt", "mixed/minutes.txt", "mixed/other.txt", "mixed/report.txt",
        "town/a-minutes.txt", "town/b-report.txt"]
    found = councils(engine(idx))
    assert found["a-minutes.txt"] == {"Lowfield Town Council"}        # from b-report.txt, read after it
    assert found["b-report.txt"] == {"Lowfield Town Council"}
    assert found["minutes.txt"] == {None}                              # a folder naming no council
    assert found["mixed/minutes.txt"] == {None}                        # two councils named: none guessed

    # a paper added later on its own joins the council its indexed neighbours name
    (town / "c-minutes.txt").write_text(MINUTES.format(day="2 April 2024", topic="2027"), encoding="utf-8")
    assert engine(idx).ingest([town / "c-minutes.txt"]).count("ingested") == 1
    assert councils(engine(idx))["c-minutes.txt"] == {"Lowfield Town Council"}


def test_papers_in_a_folder_named_for_a_council_take_that_council(tmp_path):
    # pages saved from a council's committee site print no council's name; their folder is named for it
    named, other, plain = tmp_path / "papers" / "exeter-cc", tmp_path / "papers" / "lb-hackney", tmp_path / "papers" / "minutes-2024"
    for folder in (named, other, plain):
        folder.mkdir(parents=True)
    (named / "minutes.txt").write_text(MINUTES.format(day="5 March 2024", topic="2024"), encoding="utf-8")
    (other / "minutes.txt").write_text(MINUTES.format(day="6 March 2024", topic="2025"), encoding="utf-8")
    (other / "other.txt").write_text(OTHER, encoding="utf-8")     # a council its own text names wins
    (plain / "minutes.txt").write_text(MINUTES.format(day="7 March 2024", topic="2026"), encoding="utf-8")
    idx = tmp_path / "idx"
    assert engine(idx).ingest([tmp_path / "papers"]).count("ingested") == 4
    found: dict[str, set] = {}
    for c in engine(idx).index.chunks():
        found.setdefault(str(Path(c.source).relative_to(tmp_path / "papers")) if Path(c.source).is_absolute()
                         else "/".join(Path(c.source).parts[-2:]), set()).add(c.council)
    assert found["exeter-cc/minutes.txt"] == {"Exeter City Council"}
    assert found["lb-hackney/minutes.txt"] == {"Hallam Parish Council"}     # the folder's papers name one council
    assert found["lb-hackney/other.txt"] == {"Hallam Parish Council"}
    assert found["minutes-2024/minutes.txt"] == {None}


HOLLYBANK = """Hollybank Borough Council

Minutes of the meeting of the Council held on 19 February 2018

Present: Councillors Marsh (Mayor), Okafor, Reid

12. Council Tax Resolution

The Cabinet Member for Finance introduced the report. The basic amount of council tax for 2018/19
reflected a 2.99% increase. RESOLVED that the formal Council Tax resolution be approved.
"""

UNNAMED = """Agenda item

Car Parking Charges

Minutes:

The Committee considered a report on parking charges in the town centre car parks.
RESOLVED that the charges be frozen.
"""


def test_a_council_the_index_holds_no_known_paper_of_is_declined_unless_the_best_passage_may_be_its(tmp_path):
    e = indexed(tmp_path, {"borough/council.txt": HOLLYBANK, "pages/item.txt": UNNAMED})   # the item names no council
    answer = e.ask("What council tax increase did Ashdown Vale District Council agree for 2018/19?")
    assert not answer.answered
    assert answer.answer.startswith("The index holds no papers from Ashdown Vale District Council."), answer.answer
    answer = e.ask("What council tax increase did Hollybank Borough Council agree for 2018/19?")
    assert answer.answered and "2.99%" in answer.answer, answer.answer
    # the best passage is of no known council: it may be the council's own, so this rule leaves it
    answer = e.ask("What did Ashdown Vale District Council decide about car parking charges?")
    assert not answer.answer.startswith("The index holds no papers from"), answer.answer


AUTHORITY = """Meeting Details

Full Authority
14 June 2023 - 10:30 to 12:15

Agenda Items
1 Election of Chairman
To elect a Chairman of the Authority.
RESOLVED that Mrs K Okafor be elected as Chairman of the Authority for the ensuing year.

2 Election of Vice-Chairman
RESOLVED that Mr D Reid be elected as Vice-Chairman of the Authority for the ensuing year.

3 Response Standards
The Chief Fire Officer reported that appliances reached 78% of house fires within ten minutes.
"""


def test_papers_of_a_body_of_another_kind_take_the_body_their_folder_spells_out(tmp_path):
    # a fire authority's meeting pages call it only "the Authority"; its folder says which body and what kind
    fire, parish = tmp_path / "papers" / "northmoor-and-wyre-fra", tmp_path / "papers" / "ashby-parva-pc"
    for folder in (fire, parish):
        folder.mkdir(parents=True)
    (fire / "full-authority-14-june-2023.txt").write_text(AUTHORITY, encoding="utf-8")
    (parish / "minutes.txt").write_text(MINUTES.format(day="5 March 2024", topic="2024"), encoding="utf-8")
    (parish / "other.txt").write_text(OTHER, encoding="utf-8")      # a council its own text names still wins
    idx = tmp_path / "idx"
    assert engine(idx).ingest([tmp_path / "papers"]).count("ingested") == 3
    e = engine(idx)
    by_file = {Path(c.source).name: c.council for c in e.index.chunks()}
    assert by_file["full-authority-14-june-2023.txt"] == "Northmoor and Wyre Fire and Rescue Authority"
    assert by_file["minutes.txt"] == "Hallam Parish Council"
    # made from the folder's words alone: less sure than a council the papers or a table name
    guessed, listed = pipeline.folder_body([set()], fire.name), pipeline.folder_body([set()], "exeter-cc")
    assert guessed[1].confidence < listed[1].confidence < 0.9
    answer = e.ask("Who was elected Chairman of Northmoor and Wyre Fire Authority in June 2023?")
    assert answer.answered and "Okafor" in answer.answer, answer.answer
