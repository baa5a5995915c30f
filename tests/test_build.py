"""The optional compiled build (README, "Faster extraction"): opt-in, compiles the extractor and
nothing else, says which build runs, and extracts byte for byte what pure Python extracts.

Two tests need a second build and run when CI provides it (.ci/run):
FACTCHECK_COMPILED_PYTHON names the python of a venv where the compiled wheel is installed, and
FACTCHECK_EXPECT_BUILD (compiled | pure) states which build this pytest process must have imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck import _build
from factcheck.cli import main

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = REPO / "pyproject.toml"
COMPILED_PYTHON = os.environ.get("FACTCHECK_COMPILED_PYTHON", "")
EXPECT_BUILD = os.environ.get("FACTCHECK_EXPECT_BUILD", "")

in_checkout = pytest.mark.skipif(not PYPROJECT.is_file(), reason="a copy of the tests, outside the checkout")

WHICH_BUILD = ("from factcheck._build import compiled, module_origin; "
               "print(compiled(), module_origin('extract'))")


def mypyc_hook() -> dict[str, Any]:
    with PYPROJECT.open("rb") as fh:
        wheel: dict[str, Any] = tomllib.load(fh)["tool"]["hatch"]["build"]["targets"]["wheel"]
    return dict(wheel["hooks"]["mypyc"])


@in_checkout
def test_the_compiled_build_is_opt_in() -> None:
    """`pip install .` must stay pure Python: the hook runs only when the environment asks for it."""
    hook = mypyc_hook()
    assert hook["enable-by-default"] is False
    assert any(dep.startswith("hatch-mypyc") for dep in hook["dependencies"])


@in_checkout
def test_the_hook_compiles_exactly_the_extractor_modules() -> None:
    listed = mypyc_hook()["include"]
    assert listed == [f"/factcheck/{name}.py" for name in _build.EXTRACTOR_MODULES]
    assert all((REPO / path.lstrip("/")).is_file() for path in listed)


@in_checkout
def test_no_compiled_leftovers_shadow_the_sources() -> None:
    """Python imports an extension module before the .py beside it: a leftover of a compiled build
    in the checkout would make every run (and these tests) use stale code."""
    leftovers = [*REPO.glob("factcheck/**/*.so"), *REPO.glob("factcheck/**/*.pyd"), *REPO.glob("*__mypyc*")]
    assert not leftovers, ("compiled leftovers in the checkout (see docs/performance.md); "
                           f"delete them: {sorted(map(str, leftovers))}")


def test_version_names_the_running_build() -> None:
    done = CliRunner().invoke(main, ["--version"])
    assert done.exit_code == 0
    extension = _build.module_origin("extract").endswith((".so", ".pyd"))
    expected = "extractor: compiled with mypyc" if extension else "extractor: pure Python"
    assert f"({expected})" in done.output


@pytest.mark.skipif(not EXPECT_BUILD, reason="FACTCHECK_EXPECT_BUILD is not set")
def test_this_process_imports_the_expected_build() -> None:
    """Run beside the extractor tests, this proves which build those tests exercised."""
    import factcheck.extract

    assert EXPECT_BUILD in {"compiled", "pure"}
    assert _build.compiled() is (EXPECT_BUILD == "compiled"), _build.describe_build()
    assert factcheck.extract.__file__ == _build.module_origin("extract")
    assert factcheck.extract.__file__.endswith(".py") is (EXPECT_BUILD == "pure")


def extract_json(python: str, paths: list[Path], cwd: Path) -> bytes:
    """`factcheck extract --format json` run by ``python``, from a folder that holds no factcheck.

    The cache is off: both builds share the tool version and the .py files the cache key is made of,
    so a cached answer from one build would be served to the other.
    """
    done = subprocess.run([python, "-m", "factcheck", "extract", "--format", "json", "--no-cache",
                           *map(str, paths)], capture_output=True, cwd=cwd, check=False)
    errors = done.stderr.decode("utf-8", "replace").splitlines()
    assert done.returncode == 0, f"{python}: {len(errors)} error lines, the first: {errors[:3]}"
    return done.stdout


def which_build(python: str, cwd: Path) -> tuple[bool, str]:
    done = subprocess.run([python, "-c", WHICH_BUILD], capture_output=True, text=True, cwd=cwd, check=True)
    flag, origin = done.stdout.split(maxsplit=1)
    return flag == "True", origin.strip()


@in_checkout
@pytest.mark.skipif(not COMPILED_PYTHON, reason="FACTCHECK_COMPILED_PYTHON is not set")
def test_compiled_build_extracts_the_same_claims_as_pure_python(tmp_path: Path) -> None:
    assert which_build(sys.executable, tmp_path) == (False, str(REPO / "factcheck" / "extract.py"))
    compiled, origin = which_build(COMPILED_PYTHON, tmp_path)
    assert compiled, f"{COMPILED_PYTHON} imports factcheck.extract from {origin}"

    generated = tmp_path / "generated"
    generator = REPO / "bench" / "gen_corpus.py"
    subprocess.run([sys.executable, str(generator), "--small", "--out", str(generated)],
                   capture_output=True, check=True)
    paths = [REPO / "corpus" / "articles", generated / "ar", generated / "en"]
    pure = extract_json(sys.executable, paths, tmp_path)
    assert pure.count(b'"kind"') > 1000  # the comparison covers real work, not two empty reports
    fast = extract_json(COMPILED_PYTHON, paths, tmp_path)
    if fast != pure:
        pure_lines, fast_lines = pure.splitlines(), fast.splitlines()
        first = next((i for i, (a, b) in enumerate(zip(pure_lines, fast_lines, strict=False)) if a != b),
                     min(len(pure_lines), len(fast_lines)))
        pytest.fail(f"the compiled build's JSON differs from pure Python's at line {first + 1}:\n"
                    f"pure:     {pure_lines[first:first + 1]!r}\ncompiled: {fast_lines[first:first + 1]!r}")
