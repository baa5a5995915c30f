"""Documents: an article file read into its original text plus a same-length prose mask.

``prose`` has exactly the length of ``text``; every character that is not prose (front matter, markup,
code blocks, link targets, HTML tags and comments, script and style) is replaced by a space, newlines
are kept. Extraction runs on ``prose`` so every offset points straight into the original file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import Field

from factcheck.claims import Frozen

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")


class Document(Frozen):
    """One article as read from disk."""

    path: str
    text: str
    prose: str
    lang: str
    published: dt.date | None = None
    title: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)  # the whole front matter, for per-article settings


def load_document(path: Path | str, *, lang: str | None = None) -> Document:
    """Read one article file; raises InputError naming the file (and line) when it cannot be used."""
    raise NotImplementedError  # filled in by the documents work


def iter_paths(paths: list[str], errors: list[str]) -> list[Path]:
    """Expand files and directories (walked, sorted) into article files.

    A missing path is not fatal: its one-line message ("path: no such file or directory") is appended to
    ``errors`` and the other paths are still returned.
    """
    raise NotImplementedError
