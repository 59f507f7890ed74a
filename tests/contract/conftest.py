"""Live contract tests: the fixtures of tests/live, plus raw sending of generated operations."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from aistore.sdk.client import Client
from tests.live import conftest as live

# the live suite's fixtures, shared
client = live.client
new_bucket_name = live.new_bucket_name
bucket_name = live.bucket_name


class Raw:
    """Sends generated operations through the project's RequestClient (errors raise)."""

    def __init__(self, sdk_client: Client) -> None:
        self.rc = sdk_client.request_client

    def send(self, call: Any, /, *, msgpack: bool = False) -> httpx.Response:
        return self.rc.send(call, msgpack=msgpack)

    def call(self, call: Any, /) -> Any:
        """Send and parse into the generated model of the answered status."""
        return self.rc.call(call)

    def status_of(self, call: Any, /) -> httpx.Response:
        """Send without the error boundary: the raw response, whatever its status."""
        return self.rc.http.send(self.rc.http.build_request(**call.request_kwargs()))


@pytest.fixture(scope="session")
def raw(client: Client) -> Raw:
    return Raw(client)
