"""AISFileSystem against the live cluster: listing, info, reads, writes, copies, deletes."""

from __future__ import annotations

import contextlib
import io
import os
import tarfile
from collections.abc import Callable
from pathlib import Path

import fsspec
import pytest
from fsspec.callbacks import Callback

from aistore.fs import AISFileSystem, ObjectChangedError
from aistore.sdk.client import Client
from aistore.sdk.errors import ErrBckAlreadyExists
from aistore.sdk.list_object_flag import ListObjectFlag
from tests.live.conftest import unique_name
from tests.support.tcp_cutter import tcp_cutter


def _tree(fs: AISFileSystem, root: str) -> None:
    for name in ("a.txt", "sub/b.txt", "sub/deep/c.txt", "sub2/d.txt"):
        fs.pipe_file(f"{root}/{name}", name.encode())


def test_registered_for_ais_urls(ais_endpoint: str, fs_dir: Callable[[], str]) -> None:
    root = fs_dir()
    with fsspec.open(f"ais://{root}/x.txt", "wb", endpoint=ais_endpoint) as f:
        f.write(b"via fsspec.open")
    with fsspec.open(f"ais://{root}/x.txt", "rb", endpoint=ais_endpoint) as f:
        assert f.read() == b"via fsspec.open"
    assert isinstance(fsspec.filesystem("ais", endpoint=ais_endpoint), AISFileSystem)


def test_endpoint_from_environment(ais_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIS_ENDPOINT", ais_endpoint)
    fs = AISFileSystem(skip_instance_cache=True)
    assert fs.endpoint == ais_endpoint
    assert isinstance(fs.ls(""), list)


def test_ls_one_level_with_virtual_dirs(aisfs: AISFileSystem, fs_dir: Callable[[], str]) -> None:
    root = fs_dir()
    _tree(aisfs, root)
    listing = aisfs.ls(root, detail=True)
    assert [(i["name"], i["type"]) for i in listing] == [
        (f"{root}/a.txt", "file"),
        (f"{root}/sub", "directory"),
        (f"{root}/sub2", "directory"),
    ]
    file_info = listing[0]
    assert file_info["size"] == 5 and file_info["checksum"] and file_info["version"]
    assert aisfs.ls(f"{root}/sub", detail=False) == [f"{root}/sub/b.txt", f"{root}/sub/deep"]
    bucket = root.split("/")[0]
    assert bucket in aisfs.ls("", detail=False)


def test_ls_pages_through_large_directories(
    client: Client, ais_endpoint: str, fs_dir: Callable[[], str]
) -> None:
    root = fs_dir()
    bucket, prefix = root.split("/")
    for i in range(25):
        client.bucket(bucket).object(f"{prefix}/f{i:02d}").put_content(b"x")
    fs = AISFileSystem(ais_endpoint, skip_instance_cache=True)
    # page size 10 forces three pages through the same listing
    pages = client.bucket(bucket).list_objects(
        prefix=f"{prefix}/", page_size=10, flags=[ListObjectFlag.NO_RECURSION]
    )
    assert len(pages.entries) == 10 and pages.continuation_token
    assert len(fs.ls(root)) == 25


def test_emptied_directories_are_not_listed(
    aisfs: AISFileSystem, fs_dir: Callable[[], str]
) -> None:
    root = fs_dir()
    _tree(aisfs, root)
    aisfs.rm(f"{root}/sub2", recursive=True)
    # the server still lists `sub2/` (an empty directory on disk); the filesystem drops it
    assert aisfs.ls(root, detail=False, refresh=True) == [f"{root}/a.txt", f"{root}/sub"]
    assert not aisfs.exists(f"{root}/sub2")
    with pytest.raises(IsADirectoryError, match="emptied"):
        aisfs.pipe_file(f"{root}/sub2", b"a file where the directory was")


def test_listings_cache_is_invalidated_by_writes(
    aisfs: AISFileSystem, fs_dir: Callable[[], str]
) -> None:
    root = fs_dir()
    aisfs.pipe_file(f"{root}/one", b"1")
    assert aisfs.ls(root, detail=False) == [f"{root}/one"]
    assert root in aisfs.dircache
    aisfs.pipe_file(f"{root}/two", b"2")
    assert root not in aisfs.dircache
    assert aisfs.ls(root, detail=False) == [f"{root}/one", f"{root}/two"]
    with aisfs.open(f"{root}/three", "wb") as f:
        f.write(b"3")
    assert len(aisfs.ls(root)) == 3
    aisfs.rm(f"{root}/one")
    assert aisfs.ls(root, detail=False) == [f"{root}/three", f"{root}/two"]


def test_info_find_glob_walk_du(aisfs: AISFileSystem, fs_dir: Callable[[], str]) -> None:
    root = fs_dir()
    _tree(aisfs, root)
    info = aisfs.info(f"{root}/sub/b.txt")
    assert info["type"] == "file" and info["size"] == 9
    assert info["checksum_type"] and info["checksum"] and info["version"] == "1"
    assert aisfs.modified(f"{root}/sub/b.txt") == info["LastModified"]
    assert aisfs.info(f"{root}/sub")["type"] == "directory"
    assert aisfs.info(root.split("/")[0])["type"] == "directory"
    with pytest.raises(FileNotFoundError):
        aisfs.info(f"{root}/missing")
    assert aisfs.find(root) == [
        f"{root}/a.txt",
        f"{root}/sub/b.txt",
        f"{root}/sub/deep/c.txt",
        f"{root}/sub2/d.txt",
    ]
    assert f"{root}/sub/deep" in aisfs.find(root, withdirs=True)
    assert aisfs.find(root, maxdepth=1) == [f"{root}/a.txt"]
    assert aisfs.glob(f"{root}/sub*/*.txt") == [f"{root}/sub/b.txt", f"{root}/sub2/d.txt"]
    walked = {d: sorted(files) for d, _, files in aisfs.walk(root)}
    assert walked[f"{root}/sub"] == ["b.txt"]
    assert aisfs.du(root) == 5 + 9 + 14 + 10
    assert aisfs.checksum(f"{root}/a.txt") == int(aisfs.info(f"{root}/a.txt")["checksum"], 16)
    key = aisfs.ukey(f"{root}/a.txt")
    aisfs.pipe_file(f"{root}/a.txt", b"changed")
    assert aisfs.ukey(f"{root}/a.txt") != key


def test_cat_ranges_and_many_paths(aisfs: AISFileSystem, fs_dir: Callable[[], str]) -> None:
    root = fs_dir()
    data = bytes(range(256)) * 4
    aisfs.pipe_file(f"{root}/bin", data)
    assert aisfs.cat_file(f"{root}/bin", 10, 20) == data[10:20]
    assert aisfs.cat_file(f"{root}/bin", -5) == data[-5:]
    assert aisfs.cat_file(f"{root}/bin", 100, -100) == data[100:-100]
    assert aisfs.cat_file(f"{root}/bin", 2000) == b""
    paths = [f"{root}/p{i}" for i in range(20)]
    aisfs.pipe({p: p.encode() for p in paths})
    assert aisfs.cat(paths) == {p: p.encode() for p in paths}
    assert aisfs.cat(f"{root}/p1*") == {f"{root}/p1": paths[1].encode()} | {
        p: p.encode() for p in paths if p.rsplit("/", 1)[1].startswith("p1")
    }
    got = aisfs.cat_ranges([f"{root}/bin", f"{root}/p3", f"{root}/nope"], [0, 1, 0], [4, 3, 1])
    assert got[:2] == [data[:4], paths[3].encode()[1:3]]
    assert isinstance(got[2], FileNotFoundError)
    out = aisfs.cat([f"{root}/p0", f"{root}/nope"], on_error="omit")
    assert list(out) == [f"{root}/p0"]


def test_open_read_is_seekable_and_buffered(
    aisfs: AISFileSystem, fs_dir: Callable[[], str]
) -> None:
    root = fs_dir()
    data = os.urandom(300_000)
    aisfs.pipe_file(f"{root}/r.bin", data)
    with aisfs.open(f"{root}/r.bin", "rb", block_size=65536) as f:
        assert f.read(10) == data[:10]
        f.seek(200_000)
        assert f.read(5) == data[200_000:200_005]
        f.seek(-7, 2)
        assert f.read() == data[-7:]
        assert f.tell() == len(data)
        # a read of a block or more, not cached: one GET of exactly it, as received
        f.seek(1000)
        big = f.read(150_000)
        assert isinstance(big, bytearray) and big == data[1000:151_000]
        assert f.tell() == 151_000 and f.read(10) == data[151_000:151_010]


def test_open_read_pins_the_version(aisfs: AISFileSystem, fs_dir: Callable[[], str]) -> None:
    root = fs_dir()
    aisfs.pipe_file(f"{root}/v.bin", b"a" * 200_000)
    with aisfs.open(f"{root}/v.bin", "rb", block_size=65536, cache_type="none") as f:
        assert f.read(100) == b"a" * 100
        aisfs.pipe_file(f"{root}/v.bin", b"b" * 200_000)
        with pytest.raises(ObjectChangedError, match="changed while open"):
            f.read(100)


@pytest.fixture
def through_cutter(monkeypatch: pytest.MonkeyPatch) -> None:
    # direct reads would go around the cutter straight to the target
    monkeypatch.setenv("AIS_DIRECT_READS", "0")


@pytest.mark.usefixtures("through_cutter")
def test_open_read_resumes_after_a_cut_connection(
    aisfs: AISFileSystem, client: Client, fs_dir: Callable[[], str]
) -> None:
    import httpx

    root = fs_dir()
    bucket, prefix = root.split("/")
    data = os.urandom(2 * 1024 * 1024)
    aisfs.pipe_file(f"{root}/cut.bin", data)
    url = client.bucket(bucket).object(f"{prefix}/cut.bin").get_url()
    location = httpx.URL(httpx.head(url).headers["Location"])
    target = f"{location.scheme}://{location.host}:{location.port}"
    # the cutter stands in front of the owning target and cuts its first two answers
    with tcp_cutter(target, cut_after=600_000, cuts=2) as cutter:
        flaky = AISFileSystem(cutter.url, skip_instance_cache=True, max_resume=3)
        with flaky.open(f"{root}/cut.bin", "rb", block_size=4 << 20) as f:
            assert f.read() == data
        assert cutter.connections >= 3


def test_open_write_streams_and_commits_on_close(
    aisfs: AISFileSystem, fs_dir: Callable[[], str]
) -> None:
    root = fs_dir()
    chunks = [os.urandom(70_000) for _ in range(6)]
    with aisfs.open(f"{root}/w.bin", "wb", block_size=100_000) as f:
        for chunk in chunks[:3]:
            f.write(chunk)
        # two blocks are on their way, nothing is visible yet
        assert not aisfs.exists(f"{root}/w.bin")
        for chunk in chunks[3:]:
            f.write(chunk)
    assert aisfs.cat_file(f"{root}/w.bin") == b"".join(chunks)
    with aisfs.open(f"{root}/empty", "wb"):
        pass
    assert aisfs.cat_file(f"{root}/empty") == b""


def test_open_write_aborted_by_an_exception_leaves_nothing(
    aisfs: AISFileSystem, fs_dir: Callable[[], str]
) -> None:
    root = fs_dir()
    aisfs.pipe_file(f"{root}/keep.bin", b"old content")
    for name, size in (("new.bin", 500_000), ("keep.bin", 500_000), ("small.bin", 10)):
        with (
            pytest.raises(RuntimeError, match="abandon"),
            aisfs.open(f"{root}/{name}", "wb", block_size=100_000) as f,
        ):
            f.write(os.urandom(size))
            raise RuntimeError("abandon")
    assert not aisfs.exists(f"{root}/new.bin")
    assert not aisfs.exists(f"{root}/small.bin")
    assert aisfs.cat_file(f"{root}/keep.bin") == b"old content"
    with pytest.raises(FileExistsError):
        aisfs.open(f"{root}/keep.bin", "xb")


class _Count(Callback):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[int] = []

    def call(self, *args: object, **kwargs: object) -> None:
        self.sizes.append(self.value)


def test_put_get_with_progress_callbacks(
    aisfs: AISFileSystem, fs_dir: Callable[[], str], tmp_path: Path
) -> None:
    root = fs_dir()
    src = tmp_path / "src.bin"
    data = os.urandom(300_000)
    src.write_bytes(data)
    up = _Count()
    aisfs.put_file(str(src), f"{root}/up.bin", callback=up)
    assert up.size == len(data) and up.value == len(data) and len(up.sizes) > 1
    down = _Count()
    aisfs.get_file(f"{root}/up.bin", str(tmp_path / "down.bin"), callback=down)
    assert (tmp_path / "down.bin").read_bytes() == data
    assert down.size == len(data) and down.value == len(data)
    (tmp_path / "tree" / "x").mkdir(parents=True)
    (tmp_path / "tree" / "x" / "f").write_bytes(b"f")
    aisfs.put(str(tmp_path / "tree"), f"{root}/tree", recursive=True)
    aisfs.get(f"{root}/tree", str(tmp_path / "back"), recursive=True)
    assert (tmp_path / "back" / "x" / "f").read_bytes() == b"f"


def test_rm_recursive_is_one_delete_job(
    aisfs: AISFileSystem, client: Client, fs_dir: Callable[[], str]
) -> None:
    root = fs_dir()
    _tree(aisfs, root)
    before = {j.uuid for j in client.cluster().list_jobs_status(job_kind="delete-listrange")}
    aisfs.rm(f"{root}/sub", recursive=True)
    assert aisfs.find(root) == [f"{root}/a.txt", f"{root}/sub2/d.txt"]
    after = {j.uuid for j in client.cluster().list_jobs_status(job_kind="delete-listrange")}
    assert len(after - before) == 1
    with pytest.raises(FileNotFoundError):
        aisfs.rm(f"{root}/nope")


def test_cp_file_is_a_server_side_copy(
    aisfs: AISFileSystem, fs_dir: Callable[[], str], new_bucket_name: Callable[[], str]
) -> None:
    root = fs_dir()
    aisfs.pipe_file(f"{root}/src.txt", b"copy me")
    other = new_bucket_name()
    aisfs.cp_file(f"{root}/src.txt", f"{other}/renamed/dst.txt")
    assert aisfs.cat_file(f"{other}/renamed/dst.txt") == b"copy me"
    _tree(aisfs, f"{root}/t")
    aisfs.copy(f"{root}/t", f"{other}/t2", recursive=True)
    assert aisfs.find(f"{other}/t2") == [
        f"{other}/t2/a.txt",
        f"{other}/t2/sub/b.txt",
        f"{other}/t2/sub/deep/c.txt",
        f"{other}/t2/sub2/d.txt",
    ]
    with pytest.raises(FileNotFoundError):
        aisfs.cp_file(f"{root}/missing", f"{other}/x")


def test_mkdir_makedirs_rmdir_buckets(aisfs: AISFileSystem) -> None:
    name = unique_name("fsmk")
    try:
        aisfs.mkdir(name)
        assert aisfs.isdir(name)
        with pytest.raises(ErrBckAlreadyExists, match=name) as exists:
            aisfs.mkdir(name)
        assert exists.value.status_code == 409
        aisfs.makedirs(f"{name}/a/b", exist_ok=True)  # virtual: nothing to create
        aisfs.makedirs(f"{name}2/x")
        assert aisfs.isdir(f"{name}2")
        aisfs.pipe_file(f"{name}/f", b"1")
        with pytest.raises(OSError, match="not empty"):
            aisfs.rmdir(name)
        aisfs.rm(f"{name}/f")
        aisfs.rmdir(name)
        assert not aisfs.exists(name)
    finally:
        for bucket in (name, f"{name}2"):
            with contextlib.suppress(FileNotFoundError):
                aisfs.rm(bucket, recursive=True)


def _shard(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in members.items():
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            tar.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def test_archive_members_are_paths(aisfs: AISFileSystem, fs_dir: Callable[[], str]) -> None:
    root = fs_dir()
    aisfs.pipe_file(
        f"{root}/shard.tar",
        _shard({"0001.jpg": b"jpeg", "meta/0001.json": b"{}", "0002.jpg": b"2"}),
    )
    shard = f"{root}/shard.tar"
    assert aisfs.info(shard)["type"] == "file"
    assert aisfs.ls(shard, detail=False) == [
        f"{shard}/0001.jpg",
        f"{shard}/0002.jpg",
        f"{shard}/meta",
    ]
    assert aisfs.ls(f"{shard}/meta", detail=False) == [f"{shard}/meta/0001.json"]
    member = aisfs.info(f"{shard}/meta/0001.json")
    assert member["size"] == 2 and member["archive"] == shard
    assert aisfs.cat_file(f"{shard}/0001.jpg") == b"jpeg"
    assert aisfs.cat_file(f"{shard}/0001.jpg", 1, 3) == b"pe"
    with aisfs.open(f"ais://{shard}/meta/0001.json") as f:
        assert f.read() == b"{}"
    with pytest.raises(FileNotFoundError):
        aisfs.cat_file(f"{shard}/missing.jpg")


def test_cat_of_many_goes_through_get_batch(
    aisfs: AISFileSystem, fs_dir: Callable[[], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from aistore.sdk.batch import fallback

    def no_fallback(*args: object, **kwargs: object) -> None:
        raise AssertionError("Get-Batch was not served: per-object fallback used")

    monkeypatch.setattr(fallback, "get_each", no_fallback)
    root = fs_dir()
    paths = [f"{root}/b{i:03d}" for i in range(30)]
    aisfs.pipe({p: p.encode() for p in paths})
    aisfs.pipe_file(f"{root}/s.tar", _shard({"m.txt": b"member"}))
    # missing items and archive members come back from the batch as errors: read one by one
    wanted = [*paths, f"{root}/s.tar/m.txt", f"{root}/missing"]
    got = aisfs.cat(wanted, on_error="return")
    assert [got[p] for p in paths] == [p.encode() for p in paths]
    assert got[f"{root}/s.tar/m.txt"] == b"member"
    assert isinstance(got[f"{root}/missing"], FileNotFoundError)


def test_cat_ranges_of_many_paths_is_one_get_batch(
    aisfs: AISFileSystem, fs_dir: Callable[[], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = fs_dir()
    data = {f"{root}/r{i}": os.urandom(5000 + i) for i in range(12)}
    aisfs.pipe(data)
    aisfs.pipe_file(f"{root}/s.tar", _shard({"m.bin": b"0123456789"}))
    paths = sorted(data)
    starts = [i * 7 for i in range(len(paths))]
    ends = [s + 100 for s in starts]
    alone: list[str] = []
    read_one = AISFileSystem._cat_file

    async def spy(self: AISFileSystem, path: str, *args: object, **kwargs: object) -> bytes:
        alone.append(path)
        return await read_one(self, path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(AISFileSystem, "_cat_file", spy)
    got = aisfs.cat_ranges(paths, starts, ends)
    assert got == [data[p][s:e] for p, s, e in zip(paths, starts, ends, strict=True)]
    assert alone == []  # every range came back from the batch
    # open-ended, from the start, past the end, a member and a missing one
    more = [paths[0], paths[1], paths[2], f"{root}/s.tar/m.bin", f"{root}/nope"]
    got = aisfs.cat_ranges(more, [4990, None, 9000, 2, 0], [None, 3, 9100, 5, 1])
    assert got[:4] == [data[paths[0]][4990:], data[paths[1]][:3], b"", b"234"]
    assert isinstance(got[4], FileNotFoundError)
    # the batch could not serve these three: read one by one, as cat_file does
    assert sorted(alone) == sorted(more[2:])


def test_coroutines_serve_asyncio_code(ais_endpoint: str, fs_dir: Callable[[], str]) -> None:
    import asyncio

    root = fs_dir()

    async def main() -> None:
        fs = AISFileSystem(ais_endpoint, asynchronous=True, skip_instance_cache=True)
        await fs._pipe_file(f"{root}/a", b"alpha")
        await fs._pipe({f"{root}/d/b": b"beta", f"{root}/d/c": b"gamma"})
        assert await fs._cat_file(f"{root}/a", start=1, end=3) == b"lp"
        assert await fs._ls(root, detail=False) == [f"{root}/a", f"{root}/d"]
        assert await fs._cat(f"{root}/d/*") == {f"{root}/d/b": b"beta", f"{root}/d/c": b"gamma"}
        assert (await fs._info(f"{root}/d/c"))["size"] == 5
        await fs._rm(root, recursive=True)
        assert not await fs._exists(f"{root}/a")
        await fs.client.close()

    asyncio.run(main())
