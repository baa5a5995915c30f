"""`factcheck extract --format json`: the factcheck/extract/v1 contract."""

from __future__ import annotations

import json
from collections.abc import Sequence

from factcheck.findings import DocumentResult
from factcheck.report.contract import EXTRACT_SCHEMA, claim_json


def render(results: Sequence[DocumentResult]) -> str:
    """The extract contract as indented JSON (UTF-8, Arabic unescaped)."""
    payload = {
        "schema": EXTRACT_SCHEMA,
        "documents": [
            {
                "path": r.document.path,
                "lang": r.document.lang,
                "published": r.document.published.isoformat() if r.document.published else None,
                "title": r.document.title,
                "claims": [claim_json(c) for c in r.claims],
            }
            for r in results
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
