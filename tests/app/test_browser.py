"""The real app in Chromium: `streamlit run app.py` on a test index, a question, a dated citation,
the source opened from it, a hostile paper that must not make the browser call out, and
screenshots at desktop and phone widths; saves them under test-artifacts/ with the first-answer time."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ui.format import source_link

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
PDF = REPO / "corpus/kent-county-council/cabinet/2025-03-04/Cabinet Report 4 March 2025.pdf"
QUESTION = "What did the committee resolve on self-harm?"
HOSTILE_QUESTION = "What did the committee resolve on the Beacon Road crossing?"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
LOADING = "Loading the search model and the index"


class Listener:
    """A real HTTP server on 127.0.0.1 that a hostile paper points at; it records every request."""

    def __init__(self):
        hits = self.hits = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def hostile_minutes(origin: str) -> str:
    """Minutes whose resolution carries an image beacon, a phishing link, raw HTML and a script."""
    return ("Highways Committee\n\nMinutes of the meeting held on 5 February 2025\n\n"
            "4. Beacon Road crossing\n\nResolved\n\n"
            f"That the Beacon Road crossing be approved ![x]({origin}/beacon.png) as shown on the "
            f"[portal]({origin}/phish) <img src=\"{origin}/img.png\" onerror=\"fetch('{origin}/onerror')\"> "
            f"<script>fetch('{origin}/script')</script> and that the design be published at {origin}/bare "
            f"with a <a href=\"{origin}/anchor\">plan</a>.\n")

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"streamlit did not answer on {url} within {timeout:.0f}s:\n{log.read_text()[-3000:]}")


@pytest.fixture
def listener():
    with Listener() as server:
        yield server


@pytest.fixture
def served_app(app_index, free_port, tmp_path, listener):
    """`streamlit run app.py` as `make run` starts it, on the session's test index plus a hostile paper."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package to run the browser test")
    shutil.copy(PDF, app_index["corpus"] / PDF.name)      # served, not indexed: the PDF link check
    hostile = app_index["corpus"] / "hostile" / "beacon-road-minutes.txt"
    hostile.parent.mkdir(exist_ok=True)
    hostile.write_text(hostile_minutes(listener.origin), encoding="utf-8")
    report = app_index["engine"].ingest([str(hostile)])
    assert report.count("failed") == 0, report.results
    port = free_port()
    env = {**os.environ, "SCRUTINEER_INDEX": str(app_index["index"]),
           "SCRUTINEER_CORPUS": str(app_index["corpus"]), "HF_HUB_OFFLINE": "1"}
    env.pop("SCRUTINEER_LLM", None)
    log = tmp_path / "streamlit.log"
    started = time.monotonic()
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(REPO / "app.py"), "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log)
        yield {"url": url, "started": started, "healthy": time.monotonic(), "log": log,
               "corpus": app_index["corpus"]}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_a_question_in_the_browser_shows_a_dated_citation_that_opens_its_source(served_app, record_property):
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    url = served_app["url"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=DESKTOP)
            page = context.new_page()
            page.goto(url)
            # the first seconds: while the model and the index load, the page says so in words. The
            # server starts loading them before the first page, so with a fast encoder the load can be
            # over before the page opens: then the chat box is there at once, and that is right too.
            loading = page.get_by_text(LOADING)
            box = page.get_by_test_id("stChatInput").locator("textarea")
            loading.or_(box).first.wait_for(timeout=60_000)
            if loading.count():
                page.screenshot(path=str(ARTIFACTS / "loading-desktop.png"))
            record_property("loading_state_seen", bool(loading.count()))
            box.wait_for(timeout=60_000)
            box.fill(QUESTION)
            asked = time.monotonic()
            box.press("Enter")

            citation = page.get_by_test_id("stExpander").filter(has_text="12 March 2019").first
            citation.wait_for(timeout=180_000)
            answered = time.monotonic()
            first_width = page.get_by_test_id("stChatMessage").nth(1).bounding_box()["width"]
            expect(citation).to_contain_text("Minutes of the meeting held on 12 March 2019")
            expect(citation.locator("mark").first).to_contain_text("self-harm")
            expect(page.get_by_text("Extractive").first).to_be_visible()
            expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=60_000)   # the run ended
            expect(citation).to_contain_text("Children and Young People Overview and Scrutiny Committee")
            page.screenshot(path=str(ARTIFACTS / "app.png"), full_page=True)
            page.screenshot(path=str(ARTIFACTS / "chat-desktop.png"))

            link = citation.get_by_role("link", name=re.compile("Open the source"))
            with context.expect_page() as opened:
                link.click()
            source = opened.value
            source.wait_for_load_state()
            mark = source.locator("mark#passage")
            expect(mark).to_be_visible()
            expect(mark).to_contain_text("self-harm")
            source.screenshot(path=str(ARTIFACTS / "source-text.png"))

            box.fill("Who proposed it?")                       # a follow-up, on the warm engine
            again = time.monotonic()
            box.press("Enter")
            second = page.get_by_test_id("stChatMessage").nth(3)
            expect(second.get_by_test_id("stExpander").first).to_be_visible(timeout=120_000)
            answered_again = time.monotonic()
            widths = [page.get_by_test_id("stChatMessage").nth(i).bounding_box()["width"] for i in (1, 3)]
            assert widths == [first_width, first_width], f"the chat column changed width: {first_width} then {widths}"
            expect(second).to_contain_text("Roodhouse")

            pdf_link = url + source_link(str(served_app["corpus"] / PDF.name), page=3)
            response = context.request.get(pdf_link.split("#")[0])
            assert response.ok and response.headers["content-type"] == "application/pdf"
            viewer = context.new_page()
            viewer.goto(pdf_link)
            viewer.wait_for_timeout(2000)
            assert viewer.url.endswith("#page=3")
            viewer.screenshot(path=str(ARTIFACTS / "source-pdf.png"))
        finally:
            browser.close()

    timings = {"server start to serving": served_app["healthy"] - served_app["started"],
               "server start to first answer rendered": answered - served_app["started"],
               "first question to its citation rendered": answered - asked,
               "follow-up question to its citation rendered": answered_again - again}
    for name, seconds in timings.items():
        record_property(f"seconds: {name}", seconds)
    (ARTIFACTS / "first-answer.json").write_text(json.dumps({k: round(v, 2) for k, v in timings.items()}, indent=2))
    print("\n".join(f"{k}: {v:.1f} s" for k, v in timings.items()))


def _record_requests(page, log: list[str]) -> None:
    page.on("request", lambda request: log.append(request.url))


def _outside(urls: list[str], origin: str) -> list[str]:
    """Requests that did not go to the app (data: and blob: URLs never leave the browser)."""
    return [u for u in urls if not (u.startswith(origin + "/") or u == origin or u.startswith(("data:", "blob:")))]


def test_a_hostile_paper_cannot_make_the_browser_call_out(served_app, listener):
    """Its image, link, HTML and script show as text in the answer, the citation, the decisions
    register and the library, and the browser requests nothing from anywhere but the app."""
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    url = served_app["url"]
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
                context = browser.new_context(viewport=viewport, is_mobile=name == "phone",
                                              has_touch=name == "phone")
                page = context.new_page()
                _record_requests(page, requests)
                page.goto(url)
                box = page.get_by_test_id("stChatInput").locator("textarea")
                box.wait_for(timeout=120_000)
                box.fill(HOSTILE_QUESTION)
                box.press("Enter")
                reply = page.get_by_test_id("stChatMessage").nth(1)
                expect(reply.get_by_test_id("stExpander").first).to_be_visible(timeout=180_000)
                expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=60_000)
                expect(reply).to_contain_text(f"![x]({listener.origin}/beacon.png)")    # shown as text
                expect(reply).to_contain_text(f"[portal]({listener.origin}/phish)")
                assert page.locator(f'a[href*="{listener.origin}"]').count() == 0
                assert page.locator(f'img[src*="{listener.origin}"]').count() == 0
                page.wait_for_timeout(1500)
                page.screenshot(path=str(ARTIFACTS / f"chat-{name}-end.png"))
                reply.evaluate("e => e.scrollIntoView({block: 'start'})")
                page.wait_for_timeout(300)
                page.screenshot(path=str(ARTIFACTS / f"chat-{name}.png"))
                if name == "phone":
                    answer_box = reply.bounding_box()
                    assert answer_box and answer_box["width"] > 0.8 * PHONE["width"] - 40, answer_box
                    sidebar = page.get_by_test_id("stSidebar")
                    assert not sidebar.is_visible() or (sidebar.bounding_box() or {"width": 0})["width"] < 5 \
                        or sidebar.get_attribute("aria-expanded") == "false", "the sidebar covers the answer"

                for view in ("decisions", "library"):
                    page.goto(f"{url}/{view}")
                    table = page.locator("table.scr-table").first
                    table.wait_for(timeout=120_000)
                    expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=60_000)
                    page.wait_for_timeout(1000)
                    page.screenshot(path=str(ARTIFACTS / f"{view}-{name}.png"), full_page=True)
                    # every column inside the screen, nothing scrolling inside the page
                    box = table.bounding_box()
                    assert box and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"] + 1, (view, box)
                    spill = table.evaluate("t => t.getBoundingClientRect().right"
                                           " - t.closest('[data-testid=stMainBlockContainer]').getBoundingClientRect().right"
                                           " + parseFloat(getComputedStyle(t.closest('[data-testid=stMainBlockContainer]')).paddingRight)")
                    assert spill <= 1, f"{view} at {name} width: the table spills {spill:.0f}px past the page's column"
                    overflow = table.evaluate("t => { let e = t; while (e) { const s = getComputedStyle(e);"
                                              " if (e.scrollWidth > e.clientWidth + 1 && s.overflowX !== 'visible')"
                                              " return e.className || e.tagName; e = e.parentElement; } return null; }")
                    assert overflow is None, f"{view} at {name} width scrolls sideways inside {overflow}"
                    if view == "decisions":
                        expect(table).to_contain_text(f"![x]({listener.origin}/beacon.png)")
                context.close()
        finally:
            browser.close()
    time.sleep(1)
    assert listener.hits == [], f"the browser called the hostile paper's server: {listener.hits}"
    assert requests and not _outside(requests, url), _outside(requests, url)
