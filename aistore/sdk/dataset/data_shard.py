"""DataShard: a group of shards in one bucket, with its own client."""

from __future__ import annotations

from dataclasses import dataclass, field

from aistore.sdk.bucket import Bucket
from aistore.sdk.client import Client
from aistore.sdk.provider import Provider


@dataclass
class DataShard:
    """Shards in a bucket of the cluster at `client_url` (a Client and Bucket are made).

    Attributes:
        client_url: AIS endpoint URL.
        bucket_name: the bucket holding the shards.
        provider: the bucket's provider (default "ais").
        prefix: the shards' name prefix.
        etl_name: an ETL to apply to the shards.
    """

    client_url: str
    bucket_name: str
    provider: str = Provider.AIS.value
    prefix: str = ""
    etl_name: str | None = None
    client: Client = field(init=False, repr=False)
    bucket: Bucket = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.client = Client(self.client_url)
        self.bucket = self.client.bucket(bck_name=self.bucket_name, provider=self.provider)
