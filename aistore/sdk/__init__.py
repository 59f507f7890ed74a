"""Public AIStore SDK (module paths follow the reference ``aistore`` SDK 1.9.2, and 2.0.0's).

The names below are importable from here (``from aistore.sdk import Client, Bucket``); each is
imported on first use, so importing the package stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aistore.sdk.ais_source import AISSource
    from aistore.sdk.archive_config import ArchiveConfig
    from aistore.sdk.authn.authn_client import AuthNClient
    from aistore.sdk.batch import Batch
    from aistore.sdk.blob_download_config import BlobDownloadConfig
    from aistore.sdk.bucket import Bucket
    from aistore.sdk.client import Client
    from aistore.sdk.cluster import Cluster
    from aistore.sdk.dataset.data_shard import DataShard
    from aistore.sdk.etl import Etl
    from aistore.sdk.job import Job
    from aistore.sdk.list_object_flag import ListObjectFlag
    from aistore.sdk.namespace import Namespace
    from aistore.sdk.obj.object import Object
    from aistore.sdk.retry_config import ColdGetConf, RetryConfig
    from aistore.sdk.wait_result import WaitResult

_EXPORTS = {
    "Client": "aistore.sdk.client",
    "AuthNClient": "aistore.sdk.authn.authn_client",
    "Cluster": "aistore.sdk.cluster",
    "Namespace": "aistore.sdk.namespace",
    "AISSource": "aistore.sdk.ais_source",
    "Bucket": "aistore.sdk.bucket",
    "Object": "aistore.sdk.obj.object",
    "Job": "aistore.sdk.job",
    "Etl": "aistore.sdk.etl",
    "ArchiveConfig": "aistore.sdk.archive_config",
    "BlobDownloadConfig": "aistore.sdk.blob_download_config",
    "ListObjectFlag": "aistore.sdk.list_object_flag",
    "DataShard": "aistore.sdk.dataset.data_shard",
    "Batch": "aistore.sdk.batch",
    # 2.0.0 also exports these
    "ColdGetConf": "aistore.sdk.retry_config",
    "RetryConfig": "aistore.sdk.retry_config",
    "WaitResult": "aistore.sdk.wait_result",
}

__all__ = [
    "AISSource",
    "ArchiveConfig",
    "AuthNClient",
    "Batch",
    "BlobDownloadConfig",
    "Bucket",
    "Client",
    "Cluster",
    "ColdGetConf",
    "DataShard",
    "Etl",
    "Job",
    "ListObjectFlag",
    "Namespace",
    "Object",
    "RetryConfig",
    "WaitResult",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'aistore.sdk' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
