"""Suppressions: findings an editor has silenced on purpose, inline or in the front matter.

Inline, an HTML comment silences the claims on the next non-blank line (and any claim after the
comment on its own line)::

    <!-- factcheck: ignore FC101 -->          one rule
    <!-- factcheck: ignore FC101, FC103 -->   several (commas or spaces; names and kinds work too)
    <!-- factcheck: ignore -->                every rule

In the front matter, ``factcheck: {ignore: [FC104]}`` silences those rules for the whole article.
Both are counted in ``summary.suppressed``. Rules switched off in a configuration file are dropped too,
but not counted: they were never asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from factcheck.config import article_settings
from factcheck.errors import ConfigError
from factcheck.findings import CheckResult, Finding, Severity

# Bounded by the line: no nested quantifiers, so matching stays linear.
_COMMENT = re.compile(r"<!--[ \t]*factcheck:[ \t]*ignore\b(?P<codes>[^>\n]*)-->")
_TOKEN = re.compile(r"[A-Za-z0-9_.]+")

ALL: frozenset[str] = frozenset()  # an empty set of codes means "every rule"


class Inline:
    """The inline suppressions of one document: which rules are silenced on which line."""

    def __init__(self, text: str) -> None:
        self._lines: dict[int, list[tuple[int, frozenset[str]]]] = {}
        lines = text.split("\n")
        for number, line in enumerate(lines, start=1):
            for found in _COMMENT.finditer(line):
                codes = frozenset(_TOKEN.findall(found.group("codes").rstrip("-")))
                # Claims after the comment on its own line: column is 1-based.
                self._add(number, found.end() + 1, codes)
                self._add(_next_non_blank(lines, number), 0, codes)

    def _add(self, line: int | None, from_column: int, codes: frozenset[str]) -> None:
        if line is not None:
            self._lines.setdefault(line, []).append((from_column, codes))

    def silences(self, finding: Finding) -> bool:
        """True when a comment before the finding's claim names its rule (or names none)."""
        for from_column, codes in self._lines.get(finding.claim.line, ()):
            if finding.claim.column >= from_column and _named(finding, codes):
                return True
        return False


def _next_non_blank(lines: list[str], number: int) -> int | None:
    for following in range(number + 1, len(lines) + 1):
        if lines[following - 1].strip():
            return following
    return None


def _named(finding: Finding, codes: frozenset[str]) -> bool:
    return not codes or bool({finding.rule, finding.name, finding.kind} & codes)


def apply_suppressions(result: CheckResult, *,
                       disabled: Mapping[str, Iterable[str]] | None = None) -> CheckResult:
    """Drop suppressed findings and count them; ``disabled`` maps a path to rules its config ignores."""
    inline: dict[str, Inline] = {}
    front: dict[str, frozenset[str]] = {}
    for doc_result in result.documents:
        doc = doc_result.document
        inline[doc.path] = Inline(doc.text)
        front[doc.path] = _front_matter_ignores(doc.path, doc.text, doc.meta)
    off = {path: frozenset(codes) for path, codes in (disabled or {}).items()}
    kept: list[Finding] = []
    suppressed = 0
    for finding in result.findings:
        if _named_in(finding, off.get(finding.path)):
            continue
        silenced = inline[finding.path].silences(finding) if finding.path in inline else False
        if silenced or _named_in(finding, front.get(finding.path)):
            suppressed += 1
            continue
        kept.append(finding)
    return with_findings(result, kept, suppressed=suppressed)


def _named_in(finding: Finding, codes: frozenset[str] | None) -> bool:
    return bool(codes) and _named(finding, codes or ALL)


def _front_matter_ignores(path: str, text: str, meta: Mapping[str, object]) -> frozenset[str]:
    try:
        return frozenset(article_settings(path, text, dict(meta)).ignore)
    except ConfigError:
        # The pipeline reports a bad front matter as an input error; here it silences nothing.
        return ALL


def with_findings(result: CheckResult, findings: Sequence[Finding], *, suppressed: int = 0) -> CheckResult:
    """The same result with another list of findings, its summary recounted."""
    summary = result.summary.model_copy(update={
        "findings": len(findings),
        "errors": _count(findings, Severity.ERROR),
        "warnings": _count(findings, Severity.WARNING),
        "infos": _count(findings, Severity.INFO),
        "suppressed": result.summary.suppressed + suppressed,
    })
    return result.model_copy(update={"findings": tuple(findings), "summary": summary})


def _count(findings: Sequence[Finding], severity: Severity) -> int:
    return sum(1 for finding in findings if finding.severity is severity)
