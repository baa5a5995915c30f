"""Reference sources: files of facts (YAML, JSON, CSV) and whole reference documents (.md, .txt, .html).

Each fact becomes a ``Claim`` of the same shape as an article's, so alignment and comparison treat both
alike. The fact's ``line`` is where it starts in the reference file, its ``text`` is its ``what`` phrase
and ``start``/``end`` are that phrase's offsets in the file. Its concept, counted thing and places come
from ``what``, read by ``factcheck.extract.describe`` with the same lexicons as articles; optional
``concept`` and ``counted`` keys override that reading.

Values are decimal strings ("196", "2.5e6", "20,000,000,000") or integers. A YAML float such as
``20.5`` is read through ``str()``, so it keeps the digits as written; quoting is still clearer. The
exponent form states precision: ``2.5e6`` means "2.5 million" (grain 5), ``2500000`` an exact count.
Date facts take ``kind: date`` and an ISO value ("2024-07-16", "2024-09", "--07-16").

A malformed file gives one error line "path:line: message" naming the offending fact or key.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import json.decoder
import json.scanner
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from rapidfuzz import fuzz, process, utils

from factcheck import yamlfast
from factcheck.align import is_money_unit, known_units
from factcheck.claims import Claim, Frozen, Kind, Period, Qualifier
from factcheck.currency import code_then
from factcheck.documents import read_regular_file
from factcheck.errors import FactcheckError, ReferenceFileError
from factcheck.lexicon import Lexicon, load_lexicon, phrase_key
from factcheck.lexmatch import phrase_lang

FACT_SUFFIXES = (".yaml", ".yml", ".json", ".csv")
DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
CSV_COLUMNS = ("what", "value", "lower", "upper", "qualifier", "unit", "kind", "period_start",
               "period_end", "place", "source", "url", "published", "concept", "counted")
PEOPLE_UNITS = frozenset({"person", "people"})  # a count of people: unit count, counted people
DURATION_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.", "٬,_ ")


class Reference(Frozen):
    """One reference source and the facts it states."""

    path: str
    source: str
    url: str | None = None
    published: dt.date | None = None
    facts: tuple[Claim, ...]
    text: str | None = Field(default=None, repr=False)  # prose of a reference document, for context


# --- validation models -------------------------------------------------------------------------------


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _PeriodSpec(_Spec):
    start: dt.date | None = None
    end: dt.date | None = None
    text: str | None = None

    @model_validator(mode="after")
    def _in_order(self) -> _PeriodSpec:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"the period ends ({self.end}) before it starts ({self.start})")
        return self


def _period_bounds(text: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a date (2024-03-06), a month (2024-03) or a year (2024)."""
    parts = text.split("-")
    if not all(p.isdigit() for p in parts) or len(parts[0]) != 4 or len(parts) > 3:
        return None
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            first = dt.date(year, month, 1)
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        day = dt.date(year, month, int(parts[2]))
        return day, day
    except ValueError:
        return None


def _span_ends(raw: dict[str, Any]) -> dict[str, Any]:
    """The ends of a period mapping written as a year or a month ({start: 2025, end: 2028}, {start:
    2022-07, end: 2023-05}): the first day of its start, the last day of its end. A date stays as it is,
    and anything else is left for the model to reject."""
    ends: dict[str, Any] = {}
    for name, first in (("start", True), ("end", False)):
        value = raw.get(name)
        if isinstance(value, bool) or not isinstance(value, int | str):
            continue
        bounds = _period_bounds(str(value).strip())
        if bounds is not None:
            ends[name] = bounds[0] if first else bounds[1]
    return ends


class _FactSpec(_Spec):
    what: str | list[str]
    value: Decimal | str | None = None
    lower: Decimal | None = None
    upper: Decimal | None = None
    qualifier: Qualifier | None = None
    unit: str | None = None
    kind: Kind | None = None
    period: _PeriodSpec | None = None
    place: list[str] = Field(default_factory=list)

    concept: str | None = None
    counted: str | None = None

    @field_validator("period", mode="before")
    @classmethod
    def _short_period(cls, raw: Any) -> Any:
        """A period written as one date, month or year ("period: 2024-03-06", "2024-03", 2024) or as an
        ISO interval ("2024-01-01/2024-06-30"): that day, month, year or span; a mapping's start and end
        may be years or months too ({start: 2025, end: 2028}: 1 January 2025 to 31 December 2028)."""
        if isinstance(raw, dt.datetime):
            raw = raw.date()
        if isinstance(raw, dt.date):
            return {"start": raw, "end": raw}
        if isinstance(raw, bool):
            raise ValueError("expected a period, not true/false")
        if isinstance(raw, int):
            raw = str(raw)
        if isinstance(raw, dict):
            return {**raw, **_span_ends(raw)}
        if not isinstance(raw, str):
            return raw
        text = raw.strip()
        for joiner in ("/", ".."):
            if joiner in text:
                first, _, last = text.partition(joiner)
                start, end = _period_bounds(first.strip()), _period_bounds(last.strip())
                if start is None or end is None:
                    break
                return {"start": start[0], "end": end[1]}
        else:
            bounds = _period_bounds(text)
            if bounds is not None:
                return {"start": bounds[0], "end": bounds[1]}
        raise ValueError("expected a period: {start: ..., end: ...}, a date (2024-03-06), a month (2024-03), "
                         f"a year (2024) or an interval (2024-01-01/2024-06-30); got {_shown(text)}")

    @field_validator("what")
    @classmethod
    def _phrases(cls, what: str | list[str]) -> str | list[str]:
        phrases = [what] if isinstance(what, str) else what
        if not phrases or not all(p.strip() for p in phrases):
            raise ValueError("what must name the quantity in a non-empty phrase")
        return what

    @field_validator("value", "lower", "upper", mode="before")
    @classmethod
    def _number(cls, raw: Any) -> Any:
        if isinstance(raw, bool):
            raise ValueError("expected a number, not true/false")
        if isinstance(raw, dt.date):
            return raw.isoformat()
        if isinstance(raw, float | int):
            return _stated(Decimal(str(raw)))
        if isinstance(raw, Decimal):  # a JSON number
            return _stated(raw)
        if isinstance(raw, str) and raw.strip() == "":
            return None
        if isinstance(raw, str):
            cleaned = raw.strip().translate(_DIGITS)
            try:
                number = Decimal(cleaned)
            except InvalidOperation:
                if _is_iso_date(raw.strip()):
                    return raw.strip()  # a date fact's value
                raise ValueError(f"expected a number or an ISO date, got {_shown(raw.strip())}") from None
            return _stated(number)
        return raw

    @field_validator("unit")
    @classmethod
    def _unit(cls, unit: str | None) -> str | None:
        if unit is None or unit in known_units() or unit in PEOPLE_UNITS:
            return unit
        guesses = process.extract(unit, sorted(known_units() | PEOPLE_UNITS), scorer=fuzz.ratio,
                                  processor=utils.default_process, score_cutoff=70, limit=3)
        hint = f"; did you mean {' or '.join(repr(g[0]) for g in guesses)}?" if guesses else ""
        raise ValueError(f"unknown unit {_shown(unit, 40)}{hint} (units: count, percent, percentage_point, "
                         "a duration, an ISO 4217 code or a currency family: rules/consistency/units.yaml)")

    @field_validator("place", mode="before")
    @classmethod
    def _places(cls, raw: Any) -> Any:
        if raw is None:
            return []
        if isinstance(raw, str):
            return [p.strip() for p in raw.split(";") if p.strip()]
        return raw


# News states no figure beyond these magnitudes; a value outside them is a typing mistake, and one such
# as 1e999999 would overflow the comparison.
_LARGEST = Decimal("1e30")
_SMALLEST = Decimal("1e-12")


def _stated(number: Decimal) -> Decimal:
    """``number`` when news could state it: finite, zero or between 10^-12 and 10^30 in magnitude."""
    if not number.is_finite():
        raise ValueError(f"expected a finite number, got {_shown(str(number))}")
    size = number.copy_abs()  # (abs() would round, and overflow on 10e10000000000)
    if size and not _SMALLEST <= size <= _LARGEST:
        raise ValueError(f"{_shown(str(number), 40)} is beyond what news states (a magnitude from 1e-12 "
                         "to 1e30)")
    return number


class _FileSpec(_Spec):
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    lang: str | None = None
    facts: list[Any]


# --- raw facts with their places in the file ---------------------------------------------------------


@dataclass
class _RawFact:
    data: dict[str, Any]
    line: int
    column: int
    start: int
    end: int
    key_lines: dict[str, int] = field(default_factory=dict)


@dataclass
class _RawFile:
    header: dict[str, Any]
    header_lines: dict[str, int]
    facts: list[_RawFact]
    facts_line: int = 1


def load_references(paths: Sequence[str], errors: list[str]) -> list[Reference]:
    """Read every reference file (directories are walked); each unreadable one adds a line to errors."""
    references: list[Reference] = []
    for path in reference_paths(paths, errors):
        try:
            references.extend(load_reference(path))
        except FactcheckError as exc:
            errors.append(str(exc))
    return references


def load_reference(path: Path | str) -> list[Reference]:
    """One reference file as References (a CSV with several sources gives one per source)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        return [_document_reference(path)]
    text = _read(path)
    try:
        if suffix in (".yaml", ".yml"):
            return [_build(path, text, _yaml_file(path, text))]
        if suffix == ".json":
            return [_build(path, text, _json_file(path, text))]
    except RecursionError:  # "[[[[...": the parsers recurse once per level
        raise ReferenceFileError(str(path), "nested too deeply to be a reference file") from None
    if suffix == ".csv":
        return _csv_references(path, text)
    raise ReferenceFileError(str(path), "unknown reference format; use .yaml, .json, .csv, .md or .txt")


def _shown(value: object, limit: int = 60) -> str:
    """A value quoted in an error message, shortened so that the message stays one readable line."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def reference_paths(paths: Sequence[str], errors: list[str]) -> list[Path]:
    """The reference files named by ``paths`` (directories walked); a missing path goes to ``errors``."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*")
                            if p.is_file() and p.suffix.lower() in FACT_SUFFIXES + DOCUMENT_SUFFIXES)
        elif path.exists():
            found.append(path)
        else:
            errors.append(f"{name}: no such file or directory")
    return found


def _read(path: Path) -> str:
    try:
        return read_regular_file(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReferenceFileError(str(path), f"not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise ReferenceFileError(str(path), exc.strerror or "cannot be read") from None


# --- YAML --------------------------------------------------------------------------------------------


def _yaml_file(path: Path, text: str) -> _RawFile:
    try:
        root = yamlfast.compose(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise ReferenceFileError(str(path), f"not valid YAML: {exc.problem}", line) from None
    except yaml.reader.ReaderError as exc:  # a control character: the reader names it by position
        line = text.count("\n", 0, exc.position) + 1
        raise ReferenceFileError(str(path), f"not valid YAML: control character #x{exc.character:04x} "
                                 "(special characters are not allowed)", line) from None
    if not isinstance(root, yaml.MappingNode):
        line = root.start_mark.line + 1 if root is not None else 1
        raise ReferenceFileError(str(path), "expected a mapping with source and facts", line)
    loader = yaml.SafeLoader("")
    header: dict[str, Any] = {}
    header_lines: dict[str, int] = {}
    facts: list[_RawFact] = []
    facts_line = 1
    for key_node, value_node in root.value:
        key = str(key_node.value)
        header_lines[key] = key_node.start_mark.line + 1
        if key == "facts" and isinstance(value_node, yaml.SequenceNode):
            facts_line = key_node.start_mark.line + 1
            facts = [_yaml_fact(path, loader, node) for node in value_node.value]
            header[key] = [fact.data for fact in facts]
        else:
            header[key] = _construct(path, loader, value_node)
    return _RawFile(header, header_lines, facts, facts_line)


def _construct(path: Path, loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """A node's value; a scalar its constructor cannot hold (2024-02-30, a 5,000-digit integer) is an
    error at that scalar's line."""
    try:
        return loader.construct_object(node, deep=True)
    except yaml.MarkedYAMLError as exc:  # a tag the safe loader does not construct (!!python/object)
        mark = exc.problem_mark or exc.context_mark
        raise ReferenceFileError(str(path), f"not valid YAML: {_shown(exc.problem, 80)}",
                                 mark.line + 1 if mark else node.start_mark.line + 1) from None
    except (ValueError, OverflowError) as exc:
        bad = _first_bad_scalar(node) or node
        raise ReferenceFileError(str(path), f"cannot read {_shown(bad.value, 30)}: {_shown(str(exc), 70)}",
                                 bad.start_mark.line + 1) from None


def _first_bad_scalar(node: yaml.Node) -> yaml.Node | None:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode):
            try:
                yaml.SafeLoader("").construct_object(current)  # a fresh loader: a failed one keeps state
            except (ValueError, OverflowError):
                return current
        elif isinstance(current, yaml.MappingNode):
            stack += [n for pair in reversed(current.value) for n in reversed(pair)]
        elif isinstance(current, yaml.SequenceNode):
            stack += list(reversed(current.value))
    return None


def _yaml_fact(path: Path, loader: yaml.SafeLoader, node: yaml.Node) -> _RawFact:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if not isinstance(node, yaml.MappingNode):
        raise ReferenceFileError(str(path), "a fact must be a mapping (what, value, unit, ...)", line)
    data = _construct(path, loader, node)
    key_lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
    start, end = node.start_mark.index, node.start_mark.index
    for key_node, value_node in node.value:
        if key_node.value == "what":
            target = value_node.value[0] if isinstance(value_node, yaml.SequenceNode) and value_node.value \
                else value_node
            start, end = _scalar_span(target)
    return _RawFact({str(k): v for k, v in data.items()}, line, column, start, end, key_lines)


def _scalar_span(node: yaml.Node) -> tuple[int, int]:
    start, end = node.start_mark.index, node.end_mark.index
    if isinstance(node, yaml.ScalarNode) and node.style in ('"', "'"):
        return start + 1, end - 1
    return start, end


# --- JSON --------------------------------------------------------------------------------------------


def _json_file(path: Path, text: str) -> _RawFile:
    positions: dict[int, int] = {}
    try:
        data = _positioned_json(text, positions)
    except json.JSONDecodeError as exc:
        raise ReferenceFileError(str(path), f"not valid JSON: {exc.msg}", exc.lineno) from None
    if not isinstance(data, dict):
        raise ReferenceFileError(str(path), "expected an object with source and facts", 1)
    lines = _LineIndex(text)
    header_lines = {key: lines.line(_key_position(text, key, 0)) for key in data}
    facts: list[_RawFact] = []
    raw_facts = data.get("facts")
    for item in raw_facts if isinstance(raw_facts, list) else []:
        if not isinstance(item, dict):
            raise ReferenceFileError(str(path), "a fact must be an object (what, value, unit, ...)",
                                     header_lines.get("facts", 1))
        where = positions[id(item)]
        key_lines = {key: lines.line(_key_position(text, key, where)) for key in item}
        start, end = _json_what_span(text, where)
        facts.append(_RawFact(item, lines.line(where), lines.column(where), start, end, key_lines))
    return _RawFile(data, header_lines, facts, header_lines.get("facts", 1))


def _positioned_json(text: str, positions: dict[int, int]) -> Any:
    """json.loads that records where each object starts (keyed by id; the objects stay alive)."""
    decoder = json.JSONDecoder(parse_int=Decimal, parse_float=Decimal)  # no 4,300-digit limit, no floats
    parse = getattr(json.decoder, "JSONObject")  # noqa: B009 - not in the typeshed stubs

    def parse_object(s_and_end: tuple[str, int], *args: Any) -> tuple[Any, int]:
        obj, end = parse(s_and_end, *args)
        positions[id(obj)] = s_and_end[1] - 1
        return obj, end

    setattr(decoder, "parse_object", parse_object)  # noqa: B010 - the pure-Python scanner reads it
    setattr(decoder, "scan_once", getattr(json.scanner, "py_make_scanner")(decoder))  # noqa: B009, B010
    return decoder.decode(text)


def _key_position(text: str, key: str, start: int) -> int:
    found = text.find(json.dumps(key), start)
    return found if found >= 0 else start


def _json_what_span(text: str, where: int) -> tuple[int, int]:
    key_at = text.find('"what"', where)
    quote = text.find('"', text.find(":", key_at) + 1) if key_at >= 0 else -1
    if quote < 0:
        return where, where
    try:
        _, end = getattr(json.decoder, "scanstring")(text, quote + 1)  # noqa: B009
    except json.JSONDecodeError:
        return where, where
    return quote + 1, end - 1


# --- CSV ---------------------------------------------------------------------------------------------


def _csv_references(path: Path, text: str) -> list[Reference]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if not header:
        raise ReferenceFileError(str(path), "empty CSV; expected a header row (what,value,unit,...)", 1)
    columns = [name.strip() for name in header]
    unknown = [name for name in columns if name not in CSV_COLUMNS]
    if unknown or "what" not in columns:
        problem = f"unknown column {unknown[0]!r}" if unknown else "missing column 'what'"
        raise ReferenceFileError(str(path), f"{problem}; columns are " + ",".join(CSV_COLUMNS), 1)
    lines = _LineIndex(text)
    groups: dict[tuple[str | None, str | None, str | None], list[_RawFact]] = {}
    line = reader.line_num + 1
    for row in reader:
        if any(cell.strip() for cell in row):
            fact = _csv_fact(path, columns, row, line, lines, text)
            data = fact.data
            key = (data.pop("source", None), data.pop("url", None), data.pop("published", None))
            groups.setdefault(key, []).append(fact)
        line = reader.line_num + 1
    # A bad source, url or published cell is reported at the first row of its group.
    return [_build(path, text, _RawFile({"source": source, "url": url, "published": published,
                                         "facts": [f.data for f in facts]},
                                        dict.fromkeys(("source", "url", "published"), facts[0].line), facts))
            for (source, url, published), facts in groups.items()]


def _cells(count: int) -> str:
    return f"{count} cell" if count == 1 else f"{count} cells"


def _csv_fact(path: Path, columns: list[str], row: list[str], line: int, lines: _LineIndex,
              text: str) -> _RawFact:
    if len(row) != len(columns):
        problem = f"expected {_cells(len(columns))}, found {_cells(len(row))}"
        raise ReferenceFileError(str(path), problem, line)
    cells = {name: cell.strip() for name, cell in zip(columns, row, strict=True) if cell.strip()}
    data: dict[str, Any] = {k: v for k, v in cells.items() if k not in ("period_start", "period_end")}
    if "period_start" in cells or "period_end" in cells:
        data["period"] = {"start": cells.get("period_start"), "end": cells.get("period_end")}
    row_start = lines.start(line)
    what = cells.get("what", "")
    found = text.find(what, row_start) if what else -1
    start = found if found >= 0 else row_start
    key_lines = {key: line for key in cells}
    return _RawFact(data, line, 1, start, start + len(what), key_lines)


class _LineIndex:
    """Offset to 1-based line and column, by bisecting the line starts once computed."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def line(self, offset: int) -> int:
        return bisect_right(self._starts, offset)

    def column(self, offset: int) -> int:
        return offset - self._starts[self.line(offset) - 1] + 1

    def start(self, line: int) -> int:
        return self._starts[min(line, len(self._starts)) - 1]


# --- building References -----------------------------------------------------------------------------


def _build(path: Path, text: str, raw: _RawFile) -> Reference:
    try:
        spec = _FileSpec.model_validate(raw.header)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = str(error["loc"][0]) if error["loc"] else ""
        line = raw.header_lines.get(key, 1)
        message = str(error["msg"]).removeprefix("Value error, ")
        raise ReferenceFileError(str(path), f"{key or 'file'}: {message}", line) from None
    if not raw.facts and spec.facts:
        raise ReferenceFileError(str(path), "facts must be a list of facts", raw.facts_line)
    describe = _describer()
    facts = tuple(_fact_claim(path, index, fact, spec.lang, describe)
                  for index, fact in enumerate(raw.facts, start=1))
    source = spec.source or path.stem
    return Reference(path=str(path), source=source, url=spec.url, published=spec.published, facts=facts)


Describe = Callable[[str, str | None], tuple[str | None, str | None, tuple[str, ...]]]


def _describer() -> Describe:
    from factcheck.extract import describe

    return describe


def _fact_claim(path: Path, index: int, raw: _RawFact, lang: str | None, describe: Describe) -> Claim:
    try:
        spec = _FactSpec.model_validate(raw.data)
        return _claim(spec, index, raw, lang, describe)
    except ValidationError as exc:
        error = exc.errors()[0]
        key = str(error["loc"][0]) if error["loc"] else ""
        line = raw.key_lines.get(key, raw.line)
        message = str(error["msg"]).removeprefix("Value error, ")
        raise ReferenceFileError(str(path), f"fact {index}: {key or 'fact'}: {message}", line) from None
    except ValueError as exc:
        raise ReferenceFileError(str(path), f"fact {index}: {exc}", raw.line) from None


def _claim(spec: _FactSpec, index: int, raw: _RawFact, lang: str | None, describe: Describe) -> Claim:
    phrases = [spec.what] if isinstance(spec.what, str) else spec.what
    fact_lang = lang or phrase_lang(phrases[0])
    concept, counted, places = spec.concept, spec.counted, _canonical_places(spec.place, describe)
    if spec.unit in PEOPLE_UNITS:
        spec = spec.model_copy(update={"unit": "count"})
        counted = counted or "people"
    for phrase in phrases:  # the what phrase states a place too ("farmers ... in Anbar")
        found_concept, found_counted, found_places = describe(phrase, fact_lang)
        concept = concept or found_concept
        counted = counted or found_counted
        places += [p for p in found_places if p not in places]
    if spec.unit in (None, "count") and spec.kind in (None, Kind.COUNT, Kind.DURATION) \
            and not isinstance(spec.value, str | dt.date):
        named = next((u for u in map(unit_named, phrases) if u is not None), None) \
            or next((u for u in map(unit_headed, phrases) if u is not None), None)
        if named is not None:  # "capacity in megawatts", "length of the strike in days", "hours of ..."
            spec = spec.model_copy(update={"unit": named, "kind": None})
    if isinstance(spec.value, Decimal | None) and (spec.value is not None or spec.lower or spec.upper):
        exponent = next((e for e in map(scale_named, phrases) if e is not None), None)
        if exponent is not None:  # "capacity in million cubic metres": 300 is 300,000,000
            spec = spec.model_copy(update={
                name: getattr(spec, name).scaleb(exponent) for name in ("value", "lower", "upper")
                if getattr(spec, name) is not None})
    kind = spec.kind or _kind_of(spec)
    period = None
    if spec.period is not None and (spec.period.start or spec.period.end):
        period = Period(start=spec.period.start, end=spec.period.end, text=spec.period.text)
    common: dict[str, Any] = {
        "id": f"fact{index}", "kind": kind, "text": phrases[0], "start": raw.start, "end": raw.end,
        "line": raw.line, "column": raw.column, "concept": concept, "counted": counted,
        "period": period, "place": tuple(places), "lang": fact_lang, "evidence": tuple(phrases),
    }
    if kind is Kind.DATE:
        return Claim(**common, **_date_fields(spec))
    numbers = _number_fields(spec, kind)
    if kind is Kind.MONEY and period is not None:  # "TRY" of a 1976 fact: the lira of then, TRL
        numbers["unit"] = code_then(numbers["unit"], period.end or period.start)
    return Claim(**common, **numbers)


_UNIT_OPENERS = frozenset({",", "(", ":", ";", "،", "؛"})  # marks a what's unit may follow


def _named_after(phrase: str) -> Iterator[tuple[Lexicon, list[str]]]:
    """The words after each "in" (English) or from each word with ب (Arabic, its ب off) of a what, and
    after each comma, colon or opening bracket ("coffee production, million 60-kg bags")."""
    lang = phrase_lang(phrase)
    lex = load_lexicon(lang)
    words = phrase_key(phrase).split()
    for k, word in enumerate(words):
        if (lang == "en" and word == "in") or word in _UNIT_OPENERS:
            yield lex, words[k + 1 :]
        elif lang == "ar" and word.startswith("ب") and len(word) > 3:
            yield lex, [word[1:], *words[k + 1 :]]


_SCALE_WORD_MIN = 4  # letters of a scale word a what may name its values in (not "m", "bn")


def _scale_of(lex: Lexicon, word: str) -> int | None:
    """The power of ten (3 or more) a scale word names ("million", "المليون", "آلاف"), else None."""
    for form in (word, word[2:] if word.startswith("ال") else word):
        scale = lex.scales.get(form) if len(form) >= _SCALE_WORD_MIN else None
        if scale is not None and scale.exponent >= 3:
            return scale.exponent
    return None


def scale_named(phrase: str) -> int | None:
    """The power of ten a what states its values in ("capacity in million cubic metres", "in
    thousands of tonnes", "بالمليون", "بآلاف الأطنان"): 6, 3; None when it names none."""
    for lex, rest in _named_after(phrase):
        exponent = _scale_of(lex, rest[0]) if rest else None
        if exponent is not None:
            return exponent
    return None


def unit_named(phrase: str) -> str | None:
    """The unit a what names for its value ("capacity in megawatts", "بالقنطار", "in days", "in million
    cubic metres"): a measure or a duration of the lexicons, after "in" (English) or as a word with بال
    (Arabic), a scale word and "of" stepped over."""
    for lex, found in _named_after(phrase):
        rest = found
        if rest and _scale_of(lex, rest[0]) is not None:
            rest = rest[1:]
            if rest and rest[0] in ("of", "من"):
                rest = rest[1:]
        elif not rest or (lex.lang == "ar" and not rest[0].startswith("ال")):
            continue  # an Arabic unit comes with its article: "بالقنطار"
        for n in range(min(3, len(rest)), 0, -1):
            key = " ".join(rest[:n])
            # "بالمتر المكعب", "بالكيلومتر المربع": every word of an Arabic unit takes the article
            bare = " ".join(w[2:] if w.startswith("ال") else w for w in rest[:n]) if lex.lang == "ar" else key
            for table in (lex.measures, lex.duration):
                unit = _with_article(table, key) or table.get(bare)
                if unit is not None and unit in known_units():
                    return str(unit)
    return None


def unit_headed(phrase: str) -> str | None:
    """The time unit a what opens with, in the plural ("hours of jury deliberation", "ساعات الطيران",
    "الثواني بين ...", "the number of days ..."; units.yaml duration_heads, with or without the Arabic
    article, the words of head_steps stepped over), else None."""
    lex = load_lexicon(phrase_lang(phrase))
    for word in phrase_key(phrase).split():
        if word not in lex.head_steps:
            unit = _with_article(lex.duration_heads, word)  # "الثواني بين انطلاق المكوك وانفجاره"
            return str(unit) if unit is not None and unit in known_units() else None
    return None


def _with_article(table: Mapping[str, str], key: str) -> str | None:
    """A unit table's entry for ``key``, or for it without the Arabic article it carries ("الثواني",
    "القنطار"); None when neither is listed."""
    return table.get(key) or (table.get(key[2:]) if key.startswith("ال") else None)


def _canonical_places(places: list[str], describe: Describe) -> list[str]:
    canonical: list[str] = []
    for place in places:
        found = describe(place, None)[2]
        canonical += [p for p in (found or (place,)) if p not in canonical]
    return canonical


def _kind_of(spec: _FactSpec) -> Kind:
    unit = spec.unit or "count"
    if isinstance(spec.value, str | dt.date):
        return Kind.DATE
    if unit in ("percent", "percentage_point"):
        return Kind.PERCENT
    if unit in DURATION_UNITS:
        return Kind.DURATION
    if is_money_unit(unit):
        return Kind.MONEY
    return Kind.COUNT


def _date_fields(spec: _FactSpec) -> dict[str, Any]:
    value = spec.value
    if not isinstance(value, str) or not _is_iso_date(value):
        raise ValueError("a date fact needs an ISO 8601 value (2024-07-16, 2024-07, --07-16), "
                         f"got {_shown(value)}")
    return {"value": None, "lower": None, "upper": None, "qualifier": spec.qualifier or Qualifier.EXACT,
            "unit": spec.unit or "date", "date": value}


def _is_iso_date(value: str) -> bool:
    if value.startswith("--"):
        value = "2000" + value[1:]  # a leap year, so --02-29 is accepted
    for fmt in ("%Y-%m-%d", "%Y-%m"):
        try:
            dt.datetime.strptime(value, fmt)
        except ValueError:
            continue
        return True
    return False


def _number_fields(spec: _FactSpec, kind: Kind) -> dict[str, Any]:
    value, lower, upper = spec.value, spec.lower, spec.upper
    if isinstance(value, str):
        raise ValueError(f"value: a date ({value}) needs kind: date")
    if value is None and lower is None and upper is None:
        raise ValueError("state a value, or lower / upper bounds")
    qualifier = spec.qualifier or _qualifier_of(value, lower, upper)
    if value is not None:
        lower, upper = _bounds(qualifier, value, lower, upper)
    stated = value if value is not None else (lower if lower is not None else upper)
    assert stated is not None
    exponent = stated.as_tuple().exponent
    unit = spec.unit or ("percent" if kind is Kind.PERCENT else "count")
    return {"value": value, "lower": lower, "upper": upper, "qualifier": qualifier, "unit": unit,
            "grain": exponent if isinstance(exponent, int) else 0}


def _qualifier_of(value: Decimal | None, lower: Decimal | None, upper: Decimal | None) -> Qualifier:
    if value is not None:
        return Qualifier.EXACT
    if lower is not None and upper is not None:
        return Qualifier.RANGE
    return Qualifier.AT_LEAST if lower is not None else Qualifier.AT_MOST


def _bounds(qualifier: Qualifier, value: Decimal, lower: Decimal | None,
            upper: Decimal | None) -> tuple[Decimal | None, Decimal | None]:
    if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return value, None
    if qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        return None, value
    if qualifier is Qualifier.EXACT:
        return value, value
    return lower, upper


# --- reference documents -----------------------------------------------------------------------------


def _document_reference(path: Path) -> Reference:
    from factcheck.documents import load_document
    from factcheck.extract import extract_document

    doc = load_document(path)
    claims = tuple(extract_document(doc))
    source = str(doc.meta.get("source") or doc.title or path.name)
    url = doc.meta.get("url")
    return Reference(path=str(path), source=source, url=str(url) if url else None, published=doc.published,
                     facts=claims, text=doc.prose)
