"""Checks one HTTP exchange against the spec: pure functions of method, URL, headers and bodies.

    checker = Checker()                         # both specs, validators compiled lazily, once
    req = checker.check_request(method, url, headers, body, body_known=True)
    req.operation, req.action, req.diffs        # the matched operation (or None) and differences
    diffs = checker.check_response(req, status, headers, body)   # body None: not read / streamed

A difference is one line, e.g. ``response 200: $.tmap.t1.daemon_id: 5 is not of type 'string'``.

What is checked
  request:  path + method declared; every query parameter declared (the spec declares the
            `pid`/`utm` that redirects add); required parameters present;
            parameter values typed (booleans `true`/`false`, integers, enums); body media type
            declared; JSON body valid (a body with properties the spec does not declare fails too:
            the client must not send what the spec does not describe).
  response: status declared (a status < 400 must be declared explicitly; `default` covers
            errors only); media type declared when there is a body; declared header values typed;
            JSON and msgpack bodies valid against the schema of that status + media type (with
            `x-what-schemas`, against the schema named for the `what` asked).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import msgspec
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from aistore.contract.spec import Operation, Spec, load

REDIRECT_QUERY = frozenset({"pid", "utm"})
"""Added by the proxy to the `Location` of a redirect: marks a request as the target hop."""

OPEN_QUERY_OPERATIONS = frozenset({"ais:set_cluster_config"})
"""Operations whose query takes any config key (the spec declares only the most used ones)."""

MAX_ERRORS_PER_BODY = 5


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _path_of(error: Any) -> str:
    parts = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return "$" + parts


@dataclass
class RequestCheck:
    method: str
    url: str
    operation: Operation | None
    action: str | None = None
    hop: str = "proxy"  # "proxy" | "target" (redirected hop) | "probe" (bodiless redirect probe)
    what: str | None = None
    diffs: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        if self.operation is None:
            return f"{self.method} {urlsplit(self.url).path}"
        extra = f" action={self.action}" if self.action else ""
        extra += f" what={self.what}" if self.what else ""
        return f"{self.operation.operation_id}{extra}"


class Checker:
    """Validates exchanges against the AIS and AuthN specs."""

    def __init__(self, specs: Iterable[Spec] | None = None) -> None:
        self.specs: dict[str, Spec] = {
            s.service: s for s in (specs or (load("ais"), load("authn")))
        }
        registry: Registry[Any] = Registry()
        for s in self.specs.values():
            registry = registry.with_resource(
                s.uri, Resource.from_contents(s.document, default_specification=DRAFT202012)
            )
        self._registry = registry.crawl()
        self._uri = {s.service: s.uri for s in self.specs.values()}
        self._authn_netlocs: set[str] = set()
        self._validator = lru_cache(maxsize=None)(self._compile)

    # --- service selection -----------------------------------------------------------------------
    def register_authn(self, url_or_netloc: str) -> None:
        """Requests to this host:port are AuthN requests (its paths overlap the AIS ones)."""
        netloc = urlsplit(url_or_netloc).netloc or url_or_netloc
        self._authn_netlocs.add(netloc)

    def _service_for(self, netloc: str, method: str, path: str) -> Spec:
        ais, authn = self.specs.get("ais"), self.specs.get("authn")
        if authn is not None and (netloc in self._authn_netlocs or ais is None):
            return authn
        assert ais is not None
        if authn is not None:
            op_ais, same_ais = ais.match(method, path)
            if op_ais is None and not same_ais:
                op_authn, same_authn = authn.match(method, path)
                if op_authn is not None or same_authn:
                    self._authn_netlocs.add(netloc)  # sticky: /v1/tokens, /v1/daemon overlap
                    return authn
        return ais

    # --- schema validation -----------------------------------------------------------------------
    def _compile(self, service: str, ptr: str) -> Any:
        # $refs inlined once: a referencing lookup per $ref per validation is the slow part
        doc = self.specs[service].document
        schema = _inline(doc, {"$ref": "#" + ptr}, ())
        if isinstance(schema, dict):
            schema = {**schema, "$id": self._uri[service]}
        return Draft202012Validator(schema, registry=self._registry)

    def schema_errors(self, service: str, ptr: str, instance: Any) -> list[str]:
        validator = self._validator(service, ptr)
        errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
        out = []
        for err in errors[:MAX_ERRORS_PER_BODY]:
            # for oneOf failures name the member errors of the best candidate
            leaf = err
            if err.context:
                leaf = min(
                    err.context, key=lambda e: (len(list(e.absolute_path)) * -1, str(e.message))
                )
            out.append(f"{_path_of(leaf)}: {_short(leaf.message)}")
        if len(errors) > MAX_ERRORS_PER_BODY:
            out.append(f"... and {len(errors) - MAX_ERRORS_PER_BODY} more")
        return out

    def undeclared_properties(self, service: str, ptr: str, instance: Any) -> list[str]:
        """JSON paths of object keys the schema does not declare (open schemas allow them)."""
        found: list[str] = []
        _walk_undeclared(self, service, ptr, instance, "$", found)
        return found

    # --- request ---------------------------------------------------------------------------------
    def check_request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        *,
        probe: bool = False,
    ) -> RequestCheck:
        """`body`: the request body when known (in memory), None when it is a stream."""
        parts = urlsplit(url)
        raw_path = parts.path
        path = unquote(raw_path)
        spec = self._service_for(parts.netloc, method, raw_path)
        op, same_path = spec.match(method, raw_path)
        if op is None and not same_path:
            op, same_path = spec.match(method, path)
        check = RequestCheck(method=method.upper(), url=url, operation=op)
        if op is None:
            if same_path:
                declared = ", ".join(sorted({o.method for o in same_path}))
                check.diffs.append(
                    f"method {method.upper()} not declared for {same_path[0].path} ({declared})"
                )
            else:
                check.diffs.append(
                    f"no operation in {spec.service} spec for {method.upper()} {raw_path}"
                )
            return check
        query = parse_qsl(parts.query, keep_blank_values=True)
        names = {k for k, _ in query}
        if op.redirected and names & REDIRECT_QUERY:
            check.hop = "target"
        if probe:
            check.hop = "probe"
        for name, value in query:
            param = op.params.get(("query", name))
            if param is None:
                if op.key in OPEN_QUERY_OPERATIONS:
                    continue
                check.diffs.append(f"query parameter {name!r} not declared")
                continue
            check.diffs.extend(self._param_value(op, param, value))
            if name == "what":
                check.what = value
        lower = {k.lower(): v for k, v in headers.items()}
        for (loc, name), param in op.params.items():
            if not param.required:
                continue
            present = (
                name in names if loc == "query" else name in lower if loc == "header" else True
            )
            if not present:
                check.diffs.append(f"required {loc} parameter {name!r} missing")
        for name, value in lower.items():
            hp = op.params.get(("header", name))
            if hp is not None:
                check.diffs.extend(self._param_value(op, hp, value))
        self._check_request_body(check, op, lower, body)
        return check

    def _param_value(self, op: Operation, param: Any, value: str) -> list[str]:
        return list(self._param_value_cached(op.service, param, value))

    @lru_cache(maxsize=4096)  # noqa: B019 - one Checker per process; bounded
    def _param_value_cached(self, service: str, param: Any, value: str) -> tuple[str, ...]:
        return tuple(self._param_value_uncached(service, param, value))

    def _param_value_uncached(self, service: str, param: Any, value: str) -> list[str]:
        if param.schema is None:
            return []
        typed: Any = value
        kind = param.schema_type
        if kind == "boolean":
            if value not in ("true", "false"):
                return [
                    f"{param.location} parameter {param.name!r}: {value!r} is not 'true'/'false'"
                ]
            typed = value == "true"
        elif kind == "integer":
            try:
                typed = int(value)
            except ValueError:
                return [f"{param.location} parameter {param.name!r}: {value!r} is not an integer"]
        errors = self.schema_errors(service, param.schema, typed)
        return [
            f"{param.location} parameter {param.name!r}: {e.split(': ', 1)[-1]}" for e in errors
        ]

    def _check_request_body(
        self, check: RequestCheck, op: Operation, headers: Mapping[str, str], body: bytes | None
    ) -> None:
        length = headers.get("content-length")
        empty = body == b"" or (body is None and length == "0")
        if check.hop == "probe" and empty:
            return
        if empty:
            if op.body_required and not any(
                m.startswith("application/octet") for m in op.body_content
            ):
                check.diffs.append("request body required but empty")
            return
        if not op.body_content:
            check.diffs.append("request has a body; the spec declares none")
            return
        media = media_type(headers.get("content-type"))
        if media not in op.body_content:
            check.diffs.append(
                f"request content type {media or '(none)'!r} not declared "
                f"({', '.join(op.body_content)})"
            )
            return
        ptr = op.body_content[media]
        if ptr is None or body is None or media != "application/json":
            return
        try:
            instance = json.loads(body)
        except ValueError as exc:
            check.diffs.append(f"request body is not JSON: {exc}")
            return
        if op.actions and isinstance(instance, dict):
            action = instance.get("action")
            check.action = action if isinstance(action, str) else None
        for err in self.schema_errors(op.service, ptr, instance):
            check.diffs.append(f"request body {err}")
        for extra in self.undeclared_properties(op.service, ptr, instance):
            check.diffs.append(f"request body {extra}: property not declared in the spec")

    # --- response --------------------------------------------------------------------------------
    def check_response_head(
        self, req: RequestCheck, status: int, headers: Mapping[str, str], has_body: bool
    ) -> list[str]:
        """Status, media type and header checks (no body needed)."""
        op = req.operation
        if op is None:
            return []
        resp = op.response_for(status)
        if resp is None:
            declared = ", ".join(op.responses)
            return [f"response status {status} not declared ({declared})"]
        diffs: list[str] = []
        lower = {k.lower(): v for k, v in headers.items()}
        media = media_type(lower.get("content-type"))
        if has_body and req.method != "HEAD":
            if not resp.content:
                what = media or "no content type"
                diffs.append(f"response {status}: body ({what}) where the spec declares none")
            elif media not in resp.content and "*/*" not in resp.content:
                diffs.append(
                    f"response {status}: content type {media or '(none)'!r} not declared "
                    f"({', '.join(resp.content)})"
                )
        for name, hdr in resp.headers.items():
            if name not in lower:
                if hdr.required:
                    diffs.append(f"response {status}: required header {name!r} missing")
                continue
            if hdr.schema is not None and hdr.schema_type == "string":
                continue  # every header value is a string
            if hdr.schema is not None:
                diffs.extend(
                    f"response {status}: header {name!r} {e}"
                    for e in self.schema_errors(op.service, hdr.schema, lower[name])
                )
        return diffs

    def body_schema(self, req: RequestCheck, status: int, media: str) -> str | None:
        """JSON pointer of the schema that the body must satisfy (None: not schema-checked)."""
        op = req.operation
        if op is None:
            return None
        resp = op.response_for(status)
        if resp is None or media not in resp.content:
            return None
        ptr = resp.content[media]
        if ptr is None:
            return None
        if 200 <= status < 300 and req.what and media == "application/json":
            named = op.what_schemas.get(req.what, "")
            if named.startswith("#/components/schemas/"):
                return named[1:]
        return ptr

    def check_response_body(
        self, req: RequestCheck, status: int, content_type: str | None, body: bytes
    ) -> tuple[list[str], list[str]]:
        """(diffs, notes): schema differences, and undeclared properties (informational)."""
        op = req.operation
        media = media_type(content_type)
        if op is None or not body:
            return [], []
        ptr = self.body_schema(req, status, media)
        if ptr is None:
            return [], []
        instance: Any
        if media == "application/msgpack":
            try:
                instance = _plain(msgspec.msgpack.decode(body))
            except msgspec.DecodeError as exc:
                return [f"response {status}: body is not msgpack: {exc}"], []
        elif media.endswith("json"):
            try:
                instance = json.loads(body)
            except ValueError as exc:
                return [f"response {status}: body is not JSON: {exc}"], []
        else:
            return [], []
        diffs = [
            f"response {status} body {e}" for e in self.schema_errors(op.service, ptr, instance)
        ]
        notes = self.undeclared_properties(op.service, ptr, instance)
        return diffs, notes


def _plain(value: Any) -> Any:
    """msgpack maps may have bytes keys/values; JSON Schema wants str keys."""
    if isinstance(value, dict):
        return {
            (k.decode() if isinstance(k, bytes) else str(k)): _plain(v) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _short(message: str, limit: int = 160) -> str:
    return message if len(message) <= limit else message[: limit - 3] + "..."


def _inline(doc: Mapping[str, Any], node: Any, stack: tuple[str, ...]) -> Any:
    """`node` with local `$ref`s replaced by their targets (a recursive $ref is kept)."""
    if isinstance(node, list):
        return [_inline(doc, v, stack) for v in node]
    if not isinstance(node, Mapping):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#"):
        if ref in stack or len(stack) > 30:
            return dict(node)
        target, _ = _resolve(doc, {"$ref": ref}, ref[1:])
        inlined = _inline(doc, target, (*stack, ref))
        rest = {k: _inline(doc, v, stack) for k, v in node.items() if k != "$ref"}
        if not rest:
            return inlined
        return {"allOf": [inlined], **rest}
    return {k: _inline(doc, v, stack) for k, v in node.items()}


def _resolve(doc: Mapping[str, Any], node: Any, ptr: str) -> tuple[Any, str]:
    seen = 0
    while isinstance(node, Mapping) and "$ref" in node and seen < 20:
        ptr = str(node["$ref"]).lstrip("#")
        target: Any = doc
        for raw in ptr.lstrip("/").split("/"):
            token = raw.replace("~1", "/").replace("~0", "~")
            target = target[int(token)] if isinstance(target, list) else target[token]
        node = target
        seen += 1
    return node, ptr


def _walk_undeclared(
    checker: Checker, service: str, ptr: str, instance: Any, path: str, found: list[str]
) -> None:
    doc = checker.specs[service].document
    schema, ptr = _resolve(doc, {"$ref": "#" + ptr}, ptr)
    if not isinstance(schema, Mapping) or len(found) > 20:
        return
    for key in ("oneOf", "anyOf"):
        if key in schema:
            for i in range(len(schema[key])):
                member = f"{ptr}/{key}/{i}"
                if checker._validator(service, member).is_valid(instance):
                    _walk_undeclared(checker, service, member, instance, path, found)
                    return
            return
    for i in range(len(schema.get("allOf") or [])):
        _walk_undeclared(checker, service, f"{ptr}/allOf/{i}", instance, path, found)
    if isinstance(instance, dict):
        props = schema.get("properties")
        addl = schema.get("additionalProperties")
        for k, v in instance.items():
            if isinstance(props, Mapping) and k in props:
                sub = f"{ptr}/properties/{k.replace('~', '~0').replace('/', '~1')}"
                _walk_undeclared(checker, service, sub, v, f"{path}.{k}", found)
            elif isinstance(addl, Mapping):
                _walk_undeclared(
                    checker, service, f"{ptr}/additionalProperties", v, f"{path}.{k}", found
                )
            elif isinstance(props, Mapping) and addl is None and "allOf" not in schema:
                found.append(f"{path}.{k}")
    elif isinstance(instance, list) and isinstance(schema.get("items"), Mapping):
        for i, v in enumerate(instance[:50]):
            _walk_undeclared(checker, service, f"{ptr}/items", v, f"{path}[{i}]", found)
