"""factcheck: a fact-check and figure-consistency checker for Arabic and English news articles.

The public API: read documents, extract typed numeric claims, load reference facts, check articles
against references and against each other, and render the result in any report format.
"""

from __future__ import annotations

from factcheck.check import check_documents, check_paths
from factcheck.claims import Claim, Kind, Period, Qualifier
from factcheck.documents import Document, iter_paths, load_document
from factcheck.errors import ConfigError, FactcheckError, InputError, ReferenceFileError, RulesError
from factcheck.extract import describe, detect_lang, extract_document, extract_text
from factcheck.findings import (
    Against,
    CheckResult,
    DocumentResult,
    Finding,
    Severity,
    Summary,
    Verified,
)
from factcheck.references import Reference, load_references
from factcheck.report.formats import FORMATS, render
from factcheck.rules import CheckOptions, explain, load_rules

__all__ = [
    "FORMATS",
    "Against",
    "CheckOptions",
    "CheckResult",
    "Claim",
    "ConfigError",
    "Document",
    "DocumentResult",
    "FactcheckError",
    "Finding",
    "InputError",
    "Kind",
    "Period",
    "Qualifier",
    "Reference",
    "ReferenceFileError",
    "RulesError",
    "Severity",
    "Summary",
    "Verified",
    "check_documents",
    "check_paths",
    "describe",
    "detect_lang",
    "explain",
    "extract_document",
    "extract_text",
    "iter_paths",
    "load_document",
    "load_references",
    "load_rules",
    "render",
]
