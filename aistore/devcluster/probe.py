"""Readiness probes used while a local cluster starts (each answers falsy until ready).

`verify` is httpx's: True (system CAs), False, or an `ssl.SSLContext` carrying the
cluster's CA and, for mTLS, the client certificate (see `tls_context`).
"""

from __future__ import annotations

import ssl
from typing import Any

import httpx
from aistore_raw.ais.api.health import get_health
from aistore_raw.ais.api.node import get_daemon_info
from aistore_raw.authn.api.users import login as authn_login
from aistore_raw.authn.models import LoginMsg

_TIMEOUT = httpx.Timeout(2.0)

Verify = bool | ssl.SSLContext


def tls_context(ca_cert: str, client_cert: tuple[str, str] | None = None) -> ssl.SSLContext:
    """A client context trusting `ca_cert` and presenting `client_cert` (cert, key) if given."""
    ctx = ssl.create_default_context(cafile=ca_cert)
    if client_cert is not None:
        ctx.load_cert_chain(certfile=client_cert[0], keyfile=client_cert[1])
    return ctx


def _send(
    base_url: str, kwargs: dict[str, Any], verify: Verify, headers: dict[str, str] | None = None
) -> httpx.Response | None:
    """Send one generated operation's request; None when nothing answered."""
    try:
        with httpx.Client(base_url=base_url, timeout=_TIMEOUT, verify=verify) as client:
            request = client.build_request(**kwargs)
            request.headers.update(headers or {})
            return client.send(request)
    except httpx.HTTPError:
        return None


def primary_ready(endpoint: str, verify: Verify = True) -> bool:
    """Health with `prr=true`: 200 only once the primary proxy is ready."""
    response = _send(endpoint, get_health.request_kwargs(prr=True), verify)
    return response is not None and response.status_code == 200


def node_healthy(url: str, verify: Verify = True) -> bool:
    """Plain health of one node (a target answers 200 once it runs)."""
    response = _send(url, get_health.request_kwargs(), verify)
    return response is not None and response.status_code == 200


def smap(endpoint: str, token: str | None = None, verify: Verify = True) -> dict[str, Any] | None:
    """The cluster map as the primary sees it, or None while it cannot answer."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = _send(endpoint, get_daemon_info.request_kwargs(what="smap"), verify, headers)
    if response is None or response.status_code != 200:
        return None
    result: dict[str, Any] = response.json()
    return result


def login(authn_endpoint: str, user: str, password: str) -> str | None:
    """Log in to AuthN; the token, or None while AuthN is not up yet."""
    kwargs = authn_login.request_kwargs(user, body=LoginMsg(password=password))
    response = _send(authn_endpoint, kwargs, True)
    if response is None or response.status_code != 200:
        return None
    token: str = response.json()["token"]
    return token
