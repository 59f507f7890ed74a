"""ObjectBase: what `Object` and `aistore.aio.AsyncObject` share.

The object's identity (bucket, name, properties, names and URLs), the checks of a read's
arguments (`read_params`, `reader_options`), and every write and control operation both
clients have, each written once as an operation plan (`aistore._core.twin`). A write whose body
is in memory goes by the sync object hot path (`Send(exchange=True)`); the async client sends
it as any request.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar, cast

from aistore_raw.ais.api.objects import (
    delete_object,
    get_object,
    head_object,
    objects_action,
    put_object,
    set_object_custom_props,
)
from aistore_raw.ais.models import (
    ActMsgBlobDownload,
    ActMsgPromote,
    BlobMsg,
    ObjectCustomPropsMsg,
    ObjectCustomPropsMsgValue,
    PromoteArgs,
)

from aistore._core.config import DEFAULT_CHUNK_SIZE
from aistore._core.exchange import CallLike
from aistore._core.plan import Plan, Send
from aistore._core.twin import Twin, operation
from aistore._core.wire import Reply
from aistore.sdk._bucket_validate import check_bool, check_count, check_str
from aistore.sdk.archive_config import ArchiveConfig
from aistore.sdk.blob_download_config import BlobDownloadConfig
from aistore.sdk.errors import AISInputError
from aistore.sdk.etl.etl_config import etl_name_args
from aistore.sdk.obj.content_iterator.parallel import check_num_workers
from aistore.sdk.obj.object_headers import ObjectHeaders
from aistore.sdk.obj.object_props import ObjectProps
from aistore.sdk.provider import Provider


class _Client(Protocol):
    """What an object's client must offer beside sending (`RequestClient`, the async loop)."""

    def url_of(self, call: CallLike[Any], /) -> str: ...


OC = TypeVar("OC", bound=_Client)
Resp = TypeVar("Resp")
"""The response a write returns: `httpx.Response` (sync), `async_wire.Response` (async)."""


@dataclass
class BucketDetails:
    """Metadata about a bucket, used by objects within that bucket."""

    name: str
    provider: Provider
    qparams: dict[str, Any] = field(default_factory=dict)

    @property
    def path(self) -> str:
        """The bucket's path, `<provider>/@<uuid>#<namespace>/<name>/` (as `Bucket.get_path`)."""
        namespace = self.qparams.get("namespace") or "@#"
        return f"{self.provider.value}/{namespace}/{self.name}/"


SMALL_FILE = 1 << 20
"""`put_file` reads a file up to this size into memory: one buffer, the hot path's CPU per PUT
(a third of the general path's for 1 KiB, bench/), where streaming saves nothing."""


def content_bytes(content: Any) -> bytes:
    """Content to send: a `str` as UTF-8 (as 2.x and requests send it), bytes-like as is."""
    if isinstance(content, str):
        return content.encode("utf-8")
    if not isinstance(content, bytes | bytearray | memoryview):
        raise TypeError(f"content must be bytes or str, got {type(content).__name__}")
    return bytes(content)


def _check_object_name(name: Any) -> str:
    if not isinstance(name, str) or not name:
        raise AISInputError(f"object name must be a non-empty string, got {name!r}")
    return name


def read_params(
    archive_config: ArchiveConfig | None,
    blob_download_config: BlobDownloadConfig | None,
    etl_name: str | None,
    latest: bool,
    byte_range: str | None,
) -> dict[str, Any]:
    """The `get_object` parameters of a read (shared by `Object.get` and its async twin)."""
    if byte_range and blob_download_config:
        raise ValueError("byte_range cannot be combined with blob_download_config")
    params: dict[str, Any] = {}
    if archive_config is not None and not isinstance(archive_config, ArchiveConfig):
        raise TypeError(f"archive_config must be an ArchiveConfig, got {archive_config!r}")
    if blob_download_config is not None and not isinstance(
        blob_download_config, BlobDownloadConfig
    ):
        raise TypeError(
            f"blob_download_config must be a BlobDownloadConfig, got {blob_download_config!r}"
        )
    if archive_config is not None:
        if archive_config.mode is not None:
            params["archmode"] = archive_config.mode.value
        if archive_config.archpath:
            params["archpath"] = archive_config.archpath
        if archive_config.regex:
            params["archregx"] = archive_config.regex
    if blob_download_config is not None:
        params["ais_blob_download"] = "true"
        if blob_download_config.chunk_size:
            params["ais_blob_chunk"] = str(blob_download_config.chunk_size)
        if blob_download_config.num_workers:
            params["ais_blob_workers"] = int(blob_download_config.num_workers)
    if etl_name:
        params["etl_name"] = etl_name
    if latest:
        params["latest_ver"] = True
    return params


def reader_options(
    chunk_size: int | None,
    etl: Any,
    direct: bool,
    num_workers: int | None,
    *,
    byte_range: str | None = None,
    blob_download_config: BlobDownloadConfig | None = None,
    archive_config: ArchiveConfig | None = None,
) -> tuple[int, str | None]:
    """(chunk size, ETL name) of a 2.x `get_reader` call, its extra arguments checked (shared
    by `Object.get_reader` and its async twin)."""
    if num_workers is not None:
        check_num_workers(num_workers)
        # a parallel download is range GETs of the whole stored object (2.x's checks, and the
        # archive member: its ranges would be of the shard)
        conflicts = {
            "byte_range": byte_range,
            "blob_download_config": blob_download_config,
            "etl": etl,
            "archive_config": archive_config,
        }
        for name, value in conflicts.items():
            if value:
                raise ValueError(
                    f"Cannot use `num_workers` with `{name}`: a parallel download reads the "
                    "whole stored object in byte ranges"
                )
    if not isinstance(direct, bool):
        raise TypeError(f"direct must be a bool, got {direct!r}")
    etl_name, _ = etl_name_args(etl)
    return (DEFAULT_CHUNK_SIZE if chunk_size is None else chunk_size), etl_name


class ObjectBase(Twin[OC], Generic[OC, Resp]):
    """An object's identity and operations (making one sends no request).

    Args:
        client: what sends the requests (the cluster's RequestClient; the async loop).
        bck_details: the bucket the object is in.
        name: object name (any characters; `/` separates virtual directories).
        props: properties, if already known (updated by `head()`).
    """

    def __init__(
        self,
        client: OC,
        bck_details: BucketDetails,
        name: str,
        props: ObjectProps | None = None,
    ) -> None:
        super().__init__(client)
        self._bck = bck_details
        self._name = _check_object_name(name)
        self._props = props

    # ---- identity ----------------------------------------------------------------------
    @property
    def bucket_name(self) -> str:
        return self._bck.name

    @property
    def bucket_provider(self) -> Provider:
        return self._bck.provider

    @property
    def query_params(self) -> dict[str, Any]:
        """Query parameters of every request for this object (provider, namespace)."""
        return self._bck.qparams

    @property
    def name(self) -> str:
        return self._name

    @property
    def props(self) -> ObjectProps | None:
        """Properties as of the last `head()` (or as given)."""
        return self._props

    @property
    def props_cached(self) -> ObjectProps | None:
        """Properties as of the last `head()`, without a request (2.x name; same as `props`)."""
        return self._props

    @property
    def uname(self) -> str:
        """Unified name: the bucket path and the object name (`ais/@#/bucket/dir/obj`)."""
        return f"{self._bck.path}{self._name}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._bck.provider.value}://{self._bck.name}/{self._name})"

    def get_semantic_url(self) -> str:
        """`<provider>://<bucket>/<object>`."""
        return f"{self._bck.provider.value}://{self.bucket_name}/{self._name}"

    def get_url(self, archpath: str = "", etl_name: str | None = None) -> str:
        """The full URL of a GET of this object (with its query parameters)."""
        params: dict[str, Any] = dict(self.query_params)
        if archpath:
            params["archpath"] = archpath
        if etl_name:
            params["etl_name"] = etl_name
        url = self._client.url_of(get_object.op(self.bucket_name, self._name, **params))
        # slashes of the object name stay readable, as 1.9.2 wrote them (the server takes both)
        path, sep, query = url.partition("?")
        return path.replace("%2F", "/") + sep + query

    # ---- reading -----------------------------------------------------------------------
    @operation
    def head(self, props: str = "") -> Plan[ObjectHeaders]:
        """HEAD the object; returns the headers (also carrying the attributes), updates `props`.

        Args:
            props: (2.x) comma-separated properties to ask for (name, size, version, checksum,
                atime, copies, ec, custom, location, chunked, last-modified, etag); the server
                then answers only those. Empty: all of them (1.9.2's HEAD).

        Returns:
            ObjectHeaders: a case-insensitive mapping of the headers (1.9.2) that also has the
            `ObjectProps` attributes (`.size`, `.checksum_value`, `.custom_metadata`; 2.x).
        """
        if not isinstance(props, str):
            raise TypeError(f"props must be a comma-separated string, got {props!r}")
        params: dict[str, Any] = dict(self.query_params)
        if props:
            params["props"] = props
        call = head_object.op(self.bucket_name, self._name, **params)
        reply = yield Send(call, exchange=True)
        headers = ObjectHeaders(reply.headers)
        self._props = headers
        return headers

    # ---- writing -----------------------------------------------------------------------
    @operation
    def put_content(self, content: bytes | str) -> Plan[Resp]:
        """Write `content` as this object (replacing it); a `str` is written as UTF-8."""
        return (yield from self._put_content_plan(content, {}))

    @operation
    def put_file(self, path: str | Path) -> Plan[Resp]:
        """Write the file at `path` as this object; streamed from the file, except that a small
        one (up to `SMALL_FILE` bytes) is read first and sent whole (the sync object hot path)."""
        return (yield from self._put_file_plan(path, {}))

    def _put_content_plan(self, content: bytes | str, extra: dict[str, Any]) -> Plan[Resp]:
        """`put_content` with `extra` `put_object` parameters (a multipart part's)."""
        body = content_bytes(content)
        call = put_object.op(self.bucket_name, self._name, body=body, **extra, **self.query_params)
        return self._response((yield Send(call, exchange=True)))

    def _put_file_plan(self, path: str | Path, extra: dict[str, Any]) -> Plan[Resp]:
        """`put_file` with `extra` `put_object` parameters (a multipart part's)."""
        path = Path(path)
        if not path.is_file():
            raise ValueError(f"put_file: path {str(path)!r} is not a file")
        with path.open("rb") as body:
            params = {**extra, **self.query_params}
            if os.fstat(body.fileno()).st_size <= SMALL_FILE:
                call = put_object.op(self.bucket_name, self._name, body=body.read(), **params)
                return self._response((yield Send(call, exchange=True)))
            response = yield put_object.op(self.bucket_name, self._name, body=body, **params)
            return self._response(response)

    @operation
    def append_content(
        self, content: bytes | str, handle: str = "", flush: bool = False
    ) -> Plan[str]:
        """Append `content` (a `str` as UTF-8; or, with `flush`, finalize); returns the handle for
        the next call."""
        body = content_bytes(content)
        if flush and not handle:
            raise ValueError("flush needs the handle returned by a previous append")
        params: dict[str, Any] = {"append_type": "flush" if flush else "append"}
        if handle:
            params["append_handle"] = handle
        call = put_object.op(self.bucket_name, self._name, body=body, **params, **self.query_params)
        reply = yield Send(call, exchange=True)
        return put_object.parse_headers(reply).get("ais_append_handle", "")

    @operation
    def set_custom_props(
        self, custom_metadata: dict[str, str], replace_existing: bool = False
    ) -> Plan[Resp]:
        """Set custom metadata keys (or, with `replace_existing`, replace all of them)."""
        if not isinstance(custom_metadata, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in custom_metadata.items()
        ):
            raise TypeError("custom_metadata must be a dict of str to str")
        value = ObjectCustomPropsMsgValue.from_dict(custom_metadata)
        params: dict[str, Any] = dict(self.query_params)
        if replace_existing:
            params["set_new_custom"] = True
        body = ObjectCustomPropsMsg(value=value)
        response = yield set_object_custom_props.op(
            self.bucket_name, self._name, body=body, **params
        )
        return self._response(response)

    @operation
    def promote(
        self,
        path: str,
        target_id: str = "",
        recursive: bool = False,
        overwrite_dest: bool = False,
        delete_source: bool = False,
        src_not_file_share: bool = False,
    ) -> Plan[str]:
        """Promote a file or directory that the targets can reach; the job ID ("" if done)."""
        if not isinstance(path, str) or not path:
            raise ValueError("promote: path must be a non-empty string")
        args = PromoteArgs(
            tid=check_str(target_id, "target_id"),
            src=path,
            obj=self._name,
            rcr=check_bool(recursive, "recursive"),
            ovw=check_bool(overwrite_dest, "overwrite_dest"),
            dls=check_bool(delete_source, "delete_source"),
            notshr=check_bool(src_not_file_share, "src_not_file_share"),
        )
        body = ActMsgPromote(name=path, value=args)
        response = yield objects_action.op(self.bucket_name, body=body, **self.query_params)
        return str(response.text)

    @operation
    def blob_download(
        self, chunk_size: int | None = None, num_workers: int | None = None, latest: bool = False
    ) -> Plan[str]:
        """Start a blob download of this (remote) object; returns the job ID."""
        msg = BlobMsg(latest_ver=check_bool(latest, "latest"))
        chunk_size = check_count(chunk_size, "chunk_size")
        num_workers = check_count(num_workers, "num_workers")
        if chunk_size:
            msg.chunk_size = chunk_size
        if num_workers:
            msg.num_workers = num_workers
        body = ActMsgBlobDownload(name=self._name, value=msg)
        response = yield objects_action.op(self.bucket_name, body=body, **self.query_params)
        return str(response.text)

    @staticmethod
    def _response(answer: Any) -> Resp:
        """The response a write returns: the hot path's `Reply` as an `httpx.Response`."""
        return cast(Resp, answer.to_response("PUT") if isinstance(answer, Reply) else answer)

    @operation
    def delete(self) -> Plan[Resp]:
        """Delete the object."""
        response = yield delete_object.op(self.bucket_name, self._name, **self.query_params)
        return self._response(response)
