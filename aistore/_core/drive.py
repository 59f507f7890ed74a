"""The two drivers of operation plans (`aistore._core.plan`): `run` (sync) and `arun` (asyncio).

A driver performs each step a plan yields, in order, and gives the outcome back: a response is
sent in, an exception of the send (an `aistore.sdk.errors` class, already mapped by the sender)
is thrown in at that `yield`. Nothing else is decided here; the loop is the same in both, with
`await` in one.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from aistore._core.exchange import CallLike
from aistore._core.plan import CLOCK, Plan, Send, Sleep, send_of

R = TypeVar("R")

# looked up at call time, so tests can replace them
_sleep = time.sleep
_clock = time.monotonic


class SyncSender(Protocol):
    """What `run` sends through (`aistore.sdk.request_client.RequestClient`)."""

    def send(
        self,
        call: CallLike[Any],
        /,
        *,
        stream: bool = False,
        msgpack: bool = False,
        headers: dict[str, str] | None = None,
    ) -> Any: ...

    def exchange(self, call: CallLike[Any], /, *, headers: dict[str, str] | None = None) -> Any: ...


class AsyncSender(Protocol):
    """What `arun` sends through (`aistore._core.async_sender.AsyncOperationSender`)."""

    async def send(
        self,
        call: CallLike[Any],
        /,
        *,
        stream: bool = False,
        msgpack: bool = False,
        headers: dict[str, str] | None = None,
    ) -> Any: ...


def run(
    plan: Plan[R],
    client: SyncSender,
    *,
    sleep: Callable[[float], None] | None = None,
    clock: Callable[[], float] | None = None,
) -> R:
    """Run `plan` to its result, sending through `client` (`sleep`, `clock`: default
    `time.sleep`, `time.monotonic`)."""
    sleep = sleep or _sleep
    clock = clock or _clock
    outcome: Any = None
    failure: Exception | None = None
    try:
        while True:
            try:
                step = plan.send(outcome) if failure is None else plan.throw(failure)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            outcome = failure = None
            if isinstance(step, Sleep):
                sleep(step.seconds)
            elif step is CLOCK:
                outcome = clock()
            else:
                send = send_of(step)  # type: ignore[arg-type]
                try:
                    outcome = _send(client, send)
                except Exception as exc:
                    failure = exc
    finally:
        plan.close()


def _send(client: SyncSender, send: Send) -> Any:
    if send.exchange:
        return client.exchange(send.call, headers=send.headers)
    return client.send(send.call, **_options(send))


def _options(send: Send) -> dict[str, Any]:
    """The send's options that differ from the defaults (a bare call sends none)."""
    options: dict[str, Any] = {}
    if send.stream:
        options["stream"] = True
    if send.msgpack:
        options["msgpack"] = True
    if send.headers is not None:
        options["headers"] = send.headers
    return options


async def arun(plan: Plan[R], sender: AsyncSender) -> R:
    """Run `plan` to its result, its requests and waits awaited on `sender`."""
    outcome: Any = None
    failure: Exception | None = None
    try:
        while True:
            try:
                step = plan.send(outcome) if failure is None else plan.throw(failure)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            outcome = failure = None
            if isinstance(step, Sleep):
                await asyncio.sleep(step.seconds)
            elif step is CLOCK:
                outcome = time.monotonic()
            else:
                send = send_of(step)  # type: ignore[arg-type]
                try:
                    outcome = await sender.send(send.call, **_options(send))
                except Exception as exc:
                    failure = exc
    finally:
        plan.close()
