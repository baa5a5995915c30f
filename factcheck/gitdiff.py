"""Which articles changed in git since a revision, for ``check --changed-since REF``.

"Changed" means added, modified, copied or renamed (deleted files have nothing left to check)
between the merge base of REF and HEAD and the working tree, so it covers the commits on the
branch, staged and unstaged edits, plus untracked files that are not ignored: a new article
being written is checked before it is ever committed.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from factcheck.errors import FactcheckError


class GitError(FactcheckError):
    """git is missing, the folder is not a repository, or the revision is unknown."""


def _git(args: list[str], cwd: Path, what: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise GitError(what, "git is not installed (needed by --changed-since)") from None
    if done.returncode != 0:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        reason = lines[0].removeprefix("fatal: ") if lines else f"git {args[0]} failed"
        raise GitError(what, reason)
    return done.stdout


def repo_root(cwd: Path) -> Path:
    """The top folder of the git work tree that holds ``cwd``."""
    return Path(_git(["rev-parse", "--show-toplevel"], cwd, str(cwd)).strip())


def changed_files(ref: str, cwd: Path | None = None) -> set[Path]:
    """Absolute paths of files changed since ``ref`` (see the module docstring for what counts)."""
    cwd = cwd or Path.cwd()
    root = repo_root(cwd)
    what = f"--changed-since {ref}"
    try:
        _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], root, what)
    except GitError:
        raise GitError(what, f"unknown revision {ref!r} in {root}") from None
    base = _git(["merge-base", ref, "HEAD"], root, what).strip()
    diff = _git(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", base, "--"], root, what)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], root, what)
    names = [name for name in (diff + untracked).split("\0") if name]
    return {(root / name).resolve() for name in names}
