from typing import Literal

ArchMode = Literal["prefix", "regexp", "substr", "suffix", "wdskey"]

ARCH_MODE_VALUES: set[ArchMode] = {
    "prefix",
    "regexp",
    "substr",
    "suffix",
    "wdskey",
}


def check_arch_mode(value: str) -> ArchMode:
    if value in ARCH_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARCH_MODE_VALUES!r}")
