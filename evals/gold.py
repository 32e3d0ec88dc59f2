"""Load and validate a gold set (SPEC section 5): one question a line, JSON Lines.

A bad line stops the load with one error naming the file and the line; nothing here runs a pipeline.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from core.errors import ScrutineerError
from core.types import Turn

REGEX_PREFIX = "re:"

# SPEC section 5 fields, plus four optional ones this package adds (an extension, not a change):
# `page` (SPEC), `source` (a substring of the source path `page` refers to, for facts printed
# in more than one file) and `tags` (labels for slicing the results: "kent", "followup" ...).
_REQUIRED = ("id", "question", "expect", "meeting_date", "answerable")
_OPTIONAL = ("history", "page", "source", "tags", "split")
# `split`: "dev" (tuning may look at it; the default) or "test" (held out: never tuned on)
SPLITS = ("dev", "test")


class GoldError(ScrutineerError):
    """A gold file that cannot be used; str() names the file and line and what to fix."""

    def __init__(self, path: str, line: int | None, why: str):
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {why}")


@dataclass(frozen=True)
class GoldQuestion:
    """One gold question. `expect` is a list of groups; every group must match, any alternative in a group."""

    id: str
    question: str
    expect: list[list[str]]
    meeting_date: str | None        # the meeting the fact-holding passage records; None = not checked
    answerable: bool
    history: list[Turn] = field(default_factory=list)
    page: int | None = None         # 1-based page of the PDF where the fact is printed
    source: str | None = None       # substring of the source path that `page` refers to
    tags: list[str] = field(default_factory=list)
    split: str = "dev"              # "dev" or "test" (held out)
    line: int = 0                   # line in the gold file, for messages


def load_gold(path: str | Path) -> list[GoldQuestion]:
    """Read and validate every line; raise GoldError on the first bad one."""
    path = Path(path)
    if not path.is_file():
        raise GoldError(str(path), None, "no such gold file (the default is evals/gold.jsonl)")
    questions: list[GoldQuestion] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            question = _parse_line(str(path), number, raw)
            if question.id in seen:
                raise GoldError(str(path), number, f"duplicate id {question.id!r} (first on line {seen[question.id]})")
            seen[question.id] = number
            questions.append(question)
    if not questions:
        raise GoldError(str(path), None, "the gold file holds no questions")
    return questions


def _parse_line(path: str, number: int, raw: str) -> GoldQuestion:
    def bad(why: str) -> GoldError:
        return GoldError(path, number, why)

    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise bad(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise bad("each line must be a JSON object")
    missing = [key for key in _REQUIRED if key not in data]
    if missing:
        raise bad(f"missing field(s): {', '.join(missing)}")
    unknown = sorted(set(data) - set(_REQUIRED) - set(_OPTIONAL))
    if unknown:
        raise bad(f"unknown field(s): {', '.join(unknown)} (allowed: {', '.join(_REQUIRED + _OPTIONAL)})")

    qid, question = data["id"], data["question"]
    if not isinstance(qid, str) or not qid.strip():
        raise bad("`id` must be a non-empty string")
    if not isinstance(question, str) or not question.strip():
        raise bad("`question` must be a non-empty string")
    answerable = data["answerable"]
    if not isinstance(answerable, bool):
        raise bad("`answerable` must be true or false")

    expect = data["expect"]
    if not isinstance(expect, list) or not all(
        isinstance(group, list) and group and all(isinstance(alt, str) and alt.strip() for alt in group)
        for group in expect
    ):
        raise bad('`expect` must be a list of non-empty lists of non-empty strings, e.g. [["£52,285"], ["re:1,?752"]]')
    if answerable and not expect:
        raise bad("an answerable question needs at least one `expect` group")
    if not answerable and expect:
        raise bad("an unanswerable question must have `expect`: []")
    for group in expect:
        for alt in group:
            if alt.startswith(REGEX_PREFIX):
                try:
                    re.compile(alt[len(REGEX_PREFIX):])
                except re.error as exc:
                    raise bad(f"bad regex {alt!r}: {exc}") from None

    meeting_date = data["meeting_date"]
    if meeting_date is not None:
        if not isinstance(meeting_date, str):
            raise bad("`meeting_date` must be YYYY-MM-DD or null")
        try:
            date.fromisoformat(meeting_date)
        except ValueError:
            raise bad(f"`meeting_date` {meeting_date!r} is not a YYYY-MM-DD date") from None

    history_raw = data.get("history", [])
    if not isinstance(history_raw, list):
        raise bad("`history` must be a list of {role, content} objects")
    history: list[Turn] = []
    for turn in history_raw:
        if (not isinstance(turn, dict) or turn.get("role") not in ("user", "assistant")
                or not isinstance(turn.get("content"), str)):
            raise bad('each `history` turn must be {"role": "user"|"assistant", "content": str}')
        history.append(Turn(role=turn["role"], content=turn["content"]))

    page = data.get("page")
    if page is not None and (not isinstance(page, int) or isinstance(page, bool) or page < 1):
        raise bad("`page` must be a 1-based page number")
    source = data.get("source")
    if source is not None and (not isinstance(source, str) or not source.strip()):
        raise bad("`source` must be a non-empty string (a part of the source path)")
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise bad("`tags` must be a list of strings")

    split = data.get("split", "dev")
    if split not in SPLITS:
        raise bad(f"`split` must be one of {', '.join(SPLITS)}")

    return GoldQuestion(id=qid, question=question, expect=expect, meeting_date=meeting_date,
                        answerable=answerable, history=history, page=page, source=source,
                        tags=list(tags), split=split, line=number)
