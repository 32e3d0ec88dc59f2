"""The real app in Chromium: `streamlit run app.py` on a test index, a question, a dated citation,
the source opened from it; saves test-artifacts/app.png and the first-answer time."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
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
def served_app(app_index, free_port, tmp_path):
    """`streamlit run app.py` as `make run` starts it, on the session's test index."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package to run the browser test")
    shutil.copy(PDF, app_index["corpus"] / PDF.name)      # served, not indexed: the PDF link check
    port = free_port()
    env = {**os.environ, "SCRUTINEER_INDEX": str(app_index["index"]),
           "SCRUTINEER_CORPUS": str(app_index["corpus"]), "HF_HUB_OFFLINE": "1"}
    env.pop("SCRUTINEER_LLM", None)
    log = tmp_path / "streamlit.log"
    started = time.monotonic()
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(REPO / "app.py"), "--server.headless", "true",
             "--server.port", str(port), "--browser.gatherUsageStats", "false"],
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
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            page.goto(url)
            box = page.get_by_test_id("stChatInput").locator("textarea")
            box.wait_for(timeout=60_000)
            box.fill(QUESTION)
            asked = time.monotonic()
            box.press("Enter")

            citation = page.get_by_test_id("stExpander").filter(has_text="12 March 2019").first
            citation.wait_for(timeout=180_000)
            answered = time.monotonic()
            expect(citation).to_contain_text("Minutes of the meeting held on 12 March 2019")
            expect(citation.locator("mark").first).to_contain_text("self-harm")
            expect(page.get_by_text("Extractive").first).to_be_visible()
            expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=60_000)   # the run ended
            expect(citation).to_contain_text("Children and Young People Overview and Scrutiny Committee")
            page.screenshot(path=str(ARTIFACTS / "app.png"), full_page=True)

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
