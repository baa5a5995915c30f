"""The example corpus beside every lexicon file (rules/<lang>/<name>.examples.yaml) is the extractor's test.

A positive text must give exactly one claim covering the whole text with the expected fields; a
negative text must give no claim at all; a context case lists every claim of a sentence (matched by
its text, in order) and checks only the fields it names. A last test checks that every word of every
lexicon file occurs in some example text of its language, so no word goes untested.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.claims import Claim
from factcheck.extract import extract_text
from factcheck.lexicon import LANGS, LOADERS, TOKEN_RE, rules_dir, strip_clitics
from factcheck.report.contract import claim_json
from factcheck.textnorm import fold_word

RULES = rules_dir()
_DECIMAL_FIELDS = {"value", "lower", "upper"}
_FIELDS = {"kind", "value", "lower", "upper", "qualifier", "unit", "concept", "counted", "grain", "date",
           "weekday", "period", "place", "text"}


def _examples_path(lang: str, lexicon: str) -> Path:
    return RULES / lang / lexicon.replace(".yaml", ".examples.yaml")


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict), f"{path}: expected a mapping"
    unknown = set(data) - {"positive", "negative", "context"}
    assert not unknown, f"{path}: unknown sections {sorted(unknown)}"
    return data


def _example_files() -> list[tuple[str, str, Path]]:
    return [(lang, name, _examples_path(lang, name)) for lang in LANGS for name in LOADERS
            if (RULES / lang / name).exists()]


def _cases(section: str) -> list[Any]:
    params = []
    for lang, name, path in _example_files():
        if not path.exists():
            continue
        for n, case in enumerate(_load(path).get(section) or []):
            params.append(pytest.param(lang, case, id=f"{lang}/{name[:-5]}/{section}/{n}"))
    return params


def _view(claim: Claim) -> dict[str, Any]:
    """The claim as the JSON contract shows it, plus the fields the contract folds into others."""
    view = claim_json(claim)
    view["date"] = claim.date
    return view


def _same(field: str, want: Any, got: Any) -> bool:
    if field in _DECIMAL_FIELDS and want is not None and got is not None and not isinstance(want, dt.date):
        try:
            return Decimal(str(want)) == Decimal(str(got))
        except ArithmeticError:
            return str(want) == str(got)
    if field == "period":
        if want is None or got is None:
            return want is got
        return {k: str(v) if v is not None else None for k, v in want.items()} == got
    if field == "place":
        return list(want or []) == list(got)
    if want is None or got is None:
        return want is got
    return str(want) == str(got)


def _mismatches(expect: dict[str, Any], claim: Claim) -> list[str]:
    unknown = set(expect) - _FIELDS
    assert not unknown, f"unknown fields in the example: {sorted(unknown)}"
    view = _view(claim)
    return [f"{f}: expected {expect[f]!r}, got {view[f]!r}"
            for f in expect if not _same(f, expect[f], view[f])]


def _describe(claims: list[Claim]) -> str:
    rows = [f"  [{c.start}:{c.end}] {c.text!r} kind={c.kind.value} value={c.value} q={c.qualifier.value} "
            f"unit={c.unit} concept={c.concept} counted={c.counted} date={c.date}" for c in claims]
    return "\n".join(rows) or "  (no claim)"


@pytest.mark.parametrize(("lang", "case"), _cases("positive"))
def test_positive(lang: str, case: dict[str, Any]) -> None:
    text = case["text"]
    claims = extract_text(text, lang, published=case.get("published"), locale=case.get("locale"))
    whole = [c for c in claims if c.start == 0 and c.end == len(text)]
    assert len(claims) == 1 and whole, (
        f"{text!r} should give exactly one claim covering the whole text; got:\n{_describe(claims)}")
    problems = _mismatches(case.get("expect") or {}, claims[0])
    assert not problems, f"{text!r}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize(("lang", "case"), _cases("negative"))
def test_negative(lang: str, case: str) -> None:
    claims = extract_text(case, lang)
    assert not claims, f"{case!r} should give no claim; got:\n{_describe(claims)}"


@pytest.mark.parametrize(("lang", "case"), _cases("context"))
def test_context(lang: str, case: dict[str, Any]) -> None:
    text = case["text"]
    claims = extract_text(text, lang, published=case.get("published"), locale=case.get("locale"))
    want = case["claims"]
    assert [c.text for c in claims] == [w["text"] for w in want], (
        f"{text!r} should give the claims {[w['text'] for w in want]}; got:\n{_describe(claims)}")
    problems = [f"{w['text']!r} {p}" for w, c in zip(want, claims, strict=True) for p in _mismatches(w, c)]
    assert not problems, f"{text!r}:\n  " + "\n  ".join(problems)


# -- every lexicon has examples, and every word is used in one ------------------------------------
@pytest.mark.parametrize(("lang", "name", "path"), _example_files(),
                         ids=lambda v: v.name if isinstance(v, Path) else str(v))
def test_every_lexicon_has_examples(lang: str, name: str, path: Path) -> None:
    assert path.exists(), f"{RULES / lang / name} has no examples file beside it ({path.name})"
    data = _load(path)
    assert data.get("positive") or data.get("context"), f"{path}: no positive or context example"


class _StrictLoader(yaml.SafeLoader):
    """A loader that refuses a mapping key stated twice (YAML would silently keep the last one)."""


def _no_duplicates(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        assert key not in seen, f"line {key_node.start_mark.line + 1}: key {key!r} stated twice"
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


@pytest.mark.parametrize("path", sorted(p for lang in LANGS for p in (RULES / lang).glob("*.yaml")),
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_key_stated_twice(path: Path) -> None:
    """A repeated key (two "EUR:" lines) would drop the first list of words without a word of warning."""
    with path.open(encoding="utf-8") as fh:
        try:
            yaml.load(fh, Loader=_StrictLoader)  # a SafeLoader subclass: no arbitrary objects
        except AssertionError as exc:
            pytest.fail(f"{path}: {exc}")


def _strings(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [node] if isinstance(node, str) else []  # numbers are settings (minor units), not words


def _tokens(text: str) -> list[str]:
    return TOKEN_RE.findall(fold_word(text))


def _example_texts(lang: str) -> list[list[str]]:
    texts: list[list[str]] = []
    for path in sorted((RULES / lang).glob("*.examples.yaml")):
        data = _load(path)
        for section in ("positive", "negative", "context"):
            for case in data.get(section) or []:
                texts.append(_tokens(case if isinstance(case, str) else case["text"]))
    return texts


def _occurs(phrase: list[str], text: list[str]) -> bool:
    """The phrase's tokens appear in a row in the text; the first may carry Arabic clitics (بالعراق)."""
    n = len(phrase)
    for i in range(len(text) - n + 1):
        first = text[i] == phrase[0] or phrase[0] in strip_clitics(text[i])
        if first and text[i + 1 : i + n] == phrase[1:]:
            return True
    return False


@pytest.mark.parametrize("lang", LANGS)
def test_every_lexicon_word_has_an_example(lang: str) -> None:
    texts = _example_texts(lang)
    missing: list[str] = []
    for name in LOADERS:
        path = RULES / lang / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            words = sorted(set(_strings(yaml.safe_load(fh))))
        for word in words:
            phrase = _tokens(word)
            if phrase and not any(_occurs(phrase, t) for t in texts):
                missing.append(f"{name}: {word}")
    listing = "\n  ".join(missing)
    assert not missing, f"{len(missing)} {lang} lexicon words appear in no example:\n  {listing}"
