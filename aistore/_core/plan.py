"""Operation plans: a method's logic written once, with no I/O, for the sync and async clients.

A plan is a generator. It checks its arguments before its first `yield` (so bad input raises
before any request), then yields what it needs done and receives the outcome:

* a generated `Call` (`get_daemon_info.op(what="smap")`), or a `Send` around one for options
  (`stream`, `msgpack`, extra headers, the object hot path): the driver sends it and sends the
  checked response back in, or throws the mapped exception (`aistore.sdk.errors`) into the plan
  at that `yield`, where the plan may catch it (`exist_ok`, `missing_ok`, "not ready");
* `Sleep(seconds)`: the driver sleeps (polling waits);
* `CLOCK`: the driver sends back the current monotonic time (deadlines).

When the generator returns, its value is the method's result. Every request is made exactly once
and in order, so a plan's cost is linear in its requests, and it logs once:

    def get_uuid(self) -> Plan[str]:
        response = yield get_daemon_info.op(what="smap")
        return decode(response.content, Smap).uuid

The drivers (`aistore._core.drive.run` and `arun`) are the only code that performs the steps;
`aistore._core.twin.operation` makes a plan a method of both clients' classes, with the plan's
signature and docstring.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar

if TYPE_CHECKING:
    from aistore._core.exchange import CallLike

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Send:
    """Send `call` with options (a bare `Call` is the same with the defaults).

    `exchange`: read the whole answer through the sync object hot path when it applies
    (`RequestClient.exchange`); the async driver sends it as any other call.
    """

    call: CallLike[Any]
    stream: bool = False
    msgpack: bool = False
    headers: dict[str, str] | None = None
    exchange: bool = False


@dataclass(frozen=True, slots=True)
class Sleep:
    """Wait `seconds` before the next step."""

    seconds: float


class _Clock:
    """Ask the driver for the current monotonic time (a float)."""

    def __repr__(self) -> str:
        return "CLOCK"


CLOCK = _Clock()

Step: TypeAlias = "CallLike[Any] | Send | Sleep | _Clock"
Plan: TypeAlias = Generator["CallLike[Any] | Send | Sleep | _Clock", Any, R]
"""A plan that returns `R`; what each `yield` gives back depends on the step (see above)."""


class Answer(Protocol):
    """What a plan reads of a response: httpx's (sync), the async wire's, or the hot path's."""

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def content(self) -> bytes: ...

    @property
    def text(self) -> str: ...


def send_of(step: CallLike[Any] | Send) -> Send:
    """`step` as a `Send` (a bare call gets the default options)."""
    return step if isinstance(step, Send) else Send(step)
