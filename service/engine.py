"""The one facade the CLI, the app and the evals call: ingest, ask, search, decisions, library.

It wires the stages together and holds the loaded model and index; it parses nothing itself.
"""
from __future__ import annotations

import re
import threading
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable

from core import english, gazetteer, votes
from core.terms import terms
from core.text import repaired
from core.errors import IndexMissing, LLMUnavailable, ScrutineerError
from core.settings import Settings
from core.types import Answer, Chunk, Decision, DocumentInfo, Filters, IngestReport, MeetingSummary, Passage, Turn
from answer import declines_period, meeting as meeting_summary
from answer.extractive import ExtractiveAnswerer
from retrieval.plan import JUDGEMENT_ASKED, QueryPlan, understand
from retrieval.search import Searcher
from retrieval.spelling import Speller
from store.index import Index, committee_key
from store.sentences import Prefilled
from store.update import Progress, update
from answer.proceedings import ATTENDANCE, CLOSED, asks_attendance, asks_closing
from answer.roles import ASKS_CHAIR, CHAIR, names_chair_role

CLOSING_ON = 40       # how many chunks on from a passage of minutes their closing line is looked for
ATTENDANCE_BACK = 40   # how many chunks back from a passage of minutes their attendance list is looked for
VOTE_FOLLOW = 10       # how many chunks past a proposal its vote is looked for (each amendment's text and vote between)


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
        self._speller: tuple[str, Speller] | None = None   # (generation, speller of its vocabulary)
        self._committee_cache: tuple[str, list[str]] | None = None   # (generation, its text, for committee names)
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

    def warm(self) -> None:
        """Load what the first question would otherwise wait for: the model, the vectors, BM25, the
        answerer's caches and the English background (core.english). Needs an index; never calls a
        chat model (a warm-up must not send papers anywhere)."""
        self.ask("What was resolved about the budget at the meeting?", llm="")
        english.load()

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
        # typos are searched as the papers spell the word ("resolutoin" as "resolution")
        corrected = self.speller().correct(question)
        plan = understand(corrected, self.index.generation().coverage, history or [], rewrite=rewrite,
                          settings=self.settings, vocabulary=self.speller().counts)
        plan.question = question
        return plan

    def speller(self) -> Speller:
        """Spelling correction against the words of the committed papers, built once per generation."""
        gen = self.index.generation()
        if self._speller is None or self._speller[0] != gen.name:
            with self._load_lock:
                if self._speller is None or self._speller[0] != gen.name:
                    self._speller = (gen.name, Speller.of_texts(f"{c.header}\n{c.text}" for c in gen.chunks))
        return self._speller[1]

    def ask(self, question: str, history: list[Turn] | None = None, filters: Filters | None = None,
            k: int | None = None, llm: str | None = None,
            on_token: Callable[[str], None] | None = None) -> Answer:
        self.require_index()
        question = repaired(question)[0].strip()     # a lone surrogate would break the tokenizer
        history = [Turn(t.role, repaired(t.content)[0]) for t in history or []]
        plan = self.plan(question, history, llm)
        passages = self.searcher.search(plan.text, filters or Filters(), k, plan=plan)
        passages = self._with_neighbours(passages, plan)
        gen = self.index.generation()
        # the passages' sentence vectors were computed at ingest: the answer only looks them up
        known = gen.sentence_vectors([p.chunk for p in passages])
        extractive = ExtractiveAnswerer(Prefilled(self.embedder, known) if known else self.embedder, self.settings,
                                        idf=gen.idf())

        answer = None
        # the index cannot answer: a scope it does not hold, or a person no paper names
        why = plan.out_of_scope
        ranked = extractive.score(plan, passages) if why else None      # scored once, for the check and the decline
        if why and plan.out_of_scope_council:
            # no papers of its own, but the passages that best answer the question report it ("the NDC
            # budget consultation … the £30m deficit facing the Council"): the answer judges them
            # (the best one: a passage further down naming it in passing is about something else)
            if ranked and gazetteer.mentioned(plan.out_of_scope_council, [ranked[0].passage.chunk.text]):
                why = None
        if why and why != JUDGEMENT_ASKED and not plan.out_of_scope_council \
                and declines_period.meeting_not_held(plan, ranked, self.settings):
            # no papers of a meeting in the month asked, because it did not take place: the papers that say so
            # ("the planned meeting for March was cancelled due to bad weather") answer a question about it
            why = None
        if why and plan.out_of_scope_meeting and declines_period.meeting_in_passages(plan, ranked):
            # no papers dated to the meeting asked about, but the best passages are its record
            why = None
        if not why and plan.unheld_council:
            # a council the index holds no known paper of: the best passage is another council's and
            # does not name it, so nothing found is the council asked about
            ranked = extractive.score(plan, passages)
            best = ranked[0].passage.chunk if ranked else None
            if best is not None and best.council and not gazetteer.mentioned(plan.unheld_council, [best.text]):
                why = f"The index holds no papers from {plan.unheld_council}."
        why = why or extractive.not_in_papers(plan) or self._committee_not_in_papers(plan)
        if why:
            answer = extractive.abstain(plan, passages, ranked or extractive.score(plan, passages), reason=why)
        if answer is None and plan.intent == "summary":
            answer = self._meeting_answer(plan)
        model = self._model(llm)
        if answer is None and model:
            answer = self._llm_answer(model, plan.standalone, passages, on_token)
        if answer is None:
            answer = extractive.answer(plan, passages, ranked)
        if on_token and not answer.mode.startswith("llm"):
            on_token(answer.answer)
        answer.question = question
        answer.standalone_question = plan.standalone
        return answer

    def _committee_not_in_papers(self, plan: QueryPlan) -> str | None:
        """One line saying the question names a committee, panel or board ("Exampleshire's Standards Committee")
        that no paper in the index names, by the word that says which (core.gazetteer), else None: the
        papers cannot say what a body they never mention did."""
        asked = gazetteer.named_committees(plan.standalone)
        if not asked:
            return None
        texts = self._committee_texts()
        typed = next((typed for typed, word in asked if not gazetteer.committee_mentioned(word, texts)), None)
        return f"The papers do not mention the {typed}." if typed else None

    def _committee_texts(self) -> list[str]:
        """Every chunk's text with its committee and header, read once per generation of the index."""
        gen = self.index.generation()
        if self._committee_cache is None or self._committee_cache[0] != gen.name:
            texts = [f"{c.committee or ''}\n{c.header}\n{c.text}" for c in gen.chunks]
            self._committee_cache = (gen.name, ["\n\n".join(texts)])
        return self._committee_cache[1]

    def _meeting_answer(self, plan: QueryPlan) -> Answer | None:
        """"Summarise the <committee> meeting of <day>": that meeting's items and decisions, when the
        index holds it (a period wider than a day, or none, takes its newest meeting)."""
        if plan.period is None and plan.committee is None:
            return None
        p = plan.period
        found = [m for m in self.meetings()
                 if (p is None or p.date_from <= m[2] <= p.date_to)
                 and (plan.council is None or m[0] == plan.council)
                 # a meeting whose papers name no committee may be the one asked about
                 and (plan.committee is None or m[1] is None or committee_key(plan.committee) in committee_key(m[1]))]
        if not found:
            return None
        newest = found[0][2]
        summaries = [self.meeting(committee, day, council) for council, committee, day in found if day == newest]
        best = max(summaries, key=lambda s: (s.has_minutes, len(s.items)))
        return meeting_summary.to_answer(best, plan.standalone) if best.items else None

    # ------------------------------------------------------------------ meetings
    def meetings(self) -> list[tuple[str | None, str | None, str]]:
        """Every meeting the index holds papers of, as (council, committee, meeting date), newest first."""
        self.require_index()
        found = {(council, committee, day) for council, committee, day, _ in self.index.generation().coverage.papers
                 if day}
        return sorted(found, key=lambda m: (m[2], m[0] or "", m[1] or ""), reverse=True)

    def meeting(self, committee: str | None, meeting_date: str, council: str | None = None) -> MeetingSummary:
        """One meeting's agenda items in order, with the decision (or "noted") under each, cited."""
        self.require_index()
        key = committee_key(committee) if committee else None
        chunks = [c for c in self.index.chunks() if c.meeting_date == meeting_date
                  and (key is None or key == committee_key(c.committee))
                  and (council is None or c.council == council)]
        return meeting_summary.summarise(chunks, committee, meeting_date)

    def _model(self, llm: str | None) -> str | None:
        """The chat model for this question: `llm` if given ("" means none), else the settings'."""
        return (llm if llm is not None else self.settings.llm) or None

    def _with_neighbours(self, passages: list[Passage], plan: QueryPlan) -> list[Passage]:
        """Passages the search does not find but the answer needs, read from the papers beside the
        ones it found. For a decision question, the discussion just before a resolution (the
        proposal often sits there, not in the 'Resolved' words). For a vote question, the vote that
        decided a motion or amendment put forward in a passage ("Mr X proposed and Mr Y seconded the
        following amendment ..."), often some paragraphs on. For "who attended", the attendance
        list at the head of the best passage's minutes."""
        attendance = plan.intent == "who" and asks_attendance(plan.standalone)
        closing = asks_closing(plan.intent, plan.standalone)
        chair = self._current_chair(plan) if passages else None
        if chair is not None:
            # who chairs now: the newest minutes of the body asked about say who chaired them,
            # wherever the search ranked that line (an attendance list reads little like a question)
            passages = [Passage(chair, passages[0].score)] + [p for p in passages if p.chunk.chunk_id != chair.chunk_id]
        if not (plan.decision or plan.intent == "vote" or attendance or closing):
            return passages
        seen = {p.chunk.chunk_id for p in passages}
        gen = self.index.generation()
        extra: list[Passage] = []

        def add(found: Chunk | None, beside: Passage) -> None:
            if found is not None and found.chunk_id not in seen:
                seen.add(found.chunk_id)
                extra.append(Passage(found, beside.score * 0.99))

        for p in passages[:4]:
            if plan.decision and p.chunk.is_resolution:
                before, _ = gen.neighbours(p.chunk)
                add(before if before is not None and before.item == p.chunk.item else None, p)
            if attendance and p is passages[0]:
                add(self._attendance_of(p.chunk), p)
            if closing:
                add(self._closing_of(p.chunk), p)
            if plan.intent == "vote":
                add(self._vote_after(p.chunk), p)
        return passages + extra

    def _current_chair(self, plan: QueryPlan) -> Chunk | None:
        """For "who chairs <body>" (now), the chunk of the body's newest minutes naming who chaired.
        The body is the committee named, or a council named alone: then its own meetings (papers
        naming no committee, or the council itself as the committee: "County Council"), never one of
        its committees."""
        if not (plan.intent == "who" and plan.latest and ASKS_CHAIR.search(plan.standalone)
                and (plan.committee or plan.council)):
            return None

        def ours(chunk: Chunk) -> bool:
            if plan.council and chunk.council != plan.council:
                return False
            key = committee_key(chunk.committee) if chunk.committee else ""
            if plan.committee and (key or committee_key(plan.committee) != committee_key(chunk.council)):
                return committee_key(plan.committee) == key
            return not key or committee_key(chunk.council).endswith(key)

        minutes = [c for c in self.index.chunks() if c.doc_type == "minutes" and c.meeting_date and ours(c)]
        if not minutes:
            return None
        newest = max(c.meeting_date for c in minutes)
        named = [c for c in minutes if c.meeting_date == newest and CHAIR.search(c.text)]
        # the chair's role ("Alan Reid — Chair", even among the apologies) before who stood in for the day
        return next((c for c in named if names_chair_role(c.text)), named[0] if named else None)

    def _attendance_of(self, chunk: Chunk) -> Chunk | None:
        """The chunk of the same minutes that prints the meeting's attendance list, read back from
        `chunk` (the list heads the minutes)."""
        return self._in_minutes(chunk, ATTENDANCE, forward=False, steps=ATTENDANCE_BACK)

    def _closing_of(self, chunk: Chunk) -> Chunk | None:
        """The chunk of the same minutes that says when the meeting closed, read on from `chunk` (the
        line ends the minutes: "Meeting ended at 8.10 pm")."""
        return self._in_minutes(chunk, CLOSED, forward=True, steps=CLOSING_ON)

    def _in_minutes(self, chunk: Chunk, pattern: re.Pattern, forward: bool, steps: int) -> Chunk | None:
        """The first chunk of `chunk`'s minutes (same file, same meeting), from `chunk` on or back,
        whose text `pattern` finds."""
        if chunk.doc_type != "minutes":
            return None
        gen = self.index.generation()
        c: Chunk | None = chunk
        for _ in range(steps):
            if c is None or c.meeting_date != chunk.meeting_date or c.source != chunk.source:
                return None
            if pattern.search(c.text):
                return c
            before, after = gen.neighbours(c)
            c = after if forward else before
        return None

    def _vote_after(self, chunk: Chunk) -> Chunk | None:
        """The chunk recording the vote on what `chunk` last puts forward, when `chunk` itself does not."""
        kind = votes.proposes(chunk.text)
        if kind is None:
            return None
        last = list(votes.PROPOSAL.finditer(chunk.text))[-1].start()
        if votes.vote_on(chunk.text[last:]) is not None:
            return None                 # its vote is in the passage already
        gen = self.index.generation()
        nxt = chunk
        for _ in range(VOTE_FOLLOW):
            _, nxt = gen.neighbours(nxt)
            if nxt is None or nxt.source != chunk.source or nxt.item != chunk.item:
                return None
            if votes.vote_on(nxt.text) == kind:
                return nxt
        return None

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
