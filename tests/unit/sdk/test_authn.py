"""Unit tests of the AuthN client: permission masks, value types, input checks, wire bodies."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import msgspec
import pytest

from aistore._core.settings import ClientSettings
from aistore.sdk.authn.access_attr import (
    UINT64_MAX,
    AccessAttr,
    combine_perms,
    format_perms,
    parse_perms,
)
from aistore.sdk.authn.authn_client import AuthNClient
from aistore.sdk.authn.cluster_manager import ClusterManager
from aistore.sdk.authn.errors import (
    AuthNError,
    ErrClusterNotFound,
    ErrRoleNotFound,
    ErrUserInvalidCredentials,
    ErrUserNotFound,
)
from aistore.sdk.authn.types import (
    ClusterList,
    LoginMsg,
    RoleInfo,
    RolesList,
    UserInfo,
    UsersList,
    expires_in_ns,
)
from aistore.sdk.authn.utils import bucket_acl, raise_authn_error

Handler = Callable[[httpx.Request], httpx.Response]
ENDPOINT = "http://authn.invalid:52001"
ROLE_JSON = {
    "name": "ro",
    "desc": "read-only",
    "clusters": None,
    "buckets": [
        {
            "bck": {"name": "b1", "provider": "ais", "namespace": {"uuid": "U1", "name": ""}},
            "perm": "771",
        }
    ],
    "admin": False,
}
CLUSTERS_JSON = {"clusters": {"U1": {"id": "U1", "alias": "local", "urls": ["http://h:8080"]}}}


class FakeAuthN:
    """Answers AuthN requests from a table of (method, path) -> (status, body); records requests."""

    def __init__(self, routes: dict[tuple[str, str], tuple[int, Any]] | None = None) -> None:
        self.routes = routes or {}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, body = self.routes.get((request.method, request.url.path), (200, None))
        if body is None:
            return httpx.Response(status)
        return httpx.Response(status, json=body)

    def bodies(self, method: str, path: str) -> list[Any]:
        return [
            json.loads(r.content)
            for r in self.requests
            if r.method == method and r.url.path == path and r.content
        ]


def _client(fake: FakeAuthN, token: str | None = "admin-token") -> AuthNClient:
    return AuthNClient.from_settings(
        ClientSettings.create(
            ENDPOINT, token=token, service="authn", transport=httpx.MockTransport(fake)
        )
    )


def _err(status: int, message: str) -> tuple[int, Any]:
    return status, {"message": message, "status": status}


# ---- AccessAttr and masks ----------------------------------------------------------------------
def test_describe_names_single_bits_in_bit_order() -> None:
    assert AccessAttr.describe(771) == "GET,OBJ_HEAD,BCK_HEAD,OBJ_LIST"
    assert AccessAttr.describe(AccessAttr.PUT | AccessAttr.GET) == "GET,PUT"
    assert AccessAttr.describe(0) == ""
    assert AccessAttr.describe(1 << 40) == ""  # an unnamed bit
    everything = AccessAttr.describe(UINT64_MAX).split(",")
    assert everything[0] == "GET" and everything[-1] == "ADMIN" and len(everything) == 18
    assert "ACCESS_RO" not in everything


def test_describe_rejects_non_masks() -> None:
    for bad in (-1, UINT64_MAX + 1, "771", True):
        with pytest.raises(ValueError):
            AccessAttr.describe(bad)  # type: ignore[arg-type]


def test_derived_roles() -> None:
    assert int(AccessAttr.SERVER_ACCESS_RO) == 771
    assert int(AccessAttr.SERVER_ACCESS_RW) == 831
    # 1.9.2's values: ACCESS_RO also has LIST_BUCKETS
    assert AccessAttr.ACCESS_RO == 771 | AccessAttr.LIST_BUCKETS == 4867
    assert int(AccessAttr.ACCESS_RW) == 4927


def test_format_and_parse_perms() -> None:
    assert format_perms([AccessAttr.GET, AccessAttr.OBJ_HEAD]) == "3"
    assert format_perms(AccessAttr.SERVER_ACCESS_RO) == "771"
    assert format_perms([]) == "0"
    # OR, not sum: an overlapping flag counts once
    assert format_perms([AccessAttr.SERVER_ACCESS_RO, AccessAttr.GET]) == "771"
    assert format_perms(UINT64_MAX) == "18446744073709551615"
    assert combine_perms((AccessAttr.PUT, 1)) == 5
    assert parse_perms("771") == 771
    assert parse_perms(" 18446744073709551615 ") == UINT64_MAX
    for bad in ("", "-1", "7a", "1.5"):
        with pytest.raises(ValueError):
            parse_perms(bad)
    with pytest.raises(ValueError):
        format_perms("771")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        format_perms([AccessAttr.GET, -1])


def test_bucket_acl_wire_form() -> None:
    acl = bucket_acl("b1", "U1", [AccessAttr.GET, AccessAttr.OBJ_HEAD])
    assert acl.to_dict() == {
        "bck": {"name": "b1", "provider": "ais", "namespace": {"uuid": "U1", "name": ""}},
        "perm": "3",
    }


# ---- types -------------------------------------------------------------------------------------
def test_expires_in() -> None:
    assert expires_in_ns(None) is None
    assert expires_in_ns(0) == 0
    assert expires_in_ns(60) == 60_000_000_000
    assert expires_in_ns(1.5) == 1_500_000_000
    for bad in (-1, float("nan"), "60", True):
        with pytest.raises(ValueError):
            expires_in_ns(bad)  # type: ignore[arg-type]
    assert LoginMsg(password="p").as_dict() == {"password": "p"}
    assert LoginMsg(password="p", expires_in=90).as_dict() == {
        "password": "p",
        "expires_in": 90_000_000_000,
    }


def test_role_and_user_decoding() -> None:
    role = msgspec.json.decode(json.dumps(ROLE_JSON), type=RoleInfo)
    assert role.clusters is None and role.buckets is not None
    assert role.buckets[0].describe() == "GET,OBJ_HEAD,BCK_HEAD,OBJ_LIST"
    assert "perm=GET,OBJ_HEAD,BCK_HEAD,OBJ_LIST" in str(role)

    user = msgspec.json.decode(
        b'{"id":"alice","roles":[' + json.dumps(ROLE_JSON).encode() + b"]}", type=UserInfo
    )
    assert isinstance(user.roles, RolesList) and user.roles[0].name == "ro"
    assert user.dict()["roles"][0]["name"] == "ro" and "pass" not in user.dict()
    assert UserInfo(id="x", password="pw").dict() == {"id": "x", "roles": [], "pass": "pw"}
    nulls = msgspec.json.decode(b'{"id":"bob","roles":null}', type=UserInfo)
    assert list(nulls.roles) == [] and isinstance(nulls.roles, RolesList)

    users = UsersList.parse_raw(b'{"bob":{"id":"bob","roles":null}}')
    assert len(users) == 1 and "bob" in users and [u.id for u in users] == ["bob"]
    assert users["bob"].id == "bob" and users.users == users.__root__
    assert len(UsersList.parse_raw(b"null")) == 0

    roles = RolesList([role])
    assert roles.roles == [role] == roles.__root__ and len(roles) == 1


def test_raise_authn_error_classifies() -> None:
    with pytest.raises(ErrRoleNotFound):
        raise_authn_error('{"message":"role \\"x\\" does not exist","status":404}')
    with pytest.raises(ErrUserInvalidCredentials):
        raise_authn_error('{"message":"invalid credentials","status":401}')
    with pytest.raises(AuthNError) as info:
        raise_authn_error("plain text", status=500)
    assert info.value.status_code == 500 and info.value.message == "plain text"


# ---- input checks: ValueError before any request -----------------------------------------------
@pytest.mark.parametrize(
    "call",
    [
        lambda a: a.login("admin", ""),
        lambda a: a.login("admin", "   "),
        lambda a: a.login("", "pw"),
        lambda a: a.login("admin", "pw", expires_in=-5),
        lambda a: a.cluster_manager().get(),
        lambda a: a.cluster_manager().delete(),
        lambda a: a.cluster_manager().register("local", []),
        lambda a: a.cluster_manager().register("local", ["localhost:8080"]),
        lambda a: a.cluster_manager().register("local", "http://h:8080"),
        lambda a: a.cluster_manager().register("", ["http://h:8080"]),
        lambda a: a.cluster_manager().update("U1"),
        lambda a: a.cluster_manager().update("", cluster_alias="x"),
        lambda a: a.cluster_manager().update("U1", urls=[]),
        lambda a: a.role_manager().create("", "d", "local", [AccessAttr.GET]),
        lambda a: a.role_manager().create("r", "d", "", [AccessAttr.GET]),
        lambda a: a.role_manager().create("r", "d", "local", []),
        lambda a: a.role_manager().create("r", "d", "local", "GET"),
        lambda a: a.role_manager().update("r"),
        lambda a: a.role_manager().update("r", perms=[AccessAttr.GET]),
        lambda a: a.role_manager().update("r", bucket_name="b", perms=[AccessAttr.GET]),
        lambda a: a.role_manager().update("r", cluster_alias="local"),
        lambda a: a.role_manager().get(""),
        lambda a: a.user_manager().create("u", ["r"], ""),
        lambda a: a.user_manager().create("", ["r"], "pw"),
        lambda a: a.user_manager().create("u", "r", "pw"),
        lambda a: a.user_manager().update("u"),
        lambda a: a.user_manager().update("u", password=" ", roles=["r"]),
        lambda a: a.user_manager().delete(""),
        lambda a: a.token_manager().revoke(""),
    ],
)
def test_bad_input_is_refused_before_any_request(call: Callable[[AuthNClient], Any]) -> None:
    fake = FakeAuthN()
    with pytest.raises(ValueError):
        call(_client(fake))
    assert fake.requests == []


def test_logout_without_token() -> None:
    fake = FakeAuthN()
    with pytest.raises(ValueError, match="logged in"):
        _client(fake, token=None).logout()
    assert fake.requests == []


# ---- wire bodies -------------------------------------------------------------------------------
def test_login_and_logout_wire() -> None:
    fake = FakeAuthN(
        {
            ("POST", "/v1/users/admin"): (200, {"token": "jwt"}),
            ("DELETE", "/v1/tokens"): (200, None),
        }
    )
    authn = _client(fake, token=None)
    assert authn.login("admin", "pw", expires_in=120) == "jwt"
    assert fake.bodies("POST", "/v1/users/admin") == [
        {"password": "pw", "expires_in": 120_000_000_000}
    ]
    assert authn.client.token == "jwt"
    assert fake.requests[-1].headers.get("Authorization") is None
    authn.logout()
    assert fake.bodies("DELETE", "/v1/tokens") == [{"token": "jwt"}]
    assert authn.client.token is None


def test_login_wrong_password_maps() -> None:
    fake = FakeAuthN({("POST", "/v1/users/admin"): _err(401, "invalid credentials")})
    with pytest.raises(ErrUserInvalidCredentials):
        _client(fake, token=None).login("admin", "nope")


def test_role_create_sends_decimal_string_perm() -> None:
    fake = FakeAuthN(
        {
            ("GET", "/v1/clusters/local"): (200, CLUSTERS_JSON),
            ("GET", "/v1/roles/ro"): (200, ROLE_JSON),
        }
    )
    role = (
        _client(fake)
        .role_manager()
        .create("ro", "read-only", "local", [AccessAttr.SERVER_ACCESS_RO, AccessAttr.GET], "b1")
    )
    assert role.name == "ro"
    (body,) = fake.bodies("POST", "/v1/roles")
    assert body == {
        "name": "ro",
        "desc": "read-only",
        "buckets": [
            {
                "bck": {"name": "b1", "provider": "ais", "namespace": {"uuid": "U1", "name": ""}},
                "perm": "771",
            }
        ],
    }
    _client(fake).role_manager().create("ro", "all", "local", [AccessAttr.ACCESS_SU])
    body = fake.bodies("POST", "/v1/roles")[-1]
    assert body["clusters"] == [{"id": "U1", "perm": str(int(AccessAttr.ACCESS_SU))}]
    assert "buckets" not in body


def test_role_update_sends_only_changes() -> None:
    fake = FakeAuthN({("GET", "/v1/roles/ro"): (200, ROLE_JSON)})
    _client(fake).role_manager().update("ro", desc="new")
    assert fake.bodies("PUT", "/v1/roles/ro") == [{"name": "ro", "desc": "new"}]


def test_user_create_and_update_wire() -> None:
    fake = FakeAuthN(
        {
            ("GET", "/v1/roles/ro"): (200, ROLE_JSON),
            ("GET", "/v1/users/alice"): (200, {"id": "alice", "roles": [ROLE_JSON]}),
        }
    )
    users = _client(fake).user_manager()
    user = users.create("alice", ["ro"], "secret")
    assert [r.name for r in user.roles] == ["ro"]
    assert fake.bodies("POST", "/v1/users") == [
        {"id": "alice", "pass": "secret", "roles": [{"name": "ro"}]}
    ]
    users.update("alice", password="new-secret")
    users.update("alice", roles=["ro"])
    assert fake.bodies("PUT", "/v1/users/alice") == [
        {"id": "alice", "pass": "new-secret"},
        {"id": "alice", "roles": [{"name": "ro"}]},
    ]


def test_user_create_unknown_role_sends_nothing() -> None:
    fake = FakeAuthN({("GET", "/v1/roles/nope"): _err(404, 'role "nope" does not exist')})
    with pytest.raises(ErrRoleNotFound):
        _client(fake).user_manager().create("alice", ["nope"], "secret")
    assert fake.bodies("POST", "/v1/users") == []


def test_missing_ok() -> None:
    fake = FakeAuthN(
        {
            ("DELETE", "/v1/users/u"): _err(404, 'user "u" does not exist'),
            ("DELETE", "/v1/roles/r"): _err(404, 'role "r" does not exist'),
        }
    )
    authn = _client(fake)
    authn.user_manager().delete("u", missing_ok=True)
    authn.role_manager().delete("r", missing_ok=True)
    with pytest.raises(ErrUserNotFound):
        authn.user_manager().delete("u")
    with pytest.raises(ErrRoleNotFound):
        authn.role_manager().delete("r")


def test_cluster_get_update_delete_wire() -> None:
    fake = FakeAuthN(
        {
            ("GET", "/v1/clusters/U1"): (200, CLUSTERS_JSON),
            ("GET", "/v1/clusters/gone"): _err(404, "AuthN: cluster gone does not exist"),
            ("GET", "/v1/clusters/empty"): (200, {}),
            ("GET", "/v1/clusters"): (200, {}),
        }
    )
    manager = _client(fake).cluster_manager()
    assert manager.get(cluster_id="U1").alias == "local"
    assert manager.list() == ClusterList()
    with pytest.raises(ErrClusterNotFound):
        manager.get(cluster_alias="gone")
    with pytest.raises(RuntimeError, match="No cluster found with ID or alias 'empty'"):
        manager.get(cluster_alias="empty")
    manager.update("U1", cluster_alias="renamed")
    assert fake.bodies("PUT", "/v1/clusters/U1") == [{"id": "U1", "alias": "renamed"}]
    manager.delete(cluster_alias="local")
    assert ("DELETE", "/v1/clusters/local") in [(r.method, r.url.path) for r in fake.requests]


def test_path_parameters_are_encoded() -> None:
    fake = FakeAuthN({("GET", "/v1/roles/a/b"): (200, {**ROLE_JSON, "name": "a/b"})})
    assert _client(fake).role_manager().get("a/b").name == "a/b"
    assert fake.requests[0].url.raw_path == b"/v1/roles/a%2Fb"


def test_access_attr_describe() -> None:
    assert AccessAttr.describe(771) == "GET,OBJ_HEAD,BCK_HEAD,OBJ_LIST"
    assert AccessAttr.describe(int(AccessAttr.ACCESS_RO)).split(",") == [
        "GET",
        "OBJ_HEAD",
        "BCK_HEAD",
        "OBJ_LIST",
        "LIST_BUCKETS",
    ]
    assert AccessAttr.describe(0) == ""


def test_cluster_manager_is_exported() -> None:
    from aistore.sdk.authn import AuthNClient as Exported
    from aistore.sdk.authn import ClusterManager as ExportedManager

    assert Exported is AuthNClient and ExportedManager is ClusterManager
