"""aistore.aio against the live cluster: every async method, cancellation, resume, 404, 5xx."""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from urllib3.util import Retry

from aistore.aio import AsyncBucket, AsyncClient, AsyncObject, GetResult
from aistore.aio.authn import AsyncAuthNClient
from aistore.devcluster import LocalCluster
from aistore.sdk.client import Client
from aistore.sdk.errors import (
    AISError,
    AISSSLError,
    ErrBckAlreadyExists,
    ErrBckNotFound,
    ErrObjNotFound,
    InvalidBckProvider,
    JobInfoNotFound,
    ObjectFileMaxResumeError,
)
from aistore.sdk.multiobj.object_range import ObjectRange
from aistore.sdk.types import JobStatus
from tests.live.conftest import unique_name
from tests.live.test_object import AWKWARD_NAMES
from tests.support.tcp_cutter import tcp_cutter

T = TypeVar("T")


def run(fn: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(fn())  # type: ignore[arg-type]


def _sockets() -> int:
    """Open socket descriptors of this process."""
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            count += os.readlink(f"/proc/self/fd/{fd}").startswith("socket:")
    return count


# ---- bucket -------------------------------------------------------------------------------------
def test_bucket_lifecycle_listing_and_copy(ais_endpoint: str) -> None:
    async def main() -> None:
        async with AsyncClient(ais_endpoint) as client:
            bucket = await client.bucket(unique_name("aio")).create()
            dest = client.bucket(unique_name("aio-dst"))
            try:
                assert isinstance(bucket, AsyncBucket)
                await bucket.create(exist_ok=True)
                with pytest.raises(ErrBckAlreadyExists):
                    await bucket.create()
                assert "ais-bucket-props" in await bucket.head()
                for i in range(5):
                    await bucket.object(f"dir/o{i}").put_content(b"x" * i)
                page = await bucket.list_objects(prefix="dir/", page_size=2)
                assert len(page.entries) == 2 and page.continuation_token
                entries = [e async for e in bucket.list_objects_iter(prefix="dir/", page_size=2)]
                assert [e.name for e in entries] == [f"dir/o{i}" for i in range(5)]
                assert isinstance(entries[0].object, AsyncObject)
                assert len(await bucket.list_all_objects(page_size=3)) == 5
                objs = [o async for o in bucket.list_all_objects_iter(prefix="dir/o4")]
                assert objs[0].props is not None and objs[0].props.size == 4
                urls = [u async for u in bucket.list_urls(prefix="dir/o1")]
                assert urls == [bucket.object("dir/o1").get_url()]
                job_id = await bucket.copy(dest, prefix_filter="dir/o", prepend="c-")
                await client.job(job_id).wait(timeout=60, verbose=False)
                names = [e.name async for e in dest.list_objects_iter()]
                assert names == [f"c-dir/o{i}" for i in range(5)]
                renamed = unique_name("aio-ren")
                await client.job(await dest.rename(renamed)).wait(timeout=60, verbose=False)
                assert dest.name == renamed and len(await dest.list_all_objects()) == 5
                assert dest.get_path() == f"ais://@#/{renamed}/" or renamed in dest.get_path()
                assert dest.as_model().name == renamed
                with pytest.raises(InvalidBckProvider):
                    await bucket.evict()
                with pytest.raises(AISError, match="the operation requires Kubernetes"):
                    await bucket.transform("no-such-etl", dest)  # no ETL without Kubernetes
                with pytest.raises(TypeError):
                    await bucket.copy("not a bucket")  # type: ignore[arg-type]
            finally:
                await dest.delete(missing_ok=True)
                await bucket.delete()
            await bucket.delete(missing_ok=True)
            with pytest.raises(ErrBckNotFound):
                await bucket.delete()
            with pytest.raises(ErrBckNotFound):
                await bucket.head()

    run(main)


# ---- objects ------------------------------------------------------------------------------------
def test_object_write_read_and_delete(ais_endpoint: str, bucket_name: str, tmp_path: Path) -> None:
    data = os.urandom(300_000)
    path = tmp_path / "f.bin"
    path.write_bytes(data)

    async def main() -> None:
        async with AsyncClient(ais_endpoint) as client:
            obj = client.bucket(bucket_name).object("dir/a b.bin")
            await obj.put_file(path)
            assert (await obj.head())["Content-Length"] == str(len(data))
            assert obj.props is not None and obj.props.size == len(data)
            reader = await obj.get_reader(chunk_size=65536)
            assert reader.attributes is None
            assert await reader.read_all(verify=True) == data
            assert reader.attributes is not None and reader.attributes.size == len(data)
            chunks = [c async for c in reader]
            assert b"".join(chunks) == data and {len(c) for c in chunks[:-1]} == {65536}
            assert b"".join([c async for c in reader.iter_from_position(299_990)]) == data[-10:]
            assert (await reader.head()).size == len(data)
            ranged = await obj.get(byte_range="bytes=10-19")
            assert await ranged.read_all() == data[10:20]
            sink = io.BytesIO()
            await obj.get(writer=sink)  # type: ignore[arg-type]
            assert sink.getvalue() == data
            async with (await obj.get_reader()).as_file() as f:
                assert await f.read(5) == data[:5]
                assert f.tell() == 5
                assert await f.read() == data[5:]
            assert obj.get_semantic_url() == f"ais://{bucket_name}/dir/a b.bin"
            assert client.fetch_object_by_url(obj.get_semantic_url()).name == "dir/a b.bin"
            small = client.bucket(bucket_name).object("small")
            await small.put_content(b"hello")
            appended = client.bucket(bucket_name).object("appended")
            handle = await appended.append_content(b"ab")
            handle = await appended.append_content(b"cd", handle=handle)
            await appended.append_content(b"", handle=handle, flush=True)
            assert await (await appended.get_reader()).read_all() == b"abcd"
            await obj.delete()
            with pytest.raises(ErrObjNotFound):
                await (await obj.get_reader()).read_all()
            with pytest.raises(ErrObjNotFound):
                await obj.head()
            with pytest.raises(TypeError, match="bytes or str"):
                await small.put_content(3)  # type: ignore[arg-type]
            await small.put_content("héllo")  # text is written as UTF-8, as the sync client does
            assert await (await small.get_reader()).read_all() == "héllo".encode()
            with pytest.raises(ValueError, match="not a file"):
                await small.put_file(path.parent)

    run(main)


def test_get_many_yields_each_result_with_its_own_error(
    ais_endpoint: str, bucket_name: str
) -> None:
    async def main() -> list[GetResult]:
        async with AsyncClient(ais_endpoint) as client:
            bucket = client.bucket(bucket_name)
            await asyncio.gather(
                *(bucket.object(f"m{i}").put_content(f"v{i}".encode()) for i in range(20))
            )
            wanted = [bucket.object(f"m{i}") for i in range(20)] + [bucket.object("missing")]
            listed = [r async for r in client.get_many(bucket.list_all_objects_iter(prefix="m"))]
            assert sorted(r.data or b"" for r in listed) == sorted(
                f"v{i}".encode() for i in range(20)
            )
            return [r async for r in client.get_many(wanted, concurrency=4)]

    results = run(main)
    assert len(results) == 21
    by_name = {r.object.name: r for r in results}
    assert all(by_name[f"m{i}"].data == f"v{i}".encode() for i in range(20))
    assert not by_name["missing"].ok and isinstance(by_name["missing"].error, ErrObjNotFound)


def test_get_many_left_early_cancels_the_rest(ais_endpoint: str, bucket_name: str) -> None:
    async def main() -> None:
        async with AsyncClient(ais_endpoint) as client:
            bucket = client.bucket(bucket_name)
            await bucket.object("e").put_content(b"e")
            many = client.get_many([bucket.object("e")] * 50, concurrency=8)
            async with contextlib.aclosing(many) as results:
                async for result in results:
                    assert result.data == b"e"
                    break
            assert asyncio.all_tasks() == {asyncio.current_task()}

    run(main)


# ---- streams: cancellation and resume ----------------------------------------------------------
def test_cancel_mid_stream_closes_its_connection(ais_endpoint: str, bucket_name: str) -> None:
    Client(ais_endpoint).bucket(bucket_name).object("big").put_content(os.urandom(16 << 20))
    before = _sockets()

    async def main() -> None:
        client = AsyncClient(ais_endpoint)
        started = asyncio.Event()

        async def consume() -> None:
            reader = await client.bucket(bucket_name).object("big").get_reader()
            async for _ in reader:
                started.set()
                await asyncio.sleep(3600)

        task = asyncio.create_task(consume())
        await started.wait()
        busy = sum(p.open_connections for p in client.request_client.session.pools.values())
        assert busy >= 1
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        pools = client.request_client.session.pools.values()
        # the streamed connection is gone; only idle kept-alive ones (the map read) may stay
        assert all(p.open_connections == len(p._idle) for p in pools)
        await client.close()
        assert asyncio.all_tasks() == {asyncio.current_task()}

    run(main)
    assert _sockets() <= before


@pytest.fixture
def through_cutter(monkeypatch: pytest.MonkeyPatch) -> None:
    # the cutter poses as the endpoint in front of the target: no direct reads around it
    monkeypatch.setenv("AIS_DIRECT_READS", "0")


def _target_url(endpoint: str) -> str:
    smap = Client(endpoint).cluster().get_info()
    (target,) = smap.tmap.values()
    assert target.public_net is not None
    return target.public_net.direct_url


@pytest.mark.usefixtures("through_cutter")
def test_stream_resumes_after_real_cuts_and_gives_up_after_max_resume(
    ais_endpoint: str, bucket_name: str
) -> None:
    data = os.urandom(3 << 20)
    Client(ais_endpoint).bucket(bucket_name).object("resume.bin").put_content(data)
    target = _target_url(ais_endpoint)

    async def read(url: str, max_resume: int) -> bytes:
        async with AsyncClient(url) as flaky:
            reader = await flaky.bucket(bucket_name).object("resume.bin").get_reader()
            async with reader.as_file(max_resume=max_resume) as f:
                return await f.read()

    with tcp_cutter(target, cut_after=700_000, cuts=2) as cutter:
        assert asyncio.run(read(cutter.url, 2)) == data
        assert cutter.connections >= 3
    with (
        tcp_cutter(target, cut_after=300_000, cuts=100) as cutter,
        pytest.raises(ObjectFileMaxResumeError),
    ):
        asyncio.run(read(cutter.url, 2))


# ---- errors and retries -----------------------------------------------------------------------
async def _flaky_front(
    upstream: tuple[str, int], failures: int
) -> tuple[asyncio.Server, list[int]]:
    """A TCP front that answers the first `failures` requests 503 and forwards the rest."""
    answered = [0]

    async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
        try:
            while data := await src.read(65536):
                dst.write(data)
                await dst.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            dst.close()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if answered[0] < failures:
            answered[0] += 1
            await reader.readuntil(b"\r\n\r\n")
            body = b'{"message":"busy, try again","status":503}'
            writer.write(
                b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
            )
            await writer.drain()
            writer.close()
            return
        up_reader, up_writer = await asyncio.open_connection(*upstream)
        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    return server, answered


@pytest.mark.usefixtures("through_cutter")
@pytest.mark.contract_exempt("the 503 answers come from a test front, not from the cluster")
def test_5xx_is_retried_then_served_and_404_is_not(ais_endpoint: str, bucket_name: str) -> None:
    Client(ais_endpoint).bucket(bucket_name).object("r").put_content(b"retried")
    host, port = _target_url(ais_endpoint).split("://")[1].rstrip("/").rsplit(":", 1)

    async def main() -> None:
        server, answered = await _flaky_front((host, int(port)), failures=2)
        url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        retry = Retry(total=5, status=3, status_forcelist=[503], backoff_factor=0.01)
        async with server, AsyncClient(url, retry=retry) as client:
            obj = client.bucket(bucket_name).object("r")
            assert await (await obj.get_reader()).read_all() == b"retried"
            assert answered[0] == 2
            answered[0] = 0  # 2 more 503s, and the policy allows only 1 status retry
            strict = AsyncClient(url, retry=Retry(total=5, status=1, status_forcelist=[503]))
            async with strict:
                with pytest.raises(AISError) as err:
                    await (await strict.bucket(bucket_name).object("r").get_reader()).read_all()
                assert err.value.status_code == 503 and "busy" in err.value.message
            with pytest.raises(ErrObjNotFound):
                await (await client.bucket(bucket_name).object("nope").get_reader()).read_all()

    run(main)


# ---- cluster, jobs, groups --------------------------------------------------------------------
def test_cluster_queries(ais_endpoint: str) -> None:
    async def main() -> None:
        async with AsyncClient(ais_endpoint) as client:
            cluster = client.cluster()
            smap = await cluster.get_info()
            assert await cluster.get_uuid() == smap.uuid
            assert (await cluster.get_primary_url()).startswith("http")
            assert await cluster.is_ready()
            assert isinstance(await cluster.list_buckets(), list)
            assert isinstance(await cluster.list_jobs_status(), list)
            assert isinstance(await cluster.list_running_jobs(), list)
            perf = await cluster.get_performance()
            assert set(perf.throughput) == set(smap.tmap)
            with pytest.raises(AISError, match="the operation requires Kubernetes"):
                await cluster.list_running_etls()  # no Kubernetes here

    run(main)


def test_jobs_and_object_groups(ais_endpoint: str, bucket_name: str) -> None:
    async def main() -> None:
        async with AsyncClient(ais_endpoint) as client:
            bucket = client.bucket(bucket_name)
            for i in range(6):
                await bucket.object(f"g{i}").put_content(b"g")
            dest = await client.bucket(unique_name("aio-grp")).create()
            try:
                group = bucket.objects(obj_range=ObjectRange("g", 0, 2))
                assert group.list_names() == ["g0", "g1", "g2"]
                assert list(group.list_urls(prefix="g1")) == [bucket.object("g1").get_url()]
                listed = [o async for o in group.list_all_objects_iter()]
                assert [o.name for o in listed] == ["g0", "g1", "g2"]
                assert listed[0].props is not None and listed[0].props.size == 1
                copied = client.job(await group.copy(dest))
                await copied.wait_for_idle(timeout=60, verbose=False)
                assert len(await dest.list_all_objects()) == 3
                arch = client.job(await bucket.objects(obj_names=["g3", "g4"]).archive("a.tar"))
                await arch.wait_for_idle(timeout=60, verbose=False)
                names = {e.name async for e in bucket.list_objects_iter(prefix="a.tar")}
                assert names == {"a.tar"}
                job = client.job(await bucket.objects(obj_template="g{3..5}").delete())
                await job.wait(timeout=60, verbose=False)
                status = await job.status()
                assert isinstance(status, JobStatus) and status.end_time
                assert job.job_kind == "" and job.job_id
                left = sorted([e.name async for e in bucket.list_objects_iter(prefix="g")])
                assert left == ["g0", "g1", "g2"]
                now = datetime.now()
                found = await job.get_within_timeframe(now - timedelta(hours=1), now)
                assert found and all(s.id == job.job_id for s in found)
                with pytest.raises(JobInfoNotFound):
                    await job.get_within_timeframe(
                        now - timedelta(hours=2), now - timedelta(hours=1)
                    )
                with pytest.raises(InvalidBckProvider):
                    await group.evict()
                with pytest.raises(InvalidBckProvider):
                    await group.prefetch()
                with pytest.raises(AISError, match="the operation requires Kubernetes"):
                    await group.transform(dest, etl_name="no-such-etl")
                with pytest.raises(ValueError):
                    await client.job().start()
                cleanup = client.job(job_kind="cleanup-store")
                target = next(iter((await client.cluster().get_info()).tmap))
                assert await cleanup.start(daemon_id=target) == cleanup.job_id
                await cleanup.wait_single_node(timeout=60, verbose=False)
            finally:
                await dest.delete(missing_ok=True)

    run(main)


# ---- AuthN -------------------------------------------------------------------------------------
def _lifetime() -> int:
    return 3600 + int.from_bytes(os.urandom(2), "big")


def test_authn_login_logout_and_revoke(authn_cluster: LocalCluster) -> None:
    endpoint = authn_cluster.authn_endpoint
    assert endpoint is not None

    async def main() -> None:
        async with AsyncAuthNClient(endpoint) as authn:
            # distinct lifetimes: tokens made in the same second by other tests must not be
            # the ones revoked here
            token = await authn.login(*authn_cluster.admin_credentials, expires_in=_lifetime())
            assert token.count(".") == 2 and authn.client.token == token
            async with AsyncClient(authn_cluster.endpoint, token=token) as ais:
                assert isinstance(await ais.cluster().list_buckets(), list)
            async with AsyncAuthNClient(endpoint) as second:
                other = await second.login(*authn_cluster.admin_credentials, expires_in=_lifetime())
            await authn.token_manager().revoke(other)
            with pytest.raises(ValueError):
                await authn.token_manager().revoke(" ")
            await authn.logout()
            assert authn.client.token is None
            with pytest.raises(ValueError, match="logged in"):
                await authn.logout()

    run(main)


# ---- direct reads on three targets ------------------------------------------------------------
@pytest.mark.multinode
def test_reads_go_straight_to_each_owner_on_three_targets(
    ais_endpoint_3t: str, bucket_name_3t: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aistore._core.async_wire import Pool

    sent: list[tuple[tuple[str, str, int], str, str]] = []
    original = Pool.request

    async def recording(self: Pool, method: str, target: str, *args: Any, **kw: Any) -> Any:
        sent.append((self.origin, method, target))
        return await original(self, method, target, *args, **kw)

    async def main() -> None:
        async with AsyncClient(ais_endpoint_3t) as client:
            bucket = client.bucket(bucket_name_3t)
            names = [f"spread/{i:03d}" for i in range(24)]
            await asyncio.gather(*(bucket.object(n).put_content(n.encode()) for n in names))
            monkeypatch.setattr(Pool, "request", recording)
            results = [r async for r in client.get_many([bucket.object(n) for n in names])]
            assert all(r.data == r.object.name.encode() for r in results)

    run(main)
    gets = [o for o, method, target in sent if method == "GET" and "/objects/" in target]
    assert len(gets) == 24  # one exchange per read: no proxy hop, no redirect
    assert len(set(gets)) == 3  # the three owners


# ---- TLS ---------------------------------------------------------------------------------------
def test_tls_with_the_cluster_ca_and_refused_without_it(
    tls_cluster: LocalCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("AIS_CLIENT_CA", "AIS_CRT", "AIS_CRT_KEY"):
        monkeypatch.delenv(var, raising=False)

    async def main() -> None:
        async with AsyncClient(tls_cluster.endpoint, ca_cert=tls_cluster.ca_cert) as client:
            bucket = await client.bucket(unique_name("aio-tls")).create()
            try:
                await bucket.object("a").put_content(b"over tls")  # probe, then the target
                assert await (await bucket.object("a").get_reader()).read_all() == b"over tls"
            finally:
                await bucket.delete()
        async with AsyncClient(tls_cluster.endpoint, retry=Retry(total=0)) as unverified:
            with pytest.raises(AISSSLError):
                await unverified.cluster().get_uuid()
        async with AsyncClient(tls_cluster.endpoint, skip_verify=True) as skipping:
            assert await skipping.cluster().is_ready()

    run(main)


def test_authn_roles_users_and_clusters(authn_cluster: LocalCluster) -> None:
    from aistore.sdk.authn import AuthNClient
    from aistore.sdk.authn.access_attr import AccessAttr
    from aistore.sdk.authn.errors import ErrRoleNotFound, ErrUserNotFound

    endpoint = authn_cluster.authn_endpoint
    assert endpoint is not None
    alias = unique_name("aio-cl")
    with AuthNClient(endpoint) as admin:  # registering reads the cluster's UUID: sync only
        admin.login(*authn_cluster.admin_credentials)
        info = admin.cluster_manager().register(alias, [authn_cluster.endpoint])

    async def main() -> None:
        async with AsyncAuthNClient(endpoint) as authn:
            await authn.login(*authn_cluster.admin_credentials, expires_in=_lifetime())
            clusters = authn.cluster_manager()
            assert (await clusters.get(cluster_alias=alias)).id == info.id
            assert any(c.alias == alias for c in (await clusters.list()).clusters.values())
            roles, users = authn.role_manager(), authn.user_manager()
            role, user = unique_name("aio-role"), unique_name("aio-user")
            created = await roles.create(role, "read", alias, [AccessAttr.GET])
            assert created.name == role
            assert (await roles.update(role, desc="read more")).desc == "read more"
            assert role in [r.name for r in await roles.list()]
            assert (await roles.get(role)).desc == "read more"
            assert (await users.create(user, [role], "secret-pass")).id == user
            assert user in await users.list()
            assert [r.name for r in (await users.update(user, roles=[role])).roles] == [role]
            assert (await users.get(user)).id == user
            await users.delete(user)
            with pytest.raises(ErrUserNotFound):
                await users.get(user)
            await users.delete(user, missing_ok=True)
            await roles.delete(role)
            with pytest.raises(ErrRoleNotFound):
                await roles.get(role)
            await clusters.delete(cluster_id=info.id)

    run(main)


def test_custom_props_promote_and_blob_download(
    ais_endpoint: str, bucket_name: str, tmp_path: Path
) -> None:
    async def main() -> None:
        async with AsyncClient(ais_endpoint) as client:
            obj = client.bucket(bucket_name).object("p")
            await obj.put_content(b"x")
            await obj.set_custom_props({"k1": "v1"})
            await obj.set_custom_props({"k2": "v2"})
            assert obj.props is None
            await obj.head()
            assert obj.props is not None and obj.props.custom_metadata == {"k1": "v1", "k2": "v2"}
            await obj.set_custom_props({"only": "this"}, replace_existing=True)
            await obj.head()
            assert obj.props.custom_metadata == {"only": "this"}
            with pytest.raises(TypeError):
                await obj.set_custom_props({"k": 1})  # type: ignore[dict-item]
            with pytest.raises(AISError, match="must be under /var/lib/ais/promote"):
                await obj.promote(str(tmp_path))  # the server's rule, as for the sync client
            with pytest.raises(AISError, match="expecting remote bucket"):
                await obj.blob_download()  # an ais:// bucket has no remote to download from

    run(main)


def test_two_x_names_start_after_head_props_and_abort(ais_endpoint: str, bucket_name: str) -> None:
    async def main() -> None:
        async with AsyncClient(ais_endpoint) as client:
            bucket = client.bucket(bucket_name)
            for name in ("a", "b", "c"):
                await bucket.object(name).put_content(name.encode())
            after = [e.name async for e in bucket.list_objects_iter(start_after="a")]
            assert after == ["b", "c"]
            assert [o.name async for o in bucket.list_all_objects_iter(start_after="b")] == ["c"]
            with pytest.raises(ErrBckNotFound, match=r"\.sys-inventory"):  # no inventory yet
                await bucket.list_objects(inventory_name="inv")
            obj = client.get_object_from_url(f"ais://{bucket_name}/b")
            headers = await obj.head(props="size")
            assert obj.props_cached is not None and obj.props_cached.size == 1
            assert headers.size == 1
            assert obj.uname.endswith(f"/{bucket_name}/b")
            reader = await obj.get_reader(direct=True, num_workers=2, chunk_size=None)
            assert await reader.read_all() == b"b"
            with pytest.raises(ValueError, match="num_workers"):
                await obj.get_reader(num_workers=0)
            with pytest.raises(TypeError, match="etl"):
                await obj.get_reader(etl=42)
            lru = client.job(job_kind="lru")
            await lru.abort()  # stops any running LRU job; none runs: the server accepts it
            with pytest.raises(ValueError):
                await client.job().abort()

    run(main)


# ---- awkward names ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_awkward_names_round_trip_exactly(ais_endpoint: str, name: str) -> None:
    """The target's redirect Location carries tabs and control characters unescaped."""

    async def main() -> None:
        async with AsyncClient(ais_endpoint) as client:
            bucket = await client.bucket(unique_name("aio-names")).create()
            try:
                obj = bucket.object(name)
                payload = f"content of {name}".encode()
                await obj.put_content(payload)
                reader = await obj.get_reader()
                assert await reader.read_all() == payload
            finally:
                await bucket.delete(missing_ok=True)

    run(main)


# ---- Get-Batch ----------------------------------------------------------------------------------
def _tar_of(members: dict[str, bytes]) -> bytes:
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


@pytest.mark.parametrize("streaming", [True, False])
def test_batch_items_ranges_members_and_missing_ones_in_order(
    ais_endpoint: str, bucket_name: str, streaming: bool
) -> None:
    async def main() -> None:
        async with AsyncClient(ais_endpoint) as client:
            bucket = await client.bucket(bucket_name).create(exist_ok=True)
            data = {f"o{i}": os.urandom(1000 + i) for i in range(30)}
            for name, content in data.items():
                await bucket.object(name).put_content(content)
            await bucket.object("s.tar").put_content(_tar_of({"m/1.txt": b"member"}))
            batch = client.batch(bucket=bucket, streaming_get=streaming)
            batch.add(bucket.object("o3"))
            for name in sorted(data):
                batch.add(name)
            batch.add("o5", start=10, length=20, opaque=b"id-1")
            batch.add("o6", start=990, length=-1)
            batch.add("s.tar", archpath="m/1.txt")
            batch.add("nope")
            assert len(batch) == 35 and "35" in repr(batch)
            got = [item async for item in await batch.get()]
            assert len(batch) == 0  # cleared once sent
            assert got[0][1] == data["o3"]
            assert [d for _, d in got[1:31]] == [data[n] for n in sorted(data)]
            assert [o.obj_name for o, _ in got[1:31]] == sorted(data)
            assert got[31][1] == data["o5"][10:30] and got[31][0].opaque == b"id-1"
            assert got[32][1] == data["o6"][990:]
            assert got[33][1] == b"member"
            assert got[34][0].err_msg and got[34][1] == b""
            with pytest.raises(ValueError, match="No objects"):
                await batch.get()

    run(main)


def test_batch_without_the_endpoint_reads_each_item(
    ais_endpoint: str, bucket_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aistore.sdk.batch import fallback

    async def main() -> None:
        async with AsyncClient(ais_endpoint) as client:
            bucket = await client.bucket(bucket_name).create(exist_ok=True)
            await bucket.object("a").put_content(b"0123456789")
            monkeypatch.setattr(fallback, "serves_batch", lambda client: False)
            batch = client.batch([bucket.object("a"), bucket.object("nope")])
            batch.add("a", bck=bucket_name, provider="ais", start=2, length=3)
            got = [item async for item in await batch.get()]
            assert [d for _, d in got] == [b"0123456789", b"", b"234"]
            assert got[1][0].err_msg

    run(main)


# ---- fork ---------------------------------------------------------------------------------------
def _idle_inodes(client: AsyncClient) -> set[str]:
    return {
        str(os.fstat(conn.transport.get_extra_info("socket").fileno()).st_ino)
        for pool in client.request_client.session.pools.values()
        for conn in pool._idle
        if conn.transport is not None
    }


def _async_child(
    client: AsyncClient, bucket: str, names: list[str], parent: set[str], out: Any
) -> None:
    from tests.support.sockets import _socket_inodes

    inherited = len(client.request_client.session.pools)

    async def read() -> list[bytes]:
        bck = client.bucket(bucket)
        return [await (await bck.object(n).get_reader()).read_all() for n in names]

    data = asyncio.run(read())
    out.put(
        {
            "inherited_pools": inherited,
            "data": data,
            "shared_with_parent": len(_socket_inodes(os.getpid()) & parent),
        }
    )


def test_forked_child_starts_without_the_parents_connections(
    ais_endpoint: str, bucket_name: str
) -> None:
    import multiprocessing

    names = [f"f{i}" for i in range(6)]
    client = AsyncClient(ais_endpoint)
    loop = asyncio.new_event_loop()
    try:

        async def fill_and_read() -> list[bytes]:
            bucket = await client.bucket(bucket_name).create(exist_ok=True)
            for n in names:
                await bucket.object(n).put_content(n.encode() * 100)
            return [await (await bucket.object(n).get_reader()).read_all() for n in names]

        assert loop.run_until_complete(fill_and_read()) == [n.encode() * 100 for n in names]
        parent = _idle_inodes(client)
        assert parent, "the parent should hold idle keep-alive connections"
        ctx = multiprocessing.get_context("fork")
        out = ctx.Queue()
        child = ctx.Process(target=_async_child, args=(client, bucket_name, names, parent, out))
        child.start()
        result = out.get(timeout=120)
        child.join(timeout=60)
        assert child.exitcode == 0
        assert result["inherited_pools"] == 0
        assert result["data"] == [n.encode() * 100 for n in names]
        assert result["shared_with_parent"] == 0
        # the parent's connections are untouched and still serve it
        assert _idle_inodes(client) == parent
        again = loop.run_until_complete(fill_and_read())
        assert again == [n.encode() * 100 for n in names]
    finally:
        loop.run_until_complete(client.close())
        loop.close()


def test_one_client_serves_one_event_loop_after_another(
    ais_endpoint: str, bucket_name: str
) -> None:
    client = AsyncClient(ais_endpoint)

    async def round_trip(data: bytes) -> bytes:
        bucket = await client.bucket(bucket_name).create(exist_ok=True)
        await bucket.object("loops").put_content(data)
        return await (await bucket.object("loops").get_reader()).read_all()

    # the first loop's connections die with it; the second run opens its own
    assert asyncio.run(round_trip(b"first")) == b"first"
    assert asyncio.run(round_trip(b"second")) == b"second"
    # a loop left open but idle: its connections are closed at once
    other = asyncio.new_event_loop()
    try:
        assert other.run_until_complete(round_trip(b"third")) == b"third"
        assert asyncio.run(round_trip(b"fourth")) == b"fourth"
    finally:
        other.close()
    asyncio.run(client.close())
