"""Worker functions for multiprocessing tests (importable by spawned interpreters)."""

from __future__ import annotations

import hashlib
import os
import pickle
from typing import Any

from aistore.sdk.bucket import Bucket
from aistore.sdk.client import Client
from aistore.sdk.obj.object import Object

Handle = Client | Bucket | Object


def _object(handle: Handle, bucket: str, name: str) -> Object:
    if isinstance(handle, Client):
        return handle.bucket(bucket).object(name)
    if isinstance(handle, Bucket):
        return handle.object(name)
    assert handle.name == name, (handle, name)
    return handle


def read_share(
    handles: list[Handle], bucket: str, names: list[str], digests: dict[str, str]
) -> dict[str, Any]:
    """Read each of `names` through its handle (rebuilt here from its pickle); count results."""
    failures = wrong = 0
    errors: list[str] = []
    for handle, name in zip(handles, names, strict=True):
        try:
            data = _object(handle, bucket, name).get().read_all()
        except Exception as exc:
            failures += 1
            errors.append(f"{type(exc).__name__}: {exc}")
            continue
        wrong += hashlib.sha256(data).hexdigest() != digests[name]
    return {
        "pid": os.getpid(),
        "kinds": sorted({type(h).__name__ for h in handles}),
        "reads": len(names),
        "failures": failures,
        "wrong_bytes": wrong,
        "errors": errors[:5],
    }


def roundtrip(blob: bytes) -> str:
    """Unpickle `blob` in this process and describe what came back."""
    return repr(pickle.loads(blob))
