"""Access: loopback by default, a warning when exposed without sign-in, sign-in with roles, the audit log."""
import json
import re
from pathlib import Path

import bcrypt
import pytest
import yaml
from streamlit.testing.v1 import AppTest

from core.settings import Settings
from ui.access import LOCAL_USER, User, audit, auth_mode, exposure_warning, is_loopback

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("address, loopback", [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.1.1", True),
    ("", False), ("0.0.0.0", False), ("::", False), ("192.168.1.20", False), ("scrutineer.council.example", False),
])
def test_which_addresses_keep_the_app_on_this_machine(address, loopback):
    assert is_loopback(address) is loopback


def test_the_app_binds_to_loopback_by_default():
    config = (REPO / ".streamlit" / "config.toml").read_text()
    assert re.search(r'^address = "127\.0\.0\.1"', config, re.MULTILINE)
    makefile = (REPO / "Makefile").read_text()
    assert "ADDRESS ?= 127.0.0.1" in makefile and "--server.address $(ADDRESS)" in makefile


def test_exposed_without_sign_in_warns_and_with_sign_in_does_not():
    assert exposure_warning(Settings(), "127.0.0.1") is None
    warning = exposure_warning(Settings(), "0.0.0.0")
    assert warning and "0.0.0.0" in warning and "SCRUTINEER_AUTH" in warning
    assert "every network interface" in exposure_warning(Settings(), "")
    assert exposure_warning(Settings(auth="password"), "0.0.0.0") is None
    assert auth_mode(Settings(auth="off")) is None and auth_mode(Settings(auth="1")) == "password"


def test_the_audit_log_is_one_json_line_per_event(tmp_path):
    s = Settings(index_dir=tmp_path / "idx")
    audit(s, User("ed", "Ed", frozenset({"editor"})), "upload", file="corpus/uploads/a.txt", status="ingested")
    audit(s, LOCAL_USER, "export", kind="decisions", rows=3)
    lines = [json.loads(x) for x in (tmp_path / "idx" / "audit.jsonl").read_text().splitlines()]
    assert [(x["user"], x["event"]) for x in lines] == [("ed", "upload"), ("local", "export")]
    assert lines[0]["file"] == "corpus/uploads/a.txt" and re.match(r"\d{4}-\d\d-\d\dT", lines[0]["time"])
    other = tmp_path / "elsewhere.jsonl"
    audit(Settings(audit_log=other), LOCAL_USER, "export", kind="library", rows=1)
    assert json.loads(other.read_text())["kind"] == "library"


@pytest.fixture
def credentials(tmp_path):
    hashed = bcrypt.hashpw(b"correct horse", bcrypt.gensalt(4)).decode()
    path = tmp_path / "credentials.yaml"
    path.write_text(yaml.safe_dump({
        "credentials": {"usernames": {
            "ed": {"name": "Ed Editor", "email": "ed@example.org", "password": hashed, "roles": ["editor"]},
            "rita": {"name": "Rita Reader", "email": "rita@example.org", "password": hashed, "roles": ["reader"]}}},
        "cookie": {"name": "scrutineer_test", "key": "a-long-random-key-for-the-test-only", "expiry_days": 1}}))
    return path


def signed_in_library(monkeypatch, credentials, username: str, password: str = "correct horse") -> AppTest:
    monkeypatch.setenv("SCRUTINEER_AUTH", "password")
    monkeypatch.setenv("SCRUTINEER_AUTH_FILE", str(credentials))
    at = AppTest.from_file(str(REPO / "ui" / "main.py"), default_timeout=180)
    at.run()
    assert not at.exception, at.exception
    assert not at.chat_input, "nothing of the app shows before sign-in"
    at.text_input[0].set_value(username)
    at.text_input[1].set_value(password)
    at.button[0].click().run()
    return at


def test_a_wrong_password_shows_nothing_of_the_papers(monkeypatch, credentials, tmp_path):
    monkeypatch.setenv("SCRUTINEER_INDEX", str(tmp_path / "no-index"))
    at = signed_in_library(monkeypatch, credentials, "ed", "wrong")
    assert at.error and "wrong" in at.error[0].value
    assert not at.chat_input


@pytest.mark.slow
def test_only_an_editor_may_upload_and_uploads_are_audited(app_env, monkeypatch, credentials, tmp_path):
    log = tmp_path / "audit.jsonl"
    monkeypatch.setenv("SCRUTINEER_AUDIT_LOG", str(log))
    reader = signed_in_library(monkeypatch, credentials, "rita")
    reader.switch_page("library.py").run()
    assert not reader.exception and not reader.file_uploader
    assert any("editor role" in c.value for c in reader.caption)

    editor = signed_in_library(monkeypatch, credentials, "ed")
    editor.switch_page("library.py").run()
    assert editor.file_uploader
    editor.file_uploader[0].set_value([("audit note.txt", b"Highways Committee\n\nResolved\n\nThat the audit "
                                        b"note be received.\n", "text/plain")]).run()
    editor.button(key="index_uploads").click().run()
    assert not editor.exception, editor.exception
    [record] = [json.loads(x) for x in log.read_text().splitlines()]
    assert record["user"] == "ed" and record["event"] == "upload" and record["file"].endswith("audit-note.txt")
