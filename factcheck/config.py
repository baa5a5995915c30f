"""Configuration: one validated ``Settings`` model read from ``.factcheck.toml`` or ``pyproject.toml``.

A configuration file is found by walking up from a checked file; the nearest one wins and files are
not merged (like ruff), so a sub-folder can carry its own complete settings. In ``pyproject.toml`` the
settings live under ``[tool.factcheck]`` and a ``pyproject.toml`` without that table is skipped.
Keys may be written with ``-`` or ``_`` (``fail-on`` and ``fail_on`` are the same key). Paths
(``references``, ``baseline``) are relative to the file that names them; ``exclude`` globs are matched
against paths relative to that file's folder.
"""

from __future__ import annotations

import fnmatch
import os
import re
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck.claims import Kind
from factcheck.errors import ConfigError, FactcheckError
from factcheck.findings import Severity

CONFIG_NAMES = (".factcheck.toml", "pyproject.toml")
FORMAT_NAMES = ("terminal", "json", "sarif", "github", "markdown", "junit", "html")
_RULE_CODE = re.compile(r"FC[0-9]{3}|[a-z_]+(?:\.[a-z_]+)*")


def check_codes(codes: tuple[str, ...]) -> tuple[str, ...]:
    """Rule codes, dotted rule names or finding kinds, each naming a rule that exists."""
    bad = [code for code in codes if not _RULE_CODE.fullmatch(code)]
    if bad:
        raise ValueError(f"not a rule: {bad[0]!r} (expected a code like FC101 or a name like value.mismatch)")
    known = known_rules()
    unknown = [code for code in codes if known and code not in known]
    if unknown:
        raise ValueError(f"unknown rule {unknown[0]!r} (`factcheck rules` lists them)")
    return codes


def known_rules() -> frozenset[str]:
    """Codes, names and kinds of the shipped rules; empty when they cannot be read (reported elsewhere)."""
    from factcheck.rules import load_rules

    try:
        return frozenset(key for rule in load_rules() for key in (rule.code, rule.name, rule.kind))
    except FactcheckError:
        return frozenset()


def check_locale(locale: str | None) -> str | None:
    if locale is not None and not re.fullmatch(r"[a-z]{2}(-[A-Z]{2})?", locale):
        raise ValueError(f"not a locale: {locale!r} (expected a language and region, like ar-IQ)")
    return locale


class Settings(BaseModel):
    """Every setting a configuration file may hold; a file that sets nothing gives these defaults."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    references: tuple[str, ...] = ()
    fail_on: Severity = Severity.ERROR
    format: Literal["terminal", "json", "sarif", "github", "markdown", "junit", "html"] | None = None
    locale: str | None = None
    lang: Literal["ar", "en"] | None = None
    jobs: int = Field(default=1, ge=0)  # 0 means one per CPU
    select: tuple[str, ...] = ()  # only these rules run (empty: every rule)
    ignore: tuple[str, ...] = ()
    tolerances: dict[Kind, Annotated[Decimal, Field(ge=0)]] = Field(default_factory=dict)
    baseline: str | None = None
    exclude: tuple[str, ...] = ()
    # Where these settings came from (None for the defaults); not a key a user writes.
    source: str | None = Field(default=None, exclude=True)

    _ignore = field_validator("ignore", "select")(check_codes)
    _locale = field_validator("locale")(check_locale)

    @property
    def root(self) -> Path:
        """The folder relative paths are read from: the config file's folder, or the current one."""
        return Path(self.source).parent if self.source else Path.cwd()

    def reference_paths(self) -> list[str]:
        """``references`` resolved against the config file's folder."""
        return [str(_resolve(self.root, ref)) for ref in self.references]

    def baseline_path(self) -> Path | None:
        """``baseline`` resolved against the config file's folder."""
        return None if self.baseline is None else _resolve(self.root, self.baseline)

    def excludes(self, path: Path) -> bool:
        """True when ``path`` matches one of the ``exclude`` globs (or lies inside a matching folder)."""
        if not self.exclude:
            return False
        try:
            rel = path.resolve().relative_to(self.root.resolve())
        except ValueError:
            return False
        parts = rel.parts
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        return any(fnmatch.fnmatchcase(prefix, pattern.rstrip("/"))
                   for pattern in self.exclude for prefix in prefixes)


def _resolve(root: Path, value: str) -> Path:
    path = Path(value).expanduser()
    return shown(path if path.is_absolute() else root / path)


def shown(path: Path) -> Path:
    """``path`` relative to the current folder when it lies below it: shorter in every message."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def load_settings(path: Path) -> Settings:
    """Read and validate one configuration file; raises ConfigError as "path:line: message"."""
    path = shown(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), f"cannot read configuration: {_reason(exc)}") from None
    table, offset = _table(path, text)
    try:
        return Settings.model_validate({**_normalise_keys(table), "source": str(path)})
    except ValidationError as exc:
        first = exc.errors()[0]
        keys = [str(part) for part in first["loc"] if part != "[key]"]
        message = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
        message = message.removeprefix("Value error, ")
        line = _key_line(text, offset, keys)
        raise ConfigError(str(path), f"{'.'.join(keys)}: {message}", line=line) from None


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "not valid UTF-8"
    return exc.strerror or str(exc) if isinstance(exc, OSError) else str(exc)


_LONG_NUMBER = re.compile(r"[0-9][0-9_]{4000,}")


def _table(path: Path, text: str) -> tuple[dict[str, Any], int]:
    """The factcheck table of a config file, and the line its keys start after (0 for the whole file)."""
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as exc:
        line, message = _toml_error(str(exc), text)
        raise ConfigError(str(path), f"invalid TOML: {message}", line=line) from None
    except RecursionError:  # "x = [[[[...": tomllib recurses once per level
        raise ConfigError(str(path), "invalid TOML: nested too deeply") from None
    except ValueError:  # an integer of more than 4,300 digits, which int() refuses
        long = _LONG_NUMBER.search(text)
        raise ConfigError(str(path), "invalid TOML: a number too long to be a setting",
                          line=text.count("\n", 0, long.start()) + 1 if long else None) from None
    if path.name != "pyproject.toml":
        return data, 0
    tool = data.get("tool", {})
    table = tool.get("factcheck", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        raise ConfigError(str(path), "[tool.factcheck] must be a table", line=_header_line(text) or None)
    return table, _header_line(text)


def _toml_error(message: str, text: str) -> tuple[int | None, str]:
    """tomllib puts "(at line L, column C)" at the end of its message; move the line to the front."""
    found = re.search(r"\s*\(at line (\d+), column \d+\)$", message)
    if found is not None:
        return int(found.group(1)), message[: found.start()]
    found = re.search(r"\s*\(at end of document\)$", message)
    if found is not None:
        return max(1, len(text.splitlines())), message[: found.start()] + " at end of file"
    return None, message


def _normalise_keys(table: dict[str, Any]) -> dict[str, Any]:
    return {str(key).replace("-", "_"): value for key, value in table.items()}


_HEADER = re.compile(r"^\s*\[\s*tool\s*\.\s*factcheck\s*\]\s*(#.*)?$")


def _header_line(text: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if _HEADER.match(line):
            return number
    return 0


def _key_line(text: str, after: int, keys: list[str]) -> int | None:
    """The line that sets the innermost key named in a validation error, scanning from the table start.

    TOML validation errors carry no position, so the key is found by name: the deepest key of the error
    path first (``tolerances.money`` -> ``money``), then its parents, then the table header itself.
    """
    lines = text.splitlines()
    for key in reversed([k for k in keys if not k.isdigit()]):
        spellings = {key, key.replace("_", "-")}
        pattern = re.compile(r"^\s*(?:[\w.-]+\s*\.\s*)?(" + "|".join(map(re.escape, spellings)) + r")\s*=")
        inline = re.compile(r"[{,]\s*(" + "|".join(map(re.escape, spellings)) + r")\s*=")
        for number in range(after + 1, len(lines) + 1):
            line = lines[number - 1]
            if pattern.match(line) or inline.search(line):
                return number
    return after or None


def find_config(start: Path) -> Path | None:
    """The nearest configuration file in ``start`` (a file's folder, or a folder) or any parent."""
    folder = start if start.is_dir() else start.parent
    for candidate in [folder.resolve(), *folder.resolve().parents]:
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_table(path)):
                return path
    return None


def _has_table(path: Path) -> bool:
    """A pyproject.toml counts only when it has a [tool.factcheck] table (or cannot be parsed)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return False
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        # A broken pyproject that may hold our table is reported, not silently skipped.
        return "tool.factcheck" in path.read_text(encoding="utf-8", errors="replace").replace(" ", "")
    tool = data.get("tool")
    return isinstance(tool, dict) and "factcheck" in tool


class ConfigResolver:
    """Settings for each checked file: the nearest config file, or one fixed file for the whole run.

    Lookups are cached per folder, so walking up happens once per folder, not once per file.
    """

    def __init__(self, explicit: Path | None = None) -> None:
        self._explicit = load_settings(explicit) if explicit is not None else None
        self._by_folder: dict[Path, Settings] = {}
        self._by_file: dict[Path, Settings] = {}

    def for_path(self, path: Path) -> Settings:
        """Settings that apply to ``path`` (a file or a folder)."""
        if self._explicit is not None:
            return self._explicit
        folder = (path if path.is_dir() else path.parent).resolve()
        if folder not in self._by_folder:
            found = find_config(folder)
            if found is None:
                self._by_folder[folder] = Settings()
            else:
                if found not in self._by_file:
                    self._by_file[found] = load_settings(found)
                self._by_folder[folder] = self._by_file[found]
        return self._by_folder[folder]

    def for_run(self, paths: list[str]) -> Settings:
        """Run-wide settings: from the nearest config above the paths' common folder (or the cwd)."""
        if self._explicit is not None:
            return self._explicit
        existing = [Path(p).resolve() for p in paths if Path(p).exists()]
        if not existing:
            return self.for_path(Path.cwd())
        return self.for_path(Path(os.path.commonpath([str(p) for p in existing])))


class ArticleSettings(BaseModel):
    """Per-article overrides from the front matter: ``factcheck: {ignore: [FC104], locale: ar-IQ}``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ignore: tuple[str, ...] = ()
    locale: str | None = None

    _ignore = field_validator("ignore")(check_codes)
    _locale = field_validator("locale")(check_locale)


def article_settings(path: str, text: str, meta: dict[str, Any]) -> ArticleSettings:
    """Validate the ``factcheck`` key of an article's front matter; raises ConfigError naming its line."""
    raw = meta.get("factcheck")
    if raw is None:
        return ArticleSettings()
    if isinstance(raw, dict):
        raw = {str(key).replace("-", "_"): value for key, value in raw.items()}
    try:
        if isinstance(raw, dict) and isinstance(raw.get("ignore"), str):
            raw = {**raw, "ignore": [code.strip() for code in raw["ignore"].split(",")]}
        return ArticleSettings.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        keys = ["factcheck", *(str(part) for part in first["loc"])]
        message = "unknown key" if first["type"] == "extra_forbidden" else first["msg"]
        message = message.removeprefix("Value error, ")
        line = _front_matter_line(text, keys)
        raise ConfigError(path, f"front matter {'.'.join(keys)}: {message}", line=line) from None


def _front_matter_line(text: str, keys: list[str]) -> int | None:
    lines = text.splitlines()[:200]
    for key in reversed([k for k in keys if not k.isdigit()]):
        pattern = re.compile(r"^[\s{,-]*" + re.escape(key) + r"\s*:|[{,]\s*" + re.escape(key) + r"\s*:")
        for number, line in enumerate(lines, start=1):
            if pattern.search(line):
                return number
    return None
