"""Errors a user can act on: each names the file and, where known, the place."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base for every error shown to a user as one line (never a traceback)."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class InputError(FactcheckError):
    """An input file that cannot be read as an article (binary, bad UTF-8, bad front matter, missing)."""


class ReferenceFileError(FactcheckError):
    """A reference file whose facts cannot be read."""


class ConfigError(FactcheckError):
    """A configuration or rule file that does not validate."""


class RulesError(FactcheckError):
    """A lexicon file under rules/ that does not validate (a packaging or authoring mistake)."""
