"""The routes that open a cited source, served by a real HTTP server on 127.0.0.1."""
import shutil
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import uvicorn
from starlette.applications import Starlette

from core.settings import Settings
from ui.format import source_link
from ui.source import find_passage, make_routes, resolve_source

REPO = Path(__file__).resolve().parents[2]
PDF = REPO / "corpus/kent-county-council/cabinet/2025-03-04/Cabinet Report 4 March 2025.pdf"
PACK = REPO / "corpus/warwickshire/cyp-osc/2019-06-18-agenda-pack.txt"
PASSAGE = ("Councillor Roodhouse proposed that the Committee form a Task and Finish Group comprised of "
           "Members of the Committee as well as young people to scrutinise in more detail the reasons "
           "behind the relatively high levels of self-harm reported in Warwickshire.")


@pytest.fixture(scope="module")
def served(tmp_path_factory, free_port):
    root = tmp_path_factory.mktemp("served")
    corpus = root / "corpus"
    (corpus / "kent").mkdir(parents=True)
    shutil.copy(PDF, corpus / "kent" / PDF.name)
    shutil.copy(PACK, corpus / PACK.name)
    (corpus / "page.html").write_text("<script>alert('x')</script><p>Resolved</p>")
    (corpus / "minutes.docx").write_bytes(b"PK\x03\x04 a Word document's bytes")
    (root / "secret.txt").write_text("not in the corpus")
    (corpus / "link.txt").symlink_to(root / "secret.txt")
    app = Starlette(routes=make_routes(Settings(corpus_dir=corpus)))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", corpus, root
    server.should_exit = True
    thread.join(timeout=10)


def get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def test_a_pdf_citation_link_serves_the_pdf_inline_for_the_browser_viewer(served):
    base, corpus, _ = served
    link = source_link(str(corpus / "kent" / PDF.name), page=3)
    assert link.endswith("#page=3")
    status, headers, body = get(base + link.split("#")[0])
    assert status == 200
    assert headers["content-type"] == "application/pdf"
    assert headers["content-disposition"].startswith("inline")
    assert body == PDF.read_bytes()


def test_a_text_citation_link_opens_the_source_with_the_passage_marked(served):
    base, corpus, _ = served
    link = source_link(str(corpus / PACK.name), None, PASSAGE)
    status, headers, body = get(base + link.split("#")[0])
    page = body.decode()
    assert status == 200 and headers["content-type"].startswith("text/html")
    marked = page.split('<mark id="passage">', 1)[1].split("</mark>", 1)[0]
    assert " ".join(marked.split()) == PASSAGE
    assert "Minutes of the meeting" in page            # the whole source, not only the passage


@pytest.mark.parametrize("path", ["../secret.txt", "{root}/secret.txt", "/etc/passwd", "link.txt",
                                  "kent/../../secret.txt", "missing.txt", ""])
def test_nothing_outside_the_corpus_is_served(served, path):
    base, corpus, root = served
    path = path.format(root=root)
    if path and not path.startswith("/") and not path.startswith("{"):
        path = str(corpus / path)
    for route in ("/source/file", "/source/view"):
        status, _, body = get(f"{base}{route}?path={urllib.request.quote(path)}")
        assert status == 404, (route, path)
        assert b"not in the corpus" not in body and b"root:" not in body


def test_an_html_source_is_shown_as_text_never_run(served):
    base, corpus, _ = served
    status, headers, body = get(f"{base}/source/file?path={urllib.request.quote(str(corpus / 'page.html'))}")
    assert status == 200 and headers["content-type"].startswith("text/plain")
    assert headers["x-content-type-options"] == "nosniff"


def test_a_word_source_is_offered_as_a_download_never_shown_as_text(served):
    base, corpus, _ = served
    link = source_link(str(corpus / "minutes.docx"), None, "RESOLVED: that the payments be approved.")
    status, headers, body = get(base + link)
    assert status == 200 and body == (corpus / "minutes.docx").read_bytes()
    assert headers["content-type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert headers["content-disposition"].startswith("attachment")
    status, _, _ = get(f"{base}/source/view?path={urllib.request.quote(str(corpus / 'minutes.docx'))}")
    assert status == 400


def test_relative_sources_resolve_against_the_working_directory(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("x")
    assert resolve_source("corpus/a.txt", Path("corpus"), cwd=tmp_path) == (corpus / "a.txt").resolve()
    assert resolve_source("corpus/../a.txt", Path("corpus"), cwd=tmp_path) is None


def test_the_passage_is_found_across_different_line_breaks():
    text = "Intro.\n\nThe Committee\nresolved that the report\nbe noted.\n\nNext item."
    start, end = find_passage(text, "The Committee resolved", "report be noted.")
    assert text[start:end] == "The Committee\nresolved that the report\nbe noted."
    assert find_passage(text, "Nothing like this", None) is None
