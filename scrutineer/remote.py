"""The client side of `scrutineer serve`: an object with the engine's `ask` and `notices` that
sends each question to the server, so `scrutineer ask --server URL` prints what a local ask
prints without loading a model. It imports no engine, store or model code."""
from __future__ import annotations

from dataclasses import asdict

import httpx

from core.errors import IndexMissing, ScrutineerError, ServerUnavailable
from core.types import Answer, Citation, Filters, Turn


class _ServerIndexMissing(IndexMissing):
    """The server has no index: its own message, the CLI's exit status 2."""

    def __init__(self, message: str):
        ScrutineerError.__init__(self, message)


class RemoteEngine:
    def __init__(self, url: str, timeout: float = 120.0):
        self.url = url.rstrip("/")
        self.notices: list[str] = []
        self._client = httpx.Client(timeout=timeout, trust_env=False)   # a local server: no proxy

    def _call(self, method: str, path: str, **kwargs) -> dict:
        try:
            r = self._client.request(method, self.url + path, **kwargs)
        except httpx.HTTPError as e:
            raise ServerUnavailable(f"the server {self.url} cannot be reached ({type(e).__name__}); "
                                    f"start it with `scrutineer serve` or drop --server") from None
        try:
            data = r.json()
        except ValueError:
            raise ServerUnavailable(f"the server {self.url} replied {r.status_code} without JSON: "
                                    f"is it `scrutineer serve`?") from None
        if r.status_code != 200:
            error = str(data.get("error") or f"status {r.status_code}")
            raise (_ServerIndexMissing if data.get("exit") == 2 else ScrutineerError)(error)
        return data

    def require_index(self) -> None:
        self._call("GET", "/health")

    def ask(self, question: str, history: list[Turn] | None = None, filters: Filters | None = None,
            k: int | None = None, llm: str | None = None, on_token=None) -> Answer:
        body = {"question": question, "history": [asdict(t) for t in history or []],
                "filters": {k_: v for k_, v in asdict(filters or Filters()).items() if v}, "k": k, "llm": llm}
        data = self._call("POST", "/ask", json=body)
        for n in data.get("notices", []):
            if n not in self.notices:
                self.notices.append(n)
        a = data["answer"]
        highlights = data.get("highlights") or [None] * len(a["citations"])
        citations = [Citation(**c, highlight=h) for c, h in zip(a["citations"], highlights)]
        answer = Answer(question=a["question"], standalone_question=a["standalone_question"], answer=a["answer"],
                        answered=a["answered"], mode=a["mode"], citations=citations)
        if on_token is not None and not answer.mode.startswith("llm"):
            on_token(answer.answer)
        return answer
