"""The report cache: an unchanged repository is answered from the last report; any change re-runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import factcheck.pipeline
from factcheck.cli import main

REFERENCE = """\
source: U.S. Central Command
facts:
  - what: operations against ISIS in Iraq and Syria
    value: "196"
    unit: count
    period: {start: 2024-01-01, end: 2024-06-30}
    place: [Iraq, Syria]
"""

ARTICLE = """\
---
title: Wire
lang: en
date: 2024-07-17
---
U.S. forces carried out {n} operations against ISIS in Iraq and Syria in the first half of 2024.
"""


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "wire.md").write_text(ARTICLE.format(n=169), encoding="utf-8")
    (tmp_path / "ref.yaml").write_text(REFERENCE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*extra: str) -> Result:
    return CliRunner().invoke(main, ["check", "articles", "-r", "ref.yaml", "--format", "json", *extra],
                              catch_exceptions=False)


def rules(result: Result) -> list[str]:
    return [f["rule"] for f in json.loads(result.stdout)["findings"] if f["severity"] != "info"]


def count_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count how often the full check runs (a cached report skips it)."""
    calls: list[int] = []
    real = factcheck.pipeline.run_check

    def counting(request: factcheck.pipeline.CheckRequest) -> object:
        calls.append(1)
        return real(request)

    monkeypatch.setattr(factcheck.pipeline, "run_check", counting)
    return calls


def test_an_unchanged_repository_gets_the_same_report_and_exit_code_without_a_run(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_runs(monkeypatch)
    first, second = check(), check()
    assert (first.exit_code, second.exit_code) == (1, 1)
    assert rules(first) == ["FC103"]
    assert second.stdout == first.stdout
    assert len(calls) == 1
    assert (repo / ".factcheck_cache" / "reports.sqlite3").exists()


def test_an_edited_article_is_checked_again(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_runs(monkeypatch)
    assert rules(check()) == ["FC103"]
    (repo / "articles" / "wire.md").write_text(ARTICLE.format(n=196), encoding="utf-8")
    fixed = check()
    assert fixed.exit_code == 0 and rules(fixed) == []
    assert len(calls) == 2


def test_an_edited_reference_or_other_options_run_again(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = count_runs(monkeypatch)
    check()
    (repo / "ref.yaml").write_text(REFERENCE.replace('"196"', '"169"'), encoding="utf-8")
    assert rules(check()) == []
    check("--lang", "en")  # another option: another key
    sarif = CliRunner().invoke(main, ["check", "articles", "-r", "ref.yaml", "--format", "sarif"])
    assert json.loads(sarif.stdout)["version"] == "2.1.0"
    assert len(calls) == 4


def test_exit_code_follows_fail_on_and_exit_zero_on_a_cached_report(repo: Path) -> None:
    assert check().exit_code == 1
    assert check("--exit-zero").exit_code == 0
    assert check("--fail-on", "error").exit_code == 1


def test_a_damaged_report_cache_is_rebuilt_not_trusted(repo: Path) -> None:
    first = check()
    db = repo / ".factcheck_cache" / "reports.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"this is not a database" * 100)
    again = check()
    assert again.stdout == first.stdout and again.exit_code == 1
    assert "rebuilt" in again.stderr


def test_no_cache_writes_no_report_cache(repo: Path) -> None:
    check("--no-cache")
    assert not (repo / ".factcheck_cache" / "reports.sqlite3").exists()


def test_a_same_length_edit_of_a_stored_report_is_a_miss_with_one_warning(tmp_path: Path) -> None:
    import sqlite3

    from factcheck.resultcache import DB_NAME, Outcome, ReportCache

    cache = ReportCache(tmp_path)
    cache.put("k", Outcome((), 0), "196 operations: verified\n")
    assert cache.get("k") == (Outcome((), 0), "196 operations: verified\n")
    cache.close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("UPDATE reports SET body = replace(body, '196', '197')")
    conn.commit()
    conn.close()
    cache = ReportCache(tmp_path)
    assert cache.get("k") is None
    assert len(cache.warnings) == 1 and "checksum" in cache.warnings[0]
    cache.close()
