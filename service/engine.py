"""The one facade the CLI, the app and the evals call: ingest, ask, search, decisions, library.

It wires the stages together and holds the loaded model and index; it parses nothing itself.
"""
from __future__ import annotations

import re
import threading
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable

from core import votes
from core.terms import terms
from core.text import repaired
from core.errors import IndexMissing, LLMUnavailable, ScrutineerError
from core.settings import Settings
from core.types import Answer, Decision, DocumentInfo, Filters, IngestReport, Passage, Turn
from answer.extractive import ExtractiveAnswerer
from retrieval.plan import QueryPlan, understand
from retrieval.search import Searcher
from store.index import Index
from store.update import Progress, update

class _LazyEmbedder:
    """Hands the engine's embedder to the index writer without loading it for skipped files."""

    def __init__(self, engine: "Scrutineer"):
        self.engine = engine

    def embed(self, texts):
        return self.engine.embedder.embed(texts)


class Scrutineer:
    """Load once, ask many times. Readers do not block; ingest takes the index's writer lock."""

    def __init__(self, settings: Settings | None = None, embedder=None):
        self.settings = settings or Settings.from_env()
        self.index = Index(self.settings.index_dir, self.settings)
        self._embedder = embedder
        self._load_lock = threading.Lock()
        self._llm_cache: dict[str, object] = {}
        self.notices: list[str] = []       # things said once (an LLM fallback), for the CLI/app

    # ------------------------------------------------------------------ loading
    @property
    def embedder(self):
        if self._embedder is None:
            with self._load_lock:
                if self._embedder is None:
                    from store.embedder import Embedder   # lazy: torch loads only when a vector is needed

                    self._embedder = Embedder(self.settings.encoder)
        return self._embedder

    def require_index(self) -> None:
        if not self.index.exists():
            raise IndexMissing(str(self.settings.index_dir))
        self.index.check_compatible()
        if not self.index.chunks():
            raise IndexMissing(str(self.settings.index_dir))
        if self.index.warning:            # answering from the previous generation of a damaged index
            self._notice(self.index.warning)

    @property
    def searcher(self) -> Searcher:
        return Searcher(self.index, self.embedder, self.settings)

    # ------------------------------------------------------------------ ingest
    def ingest(self, paths: Iterable[str | Path], prune: bool = False, progress: Progress | None = None,
               rebuild: bool = False) -> IngestReport:
        return update(self.index, _LazyEmbedder(self), self.settings, paths, prune=prune, progress=progress,
                      rebuild=rebuild)

    # ------------------------------------------------------------------ retrieval
    def committees(self) -> list[str]:
        return self.index.generation().coverage.committees if self.index.exists() else []

    def councils(self) -> list[str]:
        return self.index.generation().coverage.councils if self.index.exists() else []

    def search(self, question: str, filters: Filters | None = None, k: int | None = None,
               mode: str = "hybrid") -> list[Passage]:
        self.require_index()
        return self.searcher.search(question, filters, k, mode=mode)

    def plan(self, question: str, history: list[Turn] | None = None, llm: str | None = None) -> QueryPlan:
        """What the question asks for after `history`: through the model's condense prompt when one
        is configured (the offline rules when it fails), by the offline rules otherwise."""
        self.require_index()
        model = self._model(llm)
        answerer = self._llm(model) if model and history else None
        rewrite = answerer.rewrite_question if answerer is not None and answerer.chat_model is not None else None
        return understand(question, self.index.generation().coverage, history or [], rewrite=rewrite,
                          settings=self.settings)

    def ask(self, question: str, history: list[Turn] | None = None, filters: Filters | None = None,
            k: int | None = None, llm: str | None = None,
            on_token: Callable[[str], None] | None = None) -> Answer:
        self.require_index()
        question = repaired(question)[0].strip()     # a lone surrogate would break the tokenizer
        history = [Turn(t.role, repaired(t.content)[0]) for t in history or []]
        plan = self.plan(question, history, llm)
        passages = self.searcher.search(plan.text, filters or Filters(), k, plan=plan)
        passages = self._with_neighbours(passages, plan.decision)
        extractive = ExtractiveAnswerer(self.embedder, self.settings, idf=self.index.generation().idf())

        answer = None
        if plan.out_of_scope:
            answer = extractive.abstain(plan, passages, extractive.score(plan, passages), reason=plan.out_of_scope)
        model = self._model(llm)
        if answer is None and model:
            answer = self._llm_answer(model, plan.standalone, passages, on_token)
        if answer is None:
            answer = extractive.answer(plan, passages)
        if on_token and not answer.mode.startswith("llm"):
            on_token(answer.answer)
        answer.question = question
        answer.standalone_question = plan.standalone
        return answer

    def _model(self, llm: str | None) -> str | None:
        """The chat model for this question: `llm` if given ("" means none), else the settings'."""
        return (llm if llm is not None else self.settings.llm) or None

    def _with_neighbours(self, passages: list[Passage], decision: bool) -> list[Passage]:
        """For a decision question, the discussion just before a resolution is evidence too
        (the proposal often sits there, not in the 'Resolved' words)."""
        if not decision:
            return passages
        seen = {p.chunk.chunk_id for p in passages}
        gen = self.index.generation()
        extra = []
        for p in passages[:4]:
            if p.chunk.is_resolution:
                before, _ = gen.neighbours(p.chunk)
                if before is not None and before.chunk_id not in seen and before.item == p.chunk.item:
                    seen.add(before.chunk_id)
                    extra.append(Passage(before, p.score * 0.99))
        return passages + extra

    def _llm(self, model: str):
        if model not in self._llm_cache:
            from answer.llm import LLMAnswerer    # lazy: LangChain loads only when a model is configured

            try:
                self._llm_cache[model] = LLMAnswerer(replace(self.settings, llm=model))
            except (LLMUnavailable, ScrutineerError) as e:
                self._notice(f"{e}; answering extractively")
                self._llm_cache[model] = None
        return self._llm_cache[model]

    def _llm_answer(self, model: str, question: str, passages: list[Passage], on_token) -> Answer | None:
        answerer = self._llm(model)
        if answerer is None:
            return None
        answer = answerer.answer(question, passages, on_token=on_token)
        if answer is None:
            reason = getattr(answerer, "last_error", None) or "no grounded answer"
            self._notice(f"the model {model} gave no usable answer ({reason}); answering extractively")
        return answer

    def _notice(self, message: str) -> None:
        if message not in self.notices:
            self.notices.append(message)

    # ------------------------------------------------------------------ registers
    def decisions(self, query: str | None = None, filters: Filters | None = None) -> list[Decision]:
        self.require_index()
        wanted = set(terms(query or ""))
        out = []
        for c in self.index.chunks():
            if not c.is_resolution or not self.index.matches(c, filters):
                continue
            if wanted:
                have = set(terms(f"{c.text} {c.item or ''} {c.title or ''}"))
                if not wanted <= have:
                    continue
            out.append(Decision(meeting_date=c.meeting_date, committee=c.committee, item=c.item, text=c.text,
                                vote=votes.recorded_vote(c.text), title=c.title, doc_type=c.doc_type,
                                page=c.page_at(_resolved_offset(c.text)), source=c.source, chunk_id=c.chunk_id,
                                council=c.council, url=c.url))
        out.sort(key=lambda d: (d.meeting_date or "", d.source), reverse=True)
        return out

    def documents(self) -> list[DocumentInfo]:
        self.require_index()
        out = []
        for entry in self.index.files().values():
            for d in entry.documents:
                out.append(DocumentInfo(source=entry.source, title=d.title, doc_type=d.doc_type,
                                        committee=d.committee, meeting_date=d.meeting_date,
                                        pack_date=d.pack_date, pages=d.pages,
                                        chunks=d.chunks, indexed_at=entry.indexed_at,
                                        council=d.council, url=d.url))
        out.sort(key=lambda d: (d.meeting_date or "", d.source), reverse=True)
        return out


def _resolved_offset(text: str) -> int:
    m = re.search(r"resolved", text, re.I)
    return m.start() if m else 0
