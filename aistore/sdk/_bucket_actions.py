"""`Bucket.make_request`: HTTP method + action -> generated operation + action body (private).

Each method on `/v1/buckets/{bucket}` is one generated operation, and each operation accepts a
closed set of action messages (the spec's `oneOf`, rendered by codegen as the module's
`ACTIONS`); the body is built with that action's generated model so that it is exactly what the
spec describes.
"""

from __future__ import annotations

import inspect
from types import ModuleType
from typing import Any

from aistore_raw.ais import models as _models
from aistore_raw.ais.api.buckets import (
    archive_objects,
    bucket_action,
    bucket_delete_action,
    head_bucket,
    list_objects,
    set_bucket_props,
)

_OPERATIONS: dict[str, ModuleType] = {
    op.METHOD: op
    for op in (
        bucket_action,
        bucket_delete_action,
        list_objects,
        archive_objects,
        set_bucket_props,
        head_bucket,
    )
}

# method -> (operation, {action name: body model}), both from the spec (each operation's
# generated `ACTIONS`, the `oneOf` of its body); HEAD takes no body
_ROUTES: dict[str, tuple[ModuleType, dict[str, Any]]] = {
    method: (op, {action: getattr(_models, model) for action, model in op.ACTIONS.items()})
    for method, op in _OPERATIONS.items()
}


def supported_actions() -> dict[str, list[str]]:
    """Method -> the action names `make_request` can send with it."""
    return {method: sorted(models) for method, (_, models) in _ROUTES.items()}


def route(method: str, action: str, value: Any, name: str = "") -> tuple[ModuleType, Any]:
    """The operation for `method` and the body for `action` (None for HEAD).

    Raises ValueError naming the method or action that the bucket endpoint does not take.
    """
    if not isinstance(method, str):
        raise TypeError(f"method must be a string, got {type(method).__name__}")
    entry = _ROUTES.get(method.upper())
    if entry is None:
        raise ValueError(
            f"unsupported HTTP method {method!r} for a bucket request; use one of {sorted(_ROUTES)}"
        )
    op, models = entry
    if op is head_bucket:
        return op, None
    model = models.get(action)
    if model is None:
        raise ValueError(
            f"action {action!r} is not accepted by {method.upper()} {op.PATH_TEMPLATE};"
            f" accepted: {sorted(models)}"
        )
    msg: dict[str, Any] = {"action": action}
    if value is not None:
        msg["value"] = value
    if name:
        msg["name"] = name
    try:
        return op, model.from_dict(msg)
    except KeyError as err:  # a field the spec requires (list-objects needs its `value`)
        raise ValueError(
            f"action {action!r} of {method.upper()} {op.PATH_TEMPLATE} needs {err.args[0]!r}"
        ) from None


def check_params(op: ModuleType, params: dict[str, Any]) -> None:
    """Raise ValueError naming the query parameters `op` does not declare."""
    declared = set(inspect.signature(op.request_kwargs).parameters) - {"bucket", "body"}
    unknown = sorted(set(params) - declared)
    if unknown:
        raise ValueError(
            f"{op.OPERATION_ID} does not take the parameters {unknown}; it takes {sorted(declared)}"
        )
