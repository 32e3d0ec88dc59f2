"""The read side's shortcuts give what the slow ways gave: filter masks and the BM25 order
against the per-chunk predicate, and sentence vectors written at ingest against embedding the
sentences afresh (hashing embedder: no model, fast)."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from conftest import MINUTES, HashEmbedder
from core.contexts import chunk_contexts
from core.settings import Settings
from core.types import Filters
from service.engine import Scrutineer


class Counting(HashEmbedder):
    def __init__(self):
        self.texts: list[str] = []

    def embed(self, texts):
        self.texts.extend(texts)
        return super().embed(texts)


def write(folder: Path, name: str, topic: str, day: str, committee: str = "Audit and Governance Committee") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = MINUTES.format(topic=topic, day=day).replace("Audit and Governance Committee", committee)
    (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture
def papers(tmp_path) -> Path:
    folder = tmp_path / "papers"
    write(folder, "a.txt", "school transport and libraries", "12 March")
    write(folder, "b.txt", "highways maintenance", "9 April")
    write(folder, "c.txt", "adult social care", "14 May", committee="Cabinet")
    return folder


def engine(tmp_path: Path, embedder, **settings) -> Scrutineer:
    return Scrutineer(Settings.from_env(**{"index_dir": tmp_path / "idx", **settings}), embedder=embedder)


def test_filter_masks_and_bm25_order_match_the_per_chunk_scan(tmp_path, papers):
    e = engine(tmp_path, HashEmbedder())
    e.ingest([papers])
    gen = e.index.generation()
    filters = [None, Filters(), Filters(committee="cabinet"), Filters(committee="audit"), Filters(council="nowhere"),
               Filters(doc_type="minutes"), Filters(doc_type="report"), Filters(resolutions_only=True),
               Filters(date_from="2024-04-01"), Filters(date_to="2024-04-30", committee="audit"),
               Filters(date_from="2024-01-01", date_to="2024-03-31", resolutions_only=True)]
    for f in filters:
        mask = gen.mask(f, e.index.matches)
        expected = [e.index.matches(c, f) for c in gen.chunks]
        assert (mask is None and all(expected)) or mask.tolist() == expected, f
        for query in ("internal audit plan", "highways", "social care approved", "nothing-matches-this"):
            scores = gen.sparse.scores(query)
            slow = []
            for i in np.argsort(-scores):
                if scores[i] <= 0 or len(slow) >= 3:
                    break
                if e.index.matches(gen.chunks[int(i)], f):
                    slow.append((gen.chunks[int(i)].chunk_id, float(scores[i])))
            assert e.index.sparse_ranking(query, f, 3) == slow, (f, query)


def test_ingest_embeds_every_sentence_once_and_answers_only_look_them_up(tmp_path, papers):
    counting = Counting()
    e = engine(tmp_path, counting)
    e.ingest([papers])
    gen = e.index.generation()
    assert gen.sentences is not None
    contexts = [t for c in gen.chunks for t in chunk_contexts(c)]
    assert contexts and set(contexts) <= set(counting.texts)
    known = gen.sentence_vectors(gen.chunks)
    assert set(known) == set(contexts)
    for text, vector in known.items():
        assert np.allclose(vector, HashEmbedder().embed([text])[0])

    counting.texts.clear()
    answer = e.ask("What did the committee resolve about the internal audit plan?")
    assert answer.citations
    # only the question (and any word the papers never use) is embedded, no sentence of a passage
    assert not set(counting.texts) & set(contexts), counting.texts


def test_a_changed_file_embeds_only_its_own_sentences_and_old_indexes_gain_them(tmp_path, papers):
    counting = Counting()
    e = engine(tmp_path, counting)
    e.ingest([papers])
    write(papers, "b.txt", "bridges and street lighting", "9 April")
    counting.texts.clear()
    e.ingest([papers])
    gen = e.index.generation()
    changed = {t for c in gen.chunks if c.source.endswith("b.txt") for t in chunk_contexts(c)}
    unchanged = {t for c in gen.chunks if not c.source.endswith("b.txt") for t in chunk_contexts(c)} - changed
    assert changed <= set(counting.texts)
    assert not set(counting.texts) & unchanged
    assert set(gen.sentence_vectors(gen.chunks)) == changed | unchanged

    # an index written without sentence vectors gains them at the next ingest, unchanged files and all
    plain = Scrutineer(Settings.from_env(index_dir=tmp_path / "plain", sentence_vectors=False), embedder=HashEmbedder())
    plain.ingest([papers])
    assert plain.index.generation().sentences is None
    again = engine(tmp_path, HashEmbedder(), index_dir=tmp_path / "plain")
    report = again.ingest([papers])
    assert report.count("skipped") == 3
    gen = again.index.generation()
    assert set(gen.sentence_vectors(gen.chunks)) == {t for c in gen.chunks for t in chunk_contexts(c)}


def test_damaged_sentence_vectors_cost_speed_not_answers(tmp_path, papers):
    e = engine(tmp_path, HashEmbedder())
    e.ingest([papers])
    question = "What did the committee resolve about the internal audit plan?"
    before = e.ask(question).to_dict()
    folder = e.index.generation().path / "sentences"
    (folder / "offsets.npy").write_bytes(b"not numpy")
    fresh = engine(tmp_path, HashEmbedder())
    assert fresh.index.generation().sentences is None
    after = fresh.ask(question)
    assert after.to_dict() == before


def test_the_exact_dense_scan_ranks_as_chroma_does(tmp_path, papers):
    e = engine(tmp_path, HashEmbedder())
    e.ingest([papers])
    index = e.index
    vector = HashEmbedder().embed_one("internal audit plan highways approved")
    for f in (None, Filters(committee="audit"), Filters(date_from="2024-04-01"), Filters(resolutions_only=True),
              Filters(doc_type="report"), Filters(date_to="2024-04-30", committee="cabinet")):
        index.settings.exact_dense = True
        exact = index.dense_ranking(vector, f, 5)
        index.settings.exact_dense = False
        chroma = index.dense_ranking(vector, f, 5)
        # a few vectors: Chroma's HNSW is exact here, so both give the same chunks in the same order
        assert [c for c, _ in exact] == [c for c, _ in chroma], f
        assert np.allclose([s for _, s in exact], [s for _, s in chroma], atol=1e-5)


def test_sentence_ranking_orders_chunks_by_their_nearest_sentence(tmp_path, papers):
    e = engine(tmp_path, HashEmbedder())
    e.ingest([papers])
    gen = e.index.generation()
    ids = [c.chunk_id for c in gen.chunks]
    target = next(c for c in gen.chunks if "highways" in c.text)
    sentence = next(t for t in chunk_contexts(target) if "highways" in t)
    q = HashEmbedder().embed_one(sentence)
    got = e.index.sentence_ranking(q, ids)
    assert got[0][0] == target.chunk_id and got[0][1] == pytest.approx(1.0, abs=1e-5)
    # each chunk's score is its best sentence's cosine, computed afresh here
    for cid, score in got:
        chunk = gen.chunks[gen.by_id[cid]]
        assert score == pytest.approx(max(float(HashEmbedder().embed_one(t) @ q) for t in chunk_contexts(chunk)), abs=1e-5)
    assert [c for c, _ in got] == [c for c, _ in sorted(got, key=lambda x: -x[1])]
    assert e.index.sentence_ranking(q, []) == []
