"""Spec coverage of a live run: which operations and action variants were exercised.

An operation (path + method) counts as exercised live when at least one exchange matched it and
got a non-error answer (status < 400); one that was only seen failing is listed as not exercised,
with the statuses seen. Action variants (the `action` members of a `oneOf` request body) count
the same way. Every uncovered item carries a reason from `REASONS` (or "not exercised by any
test").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aistore.contract.spec import Spec
from aistore.contract.transport import Exchange

NEEDS_K8S = "needs Kubernetes (ETL runs in pods; the local cluster answers 400/501)"
NEEDS_CLOUD = "needs a remote (cloud) bucket and credentials"
NEEDS_FILES = "needs files on the targets' local filesystem (promote)"

REASONS: dict[str, str] = {
    # ais operations
    "ais:init_etl": NEEDS_K8S,
    "ais:list_etls": NEEDS_K8S,
    "ais:get_etl_details": NEEDS_K8S,
    "ais:delete_etl": NEEDS_K8S,
    "ais:start_etl": NEEDS_K8S,
    "ais:stop_etl": NEEDS_K8S,
    "ais:get_etl_logs": NEEDS_K8S,
    "ais:get_etl_target_logs": NEEDS_K8S,
    "ais:get_etl_health": NEEDS_K8S,
    "ais:get_etl_metrics": NEEDS_K8S,
    # ais actions
    "ais:bucket_action#etl-bck": NEEDS_K8S,
    "ais:bucket_action#etl-listrange": NEEDS_K8S,
    "ais:bucket_action#prefetch-listrange": NEEDS_CLOUD,
    "ais:bucket_delete_action#evict-remote-bck": NEEDS_CLOUD,
    "ais:bucket_delete_action#evict-listrange": NEEDS_CLOUD,
    "ais:objects_action#blob-download": NEEDS_CLOUD,
    "ais:objects_action#promote": NEEDS_FILES,
    "ais:cluster_action#reload-creds": NEEDS_CLOUD,
}
"""Why an operation (`service:operationId`) or action (`service:operationId#action`) is not
exercised by the live suite. Authn operations are covered by the `authn` live tests, if run."""

DEFAULT_REASON = "not exercised by any test"


@dataclass
class Item:
    key: str  # "ais:list_objects" or "ais:bucket_action#copy-bck"
    label: str  # "GET /v1/buckets/{bucket}" or "copy-bck"
    exercised: bool = False
    calls: int = 0
    statuses: set[int] = field(default_factory=set)
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "exercised": self.exercised,
            "calls": self.calls,
            "statuses": sorted(self.statuses),
            "reason": None if self.exercised else self.reason,
        }


@dataclass
class Coverage:
    operations: list[Item]
    actions: list[Item]
    failures: list[Exchange]
    undeclared: dict[str, list[str]]  # operation -> undeclared response properties (info)

    @property
    def summary(self) -> str:
        ops = sum(i.exercised for i in self.operations)
        acts = sum(i.exercised for i in self.actions)
        return (
            f"spec coverage: {ops}/{len(self.operations)} operations, "
            f"{acts}/{len(self.actions)} actions exercised live"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary,
            "operations": [i.to_dict() for i in self.operations],
            "actions": [i.to_dict() for i in self.actions],
            "violations": [f.to_dict() for f in self.failures],
            "undeclared_response_properties": self.undeclared,
        }

    def text(self) -> str:
        lines = [self.summary, ""]
        for title, items in (("operations", self.operations), ("actions", self.actions)):
            missing = [i for i in items if not i.exercised]
            lines.append(f"not exercised live ({title}): {len(missing)}")
            for i in missing:
                seen = f" [seen only failing: {sorted(i.statuses)}]" if i.statuses else ""
                lines.append(f"  {i.key:45} {i.label:32} {i.reason}{seen}")
            lines.append("")
        if self.failures:
            lines.append(f"spec violations: {len(self.failures)}")
            lines.extend("  " + f.describe().replace("\n", "\n  ") for f in self.failures)
            lines.append("")
        if self.undeclared:
            lines.append("response properties the spec does not declare (informational):")
            for op, props in sorted(self.undeclared.items()):
                lines.append(f"  {op}: {', '.join(props[:15])}{' ...' if len(props) > 15 else ''}")
        return "\n".join(lines).rstrip() + "\n"

    def write(self, directory: Path | str, stem: str = "spec-coverage") -> tuple[Path, Path]:
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        jpath, tpath = out / f"{stem}.json", out / f"{stem}.txt"
        jpath.write_text(json.dumps(self.to_dict(), indent=2, sort_keys=False) + "\n")
        tpath.write_text(self.text())
        return jpath, tpath


def compute(
    specs: Iterable[Spec],
    exchanges: Iterable[Exchange],
    *,
    services: Iterable[str] = ("ais",),
    reasons: dict[str, str] | None = None,
) -> Coverage:
    """Coverage of the operations of `services` (AuthN counts only if asked) by `exchanges`."""
    reasons = REASONS if reasons is None else reasons
    wanted = set(services)
    ops: dict[str, Item] = {}
    acts: dict[str, Item] = {}
    for spec in specs:
        if spec.service not in wanted:
            continue
        for op in spec.operations:
            ops[op.key] = Item(
                op.key, f"{op.method} {op.path}", reason=reasons.get(op.key, DEFAULT_REASON)
            )
            for action in op.actions:
                key = f"{op.key}#{action}"
                acts[key] = Item(key, action, reason=reasons.get(key, DEFAULT_REASON))
    failures: list[Exchange] = []
    undeclared: dict[str, set[str]] = {}
    for ex in exchanges:
        if ex.diffs:
            failures.append(ex)
        if ex.operation is None or ex.service is None:
            continue
        key = f"{ex.service}:{ex.operation}"
        if ex.notes:
            undeclared.setdefault(key, set()).update(ex.notes)
        targets = [ops.get(key)]
        if ex.action:
            targets.append(acts.get(f"{key}#{ex.action}"))
        for item in targets:
            if item is None:
                continue
            item.calls += 1
            if ex.status is not None:
                item.statuses.add(ex.status)
                if ex.status < 400:
                    item.exercised = True
    return Coverage(
        operations=list(ops.values()),
        actions=list(acts.values()),
        failures=failures,
        undeclared={k: sorted(v) for k, v in undeclared.items()},
    )
