from __future__ import annotations

import pickle

import pytest
import requests

from aistore.sdk import errors
from aistore.sdk.authn import errors as authn_errors


def test_ais_error_keeps_reference_signature_and_text() -> None:
    err = errors.AISError(500, "boom")
    assert (err.status_code, err.message) == (500, "boom")
    assert str(err) == "STATUS:500, MESSAGE:boom"
    assert (err.tcode, err.node, err.url_path, err.method, err.raw) == (None,) * 5
    assert err.response is None


def test_ais_error_is_a_requests_http_error() -> None:
    with pytest.raises(requests.exceptions.HTTPError):
        raise errors.ErrObjNotFound(404, "o does not exist")
    with pytest.raises(requests.RequestException):
        raise errors.ErrBckNotFound(404, "b does not exist")


@pytest.mark.parametrize(
    "cls",
    [
        errors.ErrBckNotFound,
        errors.ErrRemoteBckNotFound,
        errors.ErrObjNotFound,
        errors.ErrETLNotFound,
    ],
)
def test_not_found_family(cls: type[errors.AISError]) -> None:
    err = cls(404, "x")
    assert isinstance(err, errors.ErrNotFound)
    assert isinstance(err, errors.AISError)


def test_already_exists_are_not_not_found() -> None:
    assert not issubclass(errors.ErrBckAlreadyExists, errors.ErrNotFound)
    assert not issubclass(errors.ErrETLAlreadyExists, errors.ErrNotFound)
    assert not issubclass(errors.ErrRemoteBckNotFound, errors.ErrBckNotFound)


def test_reference_messages() -> None:
    assert str(errors.InvalidBckProvider("xx")) == "Invalid bucket provider: 'xx'"
    assert str(errors.Timeout("job x", "more")) == "Timed out while waiting for job x. more"
    assert str(errors.InvalidObjectRangeIndex("m")) == (
        "Invalid argument provided for object range index: m"
    )
    assert str(errors.JobInfoNotFound("j")) == "Job information not found on the cluster: j"
    assert str(errors.UnexpectedHTTPStatusCode([200, 201], 404)) == (
        "Unexpected status code received. Expected one of the following: 200, 201, "
        "but received: 404"
    )
    assert "ais://bucket" not in str(errors.InvalidURLException("x"))
    assert "'x'" in str(errors.InvalidURLException("x"))


def test_sdk_exceptions_are_not_request_exceptions() -> None:
    assert not issubclass(errors.Timeout, requests.RequestException)
    assert not issubclass(errors.InvalidBckProvider, requests.RequestException)


def test_object_file_errors_keep_original() -> None:
    cause = ValueError("x")
    e1 = errors.ObjectFileStreamError(cause)
    e2 = errors.ObjectFileMaxResumeError(cause, 3)
    assert e1.original_error is cause and e2.original_error is cause
    assert str(e2).endswith(": 3")


def test_transport_errors_hierarchy() -> None:
    assert issubclass(errors.AISConnectTimeout, requests.ConnectTimeout)
    assert issubclass(errors.AISConnectTimeout, errors.AISConnectionError)
    assert issubclass(errors.AISReadTimeout, requests.exceptions.ReadTimeout)
    assert not issubclass(errors.AISReadTimeout, requests.ConnectionError)
    for cls in (errors.AISStreamError, errors.AISTimeout, errors.AISInvalidURL):
        assert issubclass(cls, errors.AISRequestError)
    assert not issubclass(errors.AISRequestError, errors.AISError)
    err = errors.AISStreamError("cut", response=object())
    assert err.response is not None


def test_error_with_extras_pickles() -> None:
    err = errors.ErrETLAlreadyExists(409, "etl x already exists", tcode="T", node="t[1]")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is errors.ErrETLAlreadyExists
    assert (back.status_code, back.message, back.tcode, back.node) == (
        409,
        "etl x already exists",
        "T",
        "t[1]",
    )


def test_authn_errors() -> None:
    err = authn_errors.ErrUserNotFound(404, "user x does not exist")
    assert isinstance(err, authn_errors.AuthNError)
    assert str(err) == "STATUS:404, MESSAGE:user x does not exist"
    assert not isinstance(err, errors.AISError)
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is authn_errors.ErrUserNotFound and back.status_code == 404


def test_2x_error_names_in_the_tree() -> None:
    import httpx

    from aistore._core.error_map import error_from_response
    from aistore.sdk.obj.obj_file.errors import ObjectFileReaderUnexpectedEOF

    assert errors.APIRequestError is errors.ServiceError
    assert issubclass(authn_errors.AuthNError, errors.APIRequestError)
    assert issubclass(errors.ErrObjNotFound, errors.AISRetryableError)
    assert issubclass(errors.ErrObjNotFound, errors.ErrNotFound)
    assert issubclass(errors.ErrGETConflict, errors.AISRetryableError)
    assert issubclass(errors.AISRetryableError, errors.AISError)
    body = b'{"message":"cannot lock","method":"GET","url_path":"/v1/objects/b/o","status":409}'
    get = httpx.Request("GET", "http://t/v1/objects/b/o")
    err = error_from_response(httpx.Response(409, content=body, request=get))
    assert type(err) is errors.ErrGETConflict and err.status_code == 409
    put = httpx.Request("PUT", "http://t/v1/objects/b/o")
    put_body = body.replace(b'"GET"', b'"PUT"')
    assert type(error_from_response(httpx.Response(409, content=put_body, request=put))) is (
        errors.AISError
    )
    assert str(errors.NoTargetError(3)).endswith("Total nodes: 3")
    cause = ConnectionError("reset")
    etl_err = errors.ETLDirectPutTransientError("http://x", cause, bail_without_local_retry=True)
    assert (
        etl_err.cause is cause and etl_err.bail_without_local_retry and "http://x" in str(etl_err)
    )
    eof = ObjectFileReaderUnexpectedEOF(5, 9)
    assert (eof.actual, eof.expected) == (5, 9)
    assert isinstance(eof, requests.exceptions.ChunkedEncodingError)  # resumable as a cut body
    assert isinstance(
        pickle.loads(pickle.dumps(errors.ErrGETConflict(409, "x"))), errors.ErrGETConflict
    )


def test_errors_live_in_core_under_their_public_names() -> None:
    """The classes are `aistore._core`'s (the engine raises them without importing the SDK);
    reprs, tracebacks and pickles name the public modules."""
    import aistore._core.authn_errors as core_authn
    import aistore._core.errors as core
    from aistore.sdk.authn import errors as authn

    for public, private in ((errors, core), (authn, core_authn)):
        classes = [v for v in vars(private).values() if isinstance(v, type)]
        mine = [c for c in classes if c.__module__ == public.__name__]
        assert len(mine) >= 8
        for cls in mine:
            assert getattr(public, cls.__name__) is cls
    dumped = pickle.dumps(authn.ErrRoleNotFound(404, "role r does not exist"))
    assert b"aistore.sdk.authn.errors" in dumped and b"_core" not in dumped
    assert b"_core" not in pickle.dumps(errors.ErrBckNotFound(404, "gone"))
    assert repr(errors.Timeout("x")).startswith("Timeout(")
    assert errors.ErrBckNotFound.__module__ == "aistore.sdk.errors"
