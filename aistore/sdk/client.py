"""Client: the entry point: buckets, objects, cluster queries and jobs of one AIS cluster."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

from urllib3.util import Retry

from aistore._core.config import TimeoutArg
from aistore._core.settings import ClientSettings
from aistore.sdk.errors import InvalidURLException
from aistore.sdk.namespace import Namespace
from aistore.sdk.provider import Provider
from aistore.sdk.request_client import RequestClient
from aistore.sdk.retry_config import RetryConfig

if TYPE_CHECKING:
    from aistore.sdk.batch import Batch
    from aistore.sdk.bucket import Bucket
    from aistore.sdk.cluster import Cluster
    from aistore.sdk.dsort import Dsort
    from aistore.sdk.etl import Etl
    from aistore.sdk.job import Job
    from aistore.sdk.obj.object import Object


class Client:
    """AIStore client for managing buckets, objects and jobs.

    Args:
        endpoint: AIStore proxy URL, e.g. `http://localhost:8080`.
        skip_verify: skip TLS certificate verification.
        ca_cert: CA bundle to verify the cluster with (default: `AIS_CLIENT_CA`).
        client_cert: client certificate PEM, or a (cert, key) pair, for mTLS
            (default: `AIS_CRT` + `AIS_CRT_KEY`).
        timeout: seconds; a (connect, read) pair; or None: `AIS_CONNECT_TIMEOUT` /
            `AIS_READ_TIMEOUT` when set (2.x; 0 means no limit), else no timeout (1.9.2).
        retry: a `urllib3.Retry` whose fields drive the retry loop (default: 6 total, 3 connect,
            backoff factor 1, retrying only what is safe to repeat).
        token: AuthN bearer token (default: `AIS_AUTHN_TOKEN`).
        max_pool_size: (2.x) idle connections kept per node, as requests' `pool_maxsize`
            (default: `AIS_MAX_CONN_POOL` when set, else 50 per node within a total cap of 100).
        retry_config: (2.x) a RetryConfig; its `http_retry` is used when `retry` is not given.

    `skip_verify` is also turned on by `AIS_SKIP_VERIFY_CRT` / `AIS_SKIP_VERIFY` (2.x).
    """

    def __init__(
        self,
        endpoint: str,
        skip_verify: bool = False,
        ca_cert: str | None = None,
        client_cert: str | tuple[str, str] | None = None,
        timeout: TimeoutArg = None,
        retry: Retry | None = None,
        token: str | None = None,
        max_pool_size: int | None = None,
        *,
        retry_config: RetryConfig | None = None,
    ) -> None:
        # 2.x's retry_config carries the urllib3 Retry as http_retry; 1.9.2's `retry` wins
        if retry_config is not None:
            if not isinstance(retry_config, RetryConfig):
                raise TypeError(
                    f"retry_config must be a RetryConfig, got {type(retry_config).__name__}"
                )
            if retry is None:
                retry = retry_config.http_retry
        self._request_client = RequestClient(
            ClientSettings.create(
                endpoint,
                skip_verify=skip_verify,
                ca_cert=ca_cert,
                client_cert=client_cert,
                timeout=timeout,
                retry=retry,
                token=token,
                max_pool_size=max_pool_size,
            )
        )

    @classmethod
    def from_settings(cls, settings: ClientSettings) -> Client:
        """A client built from ready `ClientSettings` (e.g. with a test `transport=`)."""
        client = cls.__new__(cls)
        client._request_client = RequestClient(settings)
        return client

    @property
    def request_client(self) -> RequestClient:
        return self._request_client

    def bucket(
        self,
        bck_name: str,
        provider: Provider | str = Provider.AIS,
        namespace: Namespace | None = None,
    ) -> Bucket:
        """A Bucket handle (no request is made)."""
        from aistore.sdk.bucket import Bucket

        return Bucket(
            client=self._request_client, name=bck_name, provider=provider, namespace=namespace
        )

    def cluster(self) -> Cluster:
        """A Cluster handle (no request is made)."""
        from aistore.sdk.cluster import Cluster

        return Cluster(client=self._request_client)

    def job(self, job_id: str = "", job_kind: str = "") -> Job:
        """A Job handle for `job_id` and/or `job_kind` (no request is made)."""
        from aistore.sdk.job import Job

        return Job(client=self._request_client, job_id=job_id, job_kind=job_kind)

    def etl(self, etl_name: str) -> Etl:
        """An Etl handle (no request is made)."""
        from aistore.sdk.etl import Etl

        return Etl(client=self._request_client, name=etl_name)

    def batch(
        self,
        objects: list[Object] | list[str] | Object | str | None = None,
        bucket: Bucket | None = None,
        output_format: str = ".tar",
        cont_on_err: bool = True,
        only_obj_name: bool = False,
        streaming_get: bool = True,
        colocation: int = 0,
    ) -> Batch:
        """A Get-Batch request (no request is made until `Batch.get()`).

        Many objects, archived files (`add(obj, archpath=...)`) and byte ranges
        (`add(obj, start=, length=)`), from any buckets, in one request answered as one stream;
        see `aistore.sdk.batch.Batch` for the arguments.
        """
        from aistore.sdk.batch import Batch
        from aistore.sdk.enums import Colocation

        return Batch(
            self._request_client,
            objects,
            bucket,
            output_format,
            cont_on_err,
            only_obj_name,
            streaming_get,
            Colocation(colocation) if colocation in (0, 1, 2) else colocation,  # type: ignore[arg-type]
        )

    def dsort(self, dsort_id: str = "") -> Dsort:
        """A Dsort handle (no request is made)."""
        from aistore.sdk.dsort import Dsort

        return Dsort(client=self._request_client, dsort_id=dsort_id)

    def fetch_object_by_url(self, url: str) -> Object:
        """The Object named by `provider://bucket/object`, e.g. `ais://b1/dir/file.txt`."""
        provider, bucket, obj = split_object_url(url)
        return self.bucket(bucket, provider=provider).object(obj)

    def get_object_from_url(self, url: str) -> Object:
        """2.x name of `fetch_object_by_url`."""
        return self.fetch_object_by_url(url)

    def close(self) -> None:
        """Close the connection pool."""
        self._request_client.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Client({self._request_client.endpoint!r})"


def split_object_url(url: object) -> tuple[str, str, str]:
    """(provider, bucket, object) of `provider://bucket/object` (for both clients'
    `fetch_object_by_url`).

    Raises:
        InvalidURLException: (a ValueError) anything else.
    """
    provider, sep, rest = url.partition("://") if isinstance(url, str) else ("", "", "")
    bucket, slash, obj = rest.partition("/")
    if not sep or not provider or not bucket or not slash or not obj:
        raise InvalidURLException(url)  # type: ignore[arg-type]
    return provider, bucket, obj
