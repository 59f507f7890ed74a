"""Builds the one httpx client a `Client` uses (pool, TLS, timeouts, AIS transport)."""

from __future__ import annotations

import httpx

from aistore._core.config import TLSSettings, default_limits
from aistore._core.transport import AISTransport
from aistore.version import __version__

USER_AGENT = f"aistore-client-python/{__version__}"


def auth_headers(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"} if token else {}


def build_http_client(
    base_url: str,
    *,
    tls: TLSSettings,
    timeout: httpx.Timeout,
    token: str | None = None,
    limits: httpx.Limits | None = None,
) -> httpx.Client:
    """An httpx client whose transport follows AIS redirects; it never follows them itself."""
    inner = httpx.HTTPTransport(
        verify=tls.httpx_verify(),
        limits=limits or default_limits(),
        retries=0,  # retries are ours (aistore._core.retry), counted per request
    )
    return httpx.Client(
        base_url=base_url,
        transport=AISTransport(inner),
        timeout=timeout,
        headers={"User-Agent": USER_AGENT, **auth_headers(token)},
        follow_redirects=False,
    )
