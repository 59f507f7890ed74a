"""RetryConfig and ColdGetConf (2.x): `Client(retry_config=RetryConfig(...))`.

`http_retry` (a urllib3 Retry) is the client's retry policy, exactly as 1.9.2's
`Client(retry=...)` (README: one request loop). `network_retry` is accepted for code written for
2.x (a tenacity `Retrying` there); this client does not run it: connection failures are retried
by its own request loop (only for requests that are safe to resend). `cold_get_conf` is kept
for the same reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from urllib3.util import Retry

DEFAULT_COLD_GET_EST_BPS = 10 * 1000**3 // 8
"""2.x default: about 10 Gbps from the cluster to its backend, in bytes per second."""
DEFAULT_COLD_GET_MAX_WAIT = 180


@dataclass
class ColdGetConf:
    """How long a GET of a not-yet-cached remote object may wait (2.x; kept, not used here)."""

    est_bandwidth_bps: int = DEFAULT_COLD_GET_EST_BPS
    max_cold_wait: int = DEFAULT_COLD_GET_MAX_WAIT
    enable_remote_head: bool = True


@dataclass
class RetryConfig:
    """Retry settings of a Client (2.x).

    Attributes:
        http_retry: urllib3 Retry for error statuses and connection errors (the client's policy).
        network_retry: 2.x's tenacity `Retrying`; accepted, not run (see the module note).
        cold_get_conf: see ColdGetConf.
    """

    http_retry: Retry
    network_retry: Any = None
    cold_get_conf: ColdGetConf = field(default_factory=ColdGetConf)

    def __post_init__(self) -> None:
        if not isinstance(self.http_retry, Retry):
            raise TypeError(
                f"http_retry must be a urllib3 Retry, got {type(self.http_retry).__name__}"
            )

    @staticmethod
    def default() -> RetryConfig:
        """2.x's default: 5 retries of 429/500/502/503/504 with backoff 3 s (3, 6, 12, ... s)."""
        return RetryConfig(
            http_retry=Retry(
                total=5,
                backoff_factor=3.0,
                status_forcelist=[429, 500, 502, 503, 504],
                connect=0,
                read=0,
            )
        )
