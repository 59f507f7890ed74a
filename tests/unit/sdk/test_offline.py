"""Client-side behaviour that needs no cluster (moved from tests/live): checks before any
request, an unreachable endpoint, checksum verification."""

from __future__ import annotations

import pytest
import xxhash

from aistore.sdk.bucket import Bucket
from aistore.sdk.client import Client
from aistore.sdk.errors import ChecksumMismatchError


def test_no_client_is_a_clear_error() -> None:
    b = Bucket("lonely")
    with pytest.raises(ValueError, match="no client"):
        b.head()


def test_is_ready_false_when_unreachable() -> None:
    with Client("http://127.0.0.1:9", timeout=1.0, retry=None) as dead:
        assert dead.cluster().is_ready() is False


@pytest.mark.parametrize("bad", ["", None, 7])
def test_membership_actions_refuse_a_bad_node_id_before_any_request(bad: object) -> None:
    cluster = Client("http://127.0.0.1:9").cluster()  # nothing listens there
    for action in (cluster.start_maintenance, cluster.stop_maintenance, cluster.decommission_node):
        with pytest.raises(ValueError, match="node_id"):
            action(bad)  # type: ignore[arg-type]


def test_checksum_mismatch_is_detected() -> None:
    from aistore.sdk.obj import checksum

    with pytest.raises(ChecksumMismatchError, match="mismatch"):
        checksum.verify("xxhash2", xxhash.xxh64(b"a").hexdigest(), b"b")
