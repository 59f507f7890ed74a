"""This client with the prototype levers of `bench.levers` patched in (bench only).

`levers` picks which: "drain" (read the proxy's small redirect body so its connection is reused),
"stdlib" (httpx over keep-alive `http.client` connections per node; drains by itself), "direct"
(object GET/HEAD, and PUT of in-memory bodies, straight to the HRW owner, falling back to the
proxy on any non-2xx), "nocookies" (no cookie-jar pass per response), "lean" (one URL parse
per request). Nothing in the client imports fast_transport; this peer swaps the builder
`RequestClient` calls before the `Client` is made.
"""

from __future__ import annotations

from . import ours


def make(endpoint: str, levers: str = "drain,stdlib,direct,nocookies,lean") -> ours.Ours:
    import sys
    from pathlib import Path

    import aistore.sdk.request_client as request_client

    # workers run with bench/ on sys.path (peers is top-level there); levers lives beside it
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import levers as fast_transport

    chosen = {lever for lever in levers.split(",") if lever}

    def build(settings, limits=None):  # same signature as http_client.build_http_client
        return fast_transport.build_http_client(
            settings.endpoint,
            tls=settings.tls,
            timeout=settings.timeout,
            token=settings.token,
            limits=limits,
            stdlib="stdlib" in chosen,
            direct="direct" in chosen,
            drain="drain" in chosen,
            nocookies="nocookies" in chosen,
            lean="lean" in chosen,
        )

    request_client.build_http_client = build
    return ours.Ours(endpoint)
