from typing import Literal

AppendType = Literal["append", "flush"]

APPEND_TYPE_VALUES: set[AppendType] = {
    "append",
    "flush",
}


def check_append_type(value: str) -> AppendType:
    if value in APPEND_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPEND_TYPE_VALUES!r}")
