"""A polite HTTP client for document sources: timeouts, a clear User-Agent, a minimum gap
between requests, and retries with exponential backoff on server errors, timeouts and dropped
connections (tenacity). It does not interpret what a site answers; callers do."""
from __future__ import annotations

import threading
import time
from importlib import metadata
from typing import Callable, TypeVar

import httpx
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from core.errors import SiteUnreachable

T = TypeVar("T")


def user_agent() -> str:
    try:
        version = metadata.version("scrutineer")
    except metadata.PackageNotFoundError:
        version = "dev"
    return f"Scrutineer/{version} (committee papers sync; python-httpx/{httpx.__version__})"


class ServerError(Exception):
    """A 5xx answer: worth another try after a pause."""

    def __init__(self, status: int):
        self.status = status
        super().__init__(f"HTTP {status}")


def _transient(error: BaseException) -> bool:
    # Timeouts, refused or dropped connections and truncated bodies (RemoteProtocolError) are
    # all TransportErrors; 4xx answers are not retried: asking again gets the same answer.
    if isinstance(error, httpx.UnsupportedProtocol):
        return False
    return isinstance(error, (ServerError, httpx.TransportError))


def describe(error: BaseException) -> str:
    """One short phrase for a failed request, for the user."""
    if isinstance(error, ServerError):
        return f"the server answered HTTP {error.status}"
    if isinstance(error, httpx.TimeoutException):
        return "timed out"
    if isinstance(error, httpx.ConnectError):
        reason = str(error) or "connection failed"
        return f"cannot connect ({reason})"
    if isinstance(error, httpx.RemoteProtocolError):
        return f"the connection broke off ({error})"
    return str(error) or type(error).__name__


class Client:
    """One site's HTTP client. `fetch(url, sink=...)` streams a GET and hands the response to
    `sink`, whose own reading is retried too (a download cut short is fetched again)."""

    def __init__(self, timeout: float = 30.0, delay: float = 1.0, attempts: int = 4, backoff: float = 2.0,
                 transport: httpx.BaseTransport | None = None):
        self.delay = delay
        self.attempts = attempts
        self.backoff = backoff
        self.requests = 0
        self._last = 0.0
        self._lock = threading.Lock()
        self.http = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            headers={"User-Agent": user_agent()},
            follow_redirects=True,      # http -> https and moved sites; JavaScript redirect pages are the caller's
            transport=transport,
        )

    def close(self) -> None:
        self.http.close()

    def _pace(self) -> None:
        """Keep `delay` seconds between the starts of two requests to the site."""
        with self._lock:
            wait = self._last + self.delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last = time.monotonic()
            self.requests += 1

    def fetch(self, url: str, sink: Callable[[httpx.Response], T], headers: dict[str, str] | None = None) -> T:
        """GET `url` and return `sink(response)`; raises SiteUnreachable when retries run out."""
        retrying = Retrying(
            stop=stop_after_attempt(self.attempts),
            wait=wait_exponential(multiplier=self.backoff, max=60),
            retry=retry_if_exception(_transient),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    return self._once(url, sink, headers or {})
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as e:
            raise SiteUnreachable(url, f"not a valid address ({e})") from None
        except (ServerError, httpx.TransportError) as e:
            tries = f" ({self.attempts} attempts)" if self.attempts > 1 else ""
            raise SiteUnreachable(url, describe(e) + tries) from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, url: str, sink: Callable[[httpx.Response], T], headers: dict[str, str]) -> T:
        self._pace()
        with self.http.stream("GET", url, headers=headers) as response:
            if response.status_code >= 500:
                raise ServerError(response.status_code)
            return sink(response)
