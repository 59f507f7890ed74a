"""The OpenAPI documents (spec/ais.yaml, spec/authn.yaml) indexed for exchange matching.

One `Operation` per path + method, with its parameters, request body media types and the
response statuses, media types and headers the spec declares. Schemas are kept as JSON pointers
into the document: `aistore.contract.validate` compiles one JSON Schema 2020-12 validator per
pointer (OpenAPI 3.1 schemas *are* 2020-12 schemas) and resolves `$ref` with `referencing`.

Action variants: a request body whose schema is a `oneOf` discriminated on `action` (directly or
through a `$ref`) lists its members' `action` constants; they are what "action coverage" counts.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]

Service = str  # "ais" | "authn"

SPEC_FILES: dict[Service, str] = {"ais": "ais.yaml", "authn": "authn.yaml"}
ENV_SPEC_DIR = "AIS_SPEC_DIR"
HTTP_METHODS = ("get", "put", "post", "delete", "head", "patch", "options")


def spec_dir() -> Path:
    """Where the spec files are: `AIS_SPEC_DIR`; else `spec/` of the source tree we run from;
    else the copy shipped in the generated package (`aistore_raw/spec`, written by codegen)."""
    env = os.environ.get(ENV_SPEC_DIR)
    if env:
        return Path(env)
    source = Path(__file__).resolve().parents[2] / "spec"
    if (source / "ais.yaml").is_file():
        return source
    import aistore_raw

    return Path(aistore_raw.__file__).resolve().parent / "spec"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str) -> str:
    """A JSON pointer (RFC 6901) from unescaped tokens."""
    return "".join("/" + _escape(t) for t in tokens)


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # query | header | path
    required: bool
    schema: str | None  # JSON pointer of the schema, or None
    schema_type: str | None  # top-level `type` after following one $ref (for coercing strings)


@dataclass(frozen=True)
class ResponseSpec:
    status: str  # "200", "2XX" or "default"
    content: dict[str, str | None]  # media type -> schema pointer
    headers: dict[str, Param]  # lower-cased name -> header


@dataclass
class Operation:
    service: Service
    operation_id: str
    method: str  # upper case
    path: str
    regex: re.Pattern[str]
    params: dict[tuple[str, str], Param]  # (location, name; headers lower-cased) -> Param
    body_required: bool
    body_content: dict[str, str | None]  # media type -> schema pointer
    responses: dict[str, ResponseSpec]
    redirected: bool
    idempotent: bool
    tags: list[str]
    actions: list[str] = field(default_factory=list)  # action variants of a oneOf body
    what_schemas: dict[str, str] = field(default_factory=dict)  # x-what-schemas

    @property
    def key(self) -> str:
        """`<service>:<operationId>`: unique across both specs."""
        return f"{self.service}:{self.operation_id}"

    def __str__(self) -> str:
        return f"{self.operation_id} ({self.method} {self.path})"

    def response_for(self, status: int) -> ResponseSpec | None:
        """The declared response for `status`: exact, then `NXX`, then (errors only) `default`.

        Project convention: `default` documents the error shape, so a success or redirect status
        (< 400) must be declared explicitly.
        """
        exact = self.responses.get(str(status))
        if exact is not None:
            return exact
        pattern = self.responses.get(f"{status // 100}XX")
        if pattern is not None:
            return pattern
        if status >= 400:
            return self.responses.get("default")
        return None


@dataclass
class Spec:
    """One OpenAPI document and its operations."""

    service: Service
    uri: str
    document: dict[str, Any]
    operations: list[Operation]

    def by_id(self, operation_id: str) -> Operation | None:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        return None

    def match(self, method: str, path: str) -> tuple[Operation | None, list[Operation]]:
        """The operation for `method` + `path`, and every operation whose path matched."""
        same_path: list[Operation] = []
        for op in self.operations:
            if op.regex.fullmatch(path):
                same_path.append(op)
        for op in same_path:
            if op.method == method.upper():
                return op, same_path
        return None, same_path

    def action_variants(self) -> Iterator[tuple[Operation, str]]:
        for op in self.operations:
            for action in op.actions:
                yield op, action


def _template_regex(path: str) -> re.Pattern[str]:
    out = []
    pos = 0
    for m in re.finditer(r"\{([^}]+)\}", path):
        out.append(re.escape(path[pos : m.start()]))
        # an object name may contain "/" (the client encodes it as %2F; a Location may not)
        out.append("(.+)" if m.group(1) == "object" else "([^/]+)")
        pos = m.end()
    out.append(re.escape(path[pos:]))
    return re.compile("".join(out))


class _Doc:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def at(self, ptr: str) -> Any:
        node: Any = self.document
        for raw in ptr.lstrip("/").split("/") if ptr else []:
            token = raw.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    def deref(self, node: Any, ptr: str) -> tuple[Any, str]:
        """Follow local `$ref`s of a (parameter/response/header/schema) object."""
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node and seen < 20:
            ref = str(node["$ref"])
            if not ref.startswith("#"):
                raise ValueError(f"only local $ref are supported: {ref}")
            ptr = ref[1:]
            node = self.at(ptr)
            seen += 1
        return node, ptr

    def schema_type(self, ptr: str | None) -> str | None:
        if ptr is None:
            return None
        node, _ = self.deref(self.at(ptr), ptr)
        kind = node.get("type") if isinstance(node, Mapping) else None
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if kinds else None
        return kind if isinstance(kind, str) else None

    def actions(self, ptr: str | None) -> list[str]:
        """The `action` constants of a oneOf discriminated on `action` (empty if not such)."""
        if ptr is None:
            return []
        node, base = self.deref(self.at(ptr), ptr)
        if not isinstance(node, Mapping) or "oneOf" not in node:
            return []
        disc = node.get("discriminator") or {}
        if disc.get("propertyName") != "action":
            return []
        found: list[str] = []
        for i, member in enumerate(node["oneOf"]):
            m, _ = self.deref(member, f"{base}/oneOf/{i}")
            const = (m.get("properties") or {}).get("action", {}).get("const")
            if isinstance(const, str):
                found.append(const)
        if not found:
            found = list((disc.get("mapping") or {}).keys())
        return found


def _param(doc: _Doc, raw: Any, ptr: str) -> Param:
    node, ptr = doc.deref(raw, ptr)
    schema_ptr = f"{ptr}/schema" if "schema" in node else None
    location = str(node["in"])
    name = str(node["name"])
    return Param(
        name=name.lower() if location == "header" else name,
        location=location,
        required=bool(node.get("required", location == "path")),
        schema=schema_ptr,
        schema_type=doc.schema_type(schema_ptr),
    )


def _content(node: Mapping[str, Any], ptr: str) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for media, body in (node.get("content") or {}).items():
        has_schema = isinstance(body, Mapping) and "schema" in body
        out[str(media)] = pointer(*_tokens(ptr), "content", media, "schema") if has_schema else None
    return out


def _tokens(ptr: str) -> list[str]:
    return (
        [t.replace("~1", "/").replace("~0", "~") for t in ptr.lstrip("/").split("/")] if ptr else []
    )


def _response(doc: _Doc, status: str, raw: Any, ptr: str) -> ResponseSpec:
    node, ptr = doc.deref(raw, ptr)
    headers: dict[str, Param] = {}
    for name, h in (node.get("headers") or {}).items():
        hnode, hptr = doc.deref(h, pointer(*_tokens(ptr), "headers", name))
        schema_ptr = f"{hptr}/schema" if "schema" in hnode else None
        headers[str(name).lower()] = Param(
            name=str(name).lower(),
            location="header",
            required=bool(hnode.get("required", False)),
            schema=schema_ptr,
            schema_type=doc.schema_type(schema_ptr),
        )
    return ResponseSpec(status=status, content=_content(node, ptr), headers=headers)


def index(service: Service, document: dict[str, Any], uri: str) -> Spec:
    """Index an OpenAPI 3.1 document."""
    doc = _Doc(document)
    ops: list[Operation] = []
    for path, item in (document.get("paths") or {}).items():
        item_ptr = pointer("paths", path)
        common = [
            _param(doc, p, f"{item_ptr}/parameters/{i}")
            for i, p in enumerate(item.get("parameters") or [])
        ]
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            op_ptr = f"{item_ptr}/{method}"
            params: dict[tuple[str, str], Param] = {(p.location, p.name): p for p in common}
            for i, p in enumerate(op.get("parameters") or []):
                prm = _param(doc, p, f"{op_ptr}/parameters/{i}")
                params[(prm.location, prm.name)] = prm
            body_required = False
            body_content: dict[str, str | None] = {}
            if "requestBody" in op:
                rb, rb_ptr = doc.deref(op["requestBody"], f"{op_ptr}/requestBody")
                body_required = bool(rb.get("required", False))
                body_content = _content(rb, rb_ptr)
            responses = {
                str(code): _response(
                    doc, str(code), r, pointer(*_tokens(op_ptr), "responses", str(code))
                )
                for code, r in (op.get("responses") or {}).items()
            }
            actions = doc.actions(body_content.get("application/json"))
            ops.append(
                Operation(
                    service=service,
                    operation_id=str(op.get("operationId") or f"{method} {path}"),
                    method=method.upper(),
                    path=str(path),
                    regex=_template_regex(str(path)),
                    params=params,
                    body_required=body_required,
                    body_content=body_content,
                    responses=responses,
                    redirected=bool(op.get("x-redirected", False)),
                    idempotent=bool(op.get("x-idempotent", False)),
                    tags=[str(t) for t in op.get("tags") or []],
                    actions=actions,
                    what_schemas={
                        str(k): str(v) for k, v in (op.get("x-what-schemas") or {}).items()
                    },
                )
            )
    # literal paths before templated ones: /v1/sort/abort must not be taken for a template
    ops.sort(key=lambda o: o.path.count("{"))
    return Spec(service=service, uri=uri, document=document, operations=ops)


@cache
def load(service: Service, directory: str | None = None) -> Spec:
    """The indexed spec of `service` ("ais" or "authn"), read once per process."""
    base = Path(directory) if directory else spec_dir()
    path = base / SPEC_FILES[service]
    with path.open(encoding="utf-8") as f:
        document = yaml.safe_load(f)
    return index(service, document, uri=f"urn:aistore-spec:{service}")
