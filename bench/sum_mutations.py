"""How often `factcheck check` notices a breakdown that stops adding up: mutation testing of FC104.

Each blind set's ``sums.yaml`` lists the breakdowns its articles state (a total and its parts, with
``adds_up`` saying whether the writer meant them to add up). The planted sum errors are the breakdowns
that do not; the ones that do are never scored by `bench/blind.py`, and so they are text no rule was
tuned to. This script breaks each breakdown that adds up, one part at a time: it changes the part's
second significant digit by two (1,049 → 1,249; 1.4 million → 1.6 million; 3 → 5), writes the case with that
article, runs the check, and asks whether a sum_mismatch finding stands on the total or on a part.

    python bench/sum_mutations.py [SET_DIR ...] [--failures]

It prints, per set and in all, how many mutated breakdowns were caught (any part caught counts once
per part tried), and, for the unmutated breakdowns, how many already drew a sum finding (those are
false alarms: the writer says they add up).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from _common import REPO_ROOT, use_working_tree
from blind import _overlaps, _places, _spans

DEFAULT_SETS = sorted((REPO_ROOT / "corpus" / "blind").glob("set*"))
_DIGITS = re.compile(r"[0-9٠-٩۰-۹]")


def _mutated(text: str) -> str | None:
    """``text`` with its second significant digit moved by two (the first when it has one digit), or
    None when it has no digit: 8 and 9 go down by two, every other digit up. Two, because a change of
    one in the last digit of every figure is within their rounding (25 + 11 may be 35)."""
    positions = [m.start() for m in _DIGITS.finditer(text)]
    first = next((n for n, p in enumerate(positions) if unicodedata.digit(text[p]) != 0), None)
    if first is None:
        return None
    at = positions[first + 1] if first + 1 < len(positions) else positions[first]
    value = unicodedata.digit(text[at])
    zero = ord(text[at]) - value  # the script's own zero: Western, Arabic-Indic or Persian
    changed = value - 2 if value >= 8 else value + 2
    return text[:at] + chr(zero + changed) + text[at + 1 :]


def _sum_on(result: Any, name: str, spans: list[tuple[int, int]]) -> bool:
    return any(str(f.kind) == "sum_mismatch" and str(f.severity) in ("error", "warning")
               and any(where == name and _overlaps(at, spans) for where, at in _places(f))
               for f in result.findings)


def _run(case: dict[str, Any], texts: dict[str, str]) -> Any:
    from factcheck.check import check_paths

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        articles, references = [], []
        for article in case.get("articles") or []:
            path = folder / article["file"]
            path.write_text(texts[article["file"]], encoding="utf-8")
            articles.append(str(path))
        for ref in case.get("references") or []:
            path = folder / ref["file"]
            path.write_text(ref["text"], encoding="utf-8")
            references.append(str(path))
        return check_paths(articles, references)


def _entries(folder: Path) -> list[dict[str, Any]]:
    sums = folder / "sums.yaml"
    if not sums.exists():
        return []
    data = yaml.safe_load(sums.read_text(encoding="utf-8"))
    entries = data.get("sums") if isinstance(data, dict) else data
    return [e for e in entries or [] if isinstance(e.get("total"), dict) and e.get("adds_up") is True]


def score_set(folder: Path, failures: bool) -> Counts:
    """(parts mutated, mutations caught, breakdowns, breakdowns with a sum finding unmutated)."""
    cases = {}
    for file in sorted((folder / "cases").glob("*.yaml")):
        case = yaml.safe_load(file.read_text(encoding="utf-8"))
        cases[case["id"]] = case
    tried = caught = breakdowns = alarmed = 0
    for entry in _entries(folder):
        case = cases.get(entry["case"])
        if case is None:
            continue
        name = entry["file"]
        texts = {a["file"]: a["text"] for a in case.get("articles") or []}
        text = texts.get(name)
        if text is None:
            continue
        sides = [entry["total"], *(entry.get("parts") or [])]
        found = [_spans(text, str(s["text"]))[:1] for s in sides]
        if not all(found):
            continue
        spans = [f[0] for f in found]
        breakdowns += 1
        if _sum_on(_run(case, texts), name, spans):
            alarmed += 1
            if failures:
                print(f"  ALARM unmutated {entry['case']}: {entry['total']['text']!r}")
        for part, (start, end) in zip(sides[1:], spans[1:], strict=True):
            changed = _mutated(text[start:end])
            if changed is None:
                continue
            tried += 1
            mutated = dict(texts)
            mutated[name] = text[:start] + changed + text[end:]
            if _sum_on(_run(case, mutated), name, spans):
                caught += 1
            elif failures:
                print(f"  MISSED {entry['case']}: total {entry['total']['text']!r}, "
                      f"part {part['text']!r} -> {changed!r}")
    return tried, caught, breakdowns, alarmed


Counts = tuple[int, int, int, int]


def run(doc: str, score: Callable[[Path, bool], Counts], line: Callable[[str, Counts], str],
        argv: list[str] | None = None) -> int:
    """The command line of a mutation benchmark: score each set folder named (every blind set by
    default) with ``score`` and print ``line`` for each set with something to say, then for all."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, default=DEFAULT_SETS)
    parser.add_argument("--failures", action="store_true", help="list each mutation the check missed")
    args = parser.parse_args(argv)
    use_working_tree()
    import factcheck

    print(f"factcheck from {Path(factcheck.__file__).parent}")
    totals: Counts = (0, 0, 0, 0)
    for folder in args.sets:
        counts = score(folder, args.failures)
        totals = (totals[0] + counts[0], totals[1] + counts[1], totals[2] + counts[2], totals[3] + counts[3])
        if any(counts):
            print(line(folder.name, counts))
    print(line("all", totals))
    return 0


def _line(name: str, counts: Counts) -> str:
    tried, caught, breakdowns, alarmed = counts
    return (f"{name}: caught {caught}/{tried} mutated parts ({caught / max(tried, 1):.2f}); "
            f"{alarmed}/{breakdowns} breakdowns that add up drew a sum finding")


def main(argv: list[str] | None = None) -> int:
    return run(__doc__ or "", score_set, _line, argv)


if __name__ == "__main__":
    sys.exit(main())
