from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_conf_db import ServerConfDb
    from ..models.server_conf_signing_key import ServerConfSigningKey


T = TypeVar("T", bound="ServerConf")


@_attrs_define
class ServerConf:
    """
    Attributes:
        secret (str | Unset):
        expiration_time (str | Unset): Go duration string, e.g. "24h0m0s", "30s".
        max_token_age (str | Unset): Go duration string, e.g. "24h0m0s", "30s".
        public_key (None | str | Unset):
        rsa_key_bits (int | Unset):
        signing_key (ServerConfSigningKey | Unset):
        db (ServerConfDb | Unset):
    """

    secret: str | Unset = UNSET
    expiration_time: str | Unset = UNSET
    max_token_age: str | Unset = UNSET
    public_key: None | str | Unset = UNSET
    rsa_key_bits: int | Unset = UNSET
    signing_key: ServerConfSigningKey | Unset = UNSET
    db: ServerConfDb | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secret = self.secret

        expiration_time = self.expiration_time

        max_token_age = self.max_token_age

        public_key: None | str | Unset
        if isinstance(self.public_key, Unset):
            public_key = UNSET
        else:
            public_key = self.public_key

        rsa_key_bits = self.rsa_key_bits

        signing_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signing_key, Unset):
            signing_key = self.signing_key.to_dict()

        db: dict[str, Any] | Unset = UNSET
        if not isinstance(self.db, Unset):
            db = self.db.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secret is not UNSET:
            field_dict["secret"] = secret
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if max_token_age is not UNSET:
            field_dict["max_token_age"] = max_token_age
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if rsa_key_bits is not UNSET:
            field_dict["rsa_key_bits"] = rsa_key_bits
        if signing_key is not UNSET:
            field_dict["signing_key"] = signing_key
        if db is not UNSET:
            field_dict["db"] = db

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_conf_db import ServerConfDb  # noqa: PLC0415
        from ..models.server_conf_signing_key import ServerConfSigningKey  # noqa: PLC0415

        d = dict(src_dict)
        secret = d.pop("secret", UNSET)

        expiration_time = d.pop("expiration_time", UNSET)

        max_token_age = d.pop("max_token_age", UNSET)

        def _parse_public_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_key = _parse_public_key(d.pop("public_key", UNSET))

        rsa_key_bits = d.pop("rsa_key_bits", UNSET)

        _signing_key = d.pop("signing_key", UNSET)
        signing_key: ServerConfSigningKey | Unset
        if isinstance(_signing_key, Unset):
            signing_key = UNSET
        else:
            signing_key = ServerConfSigningKey.from_dict(_signing_key)

        _db = d.pop("db", UNSET)
        db: ServerConfDb | Unset
        if isinstance(_db, Unset):
            db = UNSET
        else:
            db = ServerConfDb.from_dict(_db)

        server_conf = cls(
            secret=secret,
            expiration_time=expiration_time,
            max_token_age=max_token_age,
            public_key=public_key,
            rsa_key_bits=rsa_key_bits,
            signing_key=signing_key,
            db=db,
        )

        server_conf.additional_properties = d
        return server_conf

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
