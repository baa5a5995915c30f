"""``--format sarif``: SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

Columns count Unicode code points (``columnKind: unicodeCodePoints``), as every factcheck position
does; ``endColumn`` is the column just past the claim, as SARIF defines it. Rule metadata comes from
the shipped consistency rules when ``factcheck.rules`` is available, otherwise from the findings.
Each result's ``partialFingerprints`` leaves line numbers out, so a finding keeps its identity when
lines are added above it.

Each rule's ``helpUri`` is the absolute URL of its page, ``docs/rules/FC101.md``
(``factcheck.report.rule_pages``), under a base URL: ``rule_docs_url=`` when the caller gives one, else
the project's own repository from the package metadata (a ``Repository``, ``Source`` or ``Homepage``
URL on GitHub or GitLab, read at ``blob/HEAD``). Never a relative reference: the SARIF schema gives
``helpUri`` the format ``uri`` (absolute), and GitHub's upload refuses a ``helpUri`` without a scheme.
With no base known, rules carry no ``helpUri``; their ``help`` text holds the page's substance anyway.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import re
import unicodedata
from dataclasses import dataclass
from importlib import metadata
from pathlib import PurePath
from typing import Any
from urllib.parse import quote, urlsplit

from factcheck import jsonfast
from factcheck.claims import Claim
from factcheck.findings import Against, CheckResult, Finding, Severity
from factcheck.report.contract import claim_json
from factcheck.report.formats import (
    Root,
    by_position,
    counterpart_text,
    display_error,
    display_path,
    end_position,
    source_label,
)

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "factcheck/v1"
ROOT_BASE_ID = "SRCROOT"
# A sentence ends at a full stop after a lower-case letter or digit ("U.S. Central" is no end).
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]\"])\.\s+(?=[A-Z\"(])")
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
RULE_DOCS_PATH = "docs/rules/"  # where the rule pages live in the repository
_FORGES = {"github.com": "blob/HEAD/", "gitlab.com": "-/blob/HEAD/"}


@dataclass(frozen=True)
class RuleInfo:
    """What SARIF says about one rule, from the rule file or, failing that, from a finding."""

    code: str
    name: str
    kind: str
    level: Severity
    short: str
    full: str
    help: str
    help_markdown: str


def render(result: CheckResult, *, root: Root = None, rule_docs_url: str | None = None) -> str:
    """The check result as one SARIF 2.1.0 log with a single run.

    ``rule_docs_url`` is the absolute URL of the folder holding the rule pages (ending in ``/``, e.g.
    ``https://github.com/OWNER/factcheck/blob/v1.0/docs/rules/``); by default it comes from the package
    metadata. Raises ValueError when it is not an absolute http(s) URL.
    """
    return jsonfast.dumps(sarif_log(result, root, rule_docs_url), floats=False) + "\n"


def sarif_log(result: CheckResult, root: Root = None, rule_docs_url: str | None = None) -> dict[str, Any]:
    """The SARIF log as JSON-ready data."""
    rules = rule_catalog(result.findings)
    index = {rule.code: i for i, rule in enumerate(rules)}
    run: dict[str, Any] = {
        "tool": {"driver": _driver(rules, rule_docs_base(rule_docs_url))},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.rule], root) for f in by_position(result.findings)],
        "invocations": [_invocation(result, root)],
    }
    if root is not None and PurePath(root).is_absolute():
        run["originalUriBaseIds"] = {ROOT_BASE_ID: {"uri": PurePath(root).as_uri().rstrip("/") + "/"}}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def rule_catalog(findings: tuple[Finding, ...]) -> list[RuleInfo]:
    """Every shipped rule, plus any rule a finding names that the shipped set lacks, by code."""
    known = {rule.code: rule for rule in _shipped_rules()}
    for finding in findings:
        if finding.rule not in known:
            known[finding.rule] = RuleInfo(
                code=finding.rule, name=finding.name, kind=finding.kind, level=finding.severity,
                short=finding.name, full=f"{finding.rule} {finding.name}: a {finding.kind} check.",
                help=f"{finding.rule} {finding.name} ({finding.kind})",
                help_markdown=f"`{finding.rule}` **{finding.name}** ({finding.kind})",
            )
    return sorted(known.values(), key=lambda rule: rule.code)


def _shipped_rules() -> list[RuleInfo]:
    try:
        module = importlib.import_module("factcheck.rules")
    except ModuleNotFoundError as exc:
        if exc.name not in ("factcheck.rules", "factcheck"):
            raise
        return []
    return [_rule_info(rule) for rule in module.load_rules()]


def _rule_info(rule: Any) -> RuleInfo:
    description = " ".join(str(rule.description).split())
    first = _SENTENCE_END.split(description, maxsplit=1)[0]
    short = first.rstrip(".") + "." if description else str(rule.name)
    examples = _examples(rule)
    plain = [description] + [f"{label}: {text}" for label, text in examples]
    markdown = [description] + [f"**{label}:** {text}" for label, text in examples]
    return RuleInfo(
        code=str(rule.code), name=str(rule.name), kind=str(rule.kind), level=Severity(rule.level),
        short=short, full=description or short, help="\n\n".join(plain), help_markdown="\n\n".join(markdown),
    )


def _examples(rule: Any) -> list[tuple[str, str]]:
    """(label, text) for each bad then good example of a rule, with its reference when it has one."""
    out: list[tuple[str, str]] = []
    examples = getattr(rule, "examples", None)
    for label in ("bad", "good"):
        for case in getattr(examples, label, ()) or ():
            text = str(getattr(case, "text", case))
            reference = getattr(case, "reference", None)
            shown = f"{text} (reference: {_plain(reference)})" if reference else text
            out.append((label.capitalize(), shown))
    return out


def _plain(value: Any, nested: bool = False) -> str:
    """A YAML value from a rule example in words: dates in ISO form, no Python reprs."""
    if isinstance(value, dict):
        if nested:
            return "(" + ", ".join(f"{key} {_plain(item, True)}" for key, item in value.items()) + ")"
        return ", ".join(f"{key}: {_plain(item, True)}" for key, item in value.items())
    if isinstance(value, list | tuple):
        return " and ".join(_plain(item, True) for item in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _driver(rules: list[RuleInfo], docs: str | None) -> dict[str, Any]:
    driver: dict[str, Any] = {"name": "factcheck", "version": _version()}
    uri = _information_uri()
    if uri is not None:  # optional in SARIF; never point at a page that may not be ours
        driver["informationUri"] = uri
    driver["rules"] = [_rule_json(rule, docs) for rule in rules]
    return driver


def _version() -> str:
    try:
        return str(metadata.version("factcheck"))
    except metadata.PackageNotFoundError:
        return "0+unknown"


def _project_urls() -> list[tuple[str, str]]:
    """(label, url) of every ``[project.urls]`` entry in the package metadata."""
    try:
        entries = metadata.metadata("factcheck").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return []
    pairs = [tuple(part.strip() for part in str(entry).partition(",")[::2]) for entry in entries]
    return [(label.lower(), url) for label, url in pairs if url]


def _information_uri() -> str | None:
    """The project's own URL from its metadata (``[project.urls]``), if it declares one."""
    for label, url in _project_urls():
        if label in ("homepage", "documentation", "repository", "source"):
            return url
    return None


def rule_docs_base(explicit: str | None = None) -> str | None:
    """The absolute URL of the folder of rule pages, ending in ``/``; None when none is known.

    ``explicit`` wins (ValueError unless it is an absolute http(s) URL); else the project's repository
    on GitHub or GitLab, from the package metadata, at ``HEAD`` of its default branch.
    """
    if explicit is not None:
        parts = urlsplit(explicit)
        if parts.scheme not in ("https", "http") or not parts.netloc or any(c.isspace() for c in explicit):
            raise ValueError(f"the rule docs URL must be an absolute http(s) URL, got {explicit!r}")
        return explicit if explicit.endswith("/") else explicit + "/"
    for label, url in _project_urls():
        parts = urlsplit(url)
        forge = _FORGES.get(parts.netloc.lower())
        path = parts.path.strip("/").removesuffix(".git")
        if label in ("repository", "source", "homepage") and parts.scheme == "https" and forge \
                and path.count("/") >= 1:
            return f"https://{parts.netloc}/{path}/{forge}{RULE_DOCS_PATH}"
    return None


def rule_help_uri(code: str, docs: str | None) -> str | None:
    """The URL of a rule's page under ``docs`` (see ``rule_docs_base``)."""
    return None if docs is None else docs + quote(f"{code}.md")


def _rule_json(rule: RuleInfo, docs: str | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.short},
        "fullDescription": {"text": rule.full},
    }
    uri = rule_help_uri(rule.code, docs)
    markdown = rule.help_markdown
    if uri is not None:
        entry["helpUri"] = uri
        markdown += f"\n\n[{rule.code} documentation]({uri})"
    entry.update({
        "help": {"text": rule.help, "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[rule.level]},
        "properties": {"kind": rule.kind, "tags": ["factcheck", rule.kind]},
    })
    return entry


def _result(finding: Finding, rule_index: int, root: Root) -> dict[str, Any]:
    related = []
    if finding.against is not None:
        related.append(_related(finding.against, _source_message(finding.against), root))
    related += [_related(part, f"part: {part.claim.text}", root) for part in finding.related]
    for number, entry in enumerate(related, start=1):
        entry["id"] = number
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": _physical(finding.path, finding.claim, root)}],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding, root)},
        "properties": {
            "name": finding.name,
            "kind": finding.kind,
            "evidence": list(finding.evidence),
            "claim": claim_json(finding.claim),
            "against": None if finding.against is None else claim_json(finding.against.claim),
        },
    }
    if related:
        result["relatedLocations"] = related
    return result


def _source_message(against: Against) -> str:
    url = f" <{against.url}>" if against.url else ""
    return f"source: {source_label(against)}{url}: {counterpart_text(against)}"


def _related(against: Against, message: str, root: Root) -> dict[str, Any]:
    return {"physicalLocation": _physical(against.path, against.claim, root), "message": {"text": message}}


def _physical(path: str, claim: Claim, root: Root) -> dict[str, Any]:
    end_line, end_column = end_position(claim)
    location: dict[str, Any] = {"uri": artifact_uri(path, root)}
    if root is not None and not PurePath(display_path(path, root)).is_absolute():
        location["uriBaseId"] = ROOT_BASE_ID
    return {
        "artifactLocation": location,
        "region": {
            "startLine": claim.line,
            "startColumn": claim.column,
            "endLine": end_line,
            "endColumn": end_column,
            "charOffset": claim.start,
            "charLength": claim.end - claim.start,
            "snippet": {"text": claim.text},
        },
    }


def artifact_uri(path: str, root: Root = None) -> str:
    """A URI reference for ``path``: relative to ``root`` and percent-encoded, or a file: URI."""
    shown = display_path(path, root)
    pure = PurePath(shown)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(pure.as_posix(), safe="/")


def fingerprint(finding: Finding, root: Root = None) -> str:
    """A hash of path, rule, claim text and counterpart that ignores line numbers and spelling noise."""
    counterpart = ""
    if finding.against is not None:
        other = finding.against
        counterpart = display_path(other.path, root) + "\x1f" + _normalised(other.claim.text)
    key = "\x1f".join([display_path(finding.path, root), finding.rule, _normalised(finding.claim.text),
                       counterpart])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _normalised(text: str) -> str:
    """Casefolded, NFKC, every script's digits as ASCII, format marks dropped, spaces collapsed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    chars = []
    for ch in folded:
        digit = unicodedata.decimal(ch, None)
        if digit is not None:
            chars.append(str(digit))
        elif unicodedata.category(ch) != "Cf" and ch != "\u0640":  # bidi marks, tatweel
            chars.append(ch)
    return " ".join("".join(chars).split())


def _invocation(result: CheckResult, root: Root) -> dict[str, Any]:
    invocation: dict[str, Any] = {"executionSuccessful": not result.input_errors}
    if result.input_errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": display_error(line, root)}} for line in result.input_errors
        ]
    return invocation
