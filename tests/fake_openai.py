"""A fake OpenAI-compatible chat server on 127.0.0.1, for tests: real HTTP, scripted replies.

It speaks `POST /v1/chat/completions` both ways the real clients use: a JSON body, or with
`"stream": true` server-sent events (`data: {chunk}` lines, then `data: [DONE]`), plus
`GET /v1/models`. What it answers is the test's choice:

    with FakeOpenAI(lambda messages: "The committee resolved ... [1].") as server:
        ... Settings(llm="openai:fake-model", llm_base_url=server.base_url) ...
        server.requests  # every request body received, parsed

    FakeOpenAI(Behaviour(reply=..., delay=3.0))     # headers only after 3 s (a timeout test)
    FakeOpenAI(Behaviour(status=500))               # an error response

`start_fake_openai(behaviour) -> (base_url, stop)` is the same without `with`.
"""
from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Union

Messages = list[dict]
Reply = Union[str, Callable[[Messages], str]]


@dataclass
class Behaviour:
    """How the fake model answers each request."""

    reply: Reply = ""          # the reply text, or a function of the request's messages
    delay: float = 0.0         # seconds before the response starts
    status: int = 200          # non-200: an OpenAI-style error body with this status
    token_delay: float = 0.0   # seconds between streamed chunks
    model: str = "fake-model"

    def text_for(self, messages: Messages) -> str:
        return self.reply(messages) if callable(self.reply) else self.reply


def tokens(text: str) -> list[str]:
    """Split a reply into small chunks as a model streams it (words with their spaces, markers split)."""
    return re.findall(r"\s*\S{1,4}|\s+", text)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True


class FakeOpenAI:
    """The fake server; a context manager that starts it on a free port and stops it."""

    def __init__(self, behaviour: Behaviour | Reply, port: int = 0):
        self.port = port           # 0: any free port
        self.behaviour = behaviour if isinstance(behaviour, Behaviour) else Behaviour(reply=behaviour)
        self.requests: list[dict] = []
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._base_url: str | None = None

    @property
    def base_url(self) -> str:
        assert self._base_url is not None, "server not started"
        return self._base_url

    def start(self) -> "FakeOpenAI":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output quiet
                pass

            def do_GET(self):
                if self.path.rstrip("/").endswith("/models"):
                    self._json(200, {"object": "list", "data": [{"id": fake.behaviour.model, "object": "model"}]})
                else:
                    self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append(body)
                behaviour = fake.behaviour
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                    return
                if behaviour.delay:
                    time.sleep(behaviour.delay)
                if behaviour.status != 200:
                    self._json(behaviour.status, {"error": {"message": "the fake model server failed on purpose",
                                                            "type": "server_error", "code": None}})
                    return
                text = behaviour.text_for(body.get("messages", []))
                try:
                    if body.get("stream"):
                        self._stream(text, body.get("model") or behaviour.model)
                    else:
                        self._json(200, _completion(text, body.get("model") or behaviour.model))
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)

            def _json(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _stream(self, text: str, model: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                first = {"role": "assistant", "content": ""}
                self._event(_chunk(first, model))
                for piece in tokens(text):
                    if fake.behaviour.token_delay:
                        time.sleep(fake.behaviour.token_delay)
                    self._event(_chunk({"content": piece}, model))
                self._event(_chunk({}, model, finish="stop"))
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

            def _event(self, payload: dict) -> None:
                self.wfile.write(b"data: " + json.dumps(payload).encode() + b"\n\n")
                self.wfile.flush()

        self._server = _Server(("127.0.0.1", self.port), Handler)
        host, port = self._server.server_address[:2]
        self._base_url = f"http://{host}:{port}/v1"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "FakeOpenAI":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def start_fake_openai(behaviour: Behaviour | Reply) -> tuple[str, Callable[[], None]]:
    """Start a fake server; return its base URL (ending in /v1) and the function that stops it."""
    server = FakeOpenAI(behaviour).start()
    return server.base_url, server.stop


def _completion(text: str, model: str) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


def _chunk(delta: dict, model: str, finish: str | None = None) -> dict:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def user_text(messages: Messages) -> str:
    """The text of the last user message of a request (what a reply function usually reads)."""
    for message in reversed(messages):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                return "".join(part.get("text", "") for part in content if isinstance(part, dict))
            return content or ""
    return ""


def passages_in(messages: Messages) -> dict[int, str]:
    """The numbered passages Scrutineer put in the prompt: {n: text} (header line dropped)."""
    text = user_text(messages)
    found = re.findall(r"^\[(\d+)\] [^\n]*\n(.*?)(?=^\[\d+\] |^END PASSAGES)", text, re.S | re.M)
    return {int(n): body.strip() for n, body in found}


def question_in(messages: Messages) -> str:
    """The question of Scrutineer's answer prompt (its last 'Question:' line)."""
    lines = [line for line in user_text(messages).splitlines() if line.startswith("Question:")]
    return lines[-1][len("Question:"):].strip() if lines else ""


def condensing_model(messages: Messages) -> str:
    """A fake model doing what the condense prompt asks: it restates the follow-up together with
    the conversation's first question, as "Standalone question: ..." (the prefix real models add)."""
    prompt = user_text(messages)
    conversation = prompt.split("Conversation:", 1)[1].split("Follow-up question:", 1)[0]
    first_user_line = next(line for line in conversation.splitlines() if line.startswith("User: "))
    follow_up = prompt.split("Follow-up question:", 1)[1].strip().splitlines()[0]
    follow_up = re.sub(r"^(?:and|also)\s+", "", follow_up, flags=re.I)
    earlier = first_user_line[len("User: "):].rstrip("?")
    return f"Standalone question: \"{earlier}, and {follow_up[0].lower() + follow_up[1:]}\""


def quoting_model(messages: Messages) -> str:
    """A well-behaved fake model: finds the passage sentence sharing most words with the
    question and reports it, citing that passage's number. Stands in for a real LLM.
    Asked to condense a follow-up, it does what `condensing_model` does."""
    if "Follow-up question:" in user_text(messages):
        return condensing_model(messages)
    words = set(re.findall(r"[a-z]{3,}", question_in(messages).lower()))
    best = (0, 0, "")
    for n, body in passages_in(messages).items():
        for sentence in re.split(r"(?<=[.;])\s+|\n+", body):
            sentence = re.sub(r"^\s*(?:[-*•]\s*)?(?:\d+[.)]\s*)*", "", sentence).strip(" ;")
            score = len(words & set(re.findall(r"[a-z]{3,}", sentence.lower())))
            if sentence and score > best[0]:
                best = (score, n, sentence)
    if not best[0]:
        return "The papers I was given do not answer that."
    sentence = best[2].rstrip(".;: ")
    return f"The papers record that {sentence[0].lower() + sentence[1:]} [{best[1]}]."



if __name__ == "__main__":
    # `python -m tests.fake_openai [PORT]`: serve the quoting stand-in model, to try the wiring by hand.
    import sys

    fake = FakeOpenAI(quoting_model, port=int(sys.argv[1]) if len(sys.argv) > 1 else 8765).start()
    print(f"fake OpenAI-compatible server (a quoting stand-in, not a language model) on {fake.base_url}; "
          f"Ctrl-C stops it", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()
