"""The client against HTTPS clusters: CA verification, skip_verify, env variables, mTLS.

Both clusters are local (`tls_cluster`, `mtls_cluster` from aistore.devcluster.pytest_plugin)
with a throwaway CA; the tests skip when AIS_ENDPOINT points at another cluster.
"""

from __future__ import annotations

import contextlib
import ssl
import uuid
from collections.abc import Iterator

import pytest
import requests.exceptions
from urllib3.util import Retry

from aistore.devcluster.launcher import LocalCluster
from aistore.sdk.client import Client
from aistore.sdk.errors import AISConnectionError, AISSSLError, ErrBckNotFound

pytestmark = pytest.mark.live

# a refused handshake is retried like any connection failure (HEAD: up to 5 times with
# backoff, ~15 s); the refusal tests need only the first answer
NO_RETRY = Retry(total=0)


def _name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def _round_trip(client: Client) -> None:
    """Create a bucket, put two objects, read one back, list them, destroy the bucket.

    PUT and GET go to the proxy and are redirected (307) to the target's HTTPS port.
    """
    bucket = client.bucket(_name("tls")).create()
    try:
        bucket.object("a.txt").put_content(b"over tls")
        bucket.object("dir/b.bin").put_content(bytes(range(256)) * 64)
        assert bucket.object("a.txt").get().read_all() == b"over tls"
        assert bucket.object("dir/b.bin").get().read_all() == bytes(range(256)) * 64
        names = sorted(entry.name for entry in bucket.list_all_objects())
        assert names == ["a.txt", "dir/b.bin"]
    finally:
        with contextlib.suppress(ErrBckNotFound):
            bucket.delete()


@pytest.fixture
def no_tls_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The client's TLS environment variables unset (the tests set the ones they need)."""
    for var in ("AIS_CLIENT_CA", "AIS_CRT", "AIS_CRT_KEY"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def tls_client(tls_cluster: LocalCluster, no_tls_env: None) -> Iterator[Client]:
    with Client(tls_cluster.endpoint, ca_cert=tls_cluster.ca_cert) as client:
        yield client


# ---- server verification -------------------------------------------------------------------


def test_the_cluster_speaks_https(tls_cluster: LocalCluster) -> None:
    assert tls_cluster.endpoint.startswith("https://127.0.0.1:")
    assert tls_cluster.ca_cert is not None
    assert tls_cluster.client_cert is None


def test_ca_cert_round_trip_through_redirects(tls_client: Client) -> None:
    _round_trip(tls_client)


def test_skip_verify_round_trip(tls_cluster: LocalCluster, no_tls_env: None) -> None:
    with Client(tls_cluster.endpoint, skip_verify=True) as client:
        _round_trip(client)


def test_without_the_ca_the_handshake_fails_before_any_data(
    tls_cluster: LocalCluster, tls_client: Client, no_tls_env: None
) -> None:
    name = _name("tls-noca")
    with Client(tls_cluster.endpoint) as client, pytest.raises(AISSSLError) as info:
        client.bucket(name).create()
    assert isinstance(info.value, requests.exceptions.SSLError)
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)
    # nothing reached the cluster: the bucket was never created
    with pytest.raises(ErrBckNotFound):
        tls_client.bucket(name).head()


def test_ais_client_ca_env_replaces_ca_cert(
    tls_cluster: LocalCluster,
    no_tls_env: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert tls_cluster.ca_cert is not None
    monkeypatch.setenv("AIS_CLIENT_CA", tls_cluster.ca_cert)
    with Client(tls_cluster.endpoint) as client:
        _round_trip(client)


@pytest.mark.contract_exempt("Go's own 400 for plain HTTP on a TLS port is not an AIS answer")
def test_plain_http_to_the_tls_port_is_refused(tls_cluster: LocalCluster) -> None:
    http_endpoint = tls_cluster.endpoint.replace("https://", "http://", 1)
    refused = pytest.raises(requests.exceptions.RequestException)
    with Client(http_endpoint) as client, refused as info:
        client.bucket(_name("tls-plain")).create()
    # Go answers 400 "Client sent an HTTP request to an HTTPS server."
    assert "HTTPS" in str(info.value) or "400" in str(info.value)


# ---- mutual TLS (client_auth_tls = 4) ----------------------------------------------------------


def test_mtls_with_client_cert(mtls_cluster: LocalCluster, no_tls_env: None) -> None:
    assert mtls_cluster.client_cert is not None
    with Client(
        mtls_cluster.endpoint, ca_cert=mtls_cluster.ca_cert, client_cert=mtls_cluster.client_cert
    ) as client:
        _round_trip(client)


def _ssl_cause(exc: BaseException) -> ssl.SSLError | None:
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, ssl.SSLError):
            return cur
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return None


@pytest.mark.parametrize("call", ["create", "head"])
def test_mtls_without_client_cert_is_refused(
    mtls_cluster: LocalCluster, no_tls_env: None, call: str
) -> None:
    name = _name("mtls-nocert")
    no_cert = Client(mtls_cluster.endpoint, ca_cert=mtls_cluster.ca_cert, retry=NO_RETRY)
    with no_cert, pytest.raises(AISConnectionError) as info:
        getattr(no_cert.bucket(name), call)()
    assert isinstance(info.value, requests.exceptions.ConnectionError)
    # TLS 1.3: the client's side of the handshake completes; the server's "certificate
    # required" alert (or its close: SSLEOFError) arrives at the first read
    assert _ssl_cause(info.value) is not None, repr(info.value)
    good = Client(
        mtls_cluster.endpoint, ca_cert=mtls_cluster.ca_cert, client_cert=mtls_cluster.client_cert
    )
    with good, pytest.raises(ErrBckNotFound):
        good.bucket(name).head()


def test_mtls_refusal_is_the_ssl_error(mtls_cluster: LocalCluster, no_tls_env: None) -> None:
    client = Client(mtls_cluster.endpoint, ca_cert=mtls_cluster.ca_cert, retry=NO_RETRY)
    with client, pytest.raises(requests.exceptions.SSLError):
        client.bucket(_name("mtls-nocert")).head()


def test_mtls_client_cert_from_env(
    mtls_cluster: LocalCluster, no_tls_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert mtls_cluster.client_cert is not None and mtls_cluster.ca_cert is not None
    crt, key = mtls_cluster.client_cert
    monkeypatch.setenv("AIS_CRT", crt)
    monkeypatch.setenv("AIS_CRT_KEY", key)
    with Client(mtls_cluster.endpoint, ca_cert=mtls_cluster.ca_cert) as client:
        _round_trip(client)


def test_mtls_all_from_env(
    mtls_cluster: LocalCluster, no_tls_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert mtls_cluster.client_cert is not None and mtls_cluster.ca_cert is not None
    crt, key = mtls_cluster.client_cert
    monkeypatch.setenv("AIS_CLIENT_CA", mtls_cluster.ca_cert)
    monkeypatch.setenv("AIS_CRT", crt)
    monkeypatch.setenv("AIS_CRT_KEY", key)
    with Client(mtls_cluster.endpoint) as client:
        _round_trip(client)


# ---- the contract command ------------------------------------------------------------------


def test_contract_command_checks_a_private_ca_cluster(
    tls_cluster: LocalCluster,
    no_tls_env: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`python -m aistore.contract` verifies with the client's CA settings (here AIS_CLIENT_CA)."""
    from aistore.contract.__main__ import main

    assert tls_cluster.ca_cert is not None
    monkeypatch.setenv("AIS_CLIENT_CA", tls_cluster.ca_cert)
    status = main(["--endpoint", tls_cluster.endpoint])
    printed = capsys.readouterr().out
    assert status == 0, printed
    assert "node status (target)" in printed  # the cluster map was read over TLS too
