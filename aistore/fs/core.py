"""AISFileSystem: `ais://bucket/key` for fsspec (pandas, pyarrow, dask, datasets, ...).

Built on the synchronous client; every network step is one small method over `Client`, so the
class can move to `fsspec.asyn.AsyncFileSystem` (`_ls`, `_info`, `_cat_file`, ...) over
`aistore.aio` without changing what it sends. Path and info handling are pure (`_paths`,
`_info`) and would be shared as they are.

`cat` of many whole objects is one Get-Batch request per `BATCH_SIZE`; the other many-path
operations (`cat_ranges`, `copy`, directory checks) run concurrently on a thread pool that,
like the client, is rebuilt in a forked child: a filesystem made in a parent keeps working in
DataLoader workers without sharing a socket with the parent, and a pickled filesystem is
rebuilt from its arguments in a spawned process.
"""

from __future__ import annotations

import contextlib
import io
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from aistore_raw.ais.api.objects import head_object, put_object
from fsspec.callbacks import DEFAULT_CALLBACK, Callback
from fsspec.spec import AbstractFileSystem

from aistore._core import routing
from aistore._core.config import DEFAULT_ENDPOINT, ENV_ENDPOINT
from aistore.fs import _info, _paths
from aistore.fs._files import AISReadFile, AISWriteFile, ProgressReader
from aistore.sdk.archive_config import ArchiveConfig
from aistore.sdk.bucket import Bucket
from aistore.sdk.client import Client
from aistore.sdk.errors import AISError, ErrBckNotFound, ErrNotFound
from aistore.sdk.list_object_flag import ListObjectFlag
from aistore.sdk.multiobj.object_group import ObjectGroup
from aistore.sdk.namespace import Namespace
from aistore.sdk.obj.object import Object
from aistore.sdk.provider import Provider
from aistore.sdk.types import BucketEntry

Info = _info.Info
T = TypeVar("T")

DEFAULT_BLOCK_SIZE = 8 << 20
DEFAULT_MAX_WORKERS = 16
DELETE_JOB_TIMEOUT = 600.0
BATCH_SIZE = 1000
"""Objects per Get-Batch request of `cat` over many paths."""


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


class AISFileSystem(AbstractFileSystem):  # type: ignore[misc]
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
        max_workers: threads for many-path operations (`cat`, `cat_ranges`, `copy`).
        max_resume: how often a read continues after a cut connection.
        check_dirs: drop virtual directories that hold no object from `ls` (the server lists
            an emptied directory until its space cleanup runs); one small listing per directory.
        **kwargs: fsspec's own (`use_listings_cache`, `listings_expiry_time`, `max_paths`,
            `skip_instance_cache`).
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
        if not isinstance(block_size, int) or block_size <= 0:
            raise ValueError(f"block_size must be a positive integer, got {block_size!r}")
        if not isinstance(max_workers, int) or max_workers <= 0:
            raise ValueError(f"max_workers must be a positive integer, got {max_workers!r}")
        self.blocksize = block_size
        self.max_workers = max_workers
        self.max_resume = max_resume
        self.check_dirs = check_dirs
        self._pid = -1
        self._client: Client | None = None
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._collecting = threading.local()
        # checks the endpoint and TLS arguments now, not at the first request
        _ = self.client

    # ---- process-local state -------------------------------------------------------------
    @property
    def client(self) -> Client:
        """This process's Client (a forked child builds its own: no socket is shared)."""
        pid = os.getpid()
        if self._client is None or self._pid != pid:
            with self._lock:
                if self._client is None or self._pid != pid:
                    # the parent's client and pool are left alone (closing them here would
                    # close sockets the parent still uses)
                    self._client = Client(**self._client_args)
                    self._pool = None
                    self._pid = pid
        return self._client

    def _executor(self) -> ThreadPoolExecutor:
        _ = self.client  # a new process drops the parent's pool first
        if self._pool is None:
            with self._lock:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(self.max_workers, "ais-fs")
        return self._pool

    def _map(self, func: Callable[[Any], T], items: Iterable[Any]) -> list[T]:
        items = list(items)
        if len(items) <= 1:
            return [func(item) for item in items]
        return list(self._executor().map(func, items))

    @property
    def endpoint(self) -> str:
        return str(self._client_args["endpoint"])

    def bucket(self, name: str) -> Bucket:
        return self.client.bucket(name, provider=self.provider, namespace=self.namespace)

    def _object(self, path: str) -> Object:
        parsed = _paths.split(self._strip_protocol(path))
        if not parsed.key:
            raise IsADirectoryError(f"{path!r} names a bucket, not an object")
        return self.bucket(parsed.bucket).object(parsed.key)

    def _qparams(self) -> dict[str, Any]:
        params: dict[str, Any] = {"provider": self.provider.value}
        if self.namespace is not None:
            params["namespace"] = self.namespace.get_path()
        return params

    # ---- paths ---------------------------------------------------------------------------
    @classmethod
    def _strip_protocol(cls, path: Any) -> Any:
        if isinstance(path, list):
            return [cls._strip_protocol(p) for p in path]
        return _paths.strip_protocol(str(path))

    def unstrip_protocol(self, name: str) -> str:
        return f"ais://{self._strip_protocol(name)}"

    # ---- listing -------------------------------------------------------------------------
    def _list(
        self, bucket: str, prefix: str, *, flags: list[ListObjectFlag], props: str, page_size: int
    ) -> Iterator[BucketEntry]:
        try:
            yield from self.bucket(bucket).list_objects_iter(
                prefix=prefix, props=props, page_size=page_size, flags=flags
            )
        except ErrNotFound as err:
            raise _not_found(bucket, err) from err

    def _has_objects(self, bucket: str, prefix: str) -> bool:
        """Whether any object's name starts with `prefix` (the first entry of one small page)."""
        entries = self._list(
            bucket, prefix, flags=[ListObjectFlag.NAME_ONLY], props="name", page_size=1
        )
        return next(iter(entries), None) is not None

    def _ls_buckets(self) -> list[Info]:
        models = self.client.cluster().list_buckets(self.provider)
        ns = self.namespace
        return [
            _info.directory(m.name)
            for m in models
            if ns is None or (m.namespace is not None and m.namespace.name == ns.name)
        ]

    def _ls_dir(self, bucket: str, key: str) -> list[Info]:
        """One level below `key`: the server's no-recursion listing (virtual dirs included)."""
        prefix = _paths.dir_prefix(key)
        files: list[Info] = []
        dirs: list[Info] = []
        for entry in self._list(
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
            keep = self._map(
                lambda d: self._has_objects(bucket, _paths.split(d["name"]).key + "/"), dirs
            )
            dirs = [d for d, ok in zip(dirs, keep, strict=True) if ok]
        return sorted(files + dirs, key=lambda i: str(i["name"]))

    def _ls_archive(self, bucket: str, shard: str, member_dir: str = "") -> list[Info]:
        """Members of the shard `shard` one level below `member_dir` (as listed by the server)."""
        base = f"{shard}/{member_dir}/" if member_dir else f"{shard}/"
        out: dict[str, Info] = {}
        for entry in self._list(
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

    def ls(self, path: str, detail: bool = True, **kwargs: Any) -> list[Any]:
        path = self._strip_protocol(path)
        refresh = kwargs.pop("refresh", False)
        entries: list[Info] | None = None
        if not refresh:
            with contextlib.suppress(KeyError):
                entries = self.dircache[path]
        if entries is None:
            entries = self._ls_uncached(path)
            if entries and (entries[0]["name"] != path or entries[0]["type"] == "directory"):
                self.dircache[path] = entries
        return entries if detail else [e["name"] for e in entries]

    def _ls_uncached(self, path: str) -> list[Info]:
        if not path:
            return self._ls_buckets()
        parsed = _paths.split(path)
        entries = self._ls_dir(parsed.bucket, parsed.key)
        if entries:
            return entries
        info = self.info(path)
        if info["type"] == "file":
            if _paths.is_archive(parsed.key) and "archive" not in info:
                return self._ls_archive(parsed.bucket, parsed.key)
            return [info]
        if "archive" in info:
            shard = _paths.split(info["archive"]).key
            member_dir = parsed.key[len(shard) + 1 :]
            return self._ls_archive(parsed.bucket, shard, member_dir)
        return []

    def find(
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
            return super().find(path, maxdepth, withdirs, detail, prefix=prefix, **kwargs)
        out: dict[str, Info] = {}
        base = _paths.dir_prefix(parsed.key)
        for entry in self._list(
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
                info = self.info(path)
                if info["type"] == "file":
                    out[path] = info
        elif withdirs and out:
            out.setdefault(path, _info.directory(path))
        names = sorted(out)
        return {n: out[n] for n in names} if detail else names

    def info(self, path: str, **kwargs: Any) -> Info:
        path = self._strip_protocol(path)
        if not path:
            return _info.directory("")
        parsed = _paths.split(path)
        if not parsed.key:
            return self._bucket_info(parsed.bucket)
        cached = None if kwargs.get("refresh") else self._info_from_cache(path)
        if cached is not None:
            return cached
        try:
            response = self.client.request_client.send(
                head_object.op(parsed.bucket, parsed.key, props=_info.HEAD_PROPS, **self._qparams())
            )
            return _info.from_headers(path, response.headers)
        except ErrBckNotFound as err:
            raise _not_found(path, err) from err
        except ErrNotFound:
            pass
        if self._has_objects(parsed.bucket, parsed.key + "/"):
            return _info.directory(path)
        member = self._member_info(parsed.bucket, parsed.key)
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

    def _bucket_info(self, bucket: str) -> Info:
        try:
            self.bucket(bucket).head()
        except ErrNotFound as err:
            raise _not_found(bucket, err) from err
        return _info.directory(bucket)

    def _member_info(self, bucket: str, key: str) -> Info | None:
        split = _paths.archive_split(key)
        if split is None:
            return None
        shard = split[0]
        name = f"{bucket}/{key}"
        try:
            entries = self._list(
                bucket, shard, flags=[ListObjectFlag.ARCH_DIR], props="name,size", page_size=0
            )
            for entry in entries:
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

    def exists(self, path: str, **kwargs: Any) -> bool:
        try:
            self.info(path)
        except FileNotFoundError:
            return False
        return True

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
    def _read_member(self, bucket: str, key: str, archive: str) -> bytes:
        shard = _paths.split(archive).key
        member = key[len(shard) + 1 :]
        reader = (
            self.bucket(bucket).object(shard).get(archive_config=ArchiveConfig(archpath=member))
        )
        return reader.read_all()

    def cat_file(
        self, path: str, start: int | None = None, end: int | None = None, **kwargs: Any
    ) -> bytes:
        path = self._strip_protocol(path)
        parsed = _paths.split(path)
        if not parsed.key:
            raise IsADirectoryError(path)
        if (start is not None and start < 0) or (end is not None and end < 0):
            size = int(self.info(path)["size"])
            start = None if start is None else (start if start >= 0 else max(size + start, 0))
            end = None if end is None else (end if end >= 0 else max(size + end, 0))
        if start is not None and end is not None and end <= start:
            return b""
        byte_range = None
        if start or end is not None:
            byte_range = f"bytes={start or 0}-{'' if end is None else end - 1}"
        obj = self.bucket(parsed.bucket).object(parsed.key)
        try:
            return obj.get(byte_range=byte_range).read_all()
        except ErrBckNotFound as err:
            raise _not_found(path, err) from err
        except ErrNotFound as err:
            info = self._member_info(parsed.bucket, parsed.key)
            if info is None or info["type"] != "file":
                raise _not_found(path, err) from err
            data = self._read_member(parsed.bucket, parsed.key, info["archive"])
            return data[start or 0 : end]
        except Exception as err:
            if getattr(err, "status_code", None) == 416:  # a range past the end
                return b""
            raise

    def cat(
        self, path: Any, recursive: bool = False, on_error: str = "raise", **kwargs: Any
    ) -> Any:
        """The content of one path, or a dict of many, read concurrently."""
        paths = self.expand_path(path, recursive=recursive)
        many = len(paths) > 1 or isinstance(path, list) or self._strip_protocol(path) != paths[0]
        if not many:
            return self.cat_file(paths[0], **kwargs)

        def one(p: str) -> Any:
            try:
                return self.cat_file(p, **kwargs)
            except Exception as err:
                if on_error == "raise":
                    raise
                return err

        if kwargs or self.namespace is not None:
            results = self._map(one, paths)
        else:
            results = self._cat_batched(paths, one)
        out = dict(zip(paths, results, strict=True))
        if on_error == "omit":
            out = {k: v for k, v in out.items() if not isinstance(v, BaseException)}
        return out

    def _cat_batched(self, paths: list[str], one: Callable[[str], Any]) -> list[Any]:
        """Whole objects through Get-Batch (one streamed archive per `BATCH_SIZE` paths).

        An item the batch could not serve (missing, an archive member, ...) is read again by
        `one` (a plain GET, or the member lookup), so errors and members behave as in cat_file.
        """
        results: list[Any] = [None] * len(paths)
        retry: list[int] = []
        for first in range(0, len(paths), BATCH_SIZE):
            chunk = paths[first : first + BATCH_SIZE]
            batch = self.client.batch(cont_on_err=True)
            for p in chunk:
                parsed = _paths.split(self._strip_protocol(p))
                if not parsed.key:
                    raise IsADirectoryError(p)
                batch.add(parsed.key, bck=parsed.bucket, provider=self.provider.value)
            answered = batch.get()
            assert not isinstance(answered, io.IOBase)
            for i, (meta, data) in enumerate(answered):
                if meta.err_msg:
                    retry.append(first + i)
                else:
                    results[first + i] = data
        for i, value in zip(retry, self._map(one, [paths[i] for i in retry]), strict=True):
            results[i] = value
        return results

    def cat_ranges(
        self,
        paths: list[str],
        starts: int | list[int] | None,
        ends: int | list[int] | None,
        max_gap: Any = None,
        on_error: str = "return",
        **kwargs: Any,
    ) -> list[Any]:
        if max_gap is not None:
            raise NotImplementedError("max_gap is not supported")
        if not isinstance(paths, list):
            raise TypeError("paths must be a list")
        n = len(paths)
        starts_l = starts if isinstance(starts, list) else [starts] * n
        ends_l = ends if isinstance(ends, list) else [ends] * n
        if len(starts_l) != n or len(ends_l) != n:
            raise ValueError("paths, starts and ends must have the same length")

        def one(args: tuple[str, int | None, int | None]) -> Any:
            try:
                return self.cat_file(*args)
            except Exception as err:
                if on_error == "return":
                    return err
                raise

        return self._map(one, list(zip(paths, starts_l, ends_l, strict=True)))

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
                data = self._read_member(parsed.bucket, parsed.key, info["archive"])
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
    def pipe_file(self, path: str, value: bytes, mode: str = "overwrite", **kwargs: Any) -> None:
        path = self._strip_protocol(path)
        if mode == "create" and self.exists(path):
            raise FileExistsError(path)
        if mode not in ("create", "overwrite"):
            raise ValueError(f"mode must be 'create' or 'overwrite', got {mode!r}")
        try:
            self._object(path).put_content(bytes(value))
        except AISError as err:
            raise _translate(path, err) from err
        self.invalidate_cache(path)

    def touch(self, path: str, truncate: bool = True, **kwargs: Any) -> None:
        if truncate or not self.exists(path):
            self.pipe_file(path, b"")

    def put_file(
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
            self.makedirs(rpath, exist_ok=True)
            return
        if mode == "create" and self.exists(rpath):
            raise FileExistsError(rpath)
        size = os.path.getsize(lpath)
        callback.set_size(size)
        obj = self._object(rpath)
        with open(lpath, "rb") as f:
            try:
                self.client.request_client.send(
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

    def get_file(
        self,
        rpath: str,
        lpath: str,
        callback: Callback = DEFAULT_CALLBACK,
        outfile: Any = None,
        **kwargs: Any,
    ) -> None:
        rpath = self._strip_protocol(rpath)
        if self.isdir(rpath):
            os.makedirs(lpath, exist_ok=True)
            return
        if outfile is None and os.path.dirname(lpath):
            os.makedirs(os.path.dirname(lpath), exist_ok=True)
        with self.open(rpath, "rb", block_size=self.blocksize) as src:
            callback.set_size(src.size)
            target = outfile if outfile is not None else open(lpath, "wb")  # noqa: SIM115
            try:
                while chunk := src.read(self.blocksize):
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

    def cp_file(self, path1: str, path2: str, **kwargs: Any) -> None:
        """A server-side copy (`PUT ?object_to=`): no byte passes through this process."""
        path1, path2 = self._strip_protocol(path1), self._strip_protocol(path2)
        pairs = getattr(self._collecting, "pairs", None)
        if pairs is not None:  # inside copy(): gathered, then run concurrently
            pairs.append((path1, path2))
            return
        src, dst = _paths.split(path1), _paths.split(path2)
        if not src.key or not dst.key:
            raise IsADirectoryError(f"cp_file copies objects, not buckets: {path1} -> {path2}")
        ns = self.namespace or Namespace()
        uname = routing.bucket_uname(self.provider.value, ns.uuid, ns.name, dst.bucket, dst.key)
        try:
            self.client.request_client.send(
                put_object.op(
                    src.bucket, src.key, body=b"", object_to=uname.decode(), **self._qparams()
                )
            )
        except AISError as err:
            if self.isdir(path1):
                return  # a virtual directory: nothing to copy
            if isinstance(err, ErrNotFound):
                raise _not_found(path1, err) from err
            raise _translate(path2, err) from err
        self.invalidate_cache(path2)

    def copy(
        self,
        path1: Any,
        path2: Any,
        recursive: bool = False,
        maxdepth: int | None = None,
        on_error: str | None = None,
        **kwargs: Any,
    ) -> None:
        """As fsspec's copy (same path rules), with the server-side copies run concurrently."""
        pairs: list[tuple[str, str]] = []
        self._collecting.pairs = pairs
        try:
            super().copy(path1, path2, recursive, maxdepth, on_error="raise", **kwargs)
        finally:
            self._collecting.pairs = None
        if on_error is None:
            on_error = "ignore" if recursive else "raise"

        def one(pair: tuple[str, str]) -> None:
            try:
                self.cp_file(*pair, **kwargs)
            except FileNotFoundError:
                if on_error == "raise":
                    raise

        # a recursive copy names the virtual directories too: they hold nothing to copy
        sources = {p for p, _ in pairs}
        dirs = {p.rpartition("/")[0] for p in sources}
        self._map(one, [(a, b) for a, b in pairs if a not in dirs])

    # ---- buckets and deletes -------------------------------------------------------------
    def mkdir(self, path: str, create_parents: bool = True, **kwargs: Any) -> None:
        """Create the bucket of `path` (virtual directories need no object)."""
        parsed = _paths.split(self._strip_protocol(path))
        if not parsed.bucket:
            raise ValueError("mkdir needs a bucket name")
        if not parsed.key:
            self.bucket(parsed.bucket).create(exist_ok=False)
        elif create_parents:
            self.bucket(parsed.bucket).create(exist_ok=True)
        elif not self.exists(parsed.bucket):
            raise _not_found(parsed.bucket)
        self.invalidate_cache("")

    def makedirs(self, path: str, exist_ok: bool = False) -> None:
        parsed = _paths.split(self._strip_protocol(path))
        if not parsed.bucket:
            raise ValueError("makedirs needs a bucket name")
        bucket = self.bucket(parsed.bucket)
        if not parsed.key and not exist_ok and self.exists(parsed.bucket):
            raise FileExistsError(parsed.bucket)
        if self.provider is Provider.AIS:
            bucket.create(exist_ok=True)
        self.invalidate_cache("")

    def rmdir(self, path: str) -> None:
        """Remove an empty bucket; virtual directories vanish with their last object."""
        parsed = _paths.split(self._strip_protocol(path))
        if parsed.key:
            return
        if self._has_objects(parsed.bucket, ""):
            raise OSError(39, "Directory not empty", parsed.bucket)
        self.bucket(parsed.bucket).delete(missing_ok=False)
        self.invalidate_cache("")

    def rm_file(self, path: str) -> None:
        try:
            self._object(path).delete()
        except ErrNotFound as err:
            raise _not_found(path, err) from err
        self.invalidate_cache(path)

    def rm(self, path: Any, recursive: bool = False, maxdepth: int | None = None) -> None:
        """Delete objects; many at once go to the cluster as one multi-object delete job."""
        paths = self.expand_path(path, recursive=recursive, maxdepth=maxdepth)
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
                    self.rm_file(f"{bucket}/{files[0]}")
                except FileNotFoundError:
                    if not recursive:
                        raise
            elif files:
                group = ObjectGroup(self.bucket(bucket), obj_names=files)
                job_id = group.delete()
                if job_id:
                    self.client.job(job_id).wait(timeout=DELETE_JOB_TIMEOUT, verbose=False)
            for key in keys:
                self.invalidate_cache(f"{bucket}/{key}")
        if recursive:
            for bucket in buckets:
                with contextlib.suppress(FileNotFoundError):
                    self.bucket(bucket).delete(missing_ok=True)
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
