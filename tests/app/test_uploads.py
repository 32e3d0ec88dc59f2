"""Uploads: names cannot escape corpus/uploads/, limits say what is wrong."""

import pytest

from ui.uploads import Upload, check_upload, safe_upload_name, save_upload


@pytest.mark.parametrize("given, safe", [
    ("../../etc/passwd", "passwd"),
    ("..\\..\\Windows\\win.ini", "win.ini"),
    ("/abs/path/Minutes (12 May).PDF", "Minutes-12-May.pdf"),
    ("café notes.txt", "cafe-notes.txt"),
    (".hidden.txt", "hidden.txt"),
    ("....pdf", "upload.pdf"),
    ("", "upload"),
])
def test_upload_names_become_a_safe_basename(given, safe):
    assert safe_upload_name(given) == safe


def test_a_saved_upload_lands_inside_the_uploads_folder(tmp_path):
    corpus = tmp_path / "corpus"
    path = save_upload(Upload("../../../outside.txt", b"hello"), corpus)
    assert path == (corpus / "uploads" / "outside.txt").resolve()
    assert path.read_bytes() == b"hello"
    assert not (tmp_path / "outside.txt").exists()


def test_a_different_file_with_the_same_name_does_not_overwrite(tmp_path):
    first = save_upload(Upload("minutes.txt", b"one"), tmp_path)
    again = save_upload(Upload("minutes.txt", b"one"), tmp_path)
    other = save_upload(Upload("minutes.txt", b"two"), tmp_path)
    assert first == again
    assert other.name == "minutes-2.txt" and first.read_bytes() == b"one"


@pytest.mark.parametrize("upload, message", [
    (Upload("tool.exe", b"MZ..."), ".exe files are not supported"),
    (Upload("empty.txt", b""), "the file is empty"),
    (Upload("fake.pdf", b"hello"), "not a PDF"),
    (Upload("image.txt", b"\x89PNG\x00\x00"), "not a text file"),
    (Upload("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"), "not a Word .docx file"),
    (Upload("big.txt", b"a" * (2 * 1024 * 1024 + 1)), "over the 2 MB limit"),
])
def test_bad_uploads_are_refused_with_a_reason(upload, message):
    problem = check_upload(upload, max_mb=2)
    assert problem is not None and message in problem and problem.startswith(upload.name)


def test_good_uploads_pass_the_checks():
    assert check_upload(Upload("minutes.txt", "Résolved: noted.".encode()), max_mb=2) is None
    assert check_upload(Upload("pack.PDF", b"%PDF-1.7\n..."), max_mb=2) is None
    # a .docx is a zip: its NUL bytes are not a text file's binary data
    assert check_upload(Upload("minutes.docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00"), max_mb=2) is None
