"""The naive LangChain-tutorial baseline on a tiny real corpus (real MiniLM, real Chroma on disk)."""
from __future__ import annotations

import json

import pytest

from evals.naive import CHUNK_SIZE, NaiveRAG, load_documents, path_date
from core.types import Turn
from tests.evals.conftest import write_pdf

pytestmark = pytest.mark.slow


@pytest.fixture
def tiny_corpus(tmp_path):
    root = tmp_path / "corpus"
    (root / "kent" / "2025-03-04").mkdir(parents=True)
    write_pdf(root / "kent" / "2025-03-04" / "Minutes of Previous Meeting.pdf", [
        ["Cabinet minutes of 30 January 2025.", "Apologies were received from Mrs C Bell."],
        ["The Kent Youth County Council elections saw 22,866 young people voting."],
    ])
    pack = root / "2019-06-18-agenda-pack.txt"
    pack.write_text("Priority Families. We have met our attachment target of 2790 families.\n\n"
                    + "Filler paragraph about the committee's remit and membership. " * 40)
    extract = root / "2024-09-17-minutes-item.txt"
    extract.write_text("8 mainstream foster carers have been approved with 8 more in the pipeline.")
    (root / "2024-09-17-minutes-item.txt.meta.json").write_text(json.dumps({"meeting_date": "2024-09-18"}))
    return root


def test_dates_come_only_from_a_sidecar_or_the_path(tiny_corpus):
    assert path_date(tiny_corpus / "2024-09-17-minutes-item.txt") == "2024-09-18"
    assert path_date(tiny_corpus / "2019-06-18-agenda-pack.txt") == "2019-06-18"
    pdf = tiny_corpus / "kent" / "2025-03-04" / "Minutes of Previous Meeting.pdf"
    # the folder's date is the pack's; the naive pipeline cannot know the minutes record 30 January
    assert path_date(pdf) == "2025-03-04"


def test_pdfs_load_one_document_per_page_and_text_files_whole(tiny_corpus):
    documents = load_documents(tiny_corpus)
    pdf_pages = [d.metadata["page"] for d in documents if d.metadata["source"].endswith(".pdf")]
    assert pdf_pages == [1, 2]
    assert sum(1 for d in documents if d.metadata["source"].endswith(".txt")) == 2
    assert not any(d.metadata["source"].endswith(".json") for d in documents)


def test_the_answer_is_the_top_four_passages_each_cited_with_page_and_path_date(tiny_corpus, tmp_path):
    naive = NaiveRAG(store_dir=tmp_path / "store")
    try:
        build = naive.build(tiny_corpus)
        assert build.chunks > build.documents   # the long pack was split
        answer = naive.ask("How many young people voted in the Kent Youth County Council elections?",
                           history=[Turn("user", "Tell me about Kent.")])
    finally:
        naive.close()
    assert answer.answered and answer.mode == "naive"
    assert len(answer.citations) == 4
    assert all(len(c.text) <= CHUNK_SIZE for c in answer.citations)
    top = answer.citations[0]
    assert "22,866" in top.text
    assert (top.page, top.meeting_date) == (2, "2025-03-04")
    assert answer.standalone_question == answer.question   # the tutorial ignores history
    for c in answer.citations:
        assert f"[{c.n}]" in answer.answer
