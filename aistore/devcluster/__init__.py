"""A local AIS cluster for tests, demos and benchmarks.

`LocalCluster` starts 1 proxy + N targets (and optionally an AuthN server with an
auth-enabled cluster) on free localhost ports under a scratch directory, waits
until the cluster is usable, and tears everything down. The command line:

    python -m aistore.devcluster up [--targets N] [--authn]
    python -m aistore.devcluster status
    python -m aistore.devcluster down
"""

from aistore.devcluster.binaries import BinaryNotFoundError, find_binary
from aistore.devcluster.launcher import ClusterStartError, LocalCluster

__all__ = ["BinaryNotFoundError", "ClusterStartError", "LocalCluster", "find_binary"]
