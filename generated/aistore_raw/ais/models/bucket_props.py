from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bck import Bck
    from ..models.chunks_conf import ChunksConf
    from ..models.cksum_conf import CksumConf
    from ..models.ec_conf import ECConf
    from ..models.extra_props import ExtraProps
    from ..models.lru_conf import LRUConf
    from ..models.mirror_conf import MirrorConf
    from ..models.rate_limit_conf import RateLimitConf
    from ..models.version_conf import VersionConf
    from ..models.write_policy_conf import WritePolicyConf


T = TypeVar("T", bound="BucketProps")


@_attrs_define
class BucketProps:
    """Bucket properties (`cmn.Bprops`), as in the `ais-bucket-props` header of HEAD bucket.

    Attributes:
        backend_bck (Bck | Unset): Bucket (`cmn.Bck`).
        write_policy (WritePolicyConf | Unset):
        provider (str | Unset):
        checksum (CksumConf | Unset):
        extra (ExtraProps | Unset): Provider-specific bucket properties.
        rate_limit (RateLimitConf | Unset):
        ec (ECConf | Unset):
        chunks (ChunksConf | Unset):
        mirror (MirrorConf | Unset):
        lru (LRUConf | Unset):
        access (str | Unset): Access permission bits (uint64 as a decimal STRING).
        features (str | Unset): Bucket feature flags (uint64 as a decimal STRING).
        bid (str | Unset): Bucket ID (uint64 as a decimal string).
        created (str | Unset): Creation time, Unix nanoseconds (int64 as a decimal string).
        versioning (VersionConf | Unset):
    """

    backend_bck: Bck | Unset = UNSET
    write_policy: WritePolicyConf | Unset = UNSET
    provider: str | Unset = UNSET
    checksum: CksumConf | Unset = UNSET
    extra: ExtraProps | Unset = UNSET
    rate_limit: RateLimitConf | Unset = UNSET
    ec: ECConf | Unset = UNSET
    chunks: ChunksConf | Unset = UNSET
    mirror: MirrorConf | Unset = UNSET
    lru: LRUConf | Unset = UNSET
    access: str | Unset = UNSET
    features: str | Unset = UNSET
    bid: str | Unset = UNSET
    created: str | Unset = UNSET
    versioning: VersionConf | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        backend_bck: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backend_bck, Unset):
            backend_bck = self.backend_bck.to_dict()

        write_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write_policy, Unset):
            write_policy = self.write_policy.to_dict()

        provider = self.provider

        checksum: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checksum, Unset):
            checksum = self.checksum.to_dict()

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict()

        rate_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rate_limit, Unset):
            rate_limit = self.rate_limit.to_dict()

        ec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ec, Unset):
            ec = self.ec.to_dict()

        chunks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chunks, Unset):
            chunks = self.chunks.to_dict()

        mirror: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mirror, Unset):
            mirror = self.mirror.to_dict()

        lru: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lru, Unset):
            lru = self.lru.to_dict()

        access = self.access

        features = self.features

        bid = self.bid

        created = self.created

        versioning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.versioning, Unset):
            versioning = self.versioning.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if backend_bck is not UNSET:
            field_dict["backend_bck"] = backend_bck
        if write_policy is not UNSET:
            field_dict["write_policy"] = write_policy
        if provider is not UNSET:
            field_dict["provider"] = provider
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if extra is not UNSET:
            field_dict["extra"] = extra
        if rate_limit is not UNSET:
            field_dict["rate_limit"] = rate_limit
        if ec is not UNSET:
            field_dict["ec"] = ec
        if chunks is not UNSET:
            field_dict["chunks"] = chunks
        if mirror is not UNSET:
            field_dict["mirror"] = mirror
        if lru is not UNSET:
            field_dict["lru"] = lru
        if access is not UNSET:
            field_dict["access"] = access
        if features is not UNSET:
            field_dict["features"] = features
        if bid is not UNSET:
            field_dict["bid"] = bid
        if created is not UNSET:
            field_dict["created"] = created
        if versioning is not UNSET:
            field_dict["versioning"] = versioning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bck import Bck  # noqa: PLC0415
        from ..models.chunks_conf import ChunksConf  # noqa: PLC0415
        from ..models.cksum_conf import CksumConf  # noqa: PLC0415
        from ..models.ec_conf import ECConf  # noqa: PLC0415
        from ..models.extra_props import ExtraProps  # noqa: PLC0415
        from ..models.lru_conf import LRUConf  # noqa: PLC0415
        from ..models.mirror_conf import MirrorConf  # noqa: PLC0415
        from ..models.rate_limit_conf import RateLimitConf  # noqa: PLC0415
        from ..models.version_conf import VersionConf  # noqa: PLC0415
        from ..models.write_policy_conf import WritePolicyConf  # noqa: PLC0415

        d = dict(src_dict)
        _backend_bck = d.pop("backend_bck", UNSET)
        backend_bck: Bck | Unset
        if isinstance(_backend_bck, Unset):
            backend_bck = UNSET
        else:
            backend_bck = Bck.from_dict(_backend_bck)

        _write_policy = d.pop("write_policy", UNSET)
        write_policy: WritePolicyConf | Unset
        if isinstance(_write_policy, Unset):
            write_policy = UNSET
        else:
            write_policy = WritePolicyConf.from_dict(_write_policy)

        provider = d.pop("provider", UNSET)

        _checksum = d.pop("checksum", UNSET)
        checksum: CksumConf | Unset
        if isinstance(_checksum, Unset):
            checksum = UNSET
        else:
            checksum = CksumConf.from_dict(_checksum)

        _extra = d.pop("extra", UNSET)
        extra: ExtraProps | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = ExtraProps.from_dict(_extra)

        _rate_limit = d.pop("rate_limit", UNSET)
        rate_limit: RateLimitConf | Unset
        if isinstance(_rate_limit, Unset):
            rate_limit = UNSET
        else:
            rate_limit = RateLimitConf.from_dict(_rate_limit)

        _ec = d.pop("ec", UNSET)
        ec: ECConf | Unset
        if isinstance(_ec, Unset):
            ec = UNSET
        else:
            ec = ECConf.from_dict(_ec)

        _chunks = d.pop("chunks", UNSET)
        chunks: ChunksConf | Unset
        if isinstance(_chunks, Unset):
            chunks = UNSET
        else:
            chunks = ChunksConf.from_dict(_chunks)

        _mirror = d.pop("mirror", UNSET)
        mirror: MirrorConf | Unset
        if isinstance(_mirror, Unset):
            mirror = UNSET
        else:
            mirror = MirrorConf.from_dict(_mirror)

        _lru = d.pop("lru", UNSET)
        lru: LRUConf | Unset
        if isinstance(_lru, Unset):
            lru = UNSET
        else:
            lru = LRUConf.from_dict(_lru)

        access = d.pop("access", UNSET)

        features = d.pop("features", UNSET)

        bid = d.pop("bid", UNSET)

        created = d.pop("created", UNSET)

        _versioning = d.pop("versioning", UNSET)
        versioning: VersionConf | Unset
        if isinstance(_versioning, Unset):
            versioning = UNSET
        else:
            versioning = VersionConf.from_dict(_versioning)

        bucket_props = cls(
            backend_bck=backend_bck,
            write_policy=write_policy,
            provider=provider,
            checksum=checksum,
            extra=extra,
            rate_limit=rate_limit,
            ec=ec,
            chunks=chunks,
            mirror=mirror,
            lru=lru,
            access=access,
            features=features,
            bid=bid,
            created=created,
            versioning=versioning,
        )

        bucket_props.additional_properties = d
        return bucket_props

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
