"""Dsort: start, follow and abort jobs of the dSort extension (`/v1/sort`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec
from aistore_raw.ais.api.dsort import abort_dsort, get_dsort, start_dsort
from aistore_raw.ais.api.objects import get_object, put_object
from aistore_raw.ais.models import DsortRequestSpec

from aistore.sdk._poll import check_timeout, poll_until, progress_logger
from aistore.sdk.const import DEFAULT_DSORT_WAIT_TIMEOUT
from aistore.sdk.dsort.ekm import EKM_FILE_NAME, ExternalKeyMap
from aistore.sdk.dsort.framework import DsortFramework, load_spec_file
from aistore.sdk.dsort.types import JobInfo
from aistore.sdk.provider import Provider
from aistore.sdk.request_client import RequestClient

logger = progress_logger(__name__)

# v1.5.0 fails a job whose spec leaves `dsorter_type` empty (server-facts §5)
DEFAULT_DSORTER_TYPE = "dsort_general"


class Dsort:
    """Jobs of the dSort extension (https://github.com/NVIDIA/aistore/blob/main/docs/cli/dsort.md).

    Args:
        client: the RequestClient of the `Client` that made it.
        dsort_id: ID of an existing job (set by `start` otherwise).
    """

    def __init__(self, client: RequestClient, dsort_id: str = "") -> None:
        if not isinstance(dsort_id, str):
            raise TypeError(f"dsort_id must be a string, got {dsort_id!r}")
        self._client = client
        self._dsort_id = dsort_id

    @property
    def dsort_id(self) -> str:
        """The dSort job ID."""
        return self._dsort_id

    def start(self, spec: str | Path | DsortFramework | dict[str, Any]) -> str:
        """Start a dSort job; returns its ID (also kept as `dsort_id`).

        Args:
            spec: path of a JSON/YAML spec file, a `DsortFramework`, or the spec as a dict
                (the server's `RequestSpec` fields). `dsorter_type` defaults to `dsort_general`.

        Raises:
            ValueError: bad spec file or spec (no request is made).
        """
        if isinstance(spec, str | Path):
            body = load_spec_file(spec)
        elif isinstance(spec, DsortFramework):
            body = spec.to_spec()
            output_format = spec.output_shards.format
            if isinstance(output_format, ExternalKeyMap):
                body["ekm_file"] = self._put_ekm(spec, output_format)
                body["ekm_file_sep"] = ""
        elif isinstance(spec, dict):
            body = dict(spec)
        else:
            raise ValueError("spec must be a path to a spec file, a DsortFramework or a dict")
        if not body.get("dsorter_type"):
            body["dsorter_type"] = DEFAULT_DSORTER_TYPE
        for key in ("input_bck", "input_format", "output_format"):
            if key not in body:
                raise ValueError(f"dsort spec is missing {key!r}")
        if isinstance(body.get("output_bck"), dict) and not body["output_bck"].get("name"):
            del body["output_bck"]
        try:
            request = DsortRequestSpec.from_dict(body)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"invalid dsort spec: {exc}") from exc
        response = self._client.send(start_dsort.op(body=request))
        self._dsort_id = response.text.strip()
        return self._dsort_id

    def abort(self) -> None:
        """Abort the job (it then reports `aborted`)."""
        self._require_id("abort")
        self._client.send(abort_dsort.op(uuid=self._dsort_id))

    def get_job_info(self) -> dict[str, JobInfo]:
        """The job as each target reports it: target ID => JobInfo."""
        self._require_id("get info on")
        response = self._client.send(get_dsort.op(uuid=self._dsort_id))
        info = msgspec.json.decode(response.content, type=dict[str, JobInfo] | None, strict=False)
        return info or {}

    def wait(self, timeout: float = DEFAULT_DSORT_WAIT_TIMEOUT, verbose: bool = True) -> None:
        """Wait until the job finished (or was aborted) on every target.

        Args:
            timeout: the longest to wait, in seconds (default 5 minutes).
            verbose: log progress to stderr.

        Raises:
            aistore.sdk.errors.Timeout: not finished in time.
        """
        self._require_id("wait for")
        seconds = check_timeout(timeout)

        def done() -> str | None:
            infos = self.get_job_info().values()
            if any(i.aborted or i.metrics.aborted for i in infos):
                return "aborted"
            finished = all(i.archived or i.metrics.shard_creation.finished for i in infos)
            return "finished" if infos and finished else None

        def note() -> None:
            logger.info("Waiting on dsort job '%s'...", self._dsort_id)

        outcome = poll_until(
            done,
            timeout=seconds,
            action="dsort job to finish",
            on_wait=note if verbose else None,
        )
        if verbose:
            logger.info("DSort job '%s' %s", self._dsort_id, outcome)

    def _put_ekm(self, spec: DsortFramework, ekm: ExternalKeyMap) -> str:
        """Store the EKM as an object of the input bucket; its URL for the spec."""
        bck = spec.input_shards.bck
        provider: Any = Provider.parse(bck.provider).value
        content = json.dumps(ekm.as_dict()).encode("utf-8")
        self._client.send(put_object.op(bck.name, EKM_FILE_NAME, body=content, provider=provider))
        # the targets fetch the EKM from this URL: the object's GET request through our proxy
        kwargs = get_object.request_kwargs(bck.name, EKM_FILE_NAME, provider=provider)
        return str(self._client.http.build_request(**kwargs).url)

    def _require_id(self, what: str) -> None:
        if not self._dsort_id:
            raise ValueError(f"Cannot {what} a dsort job without an ID (start one first)")

    def __repr__(self) -> str:
        return f"Dsort(dsort_id={self._dsort_id!r})"
