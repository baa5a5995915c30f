"""Suppressions: findings an editor has silenced on purpose, inline or in the front matter.

Inline, an HTML comment silences the claims on the next non-blank line (and any claim after the
comment on its own line)::

    <!-- factcheck: ignore FC101 -->          one rule
    <!-- factcheck: ignore FC101, FC103 -->   several (commas or spaces; names and kinds work too)
    <!-- factcheck: ignore -->                every rule

and a block silences every finding between its two comments (an ``off`` without an ``on`` runs to the
end of the file), as Vale's ``<!-- vale off -->`` and markdownlint's ``disable``/``enable`` do::

    <!-- factcheck: off -->
    ...
    <!-- factcheck: on -->

A rule code that names no rule ("FC1O1", with a letter O) and a ``factcheck:`` comment of no known form
are warnings naming file:line; so, when asked (``--report-unused-suppressions``), is a suppression that
silenced nothing. In the front matter, ``factcheck: {ignore: [FC104]}`` silences those rules for the
whole article. Both are counted in ``summary.suppressed``. Rules switched off in a configuration file
are dropped too, but not counted: they were never asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from factcheck.config import article_settings, known_rules
from factcheck.errors import ConfigError
from factcheck.findings import CheckResult, Finding, Severity

# Bounded by the line: no nested quantifiers, so matching stays linear.
_COMMENT = re.compile(r"<!--[ \t]*factcheck[ \t]*:(?P<body>[^>\n]*)-->")
_TOKEN = re.compile(r"[A-Za-z0-9_.]+")

ALL: frozenset[str] = frozenset()  # an empty set of codes means "every rule"


@dataclass
class _Directive:
    """One ``ignore`` comment, and which of its codes silenced something."""

    line: int
    codes: frozenset[str]
    unknown: frozenset[str] = frozenset()  # codes that name no rule (warned about already)
    used: set[str] = field(default_factory=set)  # the codes that matched; "" for a bare ignore


@dataclass
class _Block:
    """An ``off`` ... ``on`` block, as (line, column) positions: after ``off``'s comment, before ``on``'s."""

    line: int
    start: tuple[int, int]
    end: tuple[int, int] | None  # None: to the end of the file
    used: bool = False


class Inline:
    """The inline suppressions of one document: which rules are silenced where."""

    def __init__(self, text: str, path: str = "", known: frozenset[str] = frozenset()) -> None:
        self.path = path
        self.warnings: list[str] = []
        self.directives: list[_Directive] = []
        self.blocks: list[_Block] = []
        self._lines: dict[int, list[tuple[int, _Directive]]] = {}
        lines = text.split("\n")
        for number, line in enumerate(lines, start=1):
            for found in _COMMENT.finditer(line):
                self._read(found, number, lines, known)

    def _read(self, found: re.Match[str], number: int, lines: list[str], known: frozenset[str]) -> None:
        body = found.group("body").strip().rstrip("-").strip()
        word, _, rest = body.partition(" ")
        if word == "ignore":
            codes = frozenset(_TOKEN.findall(rest))
            unknown = codes - known if known else frozenset()
            for code in sorted(unknown):
                self._warn(number, f"unknown rule {code!r} in a suppression comment "
                                   "(`factcheck rules` lists them)")
            directive = _Directive(number, codes, unknown)
            self.directives.append(directive)
            # Claims after the comment on its own line: column is 1-based.
            self._add(number, found.end() + 1, directive)
            self._add(_next_non_blank(lines, number), 0, directive)
        elif body == "off":
            if not self.blocks or self.blocks[-1].end is not None:  # a second off inside a block: no-op
                self.blocks.append(_Block(number, (number, found.end() + 1), None))
        elif body == "on":
            if self.blocks and self.blocks[-1].end is None:
                self.blocks[-1].end = (number, found.start() + 1)
        else:
            self._warn(number, f"not a factcheck comment: {body!r} "
                               "(expected `ignore [CODES]`, `off` or `on`)")

    def _warn(self, line: int, message: str) -> None:
        self.warnings.append(f"{self.path}:{line}: {message}")

    def _add(self, line: int | None, from_column: int, directive: _Directive) -> None:
        if line is not None:
            self._lines.setdefault(line, []).append((from_column, directive))

    def silences(self, finding: Finding) -> bool:
        """True when a comment before the finding's claim names its rule (or names none), or the claim
        lies in an ``off`` block; every suppression that applies is marked as used."""
        silenced = False
        for from_column, directive in self._lines.get(finding.claim.line, ()):
            if finding.claim.column >= from_column and _named(finding, directive.codes):
                silenced = True
                directive.used |= (_names(finding) & directive.codes) if directive.codes else {""}
        where = (finding.claim.line, finding.claim.column)
        for block in self.blocks:
            if block.start <= where and (block.end is None or where < block.end):
                silenced = block.used = True
        return silenced

    def unused(self) -> list[str]:
        """One line per suppression that silenced nothing ("path:line: ..."), in file order; a code
        already reported as unknown is not repeated."""
        out: list[tuple[int, str]] = []
        for directive in self.directives:
            if not directive.codes and not directive.used:
                out.append((directive.line, "unused suppression: `ignore` (every rule) silenced nothing"))
            for code in sorted(directive.codes - directive.used - directive.unknown):
                out.append((directive.line, f"unused suppression: {code!r} silenced nothing"))
        out += [(block.line, "unused suppression: the `off` block silenced nothing")
                for block in self.blocks if not block.used]
        return [f"{self.path}:{line}: {message}" for line, message in sorted(out, key=lambda item: item[0])]


def _next_non_blank(lines: list[str], number: int) -> int | None:
    for following in range(number + 1, len(lines) + 1):
        if lines[following - 1].strip():
            return following
    return None


def _names(finding: Finding) -> set[str]:
    return {finding.rule, finding.name, finding.kind}


def _named(finding: Finding, codes: frozenset[str]) -> bool:
    return not codes or bool(_names(finding) & codes)


def apply_suppressions(result: CheckResult, *, disabled: Mapping[str, Iterable[str]] | None = None,
                       warnings: list[str] | None = None, unused: list[str] | None = None) -> CheckResult:
    """Drop suppressed findings and count them; ``disabled`` maps a path to rules its config ignores.

    Comments naming unknown rules or of no known form are appended to ``warnings``, and suppressions
    that silenced nothing to ``unused``, as "path:line: message" lines."""
    inline: dict[str, Inline] = {}
    front: dict[str, frozenset[str]] = {}
    known = known_rules()
    for doc_result in result.documents:
        doc = doc_result.document
        inline[doc.path] = Inline(doc.text, doc.path, known)
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
    for comments in inline.values():
        if warnings is not None:
            warnings += comments.warnings
        if unused is not None:
            unused += comments.unused()
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
