"""Where a client's bearer token comes from, for jobs that outlive one token.

* **A file** (`token_file=` / `AIS_AUTHN_TOKEN_FILE`): read at first use and read again when
  the file changes (its inode, size or modification time; checked at most once a second), so a
  sidecar that rotates tokens by rewriting or replacing the file is followed without a restart.
* **AuthN credentials** (`AIS_AUTHN_URL`, `AIS_AUTHN_USERNAME`, `AIS_AUTHN_PASSWORD`): on a 401
  the client logs in once more and retries the call once (`renew`).
* **Never shown**: `scrub` replaces every token this source has handed out with `***` (AIS
  puts the whole rejected token into its 401 messages: "token expired: <token>").
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Mapping
from pathlib import Path

import httpx

ENV_TOKEN_FILE = "AIS_AUTHN_TOKEN_FILE"
ENV_AUTHN_URL = "AIS_AUTHN_URL"
ENV_AUTHN_USERNAME = "AIS_AUTHN_USERNAME"
ENV_AUTHN_PASSWORD = "AIS_AUTHN_PASSWORD"
FILE_CHECK_INTERVAL = 1.0
"""Seconds between looks at the token file (a `stat`)."""
_LOGIN_TIMEOUT = httpx.Timeout(30.0)


class TokenSource:
    """The current token: fixed, from a file (reread on change), or renewed through AuthN."""

    def __init__(
        self,
        token: str | None,
        token_file: str | None = None,
        credentials: tuple[str, str, str] | None = None,
    ) -> None:
        self._token = token or None
        self._file = Path(token_file) if token_file else None
        self._stamp: tuple[int, int, int] | None = None
        self._checked_at = float("-inf")
        self._credentials = credentials  # (AuthN URL, user, password)
        self._seen: set[str] = {token} if token else set()
        self._lock = threading.Lock()

    @classmethod
    def create(
        cls,
        token: str | None,
        token_file: str | None,
        *,
        renewable: bool = True,
        env: Mapping[str, str] | None = None,
    ) -> TokenSource:
        """`renewable`: AuthN credentials from the environment apply (a client of AuthN itself
        must not log in again on its own 401, e.g. a wrong password)."""
        env = os.environ if env is None else env
        token_file = token_file or env.get(ENV_TOKEN_FILE) or None
        url, user, password = (
            env.get(ENV_AUTHN_URL),
            env.get(ENV_AUTHN_USERNAME),
            env.get(ENV_AUTHN_PASSWORD),
        )
        credentials = (url, user, password) if renewable and url and user and password else None
        return cls(token, token_file, credentials)

    @property
    def can_renew(self) -> bool:
        return self._credentials is not None

    def current(self, now: float | None = None) -> str | None:
        """The token to send now (the file is looked at again at most once a second)."""
        if self._file is None:
            return self._token
        now = time.monotonic() if now is None else now
        if now - self._checked_at < FILE_CHECK_INTERVAL:
            return self._token
        with self._lock:
            self._checked_at = now
            try:
                stat = self._file.stat()
            except OSError as exc:
                raise ValueError(f"token file {str(self._file)!r} cannot be read: {exc}") from exc
            stamp = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
            if stamp != self._stamp:
                self._stamp = stamp
                self._remember(self._file.read_text().strip() or None)
        return self._token

    def renew(self) -> str | None:
        """Log in to AuthN again (after a 401); the new token, or None without credentials."""
        if self._credentials is None:
            return None
        from aistore_raw.authn.api.users import login
        from aistore_raw.authn.models import LoginMsg

        url, user, password = self._credentials
        kwargs = login.request_kwargs(user, body=LoginMsg(password=password))
        with httpx.Client(base_url=url, timeout=_LOGIN_TIMEOUT) as http:
            response = http.send(http.build_request(**kwargs))
        if response.status_code != 200:
            return None
        with self._lock:
            self._remember(str(response.json()["token"]))
        return self._token

    def _remember(self, token: str | None) -> None:
        self._token = token
        if token:
            self._seen.add(token)

    def scrub(self, text: str) -> str:
        """`text` with every token of this source replaced by `***`."""
        for token in self._seen:
            if token and token in text:
                text = text.replace(token, "***")
        return text

    def __repr__(self) -> str:
        source = "file" if self._file is not None else "fixed"
        return f"TokenSource({source}, renewable={self.can_renew})"
