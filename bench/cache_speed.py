"""The claims cache on a 20,000-article repository: cold vs warm, and a run killed midway.

Runs ``factcheck check`` (the CLI) over synthetic articles (bench/_topics.py) with an empty cache, then
again with the cache filled, and prints both wall times and their ratio (target: warm < 1/5 of cold).
Then it empties the cache, starts a run, kills it with SIGKILL after 40% of the cold time, runs again
and checks that this run's JSON report equals the cold run's (and the warm run's too): a cache left
behind by a killed process must never change a result.

    python bench/cache_speed.py [--small] [--articles 20000] [--jobs N] [--kill-at 0.4] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import _common as common
from _common import OUT_DIR, Clock, stopwatch, verdict
from _topics import ensure_repository

TARGET_WARM = 0.2
SMALL_ARTICLES = 300


def check_args(output: str, jobs: int | None) -> list[str]:
    return ["check", "articles", "--reference", "reference.yaml", "--format", "json", "-o", output,
            "--cache-dir", "cache", *(["--jobs", str(jobs)] if jobs is not None else [])]


def timed_run(root: Path, output: str, jobs: int | None) -> Clock:
    """One complete CLI run in ``root``; stops the benchmark when the CLI fails."""
    clock, proc = common.run_cli(check_args(output, jobs), cwd=root)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"factcheck check failed (exit {proc.returncode}): {proc.stderr.strip()[-800:]}")
    warnings = [line for line in proc.stderr.splitlines() if "warning" in line.lower()]
    for line in warnings[:5]:
        print(f"    {line}")
    return clock


def killed_run(root: Path, output: str, jobs: int | None, after: float) -> str:
    """Start a run and SIGKILL its whole process group (workers too) after ``after`` seconds."""
    command = [*common.cli_command(), *check_args(output, jobs)]
    proc = subprocess.Popen(command, cwd=root, env=common.cli_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.perf_counter() + after
    while time.perf_counter() < deadline and proc.poll() is None:
        time.sleep(0.01)
    if proc.poll() is not None:
        return f"finished before the kill (exit {proc.returncode}); the test proves nothing, lower --kill-at"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return f"killed with SIGKILL after {after:.1f}s (exit {proc.returncode})"


def first_difference(a: Any, b: Any, where: str = "$") -> str | None:
    """The JSON path of the first place where two parsed documents differ, or None when equal."""
    if type(a) is not type(b):
        return f"{where}: {type(a).__name__} vs {type(b).__name__}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{where}.{key}: only on one side"
            found = first_difference(a[key], b[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} vs {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            found = first_difference(x, y, f"{where}[{i}]")
            if found:
                return found
        return None
    return None if a == b else f"{where}: {a!r} vs {b!r}"


def same_report(root: Path, left: str, right: str) -> bool:
    a, b = (json.loads((root / name).read_text(encoding="utf-8")) for name in (left, right))
    difference = first_difference(a, b)
    print(f"  {right} == {left}: {'yes' if difference is None else 'NO, first difference at ' + difference}")
    return difference is None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help=f"{SMALL_ARTICLES} articles (smoke test)")
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, default=None, help="passed to factcheck check --jobs")
    parser.add_argument("--kill-at", type=float, default=0.4, help="fraction of the cold time (default 0.4)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    count = SMALL_ARTICLES if args.small else args.articles
    root = OUT_DIR / ("cache-small" if args.small else "cache")
    with stopwatch() as made:
        ensure_repository(root, count, args.seed)
    print(f"repository {root}: {count:,} articles + 1,000-fact reference (ready in {made.wall:.1f}s)")
    print(f"command: factcheck {' '.join(check_args('<report>.json', args.jobs))}  (cwd {root})\n")

    shutil.rmtree(root / "cache", ignore_errors=True)
    cold = timed_run(root, "cold.json", args.jobs)
    warm = timed_run(root, "warm.json", args.jobs)
    print(f"{'':19} {'wall s':>8} {'cpu s':>8} {'articles/s':>11}")
    for label, clock in (("cold (empty cache)", cold), ("warm (full cache)", warm)):
        print(f"{label:19} {clock.wall:8.2f} {clock.cpu:8.2f} {count / clock.wall:11.1f}")
    ratio = warm.cpu / cold.cpu
    print(f"warm / cold (cpu)   {ratio:8.2f}   (target < {TARGET_WARM}: {verdict(ratio < TARGET_WARM)}; "
          f"wall {warm.wall / cold.wall:.2f})")

    shutil.rmtree(root / "cache", ignore_errors=True)
    print(f"\ninterrupted run: {killed_run(root, 'killed.json', args.jobs, args.kill_at * cold.wall)}")
    resumed = timed_run(root, "resumed.json", args.jobs)
    print(f"run after the kill: wall {resumed.wall:.2f}s, cpu {resumed.cpu:.2f}s "
          f"({resumed.cpu / cold.cpu:.2f} of cold)")
    equal = [same_report(root, "cold.json", "warm.json"), same_report(root, "cold.json", "resumed.json")]
    return 0 if all(equal) else 1


if __name__ == "__main__":
    sys.exit(main())
