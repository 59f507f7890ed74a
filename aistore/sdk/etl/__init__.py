"""ETL: transformations that run next to the data, on Kubernetes."""

from aistore.sdk.etl.etl import Etl

__all__ = ["Etl"]
