"""The JSON contract of ``factcheck check --format json`` as another tool reads it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_report_fixtures import AR_PATH, EN_PATH, REF_PATH, ar_claims, sample_result

from factcheck.report import json as json_format
from factcheck.report.formats import render

CONTRACT_FINDING_KEYS = {"rule", "kind", "severity", "path", "claim", "against", "message"}
CONTRACT_CLAIM_KEYS = {"id", "kind", "text", "start", "end", "line", "column", "value", "lower", "upper",
                       "qualifier", "unit", "concept", "period", "place"}


def load(**options: object) -> dict[str, object]:
    data = json.loads(json_format.render(sample_result(), **options))  # type: ignore[arg-type]
    assert isinstance(data, dict)
    return data


def test_top_level_has_the_contract_schema_and_sections() -> None:
    data = load()
    assert data["schema"] == "factcheck/check/v1"
    assert {"findings", "verified", "summary"} <= data.keys()
    assert data["summary"] == {"documents": 2, "claims": 14, "findings": 5, "errors": 2, "warnings": 2,
                               "infos": 1, "verified": 5, "suppressed": 0}


def test_finding_carries_both_sides_as_contract_claims() -> None:
    findings = load()["findings"]
    assert isinstance(findings, list)
    first = findings[0]
    assert first.keys() >= CONTRACT_FINDING_KEYS
    assert first["claim"].keys() >= CONTRACT_CLAIM_KEYS
    assert first["rule"] == "FC101" and first["severity"] == "error" and first["name"] == "value.mismatch"
    assert first["claim"]["text"] == "45" and first["claim"]["value"] == "45"
    assert first["against"]["path"] == REF_PATH
    assert first["against"]["source"] == "U.S. Central Command"
    assert first["against"]["claim"]["value"] == "44"
    assert first["against"]["claim"]["period"] == {"start": "2024-01-01", "end": "2024-06-30"}
    assert first["evidence"][0] == "concept: killed"


def test_numbers_are_decimal_strings_and_arabic_is_kept_readable() -> None:
    text = json_format.render(sample_result())
    assert "أكثر من 20 مليار دولار" in text  # not \\u escapes
    data = json.loads(text)
    scale = next(f for f in data["findings"] if f["rule"] == "FC102")
    assert scale["against"]["claim"]["lower"] == "20000000000"
    assert scale["against"]["claim"]["upper"] is None
    assert scale["against"]["claim"]["qualifier"] == "more_than"
    assert isinstance(scale["claim"]["value"], str)


def test_findings_are_in_reading_order_and_related_parts_listed() -> None:
    findings = load()["findings"]
    assert isinstance(findings, list)
    assert [f["claim"]["start"] for f in findings] == sorted(f["claim"]["start"] for f in findings)
    total = next(f for f in findings if f["kind"] == "sum_mismatch")
    assert total["against"] is None
    assert [r["claim"]["text"] for r in total["related"]] == ["45", "166"]


def test_verified_documents_and_input_errors_are_reported() -> None:
    data = load()
    verified = data["verified"]
    assert isinstance(verified, list) and len(verified) == 5
    assert verified[0]["path"] == AR_PATH and verified[0]["claim"]["text"] == ar_claims()["killed"].text
    assert data["documents"] == [
        {"path": AR_PATH, "lang": "ar", "published": "2024-07-17", "title": "حصيلة عمليات التحالف",
         "claims": 6},
        {"path": EN_PATH, "lang": "en", "published": "2024-07-18",
         "title": "Coalition strikes against ISIS in the first half of 2024", "claims": 8},
    ]
    assert data["references"] == [REF_PATH]
    assert data["input_errors"] == ["corpus/articles/en/draft.md:2: front matter is not valid YAML"]


def test_root_makes_every_path_relative() -> None:
    text = json_format.render(sample_result(), root=Path("corpus"))
    data = json.loads(text)
    assert data["findings"][0]["path"] == "articles/en/strikes.md"
    assert data["findings"][0]["against"]["path"] == "references/centcom.yaml"
    assert data["verified"][0]["path"] == "articles/ar/coalition.md"
    assert data["input_errors"] == ["articles/en/draft.md:2: front matter is not valid YAML"]
    assert '"corpus/' not in text


def test_registry_renders_the_same_document() -> None:
    assert render("json", sample_result()) == json_format.render(sample_result())


def test_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="html"):
        render("yaml", sample_result())


def test_a_figure_wider_than_decimal_precision_is_written_with_every_digit(tmp_path: Path) -> None:
    """29 digits (more than Decimal's default 28) neither crash the check nor lose a digit."""
    article = tmp_path / "huge.txt"
    article.write_text("The fund holds 10000000000000000000billion dollars.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "factcheck", "extract", str(article), "--format", "json"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    claim = json.loads(done.stdout)["documents"][0]["claims"][0]
    assert claim["value"] == "1" + "0" * 28
