"""ETL constants (names of 1.9.2; values for the v1.5.0 server)."""

# Defaults
DEFAULT_ETL_COMM = "hpush"
DEFAULT_ETL_TIMEOUT = "5m"
DEFAULT_ETL_OBJ_TIMEOUT = "45s"
DEFAULT_ETL_RUNTIME = "python3.8v2"

# Communication types (ext/etl/api.go)
ETL_COMM_HPUSH = "hpush"
ETL_COMM_HPULL = "hpull"
ETL_COMM_WS = "ws"
# gone from v1.5.0 (kept so that 1.9.2 code importing them still loads)
ETL_COMM_HREV = "hrev"
ETL_COMM_IO = "io"

# what v1.5.0 accepts
ETL_COMM_SPEC = [ETL_COMM_HPUSH, ETL_COMM_HPULL, ETL_COMM_WS]
ETL_COMM_CODE: list[str] = []

ETL_SUPPORTED_PYTHON_VERSIONS = ["3.10", "3.11"]
