"""CI integration: the pre-commit hooks, installed by pre-commit itself from this working tree, and
the GitHub Action's script.

`pre-commit try-repo` installs a hook repository at a commit. To test the code under test (not
whatever HEAD of the checkout holds), the project's files are copied into a temporary git repository
and committed there; try-repo then pip-installs that commit into its own virtualenv, exactly as a
user's pre-commit would from a tag. It needs PyPI (or a local wheel mirror) for the dependencies, and
takes a minute the first time.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from test_cli import OPED, REFERENCE, WIRE

needs_pre_commit = pytest.mark.skipif(shutil.which("pre-commit") is None,
                                      reason="pre-commit is not installed")

ROOT = Path(__file__).resolve().parents[1]
PROJECT_FILES = ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml", "factcheck", "rules")
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", ".factcheck_cache", ".*.tmp")


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", "-c", "user.email=desk@example.org", "-c", "user.name=Desk", *args],
                          cwd=cwd, check=True, capture_output=True, text=True)
    return done.stdout.strip()


def hook_repository(target: Path) -> tuple[Path, str]:
    """A git repository holding this working tree's package, committed; returns it and the commit."""
    target.mkdir()
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=SKIP)
        elif source.is_file():
            shutil.copy2(source, target / name)
    git(target, "init", "-q")
    git(target, "add", "-A")
    git(target, "commit", "-q", "-m", "factcheck under test")
    return target, git(target, "rev-parse", "HEAD")


def newsroom(target: Path) -> Path:
    (target / "refs").mkdir(parents=True)
    (target / "articles").mkdir()
    (target / "refs" / "centcom.yaml").write_text(REFERENCE, encoding="utf-8")
    (target / "articles" / "wire.md").write_text(WIRE, encoding="utf-8")
    (target / "articles" / "oped.md").write_text(OPED, encoding="utf-8")
    (target / ".factcheck.toml").write_text('references = ["refs/centcom.yaml"]\n', encoding="utf-8")
    git(target, "init", "-q")
    git(target, "add", "-A")
    git(target, "commit", "-q", "-m", "desk")
    return target


def try_repo(news: Path, repo: Path, ref: str, hook: str, *files: str,
             home: Path) -> subprocess.CompletedProcess[str]:
    args = ["pre-commit", "try-repo", str(repo), hook, "--ref", ref, "--verbose"]
    args += ["--files", *files] if files else ["--all-files"]
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    env.pop("FACTCHECK_DEBUG", None)
    return subprocess.run(args, cwd=news, capture_output=True, text=True, env=env, check=False, timeout=900)


@needs_pre_commit
def test_hooks_pass_clean_articles_and_fail_on_a_discrepancy(tmp_path: Path) -> None:
    repo, ref = hook_repository(tmp_path / "hook")
    news = newsroom(tmp_path / "news")
    home = tmp_path / "pre-commit-home"

    clean = try_repo(news, repo, ref, "factcheck", "articles/wire.md", home=home)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout

    failing = try_repo(news, repo, ref, "factcheck", "articles/wire.md", "articles/oped.md", home=home)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "Failed" in failing.stdout
    assert "FC103" in failing.stdout and "FC101" in failing.stdout
    assert "articles/oped.md" in failing.stdout

    # The whole-repository hook reports only what changed: the committed op-ed's mistakes are old.
    new = news / "articles" / "new.md"
    new.write_text("---\ntitle: New\ndate: 2024-07-21\n---\nBetween January and June 2024, the operations "
                   "killed 44 ISIS operatives in Iraq and Syria and led to the detention of 161 others, the "
                   "command said.\n", encoding="utf-8")
    git(news, "add", "articles/new.md")
    changed = try_repo(news, repo, ref, "factcheck-changed", "articles/new.md", home=home)
    assert changed.returncode == 1, changed.stdout + changed.stderr
    assert "articles/new.md" in changed.stdout
    assert "articles/oped.md" not in changed.stdout


def action_script() -> str:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    steps = {step.get("id"): step for step in action["runs"]["steps"]}
    script: str = steps["check"]["run"]
    return script


def run_action(news: Path, tmp_path: Path, **inputs: str) -> tuple[subprocess.CompletedProcess[str], str]:
    """The action's check step under bash, with $FC_BIN/factcheck running this checkout."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    shim = bin_dir / "factcheck"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -c "from factcheck.cli import main; main()" "$@"\n',
                    encoding="utf-8")
    shim.chmod(0o755)
    output = tmp_path / "github_output"
    output.write_text("", encoding="utf-8")
    env = {**os.environ, "FC_BIN": str(bin_dir), "GITHUB_OUTPUT": str(output),
           "FC_PATHS": "articles", "FC_REFERENCES": "", "FC_FAIL_ON": "error", "FC_ARGS": "",
           "FC_SARIF": "factcheck.sarif", "FC_ANNOTATIONS": "true",
           "FC_RULE_DOCS": "https://github.com/example/factcheck/blob/v1/docs/rules/", **inputs}
    env.pop("FACTCHECK_DEBUG", None)
    done = subprocess.run(["bash", "-e", "-c", action_script()], cwd=news, env=env, capture_output=True,
                          text=True, check=False, timeout=300)
    return done, output.read_text(encoding="utf-8")


def test_action_writes_sarif_prints_annotations_and_passes_the_exit_code_on(tmp_path: Path) -> None:
    news = newsroom(tmp_path / "news")
    done, outputs = run_action(news, tmp_path, FC_REFERENCES="refs/centcom.yaml", FC_ARGS="--jobs 2")
    assert done.returncode == 1, done.stderr
    assert outputs == "exit-code=1\n"
    sarif = json.loads((news / "factcheck.sarif").read_text(encoding="utf-8"))
    rules = sorted(result["ruleId"] for result in sarif["runs"][0]["results"] if result["level"] == "error")
    assert rules == ["FC101", "FC103"]
    oped = "::error file=articles/oped.md"
    annotations = [line for line in done.stdout.splitlines() if line.startswith(oped)]
    assert len(annotations) == 2

    clean, outputs = run_action(news, tmp_path, FC_PATHS="articles/wire.md", FC_ANNOTATIONS="false")
    assert clean.returncode == 0, clean.stderr
    assert outputs == "exit-code=0\n"
    assert "::error" not in clean.stdout

    broken, outputs = run_action(news, tmp_path, FC_PATHS="articles missing.md")
    assert broken.returncode == 2
    assert outputs == "exit-code=2\n"
    assert "factcheck: missing.md: no such file or directory" in broken.stderr
