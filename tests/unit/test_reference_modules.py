"""The reference SDK's module paths import with their public names (moved from tests/live)."""

from __future__ import annotations

import importlib

import pytest

REFERENCE_MODULES = {
    "aistore.sdk.dataset.dataset_config": ["DatasetConfig"],
    "aistore.sdk.dataset.data_attribute": ["DataAttribute"],
    "aistore.sdk.dataset.label_attribute": ["LabelAttribute"],
    "aistore.sdk.dataset.config_attribute": ["ConfigAttribute"],
    "aistore.sdk.dataset.data_shard": ["DataShard"],
    "aistore.sdk.etl.etl_templates": ["HELLO_WORLD", "ECHO", "MD5", "GO_ECHO", "TAR2TF"],
    "aistore.sdk.obj.obj_file.errors": ["ObjectFileMaxResumeError", "ObjectFileStreamError"],
    "aistore.sdk.utils": ["handle_errors", "raise_ais_error", "parse_url", "probing_frequency"],
    "aistore.sdk.obj.object_iterator": ["ObjectIterator"],
    "aistore.sdk.session_manager": ["SessionManager"],
}


@pytest.mark.parametrize("module", sorted(REFERENCE_MODULES))
def test_reference_module_paths_import(module: str) -> None:
    mod = importlib.import_module(module)
    for name in REFERENCE_MODULES[module]:
        assert hasattr(mod, name), f"{module}.{name}"
