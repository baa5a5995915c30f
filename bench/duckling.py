"""Score the extractor on Duckling's Arabic and English corpora (numerals, money; ordinals, durations).

Duckling's corpus rule: a case passes when exactly one claim of the case's dimension covers the whole
input (start 0, end len(text)) and carries the expected value; a negative case passes when no claim of
its dimension is found. Values are compared as Decimal, so "1.1" equals 1.10. The target is numerals
plus money at or above 95% per language; ordinals and durations are reported beside it.

    python bench/duckling.py [--peers DIR] [--failures] [--small] [--strict]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from _common import BENCH_DIR, use_working_tree

if TYPE_CHECKING:
    from factcheck.claims import Claim

PEER_FILES = ("duckling_ar.jsonl", "duckling_en.jsonl")
DEFAULT_PEERS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "peers"
EXCLUSIONS = BENCH_DIR / "duckling_exclusions.yaml"
TARGET_DIMS = ("number", "money")
REPORTED_DIMS = ("ordinal", "duration")
TARGET_RATE = Decimal("0.95")
SMALL_STRIDE = 10

# Duckling names its money units by Haskell constructor; ours are family words or ISO 4217 codes.
MONEY_UNITS = {"Dollar": "dollar", "Cent": "cent", "Pound": "pound", "Dinar": "dinar", "Riyal": "riyal",
               "Rial": "rial", "Dirham": "dirham"}
ANY_UNIT = "*"  # Duckling's Unnamed ("bucks", latent bare numbers): the text names no currency
LOCALES = {"AR": None, "AR_EG": "ar-EG", "EN": None}
SIMPLE_QUALIFIERS = {"exact", "approx"}  # Duckling drops "about"/"exactly"; we keep them, both agree
UNDER_QUALIFIERS = {"less_than", "at_most"}
ABOVE_QUALIFIERS = {"more_than", "at_least"}


@dataclass(frozen=True)
class Case:
    """One Duckling corpus string and what it must give."""

    id: str
    file: str
    lang: str
    locale: str
    dimension: str
    text: str
    expected: dict[str, Any] | None  # None for a negative case
    with_latent: bool


@dataclass
class Outcome:
    case: Case
    passed: bool
    claims: Sequence[Claim] = ()
    error: str | None = None


@dataclass
class Tally:
    passed: int = 0
    total: int = 0
    excluded: int = 0
    failures: list[Outcome] = field(default_factory=list)


def load_cases(path: Path) -> list[Case]:
    """Read one peer JSONL file into cases, in file order."""
    cases = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            expected = rec["expected"][0] if rec["expected"] else None
            cases.append(Case(id=rec["id"], file=path.name, lang=rec["lang"], locale=rec["locale"],
                              dimension=rec["dimension"], text=rec["text"], expected=expected,
                              with_latent=bool(rec.get("with_latent"))))
    return cases


def load_exclusions(path: Path, cases: Sequence[Case]) -> dict[str, str]:
    """Map excluded case ids to their written reason; a bad or stale entry stops the run."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    excluded: dict[str, str] = {}
    for number, entry in enumerate(data.get("exclusions") or [], start=1):
        where = f"{path.name}: entry {number}"
        if not isinstance(entry, dict) or not str(entry.get("reason") or "").strip():
            raise SystemExit(f"{where}: every exclusion needs a written `reason`")
        matched = [c for c in cases if _matches(entry, c)]
        if not matched:
            raise SystemExit(f"{where}: matches no case ({entry.get('id') or entry.get('text')!r})")
        for case in matched:
            excluded[case.id] = str(entry["reason"]).strip()
    return excluded


def _matches(entry: dict[str, Any], case: Case) -> bool:
    if "id" in entry:
        return bool(entry["id"] == case.id and entry.get("text", case.text) == case.text)
    return bool(entry.get("text") == case.text and entry.get("locale", case.locale) == case.locale)


def in_dimension(dimension: str, claim: Claim) -> bool:
    """Whether a claim is of the kind Duckling's dimension asks for."""
    kind = str(claim.kind)
    if dimension == "number":
        return kind == "count" or (claim.is_quantity and claim.unit == "count")
    return kind == {"money": "money", "ordinal": "ordinal", "duration": "duration"}[dimension]


def expected_unit(case: Case) -> str | None:
    """Our unit for the case's Duckling unit; None when the dimension has no unit."""
    assert case.expected is not None
    unit = case.expected.get("unit")
    if unit is None:
        return None
    if case.dimension == "money":
        return ANY_UNIT if unit == "Unnamed" else MONEY_UNITS.get(unit, unit)
    return str(unit).lower()


def _dec(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def value_agrees(expected: Any, claim: Claim) -> bool:
    """Duckling's value (a number, or an interval object) against our value, bounds and qualifier."""
    qualifier = str(claim.qualifier)
    if not isinstance(expected, dict):
        return claim.value is not None and claim.value == _dec(str(expected)) and (
            qualifier in SIMPLE_QUALIFIERS)
    low, high = _dec(expected.get("from")), _dec(expected.get("to"))
    if low is not None and high is not None:
        return qualifier == "range" and claim.lower == low and claim.upper == high
    if high is not None:
        return qualifier in UNDER_QUALIFIERS and claim.upper == high
    return qualifier in ABOVE_QUALIFIERS and claim.lower == low


def judge(case: Case, claims: Sequence[Claim]) -> bool:
    """Duckling's corpus rule for one case."""
    mine = [c for c in claims if in_dimension(case.dimension, c)]
    if case.expected is None:
        return not mine
    whole = [c for c in mine if c.start == 0 and c.end == len(case.text)]
    if len(whole) != 1:
        return False
    claim, unit = whole[0], expected_unit(case)
    if case.dimension == "duration" and unit in DURATION_SECONDS and claim.unit in DURATION_SECONDS:
        return _same_duration(case.expected["value"], unit, claim)
    from factcheck.align import units_compatible

    if unit == "cent" and claim.unit != "cent" and units_compatible("dollar", claim.unit):
        # We read "10 cents" as 0.10 of a dollar; Duckling keeps it as 10 cents: the same sum.
        claim = claim.model_copy(update={k: None if getattr(claim, k) is None else getattr(claim, k) * 100
                                         for k in ("value", "lower", "upper")})
    elif unit not in (None, ANY_UNIT) and not units_compatible(unit, claim.unit):
        return False  # a family (Duckling's Dollar) matches the ISO codes we resolve it to (USD)
    return value_agrees(case.expected["value"], claim)


# A duration is one length of time however its unit is written: Duckling states "1.5 hours" as 90
# minutes and "a month and a half" as 45 days. Its conversions: a month is 30 days, a year 365 days.
_DAY = Decimal(86400)
DURATION_SECONDS = {"second": Decimal(1), "minute": Decimal(60), "hour": Decimal(3600), "day": _DAY,
                    "week": 7 * _DAY, "month": 30 * _DAY, "quarter": 90 * _DAY, "year": 365 * _DAY,
                    "decade": 3650 * _DAY, "century": 36500 * _DAY}


def _same_duration(expected: Any, unit: str, claim: Claim) -> bool:
    value = _dec(str(expected)) if not isinstance(expected, dict) else None
    return (value is not None and claim.value is not None and str(claim.qualifier) in SIMPLE_QUALIFIERS
            and value * DURATION_SECONDS[unit] == claim.value * DURATION_SECONDS[claim.unit])


Extractor = Callable[[Case], Sequence["Claim"]]


def make_extractor() -> Extractor:
    use_working_tree()
    from factcheck.extract import extract_text

    def run(case: Case) -> Sequence[Claim]:
        claims: Sequence[Claim] = extract_text(case.text, case.lang, locale=LOCALES.get(case.locale))
        return claims

    return run


Tallies = dict[tuple[str, str], Tally]


def score(cases: Iterable[Case], excluded: dict[str, str], extract: Extractor) -> Tallies:
    """Run every scored case; tallies keyed by (file, dimension)."""
    tallies: Tallies = {}
    for case in cases:
        if case.dimension not in TARGET_DIMS + REPORTED_DIMS:
            continue
        tally = tallies.setdefault((case.file, case.dimension), Tally())
        if case.id in excluded:
            tally.excluded += 1
            continue
        tally.total += 1
        outcome = _attempt(case, extract)
        if outcome.passed:
            tally.passed += 1
        else:
            tally.failures.append(outcome)
    return tallies


def _attempt(case: Case, extract: Extractor) -> Outcome:
    try:
        claims = extract(case)
    except Exception as exc:  # one crashing case is a failure to report, not the end of the run
        return Outcome(case, passed=False, error=f"{type(exc).__name__}: {exc}")
    return Outcome(case, passed=judge(case, claims), claims=claims)


def percent(passed: int, total: int) -> str:
    return f"{100 * passed / total:5.1f}%" if total else "    -"


def print_table(files: Sequence[str], tallies: Tallies) -> bool:
    """The file x dimension table; returns whether every file met the numerals+money target."""
    print(f"{'file':<20} {'dimension':<22} {'passed/total':>13} {'percent':>8} {'excluded':>9}")
    all_met = True
    for name in files:
        for dim in TARGET_DIMS + REPORTED_DIMS:
            t = tallies.get((name, dim))
            if t is not None:
                label = dim if dim in TARGET_DIMS else f"{dim} (not in target)"
                print(f"{name:<20} {label:<22} {t.passed:>6}/{t.total:<6} {percent(t.passed, t.total):>8} "
                      f"{t.excluded:>9}")
        parts = [tallies[(name, d)] for d in TARGET_DIMS if (name, d) in tallies]
        passed, total = sum(t.passed for t in parts), sum(t.total for t in parts)
        met = total > 0 and Decimal(passed) >= TARGET_RATE * total
        all_met = all_met and met
        print(f"{name:<20} {'TARGET number+money':<22} {passed:>6}/{total:<6} {percent(passed, total):>8} "
              f"{sum(t.excluded for t in parts):>9}   (>= 95%: {'ok' if met else 'MISSED'})")
        print()
    return all_met


def describe(claim: Claim) -> str:
    bounds = f" [{claim.lower}, {claim.upper}]" if claim.lower is not None or claim.upper is not None else ""
    return (f"{claim.kind} {claim.start}:{claim.end} {claim.text!r} value={claim.value}{bounds} "
            f"{claim.qualifier} unit={claim.unit}")


def expected_text(expected: dict[str, Any]) -> str:
    return f"{json.dumps(expected['value'], ensure_ascii=False)} {expected.get('unit') or ''}".strip()


def print_failures(files: Sequence[str], tallies: Tallies) -> None:
    for name in files:
        for dim in TARGET_DIMS + REPORTED_DIMS:
            for out in tallies.get((name, dim), Tally()).failures:
                case = out.case
                want = "nothing" if case.expected is None else expected_text(case.expected)
                print(f"FAIL {case.id} [{dim}] {case.text!r} (len {len(case.text)}) expected {want}")
                if out.error:
                    print(f"     error: {out.error}")
                for claim in out.claims:
                    print(f"     got {describe(claim)}")
                if not out.claims and not out.error:
                    print("     got no claim")


def peers_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    env = os.environ.get("FACTCHECK_PEERS")
    return Path(env) if env else DEFAULT_PEERS


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--peers", help="folder holding duckling_ar.jsonl and duckling_en.jsonl "
                        "(default: $FACTCHECK_PEERS, else ../shared/benchmarks/peers beside the repo)")
    parser.add_argument("--failures", action="store_true", help="list every failing case with our claims")
    parser.add_argument("--small", action="store_true", help=f"every {SMALL_STRIDE}th case only (smoke test)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a language misses the target")
    args = parser.parse_args(argv)

    folder = peers_dir(args.peers)
    missing = [name for name in PEER_FILES if not (folder / name).is_file()]
    if missing:
        raise SystemExit(f"{folder}: no {', '.join(missing)} (give --peers DIR or set FACTCHECK_PEERS)")
    cases = [c for name in PEER_FILES for c in load_cases(folder / name)]
    excluded = load_exclusions(EXCLUSIONS, cases)
    if args.small:
        cases = cases[::SMALL_STRIDE]
    tallies = score(cases, excluded, make_extractor())
    print(f"Duckling corpora from {folder}{' (--small: every 10th case)' if args.small else ''}\n")
    met = print_table(PEER_FILES, tallies)
    skipped = sorted({c.dimension for c in cases} - set(TARGET_DIMS + REPORTED_DIMS))
    print(f"not scored (no matching claim kind): {', '.join(skipped)}")
    print(f"excluded cases: {sum(t.excluded for t in tallies.values())} (reasons in {EXCLUSIONS.name})")
    if args.failures:
        print()
        print_failures(PEER_FILES, tallies)
    return 1 if args.strict and not met else 0


if __name__ == "__main__":
    sys.exit(main())
