"""Object: one object in a bucket: read, write, append, promote, delete, properties."""

from __future__ import annotations

from io import BufferedWriter
from pathlib import Path
from typing import Any, overload

import httpx
from aistore_raw.ais.api.objects import put_object

from aistore._core.config import DEFAULT_CHUNK_SIZE
from aistore._core.drive import run
from aistore._core.twin import SyncShell
from aistore.sdk.archive_config import ArchiveConfig
from aistore.sdk.blob_download_config import BlobDownloadConfig
from aistore.sdk.etl.etl_config import etl_name_args
from aistore.sdk.obj._object_base import (
    SMALL_FILE,
    BucketDetails,
    ObjectBase,
    content_bytes,
    read_params,
    reader_options,
)
from aistore.sdk.obj.multipart_upload import MultipartUpload
from aistore.sdk.obj.object_client import ObjectClient
from aistore.sdk.obj.object_reader import ObjectReader, ParallelObjectReader
from aistore.sdk.obj.object_writer import ObjectWriter
from aistore.sdk.request_client import RequestClient

__all__ = [
    "SMALL_FILE",
    "BucketDetails",
    "Object",
    "content_bytes",
    "read_params",
    "reader_options",
]


class Object(ObjectBase[RequestClient, httpx.Response], SyncShell):
    """An object in AIS; making one sends no request.

    Args:
        client: the cluster's RequestClient.
        bck_details: the bucket the object is in.
        name: object name (any characters; `/` separates virtual directories).
        props: properties, if already known (updated by `head()`).
    """

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
        return self._reader(
            archive_config, blob_download_config, chunk_size, etl_name, writer, latest, byte_range
        )

    def _reader(
        self,
        archive_config: ArchiveConfig | None,
        blob_download_config: BlobDownloadConfig | None,
        chunk_size: int | None,
        etl_name: str | None,
        writer: BufferedWriter | None,
        latest: bool,
        byte_range: str | None,
        num_workers: int | None = None,
    ) -> ObjectReader:
        params = read_params(archive_config, blob_download_config, etl_name, latest, byte_range)
        object_client = ObjectClient(
            self._client, self.bucket_name, self._name, self.query_params, params, byte_range
        )
        reader = ObjectReader(object_client, chunk_size, num_workers)
        if writer is not None:
            for chunk in reader:
                writer.write(chunk)
        return reader

    @overload
    def get_reader(
        self,
        archive_config: ArchiveConfig | None = None,
        blob_download_config: BlobDownloadConfig | None = None,
        chunk_size: int | None = None,
        etl: Any = None,
        writer: BufferedWriter | None = None,
        latest: bool = False,
        byte_range: str | None = None,
        direct: bool = False,
        num_workers: None = None,
    ) -> ObjectReader: ...

    @overload
    def get_reader(
        self,
        archive_config: ArchiveConfig | None = None,
        blob_download_config: BlobDownloadConfig | None = None,
        chunk_size: int | None = None,
        etl: Any = None,
        writer: BufferedWriter | None = None,
        latest: bool = False,
        byte_range: str | None = None,
        direct: bool = False,
        *,
        num_workers: int,
    ) -> ParallelObjectReader: ...

    def get_reader(
        self,
        archive_config: ArchiveConfig | None = None,
        blob_download_config: BlobDownloadConfig | None = None,
        chunk_size: int | None = None,
        etl: Any = None,
        writer: BufferedWriter | None = None,
        latest: bool = False,
        byte_range: str | None = None,
        direct: bool = False,
        num_workers: int | None = None,
    ) -> ObjectReader:
        """2.x name of `get`: an ObjectReader of the content.

        Args:
            etl: an ETL name, or an object with a `name` (2.x's `ETLConfig`).
            direct: accepted; reads already go straight to the owning target when they can
                (README: direct reads).
            num_workers: a parallel download: the reader is a `ParallelObjectReader`, whose
                `read_all()` returns a `ParallelBuffer` (close it) and whose iteration yields
                byte ranges of `chunk_size` (None: 8 MiB) fetched by this many threads. Not with
                `byte_range`, `blob_download_config`, `etl` or `archive_config` (ValueError).
            others: as for `get`.
        """
        size, etl_name = reader_options(
            chunk_size,
            etl,
            direct,
            num_workers,
            byte_range=byte_range,
            blob_download_config=blob_download_config,
            archive_config=archive_config,
        )
        return self._reader(
            archive_config,
            blob_download_config,
            size if num_workers is None else chunk_size,
            etl_name,
            writer,
            latest,
            byte_range,
            num_workers,
        )

    def get_writer(self) -> ObjectWriter:
        """2.x: an ObjectWriter (put_content, put_file, append_content, set_custom_props,
        as_file) for this object."""
        return ObjectWriter(self)

    # ---- writing -----------------------------------------------------------------------
    def _put_content(self, content: bytes | str, extra: dict[str, Any]) -> httpx.Response:
        """`put_content` with `extra` `put_object` parameters (a multipart part's)."""
        return run(self._put_content_plan(content, extra), self._client)

    def _put_file(self, path: str | Path, extra: dict[str, Any]) -> httpx.Response:
        """`put_file` with `extra` `put_object` parameters (a multipart part's)."""
        return run(self._put_file_plan(path, extra), self._client)

    def copy(
        self, to_obj: Object, etl: Any = None, latest: bool = False, sync: bool = False
    ) -> httpx.Response:
        """(2.x) Copy this object, on the server, to `to_obj` (any bucket and name).

        Args:
            to_obj: the destination object.
            etl: transform the copy: an ETL name, or an `ETLConfig`-like object (`name`, `args`).
            latest: copy the latest version from the remote backend (remote buckets).
            sync: also act on a source deleted remotely (remote buckets).
        """
        if not isinstance(to_obj, Object):
            raise TypeError(f"to_obj must be an Object, got {type(to_obj).__name__}")
        for flag, value in (("latest", latest), ("sync", sync)):
            if not isinstance(value, bool):
                raise TypeError(f"{flag} must be a bool, got {value!r}")
        params: dict[str, Any] = {"object_to": to_obj.uname}
        etl_name, etl_args = etl_name_args(etl)
        if etl_name:
            params["etl_name"] = etl_name
            if etl_args:
                params["etl_args"] = etl_args
        if latest:
            params["latest_ver"] = True
        if sync:
            params["synchronize"] = True
        return self._client.send(
            put_object.op(self.bucket_name, self._name, body=b"", **params, **self.query_params)
        )

    def multipart_upload(self) -> MultipartUpload:
        """(2.x) A native multipart upload of this object (nothing is sent until `create()`)."""
        return MultipartUpload(self)
