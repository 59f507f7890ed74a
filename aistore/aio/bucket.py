"""AsyncBucket: the asyncio twin of `aistore.sdk.bucket.Bucket`.

Identity, validation and messages are the synchronous class's (an inner `Bucket` without a
client holds name, provider and namespace); only the sends are awaited.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import httpx
from aistore_raw.ais.api.buckets import (
    bucket_action,
    bucket_delete_action,
    head_bucket,
    list_objects,
)
from aistore_raw.ais.models import (
    ActMsgCopyBck,
    ActMsgCreateBck,
    ActMsgDestroyBck,
    ActMsgEvictRemoteBck,
    ActMsgList,
    ActMsgMoveBck,
    LsoMsg,
)

from aistore._core.async_request import AsyncRequester
from aistore.aio.object import AsyncObject
from aistore.sdk._bucket_listing import decode_page
from aistore.sdk._bucket_validate import (
    check_bucket_name,
    check_page_size,
    check_str,
    join_list_flags,
)
from aistore.sdk.bucket import Bucket, _job_id, _tcb_msg
from aistore.sdk.errors import ErrBckAlreadyExists, ErrBckNotFound
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.namespace import Namespace
from aistore.sdk.obj.object import BucketDetails
from aistore.sdk.provider import Provider
from aistore.sdk.types import BucketEntry, BucketList, BucketModel

if TYPE_CHECKING:
    from aistore.aio.object_group import AsyncObjectGroup
    from aistore.sdk.obj.object_props import ObjectProps


class AsyncBucket:
    """A bucket (asyncio); making one sends no request. See `aistore.sdk.bucket.Bucket`."""

    def __init__(
        self,
        client: AsyncRequester,
        name: str,
        provider: Provider | str = Provider.AIS,
        namespace: Namespace | None = None,
    ) -> None:
        self._client = client
        self._bck = Bucket(name=name, provider=provider, namespace=namespace)

    # ---- identity (the synchronous class's) -------------------------------------------------
    @property
    def client(self) -> AsyncRequester:
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

    # ---- lifecycle ---------------------------------------------------------------------------
    async def create(self, exist_ok: bool = False) -> AsyncBucket:
        """Create this ais:// bucket; returns self."""
        self._bck._verify_ais_bucket()
        try:
            await self._client.send(
                bucket_action.op(
                    self.name, **self.qparam, body=ActMsgCreateBck(action="create-bck")
                )
            )
        except ErrBckAlreadyExists:
            if not exist_ok:
                raise
        return self

    async def delete(self, missing_ok: bool = False) -> None:
        """Destroy this ais:// bucket: its objects and its metadata."""
        self._bck._verify_ais_bucket()
        try:
            await self._client.send(
                bucket_delete_action.op(
                    self.name, **self.qparam, body=ActMsgDestroyBck(action="destroy-bck")
                )
            )
        except ErrBckNotFound:
            if not missing_ok:
                raise

    async def rename(self, to_bck_name: str) -> str:
        """Rename this ais:// bucket (a job); this handle takes the new name; the job ID."""
        self._bck._verify_ais_bucket()
        dest = Bucket(name=check_bucket_name(to_bck_name, "to_bck_name"), namespace=self.namespace)
        response = await self._client.send(
            bucket_action.op(
                self.name,
                **self.qparam,
                body=ActMsgMoveBck(action="move-bck"),
                bck_to=dest.get_path(),
            )
        )
        self._bck = Bucket(name=to_bck_name, provider=self.provider, namespace=self.namespace)
        return _job_id(response)  # type: ignore[arg-type]

    async def evict(self, keep_md: bool = False) -> None:
        """Evict this remote bucket's in-cluster data."""
        self.verify_cloud_bucket()
        await self._client.send(
            bucket_delete_action.op(
                self.name,
                **self.qparam,
                body=ActMsgEvictRemoteBck(action="evict-remote-bck"),
                keep_bck_md=bool(keep_md),
            )
        )

    async def head(self) -> httpx.Headers:
        """HEAD the bucket: the response headers (`ais-bucket-props` holds its properties)."""
        return (await self._client.send(head_bucket.op(self.name, **self.qparam))).headers

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
        if not isinstance(to_bck, AsyncBucket):
            raise TypeError(f"to_bck must be an AsyncBucket, got {type(to_bck).__name__}")
        value = _tcb_msg(prefix_filter, prepend, dry_run, force, latest, sync)
        response = await self._client.send(
            bucket_action.op(
                self.name,
                **self.qparam,
                body=ActMsgCopyBck(action="copy-bck", value=value),
                bck_to=to_bck.get_path(),
            )
        )
        return _job_id(response)  # type: ignore[arg-type]

    # ---- listing -----------------------------------------------------------------------------
    async def list_objects(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        uuid: str = "",
        continuation_token: str = "",
        flags: list[ListObjectFlag] | None = None,
        target: str = "",
    ) -> BucketList:
        """One page of the bucket's objects (entries' `object` is an `AsyncObject`)."""
        msg = LsoMsg(
            prefix=check_str(prefix, "prefix"),
            props=check_str(props, "props"),
            pagesize=check_page_size(page_size),
            uuid=check_str(uuid, "uuid"),
            continuation_token=check_str(continuation_token, "continuation_token"),
            flags=join_list_flags(flags),
            target=check_str(target, "target"),
        )
        response = await self._client.send(
            list_objects.op(self.name, **self.qparam, body=ActMsgList(action="list", value=msg)),
            msgpack=True,
        )
        return decode_page(response, self._client, self._details(), AsyncObject)

    async def list_objects_iter(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        flags: list[ListObjectFlag] | None = None,
        target: str = "",
    ) -> AsyncIterator[BucketEntry]:
        """All entries (`async for`); each page is requested when the previous one is used up."""
        uuid = token = ""
        while True:
            page = await self.list_objects(prefix, props, page_size, uuid, token, flags, target)
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
    ) -> list[BucketEntry]:
        """All entries as one list."""
        return [e async for e in self.list_objects_iter(prefix, props, page_size, flags, target)]

    async def list_all_objects_iter(
        self, prefix: str = "", props: str = "name,size"
    ) -> AsyncIterator[AsyncObject]:
        """Every object whose name starts with `prefix`, as `AsyncObject`s with listed props."""
        async for entry in self.list_objects_iter(prefix=prefix, props=props):
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
