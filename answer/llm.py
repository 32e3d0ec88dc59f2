"""The generative answerer: numbered, fenced passages in; a checked, cited Answer out (or None).

The model writes; `answer/grounding.py` decides what of it the user sees. Every sentence
must cite a passage the model was given, so an instruction planted in a paper can at most make
the model cite the paper that holds it. This module never retrieves and never falls back
itself: it returns None with a reason in `last_error`, and the engine answers extractively.
"""
from __future__ import annotations

import logging
import secrets
import time
from typing import TYPE_CHECKING, Callable

from answer.grounding import Grounded, Grounder, best_quote
from answer.prompts import Prompts, fill
from answer.providers import ModelSpec, build_chat_model, check_allowed
from core.errors import LLMUnavailable
from core.settings import Settings
from core.types import Answer, Citation, Passage, Turn
from retrieval.conversation import clean_rewrite, condense, render_history

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

# After a timeout or a refused connection the model is left alone this long, so a chat with a
# dead server does not wait out the timeout twice a turn (condense, then answer).
REST_AFTER_FAILURE = 60.0
log = logging.getLogger(__name__)


class LLMAnswerer:
    """Answers with a chat model, or says why it could not (`last_error`)."""

    def __init__(self, settings: Settings, chat_model: "BaseChatModel | None" = None):
        self.settings = settings
        self.prompts = Prompts.load(settings.prompts_dir)   # loaded at start: a broken prompt file fails early
        self.last_error: str | None = None
        self._chat_model = chat_model
        self._spec: ModelSpec | None = None
        self._unreachable: tuple[float, str] | None = None   # (when, why) the server last could not be reached
        self._setup_error = "no model configured: set --llm or SCRUTINEER_LLM"
        if chat_model is None and settings.llm:
            try:
                self._spec = ModelSpec.parse(settings.llm, settings.llm_base_url, settings.llm_timeout)
            except LLMUnavailable as exc:
                self._setup_error = self.last_error = str(exc)
            if self._spec is not None:
                check_allowed(self._spec, settings.llm_allow)     # a refused provider is never built

    # -- the model -------------------------------------------------------------------------
    @property
    def model_name(self) -> str:
        if self._chat_model is not None and self._spec is None:
            for attribute in ("model_name", "model", "model_id"):
                value = getattr(self._chat_model, attribute, None)
                if isinstance(value, str) and value:
                    return value
            return type(self._chat_model).__name__
        if self._spec is not None:
            return self._spec.model
        return self.settings.llm or "none"

    @property
    def chat_model(self) -> "BaseChatModel | None":
        """The LangChain chat model, built on first use; None (and `last_error`) when it cannot be
        built, or when it could not be reached in the last REST_AFTER_FAILURE seconds."""
        if self._resting():
            return None
        if self._chat_model is None and self._spec is not None:
            try:
                self._chat_model = build_chat_model(self._spec)
            except LLMUnavailable as exc:
                self.last_error = str(exc)
                return None
        return self._chat_model

    def available(self) -> bool:
        """A model is configured and its client can be built (no request is made)."""
        if self._chat_model is None and self._spec is None:
            self.last_error = self._setup_error
            return False
        return self.chat_model is not None

    # -- answering -------------------------------------------------------------------------
    def messages(self, question: str, passages: list[Passage]) -> list[tuple[str, str]]:
        """The system and user messages: the question and the passages, numbered from 1 and fenced."""
        fence = secrets.token_hex(4)
        blocks = [render_passage(i, p) for i, p in enumerate(passages, start=1)]
        body = f"BEGIN PASSAGES {fence}\n\n" + "\n\n".join(blocks) + f"\n\nEND PASSAGES {fence}"
        return [("system", self.prompts.system),
                ("human", fill(self.prompts.answer, question=question, passages=body))]

    def answer(self, question: str, passages: list[Passage],
               on_token: Callable[[str], None] | None = None) -> Answer | None:
        """A cited answer from the model, or None with the reason in `last_error`.

        `on_token` receives the answer as it is checked, a sentence at a time: only text that
        survives grounding is ever streamed, renumbered exactly as in the final answer.
        """
        self.last_error = None
        if not passages:
            self.last_error = "no passages were retrieved, so there is nothing to ground an answer on"
            return None
        if self._resting():
            self.last_error = f"{self._unreachable[1]} (not asked again for {REST_AFTER_FAILURE:g} s)"
            return None
        model = self.chat_model
        if model is None:
            self.last_error = self.last_error or self._setup_error
            return None
        grounder = Grounder(len(passages))
        failure = self._generate(model, self.messages(question, passages), grounder, on_token)
        if failure:
            self.last_error = failure
            return None
        result = grounder.result
        if not result.order:
            self.last_error = ("the reply had no sentence citing the passages it was given "
                               f"({result.dropped} dropped" + (f", cited missing passages {sorted(set(result.invalid))}" if result.invalid else "") + ")")
            return None
        return Answer(
            question=question,
            standalone_question=question,
            answer=result.text,
            answered=True,
            mode=f"llm:{self.model_name}",
            citations=citations_for(result, passages),
        )

    def condense(self, question: str, history: list[Turn]) -> tuple[str, dict]:
        """`retrieval.conversation.condense` with this model's rewrite (the rules when it fails)."""
        return condense(question, history, rewrite=self.rewrite_question if self.chat_model is not None else None)

    def rewrite_question(self, question: str, history: list[Turn]) -> str | None:
        """The follow-up as a standalone question through the condense prompt, or None when the
        model fails or replies with something unusable."""
        if self.chat_model is None or self._resting():
            return None
        prompt = fill(self.prompts.condense, history=render_history(history), question=question)
        try:
            reply = message_text(self.chat_model.invoke([("human", prompt)]))
        except Exception as exc:  # the model call: any provider's timeout / HTTP / connection error
            log.info("condensing with the model failed (%s); using the offline rules", type(exc).__name__)
            self._failed(exc)
            return None
        asked = " ".join(turn.content for turn in history if turn.role == "user")
        return clean_rewrite(reply, question, asked)

    # -- internals -------------------------------------------------------------------------
    def _resting(self) -> bool:
        return self._unreachable is not None and time.monotonic() - self._unreachable[0] < REST_AFTER_FAILURE

    def _failed(self, exc: Exception) -> str:
        reason = describe_failure(exc, self.settings.llm_timeout, self.settings.llm_base_url)
        if is_unreachable(exc):
            self._unreachable = (time.monotonic(), reason)
        return reason

    def _generate(self, model, messages, grounder: Grounder, on_token) -> str | None:
        """Run the model into `grounder`; the failure, described for a person, or None.

        Only the model calls sit inside the try: a failing `on_token` is a bug, not a model failure.
        """
        if on_token is None:
            try:
                reply = model.invoke(messages)
            except Exception as exc:  # timeouts, HTTP errors, refused connections, from any provider
                return self._failed(exc)
            grounder.feed(message_text(reply))
        else:
            try:
                stream = iter(model.stream(messages))
            except Exception as exc:
                return self._failed(exc)
            while True:
                try:
                    chunk = next(stream)
                except StopIteration:
                    break
                except Exception as exc:
                    return self._failed(exc)
                released = grounder.feed(message_text(chunk))
                if released:
                    on_token(released)
        released = grounder.finish()
        if released and on_token is not None:
            on_token(released)
        return None


def render_passage(n: int, passage: Passage) -> str:
    """'[n] committee | meeting ... | document | item | page' then the verbatim text."""
    c = passage.chunk
    where = []
    if c.committee:
        where.append(c.committee)
    if c.meeting_date:
        meeting = f"meeting of {c.meeting_date}"
        if c.pack_date and c.pack_date != c.meeting_date:
            meeting += f" (printed in the papers for {c.pack_date})"
        where.append(meeting)
    elif c.pack_date:
        where.append(f"papers for the meeting of {c.pack_date}")
    where.append(c.doc_type + (f": {c.title}" if c.title else ""))
    if c.item:
        where.append(f"item {c.item}")
    if c.page_start is not None:
        pages = c.page_start if c.page_end in (None, c.page_start) else f"{c.page_start}-{c.page_end}"
        where.append(f"page {pages}")
    return f"[{n}] " + " | ".join(where) + "\n" + c.text.strip()


def citations_for(result: Grounded, passages: list[Passage]) -> list[Citation]:
    """One citation per cited passage, numbered as in the answer; its text is the passage's
    sentences most like the claims citing it, verbatim, and its page the page they are on."""
    citations = []
    for new_n, given_n in enumerate(result.order, start=1):
        chunk = passages[given_n - 1].chunk
        claims = [claim.text for claim in result.claims if given_n in claim.passages]
        quote = best_quote(chunk.text, claims)
        if chunk.page_at(quote.start) != chunk.page_at(quote.end - 1):
            # a quote over a page break could not be checked against one page: keep the best sentence
            quote = type(quote)(quote.best_start, quote.best_end, quote.best_start, quote.best_end)
        citations.append(Citation.quoting(new_n, chunk, quote.start, quote.end,
                                          highlight=(quote.best_start, quote.best_end)))
    return citations


def message_text(message) -> str:
    """The text of a LangChain message or chunk, whatever shape its content has."""
    content = getattr(message, "content", message)
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict) else ""
                       for part in content)
    return str(content or "")


def is_unreachable(exc: BaseException) -> bool:
    """A timeout or a connection that failed: the server is down or too slow, not just unhappy."""
    name = type(exc).__name__
    return "Timeout" in name or "Connection" in name or isinstance(exc, (TimeoutError, ConnectionError))


def describe_failure(exc: BaseException, timeout: float, base_url: str | None) -> str:
    """One line a person can act on, for an exception raised by a model client."""
    name = type(exc).__name__
    where = f" at {base_url}" if base_url else ""
    status = getattr(exc, "status_code", None)
    if "Timeout" in name or isinstance(exc, TimeoutError):
        return (f"the model server{where} did not answer within {timeout:g} s "
                f"(raise SCRUTINEER_LLM_TIMEOUT if it is just slow)")
    if isinstance(status, int):
        detail = " ".join(str(getattr(exc, "message", "") or exc).split())[:200]
        hint = {401: "check the API key", 403: "check the API key", 404: "check the model name and base URL",
                429: "rate limited; try again later"}.get(status, "the server failed")
        return f"the model server{where} answered HTTP {status} ({hint}): {detail}"
    if is_unreachable(exc):
        return f"cannot reach the model server{where}: is it running?"
    return f"the model call failed ({name}: {' '.join(str(exc).split())[:200]})"
