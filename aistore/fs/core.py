"""AISFileSystem: `ais://bucket/key` for fsspec (pandas, pyarrow, dask, datasets, ...).

Async-first, as s3fs and gcsfs: an `fsspec.asyn.AsyncFileSystem` whose coroutines (`_ls`,
`_info`, `_cat_file`, `_cat_ranges`, `_pipe_file`, `_put_file`, `_get_file`, `_cp_file`, `_rm`,
`_find`, `_mkdir`, ...) send over `aistore.aio`; fsspec's sync mirror runs them on its IO loop
for the blocking API (`ls`, `cat`, `open`, ...). Path and info handling are pure (`_paths`,
`_info`).

`cat` of many whole objects and `cat_ranges` over many paths are Get-Batch requests (one per
`BATCH_SIZE` items, byte ranges as per-item `start`/`length`); what a batch cannot serve (a
missing object, an archive member) is read again one by one. Other many-path operations
(`copy`, `pipe`, directory checks) run concurrently on the loop.

Processes: a forked child gets its own loop and its own `AsyncClient` on first use (the aio
client itself starts a forked child with no connections); a pickled filesystem is rebuilt
from its arguments in a spawned process.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterable
from typing import Any, TypeVar

from aistore_raw.ais.api.objects import head_object, put_object
from fsspec.asyn import AsyncFileSystem, get_loop, sync, sync_wrapper
from fsspec.callbacks import DEFAULT_CALLBACK, Callback

from aistore._core import routing
from aistore._core.config import DEFAULT_ENDPOINT, ENV_ENDPOINT
from aistore._core.settings import ClientSettings
from aistore.aio.bucket import AsyncBucket
from aistore.aio.client import AsyncClient
from aistore.aio.object import AsyncObject
from aistore.fs import _info, _paths
from aistore.fs._files import AISReadFile, AISWriteFile, ProgressReader
from aistore.sdk.archive_config import ArchiveConfig
from aistore.sdk.batch.errors import BatchStreamError
from aistore.sdk.errors import AISError, ErrBckNotFound, ErrNotFound
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.namespace import Namespace
from aistore.sdk.obj.byte_range import span_header
from aistore.sdk.provider import Provider
from aistore.sdk.types import BucketEntry

Info = _info.Info
T = TypeVar("T")

DEFAULT_BLOCK_SIZE = 8 << 20
DEFAULT_MAX_WORKERS = 16
DELETE_JOB_TIMEOUT = 600.0
BATCH_SIZE = 1000
"""Items per Get-Batch request of `cat` / `cat_ranges` over many paths."""
BATCHES_IN_FLIGHT = 4
GET_FILE_CHUNK = 1 << 20


def _parse_namespace(namespace: str | Namespace | None) -> Namespace | None:
    if namespace is None or namespace == "":
        return None
    if isinstance(namespace, Namespace):
        return namespace
    if not isinstance(namespace, str):
        raise TypeError(f"namespace must be a string like '@uuid#name', got {namespace!r}")
    uuid, _, name = namespace.removeprefix("@").rpartition("#")
    if "#" not in namespace:
        uuid, name = "", namespace.removeprefix("@")
    return Namespace(uuid=uuid, name=name)


def _translate(path: str, err: AISError) -> Exception:
    """A write the server refused because of an emptied directory of the same name."""
    if "is a virtual directory" in str(err):
        return IsADirectoryError(
            21,
            "an (emptied) directory of this name is still on the cluster; the name can be "
            "written again once the cluster's space cleanup has removed it",
            path,
        )
    return err


def _not_found(path: str, err: BaseException | None = None) -> FileNotFoundError:
    exc = FileNotFoundError(2, "No such file or directory", path)
    if err is not None:
        exc.__cause__ = err
    return exc


class AISFileSystem(AsyncFileSystem):  # type: ignore[misc]
    """fsspec filesystem over an AIS cluster; URLs are `ais://bucket/path/to/object`.

    Args:
        endpoint: the cluster's proxy URL (default: `AIS_ENDPOINT`, else http://localhost:8080).
        token, skip_verify, ca_cert, client_cert, timeout, retry: as for `aistore.Client`
            (and the same environment variables: `AIS_AUTHN_TOKEN`, `AIS_CLIENT_CA`, `AIS_CRT`,
            `AIS_CRT_KEY`).
        provider: the backend of every bucket this filesystem names: "ais" (default), "aws"/"s3",
            "gcp"/"gs", "azure"/"az", "oci", "ht".
        namespace: bucket namespace, `@<cluster-uuid>#<name>` or `#<name>` (default: global).
        block_size: read-ahead and write part size of `open()` (default 8 MiB).
        max_workers: requests in flight at once for many-path operations (`cat`, `cat_ranges`,
            `copy`, `pipe`, `put`, `get`) unless `batch_size` says otherwise.
        max_resume: how often a read continues after a cut connection.
        check_dirs: drop virtual directories that hold no object from `ls` (the server lists
            an emptied directory until its space cleanup runs); one small listing per directory.
        **kwargs: fsspec's own (`asynchronous`, `loop`, `batch_size`, `use_listings_cache`,
            `listings_expiry_time`, `max_paths`, `skip_instance_cache`).
    """

    protocol = ("ais",)
    root_marker = ""

    def __init__(
        self,
        endpoint: str | None = None,
        *,
        token: str | None = None,
        skip_verify: bool = False,
        ca_cert: str | None = None,
        client_cert: str | tuple[str, str] | None = None,
        timeout: Any = None,
        retry: Any = None,
        provider: str = "ais",
        namespace: str | Namespace | None = None,
        block_size: int = DEFAULT_BLOCK_SIZE,
        max_workers: int = DEFAULT_MAX_WORKERS,
        max_resume: int = 5,
        check_dirs: bool = True,
        **kwargs: Any,
    ) -> None:
        if not isinstance(block_size, int) or block_size <= 0:
            raise ValueError(f"block_size must be a positive integer, got {block_size!r}")
        if not isinstance(max_workers, int) or max_workers <= 0:
            raise ValueError(f"max_workers must be a positive integer, got {max_workers!r}")
        kwargs.setdefault("batch_size", max_workers)
        super().__init__(**kwargs)
        endpoint = endpoint or os.environ.get(ENV_ENDPOINT) or DEFAULT_ENDPOINT
        self._client_args: dict[str, Any] = {
            "endpoint": endpoint,
            "skip_verify": skip_verify,
            "ca_cert": ca_cert,
            "client_cert": client_cert,
            "timeout": timeout,
            "retry": retry,
            "token": token,
        }
        self.provider = Provider.parse(provider)
        self.namespace = _parse_namespace(namespace)
        self.blocksize = block_size
        self.max_workers = max_workers
        self.max_resume = max_resume
        self.check_dirs = check_dirs
        self._lock = threading.Lock()
        # checks the endpoint and TLS arguments now, not at the first request
        self._settings = ClientSettings.create(**self._client_args)
        self._client: AsyncClient | None = None
        self._client_pid = -1

    # ---- process-local state -------------------------------------------------------------
    @property
    def loop(self) -> asyncio.AbstractEventLoop | None:
        """fsspec's IO loop; a forked child runs its own (fsspec's own check would refuse)."""
        if self._pid != os.getpid():  # type: ignore[has-type]
            with self._lock:
                if self._pid != os.getpid():  # type: ignore[has-type]
                    if not self.asynchronous:
                        self._loop = get_loop()  # fsspec resets its loop in a forked child
                    self._pid = os.getpid()
        return self._loop  # type: ignore[no-any-return]

    @property
    def client(self) -> AsyncClient:
        """This process's `AsyncClient` (a forked child builds its own); used on `loop`."""
        pid = os.getpid()
        if self._client is None or self._client_pid != pid:
            with self._lock:
                if self._client is None or self._client_pid != pid:
                    # the parent's client is left alone: its connections are the parent's
                    self._client = AsyncClient.from_settings(self._settings)
                    self._client_pid = pid
        return self._client

    def _run(self, coro_fn: Callable[..., Awaitable[T]], *args: Any, **kwargs: Any) -> T:
        """Run a coroutine of this filesystem from blocking code (files, the console command)."""
        return sync(self.loop, coro_fn, *args, **kwargs)  # type: ignore[no-any-return]

    @property
    def endpoint(self) -> str:
        return str(self._client_args["endpoint"])

    def bucket(self, name: str) -> AsyncBucket:
        return self.client.bucket(name, provider=self.provider, namespace=self.namespace)

    def _object(self, path: str) -> AsyncObject:
        parsed = _paths.split(self._strip_protocol(path))
        if not parsed.key:
            raise IsADirectoryError(f"{path!r} names a bucket, not an object")
        return self.bucket(parsed.bucket).object(parsed.key)

    def _qparams(self) -> dict[str, Any]:
        params: dict[str, Any] = {"provider": self.provider.value}
        if self.namespace is not None:
            params["namespace"] = self.namespace.get_path()
        return params

    async def _gather(self, func: Callable[[Any], Awaitable[T]], items: Iterable[Any]) -> list[T]:
        """`func` over `items`, at most `batch_size` at once, results in order."""
        items = list(items)
        if len(items) <= 1:
            return [await func(item) for item in items]
        limit = asyncio.Semaphore(self.batch_size or self.max_workers)

        async def one(item: Any) -> T:
            async with limit:
                return await func(item)

        return list(await asyncio.gather(*(one(i) for i in items)))

    # ---- paths ---------------------------------------------------------------------------
    @classmethod
    def _strip_protocol(cls, path: Any) -> Any:
        if isinstance(path, list):
            return [cls._strip_protocol(p) for p in path]
        return _paths.strip_protocol(str(path))

    def unstrip_protocol(self, name: str) -> str:
        return f"ais://{self._strip_protocol(name)}"

    # ---- listing -------------------------------------------------------------------------
    async def _list(
        self, bucket: str, prefix: str, *, flags: list[ListObjectFlag], props: str, page_size: int
    ) -> AsyncGenerator[BucketEntry, None]:
        try:
            async for entry in self.bucket(bucket).list_objects_iter(
                prefix=prefix, props=props, page_size=page_size, flags=flags
            ):
                yield entry
        except ErrNotFound as err:
            raise _not_found(bucket, err) from err

    async def _has_objects(self, bucket: str, prefix: str) -> bool:
        """Whether any object's name starts with `prefix` (the first entry of one small page)."""
        entries = self._list(
            bucket, prefix, flags=[ListObjectFlag.NAME_ONLY], props="name", page_size=1
        )
        try:
            async for _ in entries:
                return True
        finally:
            await entries.aclose()
        return False

    async def _ls_buckets(self) -> list[Info]:
        models = await self.client.cluster().list_buckets(self.provider)
        ns = self.namespace
        return [
            _info.directory(m.name)
            for m in models
            if ns is None or (m.namespace is not None and m.namespace.name == ns.name)
        ]

    async def _ls_dir(self, bucket: str, key: str) -> list[Info]:
        """One level below `key`: the server's no-recursion listing (virtual dirs included)."""
        prefix = _paths.dir_prefix(key)
        files: list[Info] = []
        dirs: list[Info] = []
        async for entry in self._list(
            bucket,
            prefix,
            flags=[ListObjectFlag.NO_RECURSION],
            props=_info.LIST_PROPS,
            page_size=0,
        ):
            if entry.name == prefix:
                continue
            (dirs if _info.is_dir_entry(entry) else files).append(_info.from_entry(bucket, entry))
        if dirs and self.check_dirs:
            keep = await self._gather(
                lambda d: self._has_objects(bucket, _paths.split(d["name"]).key + "/"), dirs
            )
            dirs = [d for d, ok in zip(dirs, keep, strict=True) if ok]
        return sorted(files + dirs, key=lambda i: str(i["name"]))

    async def _ls_archive(self, bucket: str, shard: str, member_dir: str = "") -> list[Info]:
        """Members of the shard `shard` one level below `member_dir` (as listed by the server)."""
        base = f"{shard}/{member_dir}/" if member_dir else f"{shard}/"
        out: dict[str, Info] = {}
        async for entry in self._list(
            bucket, shard, flags=[ListObjectFlag.ARCH_DIR], props="name,size", page_size=0
        ):
            if not _info.is_member_entry(entry):
                continue
            level = _paths.child_level(base, entry.name)
            if level is None:
                continue
            name, is_dir = level
            full = f"{bucket}/{name}"
            if is_dir:
                out.setdefault(full, {**_info.directory(full), "archive": f"{bucket}/{shard}"})
            else:
                out[full] = {
                    "name": full,
                    "size": entry.size,
                    "type": "file",
                    "archive": f"{bucket}/{shard}",
                }
        return sorted(out.values(), key=lambda i: str(i["name"]))

    async def _ls(self, path: str, detail: bool = True, **kwargs: Any) -> list[Any]:
        path = self._strip_protocol(path)
        refresh = kwargs.pop("refresh", False)
        entries: list[Info] | None = None
        if not refresh:
            with contextlib.suppress(KeyError):
                entries = self.dircache[path]
        if entries is None:
            entries = await self._ls_uncached(path)
            if entries and (entries[0]["name"] != path or entries[0]["type"] == "directory"):
                self.dircache[path] = entries
        return entries if detail else [e["name"] for e in entries]

    async def _ls_uncached(self, path: str) -> list[Info]:
        if not path:
            return await self._ls_buckets()
        parsed = _paths.split(path)
        entries = await self._ls_dir(parsed.bucket, parsed.key)
        if entries:
            return entries
        info = await self._info(path)
        if info["type"] == "file":
            if _paths.is_archive(parsed.key) and "archive" not in info:
                return await self._ls_archive(parsed.bucket, parsed.key)
            return [info]
        if "archive" in info:
            shard = _paths.split(info["archive"]).key
            member_dir = parsed.key[len(shard) + 1 :]
            return await self._ls_archive(parsed.bucket, shard, member_dir)
        return []

    async def _find(
        self,
        path: str,
        maxdepth: int | None = None,
        withdirs: bool = False,
        detail: bool = False,
        **kwargs: Any,
    ) -> Any:
        """Every object below `path` from one recursive listing (paged), not level by level."""
        path = self._strip_protocol(path)
        prefix = kwargs.pop("prefix", "")
        parsed = _paths.split(path)
        if maxdepth is not None or not parsed.bucket:
            return await super()._find(
                path, maxdepth, withdirs=withdirs, detail=detail, prefix=prefix, **kwargs
            )
        out: dict[str, Info] = {}
        base = _paths.dir_prefix(parsed.key)
        async for entry in self._list(
            parsed.bucket,
            base + prefix,
            flags=[],
            props=_info.LIST_PROPS,
            page_size=0,
        ):
            info = _info.from_entry(parsed.bucket, entry)
            out[info["name"]] = info
            if withdirs:
                # every virtual directory between `path` and the object
                rel = entry.name[len(base) :].split("/")[:-1]
                for i in range(1, len(rel) + 1):
                    d = f"{parsed.bucket}/{base}{'/'.join(rel[:i])}"
                    out.setdefault(d, _info.directory(d))
        if not out and parsed.key and not prefix:
            with contextlib.suppress(FileNotFoundError):
                info = await self._info(path)
                if info["type"] == "file":
                    out[path] = info
        elif withdirs and out:
            out.setdefault(path, _info.directory(path))
        names = sorted(out)
        return {n: out[n] for n in names} if detail else names

    async def _du(
        self, path: str, total: bool = True, maxdepth: int | None = None, **kwargs: Any
    ) -> Any:
        """Sizes from the listing itself (no request per object)."""
        found = await self._find(path, maxdepth=maxdepth, detail=True, **kwargs)
        sizes = {name: int(info.get("size") or 0) for name, info in found.items()}
        return sum(sizes.values()) if total else sizes

    async def _info(self, path: str, **kwargs: Any) -> Info:
        path = self._strip_protocol(path)
        if not path:
            return _info.directory("")
        parsed = _paths.split(path)
        if not parsed.key:
            return await self._bucket_info(parsed.bucket)
        cached = None if kwargs.get("refresh") else self._info_from_cache(path)
        if cached is not None:
            return cached
        try:
            response = await self.client.request_client.send(
                head_object.op(parsed.bucket, parsed.key, props=_info.HEAD_PROPS, **self._qparams())
            )
            return _info.from_headers(path, response.headers)
        except ErrBckNotFound as err:
            raise _not_found(path, err) from err
        except ErrNotFound:
            pass
        if await self._has_objects(parsed.bucket, parsed.key + "/"):
            return _info.directory(path)
        member = await self._member_info(parsed.bucket, parsed.key)
        if member is not None:
            return member
        raise _not_found(path)

    def _info_from_cache(self, path: str) -> Info | None:
        listing = self._ls_from_cache(path)
        if not listing:
            return None
        for entry in listing:
            if entry["name"] == path and ("checksum" in entry or entry["type"] == "directory"):
                return dict(entry)
        return None

    async def _bucket_info(self, bucket: str) -> Info:
        try:
            await self.bucket(bucket).head()
        except ErrNotFound as err:
            raise _not_found(bucket, err) from err
        return _info.directory(bucket)

    async def _member_info(self, bucket: str, key: str) -> Info | None:
        split = _paths.archive_split(key)
        if split is None:
            return None
        shard = split[0]
        name = f"{bucket}/{key}"
        try:
            async for entry in self._list(
                bucket, shard, flags=[ListObjectFlag.ARCH_DIR], props="name,size", page_size=0
            ):
                if not _info.is_member_entry(entry):
                    continue
                if entry.name == key:
                    return {
                        "name": name,
                        "size": entry.size,
                        "type": "file",
                        "archive": f"{bucket}/{shard}",
                    }
                if entry.name.startswith(key + "/"):
                    return {**_info.directory(name), "archive": f"{bucket}/{shard}"}
        except FileNotFoundError:
            return None
        return None

    def modified(self, path: str) -> Any:
        info = self.info(path)
        if "LastModified" not in info:
            info = self.info(path, refresh=True) if "archive" not in info else info
        if "LastModified" not in info:
            raise ValueError(f"{path!r} has no modification time (a directory or a member)")
        return info["LastModified"]

    def checksum(self, path: str) -> int:
        """The cluster's checksum of the object (e.g. its xxhash2) as an int."""
        info = self.info(path)
        value = str(info.get("checksum") or "")
        try:
            return int(value, 16)
        except ValueError:
            return super().checksum(path)  # type: ignore[no-any-return]

    def ukey(self, path: str) -> str:
        """Changes when the object's content does: the cluster's checksum and the version."""
        info = self.info(path)
        return f"{info.get('checksum', '')}:{info.get('version', '')}"

    def invalidate_cache(self, path: str | None = None) -> None:
        if path is None:
            self.dircache.clear()
            return
        path = self._strip_protocol(path)
        self.dircache.pop(path, None)
        while path:
            path = _paths.parent(path)
            self.dircache.pop(path, None)

    # ---- reading -------------------------------------------------------------------------
    async def _read_member(self, bucket: str, key: str, archive: str) -> bytes:
        shard = _paths.split(archive).key
        member = key[len(shard) + 1 :]
        obj = self.bucket(bucket).object(shard)
        reader = await obj.get(archive_config=ArchiveConfig(archpath=member))
        return await reader.read_all()

    async def _limits(self, path: str, start: int | None, end: int | None) -> tuple[Any, Any]:
        """Negative offsets from the end, resolved by the object's size."""
        if (start is not None and start < 0) or (end is not None and end < 0):
            size = int((await self._info(path))["size"])
            start = None if start is None else (start if start >= 0 else max(size + start, 0))
            end = None if end is None else (end if end >= 0 else max(size + end, 0))
        return start, end

    async def _cat_file(
        self, path: str, start: int | None = None, end: int | None = None, **kwargs: Any
    ) -> bytes:
        path = self._strip_protocol(path)
        parsed = _paths.split(path)
        if not parsed.key:
            raise IsADirectoryError(path)
        start, end = await self._limits(path, start, end)
        if start is not None and end is not None and end <= start:
            return b""
        obj = self.bucket(parsed.bucket).object(parsed.key)
        try:
            reader = await obj.get(byte_range=span_header(start, end))
            return await reader.read_all()
        except ErrBckNotFound as err:
            raise _not_found(path, err) from err
        except ErrNotFound as err:
            info = await self._member_info(parsed.bucket, parsed.key)
            if info is None or info["type"] != "file":
                raise _not_found(path, err) from err
            data = await self._read_member(parsed.bucket, parsed.key, info["archive"])
            return data[start or 0 : end]
        except Exception as err:
            if getattr(err, "status_code", None) == 416:  # a range past the end
                return b""
            raise

    async def _cat(
        self,
        path: Any,
        recursive: bool = False,
        on_error: str = "raise",
        batch_size: int | None = None,
        **kwargs: Any,
    ) -> Any:
        """The content of one path, or a dict of many (through Get-Batch)."""
        paths = await self._expand_path(path, recursive=recursive)
        many = len(paths) > 1 or isinstance(path, list) or self._strip_protocol(path) != paths[0]
        if not many:
            return await self._cat_file(paths[0], **kwargs)
        results = await self._cat_many([(p, None, None) for p in paths], **kwargs)
        if on_error == "raise":
            for value in results:
                if isinstance(value, BaseException):
                    raise value
        out = dict(zip(paths, results, strict=True))
        if on_error == "omit":
            out = {k: v for k, v in out.items() if not isinstance(v, BaseException)}
        return out

    async def _cat_ranges(
        self,
        paths: list[str],
        starts: int | list[int] | None,
        ends: int | list[int] | None,
        max_gap: Any = None,
        batch_size: int | None = None,
        on_error: str = "return",
        **kwargs: Any,
    ) -> list[Any]:
        """Byte ranges of many paths: one Get-Batch request per `BATCH_SIZE` ranges."""
        if max_gap is not None:
            raise NotImplementedError("max_gap is not supported")
        if not isinstance(paths, list):
            raise TypeError("paths must be a list")
        n = len(paths)
        starts_l = starts if isinstance(starts, list) else [starts] * n
        ends_l = ends if isinstance(ends, list) else [ends] * n
        if len(starts_l) != n or len(ends_l) != n:
            raise ValueError("paths, starts and ends must have the same length")
        results = await self._cat_many(list(zip(paths, starts_l, ends_l, strict=True)), **kwargs)
        if on_error != "return":
            for value in results:
                if isinstance(value, BaseException):
                    raise value
        return results

    async def _cat_many(
        self, wanted: list[tuple[str, int | None, int | None]], **kwargs: Any
    ) -> list[Any]:
        """bytes or the exception, per (path, start, end); Get-Batch where it applies.

        An item the batch could not serve (missing, an archive member, ...) is read again by
        `_cat_file`, so errors and members behave as there. Namespaced buckets (which Get-Batch
        does not take) and negative offsets go through concurrent GETs.
        """

        async def one(args: tuple[str, int | None, int | None]) -> Any:
            try:
                return await self._cat_file(*args, **kwargs)
            except Exception as err:
                return err

        results: list[Any] = [None] * len(wanted)
        batched: list[int] = []
        again: list[int] = []  # read one by one
        for i, (_, start, end) in enumerate(wanted):
            simple = (start is None or start >= 0) and (end is None or end >= 0)
            batchable = simple and not kwargs and self.namespace is None and len(wanted) > 1
            (batched if batchable else again).append(i)

        async def one_batch(indices: list[int]) -> None:
            batch = self.client.batch(cont_on_err=True)
            asked: list[int] = []
            for i in indices:
                path, start, end = wanted[i]
                parsed = _paths.split(self._strip_protocol(path))
                if not parsed.key:
                    results[i] = IsADirectoryError(path)
                elif start is not None and end is not None and end <= start:
                    results[i] = b""
                else:
                    length = None if end is None else end - (start or 0)
                    batch.add(
                        parsed.key,
                        bck=parsed.bucket,
                        provider=self.provider.value,
                        start=start or None,
                        length=-1 if start and length is None else length,
                    )
                    asked.append(i)
            if not asked:
                return
            served = 0
            try:
                async for meta, data in await batch.get():
                    i = asked[served]
                    served += 1
                    if meta.err_msg:
                        again.append(i)  # missing, a member: read as cat_file reads it
                    else:
                        results[i] = data
            except BatchStreamError:
                # the server ends a streamed answer at an item it cannot serve even with
                # cont_on_err (a range past the end): the rest are read one by one
                pass
            again.extend(asked[served:])

        # a few batches in flight: the next answer is assembled while this one is decoded
        chunks = [batched[f : f + BATCH_SIZE] for f in range(0, len(batched), BATCH_SIZE)]
        limit = asyncio.Semaphore(BATCHES_IN_FLIGHT)

        async def limited(indices: list[int]) -> None:
            async with limit:
                await one_batch(indices)

        await asyncio.gather(*(limited(c) for c in chunks))
        for i, value in zip(
            again, await self._gather(one, [wanted[i] for i in again]), strict=True
        ):
            results[i] = value
        return results

    def _open(
        self,
        path: str,
        mode: str = "rb",
        block_size: int | None = None,
        autocommit: bool = True,
        cache_options: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> Any:
        path = self._strip_protocol(path)
        if not autocommit:
            raise NotImplementedError("transactions (autocommit=False) are not supported")
        if "r" in mode:
            info = self.info(path)
            if info["type"] != "file":
                raise IsADirectoryError(path)
            if "archive" in info:
                from fsspec.implementations.memory import MemoryFile

                parsed = _paths.split(path)
                data = self._run(self._read_member, parsed.bucket, parsed.key, info["archive"])
                return MemoryFile(self, path, data)
            return AISReadFile(
                self,
                path,
                info,
                block_size=block_size or self.blocksize,
                cache_options=cache_options,
                max_resume=self.max_resume,
                **kwargs,
            )
        if mode in ("wb", "xb"):
            if mode == "xb" and self.exists(path):
                raise FileExistsError(path)
            parsed = _paths.split(path)
            if not parsed.key:
                raise IsADirectoryError(path)
            return AISWriteFile(self, path, block_size=block_size or self.blocksize)
        raise ValueError(f"unsupported mode {mode!r}: use 'rb', 'wb' or 'xb'")

    # ---- writing -------------------------------------------------------------------------
    async def _pipe_file(
        self, path: str, value: bytes, mode: str = "overwrite", **kwargs: Any
    ) -> None:
        path = self._strip_protocol(path)
        if mode not in ("create", "overwrite"):
            raise ValueError(f"mode must be 'create' or 'overwrite', got {mode!r}")
        if mode == "create" and await self._exists(path):
            raise FileExistsError(path)
        try:
            await self._object(path).put_content(bytes(value))
        except AISError as err:
            raise _translate(path, err) from err
        self.invalidate_cache(path)

    def touch(self, path: str, truncate: bool = True, **kwargs: Any) -> None:
        if truncate or not self.exists(path):
            self.pipe_file(path, b"")

    async def _put_file(
        self,
        lpath: str,
        rpath: str,
        callback: Callback = DEFAULT_CALLBACK,
        mode: str = "overwrite",
        **kwargs: Any,
    ) -> None:
        rpath = self._strip_protocol(rpath)
        if os.path.isdir(lpath):
            # virtual directories need no object; make sure the bucket exists
            await self._makedirs(rpath, exist_ok=True)
            return
        if mode == "create" and await self._exists(rpath):
            raise FileExistsError(rpath)
        size = os.path.getsize(lpath)
        callback.set_size(size)
        obj = self._object(rpath)
        with open(lpath, "rb") as f:
            try:
                await self.client.request_client.send(
                    put_object.op(
                        obj.bucket_name,
                        obj.name,
                        body=ProgressReader(f, callback) if size else b"",
                        **obj.query_params,
                    )
                )
            except AISError as err:
                raise _translate(rpath, err) from err
        self.invalidate_cache(rpath)

    async def _get_file(
        self,
        rpath: str,
        lpath: str,
        callback: Callback = DEFAULT_CALLBACK,
        outfile: Any = None,
        **kwargs: Any,
    ) -> None:
        """The object streamed to a local file (resumed after a cut, pinned to its version)."""
        rpath = self._strip_protocol(rpath)
        info = await self._info(rpath)
        if info["type"] == "directory":
            os.makedirs(lpath, exist_ok=True)
            return
        if "archive" in info:
            parsed = _paths.split(rpath)
            data = await self._read_member(parsed.bucket, parsed.key, info["archive"])
            chunks: Any = _one(data)
        else:
            reader = await self._object(rpath).get(chunk_size=GET_FILE_CHUNK)
            chunks = reader.as_file(max_resume=self.max_resume)
        callback.set_size(int(info["size"]))
        if outfile is None and os.path.dirname(lpath):
            os.makedirs(os.path.dirname(lpath), exist_ok=True)
        target = outfile if outfile is not None else open(lpath, "wb")  # noqa: SIM115
        try:
            async for chunk in chunks:
                target.write(chunk)
                callback.relative_update(len(chunk))
        except BaseException:
            if outfile is None:
                target.close()
                with contextlib.suppress(OSError):
                    os.remove(lpath)
            raise
        finally:
            if outfile is None and not target.closed:
                target.close()
            if hasattr(chunks, "close"):
                await chunks.close()

    async def _cp_file(self, path1: str, path2: str, **kwargs: Any) -> None:
        """A server-side copy (`PUT ?object_to=`): no byte passes through this process."""
        path1, path2 = self._strip_protocol(path1), self._strip_protocol(path2)
        src, dst = _paths.split(path1), _paths.split(path2)
        if not src.key or not dst.key:
            raise IsADirectoryError(f"cp_file copies objects, not buckets: {path1} -> {path2}")
        ns = self.namespace or Namespace()
        uname = routing.bucket_uname(self.provider.value, ns.uuid, ns.name, dst.bucket, dst.key)
        try:
            await self.client.request_client.send(
                put_object.op(
                    src.bucket, src.key, body=b"", object_to=uname.decode(), **self._qparams()
                )
            )
        except AISError as err:
            if await self._isdir(path1):
                return  # a virtual directory: nothing to copy
            if isinstance(err, ErrNotFound):
                raise _not_found(path1, err) from err
            raise _translate(path2, err) from err
        self.invalidate_cache(path2)

    # ---- buckets and deletes -------------------------------------------------------------
    async def _mkdir(self, path: str, create_parents: bool = True, **kwargs: Any) -> None:
        """Create the bucket of `path` (virtual directories need no object)."""
        parsed = _paths.split(self._strip_protocol(path))
        if not parsed.bucket:
            raise ValueError("mkdir needs a bucket name")
        if not parsed.key:
            await self.bucket(parsed.bucket).create(exist_ok=False)
        elif create_parents:
            await self.bucket(parsed.bucket).create(exist_ok=True)
        elif not await self._exists(parsed.bucket):
            raise _not_found(parsed.bucket)
        self.invalidate_cache("")

    async def _makedirs(self, path: str, exist_ok: bool = False) -> None:
        parsed = _paths.split(self._strip_protocol(path))
        if not parsed.bucket:
            raise ValueError("makedirs needs a bucket name")
        bucket = self.bucket(parsed.bucket)
        if not parsed.key and not exist_ok and await self._exists(parsed.bucket):
            raise FileExistsError(parsed.bucket)
        if self.provider is Provider.AIS:
            await bucket.create(exist_ok=True)
        self.invalidate_cache("")

    async def _rmdir(self, path: str) -> None:
        """Remove an empty bucket; virtual directories vanish with their last object."""
        parsed = _paths.split(self._strip_protocol(path))
        if parsed.key:
            return
        if await self._has_objects(parsed.bucket, ""):
            raise OSError(39, "Directory not empty", parsed.bucket)
        await self.bucket(parsed.bucket).delete(missing_ok=False)
        self.invalidate_cache("")

    rmdir = sync_wrapper(_rmdir)

    async def _rm_file(self, path: str, **kwargs: Any) -> None:
        try:
            await self._object(path).delete()
        except ErrNotFound as err:
            raise _not_found(path, err) from err
        self.invalidate_cache(path)

    async def _rm(
        self,
        path: Any,
        recursive: bool = False,
        batch_size: int | None = None,
        maxdepth: int | None = None,
        **kwargs: Any,
    ) -> None:
        """Delete objects; many at once go to the cluster as one multi-object delete job."""
        paths = await self._expand_path(path, recursive=recursive, maxdepth=maxdepth)
        by_bucket: dict[str, list[str]] = {}
        buckets: list[str] = []
        for p in paths:
            parsed = _paths.split(self._strip_protocol(p))
            if not parsed.key:
                buckets.append(parsed.bucket)
                continue
            by_bucket.setdefault(parsed.bucket, []).append(parsed.key)
        for bucket, keys in by_bucket.items():
            files = [k for k in keys if not self._dircache_says_dir(f"{bucket}/{k}")]
            if len(files) == 1:
                try:
                    await self._rm_file(f"{bucket}/{files[0]}")
                except FileNotFoundError:
                    if not recursive:
                        raise
            elif files:
                job_id = await self.bucket(bucket).objects(obj_names=files).delete()
                if job_id:
                    job = self.client.job(job_id)
                    await job.wait(timeout=DELETE_JOB_TIMEOUT, verbose=False)
            for key in keys:
                self.invalidate_cache(f"{bucket}/{key}")
        if recursive:
            for bucket in buckets:
                with contextlib.suppress(FileNotFoundError):
                    await self.bucket(bucket).delete(missing_ok=True)
            if buckets:
                self.invalidate_cache("")

    def _dircache_says_dir(self, path: str) -> bool:
        for entry in self._ls_from_cache(path) or []:
            if entry["name"] == path:
                return bool(entry["type"] == "directory")
        return False

    def created(self, path: str) -> Any:
        raise NotImplementedError("AIS keeps no creation time; see modified()")

    def sign(self, path: str, expiration: int = 100, **kwargs: Any) -> str:
        raise NotImplementedError("AIS has no signed URLs")

    def __repr__(self) -> str:
        return f"AISFileSystem({self.endpoint!r}, provider={self.provider.value!r})"


async def _one(data: bytes) -> AsyncIterator[bytes]:
    yield data
