"""Tokens for long jobs, live on the auth-enabled cluster: a token file reread when it changes,
renewal through AuthN after a 401, and a token that never shows in a repr, a log or an error."""

from __future__ import annotations

import contextlib
import logging
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from aistore._core import token_source
from aistore.devcluster.launcher import LocalCluster
from aistore.sdk.authn.authn_client import AuthNClient
from aistore.sdk.authn.errors import ErrClusterNotFound
from aistore.sdk.authn.types import ClusterInfo
from aistore.sdk.client import Client
from aistore.sdk.errors import AISError

pytestmark = [pytest.mark.live, pytest.mark.authn]

REVOKE_WAIT = 10.0


@pytest.fixture(scope="module")
def cluster(authn_cluster: LocalCluster) -> LocalCluster:
    assert authn_cluster.authn_endpoint is not None
    return authn_cluster


@pytest.fixture
def registered(cluster: LocalCluster) -> Iterator[ClusterInfo]:
    """Revocation reaches the cluster only once it is registered with AuthN."""
    assert cluster.authn_endpoint is not None
    with AuthNClient(cluster.authn_endpoint) as admin:
        admin.login(*cluster.admin_credentials)
        manager = admin.cluster_manager()
        info = manager.register(f"tok-{uuid.uuid4().hex[:8]}", [cluster.endpoint])
        yield info
        with contextlib.suppress(ErrClusterNotFound):
            manager.delete(cluster_id=info.id)


def _login(cluster: LocalCluster) -> str:
    assert cluster.authn_endpoint is not None
    with AuthNClient(cluster.authn_endpoint) as authn:
        return authn.login(*cluster.admin_credentials)


def _revoked_token(cluster: LocalCluster) -> str:
    """A token the cluster has seen revoked (polls, bounded, until it says so)."""
    assert cluster.authn_endpoint is not None
    token = _login(cluster)
    with AuthNClient(cluster.authn_endpoint) as admin:
        admin.login(*cluster.admin_credentials)
        admin.token_manager().revoke(token)
    deadline = time.monotonic() + REVOKE_WAIT
    with Client(cluster.endpoint, token=token) as ais:
        while True:
            try:
                ais.cluster().list_buckets()
            except AISError as err:
                assert err.status_code == 401
                break
            assert time.monotonic() < deadline, "the revoked token is still accepted"
            time.sleep(0.1)
    # AuthN tokens carry second-resolution times: a login in this same second could be
    # byte-for-byte the revoked one
    time.sleep(1.1)
    return token


def _replace(path: Path, text: str) -> None:
    """Rotate a token file the way sidecars do: write aside, rename over."""
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


def test_a_token_file_is_reread_when_it_changes(
    cluster: LocalCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(token_source, "FILE_CHECK_INTERVAL", 0.0)
    path = tmp_path / "token"
    path.write_text(_login(cluster) + "\n")
    monkeypatch.setenv(token_source.ENV_TOKEN_FILE, str(path))
    monkeypatch.delenv("AIS_AUTHN_TOKEN", raising=False)
    with Client(cluster.endpoint) as client:
        client.cluster().list_buckets()  # the file's token is accepted
        bogus = "not-a-jwt-" + uuid.uuid4().hex
        _replace(path, bogus)
        with pytest.raises(AISError) as err:
            client.cluster().list_buckets()
        assert err.value.status_code == 401  # the new content was sent
        assert bogus not in str(err.value) and bogus not in err.value.message
        _replace(path, _login(cluster))
        client.cluster().list_buckets()  # and the next rotation too


def test_an_expired_or_revoked_token_is_renewed_once_with_authn_credentials(
    cluster: LocalCluster, registered: ClusterInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = _revoked_token(cluster)
    assert cluster.authn_endpoint is not None
    user, password = cluster.admin_credentials
    monkeypatch.setenv(token_source.ENV_AUTHN_URL, cluster.authn_endpoint)
    monkeypatch.setenv(token_source.ENV_AUTHN_USERNAME, user)
    monkeypatch.setenv(token_source.ENV_AUTHN_PASSWORD, password)
    with Client(cluster.endpoint, token=token) as client:
        client.cluster().list_buckets()  # 401, a new login, the call again: it worked
        renewed = client.request_client.token
        assert renewed and renewed != token
        client.cluster().list_buckets()  # the renewed token stays in use
        assert client.request_client.token == renewed


def test_the_token_never_shows_in_a_repr_a_log_or_an_error(
    cluster: LocalCluster,
    registered: ClusterInfo,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    token = _revoked_token(cluster)
    for name in ("AIS_AUTHN_URL", "AIS_AUTHN_USERNAME", "AIS_AUTHN_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    caplog.set_level(logging.DEBUG)
    with Client(cluster.endpoint, token=token) as client:
        shown = [repr(client), repr(client.request_client), repr(client.request_client.settings)]
        with pytest.raises(AISError) as err:
            client.cluster().list_buckets()
        assert err.value.status_code == 401
        assert "revoked" in err.value.message  # the server's reason is kept
        shown += [str(err.value), repr(err.value), err.value.message, err.value.raw or ""]
        shown += [str(a) for a in err.value.args]
        with pytest.raises(AISError) as head_err:
            client.bucket("any").head()
        # v1.5.0 answers a HEAD of a bucket it does not have with 404 before it looks at the token
        assert head_err.value.status_code == 404
        shown += [str(head_err.value), head_err.value.message]
    shown.append(caplog.text)
    assert all(token not in text for text in shown), [t for t in shown if token in t][:1]
