"""Which currency a family word names: "dinar" in a story about Iraq is IQD, "dollar" is USD unless
another dollar country is in scope.

A money claim whose text names only a family ("20 مليار دولار", "1450 دينار", "$3bn") is resolved,
in this order, from
1. the places of its own sentence or clause (the claim's place, which the context pass gave it, or the
   headline's when the sentence states none),
2. the places of the whole article (every place a figure of it is about, and the headline's),
3. the article's or the configuration's locale (rules/locales.yaml),
4. for the dollar, USD; for another family, the language's default (rules/<lang>/currencies.yaml
   defaults: ريال in Arabic news is the Saudi riyal, جنيه the Egyptian pound, "pounds" in English GBP).
A step that finds two currencies of the family (Kuwait and Iraq for a dinar) is ambiguous and stops
the search: the family stays. The data are rules/consistency/currencies_by_place.yaml (a country's
currency) and rules/consistency/places.yaml (which city lies in which country).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from factcheck import yamlfast
from factcheck.align import containers, currency_families, outer_places
from factcheck.errors import RulesError
from factcheck.lexicon import locales, rules_dir

DEFAULT_DOLLAR = "USD"


def _path() -> Path:
    return rules_dir() / "consistency" / "currencies_by_place.yaml"


@cache
def _currencies_file() -> dict[str, Any]:
    data: dict[str, Any] = yamlfast.safe_load(_path().read_text(encoding="utf-8"))
    return data


@cache
def _own() -> dict[str, str]:
    """Each country's present currency, as the file gives it."""
    return {str(k): str(v) for k, v in _currencies_file()["currencies"].items()}


@cache
def _replaced() -> tuple[tuple[str, str, dt.date], ...]:
    """(place, code, last day) of every currency a country used before its present one (the file's
    ``replaced``: a list of [code, last day] pairs per place)."""
    out: list[tuple[str, str, dt.date]] = []
    for place, entries in (_currencies_file().get("replaced") or {}).items():
        for entry in entries if isinstance(entries, list) else [entries]:
            if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)
                    and isinstance(entry[1], dt.date)):
                raise RulesError(str(_path()), f"replaced.{place}: expected [ISO code, last day] pairs")
            out.append((str(place), entry[0], entry[1]))
    return tuple(out)


def code_then(code: str, day: dt.date | None) -> str:
    """A currency written out by name or code as it stood on ``day``: a country's present code that
    took over its old one's name (``replaced``, of one family: TRY for TRL, the Turkish lira before its
    2005 redenomination) is that old one up to its last day ("٥٠٠ ألف ليرة تركية" in 1976: TRL)."""
    if day is None:
        return code
    for place, old, last in _replaced():
        if day <= last and _own().get(place) == code \
                and any(old in codes and code in codes for codes in currency_families().values()):
            return old
    return code


def place_currencies(day: dt.date | None = None) -> dict[str, str]:
    """place_currencies_now, with the currency a country used on ``day`` where it has since replaced
    it (France on 1995-12-05: FRF)."""
    if day is None:
        return place_currencies_now()
    old = frozenset((place, code) for place, code, last in _replaced() if day <= last)
    return _currencies_then(old) if old else place_currencies_now()


@cache
def place_currencies_now() -> dict[str, str]:
    """Every place of the gazetteer with a currency: a country's own, and a city's or a region's
    through the country that contains it (Basra -> Iraq -> IQD). A place inside two countries with
    different currencies gets none."""
    return _with_containers(_own())


@lru_cache(maxsize=16)
def _currencies_then(old: frozenset[tuple[str, str]]) -> dict[str, str]:
    """The table of place_currencies_now with each (country, code) of ``old`` put back."""
    return _with_containers({**_own(), **dict(old)})


def _with_containers(own: dict[str, str]) -> dict[str, str]:
    inside = containers()
    out = dict(own)
    for place in inside:
        if place in own:
            continue
        codes = {own[o] for o in outer_places(place, inside) if o in own}
        if len(codes) == 1:
            out[place] = codes.pop()
    return out


def _by_places(family: str, places: Iterable[str], day: dt.date | None) -> tuple[str, str] | bool | None:
    """The family's one code among the currencies of ``places`` (on ``day``), with the place that gave
    it; None when none of them uses the family; False when two codes compete."""
    codes = currency_families().get(family, frozenset())
    table = place_currencies(day)
    found: dict[str, str] = {}
    for place in places:
        code = table.get(place)
        if code is not None and code in codes:
            found.setdefault(code, place)
    if len(found) > 1:
        return False
    if found:
        code, place = next(iter(found.items()))
        return code, place
    return None


def resolve(family: str, own: Iterable[str], article: Iterable[str], locale: str | None,
            defaults: dict[str, str] | None = None, day: dt.date | None = None,
            named: str | None = None) -> tuple[str, str] | None:
    """The ISO code a family word stands for here, and the evidence ("dinar -> IQD by place Iraq");
    None when nothing settles it. ``family`` is a lower-case family name; codes pass through. ``day``,
    the article's date, gives a place the currency it used then ("francs" in Paris in 1995: FRF).
    ``named``, the one code of the family the article has written out before the figure, comes after
    the figure's own places and before the article's ("غرامة الـ20 ألف فرنك" after "25 ألف فرنك
    سويسري" in a story of a match in France)."""
    if family not in currency_families():
        return None
    for scope, places in (("place", own), ("the article's place", article)):
        if scope != "place" and named is not None:
            return named, f"{family} -> {named}: the {family} the article named before"
        got = _by_places(family, places, day)
        if got is False:
            return None  # two currencies of the family in scope: the reader cannot tell either
        if isinstance(got, tuple):
            return got[0], f"{family} -> {got[0]} by {scope} {got[1]}"
    if locale:
        code = locales().get(locale, {}).get(family)
        if code is not None:
            return code, f"{family} -> {code} by locale {locale}"
    if family == "dollar":
        return DEFAULT_DOLLAR, f"dollar -> {DEFAULT_DOLLAR} (no other dollar country in scope)"
    code = (defaults or {}).get(family)
    if code is not None:
        return code, f"{family} -> {code} by default for the language (no other {family} country in scope)"
    return None
