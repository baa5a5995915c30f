#!/usr/bin/env python
"""Validate blind extraction set 7 (Arabic and English).

Reads only the *.yaml files next to this script.  Run with
    /work/venv/bin/python validate.py
Needs PyYAML and hijridate.
"""
import datetime as _dt
import glob
import os
import re
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation

import yaml
from hijridate import Hijri

HERE = os.path.dirname(os.path.abspath(__file__))

KINDS = ['count', 'money', 'percent', 'measure', 'duration', 'date', 'year']
QUALS = ['exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most', 'range']
PERCENT_UNITS = {'percent', 'percentage_point', 'basis_point'}
DURATION_UNITS = {'second', 'minute', 'hour', 'day', 'week', 'month', 'year'}
MEASURE_UNITS = {
    'magnitude', 'degree_celsius', 'degree_fahrenheit', 'megawatt', 'gigawatt', 'kilowatt_hour',
    'megawatt_hour', 'gigawatt_hour', 'kilovolt', 'tonne', 'tonne_per_year', 'tonne_per_day',
    'kilogram', 'gram', 'barrel', 'barrel_per_day', 'kilometre', 'metre', 'centimetre', 'millimetre',
    'mile', 'nautical_mile', 'inch', 'kilometre_per_hour', 'mile_per_hour', 'teu',
    'cubic_metre', 'cubic_metre_per_day', 'cubic_metre_per_second', 'million_cubic_metre',
    'billion_cubic_metre', 'litre', 'hectare', 'feddan', 'dunam', 'acre', 'square_metre',
    'square_kilometre', 'megabit_per_second', 'gigabit_per_second', 'gigabyte', 'megahertz',
    'microgram_per_cubic_metre', 'tonne_co2', 'foot', 'index_point', 'cubic_metre_per_year', 'litre_per_day',
    'imperial_gallon', 'imperial_gallon_per_day', 'unit',
}
SEED_CURRENCIES = {'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'SAR', 'AED', 'QAR', 'KWD', 'BHD', 'OMR', 'JOD',
                   'EGP', 'MAD', 'TND', 'DZD', 'IQD', 'LBP', 'SYP', 'ILS', 'SDG', 'LYD', 'YER', 'TRY',
                   'PKR', 'INR', 'HKD', 'NGN', 'KES', 'CHF', 'ZAR', 'KRW', 'AUD', 'CAD', 'BRL', 'IRR', 'CNY'}

DIGIT_MAP = {ord(c): str(i) for i, c in enumerate('٠١٢٣٤٥٦٧٨٩')}
DIGIT_MAP.update({ord(c): str(i) for i, c in enumerate('۰۱۲۳۴۵۶۷۸۹')})
DIGIT_RUN = re.compile(r'[0-9\u0660-\u0669\u06F0-\u06F9]+')
AI_RE = re.compile(r'[\u0660-\u0669]')
FA_RE = re.compile(r'[\u06F0-\u06F9]')
ISO_RE = re.compile(r'^(?:(\d{4})-(\d{2})(?:-(\d{2}))?|--(\d{2})(?:-(\d{2}))?)$')
DEC_RE = re.compile(r'^-?\d+(?:\.\d+)?$')

EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
AR_WEEKDAYS = [('الاثنين', 'الإثنين'), ('الثلاثاء',), ('الأربعاء',), ('الخميس',), ('الجمعة',),
               ('السبت',), ('الأحد',)]
WEEKDAY_RE = []
for i, name in enumerate(EN_WEEKDAYS):
    WEEKDAY_RE.append((i, re.compile(r'\b' + name + r'\s*,?\s*(?:\(|the\s+)?$')))
for i, names in enumerate(AR_WEEKDAYS):
    for name in names:
        WEEKDAY_RE.append((i, re.compile(name + r'\s*[,،]?\s*(?:\(|الموافق\s*)?$')))

HIJRI_MONTHS = [
    (1, ['محرم']), (2, ['صفر']), (3, ['ربيع الأول']), (4, ['ربيع الآخر', 'ربيع الثاني']),
    (5, ['جمادى الأولى']), (6, ['جمادى الآخرة', 'جمادى الثانية']), (7, ['رجب']), (8, ['شعبان']),
    (9, ['رمضان']), (10, ['شوال']), (11, ['ذي القعدة', 'ذو القعدة']), (12, ['ذي الحجة', 'ذو الحجة']),
]
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
AR_MONTHS = [('يناير', 'كانون الثاني'), ('فبراير', 'شباط'), ('مارس', 'آذار'), ('أبريل', 'إبريل', 'نيسان'),
             ('مايو', 'أيار'), ('يونيو', 'حزيران'), ('يوليو', 'تموز'), ('أغسطس', 'آب'),
             ('سبتمبر', 'أيلول'), ('أكتوبر', 'تشرين الأول'), ('نوفمبر', 'تشرين الثاني'),
             ('ديسمبر', 'كانون الأول')]

SCALES = [  # (substring, scale), largest first
    ('trillion', 10**12), ('تريليون', 10**12),
    ('billion', 10**9), ('مليار', 10**9),
    ('million', 10**6), ('مليون', 10**6), ('ملايين', 10**6),
    ('thousand', 10**3), ('ألف', 10**3), ('آلاف', 10**3),
]
EN_SCALE_RE = re.compile(r'\b(trillion|billion|million|thousand)s?\b', re.I)
EN_SCALE = {'trillion': 10**12, 'billion': 10**9, 'million': 10**6, 'thousand': 10**3}


def text_scale(t):
    """Largest scale word in a claim text (English whole words, Arabic substrings), or None."""
    best = None
    for mt in EN_SCALE_RE.finditer(t):
        v = EN_SCALE[mt.group(1).lower()]
        best = max(best or 0, v)
    for word, scale in SCALES:
        if not word.isascii() and word in t:
            best = max(best or 0, scale)
    return best


def token_scale(tok):
    low = tok.lower()
    if low.isascii():
        mt = EN_SCALE_RE.fullmatch(low)
        return EN_SCALE[mt.group(1)] if mt else None
    for word, scale in SCALES:
        if not word.isascii() and word in tok:
            return scale
    return None


MINOR = ['فلس', 'هللة', 'قرش', 'سنت', 'cents', 'pence', 'fils', 'piastres', 'درهما مغربيا']

problems = []
notes = []


def problem(where, msg):
    problems.append(f'{where}: {msg}')


def norm_digits(s):
    return s.translate(DIGIT_MAP)


def dec(s):
    try:
        return Decimal(s)
    except (InvalidOperation, TypeError):
        return None


# ---------------------------------------------------------------- placement
def is_latin(ch):
    return ch.isascii() and ch.isalpha()


def occurrences(text, sub):
    """Occurrences of sub in text that do not split a digit run or a Latin word."""
    out = []
    start = 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            break
        j = i + len(sub)
        ok = True
        if i > 0:
            a, b = text[i - 1], sub[0]
            if norm_digits(a).isdigit() and norm_digits(b).isdigit():
                ok = False
            if is_latin(a) and is_latin(b):
                ok = False
        if j < len(text):
            a, b = sub[-1], text[j]
            if norm_digits(a).isdigit() and norm_digits(b).isdigit():
                ok = False
            if is_latin(a) and is_latin(b):
                ok = False
        if ok:
            out.append((i, j))
        start = i + 1
    return out


def place(text, claims):
    """Backtracking: give every claim an occurrence; no two may overlap."""
    occ = [occurrences(text, c['text']) for c in claims]
    order = sorted(range(len(claims)), key=lambda k: len(occ[k]))
    chosen = {}

    def free(span):
        return all(span[1] <= s[0] or span[0] >= s[1] for s in chosen.values())

    def go(pos):
        if pos == len(order):
            return True
        k = order[pos]
        for span in occ[k]:
            if free(span):
                chosen[k] = span
                if go(pos + 1):
                    return True
                del chosen[k]
        return False

    if go(0):
        return [chosen[k] for k in range(len(claims))]
    return None


# ---------------------------------------------------------------- values
def parse_numbers(t):
    """List of (number, scale or None) read from a claim text."""
    t = norm_digits(t).replace('٬', ',').replace('٫', '.')
    toks = []
    for mt in re.finditer(r'\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+|[\u0600-\u06FF]+', t):
        s = mt.group(0)
        if s[0].isdigit():
            toks.append(('n', Decimal(s.replace(',', ''))))
        else:
            sc = token_scale(s)
            if sc:
                toks.append(('s', Decimal(sc)))
    return toks


def figure_values(t):
    """Groups of values: compound figures summed; '1 and 2 million' shares scale."""
    toks = parse_numbers(t)
    # a number followed by a scale word is multiplied; compound parts are summed later
    vals = []
    i = 0
    while i < len(toks):
        kind, v = toks[i]
        if kind == 'n':
            if i + 1 < len(toks) and toks[i + 1][0] == 's':
                vals.append((v * toks[i + 1][1], toks[i + 1][1]))
                i += 2
            else:
                vals.append((v, None))
                i += 1
        else:
            vals.append((v, v))     # a bare scale word: مليونا = 1 million
            i += 1
    return vals


def expected_values(c):
    t = c['text']
    vals = figure_values(t)
    if not vals:
        return None
    if c['qualifier'] == 'range':
        # ellipsis: a bare first figure takes the scale of the next one
        if len(vals) >= 2:
            lo, hi = vals[0], vals[-1]
            lov = lo[0] if lo[1] is not None or hi[1] is None else lo[0] * hi[1]
            return ('range', lov, hi[0])
        return None
    # compound: sum descending scaled parts (44 مليونا و777 ألف, 50 ألفا و277)
    if len(vals) > 1:
        total = Decimal(0)
        last_scale = None
        for v, s in vals:
            if last_scale is not None and s is not None and s >= last_scale:
                return ('many', None, None)
            total += v
            last_scale = s if s is not None else Decimal(1)
        return ('one', total, None)
    return ('one', vals[0][0], None)


def hms_seconds(t):
    mt = re.search(r'(\d+):(\d{2}):(\d{2}(?:\.\d+)?)|(\d+):(\d{2}(?:\.\d+)?)', norm_digits(t).replace('٫', '.'))
    if not mt:
        return None
    if mt.group(1):
        return Decimal(mt.group(1)) * 3600 + Decimal(mt.group(2)) * 60 + Decimal(mt.group(3))
    return Decimal(mt.group(4)) * 60 + Decimal(mt.group(5))


TIME_WORDS = [(r'hours?|ساعات|ساعة', 3600), (r'minutes?|دقائق|دقيقة', 60), (r'seconds?|ثوان|ثانية', 1)]
TIME_DUALS = {'ساعتين': 7200, 'ساعتان': 7200, 'دقيقتين': 120, 'دقيقتان': 120, 'ثانيتين': 2}
UNIT_SECONDS = {'hour': 3600, 'minute': 60, 'second': 1}


def compound_time(t):
    """'8 دقائق و6.05 ثانية', 'ساعتين و40 دقيقة' -> (total seconds, smallest unit); None unless 2+ parts."""
    t = norm_digits(t).replace('٫', '.')
    parts = []
    for word, secs in TIME_DUALS.items():
        if word in t:
            parts.append((Decimal(secs), secs if secs < 60 else (3600 if secs >= 3600 else 60)))
    for mt in re.finditer(r'(\d+(?:\.\d+)?)\s*([A-Za-z\u0600-\u06FF]+)', t):
        for rx, mult in TIME_WORDS:
            if re.fullmatch(rx, mt.group(2)):
                parts.append((Decimal(mt.group(1)) * mult, mult))
    if len(parts) < 2:
        return None
    return sum(p for p, _ in parts), min(u for _, u in parts)


def note_check(where, c):
    kind, t = c['kind'], c['text']
    if kind == 'date':
        return
    if not DIGIT_RUN.search(t):
        return
    if kind == 'duration' and ':' not in t and compound_time(t) is not None:
        secs, smallest = compound_time(t)
        unit_secs = UNIT_SECONDS.get(c['unit'])
        if unit_secs != smallest or dec(c['value']) * unit_secs != secs:
            notes.append(f'{where}: compound time {t!r} -> {secs} s vs {c["value"]} {c["unit"]}')
        return
    if kind == 'duration' and c['unit'] == 'second' and ':' in t:
        secs = hms_seconds(t)
        if secs is None or dec(c['value']) != secs:
            notes.append(f'{where}: race time {t!r} -> {secs} vs {c["value"]}')
        return
    if kind == 'year':
        nums = [Decimal(x) for x in re.findall(r'\d+', norm_digits(t))]
        if c['qualifier'] == 'range':
            lo, hi = dec(c['lower']), dec(c['upper'])
            if len(nums) == 1 and re.search(r'\d{3}0s\b', t) and hi == nums[0] + 9:
                return  # a decade: the 1970s
            if not nums or nums[0] != lo or (nums[-1] != hi and nums[-1] + 2000 != hi
                                                 and nums[-1] + (lo // 100) * 100 != hi):
                notes.append(f'{where}: year range {t!r} vs {lo}-{hi}')
        elif nums and nums[0] != dec(c['value']):
            notes.append(f'{where}: year {t!r} vs {c["value"]}')
        return
    exp = expected_values(c)
    if exp is None or exp[0] == 'many':
        return
    minus = 'minus' in t or 'سالب' in t or t.strip().startswith('-')
    ok_factors = [Decimal(1)]
    if kind == 'money' and any(w in t for w in MINOR):
        ok_factors = [Decimal('0.01'), Decimal('0.001')]
    if exp[0] == 'range':
        lo, hi = dec(c['lower']), dec(c['upper'])
        good = any(lo == exp[1] * f and hi == exp[2] * f for f in ok_factors)
        if not good:
            notes.append(f'{where}: range {t!r} reads {exp[1]}-{exp[2]}, has {lo}-{hi}')
        return
    v = dec(c['value'])
    if v is None:
        return
    target = -exp[1] if minus else exp[1]
    if not any(v == target * f for f in ok_factors):
        notes.append(f'{where}: {t!r} reads {target}, value {v}')


# ---------------------------------------------------------------- dates
def iso_ok(s):
    mt = ISO_RE.match(s or '')
    if not mt:
        return False
    y, mo, d, mo2, d2 = mt.groups()
    try:
        if y:
            if d:
                _dt.date(int(y), int(mo), int(d))
            elif not 1 <= int(mo) <= 12:
                return False
        else:
            if d2:
                _dt.date(2024, int(mo2), int(d2))
            elif not 1 <= int(mo2) <= 12:
                return False
    except ValueError:
        return False
    return True


def hijri_parts(t):
    t = norm_digits(t)
    for mnum, names in HIJRI_MONTHS:
        for name in names:
            k = t.find(name)
            if k >= 0:
                before = re.findall(r'\d+', t[:k])
                after = re.match(r'\s*(\d{4})', t[k + len(name):])
                day = int(before[-1]) if before else None
                year = int(after.group(1)) if after else None
                return day, mnum, year
    return None


def gregorian_check(where, c):
    """Day, month and year written in a Gregorian date claim must match its ISO date (note only)."""
    t = norm_digits(c['text'])
    iso = c['date']
    mo = None
    for i, name in enumerate(EN_MONTHS):
        if name in t or name[:3] + '.' in t or (name == 'September' and 'Sept.' in t):
            mo = i + 1
    for i, names in enumerate(AR_MONTHS):
        if any(nm in t for nm in names):
            mo = i + 1
    if mo is None:
        return
    mt = ISO_RE.match(iso)
    y, imo, d, imo2, d2 = mt.groups()
    imo = int(imo or imo2)
    d = d or d2
    if imo != mo:
        notes.append(f'{where}: month of {c["text"]!r} vs {iso}')
    nums = re.findall(r'\d+', t)
    yrs = [x for x in nums if len(x) == 4]
    days = [x for x in nums if len(x) <= 2]
    if y and yrs and yrs[0] != y:
        notes.append(f'{where}: year of {c["text"]!r} vs {iso}')
    if d and days and int(days[0]) != int(d):
        notes.append(f'{where}: day of {c["text"]!r} vs {iso}')


# ---------------------------------------------------------------- main
def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.yaml')))
    if not files:
        print('no YAML files')
        return 1
    stats = {}
    qual_c, punit_c, cur_c, munit_c, dunit_c = Counter(), Counter(), Counter(), Counter(), Counter()
    hijri_checked = hijri_paired = weekdays_checked = hijri_years = 0
    script_c = Counter()
    per_file_scripts = {}
    for path in files:
        name = os.path.basename(path)
        try:
            with open(path, encoding='utf-8') as f:
                data = yaml.safe_load(f)
        except Exception as e:  # noqa
            problem(name, f'does not parse: {e}')
            continue
        if not isinstance(data, dict) or set(data) != {'lang', 'topic', 'items'}:
            problem(name, 'top level must have exactly lang, topic, items')
            continue
        lang, topic, items = data['lang'], data['topic'], data['items']
        if name != f'{lang}-{topic}.yaml':
            problem(name, f'file name does not match lang/topic {lang}-{topic}')
        if lang not in ('ar', 'en'):
            problem(name, f'bad lang {lang}')
        if not isinstance(items, list) or not 10 <= len(items) <= 12:
            problem(name, 'must have 10-12 items')
            continue
        st = stats.setdefault(lang, Counter())
        fs = per_file_scripts.setdefault(name, Counter())
        for idx, item in enumerate(items, 1):
            want_id = f'{lang}-{topic}-{idx:02d}'
            iid = item.get('id') if isinstance(item, dict) else None
            where = f'{name}:{iid or idx}'
            if not isinstance(item, dict) or set(item) != {'id', 'text', 'claims', 'not_claims'}:
                problem(where, 'item must have exactly id, text, claims, not_claims')
                continue
            if iid != want_id:
                problem(where, f'id should be {want_id}')
            text = item['text']
            if not isinstance(text, str) or not text.strip():
                problem(where, 'empty text')
                continue
            claims, nots = item['claims'], item['not_claims']
            if not isinstance(claims, list) or not isinstance(nots, list):
                problem(where, 'claims and not_claims must be lists')
                continue
            st['items'] += 1
            if lang == 'ar':
                if AI_RE.search(text):
                    script_c['ai'] += 1
                    fs['ai'] += 1
                if FA_RE.search(text):
                    script_c['fa'] += 1
                    fs['fa'] += 1
                if AI_RE.search(text) and FA_RE.search(text):
                    problem(where, 'mixes Arabic-Indic and Persian digits')
                if (AI_RE.search(text) or FA_RE.search(text)) and re.search(r'[0-9]', text):
                    problem(where, 'mixes Western digits with Arabic-Indic/Persian digits')
            elif AI_RE.search(text) or FA_RE.search(text):
                problem(where, 'English item with Arabic-Indic/Persian digits')
            # ---- claims
            ok_claims = []
            for ci, c in enumerate(claims):
                cw = f'{where} claim {ci + 1}'
                keys = {'text', 'kind', 'value', 'lower', 'upper', 'qualifier', 'unit', 'date'}
                if not isinstance(c, dict) or set(c) != keys:
                    problem(cw, f'claim must have exactly {sorted(keys)}')
                    continue
                cw = f'{where} claim {c["text"]!r}'
                if not isinstance(c['text'], str) or not c['text']:
                    problem(cw, 'empty claim text')
                    continue
                if c['text'] not in text:
                    problem(cw, 'claim text is not a substring of the item')
                    continue
                ok_claims.append(c)
                kind, q, unit = c['kind'], c['qualifier'], c['unit']
                if kind not in KINDS:
                    problem(cw, f'bad kind {kind}')
                    continue
                if q not in QUALS:
                    problem(cw, f'bad qualifier {q}')
                    continue
                for fld in ('value', 'lower', 'upper'):
                    v = c[fld]
                    if v is not None and (not isinstance(v, str) or not DEC_RE.match(v)):
                        problem(cw, f'{fld} must be a decimal string or null, got {v!r}')
                st['claims'] += 1
                st[kind] += 1
                qual_c[q] += 1
                v, lo, hi = dec(c['value']), dec(c['lower']), dec(c['upper'])
                if kind == 'date':
                    if c['value'] or c['lower'] or c['upper'] or q != 'exact' or unit is not None:
                        problem(cw, 'date needs null value/bounds/unit and qualifier exact')
                    if not iso_ok(c['date']):
                        problem(cw, f'bad ISO date {c["date"]!r}')
                        continue
                    if hijri_parts(c['text']) is None:
                        gregorian_check(cw, c)
                    continue
                if c['date'] is not None:
                    problem(cw, 'non-date claim must have date null')
                # units
                if kind == 'money':
                    if not (isinstance(unit, str) and re.match(r'^[A-Z]{3}$', unit)):
                        problem(cw, f'money unit must be a currency code, got {unit!r}')
                    elif unit not in SEED_CURRENCIES:
                        problem(cw, f'unknown currency {unit}')
                    cur_c[unit] += 1
                elif kind == 'percent':
                    if unit not in PERCENT_UNITS:
                        problem(cw, f'bad percent unit {unit!r}')
                    punit_c[unit] += 1
                elif kind == 'measure':
                    if unit not in MEASURE_UNITS:
                        problem(cw, f'bad measure unit {unit!r}')
                    munit_c[unit] += 1
                elif kind == 'duration':
                    if unit not in DURATION_UNITS:
                        problem(cw, f'bad duration unit {unit!r}')
                    dunit_c[unit] += 1
                elif kind == 'count':
                    if unit is not None:
                        problem(cw, 'count takes unit null')
                elif kind == 'year':
                    if unit != 'year':
                        problem(cw, 'year takes unit year')
                # bounds
                if q == 'exact':
                    if v is None or lo != v or hi != v:
                        problem(cw, 'exact needs lower = upper = value')
                elif q == 'approx':
                    if v is None or lo is not None or hi is not None:
                        problem(cw, 'approx needs a value and null bounds')
                elif q in ('more_than', 'at_least'):
                    if v is None or lo != v or hi is not None:
                        problem(cw, f'{q} needs lower = value, upper null')
                elif q in ('less_than', 'at_most'):
                    if v is None or hi != v or lo is not None:
                        problem(cw, f'{q} needs upper = value, lower null')
                elif q == 'range':
                    if v is not None or lo is None or hi is None or not lo < hi:
                        problem(cw, 'range needs null value and lower < upper')
                # scale word vs size
                size = hi if q == 'range' else v
                if size is not None:
                    scale = text_scale(c['text'])
                    if scale and abs(size) < scale:
                        problem(cw, f'scale word of size {scale} but value {size}')
                if kind == 'year':
                    for yv in (v, lo, hi):
                        if yv is not None and not (1300 <= yv <= 2100):
                            problem(cw, f'implausible year {yv}')
                    if hijri_parts('x ' + c['text']) is None and 'هـ' in c['text']:
                        hijri_years += 1
                note_check(cw, c)
            # ---- not_claims
            nc_spans = []
            for nc in nots:
                if not isinstance(nc, dict) or set(nc) != {'text', 'why'} or not nc.get('why'):
                    problem(where, f'not_claim needs text and why: {nc!r}')
                    continue
                if nc['text'] not in text:
                    problem(where, f'not_claim {nc["text"]!r} is not a substring of the item')
                    continue
                nc_spans.extend(occurrences(text, nc['text']) or
                                [(m.start(), m.end()) for m in re.finditer(re.escape(nc['text']), text)])
            if nots:
                st['nc'] += len(nots)
                st['nc_items'] += 1
            # ---- placement
            spans = place(text, ok_claims)
            if spans is None:
                problem(where, 'claims cannot be placed without overlapping')
                spans = []
                placed = []
            else:
                placed = list(zip(ok_claims, spans))
            covered = spans + nc_spans
            for mt in DIGIT_RUN.finditer(text):
                a, b = mt.span()
                if not any(s <= a and b <= e for s, e in covered):
                    problem(where, f'digit run {mt.group(0)!r} at {a} is in no claim or not_claim')
            # ---- weekdays and Hijri dates
            hijri_claims = []
            for c, (s, e) in placed:
                if c['kind'] != 'date' or not iso_ok(c['date']):
                    continue
                hp = hijri_parts(c['text'])
                if hp:
                    hijri_claims.append((s, c, hp))
                before = text[max(0, s - 24):s]
                for wd, rx in WEEKDAY_RE:
                    if rx.search(before):
                        if not re.match(r'^\d{4}-\d{2}-\d{2}$', c['date']):
                            problem(where, f'weekday before {c["text"]!r} but its date has no year/day')
                        else:
                            real = _dt.date.fromisoformat(c['date']).weekday()
                            weekdays_checked += 1
                            if real != wd:
                                problem(where, f'weekday before {c["text"]!r} is wrong: '
                                               f'{c["date"]} is a {EN_WEEKDAYS[real]}')
                        break
            hijri_claims.sort(key=lambda z: z[0])
            greg_dates = {c['date'] for c, _ in placed if c['kind'] == 'date' and not hijri_parts(c['text'])}
            for k, (s, c, (day, mon, yr)) in enumerate(hijri_claims):
                if yr is None:
                    later = [hp for _, _, hp in hijri_claims[k + 1:] if hp[2] is not None]
                    if not later:
                        problem(where, f'Hijri date {c["text"]!r} has no year and none follows')
                        continue
                    yr = later[0][2]
                if day is None:
                    problem(where, f'Hijri date {c["text"]!r} has no day')
                    continue
                try:
                    g = Hijri(yr, mon, day).to_gregorian()
                except Exception as e:  # noqa
                    problem(where, f'Hijri date {c["text"]!r} does not convert: {e}')
                    continue
                hijri_checked += 1
                if c['date'] in greg_dates:
                    hijri_paired += 1
                if g.isoformat() != c['date']:
                    problem(where, f'Hijri date {c["text"]!r} is {g.isoformat()}, not {c["date"]}')

    # ---------------------------------------------------------- report
    cols = ['items', 'claims', 'count', 'money', 'percent', 'measure', 'duration', 'date', 'year']
    print('| lang | ' + ' | '.join(cols) + ' | not_claims |')
    print('|---' * (len(cols) + 2) + '|')
    total = Counter()
    for lang in sorted(stats):
        st = stats[lang]
        total.update(st)
        print(f'| {lang} | ' + ' | '.join(str(st[c]) for c in cols) +
              f' | {st["nc"]} ({st["nc_items"]} items) |')
    print('| total | ' + ' | '.join(str(total[c]) for c in cols) +
          f' | {total["nc"]} ({total["nc_items"]} items) |')
    print()
    ar_items = stats.get('ar', Counter())['items'] or 1
    en_items = stats.get('en', Counter())['items'] or 1
    print(f'Arabic items with Arabic-Indic digits: {script_c["ai"]} ({100 * script_c["ai"] / ar_items:.0f}%)')
    print(f'Arabic items with Persian digits: {script_c["fa"]} ({100 * script_c["fa"] / ar_items:.0f}%)')
    print('  per file (ai/fa): ' + ', '.join(f'{k[:-5]} {v["ai"]}/{v["fa"]}'
                                             for k, v in sorted(per_file_scripts.items()) if k.startswith('ar-')))
    print(f'Items with not_claims: {total["nc_items"]} ({100 * total["nc_items"] / (total["items"] or 1):.0f}%; '
          f'ar {100 * stats.get("ar", Counter())["nc_items"] / ar_items:.0f}%, '
          f'en {100 * stats.get("en", Counter())["nc_items"] / en_items:.0f}%)')
    print(f'Hijri dates checked: {hijri_checked} ({hijri_paired} next to the same Gregorian date); '
          f'bare Hijri years: {hijri_years}; weekdays checked: {weekdays_checked}')
    print()
    for label, cnt in (('Qualifiers', qual_c), ('Percent units', punit_c), ('Currencies', cur_c),
                       ('Measure units', munit_c), ('Duration units', dunit_c)):
        print(f'{label}: ' + ', '.join(f'{k} {v}' for k, v in cnt.most_common()))
    print()
    print(f'Notes for review: {len(notes)}')
    for nline in notes:
        print('  NOTE ' + nline)
    print(f'Problems: {len(problems)}')
    for pline in problems:
        print('  ' + pline)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
