"""``--format github``: GitHub Actions workflow commands that become annotations on a pull request.

One line per finding, ``::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message``; warnings
become ``::warning`` and info ``::notice``. GitHub shows only the first few annotations of each level
per step, so the most relevant come first: input errors, then errors, warnings and notices, each in
path and line order. ``endColumn`` is the column of the claim's last character (inclusive), and
columns are omitted for a claim that spans lines, as GitHub requires.

GitHub shows about ten annotations of each level per step, and the info-level notices (FC900, an
unsupported claim) would use up the notices: findings below ``min_level`` (warning by default) are
left out, with one plain log line saying how many. The exit code is not the report's business: the
CLI's ``--fail-on`` still counts every finding.
"""

from __future__ import annotations

import re

from factcheck.findings import CheckResult, Finding, Severity
from factcheck.report.formats import (
    Root,
    by_relevance,
    counterpart_text,
    display_error,
    display_path,
    inert,
    location,
    source_label,
)

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}

# "path:line: message" or "path:line:column: message", as the document reader words an input error.
_ERROR_PLACE = re.compile(r"^(?P<path>[^\n]+?):(?P<line>[0-9]+)(?::(?P<col>[0-9]+))?: ")


def escape_data(text: str) -> str:
    """Escape a command's message the way the Actions runner unescapes it; control and bidi control
    characters are shown as escapes (an ESC must not recolour the log)."""
    return inert(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    """Escape a property value; ``:`` and ``,`` would otherwise end it."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str | int], message: str) -> str:
    """One workflow command line."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


DEFAULT_MIN_LEVEL = Severity.WARNING


def render(result: CheckResult, *, root: Root = None, min_level: Severity = DEFAULT_MIN_LEVEL) -> str:
    """Every input error and every finding at ``min_level`` or above as a workflow command, most
    relevant first; a plain line counts the findings left out."""
    shown = [f for f in result.findings if f.severity.rank >= min_level.rank]
    lines = [_input_error(line, root) for line in result.input_errors]
    lines += [_finding(finding, root) for finding in by_relevance(shown)]
    hidden = len(result.findings) - len(shown)
    if hidden:
        lines.append(hidden_line(hidden, min_level))
    return "".join(line + "\n" for line in lines)


def hidden_line(hidden: int, min_level: Severity) -> str:
    """The plain log line that counts the findings below ``min_level`` left out."""
    below = sorted((s for s in Severity if s.rank < min_level.rank), key=lambda s: s.rank)
    names = " and ".join(s.value for s in below)
    return (f"factcheck: {hidden} {names} finding{'s' if hidden != 1 else ''} not shown as "
            f"annotations (--min-level {below[0].value} shows them)")


def _finding(finding: Finding, root: Root) -> str:
    claim = finding.claim
    properties: dict[str, str | int] = {"file": display_path(finding.path, root), "line": claim.line}
    last_line = claim.line + claim.text.count("\n")
    if last_line == claim.line:
        properties |= {"col": claim.column, "endLine": claim.line,
                       "endColumn": claim.column + max(len(claim.text) - 1, 0)}
    else:
        properties["endLine"] = last_line
    properties["title"] = f"{finding.rule} {finding.name}"
    return command(COMMANDS[finding.severity], properties, _message(finding, root))


def _message(finding: Finding, root: Root) -> str:
    lines = [finding.message, f"claim: {finding.claim.text}"]
    if finding.against is not None:
        other = finding.against
        url = f" {other.url}" if other.url else ""
        lines.append(f"against: {counterpart_text(other)} — {source_label(other)}, "
                     f"{location(other.path, other.claim, root)}{url}")
    lines += [f"part: {p.claim.text} ({location(p.path, p.claim, root)})" for p in finding.related]
    if finding.evidence:
        lines.append("evidence: " + "; ".join(finding.evidence))
    return "\n".join(lines)


def _input_error(line: str, root: Root) -> str:
    shown = display_error(line, root)
    match = _ERROR_PLACE.match(shown)
    properties: dict[str, str | int] = {}
    if match:
        properties = {"file": match["path"], "line": int(match["line"])}
        if match["col"]:
            properties["col"] = int(match["col"])
    properties["title"] = "factcheck: input error"
    return command("error", properties, shown)
