"""Helpers shared by the benchmark scripts: where things are, how to reach factcheck, how to measure."""

from __future__ import annotations

import importlib.util
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"
ARTICLE_GLOB = "*.md"
Completed = subprocess.CompletedProcess[str]
# Decided before use_working_tree() touches sys.path: is there an installed factcheck to prefer?
INSTALLED = importlib.util.find_spec("factcheck") is not None


def use_working_tree() -> None:
    """Make ``import factcheck`` work from a checkout that is not installed.

    ``python bench/x.py`` puts bench/ on sys.path, not the repo root, so an uninstalled working tree
    would not be importable. The installed package, when there is one, still wins.
    """
    if not INSTALLED and str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))


def cli_command() -> list[str]:
    """The argv prefix that runs the ``factcheck`` CLI with this interpreter.

    The console script installed beside this interpreter when there is one (not a shim found on PATH,
    which may start another interpreter and adds its own start-up time), else the CLI module.
    """
    script = Path(sys.executable).parent / "factcheck"
    if INSTALLED and script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from factcheck.cli import main; sys.exit(main())"]


def cli_env() -> dict[str, str]:
    """The environment for subprocesses: the working tree is importable when nothing is installed."""
    env = dict(os.environ)
    if not INSTALLED:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def cli_help(command: str) -> str:
    """The ``--help`` text of a CLI command ('' when the CLI cannot run), to learn which options exist."""
    proc = subprocess.run([*cli_command(), command, "--help"], capture_output=True, text=True,
                          env=cli_env(), check=False)
    return proc.stdout if proc.returncode == 0 else ""


def run_cli(args: Sequence[str], *, cwd: Path | None = None) -> tuple[Clock, Completed]:
    """Run the CLI once; returns its wall and CPU time and the finished process (output captured)."""
    with stopwatch(children=True) as clock:
        proc = subprocess.run([*cli_command(), *args], capture_output=True, text=True, env=cli_env(),
                              cwd=cwd, check=False)
    return clock, proc


def article_files(root: Path) -> list[Path]:
    """Every generated article under ``root``, in a stable order."""
    return sorted(root.rglob(ARTICLE_GLOB))


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@dataclass
class Clock:
    """Elapsed wall seconds and CPU seconds (user + system) of a measured block."""

    wall: float = 0.0
    cpu: float = 0.0


def _cpu_seconds(children: bool) -> float:
    if not children:
        return time.process_time()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@contextmanager
def stopwatch(*, children: bool = False) -> Iterator[Clock]:
    """Times the block: wall time, and CPU time of this process (or, with ``children``, of the
    subprocesses it waited for, their own workers included).

    CPU time is what the targets are judged on: it does not grow when other work shares the machine,
    while wall time does.
    """
    clock = Clock()
    wall, cpu = time.perf_counter(), _cpu_seconds(children)
    try:
        yield clock
    finally:
        clock.wall = time.perf_counter() - wall
        clock.cpu = _cpu_seconds(children) - cpu


def rate(amount: float, seconds: float) -> str:
    """A throughput with a thousands separator, or 'n/a' for a zero-time measurement."""
    return f"{amount / seconds:,.0f}" if seconds > 0 else "n/a"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"
