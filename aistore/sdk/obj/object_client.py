"""ObjectClient: the requests for one object's content and attributes."""

from __future__ import annotations

from typing import Any

import httpx
from aistore_raw.ais.api.objects import get_object, head_object
from aistore_raw.ais.types import Call

from aistore._core.wire import Reply
from aistore.sdk.obj import verified
from aistore.sdk.obj.byte_range import ByteRange, range_header, span_header
from aistore.sdk.obj.object_attributes import ObjectAttributes
from aistore.sdk.request_client import RequestClient


class ObjectClient:
    """Makes the GET (whole, ranged, from an offset) and HEAD requests of one object.

    Args:
        request_client: the cluster client.
        bucket: bucket name; `qparams` its provider/namespace query parameters.
        name: object name.
        get_params: extra `get_object` parameters (archive, ETL, latest, blob download).
        byte_range: optional `bytes=a-b` range; checked here, before any request.
    """

    def __init__(
        self,
        request_client: RequestClient,
        bucket: str,
        name: str,
        qparams: dict[str, Any],
        get_params: dict[str, Any] | None = None,
        byte_range: str | None = None,
    ) -> None:
        if byte_range is not None:
            ByteRange.parse(byte_range)
        self._client = request_client
        self._bucket = bucket
        self._name = name
        self._qparams = qparams
        self._get_params = get_params or {}
        self._byte_range = byte_range

    @property
    def byte_range(self) -> str | None:
        return self._byte_range

    @property
    def name(self) -> str:
        return self._name

    @property
    def what(self) -> str:
        """The object, as error messages name it."""
        return f"{self._bucket}/{self._name}"

    @property
    def partial(self) -> bool:
        """Whether a read answers less or other than the whole stored object."""
        return verified.partial(self._byte_range, self._get_params)

    def get(self, stream: bool, offset: int | None = None) -> httpx.Response:
        """GET the content (from `offset` within the range); open and unread when `stream`."""
        params = dict(self._get_params)
        header = range_header(self._byte_range, offset)
        if header is not None:
            params["range_"] = header
        return self._client.send(
            get_object.op(self._bucket, self._name, **self._qparams, **params), stream=stream
        )

    def read(self) -> Reply:
        """GET the whole content (or range) into memory."""
        params = dict(self._get_params)
        header = range_header(self._byte_range, None)
        if header is not None:
            params["range_"] = header
        return self._client.exchange(
            get_object.op(self._bucket, self._name, **self._qparams, **params)
        )

    def get_chunk(self, start: int, end: int) -> httpx.Response:
        """(2.x) GET bytes [start, end) of the object, as an open, unread stream; close it."""
        return self._client.send(self._range_op(start, end), stream=True)

    def _range_op(self, start: int, end: int) -> Call[Any]:
        if not 0 <= start < end:
            raise ValueError(f"need 0 <= start < end, got [{start}, {end})")
        params = {**self._get_params, "range_": span_header(start, end)}
        return get_object.op(self._bucket, self._name, **self._qparams, **params)

    def head(self, props: str = "") -> ObjectAttributes:
        """HEAD the object; `props` (2.x): comma-separated properties to ask for, empty: all."""
        params = {**self._qparams, "props": props} if props else self._qparams
        reply = self._client.exchange(head_object.op(self._bucket, self._name, **params))
        return ObjectAttributes(reply.headers)
