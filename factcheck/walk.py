"""Which files a run reads: paths on the command line expanded into article files.

A file named on the command line is always read, whatever its suffix or ignore files say (the
document reader judges it). A folder is walked recursively, in sorted order, for ARTICLE_SUFFIXES,
and the walk skips, as ruff and ripgrep do:

- hidden files and folders (``.git``, ``.factcheck_cache``) and ``node_modules`` / ``__pycache__``;
- what ``.gitignore`` and ``.factcheckignore`` files say, with git's own semantics (negation, anchors,
  ``dir/`` patterns, nesting: a deeper file's patterns win), read with ``pathspec``. Files in the
  folders above the walked one count too, up to the top of the git repository, as does
  ``.git/info/exclude``; outside a repository only the walked folder and those below it are read.

A folder named on the command line is walked even when an ignore file above it ignores it: naming it
is asking for it. A file reached twice is listed once, at its first place.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pathspec import GitIgnoreSpec

__all__ = ["ARTICLE_SUFFIXES", "IGNORE_FILES", "NEVER_WALKED", "expand_paths", "iter_paths"]

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
IGNORE_FILES = (".gitignore", ".factcheckignore")  # in this order: .factcheckignore has the last word
NEVER_WALKED = frozenset({"node_modules", "__pycache__"})


@dataclass(frozen=True)
class _Rules:
    """The patterns of one folder's ignore files; ``prefix`` leads from that folder to the walk's root."""

    spec: GitIgnoreSpec
    prefix: str  # "" for the walked folder and the folders below it, "articles/" for its parent, ...
    base: str  # the folder, relative to the walk's root ("" for the root and above it, "sub/" below)

    def decides(self, relative: str) -> bool | None:
        """True (ignored), False (re-included by ``!pattern``) or None (no pattern matches)."""
        check = self.spec.check_file(self.prefix + relative[len(self.base):])
        return None if check.include is None else bool(check.include)


def _read_patterns(folder: Path, names: Iterable[str]) -> list[str]:
    lines: list[str] = []
    for name in names:
        try:
            lines += (folder / name).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:  # absent (the usual case) or unreadable: no patterns from it
            continue
    return lines


def _spec(lines: list[str]) -> GitIgnoreSpec | None:
    return GitIgnoreSpec.from_lines(lines) if any(line.strip() for line in lines) else None


def _repository_top(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def _outer_rules(root: Path) -> list[_Rules]:
    """``.git/info/exclude`` and the ignore files of the folders above ``root``, up to the top of its
    repository (outermost first).

    A file whose patterns ignore ``root`` itself, or a folder on the way down to it, is left out:
    the user named that folder."""
    try:
        resolved = root.resolve()
    except (OSError, RuntimeError):
        return []
    top = _repository_top(resolved)
    if top is None:
        return []
    between = [p for p in resolved.parents if p.is_relative_to(top) and p != top]
    sources = [(top, _read_patterns(top / ".git" / "info", ["exclude"]))]
    sources += [(folder, _read_patterns(folder, IGNORE_FILES)) for folder in [top, *reversed(between)]
                if folder != resolved]
    found: list[_Rules] = []
    for folder, lines in sources:
        spec = _spec(lines)
        if spec is None:
            continue
        prefix = "" if folder == resolved else resolved.relative_to(folder).as_posix() + "/"
        steps = prefix.rstrip("/").split("/") if prefix else []
        on_the_way = ["/".join(steps[: i + 1]) + "/" for i in range(len(steps))]
        if not any(spec.match_file(step) for step in on_the_way):
            found.append(_Rules(spec, prefix, ""))
    return found


def _ignored(stack: list[_Rules], relative: str) -> bool:
    for rules in reversed(stack):  # the nearest ignore file decides
        decided = rules.decides(relative)
        if decided is not None:
            return decided
    return False


def _walk(root: Path, errors: list[str]) -> list[Path]:
    def report(exc: OSError) -> None:
        errors.append(f"{exc.filename}: {(exc.strerror or 'cannot be read').lower()}")

    stacks: dict[str, list[_Rules]] = {}
    found: list[Path] = []
    outer = _outer_rules(root)
    for directory, dirnames, filenames in os.walk(root, onerror=report):
        relative = os.path.relpath(directory, root)
        base = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        stack = stacks.pop(directory, outer)
        own = _spec(_read_patterns(Path(directory), [n for n in IGNORE_FILES if n in filenames]))
        if own is not None:
            stack = [*stack, _Rules(own, "", base)]
        kept = []
        for name in dirnames:
            if name.startswith(".") or name in NEVER_WALKED or _ignored(stack, f"{base}{name}/"):
                continue
            kept.append(name)
            stacks[os.path.join(directory, name)] = stack
        dirnames[:] = kept
        found += (Path(directory, name) for name in filenames
                  if not name.startswith(".") and os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES
                  and not _ignored(stack, base + name))
    return sorted(found, key=lambda p: p.parts)


@dataclass(frozen=True)
class Expanded:
    """What one command-line path gave: every article file under it, and those not listed before."""

    given: str
    found: tuple[Path, ...]
    new: tuple[Path, ...]
    failed: bool = False  # missing or unreadable: its error is in the run's errors


def expand_paths(paths: Iterable[str], errors: list[str]) -> list[Expanded]:
    """Each path with the article files it stands for (see the module's docstring).

    A missing path is not fatal: its one-line message ("path: no such file or directory") is appended
    to ``errors`` and the other paths are still expanded.
    """
    seen: set[str] = set()
    out: list[Expanded] = []
    for raw in paths:
        path = Path(raw)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except OSError as exc:  # a name too long, a directory we may not enter
            errors.append(f"{raw}: {(exc.strerror or type(exc).__name__).lower()}")
            out.append(Expanded(raw, (), (), failed=True))
            continue
        if not exists:
            errors.append(f"{raw}: no such file or directory")
            out.append(Expanded(raw, (), (), failed=True))
            continue
        found = _walk(path, errors) if is_dir else [path]
        new = []
        for candidate in found:
            identity = file_identity(candidate)
            if identity not in seen:
                seen.add(identity)
                new.append(candidate)
        out.append(Expanded(raw, tuple(found), tuple(new)))
    return out


def iter_paths(paths: list[str], errors: list[str]) -> list[Path]:
    """Expand files and directories into article files, each once, in order (see the module's
    docstring); a missing path's one-line message is appended to ``errors``."""
    return [path for expanded in expand_paths(paths, errors) for path in expanded.new]


def file_identity(path: Path) -> str:
    """One name for a file however it is reached (relative, absolute, through a symbolic link)."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())
