"""Helpers shared by the AuthN managers: input checks, wire conversions, answer decoding."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

import httpx
import msgspec
from aistore_raw.authn.models import Bck, BckACL, CluACL, Role
from aistore_raw.authn.models import Namespace as RawNamespace

from aistore._core.error_map import classify_authn, parse_error
from aistore.sdk.authn.access_attr import format_perms
from aistore.sdk.authn.errors import AuthNInputError, InvalidCredentialsInput
from aistore.sdk.errors import RefusedInput
from aistore.sdk.provider import Provider

T = TypeVar("T")


def decode(content: bytes, typ: type[T] | Any) -> Any:
    """Decode a JSON answer into ``typ`` (numeric strings coerced, unknown fields ignored)."""
    return msgspec.json.decode(content, type=typ, strict=False)


def require_name(what: str, value: object) -> str:
    """A non-empty, non-blank string, or ValueError naming ``what``."""
    if not isinstance(value, str) or not value.strip():
        raise AuthNInputError(f"{what} must be a non-empty string, got {value!r}")
    return value


def require_password(password: object, error: type[RefusedInput] = InvalidCredentialsInput) -> str:
    """A non-blank password, or `error` (a ValueError; by default the invalid-credentials error
    AuthN answers an empty password with)."""
    if not isinstance(password, str) or password.strip() == "":
        raise error("Password cannot be empty or spaces only")
    return password


def require_names(what: str, values: object) -> list[str]:
    """A list (or tuple) of non-empty strings."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise AuthNInputError(f"{what} must be a list of names, got {values!r}")
    return [require_name(f"each of {what}", v) for v in values]


def require_urls(urls: object) -> list[str]:
    """At least one http(s) URL."""
    if isinstance(urls, str | bytes) or not isinstance(urls, Iterable):
        raise ValueError(f"urls must be a list of URLs, got {urls!r}")
    out = list(urls)
    if not out:
        raise ValueError("At least one URL must be provided")
    for url in out:
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ValueError(f"Invalid URL {url!r}: must start with http:// or https://")
    return out


def role_refs(names: Iterable[str]) -> list[Role]:
    """Roles as a user request names them (only ``name``; the server looks the rest up)."""
    return [Role(name=name) for name in names]


def bucket_acl(bucket_name: str, cluster_uuid: str, perms: Any) -> BckACL:
    """An ais:// bucket of the cluster ``cluster_uuid`` with its mask (sent as a decimal string)."""
    return BckACL(
        bck=Bck(
            name=bucket_name,
            provider=Provider.AIS.value,
            namespace=RawNamespace(uuid=cluster_uuid, name=""),
        ),
        perm=format_perms(perms),
    )


def cluster_acl(cluster_uuid: str, perms: Any) -> CluACL:
    """Cluster-wide permissions for ``cluster_uuid`` (mask sent as a decimal string)."""
    return CluACL(id=cluster_uuid, perm=format_perms(perms))


def raise_authn_error(text: str, status: int | None = None) -> None:
    """Raise the ``AuthNError`` class for an error body (1.9.2 helper; the SDK maps its own)."""
    body_status = status
    if body_status is None:
        try:
            parsed = msgspec.json.decode(text)
            body_status = int(parsed.get("status", 500)) if isinstance(parsed, dict) else 500
        except (msgspec.DecodeError, TypeError, ValueError):
            body_status = 500
    info = parse_error(httpx.Response(body_status, content=text.encode()))
    raise classify_authn(info)(
        info.status, info.message, tcode=info.tcode, node=info.node, raw=info.raw
    )
