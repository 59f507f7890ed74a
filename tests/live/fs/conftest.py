"""Fixtures for the `ais://` filesystem tests: a filesystem on the session cluster, a bucket."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

pytest.importorskip("fsspec")

from aistore.fs import AISFileSystem
from aistore.sdk.client import Client
from tests.live.conftest import unique_name


@pytest.fixture(scope="module")
def aisfs(ais_endpoint: str) -> AISFileSystem:
    return AISFileSystem(ais_endpoint, skip_instance_cache=True)


@pytest.fixture(scope="module")
def fs_bucket(ais_endpoint: str) -> Iterator[str]:
    """One ais:// bucket for a test module; destroyed after it."""
    name = unique_name("fs")
    with Client(ais_endpoint) as client:
        bucket = client.bucket(name).create()
        yield name
        bucket.delete(missing_ok=True)


@pytest.fixture
def fs_dir(fs_bucket: str) -> Callable[[], str]:
    """A fresh directory (prefix) in the module's bucket, as `bucket/dir`."""

    def make() -> str:
        return f"{fs_bucket}/{unique_name('d')}"

    return make
