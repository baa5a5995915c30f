"""``--format junit``: JUnit XML, for CI systems that chart test results (GitLab, Jenkins, Azure).

One ``testsuite`` per article and one ``testcase`` per claim extracted from it, so ``tests`` equals
the number of claims and a dashboard reads like the summary:

- a verified claim passes, with its counterpart in ``system-out``;
- a claim with an error or warning finding fails (one ``failure``, worded by its most severe finding,
  every finding of the claim in the body);
- a claim with only info findings (``unsupported``) or with no counterpart at all is ``skipped``, with
  the reason: it was not checked, which is neither a pass nor a failure.

Input errors (files that could not be read) form their own suite of ``error`` test cases.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import PurePosixPath

from factcheck.claims import Claim
from factcheck.documents import Document
from factcheck.findings import Against, CheckResult, DocumentResult, Finding, Severity, Verified
from factcheck.report.formats import (
    Root,
    by_relevance,
    claim_key,
    counterpart_text,
    display_error,
    display_path,
    location,
    source_label,
)

NO_COUNTERPART = "no reference or other article states this quantity"

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    """``text`` with characters XML cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def render(result: CheckResult, *, root: Root = None) -> str:
    """The result as a JUnit XML document."""
    findings: dict[tuple[str, str, int, int], list[Finding]] = {}
    for finding in by_relevance(result.findings):
        findings.setdefault(claim_key(finding.path, finding.claim), []).append(finding)
    verified = {claim_key(v.path, v.claim): v for v in result.verified}
    suites = ET.Element("testsuites", name="factcheck")
    for doc in _documents(result):
        suites.append(_suite(doc, findings, verified, root))
    if result.input_errors:
        suites.append(_input_errors(result.input_errors, root))
    _total(suites)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _documents(result: CheckResult) -> list[DocumentResult]:
    """The checked documents, plus any claim a finding names that its document did not list."""
    listed = {claim_key(d.document.path, c) for d in result.documents for c in d.claims}
    by_path = {d.document.path: d for d in result.documents}
    named = [(f.path, f.claim) for f in result.findings] + [(v.path, v.claim) for v in result.verified]
    for path, claim in named:
        if claim_key(path, claim) in listed:
            continue
        listed.add(claim_key(path, claim))
        if path in by_path:
            by_path[path] = by_path[path].model_copy(update={"claims": (*by_path[path].claims, claim)})
        else:
            by_path[path] = _bare_document(path, claim)
    return [by_path[path] for path in sorted(by_path)]


def _bare_document(path: str, claim: Claim) -> DocumentResult:
    return DocumentResult(document=Document(path=path, text="", prose="", lang=claim.lang), claims=(claim,))


def _suite(doc: DocumentResult, findings: dict[tuple[str, str, int, int], list[Finding]],
           verified: dict[tuple[str, str, int, int], Verified], root: Root) -> ET.Element:
    path = doc.document.path
    suite = ET.Element("testsuite", name=clean(display_path(path, root)))
    properties = ET.SubElement(suite, "properties")
    facts = {"lang": doc.document.lang, "published": doc.document.published, "title": doc.document.title}
    for name, value in facts.items():
        if value is not None:
            ET.SubElement(properties, "property", name=name, value=clean(str(value)))
    for claim in sorted(doc.claims, key=lambda c: (c.start, c.end)):
        key = claim_key(path, claim)
        suite.append(_case(path, claim, findings.get(key, []), verified.get(key), root))
    return suite


def _case(path: str, claim: Claim, findings: list[Finding], verified: Verified | None,
          root: Root) -> ET.Element:
    shown = display_path(path, root)
    case = ET.Element("testcase", name=clean(f"{claim.line}:{claim.column} {claim.text}"),
                      classname=clean(str(PurePosixPath(shown).with_suffix(""))), file=clean(shown),
                      line=str(claim.line))
    failing = [f for f in findings if f.severity is not Severity.INFO]
    if failing:
        worst = failing[0]
        failure = ET.SubElement(case, "failure", type=worst.kind,
                                message=clean(f"{worst.rule} {worst.name}: {worst.message}"))
        failure.text = clean("\n\n".join(_describe(f, root) for f in findings))
    elif findings:
        skipped = ET.SubElement(case, "skipped", message=clean(f"{findings[0].rule} {findings[0].name}: "
                                                               f"{findings[0].message}"))
        skipped.text = clean("\n\n".join(_describe(f, root) for f in findings))
    elif verified is None:
        ET.SubElement(case, "skipped", message=NO_COUNTERPART)
    if verified is not None:
        out = ET.SubElement(case, "system-out")
        out.text = clean("verified: " + _side(verified.against, root))
    return case


def _describe(finding: Finding, root: Root) -> str:
    lines = [f"{finding.severity.value} {finding.rule} {finding.name}: {finding.message}",
             f"claim: {finding.claim.text} ({location(finding.path, finding.claim, root)})"]
    if finding.against is not None:
        lines.append("against: " + _side(finding.against, root))
    lines += [f"part: {p.claim.text} ({location(p.path, p.claim, root)})" for p in finding.related]
    if finding.evidence:
        lines.append("evidence: " + "; ".join(finding.evidence))
    return "\n".join(lines)


def _side(against: Against, root: Root) -> str:
    url = f" {against.url}" if against.url else ""
    where = location(against.path, against.claim, root)
    return f"{counterpart_text(against)} — {source_label(against)}, {where}{url}"


def _input_errors(lines: tuple[str, ...], root: Root) -> ET.Element:
    suite = ET.Element("testsuite", name="input errors")
    for line in lines:
        shown = clean(display_error(line, root))
        case = ET.SubElement(suite, "testcase", name=shown, classname="factcheck.input")
        error = ET.SubElement(case, "error", type="input_error", message=shown)
        error.text = shown
    return suite


def _total(suites: ET.Element) -> None:
    """Fill the tests/failures/errors/skipped counts of every suite and of the whole document."""
    totals = dict.fromkeys(("tests", "failures", "errors", "skipped"), 0)
    for suite in suites:
        cases = suite.findall("testcase")
        counts = {
            "tests": len(cases),
            "failures": sum(1 for c in cases if c.find("failure") is not None),
            "errors": sum(1 for c in cases if c.find("error") is not None),
            "skipped": sum(1 for c in cases if c.find("skipped") is not None),
        }
        for name, value in counts.items():
            suite.set(name, str(value))
            totals[name] += value
    for name, value in totals.items():
        suites.set(name, str(value))
