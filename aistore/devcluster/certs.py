"""Throwaway TLS material for a local cluster: a CA, a server cert and a client cert.

Made with the `openssl` command line (no Python dependency). The server cert names
`localhost` and `127.0.0.1` (nodes advertise and redirect to 127.0.0.1) and carries both
serverAuth and clientAuth: the nodes present it as their client cert to each other, and
with `client_auth_tls` 4 a cluster only forms when it is valid for client authentication.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

SERVER_SAN = "DNS:localhost,IP:127.0.0.1"
# ECDSA P-256: ~20x faster to generate than RSA-2048 (which takes 1-2 s for three keys)
KEY_ARGS = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1")
DAYS = "30"


class CertError(RuntimeError):
    """openssl is missing or one of its commands failed."""


@dataclass(frozen=True)
class TLSFiles:
    ca_cert: Path
    ca_key: Path
    server_cert: Path
    server_key: Path
    client_cert: Path | None = None
    client_key: Path | None = None


def _openssl(*args: str, cwd: Path) -> None:
    exe = shutil.which("openssl")
    if exe is None:
        raise CertError("the `openssl` command is needed to make TLS certificates; not found")
    proc = subprocess.run([exe, *args], cwd=cwd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise CertError(f"openssl {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")


def _signed(directory: Path, name: str, subject: str, extensions: str) -> tuple[Path, Path]:
    """A key and a CA-signed cert `<name>.crt` with the given x509v3 extensions."""
    key, csr, crt, ext = (directory / f"{name}.{s}" for s in ("key", "csr", "crt", "ext"))
    _openssl(
        "req", "-new", *KEY_ARGS, "-nodes", "-keyout", str(key), "-out", str(csr),
        "-subj", subject, cwd=directory,
    )  # fmt: skip
    ext.write_text(extensions)
    _openssl(
        "x509", "-req", "-in", str(csr), "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
        "-out", str(crt), "-days", DAYS, "-sha256", "-extfile", str(ext), cwd=directory,
    )  # fmt: skip
    csr.unlink()
    ext.unlink()
    key.chmod(0o600)
    return crt, key


def make_tls_files(directory: Path, *, client: bool = False) -> TLSFiles:
    """CA, server cert (and, with `client`, a client cert) under `directory` (created)."""
    directory.mkdir(parents=True, exist_ok=True)
    ca_crt, ca_key = directory / "ca.crt", directory / "ca.key"
    _openssl(
        "req", "-x509", *KEY_ARGS, "-nodes", "-keyout", str(ca_key),
        "-out", str(ca_crt), "-days", DAYS, "-sha256", "-subj", "/CN=aisdev-test-ca",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=directory,
    )  # fmt: skip
    ca_key.chmod(0o600)
    server_crt, server_key = _signed(
        directory,
        "server",
        "/CN=localhost",
        f"subjectAltName={SERVER_SAN}\n"
        "basicConstraints=CA:FALSE\n"
        "keyUsage=critical,digitalSignature\n"
        "extendedKeyUsage=serverAuth,clientAuth\n",
    )
    client_crt = client_key = None
    if client:
        client_crt, client_key = _signed(
            directory,
            "client",
            "/CN=aisdev-client",
            "basicConstraints=CA:FALSE\n"
            "keyUsage=critical,digitalSignature\n"
            "extendedKeyUsage=clientAuth\n",
        )
    return TLSFiles(
        ca_cert=ca_crt,
        ca_key=ca_key,
        server_cert=server_crt,
        server_key=server_key,
        client_cert=client_crt,
        client_key=client_key,
    )
