"""The bad-input table: every bad file, option, question and batch line a user can meet, run
through the real command (`scrutineer.cli.main`, in this process so the model loads once)
against a small real index built once for the module. Each row must end with the exit code
it states, one line naming the file (or stdin line) and the reason, no traceback, and an index
that still answers."""
from __future__ import annotations

import errno
import io
import json
import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from scrutineer import cli
from tests.ingest import pages as pdfs   # build_pdf and friends, shared with tests/ingest

pytestmark = pytest.mark.slow   # the index needs the embedding model


LIBRARY = """Library Committee

12 March 2024

Minutes

3. Mobile library service

RESOLVED that the mobile library service continue to visit every village weekly until March 2026.
"""
PARKS = """Parks Committee

4 June 2024

Minutes

5. Tree planting

RESOLVED that two hundred oak trees be planted in Riverside Park this winter.
"""
CHECK_QUESTION = "What did the committee resolve about the mobile library?"
GOOD_QUESTION = "What was resolved about tree planting?"


@dataclass
class Case:
    """One row: `make(folder)` builds the input and returns (argv, stdin bytes or None)."""
    make: Callable[[Path], tuple[list[str], bytes | None]]
    code: int                       # expected exit code
    says: list[str]                 # every one of these is in the one line that explains it
    stream: str = "stderr"          # where that line is: stderr, or stdout (ingest's per-file lines)
    env: dict[str, str] = field(default_factory=dict)
    stdout_json: list[str] | None = None   # batch: each output line is "answer" or "error"
    ingested: int | None = None     # ingest: the summary's "ingested N"
    simulate: Callable | None = None   # a failure the file system gives only to non-root users


def ingest_file(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], tuple[list[str], None]]:
    def make(folder: Path):
        (folder / name).write_bytes(data() if callable(data) else data)
        return ["ingest", str(folder)], None
    return make


def ingest_with(build: Callable[[Path], None]) -> Callable[[Path], tuple[list[str], None]]:
    def make(folder: Path):
        build(folder)
        return ["ingest", str(folder)], None
    return make


def ask(*argv: str) -> Callable[[Path], tuple[list[str], None]]:
    return lambda folder: (["ask", *argv], None)


def batch(*lines: bytes) -> Callable[[Path], tuple[list[str], bytes]]:
    return lambda folder: (["ask", "--json", "-"], b"\n".join(lines) + b"\n")


def good_line() -> bytes:
    return json.dumps({"question": GOOD_QUESTION}).encode()


# -- builders for the file cases ---------------------------------------------------------------
def sidecar(meta: str) -> Callable[[Path], None]:
    def build(folder: Path):
        (folder / "minutes.txt").write_text(LIBRARY)
        (folder / "minutes.txt.meta.json").write_text(meta)
    return build


def manifest(text: str) -> Callable[[Path], None]:
    def build(folder: Path):
        (folder / "minutes.txt").write_text(LIBRARY)
        (folder / "manifest.csv").write_text(text)
    return build


def fifo(folder: Path):
    os.mkfifo(folder / "pipe.txt")


def link(name: str, target: str) -> Callable[[Path], None]:
    return lambda folder: (folder / name).symlink_to(target)


def link_up(folder: Path):
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)


def locked_folder(folder: Path):
    (folder / "locked").mkdir()
    (folder / "locked" / "secret.txt").write_text(LIBRARY)
    (folder / "locked").chmod(0)


def refuse_locked(monkeypatch):
    """Root reads any folder: refuse "locked" as the file system refuses other users."""
    real = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)


def template_register(folder: Path):
    pages = [[f"Application {1000 + n} approved under delegated powers", f"Site reference PL/{2000 + n}"]
             for n in range(1, 61)]
    (folder / "register.pdf").write_bytes(pdfs.build_pdf(pages, header="Delegated decisions register",
                                                         footer="Page {n} of {total}"))


def index_is_a_file(folder: Path):
    (folder / "index-file").write_text("not an index")
    return ["ask", "anything", "--index", str(folder / "index-file")], None


def missing_index(folder: Path):
    return ["ask", "anything", "--index", str(folder / "no-index-here")], None


CASES: dict[str, Case] = {
    # ---- files -------------------------------------------------------------------------------
    "empty file": Case(ingest_file("empty.txt", b""), 1, ["empty.txt", "empty file"], "stdout"),
    "binary garbage named .pdf": Case(ingest_file("garbage.pdf", os.urandom(4000)), 1,
                                      ["garbage.pdf", "corrupt PDF: not a PDF file"], "stdout"),
    "truncated PDF": Case(ingest_file("cut.pdf", lambda: pdfs.build_pdf([["Some text"]])[:300]), 1,
                          ["cut.pdf", "corrupt PDF"], "stdout"),
    "encrypted PDF": Case(ingest_file("locked.pdf", pdfs.build_password_pdf), 1,
                          ["locked.pdf", "encrypted PDF: needs a password"], "stdout"),
    "PDF with no text layer": Case(ingest_file("scan.pdf", pdfs.build_image_only_pdf), 1,
                                   ["scan.pdf", "no text layer: needs OCR"], "stdout"),
    "unsupported suffix": Case(ingest_file("budget.xlsx", b"PK\x03\x04 a spreadsheet"), 1,
                               ["budget.xlsx", "unsupported file type .xlsx"], "stdout"),
    "damaged Word document": Case(ingest_file("report.docx", b"PK\x03\x04 a word document cut short"), 1,
                                  ["report.docx", "corrupt Word document"], "stdout"),
    "old Word .doc named .docx": Case(ingest_file("report.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
                                      1, ["report.docx", "an old Word .doc file"], "stdout"),
    # Word keeps a password-protected .docx in a compound file's "EncryptedPackage" stream (a stand-in
    # holding that stream's name: no library here writes a real encrypted .docx)
    "Word document with a password": Case(ingest_file("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
                                                      + "EncryptedPackage".encode("utf-16-le")),
                                          1, ["locked.docx", "password-protected Word document"], "stdout"),
    "undecodable text": Case(ingest_file("odd.txt", b"Minutes \x81\x8d\x8f\x90 here"), 1,
                             ["odd.txt", "undecodable text"], "stdout"),
    "missing path": Case(lambda folder: (["ingest", str(folder / "nowhere")], None), 1,
                         ["nowhere", "no such file or folder"], "stdout"),
    "sidecar that is not JSON": Case(ingest_with(sidecar("{committee: Library")), 1,
                                     ["minutes.txt.meta.json", "not valid JSON"], "stdout"),
    "sidecar with a bad date": Case(ingest_with(sidecar('{"meeting_date": "12/03/2024"}')), 1,
                                    ["minutes.txt.meta.json", "meeting_date '12/03/2024' is not a date"], "stdout"),
    "manifest row with an unquoted comma": Case(
        ingest_with(manifest("file,committee,meeting_date\nminutes.txt,Library, Arts,2024-03-12\n")), 1,
        ["manifest.csv line 2", "4 fields but the header has 3"], "stdout"),
    "manifest with an unknown column": Case(ingest_with(manifest("file,comittee\nminutes.txt,Library\n")), 1,
                                            ["manifest.csv", "unknown column 'comittee'"], "stdout"),
    "named pipe called pipe.txt": Case(ingest_with(fifo), 1, ["pipe.txt", "a named pipe"], "stdout"),
    "link to /etc/passwd": Case(ingest_with(link("passwd.txt", "/etc/passwd")), 1,
                                ["passwd.txt", "outside the folders given"], "stdout"),
    "link to /dev/zero": Case(ingest_with(link("zero.txt", "/dev/zero")), 1,
                              ["zero.txt", "outside the folders given"], "stdout"),
    "/dev/zero named": Case(lambda folder: (["ingest", "/dev/zero"], None), 1,
                            ["/dev/zero", "not a regular file (a device)"], "stdout"),
    "link to itself": Case(ingest_with(link("loop.txt", "loop.txt")), 1, ["loop.txt", "a link loop"], "stdout"),
    "link to a folder above": Case(ingest_with(link_up), 1, ["up", "a link loop"], "stdout"),
    "unreadable subfolder": Case(ingest_with(locked_folder), 1, ["locked", "cannot read folder: Permission denied"],
                                 "stdout", simulate=refuse_locked),
    "file over the size cap": Case(ingest_file("huge.txt", b"word " * 300_000), 1,
                                   ["huge.txt", "too large", "SCRUTINEER_MAX_FILE_MB"], "stdout",
                                   env={"SCRUTINEER_MAX_FILE_MB": "1"}),
    "size cap that is not a number": Case(ask("anything"), 1, ["SCRUTINEER_MAX_FILE_MB", "not a whole number"],
                                          env={"SCRUTINEER_MAX_FILE_MB": "lots"}),
    "newline in a file name": Case(ingest_file("two\nlines.txt", b""), 1, ["two\\nlines.txt", "empty file"], "stdout"),
    "name starting with two dots": Case(ingest_file("..dots.txt", PARKS.encode()), 0, [], ingested=1),
    "a 4,000-word single line": Case(
        ingest_file("line.txt", ("Parks Committee\n\n" + " ".join(["trees planted in parks"] * 1000)).encode()),
        0, [], ingested=1),
    "pages that share a template": Case(ingest_with(template_register), 0, [], ingested=1),
    "--index naming a file": Case(index_is_a_file, 1, ["index-file", "is a file, not an index folder"]),
    "ask on a missing index": Case(missing_index, 2, ["no-index-here", "scrutineer ingest"]),
    # ---- options and questions ---------------------------------------------------------------
    "empty question": Case(ask(""), 1, ["the question is empty"]),
    "blank question": Case(ask("   "), 1, ["the question is empty"]),
    "--from after --to": Case(ask("anything", "--from", "2024-05-01", "--to", "2024-01-01"), 1,
                              ["--from 2024-05-01 is after --to 2024-01-01"]),
    "bad date format": Case(ask("anything", "--from", "12/03/2024"), 2, ["--from", "not a date in the form YYYY-MM-DD"]),
    "date that does not exist": Case(ask("anything", "--to", "2024-02-30"), 2, ["--to", "not a real date"]),
    "unknown --type": Case(ask("anything", "--type", "memo"), 2, ["--type", "invalid choice: 'memo'"]),
    "-k 0": Case(ask("anything", "-k", "0"), 2, ["-k", "0 is out of range: passages must be from 1 to 200"]),
    "-k -3": Case(ask("anything", "-k", "-3"), 2, ["-k", "-3 is out of range"]),
    "-k 2000": Case(ask("anything", "-k", "2000"), 2, ["-k", "2000 is out of range"]),
    "-k not a number": Case(ask("anything", "-k", "many"), 2, ["-k", "'many' is not a whole number"]),
    "lone surrogate in the question": Case(ask("What about tree planting \ud800?"), 0,
                                           ["undecodable characters", "replaced"]),
    # ---- batch lines: the bad line gets its error, the lines after it are answered ----------
    "batch: invalid UTF-8": Case(batch(b"What about tree \xff\xfe planting?", good_line()), 0,
                                 ["stdin line 1", "not valid UTF-8"], stdout_json=["answer", "answer"]),
    "batch: lone surrogate in JSON": Case(batch(b'{"question": "tree planting \\ud800?"}', good_line()), 0, [],
                                          stdout_json=["answer", "answer"]),
    "batch: question is a number": Case(batch(b'{"question": 5}', good_line()), 1,
                                        ["stdin line 1", '"question" must be a string, not int'],
                                        stdout_json=["error", "answer"]),
    "batch: question is a list": Case(batch(good_line(), b'{"question": ["a", "b"]}', good_line()), 1,
                                      ["stdin line 2", "not list"], stdout_json=["answer", "error", "answer"]),
    "batch: question is null": Case(batch(b'{"question": null}', good_line()), 1,
                                    ["stdin line 1", "not null"], stdout_json=["error", "answer"]),
    "batch: no question": Case(batch(b'{"history": []}', good_line()), 1, ["stdin line 1", "not null"],
                               stdout_json=["error", "answer"]),
    "batch: empty question": Case(batch(b'{"question": "  "}', good_line()), 1,
                                  ["stdin line 1", "the question is empty"], stdout_json=["error", "answer"]),
    "batch: not JSON": Case(batch(b"{not json", good_line()), 1, ["stdin line 1", "not valid JSON"],
                            stdout_json=["error", "answer"]),
    "batch: history not a list": Case(batch(b'{"question": "trees?", "history": "yes"}', good_line()), 1,
                                      ["stdin line 1", "history must be a list"], stdout_json=["error", "answer"]),
    "batch: history turn without content": Case(
        batch(b'{"question": "trees?", "history": [{"role": "user"}]}', good_line()), 1,
        ["stdin line 1", "each history turn needs"], stdout_json=["error", "answer"]),
}


@pytest.fixture(scope="module")
def tiny_index(tmp_path_factory, embedder):
    """A real index of two tiny papers, built once through the real command."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("store.embedder.Embedder", lambda *a, **k: embedder)
        papers = tmp_path_factory.mktemp("papers")
        (papers / "library.txt").write_text(LIBRARY)
        (papers / "parks.txt").write_text(PARKS)
        index = tmp_path_factory.mktemp("index") / ".scrutineer"
        assert cli.main(["ingest", str(papers), "--index", str(index)]) == 0
        yield index


def run_cli(argv: list[str], stdin: bytes | None, capsys, timeout: float = 300) -> tuple[int, str, str]:
    """main(argv) in a thread, so a hang (a named pipe opened for reading) fails the row."""
    result: dict = {}
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")

    def target():
        try:
            result["code"] = cli.main(argv)
        except SystemExit as e:   # argparse's usage errors
            result["code"] = e.code
        except BaseException as e:   # a traceback: the row fails below
            result["error"] = e

    try:
        worker = threading.Thread(target=target, daemon=True)
        worker.start()
        worker.join(timeout)
        assert not worker.is_alive(), f"{argv} still running after {timeout:.0f} s"
    finally:
        sys.stdin = saved
    out, err = capsys.readouterr()
    if "error" in result:
        raise AssertionError(f"{argv} raised instead of reporting") from result["error"]
    return result["code"], out, err


def chunk_count(index: Path) -> int:
    from service.engine import Scrutineer
    from core.settings import Settings

    return len(Scrutineer(Settings(index_dir=index)).index.chunks())


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_gets_one_clear_line_and_the_index_still_answers(name, tiny_index, embedder, tmp_path,
                                                                   monkeypatch, capsys):
    case = CASES[name]
    monkeypatch.setattr("store.embedder.Embedder", lambda *a, **k: embedder)
    monkeypatch.setenv("SCRUTINEER_INDEX", str(tiny_index))
    folder = tmp_path / "input"
    folder.mkdir()
    argv, stdin = case.make(folder)
    before = chunk_count(tiny_index)

    started = time.perf_counter()
    with monkeypatch.context() as mp:
        for key, value in case.env.items():
            mp.setenv(key, value)
        if case.simulate is not None and os.geteuid() == 0:
            case.simulate(mp)
        try:
            code, out, err = run_cli(argv, stdin, capsys)
        finally:
            for locked in folder.rglob("locked"):
                locked.chmod(0o755)
    with capsys.disabled():
        print(f"\n{name}: exit {code} in {time.perf_counter() - started:.1f} s")

    assert "Traceback" not in out + err
    assert code == case.code, (out, err)
    if case.says:
        lines = (err if case.stream == "stderr" else out).splitlines()
        explaining = [line for line in lines if all(s in line for s in case.says)]
        assert len(explaining) == 1, lines
        if case.stream == "stdout":
            assert err == "", err   # ingest reports its files on stdout; nothing else is wrong
        else:
            assert len(err.splitlines()) == 1, err
    if case.ingested is not None:
        assert out.splitlines()[0].startswith(f"ingested {case.ingested}, "), out
    if case.stdout_json is not None:
        rows = [json.loads(line) for line in out.splitlines()]
        assert ["error" if "error" in row else "answer" for row in rows] == case.stdout_json, rows
        for n, row in enumerate(rows, 1):
            if "error" in row:
                assert row["error"].startswith(f"line {n}: ") and "question" in row
            else:
                assert isinstance(row["answer"], str) and row["citations"]

    # nothing already indexed is lost, and the index answers
    assert chunk_count(tiny_index) >= before
    code, out, err = run_cli(["ask", "--json", CHECK_QUESTION], None, capsys)
    assert code == 0, err
    answer = json.loads(out)
    assert answer["answered"] and any("mobile library service" in c["text"] for c in answer["citations"])


def test_the_table_has_thirty_rows_or_more():
    assert len(CASES) >= 30
