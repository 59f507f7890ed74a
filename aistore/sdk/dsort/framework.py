"""DsortFramework: a dsort job spec built from Python objects or read from a JSON/YAML file."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any, Literal

from aistore.sdk.dsort.ekm import ExternalKeyMap
from aistore.sdk.types import BucketModel

_ALGORITHM_KINDS = ("alphanumeric", "shuffle", "content", "none", "md5")
_KEY_TYPES = ("int", "float", "string")


class _Template:
    """An input/output template read from a spec file (`shard-{0..9}.tar`)."""

    def __init__(self, template: str) -> None:
        self.template = template

    def get_value(self) -> dict[str, str]:
        return {"template": self.template}

    def __str__(self) -> str:
        return self.template


class _Names:
    """A list of object names read from a spec file."""

    def __init__(self, names: list[str]) -> None:
        self.names = [str(n) for n in names]

    def get_value(self) -> dict[str, list[str]]:
        return {"objnames": self.names}

    def __str__(self) -> str:
        return ",".join(self.names)


def _format_value(fmt: Any) -> dict[str, Any]:
    getter = getattr(fmt, "get_value", None)
    value = getter() if callable(getter) else None
    if not isinstance(value, dict):
        raise ValueError(f"format {fmt!r} must be an ObjectNames or ObjectRange")
    return value


class DsortShardsGroup:
    """Input or output shards of a dsort job: bucket, format and extension.

    Args:
        bck: the bucket.
        role: `"input"` or `"output"`.
        format: input - `ObjectNames` or `ObjectRange`; output - `ObjectRange` or `ExternalKeyMap`.
        extension: shard extension, e.g. `.tar` (empty: taken from the template).
    """

    def __init__(
        self,
        bck: BucketModel,
        role: Literal["input", "output"],
        format: Any,
        extension: str,
    ) -> None:
        if role not in ("input", "output"):
            raise ValueError('role must be either "input" or "output"')
        if role == "input":
            value = _format_value(format)
            if "template" not in value and "objnames" not in value:
                raise ValueError(
                    'format of input role must be an instance of "ObjectNames" or "ObjectRange"'
                )
        elif not isinstance(format, ExternalKeyMap) and "template" not in _format_value(format):
            raise ValueError(
                'format of output role must be an instance of "ObjectRange" or "ExternalKeyMap"'
            )
        self.bck = bck
        self.role = role
        self.extension = extension
        self.format = format

    def as_dict(self) -> dict[str, Any]:
        """The spec fields of this group (`input_bck`, `input_format`, `input_extension`, ...)."""
        fmt: Any = _format_value(self.format) if self.role == "input" else str(self.format)
        return {
            f"{self.role}_bck": self.bck.as_dict(),
            f"{self.role}_format": fmt,
            f"{self.role}_extension": self.extension,
        }


class DsortAlgorithm:
    """Sorting algorithm of a dsort job.

    Args:
        kind: `alphanumeric` (default), `shuffle`, `content` (also `none`, `md5` on v1.5.0).
        decreasing: sort in decreasing order.
        seed: seed for `shuffle`.
        extension: `content` only - extension of the file holding the key, e.g. `.cls`.
        content_key_type: `content` only - `int`, `float` or `string`.
    """

    # the defaults, as class attributes (2.x's pydantic fields)
    kind: str = "alphanumeric"
    decreasing: bool = False
    seed: str | None = ""
    extension: str | None = None
    content_key_type: str | None = None

    def __init__(
        self,
        kind: str = "alphanumeric",
        decreasing: bool = False,
        seed: str | None = "",
        extension: str | None = None,
        content_key_type: str | None = None,
    ) -> None:
        self.kind = kind
        self.decreasing = decreasing
        self.seed = seed
        self.extension = extension
        self.content_key_type = content_key_type
        self.validate_content_fields()

    def validate_content_fields(self) -> DsortAlgorithm:
        """Check the fields together (2.x): `content` needs extension and key type, others none.

        Raises:
            ValueError: an unknown kind or fields that do not go together.
        """
        if self.kind not in _ALGORITHM_KINDS:
            raise ValueError(f"algorithm kind must be one of {', '.join(_ALGORITHM_KINDS)}")
        if self.kind == "content":
            if not self.extension:
                raise ValueError('For kind="content", the "extension" field is required.')
            if self.content_key_type not in _KEY_TYPES:
                raise ValueError('For kind="content", the "content_key_type" field is required.')
        elif self.extension or self.content_key_type:
            raise ValueError(
                'The "extension" and "content_key_type" fields are only allowed for kind="content".'
            )
        return self

    def as_dict(self) -> dict[str, Any]:
        rep: dict[str, Any] = {"kind": self.kind, "decreasing": self.decreasing, "seed": self.seed}
        if self.kind == "content":
            rep["extension"] = self.extension
            rep["content_key_type"] = self.content_key_type
        return rep

    def __repr__(self) -> str:
        return f"DsortAlgorithm({self.as_dict()!r})"


class DsortFramework:
    """A dsort job: input and output shards, algorithm, description and output shard size."""

    def __init__(
        self,
        input_shards: DsortShardsGroup,
        output_shards: DsortShardsGroup,
        algorithm: DsortAlgorithm | None = None,
        description: str | None = None,
        output_shard_size: str | None = None,
    ) -> None:
        self.input_shards = input_shards
        self.output_shards = output_shards
        self.output_shard_size = output_shard_size
        self.algorithm = algorithm if algorithm is not None else DsortAlgorithm()
        self.description = description
        self.ekm_file: str | None = None
        self.ekm_sep: str | None = None

    @classmethod
    def from_file(cls, spec: str | Path) -> DsortFramework:
        """Read a spec from a `.json`, `.yaml` or `.yml` file (the layout of `ais dsort` specs)."""
        data = load_spec_file(spec)
        input_format = data.get("input_format")
        if not isinstance(input_format, dict):
            raise ValueError("input_format must be a dictionary")
        in_fmt: Any
        if "template" in input_format:
            in_fmt = _Template(str(input_format["template"]))
        elif "objnames" in input_format:
            in_fmt = _Names(list(input_format["objnames"]))
        else:
            raise ValueError(
                '"input_format" dictionary must contain either the key "template" or "objnames"'
            )
        output_format = data.get("output_format")
        if not isinstance(output_format, str):
            raise ValueError('"output_format" must be a template string')
        input_bck = data.get("input_bck")
        if not isinstance(input_bck, dict):
            raise ValueError("input_bck must be a dictionary with a bucket name")
        output_bck = data.get("output_bck") or input_bck
        framework = cls(
            input_shards=DsortShardsGroup(
                bck=_bucket(input_bck),
                role="input",
                format=in_fmt,
                extension=data.get("input_extension", ""),
            ),
            output_shards=DsortShardsGroup(
                bck=_bucket(output_bck),
                role="output",
                format=_Template(output_format),
                extension=data.get("output_extension", ""),
            ),
            algorithm=DsortAlgorithm(**(data.get("algorithm") or {})),
            description=data.get("description"),
            output_shard_size=data.get("output_shard_size", ""),
        )
        framework.ekm_file = data.get("ekm_file", "")
        framework.ekm_sep = data.get("ekm_file_sep", data.get("ekm_sep", ""))
        return framework

    def to_spec(self) -> dict[str, Any]:
        """The JSON spec of the job (without `dsorter_type`; `Dsort.start` adds it)."""
        spec = {**self.input_shards.as_dict(), **self.output_shards.as_dict()}
        spec["algorithm"] = self.algorithm.as_dict()
        spec["description"] = self.description or ""
        if self.output_shard_size:
            spec["output_shard_size"] = self.output_shard_size
        if self.ekm_file:
            spec["ekm_file"] = self.ekm_file
            spec["ekm_file_sep"] = self.ekm_sep or ""
        return spec


def _bucket(value: dict[str, Any]) -> BucketModel:
    if not isinstance(value, dict) or not value.get("name"):
        raise ValueError(f"a bucket needs a name, got {value!r}")
    return BucketModel.parse_obj({"provider": "ais", **value})


def load_spec_file(spec: str | Path) -> dict[str, Any]:
    """The dict in a `.json`, `.yaml` or `.yml` spec file."""
    path = Path(spec)
    ext = path.suffix.lower()
    if ext not in (".json", ".yaml", ".yml"):
        raise ValueError("Unsupported file format. Please provide a .json, .yml, or .yaml file.")
    if not path.is_file():
        raise ValueError(f"Path: {path} does not exist or is not a file")
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh) if ext == ".json" else _yaml().safe_load(fh)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a dsort spec must be a JSON/YAML object")
    return data


def _yaml() -> Any:
    try:
        return importlib.import_module("yaml")
    except ImportError as exc:
        raise ValueError("reading a YAML dsort spec needs PyYAML (pip install pyyaml)") from exc
