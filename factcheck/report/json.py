"""``--format json``: the stable machine contract ``factcheck/check/v1`` (docs/schemas/check.md).

The contract's fields come first and never change meaning; fields beyond it (``name``, ``evidence``,
``related``, ``documents``, ``references``, ``input_errors``, the extra ``against`` keys) are additive.
Paths are made relative to ``root`` when one is given. Output is UTF-8 text, Arabic unescaped.
"""

from __future__ import annotations

from typing import Any

from factcheck import jsonfast
from factcheck.findings import Against, CheckResult, Finding, Verified
from factcheck.report.contract import CHECK_SCHEMA, claim_json
from factcheck.report.formats import Root, by_position, display_error, display_path


def against_json(against: Against, root: Root = None) -> dict[str, Any]:
    """The ``against`` object: the other side's path and claim, plus who states it."""
    return {
        "path": display_path(against.path, root),
        "claim": claim_json(against.claim),
        "source": against.source,
        "url": against.url,
        "is_reference": against.is_reference,
    }


def finding_json(finding: Finding, root: Root = None) -> dict[str, Any]:
    """One entry of ``findings``."""
    return {
        "rule": finding.rule,
        "kind": finding.kind,
        "severity": finding.severity.value,
        "path": display_path(finding.path, root),
        "claim": claim_json(finding.claim),
        "against": None if finding.against is None else against_json(finding.against, root),
        "message": finding.message,
        "name": finding.name,
        "evidence": list(finding.evidence),
        "related": [against_json(a, root) for a in finding.related],
    }


def verified_json(verified: Verified, root: Root = None) -> dict[str, Any]:
    """One entry of ``verified``."""
    return {
        "path": display_path(verified.path, root),
        "claim": claim_json(verified.claim),
        "against": against_json(verified.against, root),
        "evidence": list(verified.evidence),
    }


def check_json(result: CheckResult, root: Root = None) -> dict[str, Any]:
    """The whole document as plain JSON-ready data (what ``render`` serialises)."""
    verified = sorted(result.verified, key=lambda v: (v.path, v.claim.start, v.claim.end))
    return {
        "schema": CHECK_SCHEMA,
        "findings": [finding_json(f, root) for f in by_position(result.findings)],
        "verified": [verified_json(v, root) for v in verified],
        "summary": result.summary.model_dump(mode="json"),
        "documents": [
            {
                "path": display_path(d.document.path, root),
                "lang": d.document.lang,
                "published": d.document.published.isoformat() if d.document.published else None,
                "title": d.document.title,
                "claims": len(d.claims),
            }
            for d in result.documents
        ],
        "references": [display_path(r, root) for r in result.references],
        "input_errors": [display_error(e, root) for e in result.input_errors],
    }


def render(result: CheckResult, *, root: Root = None) -> str:
    """The check result as indented JSON, ending in a newline."""
    return jsonfast.dumps(check_json(result, root), floats=False) + "\n"  # (strings hold the values)
