"""SessionManager at 1.9.2's module path: TLS and retry settings, and per-process sessions.

The client itself talks through httpx (see README); this class is for code that built its own
`requests` sessions from 1.9.2's manager. The TLS settings resolve exactly as the client's
(`aistore._core.config.resolve_tls`: argument, then `AIS_CLIENT_CA` / `AIS_CRT`+`AIS_CRT_KEY`).
"""

from __future__ import annotations

import os

from requests import Session
from requests.adapters import HTTPAdapter
from urllib3 import Retry

from aistore._core.config import resolve_tls
from aistore.sdk.const import HTTP, HTTPS

DEFAULT_RETRY = Retry(total=6, connect=3, backoff_factor=1)
"""1.9.2's default retry of a SessionManager."""


class SessionManager:
    """Holds retry and TLS settings and hands out one `requests.Session` per process.

    Args:
        retry: urllib3 Retry mounted on every session (default: total=6, connect=3,
            backoff_factor=1).
        ca_cert: CA bundle to verify the server with (default: `AIS_CLIENT_CA`, else system).
        skip_verify: do not verify the server's certificate.
        client_cert: client certificate PEM path, or a (cert, key) pair; default: `AIS_CRT` and
            `AIS_CRT_KEY` when both are set.
    """

    def __init__(
        self,
        retry: Retry = DEFAULT_RETRY,
        ca_cert: str | None = None,
        skip_verify: bool = False,
        client_cert: str | tuple[str, str] | None = None,
    ) -> None:
        self._retry = retry
        self._ca_cert = ca_cert
        self._skip_verify = skip_verify
        self._tls = resolve_tls(skip_verify=skip_verify, ca_cert=ca_cert, client_cert=client_cert)
        self._client_cert = self._tls.cert
        self._session_pool: dict[int, Session] = {os.getpid(): self._create_session()}

    @property
    def retry(self) -> Retry:
        """The retry configuration of the sessions."""
        return self._retry

    @property
    def ca_cert(self) -> str | None:
        """The CA certificate given, if any."""
        return self._ca_cert

    @property
    def client_cert(self) -> str | tuple[str, str] | None:
        """The client certificate used, if any."""
        return self._client_cert

    @property
    def skip_verify(self) -> bool:
        """Whether the sessions skip server certificate verification."""
        return self._skip_verify

    @property
    def session(self) -> Session:
        """This process's session (a forked child gets its own, never the parent's sockets)."""
        pid = os.getpid()
        if pid not in self._session_pool:
            self._session_pool[pid] = self._create_session()
        return self._session_pool[pid]

    def _create_session(self) -> Session:
        session = Session()
        session.cert = self._client_cert
        session.verify = self._tls.verify
        for prefix in (HTTP, HTTPS):
            session.mount(prefix, HTTPAdapter(max_retries=self._retry))
        return session
