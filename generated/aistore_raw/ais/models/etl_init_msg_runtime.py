from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.etl_init_msg_runtime_env_item import ETLInitMsgRuntimeEnvItem


T = TypeVar("T", bound="ETLInitMsgRuntime")


@_attrs_define
class ETLInitMsgRuntime:
    """
    Attributes:
        image (str | Unset):
        command (list[str] | Unset):
        env (list[ETLInitMsgRuntimeEnvItem] | Unset):
    """

    image: str | Unset = UNSET
    command: list[str] | Unset = UNSET
    env: list[ETLInitMsgRuntimeEnvItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        command: list[str] | Unset = UNSET
        if not isinstance(self.command, Unset):
            command = self.command

        env: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = []
            for env_item_data in self.env:
                env_item = env_item_data.to_dict()
                env.append(env_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if command is not UNSET:
            field_dict["command"] = command
        if env is not UNSET:
            field_dict["env"] = env

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.etl_init_msg_runtime_env_item import ETLInitMsgRuntimeEnvItem  # noqa: PLC0415

        d = dict(src_dict)
        image = d.pop("image", UNSET)

        command = cast(list[str], d.pop("command", UNSET))

        _env = d.pop("env", UNSET)
        env: list[ETLInitMsgRuntimeEnvItem] | Unset = UNSET
        if _env is not UNSET:
            env = []
            for env_item_data in _env:
                env_item = ETLInitMsgRuntimeEnvItem.from_dict(env_item_data)

                env.append(env_item)

        etl_init_msg_runtime = cls(
            image=image,
            command=command,
            env=env,
        )

        etl_init_msg_runtime.additional_properties = d
        return etl_init_msg_runtime

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
