"""ETLConfig (2.x): which ETL transforms a read or a copy, and with what arguments."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aistore.sdk.etl.etl import Etl


@dataclass
class ETLConfig:
    """An ETL to apply (`Object.copy(etl=)`, `Object.get_reader(etl=)`).

    Args:
        name: the ETL's name, or its `Etl`.
        args: transform arguments: a string, or a dict (sent as compact JSON).
    """

    name: str | Etl | None = None
    args: str | dict[str, Any] | None = None


def etl_name_args(etl: Any) -> tuple[str | None, str | None]:
    """The ETL name and arguments of an `etl=` argument: a name, an `ETLConfig`, or any object
    with `name` (a str, or an Etl with `.name`) and optionally `args`.

    Raises:
        TypeError: `etl` names no ETL, or its args are neither a str nor a dict.
    """
    if etl is None or isinstance(etl, str):
        return etl or None, None
    name = getattr(etl, "name", None)
    if name is not None and not isinstance(name, str):
        name = getattr(name, "name", None)
    if not isinstance(name, str):
        raise TypeError(f"etl must be an ETL name or an ETLConfig, got {etl!r}")
    args = getattr(etl, "args", None)
    if isinstance(args, dict):
        args = json.dumps(args, separators=(",", ":"))
    elif args is not None and not isinstance(args, str):
        raise TypeError(f"ETL args must be a str or a dict, got {args!r}")
    return name or None, args or None
