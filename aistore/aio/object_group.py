"""AsyncObjectGroup: the asyncio twin of `aistore.sdk.multiobj.ObjectGroup` (replayed sends)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from aistore._core.async_sender import AsyncOperationSender
from aistore.aio._replay import replay
from aistore.sdk.bucket import DEFAULT_ETL_TIMEOUT, Bucket
from aistore.sdk.multiobj.object_collection import ObjectCollection
from aistore.sdk.multiobj.object_group import BucketRef, ObjectGroup
from aistore.sdk.multiobj.object_range import ObjectRange

if TYPE_CHECKING:
    from aistore.aio.bucket import AsyncBucket
    from aistore.aio.object import AsyncObject


class AsyncObjectGroup:
    """Several objects of one bucket (asyncio); each job method is `ObjectGroup`'s own."""

    def __init__(
        self,
        bck: AsyncBucket,
        obj_names: Iterable[str] | None = None,
        obj_range: ObjectRange | None = None,
        obj_template: str | None = None,
    ) -> None:
        self.bck = bck
        # checks the selection now, as the synchronous class does
        self._group = ObjectGroup(self._bucket(None), obj_names, obj_range, obj_template)

    def _bucket(self, client: Any) -> Bucket:
        return Bucket(
            name=self.bck.name,
            client=client,
            provider=self.bck.provider,
            namespace=self.bck.namespace,
        )

    def _bound(self, client: Any) -> ObjectGroup:
        group = ObjectGroup(self._bucket(client), obj_template="-")
        group._obj_collection = self._group._obj_collection
        return group

    @property
    def client(self) -> AsyncOperationSender:
        """The bucket's async request loop."""
        return self.bck.client

    @property
    def obj_collection(self) -> ObjectCollection:
        return self._group.obj_collection

    def __repr__(self) -> str:
        return f"Async{self._group!r}"

    def list_urls(self, prefix: str = "", etl_name: str | None = None) -> Iterator[str]:
        """The full GET URLs of the objects of the group (no request is made)."""
        for name in self._group._names(prefix):
            yield self.bck.object(name).get_url(etl_name=etl_name)

    async def list_all_objects_iter(
        self, prefix: str = "", props: str | None = "name,size"
    ) -> AsyncIterator[AsyncObject]:
        """The objects of the group; unless `props` is None, each is HEADed first (`props`)."""
        for name in self._group._names(prefix):
            obj = self.bck.object(name)
            if props is not None:
                await obj.head()
            yield obj

    def list_names(self) -> list[str]:
        """All the object names of this group (expanded locally; no request)."""
        return self._group.list_names()

    async def delete(self) -> str:
        """Delete the objects of the group; the job ID."""
        return await replay(self.bck.client, lambda c: self._bound(c).delete())

    async def evict(self) -> str:
        """Evict the objects of the group (remote buckets only); the job ID."""
        return await replay(self.bck.client, lambda c: self._bound(c).evict())

    async def prefetch(
        self,
        blob_threshold: int | None = None,
        num_workers: int | None = None,
        latest: bool = False,
        continue_on_error: bool = False,
    ) -> str:
        """Fetch the objects of the group from the remote backend; the job ID."""
        return await replay(
            self.bck.client,
            lambda c: self._bound(c).prefetch(
                blob_threshold, num_workers, latest, continue_on_error
            ),
        )

    async def copy(
        self,
        to_bck: BucketRef,
        prepend: str = "",
        continue_on_error: bool = False,
        dry_run: bool = False,
        force: bool = False,
        latest: bool = False,
        sync: bool = False,
        num_workers: int | None = None,
    ) -> str:
        """Copy the objects of the group to another bucket; the job ID."""
        return await replay(
            self.bck.client,
            lambda c: self._bound(c).copy(
                to_bck, prepend, continue_on_error, dry_run, force, latest, sync, num_workers
            ),
        )

    async def transform(
        self,
        to_bck: BucketRef,
        etl_name: str,
        timeout: str = DEFAULT_ETL_TIMEOUT,
        prepend: str = "",
        continue_on_error: bool = False,
        dry_run: bool = False,
        force: bool = False,
        latest: bool = False,
        sync: bool = False,
        num_workers: int | None = None,
    ) -> str:
        """Transform the objects of the group with an ETL into `to_bck`; the job ID."""
        return await replay(
            self.bck.client,
            lambda c: self._bound(c).transform(
                to_bck,
                etl_name,
                timeout,
                prepend,
                continue_on_error,
                dry_run,
                force,
                latest,
                sync,
                num_workers,
            ),
        )

    async def inspect(
        self,
        etl_name: str,
        timeout: str = DEFAULT_ETL_TIMEOUT,
        latest: bool = False,
        num_workers: int | None = None,
        etl_pipeline: list[str] | None = None,
    ) -> str:
        """Run each object through an ETL, storing nothing (`ObjectGroup.inspect`)."""
        return await replay(
            self.bck.client,
            lambda c: self._bound(c).inspect(etl_name, timeout, latest, num_workers, etl_pipeline),
        )

    async def archive(
        self,
        archive_name: str,
        mime: str = "",
        to_bck: BucketRef | None = None,
        include_source_name: bool = False,
        allow_append: bool = False,
        continue_on_err: bool = False,
    ) -> str:
        """Write the objects of the group into one archive object; the job ID."""
        return await replay(
            self.bck.client,
            lambda c: self._bound(c).archive(
                archive_name, mime, to_bck, include_source_name, allow_append, continue_on_err
            ),
        )
