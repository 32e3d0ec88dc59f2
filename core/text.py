"""Text hygiene at the edges: questions repaired before any tokenizer sees them, names made safe
to print on one line. Pure functions."""
from __future__ import annotations

import re

# characters that cannot be printed as they are: controls (a newline in a file name would break
# the one-line-per-file summary) and lone surrogates (undecodable bytes, or "\ud800" in JSON)
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")



def shown(text: str) -> str:
    """`text` safe to print on one line: control characters and undecodable bytes escaped."""
    def escape(m: re.Match) -> str:
        ch = m.group()
        if "\udc80" <= ch <= "\udcff":     # a byte the file system name did not decode
            return f"\\x{ord(ch) - 0xdc00:02x}"
        return ch.encode("unicode_escape", "backslashreplace").decode("ascii") if ord(ch) < 0xd800 else f"\\u{ord(ch):04x}"
    return _UNPRINTABLE.sub(escape, text)


def repaired(text: str) -> tuple[str, bool]:
    """`text` with lone surrogates (which no encoder or tokenizer accepts) replaced by U+FFFD,
    and whether any were."""
    fixed = _SURROGATE.sub("\ufffd", text)
    return fixed, fixed != text
