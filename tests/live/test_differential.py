"""Differential tests: the same scripted calls through the published aistore 1.9.2 and this client.

tests/differential/scenario.py is run by the reference SDK (its own virtualenv, made by
bench/venvs.py on first use; `python -I`, so the repository's package is never imported) and
imported here for ours, against the same live cluster. Per call the comparison is:

* an exception: ours is of the reference's class or a subclass of it (class names up the MRO),
* a result: ours is of the reference's type or a subclass, and the comparable value is equal.

`DEPARTURES` lists every call where the two differ, with the reason; README's "What differs"
section says the same. A listed call that no longer differs fails too, so the list stays true.
"""

from __future__ import annotations

import json
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest

from aistore.devcluster.launcher import LocalCluster
from bench.venvs import python_for
from tests.differential import scenario

pytestmark = pytest.mark.live

SCENARIO = Path(scenario.__file__).resolve()
REFERENCE = "ref-1.9.2"
REFERENCE_2X = "ref-2.0.0"

VALIDATION = "bad input is refused before any request (README: bad input)"
DEPARTURES: dict[str, str] = {
    # -- our input checks come before the request; 1.9.2 sent it (or looped until timeout)
    "Client.bucket:empty-name": VALIDATION + "; 1.9.2 made a Bucket named ''",
    "Bucket.object:empty": VALIDATION + "; 1.9.2 made an Object named ''",
    "Job.wait:bad-timeout": VALIDATION + "; 1.9.2 raised Timeout at once for timeout=-1",
    "Job.wait_single_node:no-id": VALIDATION + "; 1.9.2 polled all jobs until Timeout",
    "Job.get_within_timeframe:ints": VALIDATION + "; times must be datetimes (TypeError)",
    "RoleManager.create:no-perms": VALIDATION
    + "; 1.9.2 created the role, then failed to parse it (pydantic ValidationError, a ValueError)",
    # -- 1.9.2 bugs a program cannot rely on
    "ObjectNames:str": "1.9.2's __str__ returns a list, so str() raises TypeError",
    "ObjectFile.read:parts": "1.9.2's ObjectFile.close() leaves .closed False; ours is True",
    "RoleManager.update": "1.9.2 documents a RoleInfo result but returns None; ours returns it",
    # -- 2.x names win where they only add: the waits return 2.x's WaitResult (true on success)
    "Job.wait": "returns 2.x's WaitResult; 1.9.2 returned None",
    "Job.wait_for_idle": "returns 2.x's WaitResult; 1.9.2 returned None",
    # -- server v1.5.0 makes the reference wrong
    "Cluster.get_performance": "1.9.2 cannot parse v1.5.0's node stats (pydantic ValidationError)",
}


def _same_outcome(ref: dict[str, Any], ours: dict[str, Any]) -> bool:
    if "exc" in ref or "exc" in ours:
        return "exc" in ref and "exc" in ours and ref["exc"][0] in ours["exc"]
    if ref.get("type") and ref["type"][0] not in ours.get("type", []):
        return False
    return ref.get("value") == ours.get("value")


def compare(ref_run: dict[str, list[Any]], our_run: dict[str, list[Any]]) -> dict[str, Any]:
    """Differences by label (sections in order), and the number of calls compared."""
    differing: dict[str, tuple[Any, Any]] = {}
    calls = 0
    for section, ref_steps in ref_run.items():
        our_steps = our_run[section]
        assert [s["label"] for s in ref_steps] == [s["label"] for s in our_steps], section
        for ref, ours in zip(ref_steps, our_steps, strict=True):
            calls += 1
            if not _same_outcome(ref, ours):
                differing[ref["label"]] = (ref, ours)
    return {"differing": differing, "calls": calls}


def _run_reference(
    args: dict[str, Any], cwd: Path, reference: str = REFERENCE
) -> dict[str, list[Any]]:
    python, why = python_for(reference)
    assert python, f"the reference SDK's virtualenv could not be made: {why}"
    done = subprocess.run(
        [python, "-I", str(SCENARIO), json.dumps(args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, list[Any]] = json.loads(done.stdout)
    return result


def _check(ref_run: dict[str, list[Any]], our_run: dict[str, list[Any]], sections: set[str]) -> int:
    result = compare(ref_run, our_run)
    differing = result["differing"]
    listed = {label for label in DEPARTURES if _section_of(label, ref_run) in sections}
    unexplained = {k: v for k, v in differing.items() if k not in DEPARTURES}
    assert not unexplained, "differences from the reference:\n" + "\n".join(
        f"{k}:\n  ref  {json.dumps(v[0])[:400]}\n  ours {json.dumps(v[1])[:400]}"
        for k, v in unexplained.items()
    )
    stale = listed - set(differing)
    assert not stale, f"listed departures that no longer differ: {sorted(stale)}"
    members = {s["label"].split(":")[0] for sec in sections for s in ref_run[sec]}
    print(
        f"\ndifferential ({', '.join(sorted(sections))}): {result['calls']} calls compared,"
        f" {len(members)} members/modules, {len(differing)} recorded departures"
    )
    return int(result["calls"])


def _section_of(label: str, run: dict[str, list[Any]]) -> str | None:
    return next(
        (sec for sec, steps in run.items() if any(s["label"] == label for s in steps)), None
    )


def test_reference_and_ours_agree(ais_endpoint: str, tmp_path: Path) -> None:
    tag = f"df{uuid.uuid4().hex[:6]}"
    args = {"endpoint": ais_endpoint, "sections": ["modules", "ais"]}
    ref_run = _run_reference({**args, "tag": f"{tag}r"}, tmp_path)
    our_run = scenario.run({**args, "tag": f"{tag}o"})
    _check(ref_run, our_run, {"modules", "ais"})


def test_reference_2x_and_ours_agree(ais_endpoint: str, tmp_path: Path) -> None:
    """The 2.x names (section `ais2x`) through the published aistore 2.0.0 and this client."""
    tag = f"dx{uuid.uuid4().hex[:6]}"
    args = {"endpoint": ais_endpoint, "sections": ["ais2x"]}
    ref_run = _run_reference({**args, "tag": f"{tag}r"}, tmp_path, REFERENCE_2X)
    our_run = scenario.run({**args, "tag": f"{tag}o"})
    _check(ref_run, our_run, {"ais2x"})


@pytest.mark.authn
def test_reference_and_ours_agree_on_authn(authn_cluster: LocalCluster, tmp_path: Path) -> None:
    user, password = authn_cluster.admin_credentials
    args = {
        "endpoint": authn_cluster.endpoint,
        "authn_endpoint": authn_cluster.authn_endpoint,
        "user": user,
        "password": password,
        "sections": ["authn"],
    }
    tag = f"da{uuid.uuid4().hex[:6]}"
    ref_run = _run_reference({**args, "tag": f"{tag}r"}, tmp_path)
    our_run = scenario.run({**args, "tag": f"{tag}o"})
    _check(ref_run, our_run, {"authn"})
