"""The package's public names resolve where the reference SDK put them."""

import importlib

import pytest

import aistore
import aistore.sdk


def test_top_level_client_is_the_sdk_client() -> None:
    from aistore.sdk.client import Client

    assert aistore.Client is Client
    assert isinstance(aistore.__version__, str) and aistore.__version__


@pytest.mark.parametrize("name", aistore.sdk.__all__)
def test_sdk_exports_resolve(name: str) -> None:
    if name == "AuthNClient" and importlib.util.find_spec("aistore.sdk.authn.authn_client") is None:
        pytest.skip("AuthN client not built yet")
    assert getattr(aistore.sdk, name).__name__ == name


def test_unknown_names_raise_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = aistore.sdk.NoSuchThing  # type: ignore[attr-defined]


def test_all_matches_the_lazy_table() -> None:
    assert sorted(aistore.sdk.__all__) == sorted(aistore.sdk._EXPORTS)
