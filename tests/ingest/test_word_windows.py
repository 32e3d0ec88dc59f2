"""ingest/chunking.py word windows: a line with no sentence breaks is cut by words, in one
tokenizer pass, into verbatim windows that each fit the model."""
from __future__ import annotations

import time

from core.settings import Settings
from core.types import Chunk
from ingest import chunking, tokens

WORDS = ["committee", "resolved", "budget", "Councillor", "2024/25", "£3.5m", "safeguarding", "the", "of", "and"]


def one_line(n: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] + ("s" if i % 7 == 0 else "") for i in range(n))


def test_a_20k_word_single_line_is_cut_into_windows_that_fit_in_a_blink():
    text = one_line(20_000)
    started = time.perf_counter()
    windows = chunking._word_windows(text, 0, len(text), 200)
    took = time.perf_counter() - started
    print(f"20,000 words: {len(windows)} windows in {took:.2f} s")
    assert all(tokens.count(text[a:b]) <= 200 for a, b in windows)
    # whole words, in order, nothing lost, nothing repeated
    assert " ".join(text[a:b] for a, b in windows) == text
    assert len(windows) < 20_000 * 2 // 150   # windows are full, not a word each
    assert took < 30   # was 285 s; now well under a second (loose: CPU is shared)


def test_a_word_longer_than_the_window_is_cut_between_its_pieces():
    blob = "x" + "abcdefghij" * 300   # no space at all
    text = f"before {blob} after"
    windows = chunking._word_windows(text, 0, len(text), 64)
    assert "".join(text[a:b] for a, b in windows).replace(" ", "") == text.replace(" ", "")
    assert all(tokens.count(text[a:b]) <= 64 for a, b in windows)


def test_a_long_resolution_is_embedded_in_windows_that_each_fit():
    body = one_line(3_000)
    chunk = Chunk(chunk_id="c", text=body, header="Cabinet | Minutes", committee=None, meeting_date=None,
                  pack_date=None, doc_type="minutes", title=None, item=None, section=None, page_start=None,
                  page_end=None, source="x.txt", source_sha256="0", is_resolution=True)
    windows = chunking.embedding_windows(chunk, Settings().max_tokens)
    assert len(windows) > 10
    assert all(tokens.count(w) <= Settings().max_tokens for w in windows)
    assert all(w.startswith("Cabinet | Minutes\n") for w in windows)
