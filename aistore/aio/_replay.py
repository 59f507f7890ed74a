"""Run a synchronous SDK method's own logic with awaited sends: the generic awaiting shell.

Most SDK methods validate their arguments, build one message, send it through their
`RequestClient` and interpret the answer. `replay(sender, fn)` runs `fn` (which calls the
synchronous method on an object built around the given stand-in client) so that every
decision stays in the synchronous code:

1. `fn` runs with a `Capture` as its client; the first `send` is recorded and stops it
   (`_Captured`, a BaseException, so the method's own `except Exception` cannot swallow it);
2. the recorded send is awaited on the real async request loop; its response or exception
   becomes the outcome of that send;
3. `fn` runs again; recorded sends return (or raise) their outcomes in order, a new send
   starts step 1 again; when `fn` returns, that is the result.

So validation errors come before any request, error handling (`exist_ok`, `missing_ok`, "not
ready" as False) is the synchronous method's, and the result is parsed by the same code.
Only methods that do nothing but `send` may be replayed (no sleeping, no other I/O); polling
methods have their own async loops.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from aistore._core.async_sender import AsyncOperationSender

R = TypeVar("R")
MAX_SENDS = 32


class _Captured(BaseException):
    """Stops a replayed method at a send whose outcome is not known yet."""


class Capture:
    """Stands in for `RequestClient` in a replayed synchronous method."""

    def __init__(self, sender: AsyncOperationSender, outcomes: list[Any]) -> None:
        self._sender = sender
        self._outcomes = outcomes
        self._next = 0
        self.pending: tuple[Any, dict[str, Any]] | None = None

    def send(self, call: Any, /, **options: Any) -> Any:
        if self._next < len(self._outcomes):
            outcome = self._outcomes[self._next]
            self._next += 1
            if isinstance(outcome, BaseException):
                raise outcome
            return outcome
        self.pending = (call, options)
        raise _Captured()

    def exchange(self, call: Any, /, *, headers: dict[str, str] | None = None) -> Any:
        """The sync hot path's send (`RequestClient.exchange`): here the same awaited send."""
        return self.send(call, headers=headers)

    @property
    def token(self) -> str | None:
        return self._sender.token

    @token.setter
    def token(self, token: str | None) -> None:
        self._sender.token = token

    @property
    def endpoint(self) -> str:
        scheme, host, port = self._sender.session.origin
        return f"{scheme}://{host}:{port}{self._sender.session.base_path}"


async def replay(sender: AsyncOperationSender, fn: Callable[[Any], R]) -> R:
    """`fn(client)`'s result, its sends awaited on `sender` (see the module docstring)."""
    outcomes: list[Any] = []
    for _ in range(MAX_SENDS):
        capture = Capture(sender, outcomes)
        try:
            return fn(capture)
        except _Captured:
            pass
        assert capture.pending is not None
        call, options = capture.pending
        try:
            outcomes.append(await sender.send(call, **options))
        except Exception as exc:
            outcomes.append(exc)
    raise RuntimeError(f"more than {MAX_SENDS} requests in one replayed call")
