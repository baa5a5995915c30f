"""The rule pages in docs/rules: generated from the rule files, committed as generated, and showing each
rule's description, level, message, parameters and examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.report import rule_pages
from factcheck.rules import find_rule, load_rules

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules"


def test_committed_pages_are_the_generated_ones() -> None:
    stale = [str(p) for p in rule_pages.stale_pages(DOCS)]
    assert not stale, f"out of date: {stale}; run {rule_pages.REGENERATE} and review the diff"


def test_every_shipped_rule_has_a_page_and_an_index_entry() -> None:
    index = (DOCS / "README.md").read_text(encoding="utf-8")
    for rule in load_rules():
        assert (DOCS / f"{rule.code}.md").is_file()
        assert f"[{rule.code}]({rule.code}.md)" in index


def test_a_page_shows_description_level_parameters_and_examples() -> None:
    rule = find_rule("FC101")
    page = (DOCS / "FC101.md").read_text(encoding="utf-8")
    assert page.startswith("# FC101 `value.mismatch`")
    assert "Stated precision counts" in page  # the description
    assert "| level | **error** |" in page and "**warning** instead" in page  # partial evidence
    assert "| `approx_tolerance` | 0.10 |" in page
    assert rule.examples.bad[0].text in page and rule.examples.good[0].text in page
    assert "what: ISIS operatives killed" in page and "start: 2024-01-01" in page  # the reference fact
    assert "- `{difference}`: how far apart the two are" in page


def test_a_parameter_left_out_shows_its_default() -> None:
    page = (DOCS / "FC102.md").read_text(encoding="utf-8")
    rule = find_rule("FC102")
    for key, value in rule.typed_params().model_dump().items():
        assert f"| `{key}` | {value}" in page
        assert (f"| `{key}` | {value} (default) |" in page) == (key not in rule.params)


def test_an_info_rule_says_it_does_not_fail_a_run() -> None:
    page = (DOCS / "FC900.md").read_text(encoding="utf-8")
    assert "`note` in SARIF, `::notice` in GitHub" in page
    assert "never fail a run unless `--fail-on info`" in page
    assert "**warning** instead" not in page


def test_check_mode_reports_an_edited_missing_or_stray_page(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert rule_pages.main(["--out", str(tmp_path)]) == 0
    assert rule_pages.main(["--out", str(tmp_path), "--check"]) == 0
    (tmp_path / "FC101.md").write_text("edited by hand\n", encoding="utf-8")
    (tmp_path / "FC102.md").unlink()
    (tmp_path / "FC999.md").write_text("a rule that no longer exists\n", encoding="utf-8")
    assert rule_pages.main(["--out", str(tmp_path), "--check"]) == 1
    out = capsys.readouterr().out
    assert all(f"{code}.md: out of date" in out for code in ("FC101", "FC102", "FC999"))
