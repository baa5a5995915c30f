"""The flat front matter fast path: whenever it reads a front matter, it reads exactly what YAML reads
(values and their types), and every other form is left to YAML, whose errors and lines are unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import yaml
from filetools import write
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck import documents
from factcheck.documents import Document, load_document
from factcheck.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
LOADERS = [yaml.SafeLoader, *([yaml.CSafeLoader] if yaml.__with_libyaml__ else [])]


def fast(source: str) -> dict[str, Any] | None:
    return documents._flat_front_matter(source)


def same(left: Any, right: Any) -> bool:
    """Equal, with equal types all the way down (True == 1 and a date == its datetime are not enough)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        keys_alike = list(left) == list(right) and all(map(same, left, right))
        return keys_alike and all(same(left[key], right[key]) for key in left)
    return bool(left == right)


def assert_reads_as_yaml(source: str) -> None:
    """The fast path either declines or agrees with every YAML loader, which must accept the source."""
    flat = fast(source)
    if flat is None:
        return
    for loader in LOADERS:
        assert same(flat, yaml.load(source, Loader=loader)), (source, flat, loader)


# --- the common forms take the fast path ----------------------------------------------------------------


def test_the_generated_corpus_form_is_read_without_yaml() -> None:
    source = 'title: "مصر: ارتفاع الأسعار يثقل كاهل الأسر"\ndate: 2023-07-19\nlang: ar\nid: ar-003749\n'
    assert fast(source) == {"title": "مصر: ارتفاع الأسعار يثقل كاهل الأسر", "date": dt.date(2023, 7, 19),
                            "lang": "ar", "id": "ar-003749"}
    assert_reads_as_yaml(source)


@pytest.mark.parametrize(("source", "value"), [
    ("x: text, with commas, a:colon and \"quotes\"\n", "text, with commas, a:colon and \"quotes\""),
    ("x:    spaced   out   \n", "spaced   out"),
    ("x: 'it''s'\n", "it's"),
    ("x: \"# not a comment: \"\n", "# not a comment: "),
    ("x: ''\n", ""),
    ("x:\n", None),
    ("x: 0\n", 0),
    ("x: 2024\n", 2024),
    ("x: 1e3\n", "1e3"),  # YAML 1.1 floats need a dot: a string to PyYAML
    ("x: 0o7\n", "0o7"),  # not an octal to YAML 1.1
    ("x: 2024-07-16 10:30\n", "2024-07-16 10:30"),  # a time without seconds is no timestamp
    ("x: 2024-7-6\n", "2024-7-6"),  # nor is a day without two-digit month and day
    ("x: https://example.org/a?b=c\n", "https://example.org/a?b=c"),
    ("x: y\n", "y"),
    ("x: a\u00a0b\u00a0\n", "a\u00a0b\u00a0"),  # a no-break space is no YAML white space
    ("x: 196 عملية\r\n", "196 عملية"),
], ids=lambda value: repr(value)[:24] if isinstance(value, str) else None)
def test_simple_values_are_read_as_yaml_reads_them(source: str, value: Any) -> None:
    assert fast(source) == {"x": value}
    assert_reads_as_yaml(source)


def test_every_front_matter_of_the_corpus_loads_the_same_with_and_without_the_fast_path(
        monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(ROOT.glob("corpus/**/*.md")) + sorted((ROOT / "tests" / "data").rglob("*.md"))
    fast_docs = [load_document(path) for path in paths]
    monkeypatch.setattr(documents, "_flat_front_matter", lambda source: None)
    assert [load_document(path) for path in paths] == fast_docs


# --- every other form is left to YAML -----------------------------------------------------------------

FALLBACK = [
    "x: yes\n", "x: No\n", "x: TRUE\n", "x: off\n", "x: On\n", "x: null\n", "x: ~\n", "x: NULL\n",
    "x: 0x10\n", "x: 1_000\n", "x: .5\n", "x: 3.14\n", "x: 0123\n", "x: 1:30\n", "x: -5\n", "x: +5\n",
    "x: .inf\n", "x: 2024-07-16 10:30:00\n", "x: 2024-07-16T10:30:00Z\n", "x: 2024-02-30\n",
    "x: =\n", "x: <<\n", "<<: x\n", "yes: x\n", "null: x\n", "2024: x\n", "عنوان: x\n", "a b: x\n",
    "x: [a, b]\n", "x: {a: 1}\n", "x:\n  - a\n", "x:\n- a\n", "x: &a 1\ny: *a\n", "x: !!str 5\n",
    "x: |\n  a\n", "x: >\n  a\n", "x: a # comment\n", "# comment\nx: a\n", "x: a#b\n", "x: a: b\n",
    "x: a:\n", "x: -a\n", "x: ?a\n", "x: %a\n", "x: @a\n", "x: `a\n", "x: ,a\n",
    'x: "a\\"b"\n', 'x: "a\\tb"\n', 'x: "open\n', 'x: "a" b"\n', "x: 'open\n", "x: 'a'b'\n",
    "x: a\n  continued\n", " x: a\n", "x : a\n", "x:a\n", "x:\ta\n", "x: a\tb\n", "x: a\rb\n",
    "x: a\u2028b\n", "x: a\x85b\n", "x: \ufeffa\n", "x: a\x7fb\n", "x: 1\nx: 2\n", "x: a\n---\n", "",
    "\n\n", "%YAML 1.1\nx: a\n", "x" * 65 + ": a\n",
]


@pytest.mark.parametrize("source", FALLBACK, ids=lambda value: repr(value)[:24])
def test_tricky_forms_are_left_to_yaml(source: str) -> None:
    assert fast(source) is None


# --- equality, generated ------------------------------------------------------------------------------

# Characters that YAML reads specially somewhere (indicators, quotes, escapes, white space, line breaks,
# unprintable) next to ordinary ones; TRICKY mixes in every form the fast path must leave to YAML.
ALPHABET = "aZ09 :#'\"\\-,[]{}&*!|>%@`~.+_=<?/\u00a0\t\r\u2028\x85\ufeff\x7fبت٣é\U0001f600"
PLAIN = "aZ09 :'\"-,.+_=<?/\u00a0بت٣é\U0001f600[]{}&*!|>%@`~"  # no comment, escape, tab or line break
TRICKY_VALUES = [
    "yes", "No", "TRUE", "off", "On", "y", "n", "null", "Null", "~", "0x10", "0b101", "1_000", "1e3",
    "1.0e+3", ".5", "0o7", "0123", "089", "0", "-0", "7", "-5", "+5", "1:30", "190:20:30", ".inf", "-.Inf",
    ".NaN", "=", "<<", "2024-07-18", "2024-7-8", "2024-13-45", "2024-02-29", "2023-02-29", "2024-07-18 10:30",
    "2024-07-18 10:30:00", "2024-07-18t10:30:00Z", "[a, b]", "{a: 1}", "&a x", "*a", "!!str x", "!x y", "|",
    ">", "- a", "? a",
    "'it''s'", "'a'b'", '"q\\"x"', '"a" # c', '"#: x"', "a: b", "a #b", "a#b", "a:", "a :b", "http://x.y/z",
    "", "''", '""', "'", '"', "@x", "`x", "%x", "قتل 44 عنصرا", "\u00a0x",
]
TRICKY_KEYS = ["yes", "No", "null", "on", "True", "~", "2024", "a b", "ключ", "<<", "?x", "-k", " title",
               "#c", "k\t", "x" * 70, "title "]
SIMPLE_KEYS = st.one_of(st.sampled_from(["title", "date", "lang", "id", "source", "x-y", "a_b", "Y", "N"]),
                        st.from_regex(r"[A-Za-z][A-Za-z0-9_-]{0,8}", fullmatch=True))
SIMPLE_VALUES = st.one_of(
    st.text(alphabet=PLAIN, max_size=12),
    st.text(alphabet=PLAIN, max_size=12).map(lambda text: f'"{text}"'),
    st.text(alphabet=PLAIN, max_size=12).map(lambda text: "'" + text.replace("'", "''") + "'"),
    st.dates().map(dt.date.isoformat),
    st.integers(0, 10**20).map(str),
)
TRICKY_VALUE = st.one_of(
    st.sampled_from(TRICKY_VALUES),
    st.text(alphabet=ALPHABET, max_size=12),
    st.text(alphabet=ALPHABET, max_size=12).map(lambda text: f'"{text}"'),
    st.text(alphabet=ALPHABET, max_size=12).map(lambda text: f"'{text}'"),
)
SIMPLE_LINE = st.tuples(SIMPLE_KEYS, st.sampled_from([": ", ":  "]), SIMPLE_VALUES,
                        st.sampled_from(["", " "])).map("".join)
TRICKY_LINE = st.one_of(
    st.tuples(st.one_of(SIMPLE_KEYS, st.sampled_from(TRICKY_KEYS)),
              st.sampled_from([": ", ":", ":  ", " : ", ":\t", "::", " "]),
              st.one_of(SIMPLE_VALUES, TRICKY_VALUE),
              st.sampled_from(["", " ", "  ", " # c", "\t"])).map("".join),
    st.sampled_from(["", " ", "  - item", "- item", "  nested: 1", "# comment", "...", "---", "%TAG ! x"]),
)


@st.composite
def front_matters(draw: st.DrawFn) -> str:
    """One to six lines, each simple four times in five, with "\n" or "\r\n" line ends."""
    count = draw(st.integers(1, 6))
    lines = [draw(TRICKY_LINE if draw(st.integers(0, 4)) == 4 else SIMPLE_LINE) for _ in range(count)]
    newline = draw(st.sampled_from(["\n", "\n", "\r\n"]))
    return "".join(line + newline for line in lines)


@settings(max_examples=1000, deadline=None)
@given(source=front_matters())
@example(source="title: x\ntitle: y\n")
@example(source="x: 2024-02-30\n")
def test_whenever_the_fast_path_reads_a_front_matter_it_reads_what_yaml_reads(source: str) -> None:
    assert_reads_as_yaml(source)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("front")


def outcome(path: Path) -> Document | tuple[str, int | None, int | None]:
    try:
        return load_document(path)
    except InputError as error:
        return error.message, error.line, error.column


@settings(max_examples=500, deadline=None)
@given(source=front_matters())
def test_documents_and_errors_are_the_same_with_and_without_the_fast_path(folder: Path, source: str) -> None:
    path = write(folder / "article.md", f"---\n{source}---\nBody 44.\n")
    with_fast_path = outcome(path)
    with mock.patch.object(documents, "_flat_front_matter", lambda source: None):
        assert outcome(path) == with_fast_path
