"""The committed sample reports in reports/ are what ``python -m factcheck.report.samples`` writes today."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from factcheck.report import samples

ROOT = Path(__file__).resolve().parents[1]
REGENERATE = "python -m factcheck.report.samples"


def comparable(name: str, text: str) -> str:
    """The sample without what legitimately differs between installs (the tool version in SARIF)."""
    if name.endswith(".sarif"):
        log = json.loads(text)
        for run in log["runs"]:
            run["tool"]["driver"].pop("version", None)
        return json.dumps(log, ensure_ascii=False, indent=2)
    return text


@pytest.mark.skipif(importlib.util.find_spec("factcheck.check") is None,
                    reason="factcheck.check (the checker) does not exist yet")
def test_committed_samples_match_a_fresh_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if not (ROOT / samples.ARTICLES).is_dir():
        pytest.skip(f"no corpus at {ROOT / samples.ARTICLES}")
    # Run from the repository root with a relative root, exactly as the regeneration command does.
    monkeypatch.chdir(ROOT)
    written = samples.write_samples(Path("."), tmp_path)
    assert sorted(p.name for p in written) == sorted(samples.SAMPLES.values())
    drifted = []
    for path in written:
        committed = ROOT / "reports" / path.name
        fresh = comparable(path.name, path.read_text(encoding="utf-8"))
        if not committed.is_file() or comparable(path.name, committed.read_text(encoding="utf-8")) != fresh:
            drifted.append(f"reports/{path.name}")
    assert not drifted, f"out of date: {', '.join(drifted)}; regenerate with `{REGENERATE}`, review the diff"


def test_samples_cover_every_format() -> None:
    from factcheck.report.formats import FORMATS

    assert set(samples.SAMPLES) == set(FORMATS)
    assert len(set(samples.SAMPLES.values())) == len(samples.SAMPLES)
