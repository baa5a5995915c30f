"""The public API is what __init__ re-exports; changing it is a decision, so it is pinned here."""

import factcheck

PINNED = [
    "FORMATS", "Against", "CheckOptions", "CheckResult", "Claim", "ConfigError", "Document",
    "DocumentResult", "FactcheckError", "Finding", "InputError", "Kind", "Period", "Qualifier",
    "Reference", "ReferenceFileError", "RulesError", "Severity", "Summary", "Verified",
    "check_documents", "check_paths", "describe", "detect_lang", "explain", "extract_document",
    "extract_text", "iter_paths", "load_document", "load_references", "load_rules", "render",
]


def test_all_is_pinned() -> None:
    assert sorted(factcheck.__all__) == sorted(PINNED)


def test_every_name_resolves() -> None:
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None, name


def test_extract_text_through_the_public_api() -> None:
    claims = factcheck.extract_text("نفذت القوات 196 عملية في العراق وسوريا")
    assert [(c.text, str(c.value), c.concept, c.place) for c in claims] == [
        ("196", "196", "operations", ("Iraq", "Syria"))
    ]


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "factcheck", "--help"], capture_output=True, text=True,
                         check=False)
    assert out.returncode == 0
    assert "extract" in out.stdout and "check" in out.stdout
