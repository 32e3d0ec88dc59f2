"""ingest/pipeline.py walk and read: only regular files inside the folders given, within the size
cap, read once; every path that is passed over for a reason is reported on its own."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from core.errors import UnreadableDocument
from core.settings import Settings
from ingest import pipeline

PAPER = "Audit Committee\n\n5 March 2024\n\nMinutes\n\nThe committee noted the report.\n"


def walked(*paths, **settings) -> tuple[list[str], dict[str, str]]:
    files, problems = pipeline.walk(list(paths), Settings(**settings))
    return [Path(f).name for f in files], {Path(p).name: reason for p, reason in problems}


@pytest.fixture
def folder(tmp_path) -> Path:
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "minutes.txt").write_text(PAPER)
    return papers


def test_a_named_pipe_is_reported_not_opened(folder):
    os.mkfifo(folder / "pipe.txt")   # opening it for reading would wait for a writer for ever
    files, problems = walked(folder)
    assert files == ["minutes.txt"]
    assert problems == {"pipe.txt": "not a regular file (a named pipe); not read"}
    with pytest.raises(UnreadableDocument, match="a named pipe"):
        pipeline.read_bytes(folder / "pipe.txt")


def test_links_out_of_the_folders_given_are_not_followed(folder):
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "zero.txt").symlink_to("/dev/zero")
    files, problems = walked(folder)
    assert files == ["minutes.txt"]
    assert set(problems) == {"passwd.txt", "zero.txt"}
    assert all("outside the folders given; not followed" in reason for reason in problems.values())


def test_a_link_inside_the_folders_given_is_followed_once(folder):
    (folder / "sub").mkdir()
    (folder / "sub" / "report.txt").write_text(PAPER)
    (folder / "again.txt").symlink_to(folder / "sub" / "report.txt")
    (folder / "same-folder").symlink_to(folder / "sub")
    files, problems = walked(folder)
    assert sorted(files) == ["again.txt", "minutes.txt"] and problems == {}


def test_a_device_named_on_the_command_line_is_refused():
    files, problems = walked("/dev/zero")
    assert files == [] and problems == {"zero": "not a regular file (a device); not read"}


def test_link_loops_are_reported_per_path_and_the_rest_is_walked(folder):
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)
    (folder / "sub" / "report.txt").write_text(PAPER)
    files, problems = walked(folder)
    assert files == ["minutes.txt", "report.txt"]
    assert problems["loop.txt"].startswith("a link loop")
    assert problems["up"].startswith("a link loop")


def test_an_unreadable_subfolder_is_reported(folder, monkeypatch):
    locked = folder / "locked"
    locked.mkdir()
    (locked / "secret.txt").write_text(PAPER)
    if os.geteuid() == 0:   # root reads any folder: simulate the refusal the file system gives others
        real_scandir = os.scandir

        def scandir(path):
            if Path(path) == locked:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        locked.chmod(0)
    try:
        files, problems = walked(folder)
    finally:
        locked.chmod(0o755)
    assert files == ["minutes.txt"]
    assert problems == {"locked": "cannot read folder: Permission denied"}


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(folder):
    (folder / "huge.txt").write_bytes(b"word " * 300_000)   # 1.5 MB
    files, problems = walked(folder, max_file_mb=1)
    assert files == ["minutes.txt"]
    assert problems["huge.txt"].startswith("too large: 1.4 MB, over the 1 MB limit")
    with pytest.raises(UnreadableDocument, match="too large"):
        pipeline.read_bytes(folder / "huge.txt", Settings(max_file_mb=1))


def test_the_size_cap_is_a_setting_from_the_environment(monkeypatch):
    monkeypatch.setenv("SCRUTINEER_MAX_FILE_MB", "7")
    assert Settings.from_env().max_file_mb == 7


def test_dot_files_are_passed_over_but_a_name_starting_with_two_dots_is_read(folder):
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    (folder / "._minutes.txt").write_bytes(b"\x00\x05\x16\x07")
    (folder / "..dots.txt").write_text(PAPER)
    files, problems = walked(folder)
    assert files == ["..dots.txt", "minutes.txt"] and problems == {}


def test_read_uses_the_bytes_already_read(folder):
    path = folder / "minutes.txt"
    data = pipeline.read_bytes(path)
    path.unlink()   # nothing is read again: the bytes hashed are the bytes parsed
    source = pipeline.read(path, data=data)
    assert "The committee noted the report." in source.pages[0].text


def test_a_folders_readme_and_licence_are_not_papers_unless_named(folder):
    (folder / "README.md").write_text("# Sample papers\n\nWhat each file is.\n")
    (folder / "LICENSE").write_text("MIT\n")
    (folder / "readme-of-the-clerk.txt").write_text(PAPER)     # only the exact names are notes
    files, problems = walked(folder)
    assert files == ["minutes.txt", "readme-of-the-clerk.txt"] and problems == {}
    assert walked(folder / "README.md")[0] == ["README.md"]
