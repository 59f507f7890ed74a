"""Object: one object in a bucket: read, write, append, promote, delete, properties."""

from __future__ import annotations

from dataclasses import dataclass, field
from io import BufferedWriter
from pathlib import Path
from typing import Any

import httpx
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
from aistore.sdk.archive_config import ArchiveConfig
from aistore.sdk.blob_download_config import BlobDownloadConfig
from aistore.sdk.const import HEADER_OBJECT_APPEND_HANDLE
from aistore.sdk.obj.object_client import ObjectClient
from aistore.sdk.obj.object_props import ObjectProps
from aistore.sdk.obj.object_reader import ObjectReader
from aistore.sdk.provider import Provider
from aistore.sdk.request_client import RequestClient


@dataclass
class BucketDetails:
    """Metadata about a bucket, used by objects within that bucket."""

    name: str
    provider: Provider
    qparams: dict[str, Any] = field(default_factory=dict)


def _check_object_name(name: Any) -> str:
    if not isinstance(name, str) or not name:
        raise ValueError(f"object name must be a non-empty string, got {name!r}")
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


class Object:
    """An object in AIS; making one sends no request.

    Args:
        client: the cluster's RequestClient.
        bck_details: the bucket the object is in.
        name: object name (any characters; `/` separates virtual directories).
        props: properties, if already known (updated by `head()`).
    """

    def __init__(
        self,
        client: RequestClient,
        bck_details: BucketDetails,
        name: str,
        props: ObjectProps | None = None,
    ) -> None:
        self._client = client
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

    def __repr__(self) -> str:
        return f"Object({self._bck.provider.value}://{self._bck.name}/{self._name})"

    # ---- reading -----------------------------------------------------------------------
    def head(self) -> httpx.Headers:
        """HEAD the object; returns the response headers and updates `props`."""
        reply = self._client.exchange(
            head_object.op(self.bucket_name, self._name, **self.query_params)
        )
        headers = reply.headers
        self._props = ObjectProps(headers)
        return headers

    def get(
        self,
        archive_config: ArchiveConfig | None = None,
        blob_download_config: BlobDownloadConfig | None = None,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        etl_name: str | None = None,
        writer: BufferedWriter | None = None,
        latest: bool = False,
        byte_range: str | None = None,
    ) -> ObjectReader:
        """An ObjectReader of the content; with `writer`, the content is written to it first.

        Nothing is requested until the reader is used (except with `writer`).
        """
        params = read_params(archive_config, blob_download_config, etl_name, latest, byte_range)
        object_client = ObjectClient(
            self._client, self.bucket_name, self._name, self.query_params, params, byte_range
        )
        reader = ObjectReader(object_client, chunk_size)
        if writer is not None:
            for chunk in reader:
                writer.write(chunk)
        return reader

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
        kwargs = get_object.request_kwargs(self.bucket_name, self._name, **params)
        url = str(self._client.http.build_request(**kwargs).url)
        # slashes of the object name stay readable, as 1.9.2 wrote them (the server takes both)
        path, sep, query = url.partition("?")
        return path.replace("%2F", "/") + sep + query

    # ---- writing -----------------------------------------------------------------------
    def put_content(self, content: bytes | str) -> httpx.Response:
        """Write `content` as this object (replacing it); a `str` is written as UTF-8."""
        if isinstance(content, str):
            content = content.encode("utf-8")
        if not isinstance(content, bytes | bytearray | memoryview):
            raise TypeError(f"content must be bytes or str, got {type(content).__name__}")
        reply = self._client.exchange(
            put_object.op(self.bucket_name, self._name, body=bytes(content), **self.query_params)
        )
        return reply.to_response("PUT")

    def put_file(self, path: str | Path) -> httpx.Response:
        """Write the file at `path` as this object, streamed (never held in memory)."""
        path = Path(path)
        if not path.is_file():
            raise ValueError(f"put_file: {str(path)!r} is not a file")
        with path.open("rb") as body:
            return self._client.send(
                put_object.op(self.bucket_name, self._name, body=body, **self.query_params)
            )

    def append_content(self, content: bytes, handle: str = "", flush: bool = False) -> str:
        """Append `content` (or, with `flush`, finalize); returns the handle for the next call."""
        if not isinstance(content, bytes | bytearray | memoryview):
            raise TypeError(f"content must be bytes, got {type(content).__name__}")
        if flush and not handle:
            raise ValueError("flush needs the handle returned by a previous append")
        params: dict[str, Any] = {
            "append_type": "flush" if flush else "append",
        }
        if handle:
            params["append_handle"] = handle
        reply = self._client.exchange(
            put_object.op(
                self.bucket_name, self._name, body=bytes(content), **params, **self.query_params
            )
        )
        return str(reply.headers.get(HEADER_OBJECT_APPEND_HANDLE, ""))

    def set_custom_props(
        self, custom_metadata: dict[str, str], replace_existing: bool = False
    ) -> httpx.Response:
        """Set custom metadata keys (or, with `replace_existing`, replace all of them)."""
        if not isinstance(custom_metadata, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in custom_metadata.items()
        ):
            raise TypeError("custom_metadata must be a dict of str to str")
        value = ObjectCustomPropsMsgValue.from_dict(custom_metadata)
        params: dict[str, Any] = dict(self.query_params)
        if replace_existing:
            params["set_new_custom"] = True
        return self._client.send(
            set_object_custom_props.op(
                self.bucket_name, self._name, body=ObjectCustomPropsMsg(value=value), **params
            )
        )

    def promote(
        self,
        path: str,
        target_id: str = "",
        recursive: bool = False,
        overwrite_dest: bool = False,
        delete_source: bool = False,
        src_not_file_share: bool = False,
    ) -> str:
        """Promote a file or directory that the targets can reach; the job ID ("" if done)."""
        if not isinstance(path, str) or not path:
            raise ValueError("promote: path must be a non-empty string")
        args = PromoteArgs(
            tid=target_id,
            src=path,
            obj=self._name,
            rcr=recursive,
            ovw=overwrite_dest,
            dls=delete_source,
            notshr=src_not_file_share,
        )
        response = self._client.send(
            objects_action.op(
                self.bucket_name,
                body=ActMsgPromote(action="promote", name=path, value=args),
                **self.query_params,
            )
        )
        return response.text

    def blob_download(
        self, chunk_size: int | None = None, num_workers: int | None = None, latest: bool = False
    ) -> str:
        """Start a blob download of this (remote) object; returns the job ID."""
        msg = BlobMsg(latest_ver=latest)
        if chunk_size:
            msg.chunk_size = chunk_size
        if num_workers:
            msg.num_workers = num_workers
        response = self._client.send(
            objects_action.op(
                self.bucket_name,
                body=ActMsgBlobDownload(action="blob-download", name=self._name, value=msg),
                **self.query_params,
            )
        )
        return response.text

    def delete(self) -> httpx.Response:
        """Delete the object."""
        return self._client.send(
            delete_object.op(self.bucket_name, self._name, **self.query_params)
        )
