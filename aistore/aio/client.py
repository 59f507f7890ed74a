"""AsyncClient: the asyncio twin of `aistore.sdk.client.Client`."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterable, AsyncIterator, Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING

from urllib3.util import Retry

from aistore._core.async_sender import AsyncOperationSender
from aistore._core.async_transport import Session
from aistore._core.config import DEFAULT_ASYNC_CONNECTIONS_PER_NODE, TimeoutArg
from aistore._core.http_client import USER_AGENT
from aistore._core.settings import ClientSettings
from aistore.sdk.client import split_object_url
from aistore.sdk.namespace import Namespace
from aistore.sdk.provider import Provider

if TYPE_CHECKING:
    from aistore.aio.batch import AsyncBatch
    from aistore.aio.bucket import AsyncBucket
    from aistore.aio.cluster import AsyncCluster
    from aistore.aio.job import AsyncJob
    from aistore.aio.object import AsyncObject


def make_sender(settings: ClientSettings, connections_per_node: int) -> AsyncOperationSender:
    """The async request loop for `settings` (the synchronous client's, resolved once)."""
    if not isinstance(connections_per_node, int) or connections_per_node < 1:
        raise ValueError(f"max_connections_per_node must be >= 1, got {connections_per_node!r}")
    if settings.transport is not None:
        raise ValueError("aistore.aio has its own socket layer; transport= is for the sync client")
    endpoint = settings.endpoint
    session = Session(
        endpoint,
        ssl_context=settings.tls.ssl_context() if endpoint.startswith("https://") else None,
        limit=connections_per_node,
        direct_reads=settings.service == "ais" and settings.direct_reads,
    )
    headers = {"User-Agent": USER_AGENT, **settings.auth_headers()}
    return AsyncOperationSender(
        session, settings.retry_policy, settings.timeout, headers, service=settings.service
    )


async def _objects(
    objects: Iterable[AsyncObject] | AsyncIterable[AsyncObject],
) -> AsyncGenerator[AsyncObject, None]:
    if isinstance(objects, AsyncIterable):
        async for obj in objects:
            yield obj
    elif isinstance(objects, Iterable) and not isinstance(objects, str | bytes):
        for obj in objects:
            yield obj
    else:
        raise TypeError(f"objects must be an iterable of AsyncObject, got {objects!r}"[:200])


@dataclass
class GetResult:
    """One object of `AsyncClient.get_many`: its content, or the error that stopped it."""

    object: AsyncObject
    data: bytes | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class AsyncClient:
    """AIStore client for asyncio; the names and parameters of `aistore.sdk.client.Client`.

    ``async with AsyncClient("http://localhost:8080") as client: ...``

    Args:
        endpoint, skip_verify, ca_cert, client_cert, timeout, retry, token: as for `Client`
            (same defaults and environment variables).
        max_connections_per_node: connections open at once to each node (the proxy and each
            target); tasks beyond it wait for a free one.
    """

    def __init__(
        self,
        endpoint: str,
        skip_verify: bool = False,
        ca_cert: str | None = None,
        client_cert: str | tuple[str, str] | None = None,
        timeout: TimeoutArg = None,
        retry: Retry | None = None,
        token: str | None = None,
        *,
        max_connections_per_node: int = DEFAULT_ASYNC_CONNECTIONS_PER_NODE,
    ) -> None:
        settings = ClientSettings.create(
            endpoint,
            skip_verify=skip_verify,
            ca_cert=ca_cert,
            client_cert=client_cert,
            timeout=timeout,
            retry=retry,
            token=token,
        )
        self._sender = make_sender(settings, max_connections_per_node)
        self._endpoint = settings.endpoint

    @classmethod
    def from_settings(cls, settings: ClientSettings) -> AsyncClient:
        """A client built from ready `ClientSettings` (the synchronous client's)."""
        client = cls.__new__(cls)
        client._sender = make_sender(settings, DEFAULT_ASYNC_CONNECTIONS_PER_NODE)
        client._endpoint = settings.endpoint
        return client

    @property
    def request_client(self) -> AsyncOperationSender:
        return self._sender

    def bucket(
        self,
        bck_name: str,
        provider: Provider | str = Provider.AIS,
        namespace: Namespace | None = None,
    ) -> AsyncBucket:
        """An AsyncBucket handle (no request is made)."""
        from aistore.aio.bucket import AsyncBucket

        return AsyncBucket(self._sender, bck_name, provider=provider, namespace=namespace)

    def cluster(self) -> AsyncCluster:
        """An AsyncCluster handle (no request is made)."""
        from aistore.aio.cluster import AsyncCluster

        return AsyncCluster(self._sender)

    def job(self, job_id: str = "", job_kind: str = "") -> AsyncJob:
        """An AsyncJob handle for `job_id` and/or `job_kind` (no request is made)."""
        from aistore.aio.job import AsyncJob

        return AsyncJob(self._sender, job_id=job_id, job_kind=job_kind)

    def batch(
        self,
        objects: list[AsyncObject] | list[str] | AsyncObject | str | None = None,
        bucket: AsyncBucket | None = None,
        output_format: str = ".tar",
        cont_on_err: bool = True,
        only_obj_name: bool = False,
        streaming_get: bool = True,
        colocation: int = 0,
    ) -> AsyncBatch:
        """A Get-Batch request (nothing is sent until `await batch.get()`); the arguments of
        `Client.batch` (see `aistore.aio.batch.AsyncBatch`)."""
        from aistore.aio.batch import AsyncBatch
        from aistore.sdk.enums import Colocation

        return AsyncBatch(
            self._sender,
            objects,
            bucket,
            output_format,
            cont_on_err,
            only_obj_name,
            streaming_get,
            Colocation(colocation) if colocation in (0, 1, 2) else colocation,  # type: ignore[arg-type]
        )

    def fetch_object_by_url(self, url: str) -> AsyncObject:
        """The object named by `provider://bucket/object`, e.g. `ais://b1/dir/file.txt`."""
        provider, bucket, obj = split_object_url(url)
        return self.bucket(bucket, provider=provider).object(obj)

    def get_object_from_url(self, url: str) -> AsyncObject:
        """2.x name of `fetch_object_by_url`."""
        return self.fetch_object_by_url(url)

    async def get_many(
        self,
        objects: Iterable[AsyncObject] | AsyncIterable[AsyncObject],
        concurrency: int = 64,
    ) -> AsyncIterator[GetResult]:
        """Read every object, at most `concurrency` at once; results as they complete.

        `objects` may be a list, any iterable, or an async iterable such as
        `bucket.list_all_objects_iter()` (taken as reads finish, never all at once).
        A failed object yields a `GetResult` with its `error` (an `AISError`, a connection
        error, ...); the others go on. Closing the generator cancels what is in flight: to
        leave the loop early, wrap it in `contextlib.aclosing(client.get_many(...))`, so that
        happens at once rather than when the generator is finalized.
        """
        if not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be a positive integer, got {concurrency!r}")
        source = _objects(objects)
        running: set[asyncio.Task[GetResult]] = set()
        exhausted = False

        async def one(obj: AsyncObject) -> GetResult:
            try:
                reader = await obj.get_reader()
                return GetResult(obj, data=await reader.read_all())
            except (asyncio.CancelledError, KeyboardInterrupt):
                raise
            except Exception as exc:
                return GetResult(obj, error=exc)

        async def refill() -> None:
            nonlocal exhausted
            while not exhausted and len(running) < concurrency:
                try:
                    obj = await anext(source)
                except StopAsyncIteration:
                    exhausted = True
                    return
                running.add(asyncio.ensure_future(one(obj)))

        try:
            await refill()
            while running:
                done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                running.difference_update(done)
                await refill()
                for task in done:
                    yield task.result()
        finally:
            for task in running:
                task.cancel()
            if running:
                await asyncio.gather(*running, return_exceptions=True)
            await source.aclose()

    async def close(self) -> None:
        """Close every connection."""
        self._sender.close()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncClient({self._endpoint!r})"
