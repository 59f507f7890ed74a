"""OperationSender: the sync shell that sends generated operations (decisions in `_core.exchange`).

Every request the idiomatic layer makes goes through `OperationSender.send` with a `Call`: a
generated operation applied to its typed arguments (`get_object.op(bucket, name,
provider="ais")`). The loop builds, sends, sleeps and reads; when to retry, how long to wait and
which error to raise are `aistore._core.exchange`'s answers.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from aistore._core.error_map import Service, map_transport_error, raise_for_response
from aistore._core.exchange import (
    OBJECT_UNAME,
    CallLike,
    Fail,
    after_status,
    after_transport_error,
    prepare,
)
from aistore._core.redirect import REDIRECT_PROBE
from aistore._core.retry import RetryPolicy
from aistore._core.wire import BodyReadError, Reply

if TYPE_CHECKING:
    from aistore._core.lane import Lane

R = TypeVar("R")


class OperationSender:
    """Sends operations over one httpx client with one retry policy and one error boundary."""

    def __init__(
        self,
        http: httpx.Client,
        retry: RetryPolicy,
        *,
        service: Service = "ais",
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._http = http
        self._retry = retry
        self._service = service
        self._sleep = sleep
        self._lane: Lane | None = getattr(http, "lane", None)

    @property
    def http(self) -> httpx.Client:
        return self._http

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry

    def send(
        self,
        call: CallLike[Any],
        /,
        *,
        stream: bool = False,
        msgpack: bool = False,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Send `call`; a checked response (status < 400), read unless `stream`.

        Raises the mapped `aistore.sdk.errors` class for an error status or a transport failure.
        """
        prepared = prepare(call, msgpack=msgpack, headers=headers)
        state = self._retry.new_state()
        while True:
            request = self._http.build_request(**prepared.kwargs)
            try:
                response = self._http.send(request, stream=True)
            except httpx.TooManyRedirects as exc:  # not a TransportError: never retried
                raise map_transport_error(exc) from exc
            except httpx.TransportError as exc:
                decision = after_transport_error(state, prepared, exc)
                if isinstance(decision, Fail):
                    raise decision.error from exc
                wait = decision.wait
            else:
                if response.status_code < 400:
                    return self._finish(response, stream, prepared.resource)
                retry_after = response.headers.get("Retry-After")
                wait_or_none = after_status(state, prepared, response.status_code, retry_after)
                if wait_or_none is None:
                    return self._finish(response, stream, prepared.resource)
                response.close()
                wait = wait_or_none
            if wait > 0:
                self._sleep(wait)
            prepared.body.rewind()

    def _finish(
        self, response: httpx.Response, stream: bool, resource: str | None
    ) -> httpx.Response:
        try:
            raise_for_response(response, service=self._service, resource=resource)
            if not stream:
                response.read()
        except httpx.TransportError as exc:
            response.close()
            raise map_transport_error(exc, during_body=True) from exc
        except BaseException:
            response.close()
            raise
        return response

    def exchange(self, call: CallLike[Any], /, *, headers: dict[str, str] | None = None) -> Reply:
        """Send `call` and read its whole answer: a checked `Reply` (status < 400).

        The object hot path (`aistore._core.lane`) when the client runs on its own socket layer
        and the body is in memory (or absent); otherwise `send`. Retries, redirects, direct reads
        and the error boundary are the same decisions as `send`'s (`aistore._core.exchange`).
        """
        lane = self._lane
        prepared = prepare(call, headers=headers)
        content = prepared.kwargs.get("content")
        if lane is None or not (content is None or isinstance(content, bytes)):
            return Reply.of(self.send(call, headers=headers))
        extensions = prepared.kwargs.get("extensions", {})
        on_lane = lane.prepare(
            prepared.kwargs,
            None,  # `prepare` merged `headers` already
            uname=extensions.get(OBJECT_UNAME),
            probe=bool(extensions.get(REDIRECT_PROBE)),
        )
        state = self._retry.new_state()
        while True:
            try:
                reply = lane.attempt(on_lane)
            except BodyReadError as exc:
                raise map_transport_error(exc.cause, during_body=True) from exc.cause
            except httpx.TooManyRedirects as exc:
                raise map_transport_error(exc) from exc
            except httpx.TransportError as exc:
                decision = after_transport_error(state, prepared, exc)
                if isinstance(decision, Fail):
                    raise decision.error from exc
                wait = decision.wait
            else:
                if reply.status_code < 400:
                    return reply
                raw = reply.header(b"retry-after")
                retry_after = raw.decode("latin-1") if raw is not None else None
                wait_or_none = after_status(state, prepared, reply.status_code, retry_after)
                if wait_or_none is None:
                    raise_for_response(
                        reply.to_response(on_lane.method),
                        service=self._service,
                        resource=prepared.resource,
                    )
                    return reply  # not reached: the status is an error
                wait = wait_or_none
            if wait > 0:
                self._sleep(wait)

    def call(self, call: CallLike[R], /, **options: Any) -> R:
        """Send `call` and return its parsed body (the generated model for the status)."""
        response = self.send(call, **options)
        return call.operation.parse(response=response)

    def close(self) -> None:
        self._http.close()
