"""Fixtures for live tests: a Client of the session cluster and fresh buckets."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable, Iterator

import pytest
from aistore_raw.ais.api.buckets import bucket_action, bucket_delete_action
from aistore_raw.ais.models import ActMsgCreateBck, ActMsgDestroyBck

from aistore.sdk.client import Client
from aistore.sdk.errors import ErrBckNotFound


@pytest.fixture(scope="session")
def client(ais_endpoint: str) -> Iterator[Client]:
    with Client(ais_endpoint) as c:
        yield c


@pytest.fixture(scope="session")
def client_3t(ais_endpoint_3t: str) -> Iterator[Client]:
    with Client(ais_endpoint_3t) as c:
        yield c


def unique_name(prefix: str = "t") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def _bucket_factory(client: Client) -> Iterator[Callable[[], str]]:
    made: list[str] = []

    def make() -> str:
        name = unique_name("bck")
        client.request_client.send(
            bucket_action.op(name, body=ActMsgCreateBck(action="create-bck"), provider="ais")
        )
        made.append(name)
        return name

    yield make
    for name in made:
        with contextlib.suppress(ErrBckNotFound):
            client.request_client.send(
                bucket_delete_action.op(
                    name, body=ActMsgDestroyBck(action="destroy-bck"), provider="ais"
                )
            )


@pytest.fixture
def new_bucket_name(client: Client) -> Iterator[Callable[[], str]]:
    """Creates ais:// buckets on demand (raw calls, independent of Bucket); destroys them after."""
    yield from _bucket_factory(client)


@pytest.fixture
def bucket_name(new_bucket_name: Callable[[], str]) -> str:
    """One fresh ais:// bucket."""
    return new_bucket_name()


@pytest.fixture
def bucket_name_3t(client_3t: Client) -> Iterator[str]:
    """One fresh ais:// bucket on the 3-target cluster."""
    factory = _bucket_factory(client_3t)
    make = next(factory)
    yield make()
    next(factory, None)
