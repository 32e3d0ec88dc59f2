"""Exports: an answer as Markdown for a briefing, the decisions register as CSV."""
import csv
import io

from core.types import Answer, Citation, Decision
from ui.export import answer_docx, answer_markdown, decisions_csv

CITATIONS = [
    Citation(n=1, text="Resolved\n\nThat the Committee notes the report.", council=None, committee="Cabinet",
             meeting_date="2025-03-04", pack_date=None, doc_type="minutes", title="Minutes of 4 March 2025",
             item="5. Budget update", page=7, source="corpus/kent/Minutes.pdf"),
    Citation(n=2, text="The *plan* was agreed [in full].", council=None, committee=None, meeting_date="2019-03-12",
             pack_date="2019-06-18", doc_type="report", title=None, item=None, page=None,
             source="corpus/warwickshire/pack.txt"),
]


def test_markdown_carries_the_answer_and_every_numbered_source_with_its_passage():
    answer = Answer("What was resolved?", "What was resolved?", "The report was noted. [1] The plan was agreed. [2]",
                    True, "extractive", CITATIONS)
    md = answer_markdown(answer, asked_on="2026-01-05")
    assert md.startswith("## What was resolved?\n")
    assert "Answer mode: Extractive; asked 5 January 2026" in md
    assert "The report was noted. [1] The plan was agreed. [2]" in md
    assert "[1] **Minutes of 4 March 2025** — Cabinet; meeting of 4 March 2025; Minutes; item 5. Budget update; page 7" in md
    assert "> Resolved\n>\n> That the Committee notes the report." in md
    assert "Source: `corpus/kent/Minutes.pdf`, page 7" in md
    assert "[2] **pack.txt** — meeting of 12 March 2019 (in the papers for 18 June 2019); Report" in md
    assert "> The *plan* was agreed [in full]." in md       # the quote stays verbatim


def test_markdown_of_an_unanswered_question_says_so_and_lists_nearest_passages():
    answer = Answer("Pizza?", "Pizza?", "", False, "extractive", CITATIONS[:1])
    md = answer_markdown(answer)
    assert "**The papers do not answer this question.**" in md
    assert "### Nearest passages" in md and "### Sources" not in md


def test_decisions_csv_has_one_row_per_resolution_with_its_vote_council_and_a_byte_order_mark():
    decisions = [
        Decision("2025-01-09", "County Council", "5. Devolution", 'RESOLVED that "the Leader" writes £5m, again',
                 "For (39), Against (19)", "Printed minutes", "minutes", 4, "corpus/kent/min.pdf", "c1",
                 council="Kent County Council", url="https://example.org/min.pdf"),
        Decision(None, None, None, "Resolved: noted.", None, None, None, None, "corpus/x.txt", "c2"),
    ]
    data = decisions_csv(decisions)
    assert data.encode("utf-8").startswith(b"\xef\xbb\xbf")      # so Excel reads "£" as "£", not "Â£"
    rows = list(csv.reader(io.StringIO(data.lstrip("\ufeff"))))
    assert rows[0] == ["meeting_date", "council", "committee", "item", "resolution", "vote", "title", "doc_type",
                       "page", "source", "url"]
    assert rows[1] == ["2025-01-09", "Kent County Council", "County Council", "5. Devolution",
                       'RESOLVED that "the Leader" writes £5m, again', "For (39), Against (19)", "Printed minutes",
                       "minutes", "4", "corpus/kent/min.pdf", "https://example.org/min.pdf"]
    assert rows[2][4] == "Resolved: noted." and rows[2][0] == ""
    assert len(rows) == 3


def test_an_answer_exports_as_a_word_document_naming_council_meeting_and_published_link():
    from docx import Document as Word

    answer = Answer(question="What did the committee resolve?", standalone_question="What did the committee resolve?",
                    answer="**Decided:** That the report be noted. [1]", answered=True, mode="extractive",
                    citations=[Citation(n=1, text="Resolved\n\nThat the report be noted.", council="Northmoor County Council",
                                        committee="Cabinet", meeting_date="2019-03-12", pack_date="2019-06-18",
                                        doc_type="minutes", title="Minutes of 12 March 2019", item="3. Budget",
                                        page=7, source="corpus/x.pdf", url="https://example.org/minutes.pdf")])
    data = answer_docx(answer, asked_on="2026-11-27")
    text = "\n".join(p.text for p in Word(io.BytesIO(data)).paragraphs)
    assert "What did the committee resolve?" in text
    assert "Decided: That the report be noted. [1]" in text and "**" not in text
    assert "Northmoor County Council" in text and "meeting of 12 March 2019 (in the papers for 18 June 2019)" in text
    assert "Published: https://example.org/minutes.pdf, page 7" in text
    assert "That the report be noted." in text
