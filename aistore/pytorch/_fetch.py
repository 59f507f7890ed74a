"""Reads the samples of a share: Get-Batch for runs of objects (default), or one GET each."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from itertools import islice

from aistore.sdk.ais_source import AISSource
from aistore.sdk.batch import Batch
from aistore.sdk.enums import Colocation
from aistore.sdk.errors import ErrNotFound
from aistore.sdk.obj.object import Object

logger = logging.getLogger(__name__)


def by_batch(
    items: Iterator[tuple[AISSource, Object]],
    max_batch_size: int,
    *,
    cont_on_err: bool = False,
    output_format: str = ".tar",
    streaming: bool = True,
    colocation: Colocation = Colocation.NONE,
) -> Iterator[tuple[Object, bytes | None]]:
    """(object, content) in order, `max_batch_size` objects per request; content None for an
    item that failed (only with `cont_on_err`; otherwise the failure raises)."""
    while chunk := list(islice(items, max_batch_size)):
        start = 0
        while start < len(chunk):  # one request per run of objects with the same client
            client = chunk[start][0].client
            end = start + 1
            while end < len(chunk) and chunk[end][0].client is client:
                end += 1
            objects = [obj for _, obj in chunk[start:end]]
            batch = Batch(
                client,
                objects,
                output_format=output_format,
                cont_on_err=cont_on_err,
                streaming_get=streaming,
                colocation=colocation,
            )
            results = batch.get()
            assert not isinstance(results, io.RawIOBase)  # raw=False: decoded items
            for obj, (info, data) in zip(objects, results, strict=True):
                if info.err_msg:
                    if not cont_on_err:
                        raise RuntimeError(f"{obj}: {info.err_msg}")
                    logger.warning("skipping %s: %s", obj, info.err_msg)
                    yield obj, None
                else:
                    yield obj, data
            start = end


def by_object(
    items: Iterator[tuple[AISSource, Object]],
    *,
    etl_name: str | None = None,
    cont_on_err: bool = False,
) -> Iterator[tuple[Object, bytes | None]]:
    """(object, content) in order, one GET per object."""
    for _, obj in items:
        try:
            yield obj, obj.get(etl_name=etl_name).read_all()
        except ErrNotFound as err:
            if not cont_on_err:
                raise
            logger.warning("skipping %s: %s", obj, err)
            yield obj, None
