from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck
    from ..models.tco_msg_ext import TCOMsgExt


T = TypeVar("T", bound="TCOMsg")


@_attrs_define
class TCOMsg:
    """Value of `copy-listrange` / `etl-listrange` (`cmn.TCOMsg`): selection + `TCBMsg` + destination bucket.

    Attributes:
        tobck (Bck): Bucket (`cmn.Bck`).
        template (str | Unset):
        objnames (list[str] | Unset):
        ext (TCOMsgExt | Unset):
        prepend (str | Unset):
        prefix (str | Unset):
        dry_run (bool | Unset):
        force (bool | Unset):
        latest_ver (bool | Unset):
        synchronize (bool | Unset):
        non_recurs (bool | Unset):
        id (str | Unset): ETL name (`etl-listrange`).
        pipeline (list[str] | Unset):
        request_timeout (str | Unset):
        num_workers (int | Unset):
        coer (bool | Unset):
        txn_uuid (str | Unset): Internal (client transaction ID); leave empty.
    """

    tobck: Bck
    template: str | Unset = UNSET
    objnames: list[str] | Unset = UNSET
    ext: TCOMsgExt | Unset = UNSET
    prepend: str | Unset = UNSET
    prefix: str | Unset = UNSET
    dry_run: bool | Unset = UNSET
    force: bool | Unset = UNSET
    latest_ver: bool | Unset = UNSET
    synchronize: bool | Unset = UNSET
    non_recurs: bool | Unset = UNSET
    id: str | Unset = UNSET
    pipeline: list[str] | Unset = UNSET
    request_timeout: str | Unset = UNSET
    num_workers: int | Unset = UNSET
    coer: bool | Unset = UNSET
    txn_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tobck = self.tobck.to_dict()

        template = self.template

        objnames: list[str] | Unset = UNSET
        if not isinstance(self.objnames, Unset):
            objnames = self.objnames

        ext: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ext, Unset):
            ext = self.ext.to_dict()

        prepend = self.prepend

        prefix = self.prefix

        dry_run = self.dry_run

        force = self.force

        latest_ver = self.latest_ver

        synchronize = self.synchronize

        non_recurs = self.non_recurs

        id = self.id

        pipeline: list[str] | Unset = UNSET
        if not isinstance(self.pipeline, Unset):
            pipeline = self.pipeline

        request_timeout = self.request_timeout

        num_workers = self.num_workers

        coer = self.coer

        txn_uuid = self.txn_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tobck": tobck,
            }
        )
        if template is not UNSET:
            field_dict["template"] = template
        if objnames is not UNSET:
            field_dict["objnames"] = objnames
        if ext is not UNSET:
            field_dict["ext"] = ext
        if prepend is not UNSET:
            field_dict["prepend"] = prepend
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if force is not UNSET:
            field_dict["force"] = force
        if latest_ver is not UNSET:
            field_dict["latest-ver"] = latest_ver
        if synchronize is not UNSET:
            field_dict["synchronize"] = synchronize
        if non_recurs is not UNSET:
            field_dict["non-recurs"] = non_recurs
        if id is not UNSET:
            field_dict["id"] = id
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline
        if request_timeout is not UNSET:
            field_dict["request_timeout"] = request_timeout
        if num_workers is not UNSET:
            field_dict["num-workers"] = num_workers
        if coer is not UNSET:
            field_dict["coer"] = coer
        if txn_uuid is not UNSET:
            field_dict["TxnUUID"] = txn_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bck import Bck  # noqa: PLC0415
        from ..models.tco_msg_ext import TCOMsgExt  # noqa: PLC0415

        d = dict(src_dict)
        tobck = Bck.from_dict(d.pop("tobck"))

        template = d.pop("template", UNSET)

        objnames = cast(list[str], d.pop("objnames", UNSET))

        _ext = d.pop("ext", UNSET)
        ext: TCOMsgExt | Unset
        if isinstance(_ext, Unset):
            ext = UNSET
        else:
            ext = TCOMsgExt.from_dict(_ext)

        prepend = d.pop("prepend", UNSET)

        prefix = d.pop("prefix", UNSET)

        dry_run = d.pop("dry_run", UNSET)

        force = d.pop("force", UNSET)

        latest_ver = d.pop("latest-ver", UNSET)

        synchronize = d.pop("synchronize", UNSET)

        non_recurs = d.pop("non-recurs", UNSET)

        id = d.pop("id", UNSET)

        pipeline = cast(list[str], d.pop("pipeline", UNSET))

        request_timeout = d.pop("request_timeout", UNSET)

        num_workers = d.pop("num-workers", UNSET)

        coer = d.pop("coer", UNSET)

        txn_uuid = d.pop("TxnUUID", UNSET)

        tco_msg = cls(
            tobck=tobck,
            template=template,
            objnames=objnames,
            ext=ext,
            prepend=prepend,
            prefix=prefix,
            dry_run=dry_run,
            force=force,
            latest_ver=latest_ver,
            synchronize=synchronize,
            non_recurs=non_recurs,
            id=id,
            pipeline=pipeline,
            request_timeout=request_timeout,
            num_workers=num_workers,
            coer=coer,
            txn_uuid=txn_uuid,
        )

        tco_msg.additional_properties = d
        return tco_msg

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
