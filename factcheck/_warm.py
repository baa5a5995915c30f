"""Imported by the ``--jobs`` fork server: build every language's scanner and lexicon once, there.

Workers fork from the server, so they inherit the compiled patterns (about half a second of
compiling per worker otherwise, see pipeline._pool). Building them is what a first extraction in each
language does; one short text each is enough to fill every lazy cache the extractor has.
"""

from __future__ import annotations

from factcheck.extract import extract_text
from factcheck.lexicon import LANGS
from factcheck.scan import scanner

_SAMPLES = {"ar": "قال المسؤول إن 25 شخصا قتلوا في 3 آذار 2024 وبلغت الكلفة مليوني دولار.",
            "en": "The official said 25 people were killed on March 3, 2024, at a cost of $2 million."}


def warm() -> None:
    """Compile the scanners and read the lexicons of every language, in this process."""
    for lang in LANGS:
        scanner(lang)
        extract_text(_SAMPLES.get(lang, "25"), lang)


warm()
