"""Loading the prompt files of `prompts/` and filling their named placeholders.

Prompts are data: users edit the files, this module only checks and fills them. It does
not build messages (that is `retrieval/llm.py` and `retrieval/conversation.py`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from core.errors import BadInput

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")

# file stem -> (placeholders it must use, placeholders it may use)
SCHEMA: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "system": (frozenset(), frozenset()),
    "answer": (frozenset({"question", "passages"}), frozenset({"question", "passages"})),
    "condense": (frozenset({"question", "history"}), frozenset({"question", "history"})),
}


@dataclass(frozen=True)
class Prompts:
    """The three prompt templates, as read from `<prompts_dir>/<name>.txt`."""

    system: str      # the system message of a generative answer
    answer: str      # the user message: {question} and the fenced, numbered {passages}
    condense: str    # turns a follow-up into a standalone question: {history}, {question}
    source: str = "" # the folder they came from, for messages

    @classmethod
    def load(cls, folder: Path | str) -> "Prompts":
        """Read and check every prompt; a missing file or a wrong placeholder is a BadInput naming it."""
        folder = Path(folder)
        texts: dict[str, str] = {}
        for name, (required, allowed) in SCHEMA.items():
            path = folder / f"{name}.txt"
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise BadInput(f"{path}: cannot read prompt file ({exc.strerror or exc}); "
                               f"restore it or point prompts_dir at a folder holding {', '.join(n + '.txt' for n in SCHEMA)}") from None
            used = set(PLACEHOLDER.findall(text))
            missing = sorted(required - used)
            unknown = sorted(used - allowed)
            if missing or unknown:
                problems = []
                if missing:
                    problems.append("missing " + ", ".join("{" + m + "}" for m in missing))
                if unknown:
                    problems.append("unknown " + ", ".join("{" + u + "}" for u in unknown))
                raise BadInput(f"{path}: {'; '.join(problems)} (this prompt may use "
                               f"{', '.join('{' + a + '}' for a in sorted(allowed)) or 'no placeholders'})")
            texts[name] = text.strip()
        return cls(source=str(folder), **texts)


def fill(template: str, **values: str) -> str:
    """Replace each `{name}` with values[name]; other braces stay as written.

    Values are inserted once and never re-read, so braces inside a paper's text are safe.
    """
    return PLACEHOLDER.sub(lambda m: values[m.group(1)] if m.group(1) in values else m.group(0), template)
