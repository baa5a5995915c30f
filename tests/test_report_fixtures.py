"""Synthetic check results for the reporter tests: two small articles (Arabic and English), a reference
file, and a hostile article; every claim has real offsets into its text. The tests at the bottom guard
the fixtures themselves, so a reporter test never passes on inconsistent data."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from factcheck.claims import Claim, Kind, Period, Qualifier
from factcheck.documents import Document
from factcheck.findings import (
    Against,
    CheckResult,
    DocumentResult,
    Finding,
    Severity,
    Summary,
    Verified,
)

EN_PATH = "corpus/articles/en/strikes.md"
AR_PATH = "corpus/articles/ar/coalition.md"
REF_PATH = "corpus/references/centcom.yaml"
HOSTILE_PATH = "corpus/articles/en/odd, name: 100%.html"

EN_TEXT = """---
title: Coalition strikes against ISIS in the first half of 2024
published: 2024-07-18
---
# Coalition strikes against ISIS

U.S. Central Command said on Tuesday that 45 ISIS operatives were killed and 166 detained
in 196 operations in Iraq and Syria between January and June.

In total, 210 operatives were killed or detained. The group claimed 135 attacks in the same
period. Coalition members have pledged 2 billion dollars for stabilisation since 2014, and
officials expect about 300 more detainees to be transferred.
"""

AR_TEXT = """---
title: حصيلة عمليات التحالف
published: 2024-07-17
---
أعلنت القيادة المركزية الأمريكية مقتل 44 عنصرا من تنظيم داعش واعتقال 166 آخرين
خلال 196 عملية في العراق وسوريا في النصف الأول من عام 2024.

وتبنى التنظيم ١٥٣ هجوما خلال الفترة نفسها، فيما بلغت مساهمات الدول الأعضاء أكثر من 20 مليار دولار.
"""

REF_TEXT = """source: U.S. Central Command
url: https://example.org/centcom/2024-07-16
published: 2024-07-16
facts:
  - what: ISIS operatives killed in Iraq and Syria
    value: "44"
    unit: count
    period: {start: 2024-01-01, end: 2024-06-30}
  - what: ISIS operatives detained
    value: "166"
    unit: count
  - what: operations against ISIS
    value: "196"
    unit: count
"""

HOSTILE_TEXT = """<html><head><title>Budget</title></head><body>
<p>The budget grew by 7 percent.</p>
<script>document.title='PWNED'</script>
<img src=x onerror="document.title='PWNED'">
<p>A table | with pipes *stars* and `ticks` said 9 percent.</p>
</body></html>
"""

H1 = dt.date(2024, 1, 1), dt.date(2024, 6, 30)


def position(text: str, snippet: str, nth: int = 0) -> tuple[int, int, int]:
    """Offset, 1-based line and 1-based column (code points) of the nth occurrence of ``snippet``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(snippet, start + 1)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    return start, line, column


def claim_at(
    text: str,
    snippet: str,
    claim_id: str,
    value: str | None,
    *,
    kind: Kind = Kind.COUNT,
    unit: str = "count",
    qualifier: Qualifier = Qualifier.EXACT,
    lower: str | None = None,
    upper: str | None = None,
    concept: str | None = None,
    lang: str = "en",
    nth: int = 0,
    period: bool = False,
) -> Claim:
    """A claim whose text is ``snippet`` at its real place in ``text``."""
    start, line, column = position(text, snippet, nth)
    exact = qualifier is Qualifier.EXACT
    return Claim(
        id=claim_id,
        kind=kind,
        text=snippet,
        start=start,
        end=start + len(snippet),
        line=line,
        column=column,
        value=None if value is None else Decimal(value),
        lower=Decimal(lower) if lower is not None else (Decimal(value) if exact and value else None),
        upper=Decimal(upper) if upper is not None else (Decimal(value) if exact and value else None),
        qualifier=qualifier,
        unit=unit,
        concept=concept,
        period=Period(start=H1[0], end=H1[1]) if period else None,
        lang=lang,
    )


def en_claims() -> dict[str, Claim]:
    t = EN_TEXT
    return {
        "killed": claim_at(t, "45", "c1", "45", concept="killed", period=True),
        "detained": claim_at(t, "166", "c2", "166", concept="detained", period=True),
        "operations": claim_at(t, "196", "c3", "196", concept="operations", period=True),
        "total": claim_at(t, "210", "c4", "210", concept="killed_or_detained", period=True),
        "attacks": claim_at(t, "135", "c5", "135", concept="attacks", period=True),
        "pledged": claim_at(t, "2 billion dollars", "c6", "2000000000", kind=Kind.MONEY, unit="USD",
                            concept="contributions"),
        "since": claim_at(t, "2014", "c7", "2014", kind=Kind.YEAR, unit="year"),
        "transfers": claim_at(t, "about 300", "c8", "300", qualifier=Qualifier.APPROX, concept="detained"),
    }


def ar_claims() -> dict[str, Claim]:
    t = AR_TEXT
    return {
        "killed": claim_at(t, "44", "c1", "44", concept="killed", lang="ar", period=True),
        "detained": claim_at(t, "166", "c2", "166", concept="detained", lang="ar", period=True),
        "operations": claim_at(t, "196 عملية", "c3", "196", concept="operations", lang="ar", period=True),
        "year": claim_at(t, "2024", "c4", "2024", kind=Kind.YEAR, unit="year", lang="ar", nth=1),
        "attacks": claim_at(t, "١٥٣ هجوما", "c5", "153", concept="attacks", lang="ar", period=True),
        "pledged": claim_at(t, "أكثر من 20 مليار دولار", "c6", "20000000000", kind=Kind.MONEY, unit="USD",
                            qualifier=Qualifier.MORE_THAN, lower="20000000000", concept="contributions",
                            lang="ar"),
    }


def ref_facts() -> dict[str, Claim]:
    """Facts as the reference reader gives them: the text is the fact's ``what``, the value its own."""
    t = REF_TEXT
    return {
        "killed": claim_at(t, "ISIS operatives killed in Iraq and Syria", "fact1", "44", concept="killed",
                           period=True),
        "detained": claim_at(t, "ISIS operatives detained", "fact2", "166", concept="detained"),
        "operations": claim_at(t, "operations against ISIS", "fact3", "196", concept="operations"),
    }


def ref(fact: Claim) -> Against:
    return Against(path=REF_PATH, claim=fact, source="U.S. Central Command",
                   url="https://example.org/centcom/2024-07-16", is_reference=True)


def masked(text: str, pattern: str) -> str:
    """``text`` with every match of ``pattern`` blanked out (newlines kept), as the document reader does."""
    return re.sub(pattern, lambda m: re.sub(r"[^\n]", " ", m.group()), text, flags=re.S)


def doc(path: str, text: str, lang: str, published: dt.date, title: str) -> Document:
    prose = masked(text, r"(?m)\A---\n.*?\n---\n|^# ")
    return Document(path=path, text=text, prose=prose, lang=lang, published=published, title=title)


def sample_result() -> CheckResult:
    """Two articles checked against one reference: 2 errors, 2 warnings, 1 info, 5 verified."""
    en, ar, facts = en_claims(), ar_claims(), ref_facts()
    evidence = ("concept: killed", "period: 2024-01-01..2024-06-30", "place: Iraq, Syria")
    findings = (
        Finding(rule="FC101", name="value.mismatch", kind="value_mismatch", severity=Severity.ERROR,
                path=EN_PATH, claim=en["killed"], against=ref(facts["killed"]),
                message="45 ISIS operatives killed here; U.S. Central Command says 44.", evidence=evidence),
        Finding(rule="FC103", name="digits.transposed", kind="transposed_digits", severity=Severity.WARNING,
                path=EN_PATH, claim=en["attacks"], against=Against(path=AR_PATH, claim=ar["attacks"]),
                message="135 attacks here, 153 in the Arabic article: transposed digits?",
                evidence=("concept: attacks", "period: 2024-01-01..2024-06-30")),
        Finding(rule="FC102", name="scale.mismatch", kind="scale_mismatch", severity=Severity.ERROR,
                path=EN_PATH, claim=en["pledged"], against=Against(path=AR_PATH, claim=ar["pledged"]),
                message="2 billion USD here, more than 20 billion USD in the Arabic article: a scale slip?",
                evidence=("concept: contributions", "unit: USD")),
        Finding(rule="FC104", name="sum.mismatch", kind="sum_mismatch", severity=Severity.WARNING,
                path=EN_PATH, claim=en["total"],
                related=(Against(path=EN_PATH, claim=en["killed"]),
                         Against(path=EN_PATH, claim=en["detained"])),
                message="The total 210 is not the sum of its parts 45 + 166 = 211."),
        Finding(rule="FC900", name="claim.unsupported", kind="unsupported", severity=Severity.INFO,
                path=EN_PATH, claim=en["transfers"],
                message="No reference or other article states this figure."),
    )
    verified = (
        Verified(path=AR_PATH, claim=ar["killed"], against=ref(facts["killed"]), evidence=evidence),
        Verified(path=AR_PATH, claim=ar["detained"], against=ref(facts["detained"])),
        Verified(path=AR_PATH, claim=ar["operations"], against=ref(facts["operations"])),
        Verified(path=EN_PATH, claim=en["detained"], against=ref(facts["detained"])),
        Verified(path=EN_PATH, claim=en["operations"], against=ref(facts["operations"])),
    )
    documents = (
        DocumentResult(document=doc(AR_PATH, AR_TEXT, "ar", dt.date(2024, 7, 17), "حصيلة عمليات التحالف"),
                       claims=tuple(ar.values())),
        DocumentResult(document=doc(EN_PATH, EN_TEXT, "en", dt.date(2024, 7, 18),
                                    "Coalition strikes against ISIS in the first half of 2024"),
                       claims=tuple(en.values())),
    )
    summary = Summary(documents=2, claims=len(en) + len(ar), findings=5, errors=2, warnings=2, infos=1,
                      verified=5)
    return CheckResult(documents=documents, findings=findings, verified=verified, summary=summary,
                       references=(REF_PATH,),
                       input_errors=("corpus/articles/en/draft.md:2: front matter is not valid YAML",))


def hostile_result() -> CheckResult:
    """An HTML article with script, event handler, pipes and markdown syntax, and awkward names."""
    t = HOSTILE_TEXT
    seven = claim_at(t, "7 percent", "c1", "7", kind=Kind.PERCENT, unit="percent", concept="budget")
    nine = claim_at(t, "9 percent", "c2", "9", kind=Kind.PERCENT, unit="percent", concept="budget")
    source = 'Ministry | "Office" <b>bold</b>: 100%, final\nline'
    against = Against(path="corpus/references/a,b:c.yaml", claim=nine, source=source,
                      url="javascript:alert(1)", is_reference=True)
    finding = Finding(rule="FC101", name="value.mismatch", kind="value_mismatch", severity=Severity.ERROR,
                      path=HOSTILE_PATH, claim=seven, against=against,
                      message="7% here, 9% <i>there</i> | 100%,\r\nsecond line: done",
                      evidence=("<script>alert(1)</script>",))
    prose = masked(t, r"<script>.*?</script>|<title>.*?</title>|<[^>]*>")
    document = Document(path=HOSTILE_PATH, text=t, prose=prose, lang="en", title="<b>Budget</b>")
    summary = Summary(documents=1, claims=2, findings=1, errors=1, warnings=0)
    return CheckResult(documents=(DocumentResult(document=document, claims=(seven, nine)),),
                       findings=(finding,), verified=(), summary=summary)


def test_fixture_claims_point_at_their_text() -> None:
    for result in (sample_result(), hostile_result()):
        for doc_result in result.documents:
            text = doc_result.document.text
            for claim in doc_result.claims:
                assert text[claim.start:claim.end] == claim.text
                line_start = text.rfind("\n", 0, claim.start) + 1
                assert claim.line == text.count("\n", 0, claim.start) + 1
                assert claim.column == claim.start - line_start + 1
                assert doc_result.document.prose[claim.start:claim.end] == claim.text


def test_fixture_summary_matches_findings() -> None:
    result = sample_result()
    levels = [f.severity for f in result.findings]
    assert result.summary.errors == levels.count(Severity.ERROR)
    assert result.summary.warnings == levels.count(Severity.WARNING)
    assert result.summary.infos == levels.count(Severity.INFO)
    assert result.summary.claims == sum(len(d.claims) for d in result.documents)
