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
    head_bucket,
    list_objects,
)
from aistore_raw.ais.models import (
    ActMsgSummaryBck,
    BsummCtrlMsg,
)

from aistore._core.config import SUMMARY_POLL_BACKOFF, SUMMARY_TIMEOUT
from aistore._core.twin import SyncShell
from aistore.sdk._bucket_actions import check_params, route
from aistore.sdk._bucket_base import DEFAULT_ETL_TIMEOUT, BucketBase, Header, _job_id
from aistore.sdk._bucket_listing import ObjectIterator
from aistore.sdk._bucket_validate import (
    check_page_size,
    check_str,
    join_list_flags,
)
from aistore.sdk._poll import poll_until
from aistore.sdk.ais_source import AISSource
from aistore.sdk.const import (
    STATUS_ACCEPTED,
    STATUS_OK,
    STATUS_PARTIAL_CONTENT,
)
from aistore.sdk.enums import FLTPresence
from aistore.sdk.errors import (
    UnexpectedHTTPStatusCode,
)
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.namespace import Namespace
from aistore.sdk.obj.object import Object
from aistore.sdk.provider import Provider
from aistore.sdk.request_client import RequestClient
from aistore.sdk.types import BucketList

if TYPE_CHECKING:
    from aistore.sdk.multiobj.object_group import ObjectGroup
    from aistore.sdk.obj.object_props import ObjectProps

__all__ = ["DEFAULT_ETL_TIMEOUT", "Bucket", "Header", "ObjectIterator"]


# FLTPresence values the server treats as "bucket must be present" (api/apc/query.go IsFltPresent)
_FLT_PRESENT = {
    FLTPresence.FLT_PRESENT,
    FLTPresence.FLT_PRESENT_NO_PROPS,
    FLTPresence.FLT_PRESENT_CLUSTER,
}


class DatasetWriter(Protocol):
    """What `write_dataset` needs of its config (1.9.2's `aistore.sdk.dataset.DatasetConfig`)."""

    def write_shards(self, skip_missing: bool, **kwargs: Any) -> None: ...


class Bucket(BucketBase[RequestClient | None], AISSource, SyncShell):
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

    _object_class = Object

    def __init__(
        self,
        name: str,
        client: RequestClient | None = None,
        provider: Provider | str = Provider.AIS,
        namespace: Namespace | None = None,
    ) -> None:
        super().__init__(name, client, provider, namespace)

    @property
    def client(self) -> RequestClient:
        """The client used by this bucket."""
        return self._sender()

    @client.setter
    def client(self, client: RequestClient) -> None:
        """Update the client used by this bucket."""
        self._client = client

    def _sender(self) -> RequestClient:
        if self._client is None:
            raise ValueError(
                f"bucket {self._name!r} has no client; get it from Client.bucket() or set"
                " bucket.client before making requests"
            )
        return self._client

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

    # ---- properties and summaries ------------------------------------------------------
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
            return self._sender().send(list_objects.op(self._name, **self._qparam, body=body))

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
            head = self._sender().send(
                head_bucket.op(self._name, **self._qparam, presence=int(flt))
            )
            result = self.summary(
                prefix=prefix, cached=not bsumm_remote, present=flt in _FLT_PRESENT
            )
            return head_bucket.parse_headers(head).get("ais_bucket_props", "{}"), result
        response = self._sender().send(
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
            return self._sender().send(
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

    # ---- listing -----------------------------------------------------------------------
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
        return Object(self._sender(), self._details(), obj_name, props)

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
        return self._sender().send(op.op(self._name, **query))

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


def _object_name(file: Path, root: Path, basename: bool) -> str:
    return file.name if basename else file.relative_to(root).as_posix()
