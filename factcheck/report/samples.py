"""Regenerate the committed sample reports: ``python -m factcheck.report.samples``.

Checks the bundled corpus (``corpus/articles`` against ``corpus/references``) and writes one sample per
output format into ``reports/``. Paths in the samples are relative to the repository root, so the
files are the same wherever the repository is checked out; a test regenerates them into a temporary
directory and fails when the committed ones have drifted.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from factcheck.findings import CheckResult
from factcheck.report.formats import render

# Output file name for each format, in the order they are written.
SAMPLES = {
    "terminal": "sample.txt",
    "json": "sample.json",
    "sarif": "sample.sarif",
    "github": "sample.github.txt",
    "markdown": "sample.md",
    "junit": "sample.junit.xml",
    "html": "sample.html",
}
ARTICLES = "corpus/articles"
REFERENCES = "corpus/references"


def corpus_result(root: Path) -> CheckResult:
    """The check of the bundled corpus under ``root``."""
    from factcheck.check import check_paths

    return check_paths([str(root / ARTICLES)], [str(root / REFERENCES)])


def sample_texts(result: CheckResult, root: Path) -> dict[str, str]:
    """File name -> contents of every sample, paths relative to ``root``."""
    return {name: render(fmt, result, root=root) for fmt, name in SAMPLES.items()}


def write_samples(root: Path, out: Path) -> list[Path]:
    """Check the corpus under ``root`` and write every sample into ``out``; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in sample_texts(corpus_result(root), root).items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry: ``--root`` (default: the current directory) and ``--out`` (root/reports)."""
    parser = argparse.ArgumentParser(prog="python -m factcheck.report.samples", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path("."), help="repository root (default: .)")
    parser.add_argument("--out", type=Path, default=None, help="output directory (default: ROOT/reports)")
    args = parser.parse_args(argv)
    for path in write_samples(args.root, args.out or args.root / "reports"):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
