"""State that must be fresh in a forked child: locks and pooled connections.

`os.fork()` copies every lock in its current state; one that another thread of the parent
held at that moment stays locked in the child forever (no thread there will release it).
Objects registered here get `_after_fork_in_child()` called in the child right after a fork,
before any code of the child runs (they are held weakly).
"""

from __future__ import annotations

import os
import weakref
from typing import Protocol


class ForkSafe(Protocol):
    def _after_fork_in_child(self) -> None: ...


_OBJECTS: weakref.WeakSet[ForkSafe] = weakref.WeakSet()


def register(obj: ForkSafe) -> None:
    _OBJECTS.add(obj)


def _reset_in_child() -> None:
    for obj in list(_OBJECTS):
        obj._after_fork_in_child()


os.register_at_fork(after_in_child=_reset_in_child)
