"""Inline and front-matter suppressions silence exactly the findings they name, and are counted."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from factcheck.claims import Claim, Kind, Qualifier
from factcheck.documents import Document
from factcheck.findings import Against, CheckResult, DocumentResult, Finding, Severity, Summary
from factcheck.suppress import apply_suppressions


def claim_at(text: str, line: int, column: int = 1, value: str = "44") -> Claim:
    return Claim(id=f"c{line}-{column}", kind=Kind.COUNT, text=text, start=0, end=len(text), line=line,
                 column=column, value=Decimal(value), lower=Decimal(value), upper=Decimal(value),
                 qualifier=Qualifier.EXACT, unit="count", concept="killed")


def finding(path: str, claim: Claim, rule: str = "FC101", name: str = "value.mismatch",
            severity: Severity = Severity.ERROR) -> Finding:
    other = claim_at("45", 1, value="45")
    return Finding(rule=rule, name=name, kind="value_mismatch", severity=severity, path=path, claim=claim,
                   against=Against(path="refs/centcom.yaml", claim=other, is_reference=True),
                   message=f"{claim.text} disagrees")


def result_of(text: str, findings: list[Finding], path: str = "a.md",
              meta: dict[str, Any] | None = None) -> CheckResult:
    doc = Document(path=path, text=text, prose=text, lang="en", meta=meta or {})
    return CheckResult(
        documents=(DocumentResult(document=doc, claims=tuple(f.claim for f in findings)),),
        findings=tuple(findings), verified=(),
        summary=Summary(documents=1, claims=len(findings), findings=len(findings),
                        errors=sum(f.severity is Severity.ERROR for f in findings),
                        warnings=sum(f.severity is Severity.WARNING for f in findings)),
    )


ARTICLE = """Intro line.
<!-- factcheck: ignore FC101 -->
Officials said 44 operatives were killed.
Another 166 were detained.
"""


def test_comment_silences_the_named_rule_on_the_next_line_only() -> None:
    silenced = finding("a.md", claim_at("44", 3, 16))
    other_rule = finding("a.md", claim_at("44", 3, 16), rule="FC103", name="scale.mismatch")
    next_line = finding("a.md", claim_at("166", 4, 9))
    out = apply_suppressions(result_of(ARTICLE, [silenced, other_rule, next_line]))
    assert out.findings == (other_rule, next_line)
    assert out.summary.suppressed == 1
    assert out.summary.findings == 2
    assert out.summary.errors == 2


def test_bare_ignore_silences_every_rule_and_lists_may_use_commas_or_names() -> None:
    text = "<!-- factcheck: ignore -->\n44 killed\n<!--factcheck: ignore FC101, scale.mismatch-->\n45 x\n"
    a = finding("a.md", claim_at("44", 2), rule="FC105", name="sum.mismatch")
    b = finding("a.md", claim_at("45", 4))
    c = finding("a.md", claim_at("45", 4), rule="FC103", name="scale.mismatch")
    d = finding("a.md", claim_at("45", 4), rule="FC104", name="qualifier.mismatch", severity=Severity.WARNING)
    out = apply_suppressions(result_of(text, [a, b, c, d]))
    assert out.findings == (d,)
    assert out.summary.suppressed == 3
    assert (out.summary.errors, out.summary.warnings) == (0, 1)


def test_comment_skips_blank_lines_and_covers_a_claim_after_it_on_its_line() -> None:
    text = "<!-- factcheck: ignore FC101 -->\n\n44 killed\n7 before <!-- factcheck: ignore --> 9 after\n"
    below = finding("a.md", claim_at("44", 3))
    before = finding("a.md", claim_at("7", 4, 1))
    after = finding("a.md", claim_at("9", 4, 39))
    out = apply_suppressions(result_of(text, [below, before, after]))
    assert out.findings == (before,)


def test_a_comment_in_one_article_does_not_silence_another() -> None:
    first = result_of(ARTICLE, [finding("a.md", claim_at("44", 3, 16))])
    elsewhere = finding("b.md", claim_at("44", 3, 16))
    doc_b = Document(path="b.md", text="x\ny\n44 killed\n", prose="", lang="en")
    both = first.model_copy(update={
        "documents": (*first.documents, DocumentResult(document=doc_b, claims=(elsewhere.claim,))),
        "findings": (*first.findings, elsewhere),
    })
    out = apply_suppressions(both)
    assert out.findings == (elsewhere,)


def test_front_matter_ignore_silences_the_whole_article_and_is_counted() -> None:
    text = "---\nfactcheck:\n  ignore: [FC104]\n---\n44 killed\n"
    hit = finding("a.md", claim_at("44", 5), rule="FC104", name="qualifier.mismatch")
    kept = finding("a.md", claim_at("44", 5))
    out = apply_suppressions(result_of(text, [hit, kept], meta={"factcheck": {"ignore": ["FC104"]}}))
    assert out.findings == (kept,)
    assert out.summary.suppressed == 1


def test_front_matter_may_name_a_finding_kind() -> None:
    hit = finding("a.md", claim_at("44", 1))
    meta = {"factcheck": {"ignore": ["value_mismatch"]}}
    out = apply_suppressions(result_of("44 killed\n", [hit], meta=meta))
    assert out.findings == ()
    assert out.summary.suppressed == 1


def test_rules_ignored_by_config_are_dropped_without_counting() -> None:
    hit = finding("a.md", claim_at("44", 1))
    out = apply_suppressions(result_of("44 killed\n", [hit]), disabled={"a.md": ("FC101",)})
    assert out.findings == ()
    assert out.summary.suppressed == 0
    assert out.summary.findings == 0


def test_a_comment_that_is_not_a_factcheck_directive_changes_nothing() -> None:
    text = "<!-- ignore FC101 -->\n44 killed\n<!-- factcheck: ignored -->\n45 killed\n"
    hit = finding("a.md", claim_at("44", 2))
    also = finding("a.md", claim_at("45", 4))
    out = apply_suppressions(result_of(text, [hit, also]))
    assert out.findings == (hit, also)
