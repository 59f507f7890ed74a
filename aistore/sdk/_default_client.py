"""The client a URL-driven integration uses when given none (checkpoints, Ray, ...)."""

from __future__ import annotations

import os

from aistore._core.config import DEFAULT_ENDPOINT, ENV_ENDPOINT
from aistore.sdk.client import Client


def default_client() -> Client:
    """A client of `AIS_ENDPOINT`, else http://localhost:8080 (as `aistore.fs` resolves it)."""
    return Client(os.environ.get(ENV_ENDPOINT) or DEFAULT_ENDPOINT)
