"""Which build of the extractor is running: the optional mypyc-compiled wheel or pure Python.

The compiled wheel (README, "Faster extraction") compiles exactly the modules below and leaves the
rest of the package pure Python. A compiled module is an extension module beside its ``.py``; Python
prefers the extension, so what decides the build is where each module is imported from.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from importlib.util import find_spec

# pyproject.toml's mypyc hook lists the same files; tests/test_build.py keeps the two lists equal.
EXTRACTOR_MODULES = ("textnorm", "numerals", "scan", "raw", "dates", "clauses", "context", "extract",
                     "lexicon")


def module_origin(name: str) -> str:
    """The file ``factcheck.<name>`` is (or would be) imported from, without importing it."""
    spec = find_spec(f"factcheck.{name}")
    return spec.origin if spec is not None and spec.origin else ""


def compiled_modules() -> list[str]:
    """The extractor modules that load from a compiled extension, in ``EXTRACTOR_MODULES`` order."""
    return [name for name in EXTRACTOR_MODULES if module_origin(name).endswith(tuple(EXTENSION_SUFFIXES))]


def compiled() -> bool:
    """True when the whole extractor runs compiled (the wheel built with the mypyc hook)."""
    return len(compiled_modules()) == len(EXTRACTOR_MODULES)


def describe_build() -> str:
    """One phrase naming the running build, for ``factcheck --version`` and the benchmarks.

    A partial build is named module by module: it means compiled leftovers of an earlier build sit
    beside the sources of a checkout and shadow them (see docs/performance.md).
    """
    done = compiled_modules()
    if not done:
        return "extractor: pure Python"
    if len(done) == len(EXTRACTOR_MODULES):
        return "extractor: compiled with mypyc"
    return f"extractor: partly compiled ({', '.join(done)}), the rest pure Python"
