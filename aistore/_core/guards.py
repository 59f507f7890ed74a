"""Request shapes that crash an AIS v1.5.0 node: refused before anything is sent.

One bad call can take a proxy or a target down for every user of the cluster, so the client
never sends these, whatever layer built them. `exchange.prepare` calls `refuse_crashers` on
every built request (sync, async and the object hot path go through it). Each rule names the
server line that panics; `spec/README.md` lists them for an upstream report. A rule goes when
the server it guards against is no longer supported.

Pure: reads the built request (`httpx` keyword arguments), raises or returns.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from aistore._core.errors import RefusedRequestError

CHECKSUM_TYPES = ("none", "xxhash", "xxhash2", "md5", "crc32c", "sha256", "sha512")
"""The checksum types v1.5.0 knows (`cmn/cos/cksum.go` `checksums`)."""


@dataclass(frozen=True)
class Crasher:
    """One request shape a v1.5.0 node panics on."""

    operations: frozenset[str] | None
    """The operations (operationId) it concerns; None: any operation (the body decides)."""
    upstream: str
    """Where the v1.5.0 server panics (file:line in github.com/NVIDIA/aistore v1.5.0)."""
    reason: Callable[[Mapping[str, Any]], str | None]
    """The request's keyword arguments -> why it is refused, or None when it is safe."""


def _is_true(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.lower() == "true")


def _body(kwargs: Mapping[str, Any]) -> Mapping[str, Any]:
    body = kwargs.get("json")
    return body if isinstance(body, Mapping) else {}


def _header(kwargs: Mapping[str, Any], name: str) -> str | None:
    for key, value in (kwargs.get("headers") or {}).items():
        if key.lower() == name:
            return str(value)
    return None


_SIZE = re.compile(r"\s*\d+(\.\d+)?([KMGTPE]I?B?|B)?\s*", re.IGNORECASE)
_ARCHIVE_EXTENSIONS = (".tar", ".tgz", ".tar.gz", ".zip", ".tar.lz4")
_PERCENT = re.compile(r"0*[1-9]\d?%")
_RANGE = re.compile(r"\{(\d+)\.\.(\d+)(?:\.\.(\d+))?\}")
_OUTPUT_RANGE = re.compile(r"\{\d+\.\.\d+(\.\.\d+)?\}|@\d+")
_ALGORITHMS = ("", "alphanumeric", "none", "md5", "shuffle", "content")
_CONTENT_KEY_TYPES = ("int", "string", "float")


def _bad_template(template: str) -> bool:
    """A brace range `{a..b[..step]}` the server refuses: a > b or a zero step."""
    return any(
        int(r[1]) > int(r[2]) or (r[3] is not None and int(r[3]) == 0)
        for r in _RANGE.finditer(template)
    )


def _dsort_spec_error(spec: Mapping[str, Any]) -> str | None:
    """The first field of a dsort spec that v1.5.0 fails to parse after the input bucket."""
    input_format = spec.get("input_format") or {}
    if isinstance(input_format, Mapping) and _bad_template(str(input_format.get("template") or "")):
        return "input_format: malformed template"
    for key, name_key in (("input_extension", None), ("output_extension", "output_format")):
        ext = str(spec.get(key) or "")
        if ext and not any(kind in ext for kind in ("tar", "tgz", "zip")):
            return f"{key}: {ext!r} is not an archive extension ({', '.join(_ARCHIVE_EXTENSIONS)})"
        name = (
            str(input_format.get("template") or "")
            if name_key is None and isinstance(input_format, Mapping)
            else str(spec.get(name_key or "") or "")
        )
        named = next((e for e in _ARCHIVE_EXTENSIONS if name.endswith(e)), "")
        if ext and named and ext != named and (name_key is None or not spec.get("ekm_file")):
            return f"{key}: {ext!r} differs from the template's extension {named!r}"
    shard_size = str(spec.get("output_shard_size") or "")
    if shard_size and not _SIZE.fullmatch(shard_size):
        return f"output_shard_size: {shard_size!r} is not a size such as 10KiB"
    algorithm = spec.get("algorithm") or {}
    if isinstance(algorithm, Mapping):
        kind = str(algorithm.get("kind") or "")
        seed = str(algorithm.get("seed") or "")
        if kind not in _ALGORITHMS:
            return f"algorithm.kind: {kind!r} is not one of {', '.join(_ALGORITHMS[1:])}"
        if seed and not seed.isdigit():
            return f"algorithm.seed: {seed!r} is not a non-negative integer"
        if kind == "content" and (
            not str(algorithm.get("extension") or "").strip().startswith(".")
            or algorithm.get("content_key_type") not in _CONTENT_KEY_TYPES
        ):
            return "algorithm `content` needs an `extension` (.ext) and a content_key_type"
    if spec.get("ekm_file"):
        if not shard_size or (_SIZE.fullmatch(shard_size) and not shard_size.strip("0 Bb")):
            return "ekm_file needs a non-zero output_shard_size"
    elif not _OUTPUT_RANGE.search(str(spec.get("output_format") or "")) or _bad_template(
        str(spec.get("output_format"))
    ):
        return "output_format needs a range template such as out-{0..9}.tar"
    mem = str(spec.get("max_mem_usage") or "")
    if mem and not (_PERCENT.fullmatch(mem) or _SIZE.fullmatch(mem)):
        return f"max_mem_usage: {mem!r} is neither a percentage (1-99%) nor a size"
    for key in ("extract_concurrency_max_limit", "create_concurrency_max_limit"):
        if isinstance(spec.get(key), int) and spec[key] < 0:
            return f"{key} must not be negative"
    return None


def _dsort_unparsable(kwargs: Mapping[str, Any]) -> str | None:
    spec = _body(kwargs)
    if not spec.get("input_bck"):
        return None  # answered 400 before the faulty path
    return _dsort_spec_error(spec)


def _reset_stats_without_bool(kwargs: Mapping[str, Any]) -> str | None:
    body = _body(kwargs)
    if body.get("action") != "reset-stats" or isinstance(body.get("value"), bool):
        return None
    return "reset-stats needs a boolean `value` (true: reset error counters only)"


def _unknown_checksum_type(kwargs: Mapping[str, Any]) -> str | None:
    checksum_type = _header(kwargs, "ais-checksum-type")
    if checksum_type is None or checksum_type in CHECKSUM_TYPES:
        return None
    return f"invalid checksum type {checksum_type!r} (expecting one of {', '.join(CHECKSUM_TYPES)})"


def _head_latest_ver(kwargs: Mapping[str, Any]) -> str | None:
    params = kwargs.get("params") or {}
    if not _is_true(params.get("latest-ver")) or params.get("provider", "ais") != "ais":
        return None
    namespace = str(params.get("namespace") or "")
    if namespace.startswith("@") and not namespace.startswith("@#"):
        return None  # a remote AIS cluster's bucket: it has a remote version
    return (
        "HEAD with latest-ver=true of an ais:// object (an ais:// bucket has no remote version;"
        " a v1.5.0 target dereferences the missing backend of the bucket)"
    )


def _negative_page_size(kwargs: Mapping[str, Any]) -> str | None:
    body = _body(kwargs)
    value = body.get("value")
    if body.get("action") != "list" or not isinstance(value, Mapping):
        return None
    page_size = value.get("pagesize")
    if not isinstance(page_size, int) or page_size >= 0:
        return None
    return f"list-objects pagesize {page_size} (0: the server's default; a positive number)"


CRASHERS: tuple[Crasher, ...] = (
    Crasher(frozenset({"start_dsort"}), "ext/dsort/request_spec.go:32", _dsort_unparsable),
    Crasher(None, "ais/prxclu.go:534", _reset_stats_without_bool),
    Crasher(None, "cmn/cos/cksum.go:146", _unknown_checksum_type),
    Crasher(frozenset({"head_object"}), "ais/target.go:144", _head_latest_ver),
    Crasher(frozenset({"list_objects"}), "xact/xs/lso.go:533", _negative_page_size),
)


def refuse_crashers(operation_id: str, kwargs: Mapping[str, Any]) -> None:
    """Raise `RefusedRequestError` when the built request would crash a v1.5.0 node."""
    for crasher in CRASHERS:
        if crasher.operations is not None and operation_id not in crasher.operations:
            continue
        if (why := crasher.reason(kwargs)) is not None:
            raise RefusedRequestError(operation_id, why, crasher.upstream)
