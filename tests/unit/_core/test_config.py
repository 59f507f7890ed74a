from __future__ import annotations

import ssl

import certifi
import httpx
import pytest

from aistore._core.config import (
    TLSSettings,
    default_limits,
    resolve_timeout,
    resolve_tls,
    resolve_token,
)


def test_timeout_none_disables_everything() -> None:
    t = resolve_timeout(None)
    assert (t.connect, t.read, t.write, t.pool) == (None, None, None, None)


def test_timeout_float_applies_to_all() -> None:
    t = resolve_timeout(5)
    assert (t.connect, t.read, t.write, t.pool) == (5.0, 5.0, 5.0, 5.0)


def test_timeout_tuple_is_connect_read() -> None:
    t = resolve_timeout((3.0, 10.0))
    assert (t.connect, t.read, t.write, t.pool) == (3.0, 10.0, 10.0, 3.0)
    t = resolve_timeout((None, 10.0))
    assert t.connect is None and t.read == 10.0


def test_timeout_passthrough_and_errors() -> None:
    given = httpx.Timeout(1.0, read=2.0)
    assert resolve_timeout(given) is given
    with pytest.raises(ValueError):
        resolve_timeout((1.0, 2.0, 3.0))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        resolve_timeout(-1)
    with pytest.raises(TypeError):
        resolve_timeout("5")  # type: ignore[arg-type]


def test_tls_order_matches_reference() -> None:
    env = {"AIS_CLIENT_CA": "/env/ca.pem"}
    assert resolve_tls(skip_verify=True, ca_cert="/arg/ca.pem", env=env).verify is False
    assert resolve_tls(ca_cert="/arg/ca.pem", env=env).verify == "/arg/ca.pem"
    assert resolve_tls(env=env).verify == "/env/ca.pem"
    assert resolve_tls(env={}).verify is True


def test_client_cert_from_env_needs_both() -> None:
    assert resolve_tls(env={"AIS_CRT": "c.pem"}).cert is None
    both = {"AIS_CRT": "c.pem", "AIS_CRT_KEY": "k.pem"}
    assert resolve_tls(env=both).cert == ("c.pem", "k.pem")
    assert resolve_tls(client_cert="mine.pem", env=both).cert == "mine.pem"


def test_httpx_verify() -> None:
    assert TLSSettings(verify=True, cert=None).httpx_verify() is True
    assert TLSSettings(verify=False, cert=None).httpx_verify() is False
    ctx = TLSSettings(verify=certifi.where(), cert=None).httpx_verify()
    assert isinstance(ctx, ssl.SSLContext)
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    with pytest.raises(FileNotFoundError):
        TLSSettings(verify=True, cert=("/no/such.pem", "/no/key.pem")).httpx_verify()


def test_token_from_argument_or_env() -> None:
    assert resolve_token("abc", env={"AIS_AUTHN_TOKEN": "env"}) == "abc"
    assert resolve_token(None, env={"AIS_AUTHN_TOKEN": "env"}) == "env"
    assert resolve_token(None, env={"AIS_AUTHN_TOKEN": ""}) is None
    assert resolve_token(None, env={}) is None


def test_default_limits() -> None:
    limits = default_limits()
    assert limits.max_connections == 100
    assert limits.max_keepalive_connections == 50
