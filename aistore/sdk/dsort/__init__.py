"""dSort: distributed shuffle/sort of sharded datasets (needs a server built with `dsort`)."""

from aistore.sdk.dsort.core import Dsort
from aistore.sdk.dsort.ekm import ExternalKeyMap
from aistore.sdk.dsort.framework import DsortAlgorithm, DsortFramework, DsortShardsGroup

__all__ = ["Dsort", "DsortAlgorithm", "DsortFramework", "DsortShardsGroup", "ExternalKeyMap"]
