"""Public value types, at 1.9.2's module path: ``from aistore.sdk.types import X``.

One module per job; every public name is re-exported here and its ``__module__`` is this
package, so reprs, pickles and documentation name ``aistore.sdk.types.X`` whichever file holds it:

* ``_messages``: request messages the client sends (``ListObjectsMsg``, ``CopyBckMsg``, ...);
* ``_responses``: what the cluster answers (``Smap``, ``JobSnapshot``, ``NodeStats``, ...);
* ``_listing``: the listing hot path (``BucketEntry``, ``BucketList``);
* ``_performance``: figures computed from node statistics (``ClusterPerformance``, ...).

Field names (the Python attributes) are those of the reference 1.9.2 SDK. The modules do not
postpone annotations (no ``from __future__ import annotations``): msgspec resolves a string
annotation in the namespace of the class's ``__module__``, which is this package.
"""

from aistore.sdk._model import JsonDict as JsonDict
from aistore.sdk._model import Model as Model
from aistore.sdk.list_object_flag import ListObjectFlag as ListObjectFlag
from aistore.sdk.namespace import Namespace
from aistore.sdk.types._listing import BucketEntry, BucketList
from aistore.sdk.types._messages import (
    ActionMsg,
    ArchiveMultiObj,
    BlobMsg,
    BsummCtrlMsg,
    BucketModel,
    CopyBckMsg,
    CreateNBIMsg,
    EnvVar,
    ETLRuntimeSpec,
    ETLSpecMsg,
    InitCodeETLArgs,
    InitETLArgs,
    InitSpecETLArgs,
    JobArgs,
    JobQuery,
    ListObjectsMsg,
    MptCompletedPart,
    PrefetchMsg,
    PromoteAPIArgs,
    TCBckMsg,
    TCMultiObj,
    TransformBckMsg,
)
from aistore.sdk.types._performance import (
    ClusterPerformance,
    NodeCounter,
    NodeLatency,
    NodeThroughput,
)
from aistore.sdk.types._performance import naturalsize as naturalsize
from aistore.sdk.types._responses import GO_ZERO_TIME as GO_ZERO_TIME
from aistore.sdk.types._responses import (
    AggregatedJobSnap,
    DiskInfo,
    DiskInfoV322,
    ETLDetails,
    ETLInfo,
    ETLInitMsg,
    ETLNodeLogs,
    ETLObjError,
    JobSnap,
    JobSnapshot,
    JobStats,
    JobStatus,
    NBIInfo,
    NetInfo,
    NodeCapacity,
    NodeCapacityV322,
    NodeStats,
    NodeStatsV322,
    NodeTracker,
    Smap,
    Snode,
)

__all__ = [
    "ActionMsg",
    "AggregatedJobSnap",
    "ArchiveMultiObj",
    "BlobMsg",
    "BsummCtrlMsg",
    "BucketEntry",
    "BucketList",
    "BucketModel",
    "ClusterPerformance",
    "CopyBckMsg",
    "CreateNBIMsg",
    "DiskInfo",
    "DiskInfoV322",
    "ETLDetails",
    "ETLInfo",
    "ETLInitMsg",
    "ETLNodeLogs",
    "ETLObjError",
    "ETLRuntimeSpec",
    "ETLSpecMsg",
    "EnvVar",
    "InitCodeETLArgs",
    "InitETLArgs",
    "InitSpecETLArgs",
    "JobArgs",
    "JobQuery",
    "JobSnap",
    "JobSnapshot",
    "JobStats",
    "JobStatus",
    "ListObjectsMsg",
    "MptCompletedPart",
    "NBIInfo",
    "Namespace",
    "NetInfo",
    "NodeCapacity",
    "NodeCapacityV322",
    "NodeCounter",
    "NodeLatency",
    "NodeStats",
    "NodeStatsV322",
    "NodeThroughput",
    "NodeTracker",
    "PrefetchMsg",
    "PromoteAPIArgs",
    "Smap",
    "Snode",
    "TCBckMsg",
    "TCMultiObj",
    "TransformBckMsg",
]

# the public home of every type and function defined in this package's modules
for _name, _value in list(globals().items()):
    if getattr(_value, "__module__", "").startswith(__name__ + "._"):
        _value.__module__ = __name__
del _name, _value
# also importable here as from the single module this package replaced (not in __all__, as
# before): JsonDict, Model, ListObjectFlag, naturalsize
