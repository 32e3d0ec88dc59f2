"""The one facade the CLI, the app and the evals call: ingest, ask, search, decisions, library.

It wires the stages together and holds the loaded model and index; it parses nothing itself.
"""
from __future__ import annotations

from typing import Callable, Iterable

from scrutineer.settings import Settings
from scrutineer.types import Answer, Decision, DocumentInfo, Filters, IngestReport, Passage, Turn


class Scrutineer:
    """Load once, ask many times. Thread-safe for readers; ingest takes the index's writer lock."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings.from_env()
        raise NotImplementedError  # filled in by the core work

    def ingest(self, paths: Iterable[str], prune: bool = False,
               progress: Callable[[int, int, str], None] | None = None) -> IngestReport: ...

    def search(self, question: str, filters: Filters | None = None, k: int | None = None) -> list[Passage]: ...

    def ask(self, question: str, history: list[Turn] | None = None, filters: Filters | None = None,
            k: int | None = None, llm: str | None = None,
            on_token: Callable[[str], None] | None = None) -> Answer: ...

    def decisions(self, query: str | None = None, filters: Filters | None = None) -> list[Decision]: ...

    def documents(self) -> list[DocumentInfo]: ...
