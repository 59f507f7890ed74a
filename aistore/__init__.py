"""Python client for AIStore (AIS): `from aistore import Client`.

`aistore.__version__` is the SDK API level served (the reference SDK's numbering);
`aistore.__distribution_version__` is this distribution's own release (see aistore/version.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aistore.sdk.client import Client

from aistore.version import __distribution_version__, __version__

__all__ = ["Client", "__distribution_version__", "__version__"]


def __getattr__(name: str) -> Any:
    # lazy, so that `aistore.devcluster` and friends do not pay for the client's imports
    if name == "Client":
        from aistore.sdk.client import Client

        return Client
    raise AttributeError(f"module 'aistore' has no attribute {name!r}")
