"""Bucket providers (backends) as known to the cluster; see api/apc/provider.go."""

from __future__ import annotations

from enum import Enum

from aistore.sdk.errors import InvalidBckProvider

ALIAS_S3 = "s3"
ALIAS_GS = "gs"
ALIAS_AZ = "az"
ALIAS_OC = "oc"


class Provider(Enum):
    """Backend provider of a bucket.

    ``Provider.parse`` also accepts the URL scheme aliases the server accepts:
    ``s3`` (aws), ``gs`` (gcp), ``az`` (azure) and ``oc`` (oci).
    """

    AIS = "ais"
    AMAZON = "aws"
    AZURE = "azure"
    GOOGLE = "gcp"
    OCI = "oci"
    HTTP = "ht"

    @staticmethod
    def parse(provider: Provider | str) -> Provider:
        """Return the Provider for a Provider or its string name/alias.

        Raises:
            InvalidBckProvider: the string names no known provider.
        """
        if isinstance(provider, Provider):
            return provider
        value = provider_aliases.get(provider, provider)
        try:
            return Provider(value)
        except ValueError as exc:
            raise InvalidBckProvider(provider) from exc


provider_aliases: dict[str, str] = {
    ALIAS_S3: Provider.AMAZON.value,
    ALIAS_GS: Provider.GOOGLE.value,
    ALIAS_AZ: Provider.AZURE.value,
    ALIAS_OC: Provider.OCI.value,
}
