"""ClientSettings: validation, environment, token masking, pickling, the test transport seam."""

from __future__ import annotations

import pickle

import httpx
import pytest
from urllib3.util import Retry

from aistore._core.settings import ClientSettings
from aistore.sdk.client import Client
from aistore.sdk.request_client import RequestClient


@pytest.mark.parametrize("endpoint", ["", "   ", "localhost:8080", "ftp://x", None, 8080])
def test_bad_endpoint_is_named_before_any_request(endpoint: object) -> None:
    with pytest.raises(ValueError, match="endpoint"):
        ClientSettings.create(endpoint, env={})  # type: ignore[arg-type]


def test_bad_timeout_and_retry_are_refused() -> None:
    with pytest.raises(TypeError, match="timeout"):
        ClientSettings.create("http://ais", timeout="5", env={})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="retry"):
        ClientSettings.create("http://ais", retry=3, env={})  # type: ignore[arg-type]


def test_environment_fills_what_the_arguments_leave_out() -> None:
    env = {
        "AIS_AUTHN_TOKEN": "env-token",
        "AIS_CLIENT_CA": "/ca.pem",
        "AIS_CRT": "/c.pem",
        "AIS_CRT_KEY": "/k.pem",
        "AIS_DIRECT_READS": "0",
    }
    s = ClientSettings.create("https://ais:8080/", env=env)
    assert s.endpoint == "https://ais:8080" and s.base_url == "https://ais:8080/v1"
    assert s.token == "env-token"
    assert s.tls.verify == "/ca.pem" and s.tls.cert == ("/c.pem", "/k.pem")
    assert s.direct_reads is False
    given = ClientSettings.create("https://ais", token="arg", ca_cert="/mine.pem", env=env)
    assert given.token == "arg" and given.tls.verify == "/mine.pem"
    assert ClientSettings.create("https://ais", skip_verify=True, env=env).tls.verify is False


def test_repr_masks_the_token() -> None:
    s = ClientSettings.create("http://ais", token="secret-token", env={})
    assert "secret-token" not in repr(s) and "***" in repr(s)
    assert "secret-token" not in repr(RequestClient(s))


def test_pickling_keeps_settings_and_drops_the_test_transport() -> None:
    retry = Retry(total=2)
    s = ClientSettings.create(
        "http://ais",
        token="t",
        timeout=(1.0, 2.0),
        retry=retry,
        transport=httpx.MockTransport(lambda r: httpx.Response(200)),
        env={},
    )
    back = pickle.loads(pickle.dumps(s))
    assert back.transport is None
    assert (back.endpoint, back.token, back.timeout) == (s.endpoint, s.token, s.timeout)
    assert back.retry is not None and back.retry.total == 2
    rc = pickle.loads(pickle.dumps(RequestClient(s.with_token("renewed"))))
    assert rc.token == "renewed" and rc.http.headers["Authorization"] == "Bearer renewed"


def test_transport_replaces_the_socket_layer_only() -> None:
    """Redirects are still followed by the AIS layer above the given transport."""
    seen: list[str] = []

    def fake(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.host == "proxy":
            return httpx.Response(307, headers={"Location": "http://target:9/v1/cluster"})
        return httpx.Response(200, json={"ok": True})

    settings = ClientSettings.create(
        "http://proxy:8080", transport=httpx.MockTransport(fake), env={}
    )
    client = Client.from_settings(settings)
    response = client.request_client.http.get("/v1/cluster")
    assert response.json() == {"ok": True}
    assert seen == ["http://proxy:8080/v1/cluster", "http://target:9/v1/cluster"]


def test_token_change_updates_settings_and_header() -> None:
    rc = RequestClient(ClientSettings.create("http://ais", env={}))
    assert "Authorization" not in rc.http.headers
    rc.token = "new"
    assert rc.settings.token == "new" and rc.http.headers["Authorization"] == "Bearer new"
    rc.token = ""
    assert rc.token is None and "Authorization" not in rc.http.headers
