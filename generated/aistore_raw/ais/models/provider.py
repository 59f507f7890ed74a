from typing import Literal

Provider = Literal["ais", "aws", "azure", "gcp", "oci"]

PROVIDER_VALUES: set[Provider] = {
    "ais",
    "aws",
    "azure",
    "gcp",
    "oci",
}


def check_provider(value: str) -> Provider:
    if value in PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROVIDER_VALUES!r}")
