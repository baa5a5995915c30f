"""Consistency rules: YAML files under rules/consistency that parameterise a fixed set of coded checks.

A rule file names one check (``check``, defaulting to its ``kind``), a stable code and dotted name, a
level, a message template and examples. New rules need no code: a second rule over the same check with
a ``scope`` (claim kinds or concepts) and other params narrows or loosens it. A file that does not
validate raises ``ConfigError`` at file:line:column with the offending line quoted.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from factcheck import yamlfast
from factcheck.claims import Claim, Frozen, Kind
from factcheck.errors import ConfigError
from factcheck.findings import Severity

FINDING_KINDS = (
    "value_mismatch",
    "scale_mismatch",
    "transposed_digits",
    "sum_mismatch",
    "internal_inconsistency",
    "date_mismatch",
    "qualifier_mismatch",
    "unsupported",
)


class _Params(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ValueParams(_Params):
    """value_mismatch: how far apart two statements of one quantity may be and still agree."""

    relative_tolerance: Decimal = Decimal(0)  # of the larger value, on top of the stated precision
    approx_tolerance: Decimal = Decimal("0.10")  # "about 200" covers 180..220
    # When the alignment rests on partial evidence (a period, place or concept unstated on one side,
    # or two articles with no reference to settle it), figures further apart than this, relative to
    # the larger, are taken as two quantities the text does not tell apart, not as one stated wrongly.
    plausible_difference: Decimal = Decimal("0.10")
    # ... against a reference fact of the figure's own concept: the concept is identity evidence, so
    # a wider difference is still one quantity stated wrongly.
    concept_plausible_difference: Decimal = Decimal("0.20")
    # A contradiction whose identity is partial (a field assumed) and names no counted noun on either
    # side, between figures more than this many times apart, is reported at info level: more often
    # two quantities the words do not tell apart than one stated wrongly.
    far_partial_ratio: Decimal = Decimal(2)
    # ... and one between figures more than this many times apart, whatever its identity, when no scale
    # word or swapped digits join them: no statement of one quantity is that far off it. 0 turns it off.
    far_ratio: Decimal = Decimal(10)
    # "the ministry put turnout at 48%, while the union said it topped 95%": a figure after a contrast
    # word and a verb of saying, in the sentence of another figure aligned with the same fact, is
    # another source's account of it, not the article's statement of the reference's figure.
    contrast_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    saying_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # Words after a saying word that end the speaker's name ("قالت وزارة الخارجية في بيان إن"): two
    # figures of one quantity that two different speakers give are two accounts, no inconsistency.
    speaker_ends: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # Languages whose verbs of saying follow their speaker ("the ministry said"; "according to" still
    # leads it).
    speaker_before: dict[str, bool] = Field(default_factory=dict)
    # Words before a count in its sentence that make it an earlier reading of a tally ("the toll had
    # stood at 7", "وكانت الحصيلة قد توقفت عند 7"): below the fact, it is the tally before it grew, not
    # a wrong statement of it; above, it still contradicts it.
    earlier_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # Words right beside a plain count that make it an increment ("two more people died", "5 وفيات
    # إضافية"): not the fact's whole, so it never contradicts it ("more" counts only after the figure:
    # "more than" before it is a bound).
    increment_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # "افتتحت 11 مكتبا جديدا ليرتفع عدد المكاتب إلى 64", "pledged $100 million, bringing pledges to $7
    # billion": a figure followed, before the next figure of its sentence, by one of these is the
    # change that the next figure is the result of
    result_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # "5 مليارات دولار أخرى من الودائع", "a $10 billion tranche of the deal": a word that makes the figure
    # some of a whole that "of"/"من" then names
    part_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # the words after such a figure that open the whole it is some of ("of", "من")
    part_of_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # "could rise to $12.35 billion if the option is exercised", "قد يرتفع إلى 12.35 مليار دولار إذا": a
    # figure after a modal word, in a sentence that states a condition, is a possibility
    modal_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    condition_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # "economists had expected 2.9%", "توقعات 13 محللا ... 14.5 في المئة": a figure beside a forecaster
    # word is a forecast of the quantity, another figure than the one it forecasts
    forecaster_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # modal words that are modal only before an imperfect verb ("قد يرتفع" may rise; "قد ارتفع" has risen)
    imperfect_modals: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # Concepts whose count keeps growing after the event that caused it (a toll: killed, injured,
    # missing): a lower count of one, in an article written after a one-day event and before the
    # statement of its toll, is the toll read earlier. A state of the event ("21 crew members
    # aboard") does not grow.
    tolls: tuple[str, ...] = ()
    # Tolls a figure's own clause tells apart whatever words nearby name the other: a figure of one
    # ("وأصيب 38 آخرون") is never met by its words with a fact of another (the killed beside it).
    distinct_tolls: tuple[str, ...] = ()


class ScaleParams(_Params):
    min_exponent: int = Field(default=3, ge=1)
    max_exponent: int = Field(default=12, ge=1)
    # Scale words step by a thousand (thousand, million, billion, trillion): a factor of 10^4 or 10^7
    # between two figures is no slip of one word for another.
    step: int = Field(default=3, ge=1)


class TransposedParams(_Params):
    min_digits: int = Field(default=2, ge=2)


class SumParams(_Params):
    scope: Literal["sentence", "paragraph"] = "paragraph"
    min_parts: int = Field(default=2, ge=2)
    total_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A breakdown after a total: all its parts ("of whom", "منها") or some of them ("including", "بينهم").
    breakdown_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    partial_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # The breakdown words that refer back to a figure ("of them", "منها"): a figure right before one is
    # the first part ("16.19 billion of them from oil"); before any other breakdown word (a verb:
    # "توزعت", "comprise") it is the total ("جثامين القتلى الـ43 توزعت على ...").
    pronoun_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A partitive that opens a sentence before a figure ("Of the 28.59 million valid votes, ..."): that
    # figure is the whole, and the figures after the comma that closes the opening some of it.
    opening_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A partitive after a comma that closes a sentence before a figure ("..., out of 8,625 ballots
    # cast"): that figure is the whole of the figures before the comma, which are some of it.
    closing_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A total spread over groups ("The 21 deaths were spread across five districts: six in ...", "15
    # ملعبا موزعة على خمس مدن"): all its parts follow, and a figure right after the word counts the groups,
    # no part.
    spread_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A partitive of the total's noun right after a figure ("1,684 of the dead"): that figure and the
    # ones after it are some of the total of the sentence before, which they must not exceed.
    partitive_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A total word right after one of these is a reference to a total stated elsewhere ("made up
    # 16,250 of the total"), not the mark of a total in its sentence.
    not_total_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # Coordinated figures of one unit in a sentence that add up to within this share of a larger
    # figure just before them (that sentence or the two before) are read as its breakdown with no
    # breakdown word ("Codelco mined 1.325 million tons, while private miners accounted for 3.825
    # million" after "5.25 million tons"): a warning when they miss it. 0 turns it off.
    inferred_breakdown: Decimal = Decimal("0.15")
    # Concepts whose figures are levels, never parts of a sum (a price per litre, an exchange rate, a
    # quake's magnitude): no inferred breakdown is read of them.
    unsummed_concepts: tuple[str, ...] = ()
    # Parts listed after a partial word ("including", "بينهم") that fall short of their total by at
    # most this share of it (not by nothing) are a whole list that misses: a warning. 0 turns it off.
    partial_near: Decimal = Decimal("0.05")
    # A preposition right after the noun of a figure that makes the next figure qualify it ("2,520
    # publishers from 112 countries", "ناشر من 112 دولة"): neither a part nor a total.
    qualifying_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A breakdown word inside one of these is none ("كل منهم", "each of them"); the parts of a
    # breakdown end at one of comparison_words ("منها ... مقابل 29870 في العام الماضي").
    not_breakdown_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    comparison_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A first figure and the next joined by one of these rank the items of one list ("Kano accounted
    # for 260 cases, followed by Lagos with 76 and Borno with 40"): the first is no total of the others.
    ranking_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A figure right after one of difference_before ("بفارق 4 نقاط", "أكثر بنحو 7 كيلوغرامات": in Arabic
    # the preposition ب may be written onto the figure's first word) or right before one of
    # difference_after ("seven kilograms heavier than") is the difference between two quantities:
    # no part of an inferred breakdown.
    difference_before: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    difference_after: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A figure right after one of these before a breakdown word ("Besides the eight Italians, the crews
    # included six Tunisians ...") is one more part, never the total: the total is the sentence before's.
    addition_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A figure right after a breakdown word (its verb's subject, in Arabic word order) followed at once
    # by one of these is the whole the rest are shared out from ("يتوزع الضحايا الخمسون بين 46 هنديا
    # و3 فلبينيين"): the parts are the figures after this word.
    distribution_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A total counted as a key may hold parts counted as any of its values ("25 people aboard - 22 crew
    # members and three guards"); other counted things hold only their own.
    counted_wholes: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    # Nouns that together make up any whole of people ("children" and "adults", "رجال" and "نساء"), each
    # with its spellings joined by "/": parts after a partial word ("included 380 children and 780
    # adults") that name exactly one such set are all of the total, and must add up to it.
    complements: dict[str, tuple[tuple[str, ...], ...]] = Field(default_factory=dict)  # by language


class InternalParams(_Params):
    """internal_inconsistency: how a figure restated in one article is recognised."""

    # Two statements of one quantity with no field but the concept in common (and no reference to
    # settle it) are taken as one quantity only when at most this far apart, relative to the larger.
    plausible_difference: Decimal = Decimal("0.15")
    # Words that announce a new figure for the quantity, not a restatement ("the toll rose to 52").
    update_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # Update words that announce another period's figure ("last year", "السابق"): they excuse no
    # difference between two figures that both state the same period.
    period_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # Update words of one direction ("rose", "ارتفع"; "fell", "تراجع"): an update that goes the other
    # way from the earlier figure it is a slip of ("arrivals rose to 108,000 tons" after "180,000
    # tons") is no update but the figure stated wrongly.
    rising_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    falling_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # Words right before a figure that make it a restatement of a quantity the article has already
    # given ("the 124 unidentified bodies", "its demand of", "الوحدات الـ14 ألفا", "البالغ عددها"):
    # it is compared with the earlier figure whose words it shares, whatever its concept. A marker
    # ending in "-" is attached to the figure ("الـ73"); "'s" ends a possessive ("Ford's").
    restating_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # Words in a marked figure's own clause that make it another kind of quantity than an earlier count
    # ("the 165 seats needed for a majority", "the 500 beds it was built for"): a target, threshold,
    # limit or capacity, not a restatement.
    threshold_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # Words that link a threshold word to the figure right after them ("a target of 5%", "طاقة
    # استيعابية تبلغ 60 ألفا").
    threshold_links: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A threshold word written as the result reached, right before its figure ("بأغلبية 93 صوتا", "by a
    # majority of 93"): no threshold
    threshold_results: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # Words beside a figure that make it a remainder or another part ("the three other lines", "the
    # remaining 3.1 million", "الباقي وقدره", "المسارات الثلاثة الأخرى"): never a restatement of an
    # earlier figure, nor the antecedent of a later one.
    remainder_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language


class DateParams(_Params):
    window_days: int = Field(default=3, ge=0)


class UnsupportedParams(_Params):
    kinds: tuple[Kind, ...] = (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.DURATION)


class HijriPairParams(_Params):
    """date_hijri_pair: when a Gregorian date stands beside a Hijri date as its equivalent."""

    # At most this many characters between the two dates.
    max_gap: int = 40
    # Besides white space, commas, brackets and dashes, the words that may stand between them.
    correspond_words: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # by language
    # A Gregorian date this many days or fewer from the Umm al-Qura day is the same date: a Hijri month
    # begins where the new moon is sighted, and countries (and the table) differ by a day.
    tolerance_days: int = Field(default=1, ge=0)


class NoParams(_Params):
    pass


# The fixed set of coded checks and the parameters each accepts.
CHECK_PARAMS: dict[str, type[_Params]] = {
    "value_mismatch": ValueParams,
    "scale_mismatch": ScaleParams,
    "transposed_digits": TransposedParams,
    "qualifier_mismatch": NoParams,
    "sum_mismatch": SumParams,
    "internal_inconsistency": InternalParams,
    "date_weekday": NoParams,
    "date_month_pair": NoParams,
    "date_hijri_pair": HijriPairParams,
    "date_mismatch": DateParams,
    "unsupported": UnsupportedParams,
}

# Placeholders a message template may use; check.py fills every one of them.
MESSAGE_FIELDS = frozenset(
    {"claim", "against", "source", "value", "expected", "difference", "parts", "total", "date",
     "weekday", "expected_weekday", "concept"}
)


class Example(Frozen):
    """One documented case: an article sentence and, where the check needs one, its reference."""

    text: str
    reference: str | dict[str, Any] | None = None
    published: str | None = None


class Examples(Frozen):
    bad: tuple[Example, ...] = ()
    good: tuple[Example, ...] = ()


class Scope(Frozen):
    """Narrows a rule to some claims; empty lists mean every claim."""

    kinds: tuple[Kind, ...] = ()
    concepts: tuple[str, ...] = ()

    def covers(self, claim: Claim) -> bool:
        if self.kinds and claim.kind not in self.kinds:
            return False
        return not self.concepts or claim.concept in self.concepts

    @property
    def is_empty(self) -> bool:
        return not self.kinds and not self.concepts


class Rule(Frozen):
    """One consistency rule as written in its YAML file."""

    code: str = Field(pattern=r"^FC[0-9]{3}$")
    name: str = Field(pattern=r"^[a-z_]+(\.[a-z_]+)+$")
    kind: Literal[
        "value_mismatch", "scale_mismatch", "transposed_digits", "sum_mismatch",
        "internal_inconsistency", "date_mismatch", "qualifier_mismatch", "unsupported",
    ]
    check: str | None = None
    level: Severity
    message: str
    description: str
    params: dict[str, Any] = Field(default_factory=dict)
    scope: Scope = Scope()
    examples: Examples = Examples()
    path: str = ""

    @field_validator("message")
    @classmethod
    def _known_placeholders(cls, message: str) -> str:
        fields = {name for _, name, _, _ in string.Formatter().parse(message) if name is not None}
        unknown = sorted(fields - MESSAGE_FIELDS)
        if unknown:
            raise ValueError(f"unknown placeholder {{{unknown[0]}}}; use one of "
                             + ", ".join(sorted(MESSAGE_FIELDS)))
        return message

    @property
    def check_name(self) -> str:
        return self.check or self.kind

    def typed_params(self) -> Any:
        """The params validated by the model of this rule's check."""
        return CHECK_PARAMS[self.check_name].model_validate(self.params)


class CheckOptions(Frozen):
    """What a run checks and how strictly; filled from configuration by the CLI.

    ``select``/``ignore`` take rule codes ("FC101"), dotted names ("value.mismatch") or finding kinds;
    an empty ``select`` means every rule. ``tolerances`` are relative, per claim kind ("money": 0.01),
    and override the value rule's ``relative_tolerance``; ``approx_tolerance`` overrides its
    ``approx_tolerance``. ``min_similarity`` (0-100) is the context likeness a weak, concept-less
    alignment needs within one language.
    """

    tolerances: dict[Kind, Decimal] = Field(default_factory=dict)
    approx_tolerance: Decimal | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = Field(default_factory=dict)
    min_similarity: int = Field(default=60, ge=0, le=100)

    def enabled(self, rule: Rule) -> bool:
        names = {rule.code.upper(), rule.name, rule.kind}
        chosen = {item.upper() if item.upper().startswith("FC") else item for item in self.select}
        dropped = {item.upper() if item.upper().startswith("FC") else item for item in self.ignore}
        if chosen and not names & chosen:
            return False
        return not names & dropped

    def level(self, rule: Rule) -> Severity:
        return self.severity.get(rule.code, self.severity.get(rule.name, rule.level))


def rules_dir() -> Path:
    """rules/consistency in a source checkout, or factcheck/rules/consistency inside the wheel."""
    here = Path(__file__).resolve().parent
    for base in (here / "rules", here.parent / "rules"):
        if (base / "consistency").is_dir():
            return base / "consistency"
    raise ConfigError(str(here / "rules"), "the consistency rules directory is missing")


def load_rules(directory: Path | str | None = None) -> list[Rule]:
    """Every rule (FC*.yaml) in ``directory`` (default: the shipped rules), sorted by code."""
    if directory is None:
        return list(_default_rules())
    return _load_dir(Path(directory))


@lru_cache(maxsize=1)
def _default_rules() -> tuple[Rule, ...]:
    return tuple(_load_dir(rules_dir()))


def _load_dir(directory: Path) -> list[Rule]:
    rules = [load_rule_file(path) for path in sorted(directory.glob("FC*.yaml"))]
    seen: dict[str, Rule] = {}
    for rule in rules:
        for key in (rule.code, rule.name):
            if key in seen:
                raise ConfigError(rule.path, f"{key} is also defined in {seen[key].path}", 1, 1)
            seen[key] = rule
    return sorted(rules, key=lambda rule: rule.code)


def load_rule_file(path: Path) -> Rule:
    """Read and validate one rule file; any mistake raises ConfigError at its line and column."""
    text = path.read_text(encoding="utf-8")
    try:
        node = yamlfast.compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise _config_error(path, text, f"not valid YAML: {exc.problem}", line, column) from None
    if not isinstance(node, yaml.MappingNode):
        raise _config_error(path, text, "a rule file must be a mapping of keys", 1, 1)
    data = yaml.SafeLoader(text).construct_document(node)
    rule: Rule = _validated(path, text, node, lambda: Rule.model_validate({**data, "path": str(path)}), ())
    if rule.check_name not in CHECK_PARAMS:
        raise _config_error(path, text, f"unknown check {rule.check_name!r}; use one of "
                            + ", ".join(sorted(CHECK_PARAMS)), *_where(node, ("check",)))
    _validated(path, text, node, rule.typed_params, ("params",))
    return rule


def _validated(path: Path, text: str, node: yaml.Node, build: Callable[[], Any],
               prefix: tuple[str, ...]) -> Any:
    try:
        return build()
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = (*prefix, *error["loc"])
        reason = str(error["msg"]).removeprefix("Value error, ")
        message = f"{'.'.join(str(part) for part in loc) or 'rule'}: {reason}"
        at_key = error["type"] == "extra_forbidden"  # point at the unknown key, not its value
        raise _config_error(path, text, message, *_where(node, loc, at_key=at_key)) from None


def _where(node: yaml.Node, loc: Iterable[Any], *, at_key: bool = False) -> tuple[int, int]:
    """Line and column of the deepest node that ``loc`` reaches (its key with ``at_key``)."""
    current = node
    parts = list(loc)
    for index, part in enumerate(parts):
        child = _child(current, part, key=at_key and index == len(parts) - 1)
        if child is None:
            break
        current = child
    return current.start_mark.line + 1, current.start_mark.column + 1


def _child(node: yaml.Node, part: Any, *, key: bool = False) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value in node.value:
            if key_node.value == part and isinstance(value, yaml.Node):
                return key_node if key else value
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        child = node.value[part]
        return child if isinstance(child, yaml.Node) else None
    return None


def _config_error(path: Path, text: str, message: str, line: int, column: int) -> ConfigError:
    lines = text.splitlines()
    excerpt = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    if excerpt:
        message = f"{message}\n    {line} | {excerpt}"
    return ConfigError(str(path), message, line, column)


def find_rule(code_or_name: str, rules: Iterable[Rule] | None = None) -> Rule:
    """The rule with this code (any case) or dotted name; KeyError when there is none."""
    wanted = code_or_name.strip()
    for rule in rules if rules is not None else load_rules():
        if rule.code == wanted.upper() or rule.name == wanted.lower():
            return rule
    raise KeyError(code_or_name)


def explain(code_or_name: str) -> str:
    """A rule in plain text: code, name, kind, level, description, then its bad and good examples."""
    rule = find_rule(code_or_name)
    out = [
        f"{rule.code} {rule.name}",
        f"kind: {rule.kind}",
        f"level: {rule.level.value}",
        "",
        rule.description.strip(),
    ]
    if rule.params:
        out += ["", "params:"] + [f"  {key}: {value}" for key, value in sorted(rule.params.items())]
    for label, cases in (("bad", rule.examples.bad), ("good", rule.examples.good)):
        for case in cases:
            out += ["", f"{label}:", f"  text: {case.text}"]
            if case.reference is not None:
                out.append(f"  reference: {_describe_reference(case.reference)}")
    return "\n".join(out) + "\n"


def _describe_reference(reference: str | Mapping[str, Any]) -> str:
    if isinstance(reference, str):
        return reference
    flow = yaml.safe_dump(dict(reference), default_flow_style=True, allow_unicode=True, sort_keys=False,
                          width=10_000)
    return flow.strip()


def render_message(rule: Rule, fields: Mapping[str, str]) -> str:
    """The rule's message with its placeholders filled (missing fields read as empty)."""
    values = dict.fromkeys(MESSAGE_FIELDS, "")
    values.update(fields)
    return rule.message.format_map(values).strip()
