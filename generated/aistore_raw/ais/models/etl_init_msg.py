from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.etl_init_msg_env_item import ETLInitMsgEnvItem
    from ..models.etl_init_msg_resources import ETLInitMsgResources
    from ..models.etl_init_msg_runtime import ETLInitMsgRuntime


T = TypeVar("T", bound="ETLInitMsg")


@_attrs_define
class ETLInitMsg:
    """ETL init message. v1.5.0 accepts `ETLSpecMsg` (`runtime`) or, deprecated, `InitSpecMsg` (`spec`: base64
    pod YAML). The older code-based init (`code`, `funcs`, `dependencies`) of SDK 1.9.2 is NOT in v1.5.0.

        Attributes:
            name (str): 6-32 characters of `[a-z0-9-]`.
            communication (str | Unset): `hpush://`, `hpull://` or `ws://`.
            env (list[ETLInitMsgEnvItem] | Unset):
            init_timeout (str | Unset): Duration, e.g. `45s`.
            obj_timeout (str | Unset): Duration, e.g. `10s`.
            support_direct_put (bool | Unset):
            runtime (ETLInitMsgRuntime | Unset):
            resources (ETLInitMsgResources | Unset):
            spec (str | Unset): Base64-encoded Kubernetes pod spec (deprecated form).
    """

    name: str
    communication: str | Unset = UNSET
    env: list[ETLInitMsgEnvItem] | Unset = UNSET
    init_timeout: str | Unset = UNSET
    obj_timeout: str | Unset = UNSET
    support_direct_put: bool | Unset = UNSET
    runtime: ETLInitMsgRuntime | Unset = UNSET
    resources: ETLInitMsgResources | Unset = UNSET
    spec: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        communication = self.communication

        env: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = []
            for env_item_data in self.env:
                env_item = env_item_data.to_dict()
                env.append(env_item)

        init_timeout = self.init_timeout

        obj_timeout = self.obj_timeout

        support_direct_put = self.support_direct_put

        runtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime, Unset):
            runtime = self.runtime.to_dict()

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        spec = self.spec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if communication is not UNSET:
            field_dict["communication"] = communication
        if env is not UNSET:
            field_dict["env"] = env
        if init_timeout is not UNSET:
            field_dict["init_timeout"] = init_timeout
        if obj_timeout is not UNSET:
            field_dict["obj_timeout"] = obj_timeout
        if support_direct_put is not UNSET:
            field_dict["support_direct_put"] = support_direct_put
        if runtime is not UNSET:
            field_dict["runtime"] = runtime
        if resources is not UNSET:
            field_dict["resources"] = resources
        if spec is not UNSET:
            field_dict["spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.etl_init_msg_env_item import ETLInitMsgEnvItem  # noqa: PLC0415
        from ..models.etl_init_msg_resources import ETLInitMsgResources  # noqa: PLC0415
        from ..models.etl_init_msg_runtime import ETLInitMsgRuntime  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        communication = d.pop("communication", UNSET)

        _env = d.pop("env", UNSET)
        env: list[ETLInitMsgEnvItem] | Unset = UNSET
        if _env is not UNSET:
            env = []
            for env_item_data in _env:
                env_item = ETLInitMsgEnvItem.from_dict(env_item_data)

                env.append(env_item)

        init_timeout = d.pop("init_timeout", UNSET)

        obj_timeout = d.pop("obj_timeout", UNSET)

        support_direct_put = d.pop("support_direct_put", UNSET)

        _runtime = d.pop("runtime", UNSET)
        runtime: ETLInitMsgRuntime | Unset
        if isinstance(_runtime, Unset):
            runtime = UNSET
        else:
            runtime = ETLInitMsgRuntime.from_dict(_runtime)

        _resources = d.pop("resources", UNSET)
        resources: ETLInitMsgResources | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = ETLInitMsgResources.from_dict(_resources)

        spec = d.pop("spec", UNSET)

        etl_init_msg = cls(
            name=name,
            communication=communication,
            env=env,
            init_timeout=init_timeout,
            obj_timeout=obj_timeout,
            support_direct_put=support_direct_put,
            runtime=runtime,
            resources=resources,
            spec=spec,
        )

        etl_init_msg.additional_properties = d
        return etl_init_msg

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
