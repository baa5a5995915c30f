"""How long expanding a folder into article files takes, with and without ignore files.

A walk reads the ``.gitignore`` / ``.factcheckignore`` of every folder and matches every entry against
the patterns that apply (``factcheck/walk.py``). This prints the time of ``iter_paths`` over a
generated tree of empty article files, first with no ignore file, then with a realistic
``.gitignore`` at the top and one in every section folder, so the cost of the matching is visible:

    python bench/walk_speed.py [--files 20000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import _common as common

common.use_working_tree()

from factcheck.walk import iter_paths  # noqa: E402

TOP_IGNORE = "# build output\n_site/\n*.draft.md\n!keep.draft.md\n/tmp/\n**/scratch/*.md\n"
SECTION_IGNORE = "old-*.md\n"


def make_tree(root: Path, files: int) -> None:
    """``files`` articles in 20 sections of 50 folders each; one in 50 is a draft."""
    for number in range(files):
        section, folder = number % 20, (number // 20) % 50
        name = f"a{number}.draft.md" if number % 50 == 0 else f"a{number}.md"
        path = root / f"section{section}" / f"f{folder}" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()


def add_ignore_files(root: Path) -> None:
    (root / ".gitignore").write_text(TOP_IGNORE, encoding="utf-8")
    for section in root.glob("section*"):
        (section / ".gitignore").write_text(SECTION_IGNORE, encoding="utf-8")


def timed(root: Path, repeat: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = len(iter_paths([str(root)], []))
        times.append(time.perf_counter() - start)
    return statistics.median(times), count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        make_tree(root, args.files)
        plain, found = timed(root, args.repeat)
        print(f"{args.files} files, no ignore file:        {plain * 1000:8.1f} ms median, {found} articles")
        add_ignore_files(root)
        ignored, kept = timed(root, args.repeat)
        print(f"{args.files} files, 21 .gitignore files:   {ignored * 1000:8.1f} ms median, {kept} articles "
              f"({ignored / plain:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
