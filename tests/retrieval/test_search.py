"""retrieval/search.py wiring: the pool of both retrievers goes to the sentence re-ranking, whose
order joins the fusion, and a question with plain words is also searched in the papers' words.
A real index on disk with the hashing embedder (no model); the re-ranking's own scores are tested
in tests/store/test_speed.py, so here its order is replaced to see that the fusion follows it."""
from __future__ import annotations

from pathlib import Path

from core.settings import Settings
from service.engine import Scrutineer
from tests.store.conftest import MINUTES, HashEmbedder


def built(tmp_path: Path, **settings) -> Scrutineer:
    folder = tmp_path / "papers"
    folder.mkdir()
    for name, topic, day in [("a.txt", "children looked after", "12 March"), ("b.txt", "highways maintenance", "9 April"),
                             ("c.txt", "adult social care", "14 May"), ("d.txt", "school transport", "11 June")]:
        (folder / name).write_text(MINUTES.format(topic=topic, day=day), encoding="utf-8")
    e = Scrutineer(Settings(index_dir=tmp_path / "idx", **settings), embedder=HashEmbedder())
    e.ingest([folder])
    return e


def test_the_sentence_ranking_reads_both_retrievers_pool_and_joins_the_fusion(tmp_path, monkeypatch):
    e = built(tmp_path, sentence_weight=100.0)
    seen: list[list[str]] = []
    given: list[list[tuple[str, float]]] = []
    real = e.index.sentence_ranking

    def reversed_order(vector, chunk_ids):
        seen.append(list(chunk_ids))
        given.append(list(reversed(real(vector, chunk_ids))))
        return given[-1]

    monkeypatch.setattr(e.index, "sentence_ranking", reversed_order)
    passages = e.search("internal audit plan covering highways maintenance", k=3)
    assert seen and len(seen[0]) == len(set(seen[0])) == len(e.index.chunks())   # the pool: every chunk, once
    assert passages[0].chunk.chunk_id == given[0][0][0]       # its order leads when it weighs most

    e.settings.sentence_pool = 0
    seen.clear()
    e.search("internal audit plan covering highways maintenance", k=3)
    assert not seen


def test_plain_words_are_searched_in_the_papers_words_too(tmp_path, monkeypatch):
    e = built(tmp_path)
    texts: list[str] = []
    real = e.index.sparse_ranking

    def recording(text, filters, n):
        texts.append(text)
        return real(text, filters, n)

    monkeypatch.setattr(e.index, "sparse_ranking", recording)
    e.search("what did they say about kids in care")
    assert any(t.startswith("what did they say about children looked after") for t in texts)
    top = e.search("what did they say about kids in care", k=1)
    assert "children looked after" in top[0].chunk.text          # found only in the papers' words

    texts.clear()
    e.settings.thesaurus = False
    e.search("what did they say about kids in care")
    assert set(texts) == {"what did they say about kids in care"}
