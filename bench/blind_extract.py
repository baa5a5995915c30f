"""Score `factcheck extract` on the blind extraction sets (corpus/blind_extract/set*/*.yaml).

The sets were written by helpers who never saw rules/ or factcheck/: news sentences and short paragraphs,
every claim annotated with its text, kind, value, bounds, qualifier, unit (an ISO 4217 code for money)
and date, and the numbers that are not claims (`not_claims`). See each set's README.md.

Scoring, per item (one text, extracted on its own with its language):
- Extracted ordinals are left out: the sets do not annotate ranks.
- Each gold claim is paired with the extracted claim that overlaps it most (each extracted claim pairs
  once). The pair is **right** when every field agrees:
  - kind (the gold kind `measure` is a count with a physical unit: it needs that unit);
  - value, lower and upper: equal once the extracted number is rounded to the gold's decimals (a gold
    "33.333" for a third takes 33.33333… as equal; a gold "33" does not), None only with None;
  - unit: equal (ISO codes for money; `--family` also accepts a currency family for its codes, the
    lenient score the issue quotes beside the strict one);
  - date, for dates.
- recall = right / gold claims; precision = right / extracted claims (not ordinals); F1 their harmonic
  mean. A paired claim with a wrong field counts against both. An extracted claim that overlaps a
  not_claim is reported apart (it is also a wrong extraction).

    python bench/blind_extract.py [SET_DIR ...] [--family] [--failures] [--kind KIND] [--lang ar|en]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from _common import REPO_ROOT, use_working_tree

DEFAULT_SETS = sorted(p for p in (REPO_ROOT / "corpus" / "blind_extract").glob("set*") if p.is_dir())


@dataclass
class Score:
    gold: int = 0
    extracted: int = 0
    right: int = 0
    missed: int = 0  # gold claims no extracted claim overlaps
    on_not_claims: int = 0
    wrong_field: Counter[str] = field(default_factory=Counter)
    gold_by_kind: Counter[str] = field(default_factory=Counter)
    right_by_kind: Counter[str] = field(default_factory=Counter)

    def add(self, other: Score) -> None:
        for name in ("gold", "extracted", "right", "missed", "on_not_claims"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("wrong_field", "gold_by_kind", "right_by_kind"):
            getattr(self, name).update(getattr(other, name))

    def line(self) -> str:
        r = self.right / self.gold if self.gold else 1.0
        p = self.right / self.extracted if self.extracted else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (f"precision {p:.3f} ({self.right}/{self.extracted})  "
                f"recall {r:.3f} ({self.right}/{self.gold})  "
                f"F1 {f:.3f}  not found {self.missed}  on not-claims {self.on_not_claims}")


def _dec(v: Any) -> Decimal | None:
    if v is None:
        return None
    try:
        return Decimal(str(v))
    except InvalidOperation:
        return None


def _same_number(gold: Any, got: Decimal | None) -> bool:
    want = _dec(gold)
    if want is None or got is None:
        return want is None and got is None
    exp = want.as_tuple().exponent
    places = -exp if isinstance(exp, int) and exp < 0 else 0
    return (got.quantize(Decimal(1).scaleb(-places)) if places else got) == want


# The writers named units on their own (each set's README lists its names); the same units under the
# extractor's ids. A count or a percentage with no unit is a plain count or percentage.
UNIT_NAMES = {"kilogram": "kg", "kilometre": "km", "centimetre": "cm", "millimetre": "mm",
              "kilometre_per_hour": "km_per_hour", "square_kilometre": "square_km",
              "donum": "dunam",  # set4 spells the dunam (دونم) "donum"
              # set8's names: a gold ounce is the troy ounce (the extractor's ounce covers "troy
              # ounces"), an index level or move is in points, a ship's size in gross tonnage
              "troy_ounce": "ounce", "troy_ounce_per_year": "ounce_per_year", "index_point": "point",
              "gross_tonnage": "gross_tonne"}
DEFAULT_UNITS = {"count": "count", "percent": "percent", "date": "date", "year": "year"}


def gold_unit(gold: dict[str, Any]) -> str:
    unit = gold.get("unit")
    if unit is None:
        return DEFAULT_UNITS.get(str(gold["kind"]), "None")
    return UNIT_NAMES.get(str(unit), str(unit))


def normalised(gold: dict[str, Any]) -> dict[str, Any]:
    """A gold claim in the extractor's terms: basis points as hundredths of a percentage point (set3
    wrote "75 basis points" as 75 basis_point; set1 and set2 as 0.75 percentage_point)."""
    if gold.get("unit") != "basis_point":
        return gold
    hundredth = Decimal("0.01")
    scaled = {k: (str(d * hundredth) if (d := _dec(gold.get(k))) is not None else None)
              for k in ("value", "lower", "upper")}
    return {**gold, **scaled, "unit": "percentage_point"}


def _unit_ok(gold: dict[str, Any], claim: Any, family: bool, families: dict[str, frozenset[str]]) -> bool:
    want = gold_unit(gold)
    if claim.unit == want:
        return True
    return family and want in families.get(claim.unit, frozenset())


def _kind_ok(gold: dict[str, Any], claim: Any) -> bool:
    want = gold["kind"]
    if want == "measure":
        return claim.kind.value == "count"  # the unit then decides
    return bool(claim.kind.value == want)


def _mismatches(gold: dict[str, Any], claim: Any, family: bool,
                families: dict[str, frozenset[str]]) -> list[str]:
    out = []
    if not _kind_ok(gold, claim):
        out.append("kind")
    if gold["kind"] == "date":
        if str(gold.get("date")) != str(claim.date):
            out.append("date")
        return out
    if not _unit_ok(gold, claim, family, families):
        out.append("unit")
    if not _same_number(gold.get("value"), claim.value):
        out.append("value")
    if not (_same_number(gold.get("lower"), claim.lower) and _same_number(gold.get("upper"), claim.upper)):
        out.append("bounds")
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _span(text: str, needle: str, taken: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """Where a gold text stands in its item: the first occurrence that overlaps no claim placed before
    it (``taken``) and, if there is one, that is not the inside of a longer word or number ("200
    جنيه" is not the end of "1200 جنيه"), as the sets' own checker places them."""
    found: list[tuple[int, int]] = []
    at = text.find(needle)
    while at >= 0:
        span = (at, at + len(needle))
        if not any(_overlap(span, t) for t in taken or ()):
            found.append(span)
        at = text.find(needle, at + 1)
    if not found:
        at = text.find(needle)
        return (at, at + len(needle)) if at >= 0 else (-1, -1)

    def inside(span: tuple[int, int]) -> bool:
        a, b = span
        return (a > 0 and text[a - 1].isalnum() and text[a].isalnum()) or (
            b < len(text) and text[b].isalnum() and text[b - 1].isalnum())

    return next((sp for sp in found if not inside(sp)), found[0])


def score_item(item: dict[str, Any], lang: str, args: argparse.Namespace,
               families: dict[str, frozenset[str]], out: list[str]) -> Score:
    from factcheck.extract import extract_text

    text = item["text"]
    claims = [c for c in extract_text(text, lang) if c.kind.value != "ordinal"]
    golds = [normalised(g) for g in item.get("claims") or [] if not args.kind or g["kind"] == args.kind]
    if args.kind:
        claims = [c for c in claims if any(_overlap((c.start, c.end), _span(text, g["text"])) for g in golds)]
    s = Score(gold=len(golds), extracted=len(claims))
    used: set[int] = set()
    problems: list[str] = []
    placed: list[tuple[int, int]] = []
    for g in golds:
        span = _span(text, g["text"], placed)
        placed.append(span)
        s.gold_by_kind[g["kind"]] += 1
        best, best_n = None, 0
        for n, c in enumerate(claims):
            ov = _overlap(span, (c.start, c.end))
            if n not in used and ov > best_n:
                best, best_n = n, ov
        if best is None:
            s.missed += 1
            s.wrong_field["not found"] += 1
            want = g.get("value") or g.get("date")
            problems.append(f"  MISSED {g['kind']} {g['text']!r} ({want} {g.get('unit')})")
            continue
        used.add(best)
        c = claims[best]
        bad = _mismatches(g, c, args.family, families)
        if bad:
            s.wrong_field.update(bad)
            problems.append(
                f"  WRONG {'/'.join(bad)}: {g['text']!r} want {g['kind']} {g.get('value')} "
                f"[{g.get('lower')}, {g.get('upper')}] {g.get('unit')} {g.get('date') or ''}; got "
                f"{c.text!r} {c.kind.value} {c.value} [{c.lower}, {c.upper}] {c.unit} {c.date or ''}")
        else:
            s.right += 1
            s.right_by_kind[g["kind"]] += 1
    # a not-claim is its text (set1, set2) or {text, why} (set3)
    not_spans = [_span(text, n["text"] if isinstance(n, dict) else n) for n in item.get("not_claims") or []]
    for n, c in enumerate(claims):
        if n in used:
            continue
        on_not = any(_overlap(sp, (c.start, c.end)) for sp in not_spans)
        s.on_not_claims += on_not
        tag = "(a not-claim) " if on_not else ""
        problems.append(f"  EXTRA {tag}{c.text!r} {c.kind.value} {c.value} {c.unit}")
    if problems and args.failures:
        out.append(f"--- {item['id']}: {text}")
        out.extend(problems)
    return s


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", type=Path)
    ap.add_argument("--family", action="store_true", help="accept a currency family for any of its codes")
    ap.add_argument("--failures", action="store_true", help="print every item with a wrong or missing claim")
    ap.add_argument("--kind", help="score only the gold claims of this kind")
    ap.add_argument("--lang", choices=("ar", "en"))
    args = ap.parse_args(argv)
    use_working_tree()
    import factcheck

    print(f"factcheck from {Path(factcheck.__file__).parent}")
    from factcheck.align import currency_families

    families = currency_families()
    out: list[str] = []
    for set_dir in args.sets or DEFAULT_SETS:
        total = Score()
        by_lang: dict[str, Score] = {}
        for path in sorted(set_dir.glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            lang = data["lang"]
            if args.lang and lang != args.lang:
                continue
            for item in data["items"]:
                s = score_item(item, lang, args, families, out)
                total.add(s)
                by_lang.setdefault(lang, Score()).add(s)
        print("\n".join(out))
        out.clear()
        print(f"{set_dir.name}{' (currency families accepted)' if args.family else ' (ISO units)'}:")
        print(f"  all: {total.line()}")
        for lang, s in sorted(by_lang.items()):
            print(f"   {lang}: {s.line()}")
        kinds = ", ".join(f"{k} {total.right_by_kind[k]}/{n}" for k, n in sorted(total.gold_by_kind.items()))
        print(f"  right by kind: {kinds}")
        print(f"  wrong fields: {', '.join(f'{k} {n}' for k, n in total.wrong_field.most_common())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
