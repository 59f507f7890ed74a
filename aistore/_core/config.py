"""Defaults in one place, the environment variables the SDK reads, and pure resolvers.

Environment (as the reference 1.9.2 SDK reads them):

* ``AIS_ENDPOINT``     cluster URL (tests, examples, dev cluster; ``Client`` takes it as argument)
* ``AIS_AUTHN_TOKEN``  token used when ``Client(token=None)``
* ``AIS_CLIENT_CA``    CA bundle used when ``ca_cert`` is not given (and ``skip_verify`` is off)
* ``AIS_CRT`` + ``AIS_CRT_KEY``  client certificate and key (mTLS), used only when both are set
  and ``client_cert`` is not given

From 2.x: ``AIS_CONNECT_TIMEOUT`` / ``AIS_READ_TIMEOUT`` (used when no timeout is given) and
``AIS_SKIP_VERIFY_CRT`` / ``AIS_SKIP_VERIFY`` (turn on ``skip_verify``), ``AIS_MAX_CONN_POOL``
(the pool size when no ``max_pool_size`` is given).
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass

import httpx

from aistore._core.poll import Backoff
from aistore._core.retry import RetryPolicy

# --- environment variable names -------------------------------------------------------------------
ENV_ENDPOINT = "AIS_ENDPOINT"
ENV_AUTHN_TOKEN = "AIS_AUTHN_TOKEN"
ENV_CLIENT_CA = "AIS_CLIENT_CA"
ENV_CLIENT_CRT = "AIS_CRT"
ENV_CLIENT_KEY = "AIS_CRT_KEY"
ENV_CONNECT_TIMEOUT = "AIS_CONNECT_TIMEOUT"
ENV_READ_TIMEOUT = "AIS_READ_TIMEOUT"
"""2.x: seconds (0 - no limit), used when no `timeout` is given; unset - 1.9.2's no timeout."""
ENV_MAX_CONN_POOL = "AIS_MAX_CONN_POOL"
"""2.x: connections kept per node (`max_pool_size`) when none is given; unset - our defaults."""
ENV_SKIP_VERIFY = ("AIS_SKIP_VERIFY_CRT", "AIS_SKIP_VERIFY")
"""2.x: a true value (1/true/yes/on/y/t) skips TLS verification when `skip_verify` is not set."""
ENV_DIRECT_READS = "AIS_DIRECT_READS"
"""`0`/`false`: no reads straight from the owning target (see `_core/direct_reads.py`)."""
ENV_VERIFY_READS = "AIS_VERIFY_READS"
"""`1`/`true` or `0`/`false`: whether whole-object reads check the cluster's checksum when the
caller does not say (`read_all(verify=None)`); unset - `DEFAULT_VERIFY_READS`."""

# --- defaults -------------------------------------------------------------------------------------
DEFAULT_ENDPOINT = "http://localhost:8080"
DEFAULT_CHUNK_SIZE = 32768
"""Bytes per chunk when iterating object content (1.9.2 ``const.DEFAULT_CHUNK_SIZE``)."""
DEFAULT_PARALLEL_CHUNK_SIZE = 8 << 20
"""Bytes per range of a parallel download (`get_reader(num_workers=...)`; 2.x's default)."""
PARALLEL_RANGE_RETRIES = 2
"""Times one range of a parallel download is fetched again after its body was cut short."""
CHECKPOINT_PART_SIZE = 32 << 20
"""Bytes per request of a checkpoint (`aistore.pytorch.checkpoint`): a shard object larger than
this is a multipart upload of parts this size, and loads read ranges this size."""
CHECKPOINT_THREADS = 8
"""Requests in flight at once per rank while a checkpoint is saved or loaded."""

DEFAULT_TIMEOUT: float | tuple[float | None, float | None] | None = None
"""1.9.2 sends requests with no timeout unless ``Client(timeout=...)`` is given; so do we."""

# Retries: 1.9.2's DEFAULT_RETRY is urllib3 Retry(total=6, connect=3, backoff_factor=1).
DEFAULT_RETRY_TOTAL = 6
DEFAULT_RETRY_CONNECT = 3
DEFAULT_RETRY_READ: int | None = None  # limited by total only, as in 1.9.2
DEFAULT_RETRY_STATUS: int | None = 3
"""Status retries are few: a deterministic 5xx should surface in seconds, not minutes."""
DEFAULT_BACKOFF_FACTOR = 1.0
DEFAULT_BACKOFF_MAX = 20.0
"""Our cap (urllib3: 120 s); with 6 retries the uncapped waits would be 0, 2, 4, 8, 16, 32 s."""
DEFAULT_STATUS_FORCELIST: frozenset[int] = frozenset({429, 500, 502, 503, 504})
"""Retried on idempotent requests only (1.9.2 retried none of them; a busy or restarting node
answers 503/429, and the request loop never repeats a POST action on a status)."""

# Waiting (aistore._core.poll): jobs and dsort poll fast at first (most jobs of a test or a small
# bucket end in well under a second), then once a second.
POLL_BACKOFF = Backoff(first=0.05, factor=2.0, cap=1.0)
SUMMARY_POLL_BACKOFF = Backoff(first=0.1, factor=1.5, cap=5.0)
"""A bucket summary of a large bucket takes minutes; polling it every second would be waste."""
DEFAULT_JOB_WAIT_TIMEOUT = 300
"""Seconds `Job.wait*` waits by default (1.9.2: 300)."""
DEFAULT_DSORT_WAIT_TIMEOUT = 300
JOB_STATUS_READY_TIMEOUT = 10.0
"""Seconds `Job.status` keeps asking while the cluster answers 202 (status not ready yet)."""
SUMMARY_TIMEOUT = 3600.0
"""Seconds `Bucket.summary`/`Bucket.info` wait for the summary job (1.9.2 waited forever)."""
DEFAULT_MAX_RESUME = 5
"""Resumes of a broken object read (`ObjectFile`), as in 1.9.2."""

# Connection pool (requests' HTTPAdapter kept 10 per host; one pool serves every node; see
# aistore/_core/pool.py).
DEFAULT_MAX_CONNECTIONS = 100
"""Open connections at most, all nodes together; at the cap a request waits (pool timeout)."""
DEFAULT_MAX_KEEPALIVE_CONNECTIONS = 50
"""Idle connections kept per node."""
DEFAULT_KEEPALIVE_EXPIRY = 20.0
"""Seconds an idle connection may be reused: below the server's own idle timeout (30 s in AIS
v1.5.0, `cmn.DfltMaxIdleTimeout`), so a reused connection is never one being closed."""
DEFAULT_ASYNC_CONNECTIONS_PER_NODE = 64
"""`aistore.aio`: connections open at once to each node (proxy or target) of a cluster."""


def default_retry_policy() -> RetryPolicy:
    """The policy used when ``Client(retry=None)``: 1.9.2's numbers, full jitter, 20 s cap.

    ``allowed_methods`` is None: whether a read failure or a status may be retried is decided
    by the request's ``idempotent`` flag alone (see ``aistore._core.retry``).
    """
    return RetryPolicy(
        total=DEFAULT_RETRY_TOTAL,
        connect=DEFAULT_RETRY_CONNECT,
        read=DEFAULT_RETRY_READ,
        status=DEFAULT_RETRY_STATUS,
        allowed_methods=None,
        status_forcelist=DEFAULT_STATUS_FORCELIST,
        backoff_factor=DEFAULT_BACKOFF_FACTOR,
        backoff_max=DEFAULT_BACKOFF_MAX,
        full_jitter=True,
    )


def default_limits() -> httpx.Limits:
    """Connection pool limits of the client's one httpx pool."""
    return httpx.Limits(
        max_connections=DEFAULT_MAX_CONNECTIONS,
        max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS,
        keepalive_expiry=DEFAULT_KEEPALIVE_EXPIRY,
    )


def pool_size_limits(max_pool_size: object) -> httpx.Limits:
    """The limits of a 2.x `max_pool_size`: connections kept per node (requests' `pool_maxsize`,
    which kept that many per host and opened more when busy); the total cap is raised to it if
    it is below.

    Raises:
        ValueError: not a positive integer.
    """
    if isinstance(max_pool_size, bool) or not isinstance(max_pool_size, int) or max_pool_size < 1:
        raise ValueError(f"max_pool_size must be a positive integer, got {max_pool_size!r}")
    return httpx.Limits(
        max_connections=max(DEFAULT_MAX_CONNECTIONS, max_pool_size),
        max_keepalive_connections=max_pool_size,
        keepalive_expiry=DEFAULT_KEEPALIVE_EXPIRY,
    )


def env_max_pool_size(env: Mapping[str, str]) -> int | None:
    """AIS_MAX_CONN_POOL (2.x) as an integer; None when unset or empty.

    Raises:
        ValueError: a value that is not a positive integer.
    """
    raw = env.get(ENV_MAX_CONN_POOL, "").strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise ValueError(f"{ENV_MAX_CONN_POOL} must be a positive integer, got {raw!r}")
    return value


TimeoutArg = float | tuple[float | None, float | None] | httpx.Timeout | None


def resolve_timeout(timeout: TimeoutArg) -> httpx.Timeout:
    """httpx timeout for the reference SDK's ``timeout`` argument.

    * None: no timeout at all (1.9.2 default).
    * float: connect, read, write and pool timeout alike (requests' single value).
    * (connect, read): as requests; write uses the read value (requests applies the socket
      timeout to sends too) and waiting for a pooled connection uses the connect value.
      Either element may be None (no limit).
    * an ``httpx.Timeout`` is returned unchanged.
    """
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, tuple):
        if len(timeout) != 2:
            raise ValueError(f"timeout tuple must be (connect, read), got {timeout!r}")
        connect, read = timeout
        return httpx.Timeout(connect=connect, read=read, write=read, pool=connect)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise TypeError(f"timeout must be a number, a (connect, read) tuple or None: {timeout!r}")
    if timeout < 0:
        raise ValueError(f"timeout must not be negative: {timeout!r}")
    return httpx.Timeout(float(timeout))


def env_timeout(env: Mapping[str, str]) -> TimeoutArg:
    """`(connect, read)` from AIS_CONNECT_TIMEOUT / AIS_READ_TIMEOUT (2.x); None if neither is set.

    A missing or `0` value means no limit for that part (1.9.2's default is no timeout at all).

    Raises:
        ValueError: a value that is not a non-negative number.
    """
    parts: list[float | None] = []
    for name in (ENV_CONNECT_TIMEOUT, ENV_READ_TIMEOUT):
        raw = env.get(name, "").strip()
        try:
            value = float(raw) if raw else 0.0
        except ValueError:
            raise ValueError(f"{name} must be a number of seconds, got {raw!r}") from None
        if value < 0 or value != value:
            raise ValueError(f"{name} must be >= 0 seconds, got {raw!r}")
        parts.append(value or None)
    return None if parts == [None, None] else (parts[0], parts[1])


def env_skip_verify(env: Mapping[str, str]) -> bool:
    """AIS_SKIP_VERIFY_CRT (or the older AIS_SKIP_VERIFY) holds a true value (2.x)."""
    for name in ENV_SKIP_VERIFY:
        if name in env:
            return env[name].strip().lower() in ("1", "true", "yes", "on", "y", "t")
    return False


def resolve_token(token: str | None, env: Mapping[str, str] | None = None) -> str | None:
    """The token to send: the argument, else ``AIS_AUTHN_TOKEN``, else None (empty = unset)."""
    if token:
        return token
    env = os.environ if env is None else env
    return env.get(ENV_AUTHN_TOKEN) or None


ClientCert = str | tuple[str, str]


@dataclass(frozen=True)
class TLSSettings:
    """What to verify the server with and which client certificate to present.

    ``verify``: False (skip), True (system/certifi CAs) or a CA bundle path.
    ``cert``: None, a PEM path holding cert and key, or a (cert, key) pair.
    """

    verify: bool | str
    cert: ClientCert | None

    def httpx_verify(self) -> bool | ssl.SSLContext:
        """The ``verify=`` value for ``httpx.Client`` (reads certificate files: not pure).

        A plain ``True`` is passed through when no client certificate is set, so httpx builds
        its default context; otherwise an ``ssl.SSLContext`` carries CA and client cert.
        """
        if self.cert is None and not isinstance(self.verify, str):
            return self.verify
        if self.verify is False:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        elif isinstance(self.verify, str):
            ctx = ssl.create_default_context(cafile=self.verify)
        else:
            ctx = httpx.create_ssl_context()
        if isinstance(self.cert, tuple):
            ctx.load_cert_chain(certfile=self.cert[0], keyfile=self.cert[1])
        elif self.cert is not None:
            ctx.load_cert_chain(certfile=self.cert)
        return ctx

    def ssl_context(self) -> ssl.SSLContext:
        """An ``ssl.SSLContext`` for these settings (for transports that need one)."""
        verify = self.httpx_verify()
        if isinstance(verify, ssl.SSLContext):
            return verify
        return httpx.create_ssl_context(verify=verify)


def resolve_tls(
    skip_verify: bool = False,
    ca_cert: str | None = None,
    client_cert: ClientCert | None = None,
    env: Mapping[str, str] | None = None,
) -> TLSSettings:
    """TLS settings in 1.9.2's order (``SessionManager``), without touching any file.

    verify: ``skip_verify`` -> False; else ``ca_cert``; else ``AIS_CLIENT_CA``; else True.
    cert: ``client_cert``; else (``AIS_CRT``, ``AIS_CRT_KEY``) when both are set; else None.
    """
    env = os.environ if env is None else env
    verify: bool | str
    if skip_verify:
        verify = False
    elif ca_cert:
        verify = ca_cert
    else:
        verify = env.get(ENV_CLIENT_CA) or True
    cert: ClientCert | None = client_cert or None
    if cert is None:
        crt, key = env.get(ENV_CLIENT_CRT), env.get(ENV_CLIENT_KEY)
        cert = (crt, key) if crt and key else None
    return TLSSettings(verify=verify, cert=cert)


DEFAULT_VERIFY_READS = False
"""Whole-object reads are checked only when asked (`verify=True`, `AIS_VERIFY_READS=1`): the
check cost more than 5% in `make bench`'s small GET cells (numbers in `sdk/obj/verified.py`)."""


def verify_reads_default(env: Mapping[str, str] | None = None) -> bool:
    """Whether a whole-object read checks the checksum when `verify` is not given."""
    env = os.environ if env is None else env
    value = env.get(ENV_VERIFY_READS, "").strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    return DEFAULT_VERIFY_READS


def direct_reads_enabled(env: Mapping[str, str] | None = None) -> bool:
    """Whether object reads may go straight to the owning target (default: yes)."""
    env = os.environ if env is None else env
    return env.get(ENV_DIRECT_READS, "1").strip().lower() not in ("0", "false", "no", "off")
