"""The ONNX encoders (fp32 and int8, exported locally from the bundled weights) give the torch
encoder's vectors: same normalisation, same mean pooling, same 256-piece truncation."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent


def corpus_texts() -> list[str]:
    text = (ROOT / "corpus/warwickshire/cyp-osc/2024-09-17-agenda-pack.txt").read_text(encoding="utf-8")
    paras = [p.strip() for p in text.split("\n\n") if len(p.strip()) > 40]
    # short and long ones: a paragraph run together past the model's window is truncated alike
    return paras[:40] + [" ".join(paras[:30])] + ["What did the committee resolve?"]


@pytest.fixture(scope="module")
def torch_vectors():
    from store.embedder import Embedder

    return Embedder("torch").embed(corpus_texts())


@pytest.mark.slow
@pytest.mark.parametrize("encoder, worst, mean", [("onnx", 0.9999, 0.9999), ("onnx-int8", 0.95, 0.98)])
def test_onnx_encoders_agree_with_torch(torch_vectors, encoder, worst, mean):
    from store.embedder import Embedder

    vectors = Embedder(encoder).embed(corpus_texts())
    assert vectors.shape == torch_vectors.shape and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    cosines = (vectors * torch_vectors).sum(axis=1)
    assert cosines.min() > worst and cosines.mean() > mean, (cosines.min(), cosines.mean())


def test_an_unknown_encoder_is_refused_by_name():
    from store.embedder import Embedder

    with pytest.raises(ValueError, match="unknown encoder 'gpu'"):
        Embedder("gpu")


@pytest.mark.slow
def test_the_one_time_export_says_nothing_to_the_user(tmp_path):
    """The exporter's tracer warnings go to the log, not into a new user's first `make run`
    (a process of its own, as the user runs it: pytest would swallow the warnings)."""
    import os
    import subprocess
    import sys

    code = "from store import encoder_onnx; print(encoder_onnx.ensure_exported(quantized=False))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "SCRUTINEER_CACHE": str(tmp_path), "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr[-600:]
    assert str(tmp_path) in done.stdout and Path(done.stdout.strip()).exists()
    assert "Warning" not in done.stderr, done.stderr[-600:]


@pytest.mark.slow
def test_a_question_embedded_twice_is_encoded_once(embedder):
    # the searcher and the answerer both ask for the question's vector
    calls: list[list[str]] = []
    real = embedder._impl.encode

    def counting(texts, **kw):
        calls.append(list(texts))
        return real(texts, **kw)

    embedder._impl.encode = counting
    try:
        q = "How often was the question embedded for this one test of the cache?"
        first, second = embedder.embed_one(q), embedder.embed_one(q)
    finally:
        embedder._impl.encode = real
    assert calls == [[q]]
    assert np.array_equal(first, second) and np.allclose(first, embedder.embed([q])[0], atol=1e-6)
