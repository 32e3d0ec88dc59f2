"""Checking a model's reply against the passages it was given: pure text functions.

Parses [n] citation markers, removes citations to passages the model was not given, drops
every sentence left without a valid citation, and renumbers the kept citations 1..m in order
of first use. `Grounder` does this incrementally so a streamed reply is checked sentence by
sentence and nothing unchecked reaches the user; `ground()` is the same on a whole reply.
It also picks, for each cited passage, the verbatim sentences that support the claims.
It never calls a model and never reads the index.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from core.sentences import (LIST_PREFIX, MARKER, answer_spans, cited_numbers,
                            parse_markers, source_spans, strip_markers, tidy)
from core.terms import content_words

# "Sources:", "**References used:**": a model's own reference list, which ends the answer proper.
REFERENCES_HEAD = re.compile(r"^\W*(?:sources?|references?|citations?)(?:\s+\w+){0,2}\W*:", re.IGNORECASE)
THINK_OPEN, THINK_CLOSE = "<think>", "</think>"

@dataclass
class Claim:
    """One kept sentence of the reply: its text without markers and the passages it cites (given numbers)."""

    text: str
    passages: list[int]


@dataclass
class Grounded:
    """A checked reply."""

    text: str                                          # kept sentences, citations renumbered 1..m
    order: list[int] = field(default_factory=list)     # order[i] = the given passage number of citation i+1
    claims: list[Claim] = field(default_factory=list)
    kept: int = 0                                      # sentences kept
    dropped: int = 0                                   # sentences dropped for want of a valid citation
    invalid: list[int] = field(default_factory=list)   # cited numbers that were not among the passages


class Grounder:
    """Feed a reply in pieces (as a model streams it); get back only checked, renumbered text.

    A sentence is released once the next one has begun (or the line or reply ends), so what is
    released is final: feeding a reply in any pieces releases exactly what `ground()` returns.
    """

    def __init__(self, passage_count: int):
        self.passage_count = passage_count
        self.numbering: dict[int, int] = {}
        self.result = Grounded(text="")
        self._pending = ""       # raw text not yet split into lines (think-tag handling)
        self._in_think = False
        self._line = ""          # the current, unfinished line
        self._pos = 0            # how much of _line has been judged
        self._prefix: str | None = None   # list bullet / heading mark of _line, once known
        self._line_out = False   # something of _line was released
        self._references = False # a reference list has begun: it and all after it are dropped
        self._break = ""         # separator owed before the next released sentence

    # -- feeding ---------------------------------------------------------------------------
    def feed(self, piece: str) -> str:
        """Take the next piece of the reply; return the checked text it completes (maybe '')."""
        out: list[str] = []
        self._pending += piece
        while self._pending:
            if self._in_think:
                close = self._pending.find(THINK_CLOSE)
                if close < 0:
                    self._pending = self._pending[-(len(THINK_CLOSE) - 1):]
                    break
                self._pending = self._pending[close + len(THINK_CLOSE):]
                self._in_think = False
                continue
            opened = self._pending.find(THINK_OPEN)
            if opened >= 0:
                self._take(self._pending[:opened], out)
                self._pending = self._pending[opened + len(THINK_OPEN):]
                self._in_think = True
                continue
            keep = _partial_suffix(self._pending, THINK_OPEN)
            self._take(self._pending[:len(self._pending) - keep], out)
            self._pending = self._pending[len(self._pending) - keep:]
            break
        return "".join(out)

    def finish(self) -> str:
        """The reply has ended: judge what is left and return the checked text it releases."""
        out: list[str] = []
        if not self._in_think:
            self._take(self._pending, out)
        self._pending = ""
        self._end_line(out)
        return "".join(out)

    # -- internals -------------------------------------------------------------------------
    def _take(self, text: str, out: list[str]) -> None:
        while text:
            newline = text.find("\n")
            if newline < 0:
                self._line += text
                self._release(out, final=False)
                return
            self._line += text[:newline]
            text = text[newline + 1:]
            self._end_line(out)

    def _end_line(self, out: list[str]) -> None:
        self._release(out, final=True)
        if self._line_out:
            self._break = self._break or "\n"
        elif not self._line.strip() and self.result.text:
            self._break = "\n\n"
        self._line, self._pos, self._prefix, self._line_out = "", 0, None, False

    def _release(self, out: list[str], final: bool) -> None:
        line = self._line
        if self._prefix is None:
            if not line.strip():
                return
            m = LIST_PREFIX.match(line)
            if m is None and not final and re.fullmatch(r"\s*(?:[-*•+]|\d{1,2}[.)]?|[a-z][.)]?|#{1,6})?", line):
                return  # could still become a bullet or a heading
            self._prefix = m.group(0) if m else ""
            self._pos = max(self._pos, len(self._prefix))
        spans = answer_spans(line, self._pos)
        if not final:
            spans = spans[:-1]  # the last sentence may still grow
        for s, e in spans:
            self._judge(line[s:e], out)
            self._pos = e
        if final:
            self._pos = len(line)

    def _judge(self, sentence: str, out: list[str]) -> None:
        sentence = sentence.strip()
        if not sentence:
            return
        if not self._line_out and REFERENCES_HEAD.match(sentence):
            self._references = True
        if self._references:
            self.result.dropped += 1
            return
        given = cited_numbers(sentence)
        valid = [n for n in given if 1 <= n <= self.passage_count]
        self.result.invalid.extend(n for n in given if not 1 <= n <= self.passage_count)
        if not valid or not re.search(r"\w", strip_markers(sentence)):
            self.result.dropped += 1
            return
        for n in valid:
            if n not in self.numbering:
                self.numbering[n] = len(self.numbering) + 1
                self.result.order.append(n)

        def renumber(m: re.Match) -> str:
            seen: list[int] = []
            for n in parse_markers(m.group(2)):
                if 1 <= n <= self.passage_count and self.numbering[n] not in seen:
                    seen.append(self.numbering[n])
            return (m.group(1) + "".join(f"[{k}]" for k in seen)) if seen else ""

        text = tidy(re.sub(r"(\s*)" + MARKER.pattern, renumber, sentence, flags=re.IGNORECASE))
        text = re.sub(r"(\[\d+\])(?:\s*\1)+", r"\1", text)
        self.result.claims.append(Claim(text=strip_markers(sentence), passages=list(dict.fromkeys(valid))))
        self.result.kept += 1
        if self._line_out:
            piece = " " + text
        else:
            lead = self._break if self.result.text else ""
            prefix = (self._prefix or "").strip()
            piece = lead + (prefix + " " if prefix else "") + text
            self._line_out = True
            self._break = ""
        self.result.text += piece
        out.append(piece)


def _partial_suffix(text: str, tag: str) -> int:
    """Length of the longest end of `text` that could be the start of `tag`."""
    for k in range(min(len(tag) - 1, len(text)), 0, -1):
        if tag.startswith(text[-k:]):
            return k
    return 0


def ground(reply: str, passage_count: int) -> Grounded:
    """Check a whole reply against `passage_count` numbered passages."""
    grounder = Grounder(passage_count)
    grounder.feed(reply)
    grounder.finish()
    return grounder.result


# -- choosing what a citation quotes ---------------------------------------------------------
@dataclass(frozen=True)
class Quote:
    """Offsets into a source text: what a citation quotes, and inside it the best sentence."""

    start: int
    end: int
    best_start: int
    best_end: int


def best_quote(source: str, claims: list[str], max_chars: int = 700) -> Quote:
    """The span of `source` that best supports `claims`: for each claim its most similar
    sentence, joined into one contiguous span when they lie close together, else the best one.
    Falls back to the whole (trimmed) source when no sentence shares a word with any claim."""
    spans = source_spans(source)
    whole = (len(source) - len(source.lstrip()), len(source.rstrip()))
    picks: list[tuple[float, int]] = []
    span_words = [content_words(source[s:e]) for s, e in spans]
    for claim in claims:
        words = content_words(claim)
        if not words or not spans:
            continue
        score, i = max(((len(words & sw) / math.sqrt(len(sw) + 1), i) for i, sw in enumerate(span_words)),
                       key=lambda t: (t[0], -t[1]))
        if score > 0:
            picks.append((score, i))
    if not picks:
        return Quote(*whole, *whole)
    best = spans[max(picks, key=lambda t: (t[0], -t[1]))[1]]
    first, last = min(i for _, i in picks), max(i for _, i in picks)
    if spans[last][1] - spans[first][0] <= max_chars:
        return Quote(spans[first][0], spans[last][1], *best)
    return Quote(*best, *best)
