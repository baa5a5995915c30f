"""check_documents / check_paths: the corpus run, reference precedence, and properties of checking."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from claimfactory import H1_2024, claim
from consistency_cases import run_case
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.check import check_documents, check_paths
from factcheck.claims import Claim, Period
from factcheck.documents import Document
from factcheck.findings import CheckResult, DocumentResult, Finding
from factcheck.references import Reference

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EXPECTED = yaml.safe_load((CORPUS / "EXPECTED.yaml").read_text(encoding="utf-8"))
# Planted discrepancies the checker cannot see until the extractor reads their claims right.
# Planted discrepancies the extractor cannot yet read well enough to align; empty when all are found.
EXTRACTOR_GAPS: dict[str, str] = {}


@pytest.fixture(scope="module")
def corpus_run() -> CheckResult:
    references = sorted(str(p) for p in (CORPUS / "references").iterdir())
    cwd = Path.cwd()
    try:
        import os

        os.chdir(ROOT)  # EXPECTED.yaml names paths relative to the repository
        return check_paths(["corpus/articles"], [str(Path(r).relative_to(ROOT)) for r in references])
    finally:
        os.chdir(cwd)


def _spans(path: str, text: str) -> list[tuple[int, int]]:
    body = (ROOT / path).read_text(encoding="utf-8")
    found, at = [], body.find(text)
    while at >= 0:
        found.append((at, at + len(text)))
        at = body.find(text, at + 1)
    assert found, f"{text!r} does not occur in {path}"
    return found


def _covers(finding: Finding, path: str, text: str) -> bool:
    return finding.path == path and any(finding.claim.start < end and start < finding.claim.end
                                        for start, end in _spans(path, text))


def _matches(finding: Finding, entry: dict[str, Any]) -> bool:
    if finding.kind != entry["kind"]:
        return False
    sides = [(entry["path"], entry["text"])]
    if entry.get("other_text"):
        sides.append((entry["against"], entry["other_text"]))
    return any(_covers(finding, path, text) for path, text in sides)


def _expected_params() -> list[Any]:
    params = []
    for entry in EXPECTED["expected"]:
        gap = EXTRACTOR_GAPS.get(entry["text"])
        marks = [pytest.mark.xfail(reason=gap)] if gap else []
        params.append(pytest.param(entry, marks=marks, id=f"{Path(entry['path']).name}:{entry['text']}"))
    return params


def test_the_corpus_reads_without_input_errors(corpus_run: CheckResult) -> None:
    assert corpus_run.input_errors == ()
    assert corpus_run.summary.documents == len(list((CORPUS / "articles").rglob("*.*")))


@pytest.mark.parametrize("entry", _expected_params())
def test_every_planted_discrepancy_is_found_with_its_kind(corpus_run: CheckResult,
                                                          entry: dict[str, Any]) -> None:
    assert any(_matches(f, entry) for f in corpus_run.findings), entry["why"]


@pytest.mark.parametrize("entry", EXPECTED["clean"], ids=lambda e: f"{Path(e['path']).name}:{e['text']}")
def test_no_discrepancy_on_a_clean_paraphrase(corpus_run: CheckResult, entry: dict[str, Any]) -> None:
    # FC900 lists figures nothing else states; it is information, not a discrepancy.
    raised = [f.message for f in corpus_run.findings if f.kind != "unsupported"
              and _covers(f, entry["path"], entry["text"])]
    assert raised == [], entry["why"]


def test_every_other_finding_is_expected_or_optional(corpus_run: CheckResult) -> None:
    listed = EXPECTED["expected"] + EXPECTED.get("optional", [])
    extra = [f.message for f in corpus_run.findings
             if f.kind != "unsupported" and not any(_matches(f, e) for e in listed)]
    assert extra == []


def test_a_reference_fact_is_reported_with_its_place_in_the_reference_file(corpus_run: CheckResult) -> None:
    [finding] = [f for f in corpus_run.findings if f.kind == "transposed_digits" and f.path.endswith(".txt")]
    assert finding.against is not None and finding.against.is_reference
    assert finding.against.path == "corpus/references/centcom-2024-07-16.yaml"
    assert finding.against.claim.line == 59 and finding.against.claim.text == "attacks claimed by ISIS"
    assert finding.against.source == "U.S. Central Command"
    assert "same period 2024-01-01..2024-06-30" in finding.evidence


def test_verified_lists_claims_that_matched_a_counterpart(corpus_run: CheckResult) -> None:
    texts = {(Path(v.path).name, v.claim.text) for v in corpus_run.verified}
    assert ("centcom-isis-operations-wire.md", "196") in texts
    assert corpus_run.summary.verified == len(corpus_run.verified)


# --- behaviour on hand-built documents ---------------------------------------------------------------


def _doc(path: str, claims: list[Claim], published: dt.date) -> DocumentResult:
    return DocumentResult(document=Document(path=path, text="x" * 200, prose="x" * 200, lang="en",
                                            published=published), claims=tuple(claims))


def _ref(*facts: Claim) -> Reference:
    return Reference(path="ref.yaml", source="Ref", facts=facts)


def test_a_reference_wins_over_an_article() -> None:
    early = _doc("a.md", [claim("169", period=H1_2024, id="x")], dt.date(2024, 7, 17))
    late = _doc("b.md", [claim("196", period=H1_2024, id="y")], dt.date(2024, 7, 18))
    result = check_documents([early, late], [_ref(claim("196", period=H1_2024, id="fact1"))])
    [finding] = [f for f in result.findings if f.kind != "unsupported"]
    assert finding.path == "a.md" and finding.against is not None and finding.against.is_reference
    assert {v.path for v in result.verified} == {"b.md"}


def test_two_articles_disagreeing_give_one_finding_on_the_later() -> None:
    early = _doc("a.md", [claim("3400000", concept="oil_output", id="x")], dt.date(2023, 6, 13))
    late = _doc("b.md", [claim("3500000", concept="oil_output", id="y")], dt.date(2023, 6, 20))
    result = check_documents([late, early], [])
    [finding] = result.findings
    assert (finding.path, finding.kind) == ("b.md", "value_mismatch")
    assert finding.against is not None and finding.against.path == "a.md"


def test_figures_for_another_period_never_give_a_finding() -> None:
    autumn = Period(start=dt.date(2024, 8, 29), end=dt.date(2024, 11, 20))
    doc = _doc("a.md", [claim("95", period=autumn, place=("Iraq", "Syria"))], dt.date(2024, 11, 20))
    result = check_documents([doc], [_ref(claim("196", period=H1_2024, place=("Iraq", "Syria")))])
    assert [f.kind for f in result.findings] == ["unsupported"]


def test_the_summary_counts_levels() -> None:
    doc = _doc("a.md", [claim("169", period=H1_2024), claim("5", concept="farmers")], dt.date(2024, 7, 17))
    result = check_documents([doc], [_ref(claim("196", period=H1_2024))])
    assert (result.summary.documents, result.summary.claims) == (1, 2)
    assert (result.summary.errors, result.summary.infos, result.summary.findings) == (1, 1, 2)


# --- properties --------------------------------------------------------------------------------------

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EN = "U.S. forces carried out {n} operations against ISIS in Iraq and Syria in the first half of 2024."
AR = "نفذت القوات الأمريكية {n} عملية ضد داعش في العراق وسوريا خلال النصف الأول من 2024."


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=11, max_value=99_999))
def test_a_claim_against_itself_in_another_digit_system_gives_no_finding(tmp_path_factory: Any,
                                                                         n: int) -> None:
    text = AR.format(n=f"{n}".translate(ARABIC_INDIC))
    result = run_case({"text": text, "other": AR.format(n=n)}, tmp_path_factory.mktemp("digits"))
    assert [f.message for f in result.findings if f.kind != "unsupported"] == []
    assert len(result.verified) >= 1


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=11, max_value=99_999))
def test_a_claim_against_itself_in_another_language_gives_no_finding(tmp_path_factory: Any, n: int) -> None:
    case = {"text": EN.format(n=f"{n:,}"), "other": AR.format(n=n)}
    result = run_case(case, tmp_path_factory.mktemp("lang"))
    assert [f.message for f in result.findings if f.kind != "unsupported"] == []
    assert len(result.verified) >= 1


def test_checking_cost_per_article_stays_flat() -> None:
    facts = [claim(str(100 + i), concept=f"c{i}", period=H1_2024, id=f"fact{i}") for i in range(1000)]

    def run(articles: int) -> float:
        docs = [_doc(f"a{i}.md", [claim(str(100 + (i * 7 + j) % 1000), concept=f"c{(i * 7 + j) % 1000}",
                                        period=H1_2024, id=f"x{j}") for j in range(10)], dt.date(2024, 7, 17))
                for i in range(articles)]
        began = time.perf_counter()
        check_documents(docs, [_ref(*facts)])
        return (time.perf_counter() - began) / articles

    small, large = run(100), run(400)
    assert large < small * 2.5, (small, large)


def test_a_month_pair_that_names_two_months_is_fc109(tmp_path: Path) -> None:
    """"8 أيلول/أغسطس 2023" pairs September with August: one of the two names is wrong."""
    from consistency_cases import run_case

    bad = run_case({"text": "وقع الزلزال فجر الجمعة 8 أيلول/أغسطس 2023 في إقليم الحوز.",
                    "published": "2023-09-10"}, tmp_path)
    assert [(f.rule, f.claim.text) for f in bad.findings if f.rule != "FC900"] == [
        ("FC109", "الجمعة 8 أيلول/أغسطس 2023")]
    assert "September and August" in bad.findings[0].message
    good = run_case({"text": "وقع الزلزال فجر الجمعة 8 أيلول/سبتمبر 2023 في إقليم الحوز.",
                     "published": "2023-09-10"}, tmp_path)
    assert [f.rule for f in good.findings if f.rule != "FC900"] == []


def test_a_month_pair_in_a_date_without_its_year(tmp_path: Path) -> None:
    """"الأحد 16 نيسان/يونيو": the month is read from a date without a year too (it crashed)."""
    from consistency_cases import run_case

    result = run_case({"text": "بدأ الإضراب الأحد 16 نيسان/يونيو في المصانع.", "published": "2024-06-20"},
                      tmp_path)
    assert [f.message for f in result.findings if f.rule == "FC109"] == [
        "'الأحد 16 نيسان/يونيو' pairs two different months: April and June"]


@pytest.mark.parametrize(("text", "published", "found"), [
    ("أصدرت المحكمة حكمها في 15 رمضان 1445 هـ الموافق 25 نيسان/أبريل 2024.", "2024-04-27",
     [("FC110", "15 رمضان 1445 هـ")]),
    ("أصدرت المحكمة حكمها في 15 رمضان 1445 هـ الموافق 25 آذار/مارس 2024.", "2024-03-27", []),
    ("Eid al-Fitr fell on 1 Shawwal 1446 AH (April 2, 2025).", "2025-04-03",
     [("FC110", "1 Shawwal 1446 AH")]),
    ("Eid al-Fitr fell on 1 Shawwal 1446 AH (March 30), a Sunday.", "2025-04-01", []),
    # A day apart is the same day where the month began a day later (Eid fell on 31 March in Morocco).
    ("Eid al-Fitr fell on 1 Shawwal 1446 AH (March 31, 2025).", "2025-04-01", []),
    ("أصدرت المحكمة حكمها في 20 رمضان 1434 هـ الموافق 29 تموز/يوليو 2013.", "2013-07-30", []),
    # Far apart, they are two dates, not one day twice.
    ("The court sat on 15 Ramadan 1445 and issued its ruling in full on March 29, 2024.", "2024-03-30", []),
])
def test_a_hijri_date_beside_its_gregorian_equivalent_is_fc110(
        tmp_path: Path, text: str, published: str, found: list[tuple[str, str]]) -> None:
    result = run_case({"text": text, "published": published}, tmp_path)
    assert [(f.rule, f.claim.text) for f in result.findings if f.rule == "FC110"] == found
