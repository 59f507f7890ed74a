"""Cert generation for TLS dev clusters (needs the `openssl` command)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from aistore.devcluster.certs import make_tls_files
from aistore.devcluster.configs import cluster_config, deep_merge, https_config

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="no openssl command")


def _text(cert: Path) -> str:
    return subprocess.run(
        ["openssl", "x509", "-noout", "-text", "-in", str(cert)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _verify(ca: Path, cert: Path, purpose: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["openssl", "verify", "-CAfile", str(ca), "-purpose", purpose, str(cert)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_server_cert_names_localhost_and_loopback(tmp_path: Path) -> None:
    files = make_tls_files(tmp_path / "tls")
    for path in (files.ca_cert, files.ca_key, files.server_cert, files.server_key):
        assert path.is_file() and path.parent == tmp_path / "tls"
    assert files.client_cert is None and files.client_key is None
    text = _text(files.server_cert)
    assert "DNS:localhost" in text
    assert "IP Address:127.0.0.1" in text
    assert "TLS Web Server Authentication" in text
    assert "TLS Web Client Authentication" in text, "mTLS level 4 needs clientAuth on it"
    assert "CA:TRUE" in _text(files.ca_cert)
    assert files.server_key.stat().st_mode & 0o077 == 0
    # signed by the CA, good for both ends
    assert _verify(files.ca_cert, files.server_cert, "sslserver").returncode == 0
    assert _verify(files.ca_cert, files.server_cert, "sslclient").returncode == 0
    assert sorted(p.name for p in (tmp_path / "tls").iterdir()) == [
        "ca.crt",
        "ca.key",
        "ca.srl",
        "server.crt",
        "server.key",
    ]


def test_client_cert_is_signed_by_the_ca(tmp_path: Path) -> None:
    files = make_tls_files(tmp_path, client=True)
    assert files.client_cert is not None and files.client_key is not None
    assert files.client_cert.is_file() and files.client_key.is_file()
    text = _text(files.client_cert)
    assert "TLS Web Client Authentication" in text
    assert "TLS Web Server Authentication" not in text
    assert _verify(files.ca_cert, files.client_cert, "sslclient").returncode == 0
    other = make_tls_files(tmp_path / "other")
    assert _verify(other.ca_cert, files.client_cert, "sslclient").returncode != 0


def test_https_config_overrides_the_http_section() -> None:
    base = cluster_config(primary_url="https://127.0.0.1:1")
    merged = deep_merge(
        base,
        https_config(server_crt="/t/s.crt", server_key="/t/s.key", client_ca="/t/ca.crt",
                     client_auth_tls=4),
    )  # fmt: skip
    http = merged["net"]["http"]
    assert http["use_https"] is True
    assert (http["server_crt"], http["server_key"], http["client_ca_tls"]) == (
        "/t/s.crt",
        "/t/s.key",
        "/t/ca.crt",
    )
    assert http["client_auth_tls"] == 4 and http["skip_verify"] is False
    assert http["idle_conns"] == base["net"]["http"]["idle_conns"], "the rest stays"
    with pytest.raises(ValueError):
        https_config(server_crt="a", server_key="b", client_ca="c", client_auth_tls=5)
