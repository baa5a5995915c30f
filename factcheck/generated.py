"""Files generated from the code and committed (``docs/schemas/``, ``docs/rules/``): one way to write
them, to tell when the committed copies are stale, and one command line for both generators."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path


def write_files(out: Path, texts: Mapping[str, str]) -> list[Path]:
    """Write each ``name -> text`` into ``out``; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in texts.items():
        path = out / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_files(out: Path, texts: Mapping[str, str], strays: str | None = None) -> list[Path]:
    """The files under ``out`` that are missing or differ from ``texts``, then those matching the glob
    ``strays`` that ``texts`` no longer holds (a page of a deleted rule)."""
    stale = [out / name for name, text in texts.items()
             if not (out / name).is_file() or (out / name).read_text(encoding="utf-8") != text]
    extra = sorted(p for p in out.glob(strays) if p.name not in texts) if strays else []
    return stale + extra


def main(argv: Sequence[str] | None, *, command: str, description: str, default_out: Path,
         texts: Callable[[], Mapping[str, str]], strays: str | None = None) -> int:
    """``command [--out DIR] [--check]``: write the files, or with ``--check`` exit 1 when any is stale."""
    parser = argparse.ArgumentParser(prog=command, description=description)
    parser.add_argument("--out", type=Path, default=default_out,
                        help=f"output directory (default: {default_out})")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 when a file is missing or out of date")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_files(args.out, texts(), strays)
        for path in stale:
            print(f"{path}: out of date; run {command}")
        return 1 if stale else 0
    for path in write_files(args.out, texts()):
        print(path)
    return 0
