"""Consistency rules: loading, explain, bad rule files, options, and the pass/fail cases per rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from consistency_cases import run_case

from factcheck.errors import ConfigError
from factcheck.findings import Severity
from factcheck.rules import CheckOptions, explain, find_rule, load_rule_file, load_rules

CASES = Path(__file__).parent / "consistency"
GOOD_RULE = """\
code: FC199
name: test.rule
kind: value_mismatch
level: warning
message: "{claim} differs from {against}"
description: A rule for tests.
"""


def test_every_shipped_rule_loads_with_a_stable_code() -> None:
    codes = [rule.code for rule in load_rules()]
    assert codes == ["FC101", "FC102", "FC103", "FC104", "FC105", "FC106", "FC107", "FC108", "FC109", "FC110",
                     "FC900"]
    assert find_rule("value.mismatch").code == "FC101"
    assert find_rule("fc103").name == "digits.transposed"


def test_explain_prints_the_rule_with_its_examples() -> None:
    text = explain("FC101")
    assert text.startswith("FC101 value.mismatch\nkind: value_mismatch\nlevel: error\n")
    assert "bad:\n  text: U.S. and partner forces killed 48 ISIS operatives" in text
    assert "good:\n  text: Forces carried out about 200 operations" in text
    assert "reference: {what: ISIS operatives killed, value: '44'" in text


def test_explain_an_unknown_rule_raises_key_error() -> None:
    with pytest.raises(KeyError):
        explain("FC999")


@pytest.mark.parametrize(("body", "line", "column", "words"), [
    (GOOD_RULE.replace("level: warning", "level: loud"), 4, 8, "level"),
    (GOOD_RULE.replace("{against}", "{againts}"), 5, 10, "unknown placeholder {againts}"),
    (GOOD_RULE + "params:\n  tolerance: 3\n", 8, 3, "params.tolerance"),
    (GOOD_RULE.replace("code: FC199", "code: 199"), 1, 7, "code"),
    (GOOD_RULE + "check: teleport\n", 7, 8, "unknown check 'teleport'"),
    ("code: [FC199\n", 2, 1, "not valid YAML"),
])
def test_a_bad_rule_file_is_reported_at_line_and_column(tmp_path: Path, body: str, line: int, column: int,
                                                         words: str) -> None:
    path = tmp_path / "FC199-test.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_rule_file(path)
    error = caught.value
    assert (error.line, error.column) == (line, column), str(error)
    assert words in error.message
    assert str(error).startswith(f"{path}:{line}:{column}: ")


def test_the_error_quotes_the_offending_line(tmp_path: Path) -> None:
    path = tmp_path / "FC199-test.yaml"
    path.write_text(GOOD_RULE.replace("level: warning", "level: loud"), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_rule_file(path)
    assert caught.value.message.endswith("\n    4 | level: loud")


def test_two_rules_with_one_code_are_refused(tmp_path: Path) -> None:
    (tmp_path / "FC199-a.yaml").write_text(GOOD_RULE, encoding="utf-8")
    (tmp_path / "FC199-b.yaml").write_text(GOOD_RULE.replace("test.rule", "test.other"), encoding="utf-8")
    with pytest.raises(ConfigError, match="FC199 is also defined"):
        load_rules(tmp_path)


def test_options_select_ignore_and_override_levels() -> None:
    value, scale = find_rule("FC101"), find_rule("FC102")
    options = CheckOptions(select=("value.mismatch",), severity={"FC101": Severity.WARNING})
    assert options.enabled(value) and not options.enabled(scale)
    assert options.level(value) is Severity.WARNING
    assert not CheckOptions(ignore=("fc101",)).enabled(value)
    assert CheckOptions().level(scale) is Severity.ERROR


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("FC*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for outcome in ("fail", "pass"):
            for index, case in enumerate(data.get(outcome, [])):
                name = f"{data['rule']}-{outcome}-{index}"
                params.append(pytest.param(data["rule"], outcome, case, id=name))
    for rule in load_rules():
        for outcome, examples in (("fail", rule.examples.bad), ("pass", rule.examples.good)):
            for index, example in enumerate(examples):
                case = example.model_dump(exclude_none=True)
                if rule.code == "FC900":
                    continue  # unsupported is listed, not a discrepancy; its examples are checked below
                params.append(pytest.param(rule.code, outcome, case, id=f"{rule.code}-doc-{outcome}-{index}"))
    return params


@pytest.mark.parametrize(("code", "outcome", "case"), _cases())
def test_consistency_case(tmp_path: Path, code: str, outcome: str, case: dict[str, Any]) -> None:
    result = run_case(case, tmp_path)
    codes = [f.rule for f in result.findings if f.kind != "unsupported"]
    if outcome == "fail":
        assert code in codes, [f.message for f in result.findings]
    else:
        assert codes == [], [f.message for f in result.findings]


def test_unsupported_lists_a_figure_nothing_states(tmp_path: Path) -> None:
    rule = find_rule("FC900")
    bad = run_case(rule.examples.bad[0].model_dump(exclude_none=True), tmp_path)
    good = run_case(rule.examples.good[0].model_dump(exclude_none=True), tmp_path)
    assert [f.rule for f in bad.findings] == ["FC900"]
    assert bad.findings[0].severity is Severity.INFO
    assert [f.rule for f in good.findings] == [] and len(good.verified) == 1


def test_a_replaced_currency_not_a_code_day_pair_is_a_rules_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.currency as currency
    from factcheck.errors import RulesError

    bad = {"currencies": {}, "replaced": {"France": ["FRF"]}}
    monkeypatch.setattr(currency, "_currencies_file", lambda: bad)
    currency._replaced.cache_clear()
    try:
        with pytest.raises(RulesError, match=r"currencies_by_place\.yaml: replaced\.France: expected"):
            currency._replaced()
    finally:
        currency._replaced.cache_clear()
