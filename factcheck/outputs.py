"""The file a report is written to (``-o``) is never one of the run's inputs: nothing the user wrote
is overwritten, whether it is named as a file or reached by walking a folder."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from factcheck.documents import ARTICLE_SUFFIXES
from factcheck.errors import InputError
from factcheck.references import DOCUMENT_SUFFIXES, FACT_SUFFIXES


def refuse_input_as_output(output: Path | None, articles: Sequence[str | Path],
                           references: Sequence[str | Path] = (), others: Sequence[str | Path] = ()) -> None:
    """Raise InputError when ``output`` is an article, a reference or another input (a configuration,
    a baseline) of the run: named itself, or inside a folder the run walks, with a suffix it reads."""
    if output is None or not output.exists():
        return  # a new file overwrites nothing
    groups = ((articles, ARTICLE_SUFFIXES), (references, FACT_SUFFIXES + DOCUMENT_SUFFIXES), (others, ()))
    for inputs, walked in groups:
        for name in inputs:
            path = Path(name)
            if _same(path, output) or (walked and path.is_dir() and output.suffix.lower() in walked
                                       and _inside(output, path)):
                raise InputError(str(output), f"-o names an input of this run ({name}); refusing to "
                                 "overwrite it: write the report elsewhere")


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _inside(file: Path, folder: Path) -> bool:
    try:
        return file.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False
