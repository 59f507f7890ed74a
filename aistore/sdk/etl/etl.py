"""Etl: one ETL (transformer) of the cluster: init, view, start, stop, delete.

ETL needs an AIS cluster deployed on Kubernetes. Elsewhere the server answers every ETL
call with an error (400 "the operation requires Kubernetes" / "k8s client is not initialized",
or 501 for a build without ETL), raised as `aistore.sdk.errors.AISError`.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import msgspec
from aistore_raw.ais.api.etl import (
    delete_etl,
    get_etl_details,
    get_etl_logs,
    get_etl_target_logs,
    init_etl,
    start_etl,
    stop_etl,
)
from aistore_raw.ais.models import ETLInitMsg, ETLInitMsgEnvItem, ETLInitMsgRuntime

from aistore.sdk.const import UTF_ENCODING
from aistore.sdk.etl.etl_const import (
    DEFAULT_ETL_COMM,
    DEFAULT_ETL_OBJ_TIMEOUT,
    DEFAULT_ETL_RUNTIME,
    DEFAULT_ETL_TIMEOUT,
    ETL_COMM_SPEC,
)
from aistore.sdk.request_client import RequestClient
from aistore.sdk.types import ETLDetails, ETLNodeLogs, ETLObjError
from aistore.sdk.types import ETLInitMsg as ETLInitInfo

_NAME = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])")
_MIN_NAME, _MAX_NAME = 6, 32


def _comm(given: str) -> str:
    """`hpush` (or `hpush://`) as the wire wants it: `hpush://`."""
    if not isinstance(given, str):
        raise TypeError(f"communication_type must be a string, got {given!r}")
    bare = given.removesuffix("://")
    if bare not in ETL_COMM_SPEC:
        raise ValueError(f"communication_type should be one of: {', '.join(ETL_COMM_SPEC)}")
    return f"{bare}://"


def _b64(value: Any) -> bytes | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return base64.b64decode(value)
    except ValueError:
        return value.encode(UTF_ENCODING)


class Etl:
    """An ETL of the cluster, by name (making one sends no request).

    Args:
        client: the RequestClient of the `Client` that made it.
        name: 6-32 characters of `[a-z0-9-]`, starting and ending with a letter or digit.
    """

    def __init__(self, client: RequestClient, name: str) -> None:
        self.validate_etl_name(name)
        self._client = client
        self._name = name

    @property
    def name(self) -> str:
        """Name of the ETL."""
        return self._name

    # ---- init --------------------------------------------------------------------------
    def init_spec(
        self,
        template: str,
        communication_type: str = DEFAULT_ETL_COMM,
        timeout: str = DEFAULT_ETL_TIMEOUT,
        arg_type: str = "",
    ) -> str:
        """Initialize the ETL from a Kubernetes pod spec (YAML).

        Args:
            template: the pod spec; it needs one container port and a readinessProbe.
            communication_type: `hpush` (default), `hpull` or `ws` (v1.5.0; `hrev` is gone).
            timeout: how long the pod may take to start, e.g. `5m`.
            arg_type: 1.9.2's argument type (e.g. `url`); v1.5.0 does not declare it and the
                server ignores it.

        Returns:
            The ETL job ID.
        """
        if not isinstance(template, str) or not template.strip():
            raise ValueError("template must be a non-empty pod spec (YAML)")
        msg = ETLInitMsg(
            name=self._name,
            communication=_comm(communication_type),
            init_timeout=_duration("timeout", timeout),
            spec=base64.b64encode(template.encode(UTF_ENCODING)).decode(UTF_ENCODING),
        )
        if arg_type:
            msg.additional_properties["argument"] = arg_type
        return self._client.send(init_etl.op(body=msg)).text

    def init(
        self,
        image: str,
        command: Sequence[str] | None = None,
        comm_type: str = DEFAULT_ETL_COMM,
        init_timeout: str = DEFAULT_ETL_TIMEOUT,
        obj_timeout: str = DEFAULT_ETL_OBJ_TIMEOUT,
        env: Mapping[str, str] | None = None,
        support_direct_put: bool = False,
    ) -> str:
        """Initialize the ETL from a container image (v1.5.0's `ETLSpecMsg`; not in 1.9.2).

        Args:
            image: the transformer's container image.
            command: its command line (the image's entry point when None).
            comm_type: `hpush` (default), `hpull` or `ws`.
            init_timeout: how long the pod may take to start, e.g. `5m`.
            obj_timeout: how long one object may take, e.g. `45s`.
            env: environment variables of the container.
            support_direct_put: the transformer can PUT its output directly to the target.

        Returns:
            The ETL job ID.
        """
        if not isinstance(image, str) or not image:
            raise ValueError("image must be a non-empty container image name")
        runtime = ETLInitMsgRuntime(image=image)
        if command is not None:
            if isinstance(command, str) or not all(isinstance(c, str) for c in command):
                raise TypeError("command must be a list of strings")
            runtime.command = list(command)
        msg = ETLInitMsg(
            name=self._name,
            communication=_comm(comm_type),
            init_timeout=_duration("init_timeout", init_timeout),
            obj_timeout=_duration("obj_timeout", obj_timeout),
            runtime=runtime,
        )
        if support_direct_put:
            msg.support_direct_put = True
        if env:
            msg.env = [
                ETLInitMsgEnvItem.from_dict({"name": str(k), "value": str(v)})
                for k, v in env.items()
            ]
        return self._client.send(init_etl.op(body=msg)).text

    def init_code(
        self,
        transform: Callable[..., Any],
        dependencies: list[str] | None = None,
        preimported_modules: list[str] | None = None,
        runtime: str = DEFAULT_ETL_RUNTIME,
        communication_type: str = DEFAULT_ETL_COMM,
        timeout: str = DEFAULT_ETL_TIMEOUT,
        chunk_size: int | None = None,
        arg_type: str = "",
    ) -> str:
        """Not supported: AIS v1.5.0 removed code-based ETLs (1.9.2's `InitCodeMsg`).

        Package the transform as a container image and use `init(image=...)`, or give a pod
        spec to `init_spec`.

        Raises:
            NotImplementedError: always (no request is made).
        """
        raise NotImplementedError(
            "init_code is not supported by AIS v1.5.0: the server no longer accepts code-based "
            "ETLs (code, dependencies, runtime); build a transformer image and use "
            "Etl.init(image=...) or Etl.init_spec(template=...)"
        )

    # ---- lifecycle ---------------------------------------------------------------------
    def view(self, job_id: str = "") -> ETLDetails:
        """The ETL's definition (and, 2.x, the objects it failed on).

        v1.5.0 answers `{"init_msg": {...}, "obj_errors": [...]}`: kept as 2.x's `init_msg`
        (`ETLInitMsg`) and `obj_errors` (`ETLObjError`s), and mapped onto 1.9.2's flat fields:
        `id` = name, `communication`, `timeout` = init timeout, `spec` (decoded pod spec, for
        spec-based ETLs), `runtime` = container image (for image-based ETLs).

        Args:
            job_id: (2.x) the object errors of this offline transform job (a bucket
                `transform`/`inspect`); "" - of inline transforms (GETs through the ETL).
        """
        if not isinstance(job_id, str):
            raise TypeError(f"job_id must be a string, got {job_id!r}")
        if job_id:
            response = self._client.send(get_etl_details.op(self._name, uuid=job_id))
        else:
            response = self._client.send(get_etl_details.op(self._name))
        data = msgspec.json.decode(response.content, type=dict[str, Any] | None) or {}
        init = data.get("init_msg")
        if not isinstance(init, dict):
            return ETLDetails.parse_obj(data)  # an older server's flat shape
        runtime = init.get("runtime")
        errors = data.get("obj_errors")
        return ETLDetails(
            id=str(init.get("name") or init.get("id") or self._name),
            communication=str(init.get("communication") or ""),
            timeout=str(init.get("init_timeout") or init.get("timeout") or ""),
            spec=_b64(init.get("spec")),
            runtime=runtime.get("image") if isinstance(runtime, dict) else None,
            argument=str(init.get("argument") or ""),
            init_msg=ETLInitInfo.parse_obj({"name": self._name, "communication": "", **init}),
            obj_errors=[ETLObjError.parse_obj(e) for e in errors] if errors else None,
        )

    def logs(self, target_id: str = "") -> list[ETLNodeLogs]:
        """The logs of the ETL's pods, one entry per target, decoded to text (2.x).

        Args:
            target_id: only the pod of this target ("" - every target's).
        """
        if not isinstance(target_id, str):
            raise TypeError(f"target_id must be a string, got {target_id!r}")
        if target_id:
            response = self._client.send(get_etl_target_logs.op(self._name, target_id))
        else:
            response = self._client.send(get_etl_logs.op(self._name))
        entries = msgspec.json.decode(response.content, type=list[dict[str, Any]] | None) or []
        return [
            ETLNodeLogs(
                target_id=str(e.get("target_id") or ""),
                logs=(_b64(e.get("logs")) or b"").decode(UTF_ENCODING, errors="replace"),
            )
            for e in entries
        ]

    def start(self) -> None:
        """Restart a stopped ETL (a deleted one cannot be started)."""
        self._client.send(start_etl.op(self._name))

    def stop(self) -> None:
        """Stop the ETL's pods (keeps its definition)."""
        self._client.send(stop_etl.op(self._name))

    def delete(self) -> None:
        """Delete the ETL: its pods and its definition."""
        self._client.send(delete_etl.op(self._name))

    # ---- helpers -----------------------------------------------------------------------
    @staticmethod
    def validate_etl_name(name: str) -> None:
        """Check an ETL name: 6-32 characters of `[a-z0-9-]`, letter/digit at both ends.

        Raises:
            ValueError: the name breaks a rule.
        """
        if not isinstance(name, str):
            raise TypeError(f"ETL name must be a string, got {name!r}")
        prefix = f"ETL name '{name}' "
        if len(name) < _MIN_NAME:
            raise ValueError(f"{prefix}is too short")
        if len(name) > _MAX_NAME:
            raise ValueError(f"{prefix}is too long")
        if not _NAME.fullmatch(name):
            raise ValueError(
                f"{prefix}is invalid: must start/end with a lowercase letter/number, "
                "and can only contain [a-z0-9-]"
            )

    def __repr__(self) -> str:
        return f"Etl(name={self._name!r})"


def _duration(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a duration such as '5m' or '45s', got {value!r}")
    return value
