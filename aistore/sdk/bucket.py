"""Bucket: one bucket of an AIS cluster: create/destroy/rename/copy, list, summarize, upload."""

from __future__ import annotations

import itertools
import json
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

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
    ActMsgCreateInventory,
    ActMsgDestroyBck,
    ActMsgDestroyInventory,
    ActMsgEtlBck,
    ActMsgEvictRemoteBck,
    ActMsgList,
    ActMsgMoveBck,
    ActMsgShowInventory,
    ActMsgSummaryBck,
    BsummCtrlMsg,
    LsoMsg,
    TCBMsg,
    TCBMsgExt,
)
from aistore_raw.ais.models import CreateNBIMsg as RawCreateNBIMsg
from requests.structures import CaseInsensitiveDict

from aistore._core.config import SUMMARY_POLL_BACKOFF, SUMMARY_TIMEOUT
from aistore.sdk._bucket_actions import check_params, route
from aistore.sdk._bucket_listing import ObjectIterator, decode_page
from aistore.sdk._bucket_validate import (
    check_bucket_name,
    check_page_size,
    check_str,
    join_list_flags,
)
from aistore.sdk._poll import poll_until
from aistore.sdk.ais_source import AISSource
from aistore.sdk.const import (
    QPARAM_NAMESPACE,
    QPARAM_PROVIDER,
    STATUS_ACCEPTED,
    STATUS_OK,
    STATUS_PARTIAL_CONTENT,
)
from aistore.sdk.enums import FLTPresence
from aistore.sdk.errors import (
    AISInputError,
    ErrBckAlreadyExists,
    ErrBckNotFound,
    InvalidBckProvider,
    UnexpectedHTTPStatusCode,
)
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.namespace import Namespace
from aistore.sdk.obj.object import BucketDetails, Object
from aistore.sdk.provider import Provider
from aistore.sdk.request_client import RequestClient
from aistore.sdk.types import BucketEntry, BucketList, BucketModel, CreateNBIMsg, NBIInfo

if TYPE_CHECKING:
    from aistore.sdk.multiobj.object_group import ObjectGroup
    from aistore.sdk.obj.object_props import ObjectProps

__all__ = ["DEFAULT_ETL_TIMEOUT", "Bucket", "Header", "ObjectIterator"]

Header = CaseInsensitiveDict[str]
"""What `Bucket.head` returns (case-insensitive, like 1.9.2's CaseInsensitiveDict)."""

DEFAULT_ETL_TIMEOUT = "5m"  # as aistore.sdk.etl.etl_const in 1.9.2


# FLTPresence values the server treats as "bucket must be present" (api/apc/query.go IsFltPresent)
_FLT_PRESENT = {
    FLTPresence.FLT_PRESENT,
    FLTPresence.FLT_PRESENT_NO_PROPS,
    FLTPresence.FLT_PRESENT_CLUSTER,
}


class DatasetWriter(Protocol):
    """What `write_dataset` needs of its config (1.9.2's `aistore.sdk.dataset.DatasetConfig`)."""

    def write_shards(self, skip_missing: bool, **kwargs: Any) -> None: ...


class Bucket(AISSource):
    """A bucket that contains user data; making one sends no request.

    Args:
        name: bucket name (letters, digits, `-`, `_`, `.`; at most 64; no leading `.`, no `..`).
        client: the cluster's RequestClient (needed by every method that sends a request).
        provider: "ais" (default), "aws"/"s3", "gcp"/"gs", "azure"/"az", "oci"/"oc", or a Provider.
        namespace: namespace of the bucket (default: the global namespace).

    Raises:
        ValueError / TypeError: the name is not a valid bucket name.
        InvalidBckProvider: unknown provider.
    """

    def __init__(
        self,
        name: str,
        client: RequestClient | None = None,
        provider: Provider | str = Provider.AIS,
        namespace: Namespace | None = None,
    ) -> None:
        if namespace is not None and not isinstance(namespace, Namespace):
            raise TypeError(f"namespace must be a Namespace, got {type(namespace).__name__}")
        self._name = check_bucket_name(name)
        self._client = client
        self._provider = Provider.parse(provider)
        self._namespace = namespace
        self._qparam: dict[str, Any] = {QPARAM_PROVIDER: self._provider.value}
        if namespace:
            self._qparam[QPARAM_NAMESPACE] = namespace.get_path()

    # ---- identity ----------------------------------------------------------------------
    @property
    def client(self) -> RequestClient:
        """The client used by this bucket."""
        return self._rc()

    @client.setter
    def client(self, client: RequestClient) -> None:
        """Update the client used by this bucket."""
        self._client = client

    @property
    def qparam(self) -> dict[str, Any]:
        """Default query parameters to use with API calls from this bucket."""
        return self._qparam

    @property
    def provider(self) -> Provider:
        """The provider for this bucket."""
        return self._provider

    @property
    def name(self) -> str:
        """The name of this bucket."""
        return self._name

    @property
    def namespace(self) -> Namespace | None:
        """The namespace for this bucket."""
        return self._namespace

    def __repr__(self) -> str:
        # written as users and the CLI write buckets: ais://name, ais://@uuid#ns/name
        ns = f"{self._namespace.get_path()}/" if self._namespace else ""
        return f"Bucket('{self._provider.value}://{ns}{self._name}')"

    def _rc(self) -> RequestClient:
        if self._client is None:
            raise ValueError(
                f"bucket {self._name!r} has no client; get it from Client.bucket() or set"
                " bucket.client before making requests"
            )
        return self._client

    def _details(self) -> BucketDetails:
        return BucketDetails(self._name, self._provider, self._qparam)

    # ---- AISSource ---------------------------------------------------------------------
    def list_urls(self, prefix: str = "", etl_name: str | None = None) -> Iterable[str]:
        """Iterate over the full GET URLs of every object whose name starts with `prefix`.

        Args:
            prefix: only objects whose names start with this.
            etl_name: ETL to apply on GET (added to each URL).
        """
        for entry in self.list_objects_iter(prefix=prefix, props="name"):
            yield self.object(entry.name).get_url(etl_name=etl_name)

    def list_all_objects_iter(
        self, prefix: str = "", props: str = "name,size", start_after: str = ""
    ) -> Iterable[Object]:
        """Iterate over every object whose name starts with `prefix`, as `Object`s.

        Each Object's `props` are pre-filled from the listing (`props` selects which:
        "name", "size", "atime", "version", "checksum", "location", "copies", ...).
        `start_after` (2.x): only names after this one (ais:// buckets).
        """
        entries = self.list_objects_iter(prefix=prefix, props=props, start_after=start_after)
        for entry in entries:
            yield self.object(entry.name, entry.generate_object_props())

    # ---- bucket lifecycle --------------------------------------------------------------
    def create(self, exist_ok: bool = False) -> Bucket:
        """Create this ais:// bucket; returns self.

        Args:
            exist_ok: do not raise if the bucket already exists.

        Raises:
            InvalidBckProvider: not an ais:// bucket (remote buckets cannot be created).
            ErrBckAlreadyExists: it exists and `exist_ok` is False.
            AISError: any other error status.
        """
        self._verify_ais_bucket()
        try:
            self._rc().send(bucket_action.op(self._name, **self._qparam, body=ActMsgCreateBck()))
        except ErrBckAlreadyExists:
            if not exist_ok:
                raise
        return self

    def delete(self, missing_ok: bool = False) -> None:
        """Destroy this ais:// bucket: its objects and its metadata.

        (AIS never deletes a bucket in a Cloud backend; for remote buckets see `evict`.)

        Args:
            missing_ok: do not raise if the bucket does not exist.

        Raises:
            InvalidBckProvider: not an ais:// bucket.
            ErrBckNotFound: no such bucket and `missing_ok` is False.
        """
        self._verify_ais_bucket()
        try:
            self._rc().send(
                bucket_delete_action.op(self._name, **self._qparam, body=ActMsgDestroyBck())
            )
        except ErrBckNotFound:
            if not missing_ok:
                raise

    def rename(self, to_bck_name: str) -> str:
        """Rename this ais:// bucket (an asynchronous job); this handle takes the new name.

        Args:
            to_bck_name: the new name (same provider and namespace).

        Returns:
            The job ID of the rename.

        Raises:
            InvalidBckProvider: not an ais:// bucket.
            ValueError: `to_bck_name` is not a valid bucket name.
        """
        self._verify_ais_bucket()
        dest = Bucket(name=check_bucket_name(to_bck_name, "to_bck_name"), namespace=self._namespace)
        response = self._rc().send(
            bucket_action.op(
                self._name,
                **self._qparam,
                body=ActMsgMoveBck(),
                bck_to=dest.get_path(),
            )
        )
        self._name = to_bck_name
        return _job_id(response)

    def evict(self, keep_md: bool = False) -> None:
        """Evict this remote bucket's in-cluster data (only remote buckets can be evicted).

        Args:
            keep_md: keep the bucket's metadata (name and properties) in the cluster.

        Raises:
            InvalidBckProvider: an ais:// bucket.
        """
        self.verify_cloud_bucket()
        self._rc().send(
            bucket_delete_action.op(
                self._name,
                **self._qparam,
                body=ActMsgEvictRemoteBck(),
                keep_bck_md=bool(keep_md),
            )
        )

    # ---- properties and summaries ------------------------------------------------------
    def head(self) -> Header:
        """HEAD the bucket: the response headers; `ais-bucket-props` holds its properties (JSON).

        Returns:
            a case-insensitive dict of the headers (requests' `CaseInsensitiveDict`, as in 1.9.2).

        Raises:
            ErrBckNotFound: no such bucket.
        """
        return CaseInsensitiveDict(
            self._rc().send(head_bucket.op(self._name, **self._qparam)).headers
        )

    def summary(
        self,
        uuid: str = "",
        prefix: str = "",
        cached: bool = True,
        present: bool = True,
    ) -> dict[str, Any]:
        """Start a bucket summary job and wait for its result (a dict, as the server sends it).

        Args:
            uuid: ID of an already started summary job ("" starts one).
            prefix: only objects whose names start with this.
            cached: only objects present in the cluster.
            present: only if the bucket is present in the cluster.

        Returns:
            The summary: "name", "provider", "namespace", "ObjCount", "ObjSize", "TotalSize",
            "used_pct", "is_present".

        Raises:
            UnexpectedHTTPStatusCode: the server answered a status other than 200/202/206.
        """
        msg = BsummCtrlMsg(
            uuid=check_str(uuid, "uuid"),
            prefix=check_str(prefix, "prefix"),
            cached=bool(cached),
            present=bool(present),
        )

        def ask() -> httpx.Response:
            body = ActMsgSummaryBck(value=msg)
            return self._rc().send(list_objects.op(self._name, **self._qparam, body=body))

        response = ask()
        if response.status_code == STATUS_OK and not msg.uuid:
            # a fresh summary always starts as a job (202); 200 here means no job was made
            raise UnexpectedHTTPStatusCode([STATUS_ACCEPTED], response.status_code)
        if response.status_code == STATUS_ACCEPTED:
            msg.uuid = _job_id(response)

        answers = itertools.chain([response], iter(ask, None))  # the first, then one per wait

        def done() -> httpx.Response | None:
            answer = next(answers)
            if answer.status_code == STATUS_OK:
                return answer
            if answer.status_code not in (STATUS_ACCEPTED, STATUS_PARTIAL_CONTENT):
                raise UnexpectedHTTPStatusCode(
                    [STATUS_OK, STATUS_ACCEPTED, STATUS_PARTIAL_CONTENT], answer.status_code
                )
            return None

        response = self._wait_summary(done)
        results = response.json()
        if not isinstance(results, list) or not results:
            raise UnexpectedHTTPStatusCode([STATUS_OK], response.status_code)
        first: dict[str, Any] = results[0]
        return first

    def info(
        self,
        flt_presence: int = FLTPresence.FLT_EXISTS,
        bsumm_remote: bool = True,
        prefix: str = "",
    ) -> tuple[str, dict[str, Any]]:
        """Bucket properties and summary (runs a summary job and waits for it).

        Args:
            flt_presence: an `FLTPresence` value (which buckets/objects count as present).
            bsumm_remote: include remote (not in-cluster) objects in the summary.
            prefix: only objects whose names start with this.

        Returns:
            (the bucket properties as the JSON text of `ais-bucket-props`, the summary dict).

        Raises:
            ValueError: `flt_presence` is not an FLTPresence value.
        """
        try:
            flt = FLTPresence(flt_presence)
        except ValueError as err:
            raise ValueError(
                f"flt_presence must be one of {[int(v) for v in FLTPresence]}, got {flt_presence!r}"
            ) from err
        prefix = check_str(prefix, "prefix")
        if prefix:
            # The prefixed form of this HEAD is the path `/v1/buckets/<bucket>/<prefix>`, which the
            # spec's `head_bucket` does not describe; the summary-bck action runs the same summary
            # job with the same control message the proxy would build from that HEAD.
            head = self._rc().send(head_bucket.op(self._name, **self._qparam, presence=int(flt)))
            result = self.summary(
                prefix=prefix, cached=not bsumm_remote, present=flt in _FLT_PRESENT
            )
            return head_bucket.parse_headers(head).get("ais_bucket_props", "{}"), result
        response = self._rc().send(
            head_bucket.op(
                self._name, **self._qparam, presence=int(flt), bsumm_remote=bool(bsumm_remote)
            )
        )
        declared = head_bucket.parse_headers(response)
        props = declared.get("ais_bucket_props", "{}")
        if response.status_code not in (STATUS_OK, STATUS_ACCEPTED):
            raise UnexpectedHTTPStatusCode([STATUS_ACCEPTED], response.status_code)
        job = declared.get("ais_xaction_id", "").strip('"')

        def ask() -> httpx.Response:
            return self._rc().send(
                head_bucket.op(
                    self._name,
                    **self._qparam,
                    presence=int(flt),
                    bsumm_remote=bool(bsumm_remote),
                    uuid=job,
                )
            )

        answers = itertools.chain([response], iter(ask, None))  # the first, then one per wait

        def done() -> httpx.Response | None:
            answer = next(answers)
            return answer if answer.status_code == STATUS_OK else None

        response = self._wait_summary(done)
        summ = head_bucket.parse_headers(response).get("ais_bucket_summ", "")
        return props, (json.loads(summ) if summ else {})

    def _wait_summary(self, done: Callable[[], httpx.Response | None]) -> httpx.Response:
        return poll_until(
            done,
            timeout=SUMMARY_TIMEOUT,
            action=f"the summary of bucket {self._name!r}",
            backoff=SUMMARY_POLL_BACKOFF,
        )

    # ---- copy and transform ------------------------------------------------------------
    def copy(
        self,
        to_bck: Bucket,
        prefix_filter: str = "",
        prepend: str = "",
        dry_run: bool = False,
        force: bool = False,
        latest: bool = False,
        sync: bool = False,
    ) -> str:
        """Copy this bucket's objects to `to_bck` (created if needed); returns the job ID.

        Args:
            to_bck: destination bucket.
            prefix_filter: only objects whose names start with this.
            prepend: prepended to the name of each copy.
            dry_run: only report what would be copied.
            force: proceed even if the destination is busy (e.g. being rebalanced).
            latest: GET the latest version from the remote backend of the source.
            sync: synchronize the destination with the remote source (deletions too).
        """
        dest = _check_bucket(to_bck, "to_bck")
        value = _tcb_msg(prefix_filter, prepend, dry_run, force, latest, sync)
        response = self._rc().send(
            bucket_action.op(
                self._name,
                **self._qparam,
                body=ActMsgCopyBck(value=value),
                bck_to=dest.get_path(),
            )
        )
        return _job_id(response)

    def transform(
        self,
        etl_name: str,
        to_bck: Bucket,
        timeout: str = DEFAULT_ETL_TIMEOUT,
        prefix_filter: str = "",
        prepend: str = "",
        ext: dict[str, str] | None = None,
        force: bool = False,
        dry_run: bool = False,
        latest: bool = False,
        sync: bool = False,
    ) -> str:
        """Run every selected object through ETL `etl_name` into `to_bck`; returns the job ID.

        Args:
            etl_name: an ETL initialized in the cluster.
            to_bck: destination bucket.
            timeout: per-object ETL request timeout (a Go duration, e.g. "5m").
            prefix_filter: only objects whose names start with this.
            prepend: prepended to the name of each result.
            ext: extension renames, new by old, e.g. `{"jpg": "txt"}`.
            force, dry_run, latest, sync: as for `copy`.
        """
        return self._etl_bck(
            etl_name,
            to_bck,
            timeout,
            _tcb_msg(prefix_filter, prepend, dry_run, force, latest, sync),
            ext,
        )

    def inspect(
        self,
        etl_name: str,
        timeout: str = DEFAULT_ETL_TIMEOUT,
        prefix_filter: str = "",
        latest: bool = False,
        num_workers: int | None = None,
        etl_pipeline: list[str] | None = None,
    ) -> str:
        """Run every selected object through ETL `etl_name` without storing results (2.x).

        A dry-run transform into this bucket that continues past errors: the ETL sees each
        object (validation, custom checks); its per-object errors are in `Etl.view()`.

        Args:
            etl_name: an ETL initialized in the cluster.
            timeout: per-object ETL request timeout (a Go duration, e.g. "5m").
            prefix_filter: only objects whose names start with this.
            latest: GET the latest version from the remote backend.
            num_workers: concurrent workers per target (None or 0: the server's default).
            etl_pipeline: (2.x) further ETLs; server v1.5.0 has no ETL pipelines, so a
                non-empty list raises NotImplementedError before any request.

        Returns:
            the job ID.
        """
        if etl_pipeline:
            raise NotImplementedError("ETL pipelines: server v1.5.0 has no such feature")
        value = _tcb_msg(prefix_filter, "", True, False, latest, False)
        if num_workers is not None:
            if isinstance(num_workers, bool) or not isinstance(num_workers, int) or num_workers < 0:
                raise ValueError(f"num_workers must be a non-negative int, got {num_workers!r}")
            value.num_workers = num_workers
        value.coer = True
        return self._etl_bck(etl_name, self, timeout, value, None)

    def _etl_bck(
        self,
        etl_name: str,
        to_bck: Bucket,
        timeout: str,
        value: TCBMsg,
        ext: dict[str, str] | None,
    ) -> str:
        if not isinstance(etl_name, str) or not etl_name:
            raise ValueError(f"etl_name must be a non-empty string, got {etl_name!r}")
        dest = _check_bucket(to_bck, "to_bck")
        value.id = etl_name
        value.request_timeout = check_str(timeout, "timeout") or DEFAULT_ETL_TIMEOUT
        if ext is not None and not isinstance(ext, dict):
            raise TypeError(f"ext must be a dict of str to str, e.g. {{'jpg': 'txt'}}, got {ext!r}")
        if ext:
            if not all(isinstance(k, str) and isinstance(v, str) for k, v in ext.items()):
                raise TypeError("ext must map str to str, e.g. {'jpg': 'txt'}")
            value.ext = TCBMsgExt.from_dict(ext)
        response = self._rc().send(
            bucket_action.op(
                self._name,
                **self._qparam,
                body=ActMsgEtlBck(value=value),
                bck_to=dest.get_path(),
            )
        )
        return _job_id(response)

    # ---- listing -----------------------------------------------------------------------
    def list_objects(
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
        """One page of the bucket's objects, with the listing's ID and continuation token.

        Args:
            prefix: only objects whose names start with this.
            props: comma-separated properties to return ("name", "size", "atime", "version",
                "checksum", "cached", "status", "copies", "ec", "custom", "location", ...);
                "" - the server's default (name and size).
            page_size: at most this many entries (0 - the backend's maximum; 10,000 for ais://).
            uuid: the listing's ID from the previous page ("" on the first page).
            continuation_token: from the previous page ("" on the first page).
            flags: ListObjectFlag values.
            target: only objects on this target (node ID).
            inventory_name: (2.x) list from this native bucket inventory (see `create_inventory`)
                instead of the bucket: sends the `NBI` flag and the name in the `ais-Inv-Name`
                header. `flags=[ListObjectFlag.NBI]` without a name lists from the bucket's only
                inventory.
            start_after: (2.x) only objects whose names sort after this one (ais:// buckets).

        Returns:
            The page; an empty `continuation_token` marks the last page. Each entry's `object`
            is its `Object` (built when first read).
        """
        bits = join_list_flags(flags)
        extra: dict[str, Any] = {}
        if check_str(inventory_name, "inventory_name"):
            bits = str(int(bits) | 1 << ListObjectFlag.NBI.value)
            extra["ais_inv_name"] = inventory_name
        msg = LsoMsg(
            prefix=check_str(prefix, "prefix"),
            props=check_str(props, "props"),
            pagesize=check_page_size(page_size),
            uuid=check_str(uuid, "uuid"),
            continuation_token=check_str(continuation_token, "continuation_token"),
            flags=bits,
            target=check_str(target, "target"),
        )
        if check_str(start_after, "start_after"):
            msg.start_after = start_after
        response = self._rc().send(
            list_objects.op(self._name, **self._qparam, **extra, body=ActMsgList(value=msg)),
            msgpack=True,
        )
        return decode_page(response, self._rc(), self._details())

    def list_objects_iter(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        flags: list[ListObjectFlag] | None = None,
        target: str = "",
        inventory_name: str = "",
        start_after: str = "",
    ) -> ObjectIterator:
        """An iterator over all entries; pages are requested as it advances.

        Arguments as for `list_objects` (checked now, before any request).
        """
        prefix, props = check_str(prefix, "prefix"), check_str(props, "props")
        target = check_str(target, "target")
        start_after = check_str(start_after, "start_after")
        inventory_name = check_str(inventory_name, "inventory_name")
        page_size = check_page_size(page_size)
        join_list_flags(flags)

        def fetch(uuid: str, token: str) -> BucketList:
            return self.list_objects(
                prefix, props, page_size, uuid, token, flags, target, inventory_name, start_after
            )

        return ObjectIterator(fetch)

    def list_all_objects(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        flags: list[ListObjectFlag] | None = None,
        target: str = "",
        inventory_name: str = "",
        start_after: str = "",
    ) -> list[BucketEntry]:
        """All entries, as one list (every page is requested in turn).

        Arguments as for `list_objects`.
        """
        result: list[BucketEntry] = []
        uuid = token = ""
        while True:
            page = self.list_objects(
                prefix, props, page_size, uuid, token, flags, target, inventory_name, start_after
            )
            result.extend(page.entries)
            token = page.continuation_token
            if not token:
                return result
            uuid = page.uuid

    # ---- native bucket inventories (NBI, 2.x) ---------------------------------------------
    def create_inventory(
        self,
        name: str = "",
        prefix: str = "",
        props: str = "",
        names_per_chunk: int = 0,
        force: bool = False,
    ) -> str:
        """Start a job writing a native bucket inventory (a snapshot of a remote bucket's listing).

        Args:
            name: inventory name (letters, digits, `-`, `_`); "" - named after the job.
            prefix: only objects whose names start with this.
            props: properties stored with each name; "" - the server's "name,size,cached".
            names_per_chunk: names per inventory chunk; 0 - the server's default (20,000).
            force: replace the bucket's existing inventory (v1.5.0 keeps one per bucket).

        Returns:
            The job ID (wait for it with `client.job(job_id).wait()`).

        Raises:
            InvalidBckProvider: an ais:// bucket of this cluster. v1.5.0 defines inventories for
                remote buckets only, and for an ais:// bucket it accepts the request and then its
                targets crash (nil backend in `XactNBI.Run`), so nothing is sent.
            AISError: the server refused (e.g. an inventory exists and `force` is False).
        """
        if self._provider is Provider.AIS and not (self._namespace and self._namespace.uuid):
            raise InvalidBckProvider(self._provider)
        msg = CreateNBIMsg(
            name=check_str(name, "name"),
            prefix=check_str(prefix, "prefix"),
            props=check_str(props, "props"),
            names_per_chunk=int(names_per_chunk),
            force=bool(force),
        )
        body = ActMsgCreateInventory(value=RawCreateNBIMsg.from_dict(msg.as_dict()))
        response = self._rc().send(bucket_action.op(self._name, **self._qparam, body=body))
        return _job_id(response)

    def show_inventory(self, name: str = "") -> dict[str, NBIInfo]:
        """The bucket's native bucket inventories, by the name of the object holding each.

        Args:
            name: only this inventory ("" - all of them).

        Returns:
            Inventory object name -> NBIInfo (the proxy sums sizes, names and chunks over the
            targets); empty when the bucket has none.
        """
        body = ActMsgShowInventory(name=check_str(name, "name"))
        response = self._rc().send(list_objects.op(self._name, **self._qparam, body=body))
        data = response.json()
        if not isinstance(data, dict):
            raise UnexpectedHTTPStatusCode([STATUS_OK], response.status_code)
        return {k: NBIInfo.parse_obj(v) for k, v in data.items()}

    def destroy_inventory(self, name: str = "") -> None:
        """Remove the bucket's native bucket inventory `name` ("" - all of them).

        The server answers success when there is nothing to remove.
        """
        body = ActMsgDestroyInventory(name=check_str(name, "name"))
        self._rc().send(bucket_delete_action.op(self._name, **self._qparam, body=body))

    def list_archive(
        self,
        archive_obj_name: str,
        include_archive_obj: bool = False,
        props: str = "",
        page_size: int = 0,
    ) -> list[BucketEntry]:
        """The files inside an archived object (.tar, .tgz, .tar.gz, .zip, .tar.lz4) (2.x).

        A listing with the `ARCH_DIR` flag under the archive's name: entries are named
        `<archive>/<path inside>`.

        Args:
            archive_obj_name: the archive's object name in this bucket.
            include_archive_obj: also return the archive's own entry.
            props, page_size: as for `list_objects`.
        """
        name = check_str(archive_obj_name, "archive_obj_name")
        if not name:
            raise AISInputError("archive_obj_name must be a non-empty object name")
        entries = self.list_all_objects(
            prefix=name, props=props, page_size=page_size, flags=[ListObjectFlag.ARCH_DIR]
        )
        if include_archive_obj:
            return entries
        return [e for e in entries if e.name != name]

    # ---- upload ------------------------------------------------------------------------
    def put_files(
        self,
        path: str,
        prefix_filter: str = "",
        pattern: str = "*",
        basename: bool = False,
        prepend: str | None = None,
        recursive: bool = False,
        dry_run: bool = False,
        verbose: bool = True,
    ) -> list[str]:
        """Put the files under directory `path` as objects (each streamed from disk).

        Args:
            path: a local directory.
            prefix_filter: only files whose names (not paths) start with this.
            pattern: shell-style wildcard the file names must match.
            basename: name objects by file name only (default: path relative to `path`).
            prepend: prepended to every object name (no separator is added).
            recursive: descend into subdirectories.
            dry_run: put nothing; only return (and, if verbose, log) the object names.
            verbose: show a progress bar (and log each file on a dry run).

        Returns:
            The object names, in the order put (sorted by file path).

        Raises:
            ValueError: `path` is not a directory.
        """
        root = Path(path)
        if not root.is_dir():
            raise ValueError(f"put_files: {str(path)!r} is not a directory")
        prefix_filter = check_str(prefix_filter, "prefix_filter")
        prepend = check_str(prepend, "prepend")
        if not isinstance(pattern, str) or not pattern:
            raise ValueError(f"pattern must be a non-empty glob pattern, got {pattern!r}")
        matches = root.rglob(pattern) if recursive else root.glob(pattern)
        files = sorted(f for f in matches if f.is_file() and f.name.startswith(prefix_filter))
        named = [(f, prepend + _object_name(f, root, basename)) for f in files]
        logger = logging.getLogger(f"{__name__}.put_files")
        if dry_run:
            if verbose:
                for file, obj_name in named:
                    logger.info("Dry run: would put %s as %s", file, obj_name)
            return [obj_name for _, obj_name in named]
        from tqdm import tqdm

        with tqdm(
            total=sum(f.stat().st_size for f in files),
            unit="B",
            unit_scale=True,
            desc=f"put {self.get_path()}",
            disable=not verbose,
        ) as bar:
            for file, obj_name in named:
                self.object(obj_name).put_file(file)
                bar.update(file.stat().st_size)
        return [obj_name for _, obj_name in named]

    # ---- objects -----------------------------------------------------------------------
    def object(self, obj_name: str, props: ObjectProps | None = None) -> Object:
        """The Object `obj_name` of this bucket (no request is made)."""
        return Object(self._rc(), self._details(), obj_name, props)

    def objects(
        self,
        obj_names: list[str] | None = None,
        obj_range: Any = None,
        obj_template: str | None = None,
    ) -> ObjectGroup:
        """A group of objects of this bucket: by names, by an ObjectRange, or by a template."""
        from aistore.sdk.multiobj.object_group import ObjectGroup

        return ObjectGroup(
            bck=self, obj_names=obj_names, obj_range=obj_range, obj_template=obj_template
        )

    def make_request(
        self,
        method: str,
        action: str,
        value: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        name: str = "",
    ) -> httpx.Response:
        """Send an action to this bucket's endpoint, as the generated operation of `method`.

        POST - bucket_action (create-bck, copy-bck, etl-bck, move-bck, prefetch-listrange, ...);
        DELETE - bucket_delete_action (destroy-bck, evict-remote-bck, delete/evict-listrange);
        GET - list_objects (list, summary-bck); PUT - archive_objects (archive);
        PATCH - set_bucket_props (set-bprops, reset-bprops); HEAD - head_bucket (no body:
        `action` and `value` are not sent).

        Args:
            method: HTTP method, any case.
            action: the action name.
            value: the action's `value` (JSON-able), if any.
            params: query parameters by the operation's names (e.g. `bck_to`, `keep_bck_md`);
                default: this bucket's `qparam`.
            name: the action message's `name` (2.x; e.g. an object name or a job ID),
                sent when not empty.

        Raises:
            ValueError: a method, action or parameter the bucket endpoint does not take.
        """
        op, body = route(method, action, value, check_str(name, "name"))
        query = dict(params) if params else dict(self._qparam)
        check_params(op, query)
        if body is not None:
            query["body"] = body
        return self._rc().send(op.op(self._name, **query))

    # ---- checks and representations ----------------------------------------------------
    def _verify_ais_bucket(self) -> None:
        if self._provider is not Provider.AIS:
            raise InvalidBckProvider(self._provider)

    def verify_cloud_bucket(self) -> None:
        """Raise InvalidBckProvider unless this is a remote (non-ais://) bucket."""
        if self._provider is Provider.AIS:
            raise InvalidBckProvider(self._provider)

    def get_path(self) -> str:
        """`<provider>/@<ns uuid>#<ns name>/<bucket>/`, the form of the `bck_to` parameter."""
        ns = self._namespace.get_path() if self._namespace else "@#"
        return f"{self._provider.value}/{ns}/{self._name}/"

    def as_model(self) -> BucketModel:
        """This bucket as a BucketModel."""
        return BucketModel(
            name=self._name, provider=self._provider.value, namespace=self._namespace
        )

    def write_dataset(
        self, config: DatasetWriter, skip_missing: bool = True, **kwargs: Any
    ) -> None:
        """Write a dataset as WebDataset shards (via `webdataset.ShardWriter`) into this bucket.

        `config` is a DatasetConfig (1.9.2's `aistore.sdk.dataset`); it writes each shard to a
        local file, and this puts the file as an object of the same name and deletes it.

        Args:
            config: what to write (its `write_shards(skip_missing, **kwargs)` is called).
            skip_missing: skip samples that lack one or more attributes.
            **kwargs: passed on to the ShardWriter (`post` still runs, before the upload).
        """
        if not callable(getattr(config, "write_shards", None)):
            raise TypeError(
                "config must be a DatasetConfig (an object with write_shards()),"
                f" got {type(config).__name__}"
            )
        original_post: Callable[[str], Any] = kwargs.get("post") or (lambda _path: None)

        def upload(shard_path: str) -> None:
            original_post(shard_path)
            self.object(shard_path).put_file(shard_path)
            os.unlink(shard_path)

        kwargs["post"] = upload
        config.write_shards(skip_missing=skip_missing, **kwargs)


def _check_bucket(bck: Any, what: str) -> Bucket:
    if not isinstance(bck, Bucket):
        raise TypeError(f"{what} must be a Bucket, got {type(bck).__name__}")
    return bck


def _job_id(response: httpx.Response) -> str:
    # job IDs come back as plain text, some versions JSON-quote them
    return response.text.strip().strip('"')


def _object_name(file: Path, root: Path, basename: bool) -> str:
    return file.name if basename else file.relative_to(root).as_posix()


def _tcb_msg(
    prefix_filter: str, prepend: str, dry_run: bool, force: bool, latest: bool, sync: bool
) -> TCBMsg:
    """The bucket-to-bucket copy/transform options shared by `copy` and `transform`."""
    return TCBMsg(
        prefix=check_str(prefix_filter, "prefix_filter"),
        prepend=check_str(prepend, "prepend"),
        dry_run=bool(dry_run),
        force=bool(force),
        latest_ver=bool(latest),
        synchronize=bool(sync),
    )
