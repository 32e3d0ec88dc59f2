"""`scrutineer chat`: ask in turns at a `you> ` prompt; follow-ups lean on earlier turns.

A thin loop over `Scrutineer.ask`: it keeps the history, streams a generative answer as it is
checked, and prints the numbered citations. `/new` starts a new conversation, `/quit` or
end of input leaves. It parses nothing and retrieves nothing itself.
"""
from __future__ import annotations

import sys
from typing import TextIO

from answer.render import citation_text, strip_markup
from core.errors import ScrutineerError
from core.types import Answer, Filters, Turn

HELP = "Ask about the committee papers. /new starts a new conversation, /quit leaves (or Ctrl-D)."


def render_citations(answer: Answer) -> str:
    """The numbered sources under an answer, as `scrutineer ask` prints them."""
    return "\n".join(line for c in answer.citations for line in citation_text(c))


def run_chat(engine, filters: Filters | None = None, llm: str | None = None,
             stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    """Read questions until /quit or end of input; return the exit status (0)."""
    history: list[Turn] = []
    notices: set[str] = set()

    def say(text: str = "", end: str = "\n") -> None:
        stdout.write(text + end)
        stdout.flush()

    say(HELP)
    while True:
        say("you> ", end="")
        try:
            line = stdin.readline()
        except KeyboardInterrupt:
            say()
            return 0
        if not line:
            say()
            return 0
        question = line.strip()
        if not question:
            continue
        if question.lower() in ("/quit", "/exit", "/q"):
            return 0
        if question.lower() == "/new":
            history = []
            say("(new conversation)")
            continue
        if question.startswith("/"):
            say(f"unknown command {question.split()[0]}: {HELP}")
            continue

        streamed: list[str] = []

        def on_token(text: str) -> None:
            if not streamed:
                stdout.write("scrutineer> ")
            streamed.append(text)
            stdout.write(strip_markup(text))       # the answer as read; a model's sentences come whole
            stdout.flush()

        try:
            answer = engine.ask(question, history=list(history), filters=filters, llm=llm, on_token=on_token)
        except ScrutineerError as exc:
            say(("\n" if streamed else "") + f"error: {exc}")
            continue
        except KeyboardInterrupt:
            say("\n(interrupted)")
            continue

        shown = "".join(streamed)
        if streamed and shown.strip() == answer.answer.strip():
            say()
        else:
            if streamed:  # the model stopped part-way: what it said is replaced by the answer below
                say("\n(the model's reply stopped part-way; here is the answer from the papers)")
            say("scrutineer> " + strip_markup(answer.answer))
        for notice in [answer.notice] + list(getattr(engine, "notices", None) or []):
            if notice and notice not in notices:
                notices.add(notice)
                say(f"({notice})")
        if answer.standalone_question and answer.standalone_question != question:
            say(f"(read as: {answer.standalone_question})")
        if answer.citations:
            say(render_citations(answer))
        say()
        history += [Turn("user", question), Turn("assistant", answer.answer)]
