"""SARIF output: valid against the official 2.1.0 schema and useful to a code-scanning dashboard."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import jsonschema
import pytest
from test_report_fixtures import AR_PATH, EN_PATH, REF_PATH, hostile_result, sample_result

from factcheck.findings import Severity
from factcheck.report import sarif

# The official schema, vendored with its OASIS notice (tests/data/sarif/README.md): no test looks outside
# the repository for it.
SCHEMA_PATH = Path(__file__).resolve().parent / "data" / "sarif" / "sarif-schema-2.1.0.json"
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"

# The URI formats as GitHub's upload-sarif checks them: a "uri" needs a scheme (a relative helpUri is
# rejected there), a "uri-reference" holds only URI characters and well-formed percent escapes.
FORMATS = jsonschema.FormatChecker(formats=())
_URI_CHARS = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")


@FORMATS.checks("uri")
def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value)
                                              and _URI_CHARS.fullmatch(value))


@FORMATS.checks("uri-reference")
def _is_uri_reference(value: object) -> bool:
    return not isinstance(value, str) or bool(_URI_CHARS.fullmatch(value))


def schema() -> dict[str, Any]:
    data = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def validator() -> jsonschema.Draft4Validator:
    return jsonschema.Draft4Validator(schema(), format_checker=FORMATS)


def test_the_vendored_schema_is_the_official_copy_with_its_notice() -> None:
    assert hashlib.sha256(SCHEMA_PATH.read_bytes()).hexdigest() == SCHEMA_SHA256
    notice = (SCHEMA_PATH.parent / "README.md").read_text(encoding="utf-8")
    assert "Copyright © OASIS Open 2020. All Rights Reserved." in notice
    assert "OASIS" in (SCHEMA_PATH.parent / "LICENSE.md").read_text(encoding="utf-8")


def test_the_format_checker_rejects_what_github_rejects() -> None:
    check = validator()
    rule = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "FC101"}]}}}]}
    for bad in ("docs/rules/FC101.md", ")", "https://example.org/a b"):
        rule["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"] = bad
        assert not check.is_valid(rule), bad
    rule["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"] = "https://example.org/FC101.md"
    assert check.is_valid(rule)


def run_of(text: str) -> dict[str, Any]:
    log = json.loads(text)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert isinstance(run, dict)
    return run


@pytest.fixture
def no_shipped_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "factcheck.rules", None)


@pytest.mark.parametrize("make", [sample_result, hostile_result])
def test_output_validates_against_the_sarif_schema(make: Any) -> None:
    check = validator()
    for root in (None, Path("corpus"), Path("/work/main")):
        errors = sorted(check.iter_errors(json.loads(sarif.render(make(), root=root))), key=str)
        assert not errors, errors[0].message


def test_driver_names_factcheck_and_lists_each_rule_once(no_shipped_rules: None) -> None:
    run = run_of(sarif.render(sample_result()))
    driver = run["tool"]["driver"]
    assert driver["name"] == "factcheck"
    assert driver["version"]
    assert "informationUri" not in driver or driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == ["FC101", "FC102", "FC103", "FC104", "FC900"]
    fc103 = driver["rules"][2]
    assert fc103["name"] == "digits.transposed"
    assert fc103["defaultConfiguration"]["level"] == "warning"
    assert run["tool"]["driver"]["rules"][4]["defaultConfiguration"]["level"] == "note"
    assert run["columnKind"] == "unicodeCodePoints"


def test_rule_metadata_comes_from_the_rule_files(monkeypatch: pytest.MonkeyPatch) -> None:
    example = SimpleNamespace(
        bad=(SimpleNamespace(text="قتل 45 عنصرا", reference={
            "value": "44", "what": "killed",
            "period": {"start": dt.date(2024, 1, 1), "end": dt.date(2024, 6, 30)},
            "place": ["Iraq", "Syria"]}),),
        good=(SimpleNamespace(text="قتل 44 عنصرا", reference=None),),
    )
    rule = SimpleNamespace(code="FC101", name="value.mismatch", kind="value_mismatch", level=Severity.ERROR,
                           message="{claim} vs {against}", examples=example,
                           description="Two statements of one quantity (as U.S. officials give it) disagree. "
                                       "Checks the bounds.")
    fake = ModuleType("factcheck.rules")
    fake.load_rules = lambda: [rule]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "factcheck.rules", fake)
    driver = run_of(sarif.render(sample_result()))["tool"]["driver"]
    fc101 = driver["rules"][0]
    short = fc101["shortDescription"]["text"]
    assert short == "Two statements of one quantity (as U.S. officials give it) disagree."
    assert fc101["fullDescription"]["text"].endswith("disagree. Checks the bounds.")
    assert ("Bad: قتل 45 عنصرا (reference: value: 44, what: killed, "
            "period: (start 2024-01-01, end 2024-06-30), place: Iraq and Syria)") in fc101["help"]["text"]
    assert "Good: قتل 44 عنصرا" in fc101["help"]["text"]
    assert "**Bad:**" in fc101["help"]["markdown"]
    # Codes present in findings but absent from the rule files still get a descriptor.
    assert [r["id"] for r in driver["rules"]] == ["FC101", "FC102", "FC103", "FC104", "FC900"]


def test_result_points_at_the_claim_and_its_counterpart(no_shipped_rules: None) -> None:
    run = run_of(sarif.render(sample_result()))
    results = run["results"]
    killed = next(r for r in results if r["ruleId"] == "FC101")
    assert killed["level"] == "error"
    assert run["tool"]["driver"]["rules"][killed["ruleIndex"]]["id"] == "FC101"
    assert killed["message"]["text"] == "45 ISIS operatives killed here; U.S. Central Command says 44."
    where = killed["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == EN_PATH
    assert where["region"] == {"startLine": 7, "startColumn": 43, "endLine": 7, "endColumn": 45,
                               "charOffset": where["region"]["charOffset"], "charLength": 2,
                               "snippet": {"text": "45"}}
    other = killed["relatedLocations"][0]
    assert other["physicalLocation"]["artifactLocation"]["uri"] == REF_PATH
    assert other["physicalLocation"]["region"]["startLine"] == 5
    assert other["message"]["text"] == (
        "source: U.S. Central Command <https://example.org/centcom/2024-07-16>: "
        "44 (ISIS operatives killed in Iraq and Syria)")


def test_arabic_columns_count_code_points(no_shipped_rules: None) -> None:
    results = run_of(sarif.render(sample_result()))["results"]
    attacks = next(r for r in results if r["ruleId"] == "FC103")
    region = attacks["relatedLocations"][0]["physicalLocation"]["region"]
    assert attacks["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == AR_PATH
    assert region["snippet"]["text"] == "١٥٣ هجوما"
    assert region["endColumn"] - region["startColumn"] == len("١٥٣ هجوما")


def test_sum_finding_lists_its_parts(no_shipped_rules: None) -> None:
    results = run_of(sarif.render(sample_result()))["results"]
    total = next(r for r in results if r["ruleId"] == "FC104")
    assert [loc["message"]["text"] for loc in total["relatedLocations"]] == ["part: 45", "part: 166"]
    assert [loc["id"] for loc in total["relatedLocations"]] == [1, 2]


def test_fingerprints_survive_moved_lines_but_not_a_changed_claim(no_shipped_rules: None) -> None:
    result = sample_result()
    finding = result.findings[0]
    moved = finding.model_copy(update={"claim": finding.claim.model_copy(update={"line": 40, "start": 900})})
    changed = finding.model_copy(update={"claim": finding.claim.model_copy(update={"text": "46"})})
    assert sarif.fingerprint(moved) == sarif.fingerprint(finding)
    assert sarif.fingerprint(changed) != sarif.fingerprint(finding)
    prints = [r["partialFingerprints"]["factcheck/v1"] for r in run_of(sarif.render(result))["results"]]
    assert len(set(prints)) == len(prints)


def test_arabic_indic_digits_fingerprint_like_western_ones() -> None:
    finding = sample_result().findings[0]
    eastern = finding.model_copy(update={"claim": finding.claim.model_copy(update={"text": "٤٥"})})
    assert sarif.fingerprint(eastern) == sarif.fingerprint(finding)


def test_root_gives_relative_uris_with_a_base(no_shipped_rules: None) -> None:
    run = run_of(sarif.render(sample_result(), root=Path("/work/main/corpus")))
    # The sample paths are relative, so they stay as they are under an absolute root.
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == EN_PATH
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == "file:///work/main/corpus/"
    relative = run_of(sarif.render(sample_result(), root=Path("corpus")))
    location = relative["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "articles/en/strikes.md", "uriBaseId": "SRCROOT"}


def test_awkward_paths_become_valid_uri_references(no_shipped_rules: None) -> None:
    run = run_of(sarif.render(hostile_result()))
    result = run["results"][0]
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "corpus/articles/en/odd%2C%20name%3A%20100%25.html"
    related = result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert related == "corpus/references/a%2Cb%3Ac.yaml"
    assert sarif.artifact_uri("/srv/news/مقال.md") == "file:///srv/news/%D9%85%D9%82%D8%A7%D9%84.md"


def test_input_errors_become_tool_notifications(no_shipped_rules: None) -> None:
    invocation = run_of(sarif.render(sample_result()))["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"].startswith(
        "corpus/articles/en/draft.md:2:")
    clean = run_of(sarif.render(hostile_result()))["invocations"][0]
    assert clean == {"executionSuccessful": True}


# --- helpUri: each rule links to its page in docs/rules ------------------------------------------------

REPOSITORY = Path(__file__).resolve().parents[1]


def test_each_rule_links_to_its_generated_page() -> None:
    base = "https://github.com/acme/factcheck/blob/v1.2.0/docs/rules/"
    log = json.loads(sarif.render(sample_result(), rule_docs_url=base))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert rules and all(rule["helpUri"] == f"{base}{rule['id']}.md" for rule in rules)
    for rule in rules:  # the link's target is a page committed in the repository
        page = REPOSITORY / sarif.RULE_DOCS_PATH / f"{rule['id']}.md"
        assert page.is_file(), page
        assert rule["id"] in page.read_text(encoding="utf-8").splitlines()[0]
        assert f"]({base}{rule['id']}.md)" in rule["help"]["markdown"]
    assert not sorted(validator().iter_errors(log), key=str)


def test_the_base_url_defaults_to_the_projects_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sarif, "_project_urls", lambda: [("homepage", "https://factcheck.example.org"),
                                                        ("repository", "https://github.com/acme/factcheck.git")])
    rules = json.loads(sarif.render(sample_result()))["runs"][0]["tool"]["driver"]["rules"]
    assert rules[0]["helpUri"] == "https://github.com/acme/factcheck/blob/HEAD/docs/rules/FC101.md"
    monkeypatch.setattr(sarif, "_project_urls", lambda: [("source", "https://gitlab.com/acme/fc")])
    assert sarif.rule_docs_base() == "https://gitlab.com/acme/fc/-/blob/HEAD/docs/rules/"


def test_without_a_known_base_no_rule_carries_a_relative_help_uri(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sarif, "_project_urls", lambda: [("homepage", "https://factcheck.example.org")])
    log = json.loads(sarif.render(sample_result()))
    assert all("helpUri" not in rule for rule in log["runs"][0]["tool"]["driver"]["rules"])
    assert not sorted(validator().iter_errors(log), key=str)


@pytest.mark.parametrize("bad", ["docs/rules/", "file:///srv/docs/", "https://", "https://example.org/a b/"])
def test_a_base_url_that_is_not_absolute_http_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="absolute http"):
        sarif.render(sample_result(), rule_docs_url=bad)


def test_the_format_registry_passes_the_base_url_on() -> None:
    from factcheck.report.formats import render

    text = render("sarif", sample_result(), rule_docs_url="https://example.org/rules")
    assert '"helpUri": "https://example.org/rules/FC101.md"' in text
