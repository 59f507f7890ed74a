"""Live tests of Etl on a cluster without Kubernetes: every call gets the server's own error.

The success paths (init, transform, view of a running ETL) need an AIS deployed on Kubernetes:
tests/unit/sdk/test_etl_wire.py plays one at the wire.
"""

from __future__ import annotations

import uuid

import pytest

from aistore.sdk.client import Client
from aistore.sdk.errors import AISError, ErrETLNotFound

pytestmark = pytest.mark.live

POD_SPEC = """apiVersion: v1
kind: Pod
metadata:
  name: transformer-md5
spec:
  containers:
    - name: server
      image: aistorage/transformer_md5:latest
      ports:
        - name: default
          containerPort: 80
      readinessProbe:
        httpGet:
          path: /health
          port: default
"""
NO_K8S = "the operation requires Kubernetes"
NO_K8S_CLIENT = "k8s client is not initialized"


def _name() -> str:
    # a failed init leaves the name taken on the proxy (a second init answers 409): use fresh names
    return f"etl-{uuid.uuid4().hex[:10]}"


def _server_error(call: object, *args: object, **kwargs: object) -> AISError:
    """The server's refusal of `call`: every ETL call without Kubernetes is a 400 with a reason."""
    with pytest.raises(AISError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    assert info.value.status_code == 400, info.value
    assert info.value.message, info.value
    return info.value


def test_init_spec_needs_kubernetes(client: Client) -> None:
    err = _server_error(client.etl(_name()).init_spec, POD_SPEC, communication_type="hpush")
    assert err.status_code == 400
    assert NO_K8S_CLIENT in err.message


def test_init_image_needs_kubernetes(client: Client) -> None:
    err = _server_error(
        client.etl(_name()).init, image="aistorage/transformer_md5:latest", env={"A": "b"}
    )
    assert err.status_code == 400
    assert NO_K8S_CLIENT in err.message


@pytest.mark.parametrize("op", ["view", "start", "stop", "delete"])
def test_unknown_etl_not_found(client: Client, op: str) -> None:
    with pytest.raises(ErrETLNotFound) as info:
        getattr(client.etl(_name()), op)()
    assert info.value.status_code == 404
    assert "does not exist" in info.value.message


def test_lifecycle_of_initialized_name_needs_kubernetes(client: Client) -> None:
    etl = client.etl(_name())
    _server_error(etl.init_spec, POD_SPEC)  # fails, but the proxy now knows the name
    for op, message in [
        (etl.view, NO_K8S),
        (etl.start, NO_K8S_CLIENT),
        (etl.stop, NO_K8S),
        (etl.delete, NO_K8S),
    ]:
        err = _server_error(op)
        assert err.status_code == 400, op
        assert message in err.message, op


def test_list_running_etls_needs_kubernetes(client: Client) -> None:
    err = _server_error(client.cluster().list_running_etls)
    assert err.status_code == 400
    assert NO_K8S in err.message


def test_2x_calls_need_kubernetes(client: Client) -> None:
    # 2.x: list_etls, Etl.logs, Etl.view(job_id); wire shapes: tests/unit/sdk/test_etl_wire.py
    for stages in (None, ["aborted", "initializing"]):
        err = _server_error(client.cluster().list_etls, stages)
        assert err.status_code == 400 and NO_K8S in err.message
    err = _server_error(client.etl(_name()).logs)
    assert err.status_code == 400 and NO_K8S in err.message
    target = next(iter(client.cluster().get_info().tmap))
    err = _server_error(client.etl(_name()).logs, "no-such-target")
    assert err.status_code == 400 and "unknown target" in err.message
    _server_error(client.etl(_name()).logs, target)  # a real target: the ETL's own error
    with pytest.raises(ErrETLNotFound) as info:
        client.etl(_name()).view(job_id="nope-job")
    assert info.value.status_code == 404
    with pytest.raises(TypeError):
        client.etl(_name()).logs(7)  # type: ignore[arg-type]


def test_client_side_checks(client: Client) -> None:
    for bad in ["short", "x" * 33, "Upper-case", "-lead-dash", "under_score"]:
        with pytest.raises(ValueError, match="ETL name"):
            client.etl(bad)
    etl = client.etl(_name())
    with pytest.raises(ValueError, match="communication_type"):
        etl.init_spec(POD_SPEC, communication_type="hrev")
    with pytest.raises(ValueError):
        etl.init_spec("")
    with pytest.raises(NotImplementedError, match="init_code"):
        etl.init_code(lambda data: data)
    assert etl.name.startswith("etl-")
