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


def _sparse_texts(e, monkeypatch) -> list[str]:
    """The texts the engine's sparse ranking is asked for, recorded as it is asked."""
    texts: list[str] = []
    real = e.index.sparse_ranking

    def recording(text, filters, n):
        texts.append(text)
        return real(text, filters, n)

    monkeypatch.setattr(e.index, "sparse_ranking", recording)
    return texts


def test_plain_words_are_searched_in_the_papers_words_too(tmp_path, monkeypatch):
    e = built(tmp_path)
    texts = _sparse_texts(e, monkeypatch)
    e.search("what did they say about kids in care")
    assert any(t.startswith("what did they say about children looked after") for t in texts)
    top = e.search("what did they say about kids in care", k=1)
    assert "children looked after" in top[0].chunk.text          # found only in the papers' words

    texts.clear()
    e.settings.thesaurus = False
    e.search("what did they say about kids in care")
    assert set(texts) == {"what did they say about kids in care"}


LEVY_MINUTES = """Minutes of the Transport Committee held on 12 September 2024

10. Transport Funding

{debate}

RESOLVED that the Committee approves the outline business case at a cost of up to £1m, subject to
suitable resource being available so as not to delay the bus priority programme or other key transport
programmes, and asks officers to report back on the options tested and their benefits before any
further stage is begun.
"""
LEVY_REPORT = """Report to the Transport Committee, 12 September 2024

Workplace Levy: options for the city ({n})

{debate}
"""
DEBATE = ("Members discussed the workplace levy at length: whether a workplace levy would reduce congestion, "
          "which employers the workplace levy would charge, how the workplace levy compares with other cities, "
          "and what the workplace levy would raise for buses and cycling in the city.")


def test_a_decision_questions_passages_always_hold_its_best_matching_resolutions(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "levy.txt").write_text(LEVY_MINUTES.format(debate="\n\n".join([DEBATE] * 6)), encoding="utf-8")
    for n in range(3):         # the reports before the committee say far more of the levy than its decision
        (folder / f"report{n}.txt").write_text(LEVY_REPORT.format(n=n, debate="\n\n".join([DEBATE] * 6)), encoding="utf-8")
    for name, topic, day in [("a.txt", "children looked after", "12 March"), ("b.txt", "highways maintenance", "9 April")]:
        (folder / name).write_text(MINUTES.format(topic=topic, day=day), encoding="utf-8")

    def passages(reserved: int):
        # the boost of resolutions in the fusion is set aside, to see the reservation on its own
        e = Scrutineer(Settings(index_dir=tmp_path / f"idx{reserved}", reserved_resolutions=reserved, boost_weight=0.0),
                       embedder=HashEmbedder())
        e.ingest([folder])
        return e.search("Did the committee approve the workplace levy?", k=3)

    assert not any("RESOLVED" in p.chunk.text for p in passages(0))     # the debate's words outrank it
    held = passages(2)
    assert any(p.chunk.is_resolution and "outline business case" in p.chunk.text for p in held)
    assert len(held) == 3


def test_the_dense_ranking_reads_the_question_less_its_councils_name(tmp_path, monkeypatch):
    # the council is a hard filter: its name in the query would only pull its papers about itself
    import numpy as np
    e = built(tmp_path)
    plan = e.plan("how many kids in care does Exampleshire have")
    plan.council = "Exampleshire County Council"
    assert plan.meaning == "how many kids in care does have"
    dense_by: list = []
    sentence_by: list = []
    real_dense, real_sentence = e.index.dense_ranking, e.index.sentence_ranking
    monkeypatch.setattr(e.index, "dense_ranking", lambda v, f, n: dense_by.append(v) or real_dense(v, f, n))
    monkeypatch.setattr(e.index, "sentence_ranking", lambda v, ids: sentence_by.append(v) or real_sentence(v, ids))
    e.searcher.search(plan.text, plan=plan)
    assert np.allclose(dense_by[0], e.embedder.embed_one(plan.meaning))
    assert np.allclose(sentence_by[0], e.embedder.embed_one(plan.subject))    # the sentences: as asked
    e.settings.dense_without_place = False
    dense_by.clear()
    e.searcher.search(plan.text, plan=plan)
    assert np.allclose(dense_by[0], e.embedder.embed_one(plan.subject))


def test_a_councils_name_given_twice_is_part_of_a_name_and_stays():
    from core.types import Coverage
    from retrieval.plan import understand
    coverage = Coverage(frozenset({("Royal Sutton Coldfield Town Council", "Amenities", "2018-03-13", "minutes"),
                                   ("Kent County Council", "Cabinet", "2025-03-04", "report")}))
    twice = understand("What grant did Sutton Coldfield give Special Olympics Sutton Coldfield?", coverage)
    assert twice.council and twice.meaning == twice.subject
    once = understand("Who attended the Kent County Council meeting virtually?", coverage)
    assert once.meaning == "Who attended the County Council meeting virtually?"


def test_a_question_told_after_the_asker_s_story_is_searched_as_what_it_asks_too(tmp_path, monkeypatch):
    e = built(tmp_path)
    texts = _sparse_texts(e, monkeypatch)
    # the story is about the asker's mother's care; what is asked is about school transport
    q = "I care for my mum and adult social care has been a lifeline for us. Was school transport covered?"
    top = e.search(q, k=1)
    assert "Was school transport covered?" in texts
    assert "school transport" in top[0].chunk.text
