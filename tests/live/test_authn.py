"""Live tests of the AuthN client against an auth-enabled local cluster and its AuthN server."""

from __future__ import annotations

import base64
import contextlib
import json
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from aistore.devcluster.launcher import LocalCluster
from aistore.sdk.authn.access_attr import AccessAttr
from aistore.sdk.authn.authn_client import AuthNClient
from aistore.sdk.authn.errors import (
    AuthNError,
    ErrClusterAlreadyRegistered,
    ErrClusterNotFound,
    ErrRoleAlreadyExists,
    ErrRoleNotFound,
    ErrUserAlreadyExists,
    ErrUserInvalidCredentials,
    ErrUserNotFound,
)
from aistore.sdk.authn.types import (
    ClusterInfo,
    ClusterList,
    RoleInfo,
    RolesList,
    UserMap,
    UsersList,
)
from aistore.sdk.client import Client
from aistore.sdk.errors import AISError, ErrBckNotFound

pytestmark = [pytest.mark.live, pytest.mark.authn]

READ_ONLY = [AccessAttr.GET, AccessAttr.OBJ_HEAD, AccessAttr.BCK_HEAD, AccessAttr.OBJ_LIST]
REVOKE_WAIT = 10.0


def _name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def _claims(token: str) -> dict[str, Any]:
    payload = token.split(".")[1]
    payload += "=" * (-len(payload) % 4)
    claims: dict[str, Any] = json.loads(base64.urlsafe_b64decode(payload))
    return claims


def _wait_refused(endpoint: str, token: str) -> AISError:
    """Poll (bounded) until the cluster refuses `token`; the refusal."""
    deadline = time.monotonic() + REVOKE_WAIT
    with Client(endpoint, token=token) as ais:
        while True:
            try:
                ais.cluster().list_buckets()
            except AISError as err:
                if err.status_code == 401:
                    return err
                raise
            if time.monotonic() > deadline:
                pytest.fail(f"the cluster still accepts the revoked token after {REVOKE_WAIT}s")
            time.sleep(0.1)


# ---- fixtures ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def cluster(authn_cluster: LocalCluster) -> LocalCluster:
    assert authn_cluster.authn_endpoint is not None
    return authn_cluster


@pytest.fixture(scope="module")
def admin(cluster: LocalCluster) -> Iterator[AuthNClient]:
    """An AuthNClient logged in as the admin."""
    assert cluster.authn_endpoint is not None
    with AuthNClient(cluster.authn_endpoint) as authn:
        authn.login(*cluster.admin_credentials)
        yield authn


@pytest.fixture(scope="module")
def admin_ais(cluster: LocalCluster, admin: AuthNClient) -> Iterator[Client]:
    """An AIS client of the auth-enabled cluster with the admin token."""
    with Client(cluster.endpoint, token=admin.client.token) as ais:
        yield ais


@pytest.fixture
def registered(cluster: LocalCluster, admin: AuthNClient) -> Iterator[ClusterInfo]:
    """The cluster registered with AuthN under a fresh alias (unregistered afterwards)."""
    manager = admin.cluster_manager()
    info = manager.register(_name("local"), [cluster.endpoint])
    yield info
    with contextlib.suppress(ErrClusterNotFound):
        manager.delete(cluster_id=info.id)


@pytest.fixture
def new_bucket(admin_ais: Client) -> Iterator[Callable[[], str]]:
    made: list[str] = []

    def make() -> str:
        name = _name("authn-bck")
        admin_ais.bucket(name).create()
        made.append(name)
        return name

    yield make
    for name in made:
        with contextlib.suppress(ErrBckNotFound):
            admin_ais.bucket(name).delete()


@pytest.fixture
def cleanup(admin: AuthNClient) -> Iterator[tuple[list[str], list[str]]]:
    """Users and roles to delete after the test: (users, roles)."""
    users: list[str] = []
    roles: list[str] = []
    yield users, roles
    for user in users:
        admin.user_manager().delete(user, missing_ok=True)
    for role in roles:
        admin.role_manager().delete(role, missing_ok=True)


# ---- login and the cluster's view of tokens ----------------------------------------------------
def test_admin_login_returns_jwt(cluster: LocalCluster) -> None:
    assert cluster.authn_endpoint is not None
    with AuthNClient(cluster.authn_endpoint) as authn:
        token = authn.login(*cluster.admin_credentials)
        assert token.count(".") == 2
        claims = _claims(token)
        assert claims["sub"] == "admin"
        assert claims["admin"] is True
        assert authn.client.token == token


def test_login_expires_in(cluster: LocalCluster) -> None:
    assert cluster.authn_endpoint is not None
    with AuthNClient(cluster.authn_endpoint) as authn:
        claims = _claims(authn.login(*cluster.admin_credentials, expires_in=120))
        assert 115 <= claims["exp"] - claims["iat"] <= 125


def test_login_expires_in_below_a_minute(cluster: LocalCluster) -> None:
    assert cluster.authn_endpoint is not None
    with AuthNClient(cluster.authn_endpoint) as authn:
        with pytest.raises(AuthNError) as info:
            authn.login(*cluster.admin_credentials, expires_in=30)
        assert info.value.status_code == 400
        assert info.value.message
        assert authn.client.token is None


def test_login_wrong_password(cluster: LocalCluster) -> None:
    assert cluster.authn_endpoint is not None
    with AuthNClient(cluster.authn_endpoint) as authn:
        with pytest.raises(ErrUserInvalidCredentials) as info:
            authn.login(cluster.admin_credentials[0], "not-the-password")
        assert info.value.status_code == 401
        assert "invalid credentials" in info.value.message
        with pytest.raises(ValueError, match="empty"):
            authn.login("admin", "   ")


def test_no_token_is_refused(cluster: LocalCluster, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AIS_AUTHN_TOKEN", raising=False)
    with Client(cluster.endpoint) as ais, pytest.raises(AISError) as info:
        ais.cluster().list_buckets()
    assert info.value.status_code == 401
    assert "token required" in info.value.message


def test_admin_token_lists_buckets(admin_ais: Client, new_bucket: Callable[[], str]) -> None:
    name = new_bucket()
    assert name in {b.name for b in admin_ais.cluster().list_buckets()}


# ---- clusters ----------------------------------------------------------------------------------
def test_cluster_lifecycle(
    cluster: LocalCluster, admin: AuthNClient, admin_ais: Client, registered: ClusterInfo
) -> None:
    manager = admin.cluster_manager()
    assert registered.id == admin_ais.cluster().get_uuid()
    assert registered.urls == [cluster.endpoint]
    alias = registered.alias
    assert alias

    listed = manager.list()
    assert isinstance(listed, ClusterList)
    assert listed.clusters[registered.id].alias == alias
    assert manager.get(cluster_id=registered.id) == registered
    assert manager.get(cluster_alias=alias) == registered

    with pytest.raises(ErrClusterAlreadyRegistered):
        manager.register(alias, [cluster.endpoint])

    new_alias = _name("renamed")
    updated = manager.update(registered.id, cluster_alias=new_alias)
    assert updated.alias == new_alias
    assert updated.urls == [cluster.endpoint]  # left as they were
    other_url = cluster.endpoint.replace("localhost", "127.0.0.1")
    updated = manager.update(registered.id, urls=[other_url, cluster.endpoint])
    assert updated.urls == [other_url, cluster.endpoint]
    assert updated.alias == new_alias

    manager.delete(cluster_alias=new_alias)
    with pytest.raises(ErrClusterNotFound):
        manager.get(cluster_id=registered.id)
    assert registered.id not in manager.list().clusters


# ---- roles, users, permissions -----------------------------------------------------------------
def test_read_only_user(
    cluster: LocalCluster,
    admin: AuthNClient,
    admin_ais: Client,
    registered: ClusterInfo,
    new_bucket: Callable[[], str],
    cleanup: tuple[list[str], list[str]],
) -> None:
    users, roles = cleanup
    bucket, other = new_bucket(), new_bucket()
    admin_ais.bucket(bucket).object("obj").put_content(b"hello")
    assert registered.alias is not None

    role_name = _name("ro")
    roles.append(role_name)
    role = admin.role_manager().create(
        role_name, "read-only bucket", registered.alias, READ_ONLY, bucket_name=bucket
    )
    assert isinstance(role, RoleInfo)
    assert role.name == role_name and role.desc == "read-only bucket"
    assert role.buckets is not None and len(role.buckets) == 1
    acl = role.buckets[0]
    assert acl.perm == "771"
    assert acl.bck.name == bucket
    assert acl.bck.namespace is not None and acl.bck.namespace.uuid == registered.id
    assert acl.describe() == "GET,OBJ_HEAD,BCK_HEAD,OBJ_LIST"
    assert role_name in {r.name for r in admin.role_manager().list()}
    with pytest.raises(ErrRoleAlreadyExists):
        admin.role_manager().create(role_name, "again", registered.alias, READ_ONLY, bucket)

    user_name = _name("alice")
    users.append(user_name)
    user = admin.user_manager().create(user_name, [role_name], "alice-pass")
    assert user.id == user_name
    assert [r.name for r in user.roles] == [role_name]
    assert user.password is None
    with pytest.raises(ErrUserAlreadyExists):
        admin.user_manager().create(user_name, [role_name], "alice-pass")

    assert cluster.authn_endpoint is not None
    with AuthNClient(cluster.authn_endpoint) as alice_authn:
        alice_token = alice_authn.login(user_name, "alice-pass")
    claims = _claims(alice_token)
    assert claims["sub"] == user_name and claims["admin"] is False

    with Client(cluster.endpoint, token=alice_token) as alice:
        assert alice.bucket(bucket).object("obj").get().read_all() == b"hello"
        names = [e.name for e in alice.bucket(bucket).list_objects().entries]
        assert names == ["obj"]

        with pytest.raises(AISError) as info:
            alice.bucket(bucket).object("new").put_content(b"nope")
        assert info.value.status_code == 403
        assert f"user `{user_name}` has insufficient permissions" in info.value.message

        with pytest.raises(AISError) as info:
            alice.bucket(other).list_objects()
        assert info.value.status_code == 403
        assert "granted(none)" in info.value.message

        with pytest.raises(AISError) as info:
            alice.cluster().list_buckets()
        assert info.value.status_code == 403


def test_user_update_list_delete(
    cluster: LocalCluster,
    admin: AuthNClient,
    registered: ClusterInfo,
    cleanup: tuple[list[str], list[str]],
) -> None:
    users, roles = cleanup
    assert registered.alias is not None and cluster.authn_endpoint is not None
    first, second = _name("r1"), _name("r2")
    roles += [first, second]
    admin.role_manager().create(first, "cluster read", registered.alias, [AccessAttr.SHOW_CLUSTER])
    admin.role_manager().create(second, "list buckets", registered.alias, [AccessAttr.LIST_BUCKETS])

    manager = admin.user_manager()
    name = _name("bob")
    users.append(name)
    with pytest.raises(ErrRoleNotFound):
        manager.create(name, [_name("no-such-role")], "bob-pass")
    with pytest.raises(ErrUserNotFound):
        manager.get(name)

    manager.create(name, [first], "bob-pass")
    listed = manager.list()
    assert isinstance(listed, UsersList)
    assert name in listed and listed[name].id == name
    assert name in {u.id for u in listed}
    # 2.x: UserMap (iterates IDs), and UsersList's root/items
    assert listed.root[name].id == name and dict(listed.items())[name].id == name
    as_map = UserMap(listed.root)
    assert name in list(as_map) and as_map[name].id == name and len(as_map) == len(listed)
    assert dict(as_map.items()) == listed.root

    updated = manager.update(name, roles=[second])
    assert [r.name for r in updated.roles] == [second]
    updated = manager.update(name, password="bob-new-pass")
    assert [r.name for r in updated.roles] == [second]  # roles kept
    with AuthNClient(cluster.authn_endpoint) as bob:
        assert bob.login(name, "bob-new-pass")
        with pytest.raises(ErrUserInvalidCredentials):
            bob.login(name, "bob-pass")

    manager.delete(name)
    with pytest.raises(ErrUserNotFound):
        manager.delete(name)
    manager.delete(name, missing_ok=True)
    with pytest.raises(ErrUserNotFound):
        manager.get(name)


def test_role_update_delete(
    admin: AuthNClient,
    registered: ClusterInfo,
    new_bucket: Callable[[], str],
    cleanup: tuple[list[str], list[str]],
) -> None:
    _, roles = cleanup
    assert registered.alias is not None
    manager = admin.role_manager()
    bucket = new_bucket()
    name = _name("role")
    roles.append(name)
    manager.create(name, "first", registered.alias, READ_ONLY, bucket_name=bucket)

    role = manager.update(name, desc="second")
    assert role.desc == "second"
    assert role.buckets is not None and [b.perm for b in role.buckets] == ["771"]

    role = manager.update(
        name,
        cluster_alias=registered.alias,
        perms=[*READ_ONLY, AccessAttr.PUT],
        bucket_name=bucket,
    )
    assert role.buckets is not None and [b.perm for b in role.buckets] == ["775"]

    role = manager.update(name, cluster_alias=registered.alias, perms=[AccessAttr.SHOW_CLUSTER])
    assert role.clusters is not None
    assert [(c.id, c.perm) for c in role.clusters] == [(registered.id, "8192")]
    assert role.clusters[0].describe() == "SHOW_CLUSTER"

    assert isinstance(manager.list(), RolesList)
    listed_roles = manager.list()
    assert listed_roles.root == list(listed_roles) and listed_roles.root  # 2.x RootModel name
    manager.delete(name)
    with pytest.raises(ErrRoleNotFound):
        manager.get(name)
    with pytest.raises(ErrRoleNotFound):
        manager.delete(name)
    manager.delete(name, missing_ok=True)
    with pytest.raises(ValueError, match="does not exist"):
        manager.update(name, desc="gone")


def test_role_needs_registered_cluster(admin: AuthNClient) -> None:
    with pytest.raises(ErrClusterNotFound):
        admin.role_manager().create(_name("r"), "d", _name("no-such-alias"), READ_ONLY, "b")


# ---- revocation --------------------------------------------------------------------------------
def test_revoke_token(cluster: LocalCluster, admin: AuthNClient, registered: ClusterInfo) -> None:
    assert cluster.authn_endpoint is not None
    with AuthNClient(cluster.authn_endpoint) as other:
        token = other.login(*cluster.admin_credentials)
    with Client(cluster.endpoint, token=token) as ais:
        ais.cluster().list_buckets()  # accepted before
    admin.token_manager().revoke(token)
    refusal = _wait_refused(cluster.endpoint, token)
    assert "revoked" in refusal.message
    admin.token_manager().revoke(token)  # idempotent
    with pytest.raises(ValueError):
        admin.token_manager().revoke("")


def test_logout(cluster: LocalCluster, registered: ClusterInfo) -> None:
    assert cluster.authn_endpoint is not None
    with AuthNClient(cluster.authn_endpoint) as authn:
        token = authn.login(*cluster.admin_credentials)
        authn.logout()
        assert authn.client.token is None
        with pytest.raises(ValueError, match="logged in"):
            authn.logout()
    refusal = _wait_refused(cluster.endpoint, token)
    assert "revoked" in refusal.message


def test_revoke_garbage_token(admin: AuthNClient) -> None:
    with pytest.raises(AuthNError) as info:
        admin.token_manager().revoke("not.a.token")
    assert info.value.status_code == 401


def test_value_types_compare_by_value_like_the_reference(
    admin: AuthNClient, registered: ClusterInfo, cleanup: tuple[list[str], list[str]]
) -> None:
    # issue 14: a role from create/get is `in` the listing; a user is `in` the user map
    users, roles = cleanup
    role_name, user_name = _name("cmp-role"), _name("cmp-user")
    roles.append(role_name)
    role = admin.role_manager().create(role_name, "d", registered.alias, [AccessAttr.GET])
    assert role in admin.role_manager().list()
    assert admin.role_manager().get(role_name) == role

    users.append(user_name)
    user = admin.user_manager().create(user_name, [role_name], "pw")
    listed = admin.user_manager().list()
    assert user in listed
    assert listed[user_name] == user
    assert user_name in listed
    assert "no-such-user" not in listed
    assert repr(listed).startswith("UsersList(__root__={")
