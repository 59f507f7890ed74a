"""BucketBase: what `Bucket` and `aistore.aio.AsyncBucket` share.

The bucket's identity (name, provider, namespace, query parameters, path, representation), its
argument checks, and every operation both clients have, each written once as an operation plan
(`aistore._core.twin`): lifecycle, HEAD, copy/transform/inspect, listing pages, inventories.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Self

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
    LsoMsg,
    TCBMsg,
    TCBMsgExt,
)
from aistore_raw.ais.models import CreateNBIMsg as RawCreateNBIMsg
from requests.structures import CaseInsensitiveDict

from aistore._core.plan import Answer, Plan, Send
from aistore._core.twin import C, Twin, operation
from aistore.sdk._bucket_listing import decode_page
from aistore.sdk._bucket_validate import (
    check_bucket_name,
    check_page_size,
    check_str,
    join_list_flags,
)
from aistore.sdk.const import QPARAM_NAMESPACE, QPARAM_PROVIDER, STATUS_OK
from aistore.sdk.errors import (
    AISInputError,
    ErrBckAlreadyExists,
    ErrBckNotFound,
    InvalidBckProvider,
    UnexpectedHTTPStatusCode,
)
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.namespace import Namespace
from aistore.sdk.obj.object import BucketDetails
from aistore.sdk.provider import Provider
from aistore.sdk.types import BucketEntry, BucketList, BucketModel, CreateNBIMsg, NBIInfo

Header = CaseInsensitiveDict[str]
"""What `Bucket.head` returns (case-insensitive, like 1.9.2's CaseInsensitiveDict)."""

DEFAULT_ETL_TIMEOUT = "5m"  # as aistore.sdk.etl.etl_const in 1.9.2


class BucketBase(Twin[C]):
    """A bucket's identity and operations (making one sends no request).

    Raises:
        ValueError / TypeError: the name is not a valid bucket name.
        InvalidBckProvider: unknown provider.
    """

    _object_class: Callable[..., Any]
    """What `entry.object` of a listed page is: `Object`, or `AsyncObject`."""

    def __init__(
        self,
        name: str,
        client: C,
        provider: Provider | str = Provider.AIS,
        namespace: Namespace | None = None,
    ) -> None:
        if namespace is not None and not isinstance(namespace, Namespace):
            raise TypeError(f"namespace must be a Namespace, got {type(namespace).__name__}")
        self._name = check_bucket_name(name)
        super().__init__(client)
        self._provider = Provider.parse(provider)
        self._namespace = namespace
        self._qparam: dict[str, Any] = {QPARAM_PROVIDER: self._provider.value}
        if namespace:
            self._qparam[QPARAM_NAMESPACE] = namespace.get_path()

    # ---- identity ----------------------------------------------------------------------
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
        return f"{type(self).__name__}('{self._provider.value}://{ns}{self._name}')"

    def _details(self) -> BucketDetails:
        return BucketDetails(self._name, self._provider, self._qparam)

    # ---- bucket lifecycle --------------------------------------------------------------
    @operation
    def create(self, exist_ok: bool = False) -> Plan[Self]:
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
            yield bucket_action.op(self._name, **self._qparam, body=ActMsgCreateBck())
        except ErrBckAlreadyExists:
            if not exist_ok:
                raise
        return self

    @operation
    def delete(self, missing_ok: bool = False) -> Plan[None]:
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
            yield bucket_delete_action.op(self._name, **self._qparam, body=ActMsgDestroyBck())
        except ErrBckNotFound:
            if not missing_ok:
                raise

    @operation
    def rename(self, to_bck_name: str) -> Plan[str]:
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
        check_bucket_name(to_bck_name, "to_bck_name")
        ns = self._namespace.get_path() if self._namespace else "@#"
        response = yield bucket_action.op(
            self._name, **self._qparam, body=ActMsgMoveBck(), bck_to=f"ais/{ns}/{to_bck_name}/"
        )
        self._name = to_bck_name
        return _job_id(response)

    @operation
    def evict(self, keep_md: bool = False) -> Plan[None]:
        """Evict this remote bucket's in-cluster data (only remote buckets can be evicted).

        Args:
            keep_md: keep the bucket's metadata (name and properties) in the cluster.

        Raises:
            InvalidBckProvider: an ais:// bucket.
        """
        self.verify_cloud_bucket()
        yield bucket_delete_action.op(
            self._name, **self._qparam, body=ActMsgEvictRemoteBck(), keep_bck_md=bool(keep_md)
        )

    @operation
    def head(self) -> Plan[Header]:
        """HEAD the bucket: the response headers; `ais-bucket-props` holds its properties (JSON).

        Returns:
            a case-insensitive dict of the headers (requests' `CaseInsensitiveDict`, as in 1.9.2).

        Raises:
            ErrBckNotFound: no such bucket.
        """
        response = yield head_bucket.op(self._name, **self._qparam)
        return CaseInsensitiveDict(response.headers)

    # ---- copy and transform ------------------------------------------------------------
    @operation
    def copy(
        self,
        to_bck: BucketBase[Any],
        prefix_filter: str = "",
        prepend: str = "",
        dry_run: bool = False,
        force: bool = False,
        latest: bool = False,
        sync: bool = False,
    ) -> Plan[str]:
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
        response = yield bucket_action.op(
            self._name, **self._qparam, body=ActMsgCopyBck(value=value), bck_to=dest.get_path()
        )
        return _job_id(response)

    @operation
    def transform(
        self,
        etl_name: str,
        to_bck: BucketBase[Any],
        timeout: str = DEFAULT_ETL_TIMEOUT,
        prefix_filter: str = "",
        prepend: str = "",
        ext: dict[str, str] | None = None,
        force: bool = False,
        dry_run: bool = False,
        latest: bool = False,
        sync: bool = False,
    ) -> Plan[str]:
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
        return (
            yield from self._etl_bck(
                etl_name,
                to_bck,
                timeout,
                _tcb_msg(prefix_filter, prepend, dry_run, force, latest, sync),
                ext,
            )
        )

    @operation
    def inspect(
        self,
        etl_name: str,
        timeout: str = DEFAULT_ETL_TIMEOUT,
        prefix_filter: str = "",
        latest: bool = False,
        num_workers: int | None = None,
        etl_pipeline: list[str] | None = None,
    ) -> Plan[str]:
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
        return (yield from self._etl_bck(etl_name, self, timeout, value, None))

    def _etl_bck(
        self,
        etl_name: str,
        to_bck: BucketBase[Any],
        timeout: str,
        value: TCBMsg,
        ext: dict[str, str] | None,
    ) -> Plan[str]:
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
        response = yield bucket_action.op(
            self._name, **self._qparam, body=ActMsgEtlBck(value=value), bck_to=dest.get_path()
        )
        return _job_id(response)

    @operation
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
    ) -> Plan[BucketList]:
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
        response = yield Send(
            list_objects.op(self._name, **self._qparam, **extra, body=ActMsgList(value=msg)),
            msgpack=True,
        )
        return decode_page(response, self._client, self._details(), self._object_class)

    @operation
    def list_all_objects(
        self,
        prefix: str = "",
        props: str = "",
        page_size: int = 0,
        flags: list[ListObjectFlag] | None = None,
        target: str = "",
        inventory_name: str = "",
        start_after: str = "",
    ) -> Plan[list[BucketEntry]]:
        """All entries, as one list (every page is requested in turn).

        Arguments as for `list_objects`.
        """
        result: list[BucketEntry] = []
        uuid = token = ""
        while True:
            page = yield from BucketBase.list_objects.plan(
                self,
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
            result.extend(page.entries)
            token = page.continuation_token
            if not token:
                return result
            uuid = page.uuid

    # ---- native bucket inventories (NBI, 2.x) ---------------------------------------------
    @operation
    def create_inventory(
        self,
        name: str = "",
        prefix: str = "",
        props: str = "",
        names_per_chunk: int = 0,
        force: bool = False,
    ) -> Plan[str]:
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
        response = yield bucket_action.op(self._name, **self._qparam, body=body)
        return _job_id(response)

    @operation
    def show_inventory(self, name: str = "") -> Plan[dict[str, NBIInfo]]:
        """The bucket's native bucket inventories, by the name of the object holding each.

        Args:
            name: only this inventory ("" - all of them).

        Returns:
            Inventory object name -> NBIInfo (the proxy sums sizes, names and chunks over the
            targets); empty when the bucket has none.
        """
        body = ActMsgShowInventory(name=check_str(name, "name"))
        response = yield list_objects.op(self._name, **self._qparam, body=body)
        data = response.json()
        if not isinstance(data, dict):
            raise UnexpectedHTTPStatusCode([STATUS_OK], response.status_code)
        return {k: NBIInfo.parse_obj(v) for k, v in data.items()}

    @operation
    def destroy_inventory(self, name: str = "") -> Plan[None]:
        """Remove the bucket's native bucket inventory `name` ("" - all of them).

        The server answers success when there is nothing to remove.
        """
        body = ActMsgDestroyInventory(name=check_str(name, "name"))
        yield bucket_delete_action.op(self._name, **self._qparam, body=body)

    @operation
    def list_archive(
        self,
        archive_obj_name: str,
        include_archive_obj: bool = False,
        props: str = "",
        page_size: int = 0,
    ) -> Plan[list[BucketEntry]]:
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
        entries = yield from BucketBase.list_all_objects.plan(
            self, prefix=name, props=props, page_size=page_size, flags=[ListObjectFlag.ARCH_DIR]
        )
        if include_archive_obj:
            return entries
        return [e for e in entries if e.name != name]

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


def _check_bucket(bck: Any, what: str) -> BucketBase[Any]:
    if not isinstance(bck, BucketBase):
        raise TypeError(f"{what} must be a Bucket, got {type(bck).__name__}")
    return bck


def _job_id(response: Answer) -> str:
    # job IDs come back as plain text, some versions JSON-quote them
    return response.text.strip().strip('"')


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
