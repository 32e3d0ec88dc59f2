"""ingest/chunking.py boundaries: a label that ends a chunk (an indicator's name, a lead-in, a
heading) travels with what it labels, so a figure is never cut from the line that names it."""
from __future__ import annotations

from core.settings import Settings
from core.types import Block, Document
from ingest import chunking

NARRATIVE = ("Work continues with partners across the district on the countryside programme, and an "
             "application for lottery funding follows a successful expression of interest in the autumn. ")


def report(*blocks: tuple[str, str]) -> Document:
    return Document(committee="Cabinet", meeting_date="2025-03-04", pack_date=None, doc_type="appendix",
                    title="Quarterly Performance Report", source="qpr.pdf", source_sha256="0" * 64,
                    blocks=[Block(text, 3, item="5. Quarterly Performance Report", kind=kind) for text, kind in blocks])


def test_an_indicator_name_ending_a_chunk_goes_with_its_figures():
    doc = report(
        (NARRATIVE * 3, "para"),
        ("Key Performance Indicators", "heading"),
        ("Percentage of routine pothole repairs completed within 28 days GREEN", "para"),
        ("Latest: 94% Target: 90%, Floor: 80% Previous: 97% (Green)", "para"),
        ("Emergency highway incidents attended within 2 hours AMBER", "para"),
        ("Latest: 96% Target: 98%, Floor: 95% Previous: 97% (Amber)", "para"),
    )
    cut_after_label = 0
    for target in range(100, 200, 4):          # wherever the size limit falls
        chunks = chunking.chunk_document(doc, Settings(target_tokens=target))
        holding = [c for c in chunks if "Latest: 94%" in c.text]
        assert len(holding) == 1 and "pothole repairs completed within 28 days" in holding[0].text, target
        assert not any(c.text.rstrip().endswith(("GREEN", "AMBER", "Indicators")) for c in chunks[:-1]), target
        cut_after_label += holding[0].text.startswith("Key Performance Indicators")
    assert cut_after_label          # some limits fall just after the heading: it moved on with its figures


def test_a_sentence_ending_a_chunk_stays_where_it_is():
    doc = report((NARRATIVE * 3, "para"), ("The committee noted the report.", "para"), (NARRATIVE * 2, "para"))
    chunks = chunking.chunk_document(doc, Settings(target_tokens=150))
    first = next(c for c in chunks if "noted the report" in c.text)
    assert first.text.startswith("Work continues")


def test_is_label():
    def para(text: str) -> Block:
        return Block(text, 1)
    assert chunking.is_label(para("Percentage of routine pothole repairs completed within 28 days GREEN"))
    assert chunking.is_label(para("The voting was as follows:"))
    assert not chunking.is_label(para("The committee noted the report."))
    assert not chunking.is_label(para("Latest: 94% Target: 90%\nFloor: 80%"))
    assert not chunking.is_label(para("Latest: 94% Target: 90%, Floor: 80% Previous: 97% (Green)"))
    assert not chunking.is_label(para(NARRATIVE))
    # an item of a running list is a sentence, not a label; a list's own lead-in is one
    assert not chunking.is_label(para("- The overspend in the Children & Families service was detailed in Appendix 3;"))
    assert not chunking.is_label(para("(ii) that the plan be approved"))
    assert chunking.is_label(para("- Key points:"))
