"""Findings: what the consistency checks report, and the whole result of a check run."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from factcheck.claims import Claim, Frozen
from factcheck.documents import Document


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Against(Frozen):
    """The other side of a comparison: a claim in another article or a fact of a reference source."""

    path: str
    claim: Claim
    source: str | None = None  # who states it (reference files)
    url: str | None = None
    is_reference: bool = False


class Finding(Frozen):
    """One discrepancy (or an unsupported claim, at level info), with both sides."""

    rule: str  # stable code, "FC101"
    name: str  # dotted name, "value.mismatch"
    kind: str  # value_mismatch | scale_mismatch | ... | unsupported
    severity: Severity
    path: str
    claim: Claim
    against: Against | None = None
    related: tuple[Against, ...] = ()  # further claims involved (the parts of a sum)
    message: str
    evidence: tuple[str, ...] = ()  # why the two sides were taken as the same quantity


class Verified(Frozen):
    """A claim that matched a counterpart and agrees with it."""

    path: str
    claim: Claim
    against: Against
    evidence: tuple[str, ...] = ()


class DocumentResult(Frozen):
    """One checked article with every claim extracted from it."""

    document: Document
    claims: tuple[Claim, ...]


class Summary(Frozen):
    documents: int
    claims: int
    findings: int
    errors: int
    warnings: int
    infos: int = 0
    verified: int = 0
    suppressed: int = 0


class CheckResult(Frozen):
    """Everything a reporter needs; reporters are pure functions of this."""

    documents: tuple[DocumentResult, ...]
    findings: tuple[Finding, ...]
    verified: tuple[Verified, ...]
    summary: Summary
    references: tuple[str, ...] = ()
    input_errors: tuple[str, ...] = Field(default_factory=tuple)  # one line each, "path:line: message"
