"""Value types of the AuthN API (1.9.2's ``aistore.sdk.authn.types``), as ``msgspec`` structs.

Wire shapes (spec/authn.yaml): a role is ``{"name", "desc", "clusters": [CluACL] | null,
"buckets": [BckACL] | null, "admin"}``; a permission ``perm`` is a decimal string; a user is
``{"id", "roles": [Role]}`` (``"pass"`` only in requests); clusters come keyed by UUID
(``{"clusters": {UUID: {"id", "alias", "urls"}}}``) and users by ID.
"""

from __future__ import annotations

import builtins
from collections.abc import ItemsView, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import msgspec

from aistore.sdk._model import JsonDict, Model
from aistore.sdk.authn.access_attr import AccessAttr, parse_perms
from aistore.sdk.const import NANOSECONDS_IN_SECOND
from aistore.sdk.types import BucketModel


def expires_in_ns(expires_in: int | float | None) -> int | None:
    """Token lifetime in seconds -> the server's nanoseconds (None stays None: server default).

    Raises:
        ValueError: not a number, or negative (0 means the server's maximum token age).
    """
    if expires_in is None:
        return None
    if isinstance(expires_in, bool) or not isinstance(expires_in, int | float):
        raise ValueError(f"expires_in must be a number of seconds, got {expires_in!r}")
    if expires_in != expires_in or expires_in < 0:  # NaN or negative
        raise ValueError(f"expires_in must be >= 0 seconds, got {expires_in!r}")
    return int(expires_in * NANOSECONDS_IN_SECOND)


class LoginMsg(Model, kw_only=True):
    """A login request: the password and an optional token lifetime in seconds."""

    password: str
    expires_in: int | float | None = None

    def as_dict(self) -> JsonDict:
        """Wire form: ``expires_in`` converted to nanoseconds, left out when not set."""
        data: JsonDict = {"password": self.password}
        ns = expires_in_ns(self.expires_in)
        if ns is not None:
            data["expires_in"] = ns
        return data


class TokenMsg(Model, kw_only=True):
    """A message carrying a token (login answer, revoke request)."""

    token: str


class ClusterInfo(Model, kw_only=True):
    """A registered cluster: UUID, alias and URLs."""

    id: str
    alias: str | None = None
    urls: list[str] = msgspec.field(default_factory=list)

    def __post_init__(self) -> None:
        if self.urls is None:  # the server may write null
            self.urls = []


class ClusterList(Model, kw_only=True):
    """Registered clusters by UUID."""

    clusters: dict[str, ClusterInfo] = msgspec.field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.clusters is None:
            self.clusters = {}


class ClusterPermission(Model, kw_only=True):
    """A cluster (UUID) with its mask (decimal string).

    The server adds the cluster's alias to a single role's answer but not to a listing; like
    1.9.2 it is not kept, so a role compares equal however it was fetched.
    """

    id: str
    perm: str

    def describe(self) -> str:
        return AccessAttr.describe(parse_perms(self.perm))

    def __str__(self) -> str:
        return f"ClusterPermission(id={self.id}, perm={self.describe()})"


class BucketPermission(Model, kw_only=True):
    """A bucket with its access mask (decimal string)."""

    bck: BucketModel
    perm: str

    def describe(self) -> str:
        return AccessAttr.describe(parse_perms(self.perm))

    def __str__(self) -> str:
        return f"BucketPermission(bck={self.bck}, perm={self.describe()})"


class RoleInfo(Model, kw_only=True):
    """A role: name, description, cluster and bucket permissions, admin flag."""

    name: str
    desc: str = ""
    clusters: list[ClusterPermission] | None = None
    buckets: list[BucketPermission] | None = None
    admin: bool = False

    def __str__(self) -> str:
        clusters = "None" if self.clusters is None else ", ".join(str(c) for c in self.clusters)
        buckets = "None" if self.buckets is None else ", ".join(str(b) for b in self.buckets)
        return (
            f"RoleInfo(name={self.name}, desc={self.desc}, "
            f"clusters=[{clusters}], buckets=[{buckets}], admin={self.admin})"
        )


class RolesList(list[RoleInfo]):
    """A list of roles (1.9.2's ``__root__`` model: iterate, index, ``len``, ``.roles``)."""

    def __init__(self, roles: Iterable[RoleInfo] | None = None) -> None:
        super().__init__(roles or ())

    @property
    def roles(self) -> list[RoleInfo]:
        return list(self)

    @property
    def __root__(self) -> list[RoleInfo]:
        return list(self)

    @property
    def root(self) -> list[RoleInfo]:
        """The roles as a list (2.x's pydantic ``RootModel`` name)."""
        return list(self)

    def dict(self) -> list[JsonDict]:
        return [role.dict() for role in self]

    def __repr__(self) -> str:
        return f"RolesList(__root__={list(self)!r})"

    def __str__(self) -> str:
        return "\n".join(str(role) for role in self)


class UserInfo(Model, kw_only=True):
    """A user: ID, roles, and (in requests only) a password, sent as ``pass``."""

    id: str
    password: str | None = msgspec.field(default=None, name="pass")
    if TYPE_CHECKING:
        roles: list[RoleInfo] = msgspec.field(default_factory=list)
    else:  # the server writes null for a user without roles; __post_init__ makes it a RolesList
        roles: list[RoleInfo] | None = msgspec.field(default_factory=list)

    def __post_init__(self) -> None:
        # decoded as a list (or null); always exposed as a RolesList, like 1.9.2
        self.roles = RolesList(self.roles or ())

    def dict(self) -> JsonDict:
        """Like 1.9.2: the password as ``pass``, left out when not set."""
        data: JsonDict = {"id": self.id, "roles": [role.dict() for role in self.roles]}
        if self.password is not None:
            data["pass"] = self.password
        return data


class UsersList:
    """Users by ID (1.9.2's ``__root__`` model: iterating yields the users)."""

    def __init__(self, users: dict[str, UserInfo] | None = None) -> None:
        self._users: dict[str, UserInfo] = dict(users or {})

    @classmethod
    def parse_raw(cls, data: str | bytes) -> UsersList:
        decoded = msgspec.json.decode(data, type=dict[str, UserInfo] | None, strict=False)
        return cls(decoded)

    @property
    def users(self) -> dict[str, UserInfo]:
        return self._users

    @property
    def __root__(self) -> dict[str, UserInfo]:
        return self._users

    def __iter__(self) -> Iterator[UserInfo]:
        return iter(self._users.values())

    def __getitem__(self, item: str) -> UserInfo:
        return self._users[item]

    def __contains__(self, item: object) -> bool:
        # a UserInfo: by value over the users, as in 1.9.2; a user ID: whether it is listed
        # (1.9.2 answers False for any string, since it compares strings with users)
        if isinstance(item, str):
            return item in self._users
        return any(user == item for user in self._users.values())

    def __len__(self) -> int:
        return len(self._users)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UsersList) and other._users == self._users

    __hash__ = None  # type: ignore[assignment]

    def dict(self) -> dict[str, Any]:
        return {uid: user.dict() for uid, user in self._users.items()}

    def __repr__(self) -> str:
        return f"UsersList(__root__={self._users!r})"

    def __str__(self) -> str:
        return "\n".join(str(user) for user in self._users)

    @property
    def root(self) -> builtins.dict[str, UserInfo]:
        """Users by ID (2.x's ``UserMap.root``)."""
        return self._users

    def items(self) -> ItemsView[str, UserInfo]:
        """(user ID, UserInfo) pairs (2.x's ``UserMap.items``)."""
        return self._users.items()


class UserMap:
    """Users by ID (2.x): iterating yields the IDs, as a dict does.

    `UserManager.list()` keeps 1.9.2's `UsersList` (iterating yields the users); it has
    `root` and `items()` too. `UserMap(users_list.root)` gives 2.x's behaviour.
    """

    def __init__(self, root: builtins.dict[str, UserInfo] | None = None) -> None:
        self._root: builtins.dict[str, UserInfo] = dict(root or {})

    @property
    def root(self) -> builtins.dict[str, UserInfo]:
        """Users by ID."""
        return self._root

    @classmethod
    def parse_raw(cls, data: str | bytes) -> UserMap:
        decoded = msgspec.json.decode(data, type=dict[str, UserInfo] | None, strict=False)
        return cls(decoded)

    def items(self) -> ItemsView[str, UserInfo]:
        return self.root.items()

    def __iter__(self) -> Iterator[str]:
        return iter(self.root)

    def __getitem__(self, item: str) -> UserInfo:
        return self.root[item]

    def __len__(self) -> int:
        return len(self.root)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UserMap) and other.root == self.root

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"UserMap(root={self.root!r})"

    def __str__(self) -> str:
        return "\n".join(str(user) for user in self.root.values())
