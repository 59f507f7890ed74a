from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OIDCConfiguration")


@_attrs_define
class OIDCConfiguration:
    """
    Attributes:
        issuer (str | Unset):
        token_endpoint (str | Unset):
        userinfo_endpoint (str | Unset):
        jwks_uri (str | Unset):
        id_token_signing_alg_values_supported (list[str] | Unset):
    """

    issuer: str | Unset = UNSET
    token_endpoint: str | Unset = UNSET
    userinfo_endpoint: str | Unset = UNSET
    jwks_uri: str | Unset = UNSET
    id_token_signing_alg_values_supported: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        token_endpoint = self.token_endpoint

        userinfo_endpoint = self.userinfo_endpoint

        jwks_uri = self.jwks_uri

        id_token_signing_alg_values_supported: list[str] | Unset = UNSET
        if not isinstance(self.id_token_signing_alg_values_supported, Unset):
            id_token_signing_alg_values_supported = self.id_token_signing_alg_values_supported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if token_endpoint is not UNSET:
            field_dict["token_endpoint"] = token_endpoint
        if userinfo_endpoint is not UNSET:
            field_dict["userinfo_endpoint"] = userinfo_endpoint
        if jwks_uri is not UNSET:
            field_dict["jwks_uri"] = jwks_uri
        if id_token_signing_alg_values_supported is not UNSET:
            field_dict["id_token_signing_alg_values_supported"] = (
                id_token_signing_alg_values_supported
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issuer = d.pop("issuer", UNSET)

        token_endpoint = d.pop("token_endpoint", UNSET)

        userinfo_endpoint = d.pop("userinfo_endpoint", UNSET)

        jwks_uri = d.pop("jwks_uri", UNSET)

        id_token_signing_alg_values_supported = cast(
            list[str], d.pop("id_token_signing_alg_values_supported", UNSET)
        )

        oidc_configuration = cls(
            issuer=issuer,
            token_endpoint=token_endpoint,
            userinfo_endpoint=userinfo_endpoint,
            jwks_uri=jwks_uri,
            id_token_signing_alg_values_supported=id_token_signing_alg_values_supported,
        )

        oidc_configuration.additional_properties = d
        return oidc_configuration

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
