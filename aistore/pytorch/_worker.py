"""Worker-local copies of what a dataset holds that owns connections (its clients).

A forked DataLoader worker inherits the parent's client with its pool of kept-alive sockets;
two workers (or a worker and the parent) reusing one socket would interleave their requests.
The first time a dataset is used in a worker it replaces those attributes with copies made by a
pickle round trip, which builds new clients with empty pools (`RequestClient.__setstate__`).
Spawn and forkserver workers already hold unpickled copies; the round trip is then only cheap.
"""

from __future__ import annotations

import os
import pickle
from typing import Any

from torch.utils.data import get_worker_info


def localize(owner: Any, *attributes: str) -> None:
    """In a DataLoader worker, once per process: fresh copies of `owner`'s `attributes`."""
    if get_worker_info() is None:
        return
    pid = os.getpid()
    if getattr(owner, "_worker_pid", None) == pid:
        return
    # one round trip for all of them keeps shared objects shared (a source and its prefix key)
    values = pickle.loads(pickle.dumps(tuple(getattr(owner, name) for name in attributes)))
    for name, value in zip(attributes, values, strict=True):
        setattr(owner, name, value)
    owner._worker_pid = pid
