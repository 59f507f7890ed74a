"""ObjectGroup: many objects of one bucket (a list, a range or a template) and the jobs on them.

Every job here is one generated operation on `/v1/buckets/{bucket}` sent through the bucket's
RequestClient: `bucket_delete_action` (delete-listrange, evict-listrange), `bucket_action`
(prefetch-listrange, copy-listrange, etl-listrange) and `archive_objects` (archive). The
selection travels in the action's `value` as `objnames` or `template`; a copy's, transform's
or archive's destination as `value.tobck`. Each answers the job ID (plain text).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Generic, Protocol, TypeVar

from aistore_raw.ais.api.buckets import archive_objects, bucket_action, bucket_delete_action
from aistore_raw.ais.models import (
    ActMsgArchive,
    ActMsgCopyListrange,
    ActMsgDeleteListrange,
    ActMsgEtlListrange,
    ActMsgEvictListrange,
    ActMsgPrefetchListrange,
    ArchiveMsg,
    Bck,
    EvdMsg,
    Ns,
    PrefetchMsg,
    TCOMsg,
)
from aistore_raw.ais.types import Call

from aistore._core.plan import Plan
from aistore._core.twin import SyncShell, operation
from aistore.sdk.ais_source import AISSource
from aistore.sdk.errors import AISInputError, InvalidBckProvider
from aistore.sdk.multiobj.object_collection import ObjectCollection
from aistore.sdk.multiobj.object_names import ObjectNames
from aistore.sdk.multiobj.object_range import ObjectRange
from aistore.sdk.multiobj.object_template import ObjectTemplate
from aistore.sdk.namespace import Namespace
from aistore.sdk.obj.object import BucketDetails, Object
from aistore.sdk.provider import Provider
from aistore.sdk.request_client import RequestClient

DEFAULT_ETL_TIMEOUT = "5m"
"""Default per-object ETL timeout of `transform` (as in the reference SDK)."""

logger = logging.getLogger(__name__)


class BucketRef(Protocol):
    """What a destination bucket must provide (`aistore.sdk.bucket.Bucket` does)."""

    @property
    def name(self) -> str: ...

    @property
    def provider(self) -> Provider: ...

    @property
    def namespace(self) -> Namespace | None: ...


class QueriedBucket(BucketRef, Protocol):
    """A bucket with its query parameters (provider, namespace)."""

    @property
    def qparam(self) -> Mapping[str, Any]: ...


class GroupBucket(QueriedBucket, Protocol):
    """What an ObjectGroup needs from its bucket (`aistore.sdk.bucket.Bucket` provides it)."""

    client: RequestClient


GB = TypeVar("GB", bound=QueriedBucket)


def _bck_model(bck: BucketRef, what: str) -> Bck:
    """The generated `Bck` (wire form `{"name", "provider", "namespace"}`) of a bucket."""
    name = getattr(bck, "name", None)
    provider = getattr(bck, "provider", None)
    if not isinstance(name, str) or not name or provider is None:
        raise TypeError(f"{what} must be a Bucket, got {bck!r}")
    model = Bck(name=name, provider=Provider.parse(provider).value)
    namespace = getattr(bck, "namespace", None)
    if namespace is not None and (namespace.uuid or namespace.name):
        model.namespace = Ns(uuid=namespace.uuid, name=namespace.name)
    return model


def _check_bool(**flags: Any) -> None:
    for key, value in flags.items():
        if not isinstance(value, bool):
            raise TypeError(f"{key} must be a bool, got {value!r}")


def _check_workers(num_workers: Any) -> None:
    if num_workers is not None and (
        isinstance(num_workers, bool) or not isinstance(num_workers, int) or num_workers < -1
    ):
        raise ValueError(f"num_workers must be an integer >= -1 or None, got {num_workers!r}")


class ObjectGroupBase(Generic[GB]):
    """What `ObjectGroup` and `aistore.aio.AsyncObjectGroup` share: the selection, its checks,
    and every job as an operation plan (sent through the bucket's client). Arguments and
    errors: see `ObjectGroup`."""

    def __init__(
        self,
        bck: GB,
        obj_names: Iterable[str] | None = None,
        obj_range: ObjectRange | None = None,
        obj_template: str | None = None,
    ) -> None:
        given = sum(arg is not None for arg in (obj_names, obj_range, obj_template))
        if given != 1:
            raise ValueError(
                "ObjectGroup accepts one and only one of: obj_names, obj_range, or obj_template"
            )
        self.bck = bck
        collection: ObjectCollection
        if obj_range is not None:
            if not isinstance(obj_range, ObjectRange):
                raise TypeError("obj_range must be of type ObjectRange")
            collection = obj_range
        elif obj_names is not None:
            if isinstance(obj_names, str | bytes) or not isinstance(obj_names, Iterable):
                raise TypeError(f"obj_names must be a list of strings, got {obj_names!r}"[:200])
            collection = ObjectNames(obj_names)
        elif obj_template is not None:
            if not isinstance(obj_template, str):
                raise TypeError(f"obj_template must be a string, got {obj_template!r}"[:200])
            collection = ObjectTemplate(obj_template)
        else:  # pragma: no cover - excluded by the count above
            raise ValueError("no object selection given")
        self._obj_collection = collection

    # ---- identity ----------------------------------------------------------------------
    @property
    def obj_collection(self) -> ObjectCollection:
        """The selection: an ObjectNames, ObjectRange or ObjectTemplate."""
        return self._obj_collection

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._bucket_path()}, {self._obj_collection!r})"

    def _bucket_path(self) -> str:
        return f"{Provider.parse(self.bck.provider).value}://{self.bck.name}"

    def _qparams(self) -> dict[str, Any]:
        return dict(self.bck.qparam)

    def _details(self) -> BucketDetails:
        return BucketDetails(self.bck.name, Provider.parse(self.bck.provider), self._qparams())

    def _names(self, prefix: str) -> Iterator[str]:
        if not isinstance(prefix, str):
            raise TypeError(f"prefix must be a string, got {prefix!r}"[:200])
        for name in self._obj_collection:
            if name.startswith(prefix):
                yield name

    def list_names(self) -> list[str]:
        """All the object names included in this group (expanded locally; no request).

        Raises:
            RuntimeError: the group is an ObjectRange without indices (a bare prefix).
        """
        return list(self._obj_collection)

    # ---- jobs --------------------------------------------------------------------------
    def _selection(self) -> dict[str, Any]:
        return self._obj_collection.get_value()

    @operation
    def delete(self) -> Plan[str]:
        """Delete the objects of the group.

        Returns:
            Job ID (as str) that can be used to check the status of the operation
        """
        body = ActMsgDeleteListrange(value=EvdMsg(**self._selection()))
        return (
            yield from self._job(
                bucket_delete_action.op(self.bck.name, body=body, **self._qparams())
            )
        )

    @operation
    def evict(self) -> Plan[str]:
        """Evict the objects of the group from the cluster (they stay in the remote backend).

        NOTE: only remote (cloud) buckets can be evicted.

        Raises:
            InvalidBckProvider: the bucket is an ais:// bucket (checked before any request).

        Returns:
            Job ID (as str) that can be used to check the status of the operation
        """
        self._verify_remote_bucket()
        body = ActMsgEvictListrange(value=EvdMsg(**self._selection()))
        return (
            yield from self._job(
                bucket_delete_action.op(self.bck.name, body=body, **self._qparams())
            )
        )

    @operation
    def prefetch(
        self,
        blob_threshold: int | None = None,
        num_workers: int | None = None,
        latest: bool = False,
        continue_on_error: bool = False,
    ) -> Plan[str]:
        """Fetch the objects of the group from the remote backend into the cluster.

        NOTE: only remote (cloud) buckets can be prefetched.

        Args:
            blob_threshold: use the blob downloader for remote objects of at least this many
                bytes.
            num_workers: concurrent readers per target; 0/None: one per mountpath, -1: none
                (single-threaded); larger values are capped at the number of target CPUs.
            latest: GET the latest object version from the remote bucket.
            continue_on_error: go on when one object fails.

        Raises:
            InvalidBckProvider: the bucket is an ais:// bucket (checked before any request).

        Returns:
            Job ID (as str) that can be used to check the status of the operation
        """
        _check_bool(latest=latest, continue_on_error=continue_on_error)
        _check_workers(num_workers)
        if blob_threshold is not None and (
            isinstance(blob_threshold, bool) or not isinstance(blob_threshold, int)
        ):
            raise TypeError(f"blob_threshold must be an integer, got {blob_threshold!r}")
        self._verify_remote_bucket()
        value = PrefetchMsg(**self._selection(), coer=continue_on_error, latest_ver=latest)
        if blob_threshold:
            value.blob_threshold = blob_threshold
        if num_workers:
            value.num_workers = num_workers
        body = ActMsgPrefetchListrange(value=value)
        return (yield from self._job(bucket_action.op(self.bck.name, body=body, **self._qparams())))

    @operation
    def copy(
        self,
        to_bck: BucketRef,
        prepend: str = "",
        continue_on_error: bool = False,
        dry_run: bool = False,
        force: bool = False,
        latest: bool = False,
        sync: bool = False,
        num_workers: int | None = None,
    ) -> Plan[str]:
        """Copy the objects of the group to another bucket.

        Args:
            to_bck: destination Bucket.
            prepend: prefix to put before the names of the copies.
            continue_on_error: go on when one object fails.
            dry_run: only log what would be copied (the job runs without writing).
            force: run even if it conflicts with another job ("limited coexistence").
            latest: GET the latest object version from the remote source bucket.
            sync: synchronize the destination with the remote source (deletions included).
            num_workers: concurrent readers per target; 0/None: one per mountpath, -1: none.

        Returns:
            Job ID (as str) that can be used to check the status of the operation
        """
        value = self._tco_msg(
            to_bck, prepend, continue_on_error, dry_run, force, latest, sync, num_workers
        )
        if dry_run:
            logger.info(
                "Copy dry-run. Running with dry_run=False will copy the following objects "
                "from bucket '%s' to '%s': %s",
                self._bucket_path(),
                f"{value.tobck.provider}://{value.tobck.name}",
                self._obj_collection,
            )
        body = ActMsgCopyListrange(value=value)
        return (yield from self._job(bucket_action.op(self.bck.name, body=body, **self._qparams())))

    @operation
    def transform(
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
    ) -> Plan[str]:
        """Transform the objects of the group with an ETL, writing the results to `to_bck`.

        Args:
            to_bck: destination Bucket.
            etl_name: name of an initialized ETL.
            timeout: per-object ETL timeout, e.g. "5m".
            prepend: prefix to put before the names of the results.
            continue_on_error: go on when one object fails.
            dry_run: only log what would be transformed.
            force: run even if it conflicts with another job ("limited coexistence").
            latest: GET the latest object version from the remote source bucket.
            sync: synchronize the destination with the remote source.
            num_workers: concurrent readers per target; 0/None: one per mountpath, -1: none.

        Returns:
            Job ID (as str) that can be used to check the status of the operation
        """
        if not isinstance(etl_name, str) or not etl_name:
            raise ValueError(f"etl_name must be a non-empty string, got {etl_name!r}")
        if not isinstance(timeout, str):
            raise TypeError(f"timeout must be a duration string such as '5m', got {timeout!r}")
        value = self._tco_msg(
            to_bck, prepend, continue_on_error, dry_run, force, latest, sync, num_workers
        )
        value.id = etl_name
        if timeout:
            value.request_timeout = timeout
        if dry_run:
            logger.info(
                "Transform dry-run. Running with dry_run=False will apply ETL '%s' to objects %s",
                etl_name,
                self._obj_collection,
            )
        body = ActMsgEtlListrange(value=value)
        return (yield from self._job(bucket_action.op(self.bck.name, body=body, **self._qparams())))

    @operation
    def inspect(
        self,
        etl_name: str,
        timeout: str = DEFAULT_ETL_TIMEOUT,
        latest: bool = False,
        num_workers: int | None = None,
        etl_pipeline: list[str] | None = None,
    ) -> Plan[str]:
        """Run each object of the group through ETL `etl_name` without storing results (2.x).

        A dry-run transform into the group's own bucket that continues past errors.
        `etl_pipeline`: server v1.5.0 has no ETL pipelines, so a non-empty list raises
        NotImplementedError before any request.

        Returns:
            the job ID.
        """
        if etl_pipeline:
            raise NotImplementedError("ETL pipelines: server v1.5.0 has no such feature")
        return (
            yield from ObjectGroupBase.transform.plan(
                self,
                to_bck=self.bck,
                etl_name=etl_name,
                timeout=timeout,
                continue_on_error=True,
                dry_run=True,
                latest=latest,
                num_workers=num_workers,
            )
        )

    @operation
    def archive(
        self,
        archive_name: str,
        mime: str = "",
        to_bck: BucketRef | None = None,
        include_source_name: bool = False,
        allow_append: bool = False,
        continue_on_err: bool = False,
    ) -> Plan[str]:
        """Create (or append to) an archive (shard) of the objects of the group.

        Args:
            archive_name: name of the archive object, e.g. "shard.tar" (the extension gives
                the format unless `mime` does: .tar, .tgz/.tar.gz, .zip, .tar.lz4).
            mime: archive format, e.g. ".tar".
            to_bck: bucket of the archive; default: this group's bucket.
            include_source_name: prefix the archived names with the source bucket name.
            allow_append: append to the archive if it exists.
            continue_on_err: go on when one object fails.

        Returns:
            Job ID (as str) that can be used to check the status of the operation
        """
        if not isinstance(archive_name, str) or not archive_name:
            raise AISInputError(f"archive_name must be a non-empty string, got {archive_name!r}")
        if not isinstance(mime, str):
            raise TypeError(f"mime must be a string, got {mime!r}")
        _check_bool(
            include_source_name=include_source_name,
            allow_append=allow_append,
            continue_on_err=continue_on_err,
        )
        value = ArchiveMsg(
            archname=archive_name,
            tobck=_bck_model(to_bck if to_bck is not None else self.bck, "to_bck"),
            isbn=include_source_name,
            aate=allow_append,
            coer=continue_on_err,
            **self._selection(),
        )
        if mime:
            value.mime = mime
        body = ActMsgArchive(value=value)
        return (
            yield from self._job(archive_objects.op(self.bck.name, body=body, **self._qparams()))
        )

    # ---- helpers -----------------------------------------------------------------------
    def _job(self, call: Call[Any]) -> Plan[str]:
        """Send a bucket action of this group's bucket; the job ID it answers."""
        # job IDs are plain text (some server versions JSON-quote them)
        response = yield call
        return str(response.text).strip().strip('"')

    def _verify_remote_bucket(self) -> None:
        if Provider.parse(self.bck.provider) is Provider.AIS:
            raise InvalidBckProvider(self.bck.provider)

    def _tco_msg(
        self,
        to_bck: BucketRef,
        prepend: str,
        continue_on_error: bool,
        dry_run: bool,
        force: bool,
        latest: bool,
        sync: bool,
        num_workers: int | None,
    ) -> TCOMsg:
        if not isinstance(prepend, str):
            raise TypeError(f"prepend must be a string, got {prepend!r}")
        _check_bool(
            continue_on_error=continue_on_error,
            dry_run=dry_run,
            force=force,
            latest=latest,
            sync=sync,
        )
        _check_workers(num_workers)
        value = TCOMsg(
            tobck=_bck_model(to_bck, "to_bck"),
            prefix="",
            prepend=prepend,
            dry_run=dry_run,
            force=force,
            latest_ver=latest,
            synchronize=sync,
            coer=continue_on_error,
            **self._selection(),
        )
        if num_workers:
            value.num_workers = num_workers
        return value


class ObjectGroup(ObjectGroupBase[GroupBucket], AISSource, SyncShell):
    """A class representing multiple objects within the same bucket.

    Only one of obj_names, obj_range, or obj_template should be provided; making a group
    sends no request.

    Args:
        bck: the Bucket the objects belong to.
        obj_names: names of the objects (a list of strings; jobs refuse an empty one).
        obj_range: an `ObjectRange` defining which object names are included.
        obj_template: a template string passed to the API as is (see `ObjectTemplate`).

    Raises:
        ValueError: not exactly one of `obj_names`, `obj_range`, `obj_template` is given, or
            (from a job, after its own checks) `obj_names` is empty.
        TypeError: `obj_range` is not an ObjectRange, `obj_names` is a single string, or
            `obj_template` is not a string.
    """

    @property
    def client(self) -> RequestClient:
        """The client bound to the bucket used by the ObjectGroup."""
        return self.bck.client

    @client.setter
    def client(self, client: RequestClient) -> None:
        """Update the client bound to the bucket used by the ObjectGroup."""
        self.bck.client = client

    def _sender(self) -> RequestClient:
        return self.bck.client

    def _object(self, name: str) -> Object:
        return Object(self.bck.client, self._details(), name)

    # ---- AISSource ---------------------------------------------------------------------
    def list_urls(self, prefix: str = "", etl_name: str | None = None) -> Iterator[str]:
        """Iterate over the full GET URLs of the objects of the group (no request is made).

        Args:
            prefix: only objects whose names start with this prefix.
            etl_name: ETL to include in the URLs.

        Returns:
            Iterator of all object URLs in the group
        """
        for name in self._names(prefix):
            yield self._object(name).get_url(etl_name=etl_name)

    def list_all_objects_iter(
        self, prefix: str = "", props: str | None = "name,size"
    ) -> Iterator[Object]:
        """Iterate over the objects of the group (as `Object`s).

        Args:
            prefix: only objects whose names start with this prefix.
            props: anything but None HEADs each object, filling its `props` (one request
                per object); None skips that.

        Returns:
            Iterator of all the objects in the group
        """
        for name in self._names(prefix):
            obj = self._object(name)
            if props is not None:
                obj.head()
            yield obj
