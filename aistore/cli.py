"""`aistore`: a small pipe-able command (installed with the package).

    aistore cat ais://bucket/object [...]      object content to stdout
    aistore put - ais://bucket/object          stdin to an object (streamed, committed at EOF)
    aistore put FILE ais://bucket/object       a file to an object
    aistore ls ais://bucket[/dir]              one level, one name a line

For webdataset `pipe:` URLs: `wds.WebDataset("pipe:aistore cat ais://b/shard-{0..9}.tar")`,
`wds.TarWriter("pipe:aistore put - ais://b/out.tar")`. The cluster is `--endpoint` or
`AIS_ENDPOINT`; other backends' buckets: `s3://`, `gs://`, `az://`, `oci://` (AIS's names).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from typing import BinaryIO

from aistore.sdk.provider import Provider

CHUNK = 1 << 20


def _split(url: str) -> tuple[str, str]:
    """(provider, bucket/object) of `ais://b/o`, `s3://b/o`, ..."""
    scheme, sep, rest = url.partition("://")
    if not sep or not rest.strip("/"):
        raise SystemExit(f"aistore: expected a URL like ais://bucket/object, got {url!r}")
    try:
        provider = Provider.parse(scheme).value
    except Exception:
        raise SystemExit(f"aistore: unknown provider {scheme!r} in {url!r}") from None
    return provider, rest.strip("/")


def _cat(endpoint: str | None, urls: Sequence[str], out: BinaryIO) -> None:
    from aistore.fs import AISFileSystem

    for url in urls:
        provider, path = _split(url)
        fs = AISFileSystem(endpoint, provider=provider)
        with fs.open(path, "rb", cache_type="readahead") as f:
            shutil.copyfileobj(f, out, CHUNK)
    out.flush()


def _put(endpoint: str | None, source: str, url: str, stdin: BinaryIO) -> None:
    from aistore.fs import AISFileSystem

    provider, path = _split(url)
    fs = AISFileSystem(endpoint, provider=provider)
    if source != "-":
        fs.put_file(source, path)
        return
    with fs.open(path, "wb") as f:
        shutil.copyfileobj(stdin, f, CHUNK)


def _ls(endpoint: str | None, url: str, out: BinaryIO) -> None:
    from aistore.fs import AISFileSystem

    provider, path = _split(url) if "://" in url else ("ais", url)
    fs = AISFileSystem(endpoint, provider=provider)
    for info in fs.ls(path, detail=True):
        suffix = "/" if info["type"] == "directory" else ""
        out.write(f"{provider}://{info['name']}{suffix}\n".encode())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="aistore", description=__doc__.split("\n\n")[0])
    parser.add_argument("--endpoint", default=None, help="cluster URL (default: AIS_ENDPOINT)")
    sub = parser.add_subparsers(dest="command", required=True)
    cat = sub.add_parser("cat", help="write objects to stdout")
    cat.add_argument("urls", nargs="+")
    put = sub.add_parser("put", help="write stdin (-) or a file to an object")
    put.add_argument("source")
    put.add_argument("url")
    ls = sub.add_parser("ls", help="list one level")
    ls.add_argument("url")
    args = parser.parse_args(argv)
    try:
        if args.command == "cat":
            _cat(args.endpoint, args.urls, sys.stdout.buffer)
        elif args.command == "put":
            _put(args.endpoint, args.source, args.url, sys.stdin.buffer)
        else:
            _ls(args.endpoint, args.url, sys.stdout.buffer)
    except BrokenPipeError:
        return 0  # the reader stopped early (`| head`): not an error
    except (OSError, ValueError) as err:
        print(f"aistore: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
