"""Readiness probes used while a local cluster starts (each answers falsy until ready).

`verify` is httpx's: True (system CAs), False, or an `ssl.SSLContext` carrying the
cluster's CA and, for mTLS, the client certificate (see `tls_context`).
"""

from __future__ import annotations

import ssl
from typing import Any

import httpx

_TIMEOUT = httpx.Timeout(2.0)

Verify = bool | ssl.SSLContext


def tls_context(ca_cert: str, client_cert: tuple[str, str] | None = None) -> ssl.SSLContext:
    """A client context trusting `ca_cert` and presenting `client_cert` (cert, key) if given."""
    ctx = ssl.create_default_context(cafile=ca_cert)
    if client_cert is not None:
        ctx.load_cert_chain(certfile=client_cert[0], keyfile=client_cert[1])
    return ctx


def primary_ready(endpoint: str, verify: Verify = True) -> bool:
    """`GET /v1/health?prr=true`: 200 only once the primary proxy is ready."""
    try:
        response = httpx.get(
            f"{endpoint}/v1/health", params={"prr": "true"}, timeout=_TIMEOUT, verify=verify
        )
    except httpx.HTTPError:
        return False
    return response.status_code == 200


def smap(endpoint: str, token: str | None = None, verify: Verify = True) -> dict[str, Any] | None:
    """The cluster map as the primary sees it, or None while it cannot answer."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        response = httpx.get(
            f"{endpoint}/v1/daemon",
            params={"what": "smap"},
            headers=headers,
            timeout=_TIMEOUT,
            verify=verify,
        )
    except httpx.HTTPError:
        return None
    if response.status_code != 200:
        return None
    result: dict[str, Any] = response.json()
    return result


def login(authn_endpoint: str, user: str, password: str) -> str | None:
    """Log in to AuthN; the token, or None while AuthN is not up yet."""
    try:
        response = httpx.post(
            f"{authn_endpoint}/v1/users/{user}", json={"password": password}, timeout=_TIMEOUT
        )
    except httpx.HTTPError:
        return None
    if response.status_code != 200:
        return None
    token: str = response.json()["token"]
    return token
