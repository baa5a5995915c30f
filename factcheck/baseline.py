"""Baseline: accept the findings a repository already has, so only new ones fail CI.

A finding's fingerprint leaves out lines and offsets, so it survives edits elsewhere in the file. It is
built from the article's path, the rule, and both claims normalised (kind, unit, value and bounds,
date, concept, and the claim text with every script's digits folded to ASCII and spaces collapsed).
Paths are taken relative to the baseline file's folder, so a baseline works from any working directory.
The same fingerprint may appear several times; each baseline entry accepts one finding.
"""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from factcheck import jsonfast
from factcheck.claims import Claim
from factcheck.errors import InputError
from factcheck.findings import CheckResult, Finding
from factcheck.report.contract import decimal_str
from factcheck.suppress import with_findings

BASELINE_SCHEMA = "factcheck/baseline/v1"
DEFAULT_BASELINE = ".factcheck-baseline.json"


class BaselineEntry(BaseModel):
    """One accepted finding; everything but the fingerprint is there for the people reading the file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fingerprint: str
    rule: str
    path: str
    line: int
    text: str
    against: str | None = None
    message: str = ""


class Baseline(BaseModel):
    """The file ``factcheck baseline`` writes and ``check --baseline`` reads."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    schema_: str = BASELINE_SCHEMA
    findings: tuple[BaselineEntry, ...] = ()

    def counts(self) -> Counter[str]:
        return Counter(entry.fingerprint for entry in self.findings)


def _digits(text: str) -> str:
    """Fold digits of every script to ASCII, collapse whitespace, ignore case."""
    folded = "".join(str(unicodedata.digit(ch)) if unicodedata.category(ch) == "Nd" else ch for ch in text)
    return " ".join(folded.split()).casefold()


def _claim_key(claim: Claim) -> list[str | None]:
    return [claim.kind.value, claim.unit, decimal_str(claim.value), decimal_str(claim.lower),
            decimal_str(claim.upper), claim.date, claim.concept, _digits(claim.text)]


def _relative(path: str, root: Path) -> str:
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        return absolute.as_posix()


def fingerprint(finding: Finding, root: Path) -> str:
    """A stable id of a finding that does not depend on where in the file its claim sits."""
    parts: list[object] = [_relative(finding.path, root), finding.rule, _claim_key(finding.claim)]
    if finding.against is not None:
        parts += [_relative(finding.against.path, root), _claim_key(finding.against.claim)]
    blob = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def build_baseline(findings: Iterable[Finding], root: Path) -> Baseline:
    """A baseline accepting exactly these findings, sorted so the file diffs well."""
    entries = [
        BaselineEntry(
            fingerprint=fingerprint(finding, root), rule=finding.rule, path=_relative(finding.path, root),
            line=finding.claim.line, text=finding.claim.text, message=finding.message,
            against=_relative(finding.against.path, root) if finding.against else None,
        )
        for finding in findings
    ]
    entries.sort(key=lambda e: (e.path, e.line, e.rule, e.fingerprint))
    return Baseline(findings=tuple(entries))


def render_baseline(baseline: Baseline) -> str:
    """The baseline file's text: JSON, one entry per finding, UTF-8 kept readable."""
    data = {"schema": baseline.schema_, "findings": [entry.model_dump() for entry in baseline.findings]}
    return jsonfast.dumps(data) + "\n"


def write_baseline(findings: Iterable[Finding], path: Path) -> Baseline:
    """Write the baseline for ``findings`` to ``path`` (paths inside relative to its folder)."""
    baseline = build_baseline(findings, path.parent)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(render_baseline(baseline), encoding="utf-8")
    # Replace atomically: an interrupted write never leaves half a baseline behind.
    tmp.replace(path)
    return baseline


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file; raises InputError naming the file (and line) when it is not one."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(str(path), "baseline file not found (create it with `factcheck baseline`)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read baseline: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"invalid JSON: {exc.msg}", line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise InputError(str(path), "invalid JSON: nested too deeply") from None
    if not isinstance(data, dict) or data.get("schema") != BASELINE_SCHEMA:
        raise InputError(str(path), f"not a factcheck baseline (expected \"schema\": \"{BASELINE_SCHEMA}\")")
    try:
        return Baseline.model_validate({"schema_": data["schema"], "findings": data.get("findings", [])})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(str(path), f"not a factcheck baseline: {where}: {first['msg']}") from None


def apply_baseline(result: CheckResult, baseline: Baseline, root: Path) -> CheckResult:
    """Drop findings the baseline accepts (each entry once); they are counted as suppressed."""
    remaining = baseline.counts()
    kept: list[Finding] = []
    for finding in result.findings:
        key = fingerprint(finding, root)
        if remaining[key] > 0:
            remaining[key] -= 1
        else:
            kept.append(finding)
    return with_findings(result, kept, suppressed=len(result.findings) - len(kept))
