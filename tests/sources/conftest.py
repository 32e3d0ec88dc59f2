"""Fixtures for the source tests: a fake ModernGov site on a real HTTP server on 127.0.0.1,
and a client with no politeness delay and short timeouts so faults are quick to test."""
from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from tests.sources.fake_moderngov import FakeModernGov


@pytest.fixture(scope="module")
def _http():
    # One server per module (stopping one takes half a second); each test gets a fresh site on it.
    srv = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def server(_http):
    yield _http
    _http.clear()


@pytest.fixture
def site(server) -> FakeModernGov:
    return FakeModernGov(server)


@pytest.fixture
def client():
    from sources.http import Client

    c = Client(timeout=0.5, delay=0.0, attempts=3, backoff=0.01)
    yield c
    c.close()
