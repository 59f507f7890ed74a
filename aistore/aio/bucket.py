"""AsyncBucket: the asyncio twin of `aistore.sdk.bucket.Bucket`.

Identity, checks and every operation both clients have are `BucketBase`'s (operation plans,
awaited here); only the async iterators and the object handles are this module's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from aistore._core.async_sender import AsyncOperationSender
from aistore._core.twin import AsyncShell
from aistore.aio.object import AsyncObject
from aistore.sdk._bucket_base import BucketBase
from aistore.sdk._bucket_listing import BROKEN_PAGE, page_broke
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.namespace import Namespace
from aistore.sdk.provider import Provider
from aistore.sdk.types import BucketEntry

if TYPE_CHECKING:
    from aistore.aio.object_group import AsyncObjectGroup
    from aistore.sdk.obj.object_props import ObjectProps


class AsyncBucket(BucketBase[AsyncOperationSender], AsyncShell):
    """A bucket (asyncio); making one sends no request. See `aistore.sdk.bucket.Bucket`."""

    _object_class = AsyncObject

    def __init__(
        self,
        client: AsyncOperationSender,
        name: str,
        provider: Provider | str = Provider.AIS,
        namespace: Namespace | None = None,
    ) -> None:
        super().__init__(name, client, provider, namespace)

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
