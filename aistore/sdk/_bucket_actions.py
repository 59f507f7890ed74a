"""`Bucket.make_request`: HTTP method + action -> generated operation + action body (private).

Each method on `/v1/buckets/{bucket}` is one generated operation, and each operation accepts a
closed set of action messages (the spec's `oneOf`); the body is built with that action's
generated model so that it is exactly what the spec describes.
"""

from __future__ import annotations

import inspect
from types import ModuleType
from typing import Any

from aistore_raw.ais.api.buckets import (
    archive_objects,
    bucket_action,
    bucket_delete_action,
    head_bucket,
    list_objects,
    set_bucket_props,
)
from aistore_raw.ais.models import (
    ActMsgArchive,
    ActMsgCopyBck,
    ActMsgCopyListrange,
    ActMsgCreateBck,
    ActMsgDeleteListrange,
    ActMsgDestroyBck,
    ActMsgEcEncode,
    ActMsgEtlBck,
    ActMsgEtlListrange,
    ActMsgEvictListrange,
    ActMsgEvictRemoteBck,
    ActMsgList,
    ActMsgMakeNCopies,
    ActMsgMoveBck,
    ActMsgPrefetchListrange,
    ActMsgResetBprops,
    ActMsgSetBprops,
    ActMsgSummaryBck,
)

# method -> (operation, {action name: body model}); HEAD takes no body
_ROUTES: dict[str, tuple[ModuleType, dict[str, Any]]] = {
    "POST": (
        bucket_action,
        {
            "copy-bck": ActMsgCopyBck,
            "copy-listrange": ActMsgCopyListrange,
            "create-bck": ActMsgCreateBck,
            "ec-encode": ActMsgEcEncode,
            "etl-bck": ActMsgEtlBck,
            "etl-listrange": ActMsgEtlListrange,
            "make-n-copies": ActMsgMakeNCopies,
            "move-bck": ActMsgMoveBck,
            "prefetch-listrange": ActMsgPrefetchListrange,
        },
    ),
    "DELETE": (
        bucket_delete_action,
        {
            "delete-listrange": ActMsgDeleteListrange,
            "destroy-bck": ActMsgDestroyBck,
            "evict-listrange": ActMsgEvictListrange,
            "evict-remote-bck": ActMsgEvictRemoteBck,
        },
    ),
    "GET": (list_objects, {"list": ActMsgList, "summary-bck": ActMsgSummaryBck}),
    "PUT": (archive_objects, {"archive": ActMsgArchive}),
    "PATCH": (set_bucket_props, {"reset-bprops": ActMsgResetBprops, "set-bprops": ActMsgSetBprops}),
    "HEAD": (head_bucket, {}),
}


def supported_actions() -> dict[str, list[str]]:
    """Method -> the action names `make_request` can send with it."""
    return {method: sorted(models) for method, (_, models) in _ROUTES.items()}


def route(method: str, action: str, value: Any) -> tuple[ModuleType, Any]:
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
            f"action {action!r} is not accepted by {method.upper()} /v1/buckets/<bucket>;"
            f" accepted: {sorted(models)}"
        )
    msg: dict[str, Any] = {"action": action}
    if value is not None:
        msg["value"] = value
    return op, model.from_dict(msg)


def check_params(op: ModuleType, params: dict[str, Any]) -> None:
    """Raise ValueError naming the query parameters `op` does not declare."""
    declared = set(inspect.signature(op.request_kwargs).parameters) - {"bucket", "body"}
    unknown = sorted(set(params) - declared)
    if unknown:
        raise ValueError(
            f"{op.OPERATION_ID} does not take the parameters {unknown}; it takes {sorted(declared)}"
        )
