"""AsyncBucket: the asyncio twin of `aistore.sdk.bucket.Bucket`.

Identity, validation and messages are the synchronous class's (an inner `Bucket` without a
client holds name, provider and namespace); only the sends are awaited.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from aistore._core.async_sender import AsyncOperationSender
from aistore.aio._replay import replay
from aistore.aio.object import AsyncObject
from aistore.sdk._bucket_listing import BROKEN_PAGE, page_broke, rebind_objects
from aistore.sdk.bucket import DEFAULT_ETL_TIMEOUT, Bucket, Header
from aistore.sdk.errors import AISInputError
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.namespace import Namespace
from aistore.sdk.obj.object import BucketDetails
from aistore.sdk.provider import Provider
from aistore.sdk.types import BucketEntry, BucketList, BucketModel, NBIInfo

if TYPE_CHECKING:
    from aistore.aio.object_group import AsyncObjectGroup
    from aistore.sdk.obj.object_props import ObjectProps


class AsyncBucket:
    """A bucket (asyncio); making one sends no request. See `aistore.sdk.bucket.Bucket`."""

    def __init__(
        self,
        client: AsyncOperationSender,
        name: str,
        provider: Provider | str = Provider.AIS,
        namespace: Namespace | None = None,
    ) -> None:
        self._client = client
        self._bck = Bucket(name=name, provider=provider, namespace=namespace)

    # ---- identity (the synchronous class's) -------------------------------------------------
    @property
    def client(self) -> AsyncOperationSender:
        return self._client

    @property
    def qparam(self) -> dict[str, Any]:
        return self._bck.qparam

    @property
    def provider(self) -> Provider:
        return self._bck.provider

    @property
    def name(self) -> str:
        return self._bck.name

    @property
    def namespace(self) -> Namespace | None:
        return self._bck.namespace

    def __repr__(self) -> str:
        return f"AsyncBucket({self.get_path()!r})"

    def get_path(self) -> str:
        return self._bck.get_path()

    def as_model(self) -> BucketModel:
        return self._bck.as_model()

    def verify_cloud_bucket(self) -> None:
        self._bck.verify_cloud_bucket()

    def _details(self) -> BucketDetails:
        return BucketDetails(self.name, self.provider, self.qparam)

    # ---- lifecycle: the synchronous methods replayed (aistore.aio._replay) -----------------
    async def create(self, exist_ok: bool = False) -> AsyncBucket:
        """Create this ais:// bucket; returns self."""
        await replay(self._client, lambda c: self._sync(c).create(exist_ok))
        return self

    async def delete(self, missing_ok: bool = False) -> None:
        """Destroy this ais:// bucket: its objects and its metadata."""
        await replay(self._client, lambda c: self._sync(c).delete(missing_ok))

    async def rename(self, to_bck_name: str) -> str:
        """Rename this ais:// bucket (a job); this handle takes the new name; the job ID."""

        def rename(client: Any) -> tuple[str, str]:
            bucket = self._sync(client)
            return bucket.rename(to_bck_name), bucket.name

        job_id, name = await replay(self._client, rename)
        self._bck = Bucket(name=name, provider=self.provider, namespace=self.namespace)
        return job_id

    async def evict(self, keep_md: bool = False) -> None:
        """Evict this remote bucket's in-cluster data."""
        await replay(self._client, lambda c: self._sync(c).evict(keep_md))

    async def head(self) -> Header:
        """HEAD the bucket: the response headers (`ais-bucket-props` holds its properties)."""
        return await replay(self._client, lambda c: self._sync(c).head())

    async def copy(
        self,
        to_bck: AsyncBucket,
        prefix_filter: str = "",
        prepend: str = "",
        dry_run: bool = False,
        force: bool = False,
        latest: bool = False,
        sync: bool = False,
    ) -> str:
        """Copy this bucket's objects to `to_bck` (created if needed); returns the job ID."""
        dest = _sync_bucket(to_bck)
        return await replay(
            self._client,
            lambda c: self._sync(c).copy(
                dest, prefix_filter, prepend, dry_run, force, latest, sync
            ),
        )

    async def transform(
        self,
        etl_name: str,
        to_bck: AsyncBucket,
        timeout: str = DEFAULT_ETL_TIMEOUT,
        prefix_filter: str = "",
        prepend: str = "",
        ext: dict[str, str] | None = None,
        force: bool = False,
        dry_run: bool = False,
        latest: bool = False,
        sync: bool = False,
    ) -> str:
        """Run every selected object through ETL `etl_name` into `to_bck`; the job ID."""
        dest = _sync_bucket(to_bck)
        return await replay(
            self._client,
            lambda c: self._sync(c).transform(
                etl_name, dest, timeout, prefix_filter, prepend, ext, force, dry_run, latest, sync
            ),
        )

    async def inspect(
        self,
        etl_name: str,
        timeout: str = DEFAULT_ETL_TIMEOUT,
        prefix_filter: str = "",
        latest: bool = False,
        num_workers: int | None = None,
        etl_pipeline: list[str] | None = None,
    ) -> str:
        """Run every selected object through an ETL, storing nothing (`Bucket.inspect`)."""
        return await replay(
            self._client,
            lambda c: self._sync(c).inspect(
                etl_name, timeout, prefix_filter, latest, num_workers, etl_pipeline
            ),
        )

    async def list_archive(
        self,
        archive_obj_name: str,
        include_archive_obj: bool = False,
        props: str = "",
        page_size: int = 0,
    ) -> list[BucketEntry]:
        """The files inside an archived object (`Bucket.list_archive`)."""
        name = archive_obj_name
        if not isinstance(name, str) or not name:
            raise AISInputError("archive_obj_name must be a non-empty object name")
        entries = await self.list_all_objects(
            prefix=name, props=props, page_size=page_size, flags=[ListObjectFlag.ARCH_DIR]
        )
        return entries if include_archive_obj else [e for e in entries if e.name != name]

    # ---- listing -----------------------------------------------------------------------------
    def _sync(self, client: Any) -> Bucket:
        return Bucket(
            name=self.name, client=client, provider=self.provider, namespace=self.namespace
        )

    async def create_inventory(
        self,
        name: str = "",
        prefix: str = "",
        props: str = "",
        names_per_chunk: int = 0,
        force: bool = False,
    ) -> str:
        """Start a native bucket inventory job (remote buckets); its job ID."""
        return await replay(
            self._client,
            lambda c: self._sync(c).create_inventory(name, prefix, props, names_per_chunk, force),
        )

    async def show_inventory(self, name: str = "") -> dict[str, NBIInfo]:
        """The bucket's native bucket inventories, by inventory object name."""
        return await replay(self._client, lambda c: self._sync(c).show_inventory(name))

    async def destroy_inventory(self, name: str = "") -> None:
        """Remove the inventory `name` ("" - all of the bucket's inventories)."""
        await replay(self._client, lambda c: self._sync(c).destroy_inventory(name))

    async def list_objects(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        uuid: str = "",
        continuation_token: str = "",
        flags: list[ListObjectFlag] | None = None,
        target: str = "",
        inventory_name: str = "",
        start_after: str = "",
    ) -> BucketList:
        """One page of the bucket's objects (entries' `object` is an `AsyncObject`); the
        synchronous `Bucket.list_objects` replayed."""
        page = await replay(
            self._client,
            lambda c: self._sync(c).list_objects(
                prefix,
                props,
                page_size,
                uuid,
                continuation_token,
                flags,
                target,
                inventory_name,
                start_after,
            ),
        )
        return rebind_objects(page, self._client, self._details(), AsyncObject)

    async def list_objects_iter(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        flags: list[ListObjectFlag] | None = None,
        target: str = "",
        inventory_name: str = "",
        start_after: str = "",
    ) -> AsyncIterator[BucketEntry]:
        """All entries (`async for`); each page is requested when the previous one is used up."""
        uuid = token = ""
        attempt = 0
        while True:
            try:
                page = await self.list_objects(
                    prefix,
                    props,
                    page_size,
                    uuid,
                    token,
                    flags,
                    target,
                    inventory_name,
                    start_after,
                )
            except BROKEN_PAGE as err:
                if not page_broke(err, attempt):
                    raise
                attempt += 1
                continue
            attempt = 0
            for entry in page.entries:
                yield entry
            token = page.continuation_token
            if not token:
                return
            uuid = page.uuid

    async def list_all_objects(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        flags: list[ListObjectFlag] | None = None,
        target: str = "",
        inventory_name: str = "",
        start_after: str = "",
    ) -> list[BucketEntry]:
        """All entries as one list."""
        return [
            e
            async for e in self.list_objects_iter(
                prefix, props, page_size, flags, target, inventory_name, start_after
            )
        ]

    async def list_all_objects_iter(
        self, prefix: str = "", props: str = "name,size", start_after: str = ""
    ) -> AsyncIterator[AsyncObject]:
        """Every object whose name starts with `prefix`, as `AsyncObject`s with listed props."""
        async for entry in self.list_objects_iter(
            prefix=prefix, props=props, start_after=start_after
        ):
            yield self.object(entry.name, entry.generate_object_props())

    async def list_urls(self, prefix: str = "", etl_name: str | None = None) -> AsyncIterator[str]:
        """The full GET URL of every object whose name starts with `prefix`."""
        async for entry in self.list_objects_iter(prefix=prefix, props="name"):
            yield self.object(entry.name).get_url(etl_name=etl_name)

    # ---- objects -----------------------------------------------------------------------------
    def object(self, obj_name: str, props: ObjectProps | None = None) -> AsyncObject:
        """The object `obj_name` of this bucket (no request is made)."""
        return AsyncObject(self._client, self._details(), obj_name, props)

    def objects(
        self,
        obj_names: list[str] | None = None,
        obj_range: Any = None,
        obj_template: str | None = None,
    ) -> AsyncObjectGroup:
        """A group of objects of this bucket: by names, by an ObjectRange, or by a template."""
        from aistore.aio.object_group import AsyncObjectGroup

        return AsyncObjectGroup(
            self, obj_names=obj_names, obj_range=obj_range, obj_template=obj_template
        )


def _sync_bucket(bucket: object) -> Bucket:
    if not isinstance(bucket, AsyncBucket):
        raise TypeError(f"to_bck must be an AsyncBucket, got {type(bucket).__name__}")
    return bucket._bck
