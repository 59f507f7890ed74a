"""AuthN (AIStore authentication server) part of the SDK.

``AuthNClient`` and ``ClusterManager`` are importable from here, as in 1.9.2.
"""

from __future__ import annotations

from aistore.sdk.authn.authn_client import AuthNClient
from aistore.sdk.authn.cluster_manager import ClusterManager

__all__ = ["AuthNClient", "ClusterManager"]
