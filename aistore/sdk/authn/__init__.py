"""AuthN (AIStore authentication server) part of the SDK.

``AuthNClient`` and ``ClusterManager`` are importable from here, as in 1.9.2; they are loaded on
first use because ``aistore._core.error_map`` imports ``aistore.sdk.authn.errors`` (this
package) while the request layer is still being imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aistore.sdk.authn.authn_client import AuthNClient
    from aistore.sdk.authn.cluster_manager import ClusterManager

__all__ = ["AuthNClient", "ClusterManager"]


def __getattr__(name: str) -> Any:
    if name == "AuthNClient":
        from aistore.sdk.authn.authn_client import AuthNClient

        return AuthNClient
    if name == "ClusterManager":
        from aistore.sdk.authn.cluster_manager import ClusterManager

        return ClusterManager
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
