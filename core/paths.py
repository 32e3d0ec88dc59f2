"""How a source file is named in the index, citations and messages: relative to the working
directory when it is inside it, else absolute. The one home of that rule."""
from __future__ import annotations

from pathlib import Path


def display_path(path: str | Path) -> str:
    resolved = Path(path).resolve()
    try:
        return str(resolved.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(resolved)
