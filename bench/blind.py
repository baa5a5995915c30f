"""Score `factcheck check` on the blind consistency sets (corpus/blind/*/cases/*.yaml).

The blind sets were written by people (helpers) who never saw rules/ or factcheck/: wire-copy articles,
their reference facts, every planted discrepancy (`expected`) and every other figure (`clean`). See
corpus/blind/README.md for the case format.

Each case is written to a temporary folder as it would sit in a newsroom repository (articles and
reference files) and checked through `check_paths`, the library path of `factcheck check`. Findings at
level info (FC900, unsupported) are not discrepancies and are left out; errors and warnings count.

- A planted discrepancy is **found** when a finding on its article overlaps its text (or, for a
  discrepancy between two statements of equal standing, its `other_text`) and the finding's kind is the
  entry's `kind` or one of its `also` kinds. `found_any_kind` relaxes the kind.
  A sum_mismatch finding stands on its total and on each of its parts (it shows them all): the
  writer may have marked the sum on either.
- A finding is **right** when it overlaps a planted discrepancy's text or other_text (of any kind); else
  it is a **false alarm**. False alarms that land on a `clean` figure are counted per clean figure.
- recall = found / planted; precision = right findings / findings; F1 their harmonic mean.

    python bench/blind.py [SET_DIR ...] [--failures] [--case ID] [--json FILE]

``--json FILE`` also writes each case's counts (planted, found, findings, right, clean figures and false
alarms on them) by set and case id, for `bench/blind_diff.py`, which compares two such files (two
commits on the same sets) case by case.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from _common import REPO_ROOT, use_working_tree

DEFAULT_SETS = sorted(p for p in (REPO_ROOT / "corpus" / "blind").glob("set*") if p.is_dir())
COUNTED_LEVELS = ("error", "warning")


_COUNTS = ("planted", "found", "findings", "right", "clean", "clean_alarms")  # what --json keeps of a case


@dataclass
class Score:
    planted: int = 0
    found: int = 0
    found_any_kind: int = 0
    findings: int = 0
    right: int = 0
    clean: int = 0
    clean_alarms: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    found_by_kind: Counter[str] = field(default_factory=Counter)
    alarms_by_kind: Counter[str] = field(default_factory=Counter)

    def add(self, other: Score) -> None:
        for name in ("planted", "found", "found_any_kind", "findings", "right", "clean", "clean_alarms"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.by_kind.update(other.by_kind)
        self.found_by_kind.update(other.found_by_kind)
        self.alarms_by_kind.update(other.alarms_by_kind)

    def counts(self) -> dict[str, int]:
        """The case's counts, as ``--json`` writes them."""
        return {name: getattr(self, name) for name in _COUNTS}

    @classmethod
    def from_counts(cls, counts: dict[str, int]) -> Score:
        """A score from the counts ``--json`` wrote (the per-kind tallies are not kept there)."""
        score = cls()
        for name in _COUNTS:
            setattr(score, name, int(counts[name]))
        return score

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.findings if self.findings else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        per50 = 50 * self.clean_alarms / self.clean if self.clean else 0.0
        return (f"recall {self.recall:.2f} ({self.found}/{self.planted}, any kind {self.found_any_kind})"
                f"  precision {self.precision:.2f} ({self.right}/{self.findings})  F1 {self.f1:.2f}"
                f"  false alarms {self.findings - self.right}, on clean figures {self.clean_alarms}/"
                f"{self.clean} ({per50:.2f} per 50)")


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = text.find(needle)
    while start >= 0 and needle:
        out.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return out


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _places(finding: Any) -> list[tuple[str, tuple[int, int]]]:
    """Where a finding stands: its claim; for a sum, also every part and the total it shows (the
    writer of a case may mark the sum on the total or on the part they judged wrong: one sum)."""
    sides = [finding]
    if str(finding.kind) == "sum_mismatch":
        sides += [s for s in (finding.against, *finding.related) if s is not None and not s.is_reference]
    return [(Path(s.path).name, (s.claim.start, s.claim.end)) for s in sides]


def run_case(case: dict[str, Any], folder: Path, verbose: bool) -> tuple[Score, list[str]]:
    from factcheck.check import check_paths

    texts: dict[str, str] = {}
    articles: list[str] = []
    for article in case.get("articles") or []:
        path = folder / article["file"]
        path.write_text(article["text"], encoding="utf-8")
        texts[article["file"]] = article["text"]
        articles.append(str(path))
    references: list[str] = []
    for ref in case.get("references") or []:
        path = folder / ref["file"]
        path.write_text(ref["text"], encoding="utf-8")
        references.append(str(path))
    result = check_paths(articles, references)
    notes = [f"input error: {e}" for e in result.input_errors]
    findings = [f for f in result.findings if str(f.severity) in COUNTED_LEVELS]

    def spans(entry: dict[str, Any], key: str = "text") -> list[tuple[int, int]]:
        text = entry.get(key)
        return _spans(texts.get(entry["file"], ""), str(text)) if text else []

    def other_spans(entry: dict[str, Any]) -> list[tuple[str, tuple[int, int]]]:
        if not entry.get("other_text"):
            return []
        files = [entry.get("other_file") or entry["file"]]
        against = entry.get("against")
        if against in texts and against not in files:
            files.append(against)
        return [(f, s) for f in files for s in _spans(texts.get(f, ""), str(entry["other_text"]))]

    def hits(entry: dict[str, Any], kinds: set[str] | None) -> list[Any]:
        own = [(entry["file"], s) for s in spans(entry)] + other_spans(entry)
        return [f for f in findings if (kinds is None or str(f.kind) in kinds)
                and any(where == name and _overlaps(at, [s]) for name, s in own for where, at in _places(f))]

    score = Score()
    planted = list(case.get("expected") or [])
    right_ids: set[int] = set()
    for entry in planted:
        kinds = {entry["kind"], *(entry.get("also") or [])}
        score.planted += 1
        score.by_kind[entry["kind"]] += 1
        good = hits(entry, kinds)
        if good:
            score.found += 1
            score.found_by_kind[entry["kind"]] += 1
        anyk = hits(entry, None)
        if anyk:
            score.found_any_kind += 1
        right_ids.update(id(f) for f in anyk)
        if not good:
            got = ", ".join(sorted({str(f.kind) for f in anyk})) or "nothing"
            notes.append(f"MISSED {entry['kind']}: {entry['file']}: {entry['text']!r} (got {got})")
    for entry in case.get("optional") or []:
        right_ids.update(id(f) for f in hits(entry, None))
    clean = list(case.get("clean") or [])
    score.clean = len(clean)
    score.findings = len(findings)
    score.right = sum(1 for f in findings if id(f) in right_ids)
    for f in findings:
        if id(f) in right_ids:
            continue
        score.alarms_by_kind[str(f.kind)] += 1
        name = Path(f.path).name
        on_clean = [e for e in clean if e["file"] == name
                    and _overlaps((f.claim.start, f.claim.end), spans(e))]
        if on_clean:
            score.clean_alarms += 1
        where = "clean figure" if on_clean else "figure"
        notes.append(f"FALSE ALARM {f.kind} on {where} {name}: {f.claim.text!r} — {f.message}")
        if verbose:
            notes.append("    evidence: " + "; ".join(f.evidence))
    return score, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, default=DEFAULT_SETS)
    parser.add_argument("--failures", action="store_true", help="list misses and false alarms per case")
    parser.add_argument("--verbose", action="store_true", help="with --failures: a false alarm's evidence")
    parser.add_argument("--case", help="only the case with this id (or id prefix)")
    parser.add_argument("--json", type=Path, help="write each case's counts to this file")
    args = parser.parse_args(argv)
    per_case: dict[str, dict[str, dict[str, int]]] = {}
    use_working_tree()
    import factcheck

    print(f"factcheck from {Path(factcheck.__file__).parent}")
    status = 0
    for folder in args.sets:
        files = sorted((folder / "cases").glob("*.yaml")) if (folder / "cases").is_dir() \
            else sorted(folder.glob("*.yaml"))
        if not files:
            print(f"{folder}: no cases", file=sys.stderr)
            status = 2
            continue
        total = Score()
        by_lang: dict[str, Score] = {}
        for file in files:
            case = yaml.safe_load(file.read_text(encoding="utf-8"))
            if args.case and not str(case.get("id", "")).startswith(args.case):
                continue
            with tempfile.TemporaryDirectory() as tmp:
                score, notes = run_case(case, Path(tmp), args.verbose)
            total.add(score)
            per_case.setdefault(folder.name, {})[str(case.get("id", file.stem))] = score.counts()
            by_lang.setdefault(str(case.get("lang", "?")), Score()).add(score)
            if args.failures and notes:
                print(f"--- {case.get('id')} ({file.name})")
                for note in notes:
                    print("  " + note)
        print(f"{folder.name}: {len(files)} cases")
        print(f"  all: {total.line()}")
        for lang, score in sorted(by_lang.items()):
            print(f"  {lang:>5}: {score.line()}")
        kinds = ", ".join(f"{k} {total.found_by_kind[k]}/{n}" for k, n in sorted(total.by_kind.items()))
        print(f"  found by kind: {kinds}")
        alarms = ", ".join(f"{k} {n}" for k, n in sorted(total.alarms_by_kind.items()))
        print(f"  false alarms by kind: {alarms or 'none'}")
    if args.json:
        args.json.write_text(json.dumps({"factcheck": str(Path(factcheck.__file__).parent), "sets": per_case},
                                        indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
