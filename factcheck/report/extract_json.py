"""`factcheck extract --format json`: the factcheck/extract/v1 contract.

Written one document at a time, so a run over thousands of files holds one document in memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from factcheck import jsonfast
from factcheck.findings import DocumentResult
from factcheck.report.contract import EXTRACT_SCHEMA, claim_json


def document_json(result: DocumentResult) -> dict[str, Any]:
    doc = result.document
    return {
        "path": doc.path,
        "lang": doc.lang,
        "published": doc.published.isoformat() if doc.published else None,
        "title": doc.title,
        "claims": [claim_json(c) for c in result.claims],
    }


def write(results: Iterable[DocumentResult], out: Callable[[str], object]) -> None:
    """Write the contract to ``out`` piece by piece; the same text as ``render``."""
    out('{\n  "schema": ' + json.dumps(EXTRACT_SCHEMA) + ',\n  "documents": [')
    first = True
    for result in results:
        body = jsonfast.dumps(document_json(result), floats=False)
        out(("\n" if first else ",\n") + "\n".join("    " + line for line in body.split("\n")))
        first = False
    out("]\n}\n" if first else "\n  ]\n}\n")


def render(results: Iterable[DocumentResult]) -> str:
    """The extract contract as indented JSON (UTF-8, Arabic unescaped)."""
    parts: list[str] = []
    write(results, parts.append)
    return "".join(parts)
