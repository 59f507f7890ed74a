from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck
    from ..models.dsort_algorithm import DsortAlgorithm
    from ..models.dsort_request_spec_config import DsortRequestSpecConfig
    from ..models.list_range import ListRange


T = TypeVar("T", bound="DsortRequestSpec")


@_attrs_define
class DsortRequestSpec:
    """dsort job specification (`dsort.RequestSpec`).

    Attributes:
        input_bck (Bck): Bucket (`cmn.Bck`).
        input_format (ListRange): Object selection (`apc.ListRange`) - either a list of names or a template (prefix or
            brace range such as `shard-{000..999}.tar`).
        output_format (str): Output shard name template, e.g. `out-{00..99}.tar`.
        output_shard_size (str | Unset): e.g. `10KiB` (optional with a ranged output template).
        input_extension (str | Unset):
        output_extension (str | Unset):
        description (str | Unset):
        output_bck (Bck | Unset): Bucket (`cmn.Bck`).
        algorithm (DsortAlgorithm | Unset):
        ekm_file (str | Unset): URL of an external key map file.
        ekm_file_sep (str | Unset):
        max_mem_usage (str | Unset): e.g. `80%` or `2GiB`.
        extract_concurrency_max_limit (int | Unset):
        create_concurrency_max_limit (int | Unset):
        dsorter_type (str | Unset): `dsort_general` or `dsort_mem` - set it (v1.5.0 fails with 400 when empty).
        dry_run (bool | Unset):
        config (DsortRequestSpecConfig | Unset): Per-job overrides of the cluster `distributed_sort` config
            (`cmn.DsortConf`).
    """

    input_bck: Bck
    input_format: ListRange
    output_format: str
    output_shard_size: str | Unset = UNSET
    input_extension: str | Unset = UNSET
    output_extension: str | Unset = UNSET
    description: str | Unset = UNSET
    output_bck: Bck | Unset = UNSET
    algorithm: DsortAlgorithm | Unset = UNSET
    ekm_file: str | Unset = UNSET
    ekm_file_sep: str | Unset = UNSET
    max_mem_usage: str | Unset = UNSET
    extract_concurrency_max_limit: int | Unset = UNSET
    create_concurrency_max_limit: int | Unset = UNSET
    dsorter_type: str | Unset = UNSET
    dry_run: bool | Unset = UNSET
    config: DsortRequestSpecConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_bck = self.input_bck.to_dict()

        input_format = self.input_format.to_dict()

        output_format = self.output_format

        output_shard_size = self.output_shard_size

        input_extension = self.input_extension

        output_extension = self.output_extension

        description = self.description

        output_bck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_bck, Unset):
            output_bck = self.output_bck.to_dict()

        algorithm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.algorithm, Unset):
            algorithm = self.algorithm.to_dict()

        ekm_file = self.ekm_file

        ekm_file_sep = self.ekm_file_sep

        max_mem_usage = self.max_mem_usage

        extract_concurrency_max_limit = self.extract_concurrency_max_limit

        create_concurrency_max_limit = self.create_concurrency_max_limit

        dsorter_type = self.dsorter_type

        dry_run = self.dry_run

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_bck": input_bck,
                "input_format": input_format,
                "output_format": output_format,
            }
        )
        if output_shard_size is not UNSET:
            field_dict["output_shard_size"] = output_shard_size
        if input_extension is not UNSET:
            field_dict["input_extension"] = input_extension
        if output_extension is not UNSET:
            field_dict["output_extension"] = output_extension
        if description is not UNSET:
            field_dict["description"] = description
        if output_bck is not UNSET:
            field_dict["output_bck"] = output_bck
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm
        if ekm_file is not UNSET:
            field_dict["ekm_file"] = ekm_file
        if ekm_file_sep is not UNSET:
            field_dict["ekm_file_sep"] = ekm_file_sep
        if max_mem_usage is not UNSET:
            field_dict["max_mem_usage"] = max_mem_usage
        if extract_concurrency_max_limit is not UNSET:
            field_dict["extract_concurrency_max_limit"] = extract_concurrency_max_limit
        if create_concurrency_max_limit is not UNSET:
            field_dict["create_concurrency_max_limit"] = create_concurrency_max_limit
        if dsorter_type is not UNSET:
            field_dict["dsorter_type"] = dsorter_type
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if config is not UNSET:
            field_dict["Config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bck import Bck  # noqa: PLC0415
        from ..models.dsort_algorithm import DsortAlgorithm  # noqa: PLC0415
        from ..models.dsort_request_spec_config import DsortRequestSpecConfig  # noqa: PLC0415
        from ..models.list_range import ListRange  # noqa: PLC0415

        d = dict(src_dict)
        input_bck = Bck.from_dict(d.pop("input_bck"))

        input_format = ListRange.from_dict(d.pop("input_format"))

        output_format = d.pop("output_format")

        output_shard_size = d.pop("output_shard_size", UNSET)

        input_extension = d.pop("input_extension", UNSET)

        output_extension = d.pop("output_extension", UNSET)

        description = d.pop("description", UNSET)

        _output_bck = d.pop("output_bck", UNSET)
        output_bck: Bck | Unset
        if isinstance(_output_bck, Unset):
            output_bck = UNSET
        else:
            output_bck = Bck.from_dict(_output_bck)

        _algorithm = d.pop("algorithm", UNSET)
        algorithm: DsortAlgorithm | Unset
        if isinstance(_algorithm, Unset):
            algorithm = UNSET
        else:
            algorithm = DsortAlgorithm.from_dict(_algorithm)

        ekm_file = d.pop("ekm_file", UNSET)

        ekm_file_sep = d.pop("ekm_file_sep", UNSET)

        max_mem_usage = d.pop("max_mem_usage", UNSET)

        extract_concurrency_max_limit = d.pop("extract_concurrency_max_limit", UNSET)

        create_concurrency_max_limit = d.pop("create_concurrency_max_limit", UNSET)

        dsorter_type = d.pop("dsorter_type", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        _config = d.pop("Config", UNSET)
        config: DsortRequestSpecConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = DsortRequestSpecConfig.from_dict(_config)

        dsort_request_spec = cls(
            input_bck=input_bck,
            input_format=input_format,
            output_format=output_format,
            output_shard_size=output_shard_size,
            input_extension=input_extension,
            output_extension=output_extension,
            description=description,
            output_bck=output_bck,
            algorithm=algorithm,
            ekm_file=ekm_file,
            ekm_file_sep=ekm_file_sep,
            max_mem_usage=max_mem_usage,
            extract_concurrency_max_limit=extract_concurrency_max_limit,
            create_concurrency_max_limit=create_concurrency_max_limit,
            dsorter_type=dsorter_type,
            dry_run=dry_run,
            config=config,
        )

        dsort_request_spec.additional_properties = d
        return dsort_request_spec

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
