"""How often `factcheck check` notices a figure that a reference states, once the figure is wrong.

Each blind case lists its `clean` figures: figures the writer says are right. Those whose significant
digits are the digits of one of the case's reference values (196 and a fact of 196; "1.5 million" and
a fact of 1500000) are figures the reference speaks for. This script makes each of them wrong, one at
a time: it moves the figure's second significant digit by two (the first when it has one), writes the
case with that article, runs the check, and asks whether an error or warning finding stands on the
figure. The planted discrepancies of `bench/blind.py` are a few such errors per case chosen by the
writer; this asks the same question of every figure a reference covers, text no rule was tuned to.

    python bench/value_mutations.py [SET_DIR ...] [--failures]

It prints, per set and in all, how many mutated figures drew a finding, and how many of the figures
the unmutated check verified did (a miss there is a check that decides identity by value; a miss on a
figure never verified is one whose identity was never found). Figures with fewer than two
significant digits are left out (a lone 5 matches too many facts to say which it states).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from blind import _overlaps, _spans
from sum_mutations import Counts, _mutated, _run, run

_NUMBER = re.compile(r"[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*")


def _significant(text: str) -> str:
    """The significant digits of the first number in ``text``, in Western digits ("1,325" → 1325,
    "١٫٥ مليون" → 15, "20000000000" → 2)."""
    number = _NUMBER.search(text)
    digits = "".join(str(unicodedata.digit(ch)) for ch in number.group() if ch.isdigit()) if number else ""
    return digits.lstrip("0").rstrip("0")


def _reference_digits(case: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    for ref in case.get("references") or []:
        try:
            data = yaml.safe_load(ref["text"])
        except yaml.YAMLError:
            continue
        facts = data.get("facts") if isinstance(data, dict) else None
        for fact in facts or []:
            if isinstance(fact, dict) and fact.get("value") is not None:
                digits = _significant(str(fact["value"]))
                if len(digits) >= 2:
                    found.add(digits)
    return found


def _finding_on(result: Any, name: str, span: tuple[int, int]) -> bool:
    return any(str(f.severity) in ("error", "warning") and Path(f.path).name == name
               and _overlaps((f.claim.start, f.claim.end), [span]) for f in result.findings)


def _verified(result: Any, name: str, span: tuple[int, int]) -> bool:
    return any(Path(v.path).name == name and _overlaps((v.claim.start, v.claim.end), [span])
               for v in result.verified)


def score_set(folder: Path, failures: bool) -> Counts:
    """(figures mutated, mutations that drew a finding on the figure, figures the unmutated check
    verified, of those the mutations caught)."""
    tried = caught = verified = verified_caught = 0
    for file in sorted((folder / "cases").glob("*.yaml")):
        case = yaml.safe_load(file.read_text(encoding="utf-8"))
        stated = _reference_digits(case)
        texts = {a["file"]: a["text"] for a in case.get("articles") or []}
        before: Any = None
        for entry in case.get("clean") or []:
            name, figure = entry.get("file"), str(entry.get("text", ""))
            text = texts.get(name)
            if text is None or _significant(figure) not in stated:
                continue
            spans = _spans(text, figure)
            changed = _mutated(figure)
            if len(spans) != 1 or changed is None:
                continue
            start, end = spans[0]
            tried += 1
            if before is None:
                before = _run(case, texts)
            known = _verified(before, name, (start, end))
            verified += known
            mutated = dict(texts)
            mutated[name] = text[:start] + changed + text[end:]
            if _finding_on(_run(case, mutated), name, (start, end)):
                caught += 1
                verified_caught += known
            elif failures:
                why = "verified before" if known else "not verified before"
                print(f"  MISSED {case['id']} {name}: {figure!r} -> {changed!r} ({why})")
    return tried, caught, verified, verified_caught


def _line(name: str, counts: Counts) -> str:
    tried, caught, verified, verified_caught = counts
    return (f"{name}: caught {caught}/{tried} mutated figures a reference states "
            f"({caught / max(tried, 1):.2f}); of the {verified} the unmutated check verified, "
            f"{verified_caught} ({verified_caught / max(verified, 1):.2f})")


def main(argv: list[str] | None = None) -> int:
    return run(__doc__ or "", score_set, _line, argv)


if __name__ == "__main__":
    sys.exit(main())
