"""Compare two runs of `bench/blind.py --json` (two commits on the same blind sets) case by case.

A blind set has 20 to 80 cases, and a change moves a few findings in a few of them: whether a
difference of one or two finds or false alarms is the change or chance decides what a stop may claim.
This pairs the two runs by case, prints per set (and in all) recall, false alarms and F1 before and
after, and a 95% interval for the difference in F1 and in false alarms from a paired bootstrap over the
cases (cases drawn with replacement, the same draw for both runs; 2,000 draws, a fixed seed, so the
figures repeat). An interval that holds 0 is a difference the set cannot tell from chance.

    python bench/blind.py corpus/blind/set26 --json before.json     # at the earlier commit
    python bench/blind.py corpus/blind/set26 --json after.json      # at the later one
    python bench/blind_diff.py before.json after.json [--draws 2000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from blind import Score

Counts = dict[str, int]
SEED = 20261204


def pooled(cases: Sequence[Counts]) -> Score:
    """The cases' counts added up, scored as bench/blind.py scores a set."""
    total = Score()
    for counts in cases:
        total.add(Score.from_counts(counts))
    return total


def f1(cases: Sequence[Counts]) -> float:
    return pooled(cases).f1


def alarms(cases: Sequence[Counts]) -> int:
    score = pooled(cases)
    return score.findings - score.right


def interval(values: list[float]) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of ``values``."""
    ordered = sorted(values)
    return ordered[int(0.025 * (len(ordered) - 1))], ordered[int(0.975 * (len(ordered) - 1))]


def compare(name: str, before: dict[str, Counts], after: dict[str, Counts], draws: int) -> str:
    """One line: the set's figures before and after and the bootstrap intervals of the differences."""
    ids = sorted(set(before) & set(after))
    a, b = [before[i] for i in ids], [after[i] for i in ids]
    rng = random.Random(SEED)
    d_f1: list[float] = []
    d_alarms: list[float] = []
    for _ in range(draws):
        pick = [rng.randrange(len(ids)) for _ in ids]
        d_f1.append(f1([b[k] for k in pick]) - f1([a[k] for k in pick]))
        d_alarms.append(alarms([b[k] for k in pick]) - alarms([a[k] for k in pick]))
    lo, hi = interval(d_f1)
    alo, ahi = interval(d_alarms)
    found = (sum(c["found"] for c in a), sum(c["found"] for c in b))
    planted = sum(c["planted"] for c in a)
    changed = sum(1 for x, y in zip(a, b, strict=True) if x != y)
    return (f"{name}: {len(ids)} cases ({changed} changed)  recall {found[0]} -> {found[1]}/{planted}"
            f"  false alarms {alarms(a)} -> {alarms(b)} (95% {alo:+.0f}..{ahi:+.0f})"
            f"  F1 {f1(a):.3f} -> {f1(b):.3f} ({f1(b) - f1(a):+.3f}, 95% {lo:+.3f}..{hi:+.3f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--draws", type=int, default=2000)
    args = parser.parse_args(argv)
    runs = []
    for path in (args.before, args.after):
        try:
            runs.append(json.loads(path.read_text(encoding="utf-8"))["sets"])
        except (OSError, ValueError, KeyError) as err:
            print(f"{path}: not a bench/blind.py --json file ({err})", file=sys.stderr)
            return 2
    before, after = runs
    shared = [name for name in sorted(before) if name in after]
    if not shared:
        print("the two runs share no set", file=sys.stderr)
        return 2
    for name in shared:
        print(compare(name, before[name], after[name], args.draws))
    if len(shared) > 1:
        pooled_a = {f"{n}/{i}": c for n in shared for i, c in before[n].items()}
        pooled_b = {f"{n}/{i}": c for n in shared for i, c in after[n].items()}
        print(compare("all", pooled_a, pooled_b, args.draws))
    return 0


if __name__ == "__main__":
    sys.exit(main())
