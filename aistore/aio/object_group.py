"""AsyncObjectGroup: the asyncio twin of `aistore.sdk.multiobj.ObjectGroup` (its plans, awaited)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from aistore._core.async_sender import AsyncOperationSender
from aistore._core.twin import AsyncShell
from aistore.aio.bucket import AsyncBucket
from aistore.sdk.multiobj.object_group import ObjectGroupBase

if TYPE_CHECKING:
    from aistore.aio.object import AsyncObject


class AsyncObjectGroup(ObjectGroupBase[AsyncBucket], AsyncShell):
    """Several objects of one bucket (asyncio); the jobs are `ObjectGroup`'s, awaited."""

    @property
    def client(self) -> AsyncOperationSender:
        """The bucket's async request loop."""
        return self.bck.client

    def _sender(self) -> AsyncOperationSender:
        return self.bck.client

    def list_urls(self, prefix: str = "", etl_name: str | None = None) -> Iterator[str]:
        """The full GET URLs of the objects of the group (no request is made)."""
        for name in self._names(prefix):
            yield self.bck.object(name).get_url(etl_name=etl_name)

    async def list_all_objects_iter(
        self, prefix: str = "", props: str | None = "name,size"
    ) -> AsyncIterator[AsyncObject]:
        """The objects of the group; unless `props` is None, each is HEADed first (`props`)."""
        for name in self._names(prefix):
            obj = self.bck.object(name)
            if props is not None:
                await obj.head()
            yield obj
