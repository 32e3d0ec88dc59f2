"""Passages for the answerer and conversation tests, cut verbatim from the sample corpus.

No index is needed: the chunks are built by hand with the metadata ingest would give them.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.types import Chunk, Passage

ROOT = Path(__file__).resolve().parents[2]
PACK_2023 = ROOT / "corpus/warwickshire/cyp-osc/2023-02-14-agenda-pack.md"
PACK_2024 = ROOT / "corpus/warwickshire/cyp-osc/2024-09-17-agenda-pack.txt"
COMMITTEE = "Children & Young People Overview and Scrutiny Committee"


def between(path: Path, start: str, end: str) -> str:
    """The verbatim text of `path` from the line starting `start` up to the line starting `end`."""
    text = path.read_text(encoding="utf-8")
    m = re.search(rf"^{re.escape(start)}.*?(?=^{re.escape(end)})", text, re.S | re.M)
    assert m, f"{path.name}: no text between {start!r} and {end!r}"
    return m.group(0).strip()


def make_chunk(chunk_id: str, text: str, **meta) -> Chunk:
    fields = dict(committee=COMMITTEE, meeting_date=None, pack_date=None, doc_type="minutes", title=None,
                  item=None, section=None, page_start=None, page_end=None, source="corpus/x.txt",
                  source_sha256="0" * 64, is_resolution=False)
    fields.update(meta)
    return Chunk(chunk_id=chunk_id, text=text, header="", **fields)


@pytest.fixture(scope="session")
def resolution_chunk() -> Chunk:
    """The resolution of 8 November 2022 on participation, printed in the 14 February 2023 pack."""
    return make_chunk(
        "mh-resolution", between(PACK_2023, "The Committee resolved that:", "#### 4. SEND Update"),
        meeting_date="2022-11-08", pack_date="2023-02-14", title="Minutes of the meeting held on 8 November 2022",
        item="3. Participation Annual Update: Youth Council and Children in Care Council",
        source=str(PACK_2023.relative_to(ROOT)), is_resolution=True)


@pytest.fixture(scope="session")
def send_chunk() -> Chunk:
    return make_chunk(
        "send-update", between(PACK_2023, "The Committee received a verbal update on the SEND", "The key areas"),
        meeting_date="2022-11-08", pack_date="2023-02-14", title="Minutes of the meeting held on 8 November 2022",
        item="4. SEND Update", source=str(PACK_2023.relative_to(ROOT)))


@pytest.fixture(scope="session")
def youth_justice_chunk() -> Chunk:
    """The Youth Justice Plan report of 17 September 2024, laid out as if on two PDF pages (66, 67)."""
    text = between(PACK_2024, "- 1.1 The annual Youth Justice Strategic Plan", "5. Timescales")
    second_page = text.index("4. Supporting Information")
    return make_chunk(
        "yjp-report", text, meeting_date="2024-09-17", pack_date="2024-09-17", doc_type="report",
        title="Youth Justice Plan", item="7. Youth Justice Plan", source=str(PACK_2024.relative_to(ROOT)),
        page_start=66, page_end=67, page_map=[(0, 66), (second_page, 67)])


@pytest.fixture
def passages(resolution_chunk, send_chunk, youth_justice_chunk) -> list[Passage]:
    """Three retrieved passages, numbered [1] [2] [3] in the prompt in this order."""
    return [Passage(resolution_chunk, 0.9), Passage(send_chunk, 0.5), Passage(youth_justice_chunk, 0.3)]
