"""The fixed-cost fast paths give what the slow ones give: libyaml's parser (factcheck.yamlfast) the
same node trees, values and errors as PyYAML's pure-Python one; orjson (factcheck.jsonfast) the same
text as ``json.dumps(indent=2)``; the ``--jobs`` fork server builds the scanners before it forks."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck import jsonfast, yamlfast
from factcheck.check import check_paths
from factcheck.errors import FactcheckError
from factcheck.references import load_reference
from factcheck.report import json as json_report
from factcheck.report import sarif
from factcheck.rules import load_rule_file, rules_dir

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
BAD = Path(__file__).parent / "data" / "references" / "bad"

pytestmark = pytest.mark.skipif(not yamlfast.c_available(), reason="PyYAML built without libyaml")


def _tree(node: yaml.Node | None) -> list[tuple[Any, ...]]:
    """Every node in document order: class, tag, scalar value and style, and both marks."""
    out: list[tuple[Any, ...]] = []
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        style = getattr(current, "style", None) or None  # plain: None (pure) or "" (libyaml)
        value = current.value if isinstance(current, yaml.ScalarNode) else None
        out.append((type(current).__name__, current.tag, value, style,
                    (current.start_mark.line, current.start_mark.column, current.start_mark.index),
                    (current.end_mark.line, current.end_mark.column, current.end_mark.index)))
        if isinstance(current, yaml.MappingNode):
            stack += [n for pair in reversed(current.value) for n in reversed(pair)]
        elif isinstance(current, yaml.SequenceNode):
            stack += list(reversed(current.value))
    return out


def _yaml_files() -> list[Path]:
    return sorted([*rules_dir().rglob("*.yaml"), *CORPUS.rglob("*.yaml"),
                   *(Path(__file__).parent / "data").rglob("*.yaml")])


def test_libyaml_composes_every_shipped_yaml_file_as_the_pure_parser_does() -> None:
    files = _yaml_files()
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        try:
            pure = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError:
            continue  # broken on purpose (tests/data/references/bad): the error tests below
        assert _tree(yaml.compose(text, Loader=yaml.CSafeLoader)) == _tree(pure), path
        assert _tree(yamlfast.compose(text)) == _tree(pure), path
        assert yamlfast.safe_load(text) == yaml.safe_load(text), path


def _outcome(call: Any) -> tuple[str, Any]:
    try:
        return "ok", call()
    except FactcheckError as exc:
        return "error", str(exc)


def _both(monkeypatch: pytest.MonkeyPatch, call: Any) -> tuple[tuple[str, Any], tuple[str, Any]]:
    monkeypatch.setenv("FACTCHECK_PURE_YAML", "1")
    pure = _outcome(call)
    monkeypatch.delenv("FACTCHECK_PURE_YAML")
    return pure, _outcome(call)


@pytest.mark.parametrize("path", sorted([*BAD.glob("*.yaml"), *(CORPUS / "references").glob("*.yaml"),
                                         *(Path(__file__).parent / "data" / "references").glob("*.yaml")]),
                         ids=lambda p: p.name)
def test_references_load_alike_and_fail_alike(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    pure, fast = _both(monkeypatch, lambda: load_reference(path))
    assert fast == pure


# Broken YAML of the kinds people write, each at a known line: both parsers must refuse it with the
# same message and line, and accept what the pure parser accepts.
_BROKEN = [
    "source: S\nfacts:\n  - what: killed\n    value: [1, 2\n",
    "source: S\nfacts:\n  - what: killed\n   value: 4\n",
    "source: S\nfacts:\n\t- what: killed\n",
    "source: 'S\nfacts: []\n",
    'source: "S\\q"\nfacts: []\n',
    "source: S\nfacts: {a: 1, b\n",
    "source: S\nfacts:\n  - what: killed\n    value: 4\n  what: x\n",
    "source: S\n--- \nfacts: []\n",
    "source: &a S\nfacts: *b\n",
    "source: !!python/object:os.system S\nfacts: []\n",
    "source: S\nfacts:\n  - what: killed\n    value: 4\n    published: 2024-02-30\n",
    "source: S\nfacts:\n  - {what: killed, value: 4}\n  - what: \"\\u0007\"\n",
    "source: S\nfacts:\n  - what: killed\x85\n    value: 4\n",
    "source: S\nfacts:\n  - what: kil\ufeffled\n    value: 4\n",
    "[" * 5000 + "]" * 5000,
    "a:\n" + "".join("  " * i + "- \n" for i in range(1, 300)),
    "source: S\nfacts: " + "[" * 900 + "]" * 900 + "\n",
    "? a\n: b\nsource: S\n",
    "source: S\nfacts:\n  - what: killed\n    value: 4 # comment\n    unit: count\n    date: 2024-01-01\n",
]


@pytest.mark.parametrize("text", _BROKEN, ids=range(len(_BROKEN)))
def test_broken_yaml_gives_the_same_error_through_either_parser(monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path, text: str) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text(text, encoding="utf-8")
    pure, fast = _both(monkeypatch, lambda: load_reference(path))
    assert fast == pure


def test_generated_yaml_composes_alike() -> None:
    rng = random.Random(12)
    pieces = ["a", "- ", ": ", "\n", "  ", "[", "]", "{", "}", ",", "'", '"', "#", " #", "&x ", "*x",
              "!!str ", "? ", "|", ">", "1", "2024-01-01", "قتلى", "\t", "\\", "%", "---", "...",
              "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "\x85", "\u2028", "\r\n", "\r", "~", "null",
              "!", "!<tag:x>", "!e!x ",
              "@", "`", "0x1", "1e3", ".inf", "-", "?", ":", "<<: ", " ", "\\n", "\\u0041", "\\x4", "'' ",
              '"\\""', "-1", "+1", "0o7", "1_000", "yes", "=", "*", "&"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        text += rng.choice(["\n", "", "\n\n"])
        try:
            expected: tuple[str, Any] = ("ok", _tree(yaml.compose(text, Loader=yaml.SafeLoader)))
        except (yaml.YAMLError, RecursionError) as exc:
            expected = ("error", str(exc))
        try:
            got: tuple[str, Any] = ("ok", _tree(yamlfast.compose(text)))
        except (yaml.YAMLError, RecursionError) as exc:
            got = ("error", str(exc))
        assert got == expected, repr(text)


def test_a_text_that_could_nest_deep_goes_to_the_pure_parser() -> None:
    deep = "a: " + "[" * (yamlfast.C_DEPTH_LIMIT + 1) + "]" * (yamlfast.C_DEPTH_LIMIT + 1)
    assert yamlfast.depth_bound(deep) > yamlfast.C_DEPTH_LIMIT and not yamlfast.c_safe(deep)
    assert yamlfast.c_safe("source: S\nfacts: []\n")
    with pytest.raises(RecursionError):
        yamlfast.compose("[" * 50_000 + "]" * 50_000)


def test_rule_files_load_alike(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for path in sorted(rules_dir().glob("FC*.yaml")):
        pure, fast = _both(monkeypatch, lambda p=path: load_rule_file(p))
        assert fast == pure and fast[0] == "ok", path
    broken = tmp_path / "FC999.yaml"
    broken.write_text("code: FC999\nname: x.y\n  kind: [\n", encoding="utf-8")
    pure, fast = _both(monkeypatch, lambda: load_rule_file(broken))
    assert fast == pure and fast[0] == "error"


# --- JSON ------------------------------------------------------------------------------------------


def _random_value(rng: random.Random, depth: int = 0) -> Any:
    choice = rng.randrange(8 if depth < 4 else 5)
    if choice == 0:
        return None
    if choice == 1:
        return rng.choice([True, False])
    if choice == 2:
        return rng.randint(-(2**63), 2**63 - 1) if rng.random() < 0.5 else rng.randint(-9, 9)
    if choice in (3, 4):
        alphabet = [chr(c) for c in (*range(0, 0x80), 0x85, 0xa0, 0x627, 0x661, 0x200f, 0x2028, 0x2029,
                                     0x202e, 0xfeff, 0x1f600)]
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
    if choice == 5:
        return [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {str(_random_value(rng, 4)): _random_value(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def test_jsonfast_writes_what_json_dumps_writes() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        value = _random_value(rng)
        assert jsonfast.dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)
    # Where orjson would differ or refuse, the standard library writes it.
    for value in ([1.5, 1e-07, float("nan")], {"n": 2**70}, {"path": "caf\udce9.md"}, {1: "a"}, (1, 2)):
        assert jsonfast.dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_json_and_sarif_reports_are_byte_for_byte_the_standard_encoders() -> None:
    result = check_paths([str(CORPUS / "articles")], [str(CORPUS / "references")])
    assert result.findings
    for root in (None, str(CORPUS)):
        assert json_report.render(result, root=root) == json.dumps(
            json_report.check_json(result, root), ensure_ascii=False, indent=2) + "\n"
        assert sarif.render(result, root=root) == json.dumps(
            sarif.sarif_log(result, root), ensure_ascii=False, indent=2) + "\n"


# --- the fork server ---------------------------------------------------------------------------------


def test_the_fork_server_preload_builds_every_scanner() -> None:
    code = ("import factcheck._warm\nfrom factcheck.lexicon import LANGS\n"
            "from factcheck.scan import scanner\n"
            "assert scanner.cache_info().currsize == len(LANGS), scanner.cache_info()\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    source = (ROOT / "factcheck" / "pipeline.py").read_text(encoding="utf-8")
    assert '"factcheck._warm"' in source
