"""Runs one consistency case: an article sentence, optionally a reference fact or sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from factcheck.check import check_documents
from factcheck.documents import Document
from factcheck.extract import extract_text
from factcheck.findings import CheckResult, DocumentResult
from factcheck.references import Reference, load_reference


def run_case(case: dict[str, Any], folder: Path) -> CheckResult:
    """Check ``case["text"]`` (an article) against ``case.get("reference")``; ``folder`` holds temp files."""
    text = str(case["text"])
    lang = case.get("lang") or ("ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en")
    published = _date(case.get("published"))
    doc = Document(path=str(folder / "article.md"), text=text, prose=text, lang=lang, published=published)
    claims = extract_text(text, lang, published=published, path=doc.path)
    docs = [DocumentResult(document=doc, claims=tuple(claims))]
    if "other" in case:  # a second article, published earlier
        other_text = str(case["other"])
        other_lang = "ar" if any("\u0600" <= ch <= "\u06ff" for ch in other_text) else "en"
        other = Document(path=str(folder / "other.md"), text=other_text, prose=other_text, lang=other_lang,
                         published=dt.date(2000, 1, 1))
        docs.append(DocumentResult(document=other, claims=tuple(extract_text(other_text, other_lang))))
    options = case.get("options")
    if options is None:
        return check_documents(docs, _references(case.get("reference"), folder))
    return check_documents(docs, _references(case.get("reference"), folder), options)


def _references(reference: Any, folder: Path) -> list[Reference]:
    if reference is None:
        return []
    if isinstance(reference, str):
        path = folder / "reference.md"
        path.write_text(reference, encoding="utf-8")
        return load_reference(path)
    path = folder / "reference.yaml"
    facts = reference if isinstance(reference, list) else [reference]
    path.write_text(yaml.safe_dump({"source": "Reference", "facts": facts}, allow_unicode=True),
                    encoding="utf-8")
    return load_reference(path)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
