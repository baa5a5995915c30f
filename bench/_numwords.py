"""Integers as Arabic and English number words, and digits in the three scripts news text uses."""

from __future__ import annotations

AR_ONES = ("", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة")
AR_ONES_OBLIQUE = ("", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة")
AR_TEENS = ("عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر",
            "ثمانية عشر", "تسعة عشر")
AR_TENS = ("", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون")
AR_HUNDREDS = ("", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة", "ثمانمئة", "تسعمئة")

EN_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
           "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

ARABIC_INDIC = str.maketrans("0123456789,.%", "٠١٢٣٤٥٦٧٨٩٬٫٪")
PERSIAN = str.maketrans("0123456789,.%", "۰۱۲۳۴۵۶۷۸۹٬٫٪")


def _oblique(word: str) -> str:
    """Genitive/accusative of the dual and sound-plural endings (عشرون -> عشرين, مئتان -> مئتين)."""
    if word.endswith(("ون", "ان")):
        return word[:-2] + "ين"
    return word


def _ar_below_hundred(n: int) -> str:
    if n < 10:
        return AR_ONES[n]
    if n < 20:
        return AR_TEENS[n - 10]
    tens, ones = divmod(n, 10)
    return f"{AR_ONES[ones]} و{AR_TENS[tens]}" if ones else AR_TENS[tens]


def _ar_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [AR_HUNDREDS[hundreds]] if hundreds else []
    if rest:
        parts.append(_ar_below_hundred(rest))
    return " و".join(parts)


def _ar_thousands(k: int) -> str:
    if k == 1:
        return "ألف"
    if k == 2:
        return "ألفان"
    if k <= 10:
        return f"{_ar_below_hundred(k)} آلاف"
    if k < 100:
        return f"{_ar_below_hundred(k)} ألفا"
    return f"{_ar_below_thousand(k)} ألف"


def arabic_words(n: int, *, oblique: bool = False) -> str:
    """1..999,999 in words, nominative ("خمسة وعشرون") or genitive/accusative ("خمسة وعشرين")."""
    if not 0 < n < 1_000_000:
        raise ValueError(f"no Arabic words for {n}")
    thousands, rest = divmod(n, 1000)
    parts = [_ar_thousands(thousands)] if thousands else []
    if rest:
        parts.append(_ar_below_thousand(rest))
    text = " و".join(parts)
    if not oblique:
        return text
    return " ".join(_oblique(word) for word in text.split(" ")).replace("اثنا عشر", "اثني عشر")


def english_words(n: int) -> str:
    """1..999,999 in words ("two hundred and forty-five thousand")."""
    if not 0 < n < 1_000_000:
        raise ValueError(f"no English words for {n}")
    thousands, rest = divmod(n, 1000)
    parts = [f"{_en_below_thousand(thousands)} thousand"] if thousands else []
    if rest:
        parts.append(_en_below_thousand(rest))
    return " ".join(parts)


def _en_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = [f"{EN_ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        below = EN_ONES[rest] if rest < 20 else EN_TENS[rest // 10] + (
            f"-{EN_ONES[rest % 10]}" if rest % 10 else "")
        parts.append(("and " if hundreds else "") + below)
    return " ".join(parts)


def grouped(text: str) -> str:
    """Insert thousands commas into the integer part of a plain decimal string."""
    whole, dot, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    digits = whole.lstrip("-")
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return sign + ",".join(groups) + dot + frac


def in_script(text: str, script: str) -> str:
    """Rewrite Western digits (and , . %) in Arabic-Indic or Persian digits; 'latin' leaves them."""
    if script == "arabic":
        return text.translate(ARABIC_INDIC)
    if script == "persian":
        return text.translate(PERSIAN)
    return text
