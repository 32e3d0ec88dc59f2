"""Who may use the app: optional sign-in (SCRUTINEER_AUTH), the editor role that may upload,
the audit log of uploads and exports, and whether the app is reachable beyond this machine.

Sign-in is a kept library's job: streamlit-authenticator with a credentials file
(SCRUTINEER_AUTH=password, SCRUTINEER_AUTH_FILE=credentials.yaml), or Streamlit's own OIDC
`st.login` where the council has an identity provider (SCRUTINEER_AUTH=oidc, set up in
.streamlit/secrets.toml). This module never stores passwords itself.
"""
from __future__ import annotations

import ipaddress
import json
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import streamlit as st

from core.settings import Settings

EDITOR = "editor"
AUTH_MODES = ("password", "oidc")


@dataclass(frozen=True)
class User:
    """The person using this session; `roles` decide what they may change."""

    username: str
    name: str = ""
    roles: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_editor(self) -> bool:
        return EDITOR in self.roles


# Without sign-in the app is one person's tool on their own machine: they may do everything.
LOCAL_USER = User("local", "", frozenset({EDITOR}))


def auth_mode(s: Settings) -> str | None:
    """'password', 'oidc', or None when sign-in is off (unset, 0, off, false, no)."""
    mode = (s.auth or "").strip().lower()
    if mode in ("", "0", "off", "false", "no", "none"):
        return None
    if mode in ("1", "on", "true", "yes"):
        return "password"
    return mode


def is_loopback(address: str | None) -> bool:
    """True when a server bound to `address` can be reached from this machine only.

    An empty address means every interface (Streamlit's default), so it is not loopback.
    """
    address = (address or "").strip().strip("[]")
    if address == "localhost":
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def bound_address() -> str:
    """The address the Streamlit server listens on ('' = every interface)."""
    try:
        return str(st.get_option("server.address") or "")
    except Exception:         # outside a Streamlit server: nothing is listening
        return "127.0.0.1"


def exposure_warning(s: Settings, address: str) -> str | None:
    """The first page's warning when anyone on the network can read every paper, else None."""
    if auth_mode(s) or is_loopback(address):
        return None
    where = f"address {address}" if address else "every network interface"
    return (f"This app listens on {where} without sign-in: anyone who can reach this machine can read "
            "every paper, export the registers and add papers. Bind it to 127.0.0.1 (the default of "
            "`make run`) or set SCRUTINEER_AUTH; see the README's “Access and what leaves the machine”.")


def audit_path(s: Settings) -> Path:
    return Path(s.audit_log) if s.audit_log else Path(s.index_dir) / "audit.jsonl"


def audit(s: Settings, user: User, event: str, **details) -> None:
    """Append one JSON line: when, who, what (upload, export) and its details."""
    record = {"time": datetime.now(timezone.utc).isoformat(timespec="seconds"), "user": user.username,
              "event": event, **details}
    path = audit_path(s)
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    # one write on an O_APPEND descriptor: lines from several sessions never interleave
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


def current_user() -> User:
    """The signed-in user of this session (LOCAL_USER when sign-in is off)."""
    return st.session_state.get("scrutineer_user", LOCAL_USER)


def sign_in(s: Settings) -> User | None:
    """Show the sign-in form when sign-in is on; the user once signed in, else None (the caller
    stops the page). A set-up problem is one st.error line naming the setting."""
    mode = auth_mode(s)
    if mode is None:
        user = LOCAL_USER
    elif mode == "password":
        user = _password_sign_in(s)
    elif mode == "oidc":
        user = _oidc_sign_in(s)
    else:
        st.error(f"SCRUTINEER_AUTH={s.auth!r} is not a sign-in mode: use one of {', '.join(AUTH_MODES)}, or unset it.")
        user = None
    if user is None:
        st.session_state.pop("scrutineer_user", None)
    else:
        st.session_state["scrutineer_user"] = user
    return user


def _credentials_file(s: Settings) -> Path | None:
    path = Path(s.auth_file) if s.auth_file else None
    if path is None or not path.is_file():
        st.error(f"Sign-in is on (SCRUTINEER_AUTH) but the credentials file "
                 f"{'SCRUTINEER_AUTH_FILE is not set' if path is None else f'{path} does not exist'}: "
                 "see the README's “Access and what leaves the machine” for its format.")
        return None
    return path


def _authenticator(path: str):
    import streamlit_authenticator as stauth

    # Built each run (it holds this browser's cookie manager); api_key stays unset, so the
    # library's optional e-mail and two-factor service is never called.
    return stauth.Authenticate(path, auto_hash=False)


def _password_sign_in(s: Settings) -> User | None:
    path = _credentials_file(s)
    if path is None:
        return None
    try:
        authenticator = _authenticator(str(path.resolve()))
    except Exception as e:                      # a malformed YAML, a missing cookie section
        st.error(f"{path}: cannot read the credentials file ({' '.join(str(e).split())[:200]})")
        return None
    if st.session_state.get("authentication_status"):
        with st.sidebar:
            authenticator.logout("Sign out", location="sidebar", key="sign_out")
    else:
        st.title("Scrutineer")
        authenticator.login(location="main", key="sign_in",
                            fields={"Form name": "Sign in", "Username": "Username", "Password": "Password",
                                    "Login": "Sign in"})
        status = st.session_state.get("authentication_status")
        if status is False:
            st.error("The username or password is wrong.")
        if not status:
            return None
    username = st.session_state.get("username") or ""
    return User(username, st.session_state.get("name") or username, frozenset(st.session_state.get("roles") or ()))


def _oidc_sign_in(s: Settings) -> User | None:
    if not st.user.is_logged_in:
        st.title("Scrutineer")
        st.button("Sign in", icon=":material/login:", on_click=st.login, type="primary", key="sign_in")
        return None
    with st.sidebar:
        st.button("Sign out", on_click=st.logout, key="sign_out")
    email = str(st.user.get("email") or st.user.get("sub") or "")
    editors = _oidc_editors(s)
    return User(email, str(st.user.get("name") or email), frozenset({EDITOR}) if email.lower() in editors else frozenset())


def _oidc_editors(s: Settings) -> set[str]:
    """E-mail addresses with the editor role: the `editors:` list of SCRUTINEER_AUTH_FILE, if set."""
    if not s.auth_file or not Path(s.auth_file).is_file():
        return set()
    import yaml

    data = yaml.safe_load(Path(s.auth_file).read_text(encoding="utf-8")) or {}
    return {str(e).lower() for e in data.get("editors", [])}
