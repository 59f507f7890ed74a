"""TokenSource without a server: file rotation, scrubbing, which environment it reads."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from aistore._core.token_source import (
    ENV_AUTHN_PASSWORD,
    ENV_AUTHN_URL,
    ENV_AUTHN_USERNAME,
    ENV_TOKEN_FILE,
    TokenSource,
)

CREDS = {ENV_AUTHN_URL: "http://authn:52001", ENV_AUTHN_USERNAME: "u", ENV_AUTHN_PASSWORD: "p"}


def test_file_is_reread_only_when_it_changed_and_at_most_once_a_second(tmp_path: Path) -> None:
    path = tmp_path / "token"
    path.write_text("first\n")
    source = TokenSource.create(None, None, env={ENV_TOKEN_FILE: str(path)})
    assert source.current(now=100.0) == "first"
    aside = tmp_path / "new"
    aside.write_text("second")
    os.replace(aside, path)
    assert source.current(now=100.5) == "first"  # looked at within the second: not yet
    assert source.current(now=101.5) == "second"
    assert source.scrub("a first and a second") == "a *** and a ***"


def test_a_missing_token_file_is_a_clear_error(tmp_path: Path) -> None:
    source = TokenSource(None, str(tmp_path / "absent"))
    with pytest.raises(ValueError, match=r"token file .*absent.* cannot be read"):
        source.current()


def test_credentials_come_from_the_environment_only_when_all_are_set() -> None:
    assert TokenSource.create("t", None, env=CREDS).can_renew
    assert not TokenSource.create("t", None, env={**CREDS, ENV_AUTHN_PASSWORD: ""}).can_renew
    assert not TokenSource.create("t", None, renewable=False, env=CREDS).can_renew
    assert TokenSource("t").renew() is None  # nothing to renew with
    assert "s3cr3t" not in repr(TokenSource("s3cr3t"))
