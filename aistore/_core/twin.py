"""One definition per operation for both clients: `operation`, `SyncShell`, `AsyncShell`.

A twin pair (`Cluster` / `AsyncCluster`, ...) shares a base class that holds everything needing
no socket: identity, properties, `__repr__`, argument checks, and each operation as a plan
(`aistore._core.plan`) decorated with `@operation`:

    class ClusterBase:
        @operation
        def get_uuid(self) -> Plan[str]:
            \"\"\"UUID of the cluster.\"\"\"
            response = yield get_daemon_info.op(what="smap")
            return decode(response.content, Smap).uuid

    class Cluster(ClusterBase, SyncShell): ...        # cluster.get_uuid() -> str
    class AsyncCluster(ClusterBase, AsyncShell): ...  # await cluster.get_uuid() -> str

Read through an instance, an `operation` is the method of that instance's shell: a function
that runs the plan with `aistore._core.drive.run` (sync) or a coroutine function that awaits
it with `arun`, both through the instance's `_sender()`. The signature and the docstring are the
plan's (`functools.wraps`), and `ParamSpec` carries the parameters to the type checker, so no
signature is written twice. Read through a shell class, it is that function (`help`, `inspect`);
through the shared base, the operation itself, whose `plan` another plan may `yield from`
(`yield from ClusterBase.get_info.plan(self)`).
"""

from __future__ import annotations

import functools
import inspect
import types
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from aistore._core import drive
from aistore._core.plan import Plan

P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C")


class Twin(Generic[C]):
    """The usual shared base of a twin pair: it holds what sends the requests (`C`: a
    `RequestClient` in the sync twin, an `AsyncOperationSender` in the async one)."""

    def __init__(self, client: C) -> None:
        self._client = client

    @property
    def client(self) -> C:
        """What this object sends its requests through."""
        return self._client


class SyncShell:
    """Base of a synchronous twin: its operations run with `drive.run` through `_sender()`
    (by default the instance's `_client`, a `RequestClient`)."""

    _client: Any

    def _sender(self) -> drive.SyncSender:
        return self._client  # type: ignore[no-any-return]


class AsyncShell:
    """Base of an asyncio twin: its operations are awaited with `drive.arun` through
    `_sender()` (by default the instance's `_client`, an `AsyncOperationSender`)."""

    _client: Any

    def _sender(self) -> drive.AsyncSender:
        return self._client  # type: ignore[no-any-return]


class operation(Generic[P, R]):
    """A plan method that is a method of both shells (see the module docstring)."""

    def __init__(self, plan: Callable[Concatenate[Any, P], Plan[R]]) -> None:
        self.plan = plan
        functools.update_wrapper(self, plan)

        @functools.wraps(plan)
        def sync(shell: SyncShell, /, *args: P.args, **kwargs: P.kwargs) -> R:
            return drive.run(plan(shell, *args, **kwargs), shell._sender())

        @functools.wraps(plan)
        async def asynchronous(shell: AsyncShell, /, *args: P.args, **kwargs: P.kwargs) -> R:
            return await drive.arun(plan(shell, *args, **kwargs), shell._sender())

        signature = _result_signature(plan)
        sync.__signature__ = asynchronous.__signature__ = signature  # type: ignore[attr-defined]
        self._sync = sync
        self._async = asynchronous

    @overload
    def __get__(
        self, instance: None, owner: type[SyncShell]
    ) -> Callable[Concatenate[Any, P], R]: ...
    @overload
    def __get__(
        self, instance: None, owner: type[AsyncShell]
    ) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, R]]: ...
    @overload
    def __get__(self, instance: None, owner: type) -> operation[P, R]: ...
    @overload
    def __get__(self, instance: SyncShell, owner: type) -> Callable[P, R]: ...
    @overload
    def __get__(self, instance: AsyncShell, owner: type) -> Callable[P, Coroutine[Any, Any, R]]: ...

    def __get__(self, instance: object, owner: type) -> Any:
        if issubclass(owner, AsyncShell):
            method: Callable[..., Any] = self._async
        elif issubclass(owner, SyncShell):
            method = self._sync
        else:  # read through the shared base: the operation itself (its `plan`)
            return self
        return method if instance is None else types.MethodType(method, instance)

    def __call__(self, instance: Any, /, *args: Any, **kwargs: Any) -> Any:
        """`Base.name(instance, ...)`: as `instance.name(...)` (a shell's instance)."""
        if not isinstance(instance, SyncShell | AsyncShell):
            name = self.plan.__name__
            raise TypeError(f"{name}() runs on a client's object; its plan is .plan()")
        return self.__get__(instance, type(instance))(*args, **kwargs)


def _result_signature(plan: Callable[..., Any]) -> inspect.Signature:
    """The plan's signature with the method's result: `-> Plan[X]` shown as `-> X`."""
    signature = inspect.signature(plan)
    result = signature.return_annotation
    if isinstance(result, str) and result.startswith("Plan[") and result.endswith("]"):
        signature = signature.replace(return_annotation=result[len("Plan[") : -1])
    return signature
