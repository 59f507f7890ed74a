"""Request shapes that crash a v1.5.0 node are refused before any request is made.

A recording MockTransport stands in for the cluster: a live node would go down (that is the
point), and what these tests show is that nothing reaches the wire at all.
"""

from __future__ import annotations

import asyncio
from typing import Any, cast

import httpx
import pytest
from aistore_raw.ais.api.buckets import list_objects
from aistore_raw.ais.api.cluster import cluster_action
from aistore_raw.ais.api.dsort import start_dsort
from aistore_raw.ais.api.objects import head_object, put_object
from aistore_raw.ais.models import (
    ActMsgList,
    ActMsgResetStats,
    Bck,
    DsortAlgorithm,
    DsortRequestSpec,
    ListRange,
    LsoMsg,
)

from aistore._core.guards import CRASHERS, refuse_crashers
from aistore._core.settings import ClientSettings
from aistore.aio.client import AsyncClient
from aistore.sdk.client import Client
from aistore.sdk.errors import RefusedRequestError


@pytest.fixture
def seen() -> list[httpx.Request]:
    return []


@pytest.fixture
def client(seen: list[httpx.Request]) -> Client:
    def serve(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="ok")

    settings = ClientSettings.create(
        "http://ais:8080", transport=httpx.MockTransport(serve), env={}
    )
    return Client.from_settings(settings)


def _send(client: Client, call: Any) -> None:
    client.request_client.send(call)


def _dsort(**fields: Any) -> DsortRequestSpec:
    spec: dict[str, Any] = {
        "input_bck": Bck(name="src"),
        "input_format": ListRange(template="shard-{0..9}.tar"),
        "output_format": "out-{0..9}.tar",
        **fields,
    }
    return DsortRequestSpec(**spec)


@pytest.mark.parametrize(
    ("fields", "why"),
    [
        ({"output_shard_size": "-5"}, "output_shard_size: '-5' is not a size"),
        ({"output_shard_size": "lots"}, "output_shard_size"),
        ({"algorithm": DsortAlgorithm(kind="zigzag")}, "algorithm.kind: 'zigzag'"),
        ({"algorithm": DsortAlgorithm(kind="shuffle", seed="-1")}, "algorithm.seed"),
        ({"algorithm": DsortAlgorithm(kind="content")}, "algorithm `content` needs"),
        ({"input_extension": ".rar"}, "input_extension: '.rar' is not an archive"),
        ({"output_format": "out-prefix"}, "output_format needs a range template"),
        ({"ekm_file": "http://h/ekm"}, "ekm_file needs a non-zero output_shard_size"),
        ({"input_format": ListRange(template="s-{9..0}.tar")}, "malformed template"),
        ({"input_format": ListRange(template="s-{0..9..0}.tar")}, "malformed template"),
        ({"max_mem_usage": "100%"}, "max_mem_usage"),
        ({"output_shard_size": "1.5 MiB"}, "output_shard_size: '1.5 MiB'"),
        ({"input_extension": ".tar.gz"}, "input_extension: '.tar.gz' differs from the template's"),
        ({"output_extension": "tar"}, "output_extension: 'tar' differs"),
        ({"extract_concurrency_max_limit": -1}, "must not be negative"),
    ],
)
def test_dsort_spec_the_proxy_cannot_parse(
    client: Client, seen: list[httpx.Request], fields: dict[str, Any], why: str
) -> None:
    with pytest.raises(RefusedRequestError, match=why) as info:
        _send(client, start_dsort.op(body=_dsort(**fields)))
    assert info.value.upstream == "ext/dsort/request_spec.go:32"
    assert seen == []


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"input_format": ListRange()},  # empty template: every object (the server accepts it)
        {"input_format": ListRange(template="s-{0..9.tar")},  # not a range: a prefix
        {"output_format": "out-prefix", "output_shard_size": "10KiB", "ekm_file": "http://h/e"},
        {"algorithm": DsortAlgorithm(kind="content", extension=".cls", content_key_type="int")},
        {"output_shard_size": "1.5MiB", "max_mem_usage": "80%", "input_extension": ".tar"},
        {"output_shard_size": " 10KiB ", "output_extension": ".zip", "output_format": "o-{0..9}"},
    ],
)
def test_dsort_spec_the_proxy_parses_is_sent(
    client: Client, seen: list[httpx.Request], fields: dict[str, Any]
) -> None:
    _send(client, start_dsort.op(body=_dsort(**fields)))
    assert len(seen) == 1


def test_reset_stats_without_value(client: Client, seen: list[httpx.Request]) -> None:
    msg = ActMsgResetStats(value=cast(Any, None))
    with pytest.raises(RefusedRequestError, match="reset-stats needs a boolean `value`"):
        _send(client, cluster_action.op(body=msg))
    assert seen == []
    _send(client, cluster_action.op(body=ActMsgResetStats(value=False)))
    assert len(seen) == 1


def test_put_with_unknown_checksum_type(client: Client, seen: list[httpx.Request]) -> None:
    call = put_object.op("b", "o", body=b"x", ais_checksum_type="crc64", ais_checksum_value="0")
    with pytest.raises(RefusedRequestError, match="invalid checksum type 'crc64'") as info:
        _send(client, call)
    assert info.value.upstream.startswith("cmn/cos/cksum.go")
    assert seen == []


def test_put_with_unknown_checksum_type_in_extra_headers(
    client: Client, seen: list[httpx.Request]
) -> None:
    call = put_object.op("b", "o", body=b"x")
    with pytest.raises(RefusedRequestError, match="'SHA256'"):
        client.request_client.send(call, headers={"AIS-Checksum-Type": "SHA256"})
    with pytest.raises(RefusedRequestError, match="'nope'"):  # the object hot path
        client.request_client.exchange(call, headers={"ais-checksum-type": "nope"})
    assert seen == []


def test_head_object_with_latest_ver(client: Client, seen: list[httpx.Request]) -> None:
    with pytest.raises(RefusedRequestError, match="HEAD with latest-ver=true of an ais:// object"):
        _send(client, head_object.op("b", "o", latest_ver=True))
    with pytest.raises(RefusedRequestError, match="latest-ver"):
        _send(client, head_object.op("b", "o", latest_ver=True, provider="ais", namespace="@#ns"))
    assert seen == []
    _send(client, head_object.op("b", "o", latest_ver=True, provider="aws"))
    assert seen[-1].method == "HEAD" and "latest-ver=true" in str(seen[-1].url)
    _send(client, head_object.op("b", "o", latest_ver=False))
    assert seen[-1].method == "HEAD" and "latest-ver=false" in str(seen[-1].url)


def test_list_objects_with_a_negative_page_size(client: Client, seen: list[httpx.Request]) -> None:
    call = list_objects.op("b", body=ActMsgList(value=LsoMsg(pagesize=-1)))
    with pytest.raises(RefusedRequestError, match="pagesize -1") as info:
        _send(client, call)
    assert info.value.upstream == "xact/xs/lso.go:533"
    with pytest.raises(ValueError, match="page_size must be >= 0"):  # the layer's own check
        list(client.bucket("b").list_objects_iter(page_size=-5))
    assert seen == []


def test_async_client_refuses_too(seen: list[httpx.Request]) -> None:
    async def run() -> None:
        async with AsyncClient("http://127.0.0.1:9") as aclient:
            await aclient.request_client.send(head_object.op("b", "o", latest_ver=True))

    with pytest.raises(RefusedRequestError, match="latest-ver"):
        asyncio.run(run())


def test_refusal_is_a_value_error_naming_the_server_line() -> None:
    with pytest.raises(ValueError, match=r"crashes on this request \(ais/"):
        refuse_crashers("head_object", {"params": {"latest-ver": "true"}})


def test_every_rule_names_an_upstream_line() -> None:
    for crasher in CRASHERS:
        path, _, line = crasher.upstream.partition(":")
        assert path.endswith(".go") and line.isdigit(), crasher
