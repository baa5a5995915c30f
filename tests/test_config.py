"""Configuration files: discovery, validation errors at file:line, per-article front matter."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from filetools import write

from factcheck.claims import Kind
from factcheck.config import ConfigResolver, Settings, article_settings, find_config, load_settings
from factcheck.errors import ConfigError
from factcheck.findings import Severity


def test_pyproject_table_is_read_with_decimal_tolerances_and_resolved_paths(tmp_path: Path) -> None:
    cfg = write(tmp_path / "pyproject.toml", """
[project]
name = "news"

[tool.factcheck]
references = ["refs/centcom.yaml"]
fail-on = "warning"
jobs = 2
locale = "ar-IQ"
ignore = ["FC104"]
baseline = ".factcheck-baseline.json"
exclude = ["drafts"]

[tool.factcheck.tolerances]
money = 0.01
""")
    settings = load_settings(cfg)
    assert settings.fail_on is Severity.WARNING
    assert settings.jobs == 2
    assert settings.tolerances == {Kind.MONEY: Decimal("0.01")}
    assert isinstance(settings.tolerances[Kind.MONEY], Decimal)
    assert settings.reference_paths() == [str(tmp_path / "refs/centcom.yaml")]
    assert settings.baseline_path() == tmp_path / ".factcheck-baseline.json"
    assert settings.excludes(tmp_path / "drafts" / "a.md")
    assert not settings.excludes(tmp_path / "articles" / "a.md")


def test_exclude_globs_match_relative_paths(tmp_path: Path) -> None:
    cfg = write(tmp_path / ".factcheck.toml", 'exclude = ["**/archive/*.md", "*.txt"]\n')
    settings = load_settings(cfg)
    assert settings.excludes(tmp_path / "ar" / "archive" / "old.md")
    assert settings.excludes(tmp_path / "notes.txt")
    assert not settings.excludes(tmp_path / "ar" / "new.md")


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ('references = []\njobs = -1\n', 2, "jobs: Input should be greater than or equal to 0"),
        ('fail_on = "fatal"\n', 1, "fail_on: Input should be 'error', 'warning' or 'info'"),
        ('\n\ncolour = "red"\n', 3, "colour: unknown key"),
        ('ignore = ["FC101", "FC1"]\n', 1, "ignore: not a rule: 'FC1'"),
        ('[tolerances]\nmoney = 0.1\ncount = -1\n', 3, "tolerances.count: Input should be greater"),
        ('locale = "arabic"\n', 1, "locale: not a locale: 'arabic'"),
        ('jobs = = 2\n', 1, "invalid TOML: Invalid value"),
        ('ignore = ["FC101"\n', 1, "invalid TOML: Unclosed array"),
    ],
)
def test_bad_config_is_reported_at_file_and_line(tmp_path: Path, body: str, line: int, message: str) -> None:
    cfg = write(tmp_path / ".factcheck.toml", body)
    with pytest.raises(ConfigError) as caught:
        load_settings(cfg)
    text = str(caught.value)
    assert text.startswith(f"{cfg}:{line}: ")
    assert message in text
    assert "\n" not in text


def test_pyproject_error_line_counts_from_the_factcheck_table(tmp_path: Path) -> None:
    cfg = write(tmp_path / "pyproject.toml", '[tool.ruff]\njobs = 3\n\n[tool.factcheck]\nformat = "pdf"\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(cfg)
    assert str(caught.value).startswith(f"{cfg}:5: format: ")


def test_nearest_config_wins_and_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / ".factcheck.toml", 'locale = "ar-IQ"\n')
    write(tmp_path / "desk" / "pyproject.toml", '[tool.black]\nline-length = 80\n')
    inner = write(tmp_path / "desk" / "sport" / ".factcheck.toml", 'locale = "ar-EG"\n')
    article = write(tmp_path / "desk" / "sport" / "match.md", "x\n")
    other = write(tmp_path / "desk" / "politics.md", "x\n")
    assert find_config(article) == inner.resolve()
    assert find_config(other) == (tmp_path / ".factcheck.toml").resolve()
    resolver = ConfigResolver()
    assert resolver.for_path(article).locale == "ar-EG"
    assert resolver.for_path(other).locale == "ar-IQ"


def test_explicit_config_applies_to_every_file(tmp_path: Path) -> None:
    write(tmp_path / "a" / ".factcheck.toml", 'locale = "ar-EG"\n')
    explicit = write(tmp_path / "ci.toml", 'locale = "ar-IQ"\n')
    article = write(tmp_path / "a" / "x.md", "x\n")
    resolver = ConfigResolver(explicit)
    assert resolver.for_path(article).locale == "ar-IQ"
    assert resolver.for_run([str(article)]).locale == "ar-IQ"


def test_no_config_gives_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = write(tmp_path / "x.md", "x\n")
    monkeypatch.chdir(tmp_path)
    assert find_config(tmp_path) is None, "a config file above the temp folder would hide the defaults"
    settings = ConfigResolver().for_run([str(article)])
    assert settings == Settings()
    assert settings.source is None
    assert settings.fail_on is Severity.ERROR
    assert settings.reference_paths() == []


def test_front_matter_overrides_are_validated_with_their_line() -> None:
    text = "---\ntitle: x\nfactcheck:\n  ignore: [FC104]\n  locale: ar-IQ\n---\nbody\n"
    settings = article_settings("a.md", text, {"factcheck": {"ignore": ["FC104"], "locale": "ar-IQ"}})
    assert settings.ignore == ("FC104",)
    assert settings.locale == "ar-IQ"
    bad = "---\nfactcheck:\n  ignroe: [FC104]\n---\n"
    with pytest.raises(ConfigError) as caught:
        article_settings("a.md", bad, {"factcheck": {"ignroe": ["FC104"]}})
    assert str(caught.value) == "a.md:3: front matter factcheck.ignroe: unknown key"


def test_front_matter_ignore_may_be_a_comma_separated_string() -> None:
    settings = article_settings("a.md", "", {"factcheck": {"ignore": "FC101, FC103"}})
    assert settings.ignore == ("FC101", "FC103")


def test_a_config_nested_too_deeply_is_one_clear_error(tmp_path: Path) -> None:
    cfg = write(tmp_path / ".factcheck.toml", "ignore = " + "[" * 50_000 + "]" * 50_000 + "\n")
    with pytest.raises(ConfigError, match="invalid TOML: nested too deeply") as caught:
        load_settings(cfg)
    assert str(caught.value).startswith(str(cfg))


@pytest.mark.parametrize("name", [".factcheck.toml", "pyproject.toml"])
def test_a_number_too_long_for_int_is_a_config_error_at_its_line(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    table = "[tool.factcheck]\n" if name == "pyproject.toml" else ""
    path.write_text(f'{table}format = "json"\njobs = {"9" * 5000}\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    line = 3 if table else 2
    assert str(caught.value).startswith(f"{path}:{line}: invalid TOML: a number too long"), str(caught.value)
