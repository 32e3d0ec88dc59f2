"""`scrutineer serve`: one long-lived process holds the loaded model and index and answers over
HTTP on this machine (127.0.0.1), so `scrutineer ask --server URL` and other local clients share
them instead of each loading its own. It answers; it does not ingest (the index's writer lock
and generation swaps let `scrutineer ingest` run beside it, and it follows each commit).

    GET  /health  -> {"ok": true, "index": "...", "chunks": N}
    POST /ask     {"question", "history"?, "filters"?, "k"?, "llm"?}
                  -> {"answer": <SPEC answer object>, "highlights": [...], "notices": [...]}
    errors        -> {"error": "one line", "exit": 1 or 2}, status 400 (bad request) or 500
"""
from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from core.errors import BadInput, IndexMissing, ScrutineerError
from core.text import repaired
from core.types import Filters, Turn

MAX_BODY = 1 << 20          # a question and its history; anything larger is refused
_ANSWERING = threading.Lock()

log = logging.getLogger(__name__)


def _filters(raw) -> Filters:
    if raw is None:
        return Filters()
    if not isinstance(raw, dict) or set(raw) - set(Filters.__dataclass_fields__):
        raise BadInput(f"\"filters\" must be an object with keys among {', '.join(Filters.__dataclass_fields__)}")
    return Filters(**raw)


def _history(raw) -> list[Turn]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(t, dict) and t.get("role") in ("user", "assistant")
                                            and isinstance(t.get("content"), str) for t in raw):
        raise BadInput("\"history\" must be a list of {\"role\": \"user\"|\"assistant\", \"content\": string}")
    return [Turn(t["role"], repaired(t["content"])[0]) for t in raw]


def answer_payload(engine, body: dict) -> dict:
    """What /ask returns for one request body (BadInput for a malformed one)."""
    question = body.get("question")
    if not isinstance(question, str) or not question.strip():
        raise BadInput("\"question\" must be a non-empty string")
    k = body.get("k")
    if k is not None and (not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= 200):
        raise BadInput("\"k\" must be a whole number from 1 to 200")
    llm = body.get("llm")
    if llm is not None and not isinstance(llm, str):
        raise BadInput("\"llm\" must be a string")
    history, filters = _history(body.get("history")), _filters(body.get("filters"))
    # one answer at a time (the encoder takes one batch at a time anyway), so each request's
    # notices are its own, as a fresh `scrutineer ask` process would print them
    with _ANSWERING:
        engine.notices.clear()
        answer = engine.ask(repaired(question)[0], history=history, filters=filters, k=k, llm=llm)
        notices = list(engine.notices)
    return {"answer": answer.to_dict(), "highlights": [c.highlight for c in answer.citations], "notices": notices}


class _Handler(BaseHTTPRequestHandler):
    server_version = "scrutineer"
    engine = None                      # set by make_server

    def log_message(self, fmt, *args):   # one line per request on the server's stderr, via logging
        log.info("%s %s", self.address_string(), fmt % args)

    def _send(self, status: int, payload: dict) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.rstrip("/") != "/health":
            return self._send(404, {"error": f"no such path {self.path}; POST /ask or GET /health", "exit": 1})
        try:
            self.engine.require_index()
            chunks = len(self.engine.index.chunks())
        except ScrutineerError as e:
            return self._send(500, {"error": str(e), "exit": 2 if isinstance(e, IndexMissing) else 1})
        self._send(200, {"ok": True, "index": str(self.engine.settings.index_dir), "chunks": chunks})

    def do_POST(self):
        if self.path.rstrip("/") != "/ask":
            return self._send(404, {"error": f"no such path {self.path}; POST /ask or GET /health", "exit": 1})
        try:
            size = int(self.headers.get("Content-Length") or 0)
            if size > MAX_BODY:
                raise BadInput(f"the request is {size} bytes; at most {MAX_BODY}")
            try:
                body = json.loads(self.rfile.read(size) or b"{}")
            except ValueError as e:
                raise BadInput(f"the request is not JSON ({e})") from None
            if not isinstance(body, dict):
                raise BadInput("the request must be a JSON object")
            self._send(200, answer_payload(self.engine, body))
        except BadInput as e:
            self._send(400, {"error": str(e), "exit": 1})
        except ScrutineerError as e:
            self._send(500, {"error": str(e), "exit": 2 if isinstance(e, IndexMissing) else 1})
        except Exception as e:            # a bug answers this request with one line; the server goes on
            log.exception("internal error")
            self._send(500, {"error": f"internal error ({type(e).__name__}: {e}); please report", "exit": 1})


def make_server(engine, port: int = 8765, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    handler = type("Handler", (_Handler,), {"engine": engine})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def serve(engine, port: int, say=print) -> int:
    """Load the index and model once, then answer until interrupted."""
    engine.require_index()
    engine.warm()                     # the model, the index and the first question's caches load now
    engine.notices.clear()
    server = make_server(engine, port)
    host, port = server.server_address[:2]
    say(f"scrutineer: serving {engine.settings.index_dir} on http://{host}:{port} "
        f"(this machine only); `scrutineer ask --server http://{host}:{port} QUESTION`", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0
