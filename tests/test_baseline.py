"""Baselines accept known findings by a fingerprint that survives edits elsewhere in the file."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck.baseline import apply_baseline, build_baseline, fingerprint, load_baseline, write_baseline
from factcheck.claims import Claim, Kind, Qualifier
from factcheck.errors import InputError
from factcheck.findings import Against, CheckResult, Finding, Severity, Summary


def claim(text: str, value: str, line: int = 3, start: int = 40, concept: str = "killed") -> Claim:
    return Claim(id=f"c{start}", kind=Kind.COUNT, text=text, start=start, end=start + len(text), line=line,
                 column=5, value=Decimal(value), lower=Decimal(value), upper=Decimal(value),
                 qualifier=Qualifier.EXACT, unit="count", concept=concept)


def finding(article: Claim, reference: Claim, path: str = "articles/a.md",
            ref_path: str = "refs/centcom.yaml") -> Finding:
    return Finding(rule="FC101", name="value.mismatch", kind="value_mismatch", severity=Severity.ERROR,
                   path=path, claim=article,
                   against=Against(path=ref_path, claim=reference, is_reference=True),
                   message="44 vs 45")


def result(*findings: Finding) -> CheckResult:
    return CheckResult(documents=(), findings=findings, verified=(),
                       summary=Summary(documents=1, claims=len(findings), findings=len(findings),
                                       errors=len(findings), warnings=0))


REF = claim("45", "45", line=7, start=0)


def test_fingerprint_ignores_line_and_offset_but_not_the_figure(tmp_path: Path) -> None:
    here = finding(claim("44 killed", "44", line=3, start=40), REF)
    moved = finding(claim("44 killed", "44", line=9, start=400), REF)
    changed = finding(claim("46 killed", "46"), REF)
    other_file = finding(claim("44 killed", "44"), REF, path="articles/b.md")
    assert fingerprint(here, tmp_path) == fingerprint(moved, tmp_path)
    assert fingerprint(here, tmp_path) != fingerprint(changed, tmp_path)
    assert fingerprint(here, tmp_path) != fingerprint(other_file, tmp_path)


def test_fingerprint_folds_digit_scripts_and_spacing(tmp_path: Path) -> None:
    western = finding(claim("مقتل 44  عنصرا", "44"), REF)
    eastern = finding(claim("مقتل ٤٤ عنصرا", "44"), REF)
    assert fingerprint(western, tmp_path) == fingerprint(eastern, tmp_path)


def test_fingerprint_is_the_same_from_any_working_directory(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "articles").mkdir()
    monkeypatch.chdir(tmp_path)
    relative = fingerprint(finding(claim("44", "44"), REF, path="articles/a.md"), tmp_path)
    monkeypatch.chdir(tmp_path / "articles")
    absolute = fingerprint(finding(claim("44", "44"), REF, path=str(tmp_path / "articles/a.md"),
                                   ref_path=str(tmp_path / "refs/centcom.yaml")), tmp_path)
    assert relative == absolute


def test_baseline_accepts_known_findings_and_keeps_new_ones(tmp_path: Path) -> None:
    known = finding(claim("44 killed", "44"), REF)
    target = tmp_path / ".factcheck-baseline.json"
    write_baseline([known], target)
    moved = finding(claim("44 killed", "44", line=12, start=900), REF)
    new = finding(claim("166 detained", "166", concept="detained"), REF)
    out = apply_baseline(result(moved, new), load_baseline(target), tmp_path)
    assert out.findings == (new,)
    assert out.summary.suppressed == 1
    assert out.summary.errors == 1


def test_each_baseline_entry_accepts_one_duplicate(tmp_path: Path) -> None:
    once = finding(claim("44 killed", "44"), REF)
    baseline = build_baseline([once], tmp_path)
    twice = apply_baseline(result(once, once), baseline, tmp_path)
    assert len(twice.findings) == 1


def test_baseline_file_is_readable_sorted_json(tmp_path: Path) -> None:
    target = tmp_path / "b.json"
    write_baseline([finding(claim("٤٤ قتيلا", "44", line=9), REF), finding(claim("3", "3", line=2), REF)],
                   target)
    text = target.read_text(encoding="utf-8")
    assert "٤٤ قتيلا" in text
    data = json.loads(text)
    assert data["schema"] == "factcheck/baseline/v1"
    assert [entry["line"] for entry in data["findings"]] == [2, 9]
    assert data["findings"][0]["path"] == "articles/a.md" or data["findings"][0]["path"].endswith("a.md")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, "baseline file not found"),
        ('{"schema": "factcheck/baseline/v1",\n "findings": [}', ":2:"),
        ('{"findings": []}', "not a factcheck baseline"),
        ('{"schema": "factcheck/baseline/v1", "findings": [{"rule": "FC101"}]}', "findings.0.fingerprint"),
        ('{"findings": ' + "[" * 50_000 + "]" * 50_000 + "}", "nested too deeply"),
    ],
)
def test_bad_baseline_is_a_one_line_input_error(tmp_path: Path, text: str | None, expected: str) -> None:
    target = tmp_path / "b.json"
    if text is not None:
        target.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_baseline(target)
    assert str(caught.value).startswith(str(target))
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)
