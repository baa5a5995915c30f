"""Check throughput at 1,000 and 10,000 articles: the cost per article must not grow with the corpus.

Generates synthetic Arabic and English articles on a few topics and a 1,000-fact reference file (see
bench/_topics.py), runs the check over each set (library call factcheck.check.check_paths, or the CLI
with --cli), and prints articles/second for each and the ratio of the cost per article (larger set /
smaller set). Target: the ratio stays within 1.5; cross-article alignment must not go quadratic.

    python bench/check_speed.py [--small] [--sizes 1000 10000] [--seed 1] [--cli] [--jobs N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import _common as common
from _common import OUT_DIR, Clock, stopwatch, verdict
from _topics import ensure_repository

TARGET_RATIO = 1.5
SMALL_SIZES = (50, 200)


@dataclass
class Run:
    articles: int
    clock: Clock
    documents: int
    claims: int
    findings: int
    verified: int
    errors: int

    @property
    def per_article_ms(self) -> float:
        """CPU milliseconds per article: steady when other work shares the machine."""
        return 1000 * self.clock.cpu / self.articles if self.articles else 0.0

    def marginal_ms(self, base: Run | None) -> float:
        """CPU milliseconds per article beyond the fixed cost of a run (reading the references)."""
        fixed = base.clock.cpu if base is not None else 0.0
        return 1000 * (self.clock.cpu - fixed) / self.articles


def library_check(articles: Path, reference: Path, count: int) -> Run:
    """factcheck.check.check_paths over the folder, timed in this process."""
    common.use_working_tree()
    from factcheck.check import check_paths

    with stopwatch() as took:
        result = check_paths([str(articles)], [str(reference)])
    s = result.summary
    return Run(count, took, s.documents, s.claims, s.findings, s.verified, len(result.input_errors))


def cli_check(articles: Path, reference: Path, count: int, jobs: int | None) -> Run:
    """``factcheck check`` as a subprocess (start-up included), cache off, JSON report read back."""
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as work:
        report = Path(work) / "report.json"
        args = ["check", str(articles), "--reference", str(reference), "--format", "json", "-o", str(report),
                "--no-cache", *(["--jobs", str(jobs)] if jobs is not None else [])]
        clock, proc = common.run_cli(args)
        if proc.returncode not in (0, 1) or not report.exists():
            raise SystemExit(f"factcheck check failed (exit {proc.returncode}): {proc.stderr.strip()[-500:]}")
        s = json.loads(report.read_text(encoding="utf-8"))["summary"]
    return Run(count, clock, s["documents"], s["claims"], s["findings"], s.get("verified", 0),
               s.get("input_errors", 0))


def warm_up(reference: Path, articles: Sequence[Path]) -> None:
    """One small check first, so loading lexicons and rules is not billed to the first measured set."""
    common.use_working_tree()
    from factcheck.check import check_paths

    check_paths([str(p) for p in articles[:10]], [str(reference)])


def print_runs(runs: Sequence[Run], base: Run | None) -> None:
    """The table, then the growth of the cost per article from the smallest to the largest set.

    The verdict uses the marginal cost (the fixed cost of a run with no article taken off), since a
    fixed cost spread over more articles would hide growth in the per-article work.
    """
    if base is not None:
        print(f"fixed cost of a run with no article (references only): {base.clock.cpu:.2f}s cpu, "
              f"{base.clock.wall:.2f}s wall\n")
    print(f"{'articles':>9} {'wall s':>8} {'cpu s':>8} {'articles/s':>11} {'cpu ms/art':>11} {'marginal':>9} "
          f"{'claims':>9} {'findings':>9} {'verified':>9} {'errors':>7}")
    for r in runs:
        print(f"{r.articles:>9,} {r.clock.wall:>8.2f} {r.clock.cpu:>8.2f} {r.articles / r.clock.wall:>11.1f} "
              f"{r.per_article_ms:>11.2f} {r.marginal_ms(base):>9.2f} {r.claims:>9,} {r.findings:>9,} "
              f"{r.verified:>9,} {r.errors:>7}")
    if len(runs) >= 2:
        first, last = runs[0], runs[-1]
        raw = last.per_article_ms / first.per_article_ms
        marginal = last.marginal_ms(base) / first.marginal_ms(base)
        print(f"\ncost per article, {last.articles:,} vs {first.articles:,} articles: {raw:.2f}x; "
              f"marginal {marginal:.2f}x (target <= {TARGET_RATIO}: {verdict(marginal <= TARGET_RATIO)})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="50 and 200 articles (smoke test)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cli", action="store_true", help="time the CLI instead of the library call")
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for the CLI (with --cli)")
    args = parser.parse_args(argv)
    sizes = sorted(SMALL_SIZES if args.small else args.sizes)

    def measure(articles: Path, reference: Path, count: int) -> Run:
        if args.cli:
            return cli_check(articles, reference, count, args.jobs)
        return library_check(articles, reference, count)

    runs: list[Run] = []
    base: Run | None = None
    for count in sizes:
        root = OUT_DIR / "check" / f"n{count}"
        with stopwatch() as made:
            reference, paths = ensure_repository(root, count, args.seed)
        print(f"{count:,} articles + 1,000-fact reference ready in {made.wall:.1f}s: {root}")
        if base is None:
            if not args.cli:
                warm_up(reference, paths)
            base = fixed_cost(reference, measure)
        runs.append(measure(root / "articles", reference, count))
    print(f"\ncheck via {'CLI (start-up included)' if args.cli else 'library check_paths'}")
    print_runs(runs, base)
    return 0


def fixed_cost(reference: Path, measure: Callable[[Path, Path, int], Run]) -> Run | None:
    """A run over an empty folder: what every run pays whatever its size; None if it cannot run."""
    empty = OUT_DIR / "check" / "empty"
    empty.mkdir(parents=True, exist_ok=True)
    try:
        return measure(empty, reference, 0)
    except SystemExit as exc:
        print(f"(no fixed-cost run: {exc})")
        return None


if __name__ == "__main__":
    sys.exit(main())
