#!/usr/bin/env python3
"""Checks for blind set 5. Run: /work/venv/bin/python validate.py"""
import glob, os, re, sys, datetime
from collections import Counter
import yaml
from hijridate import Hijri

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'count', 'money', 'percent', 'measure', 'duration', 'date', 'year'}
QUALS = {'exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most', 'range'}
PCT_UNITS = {'percent', 'percentage_point', 'basis_point'}
DUR_UNITS = {'second', 'minute', 'hour', 'day', 'week', 'month', 'year'}
MEAS_UNITS = {'tonne', 'tonne_per_year', 'kilogram', 'gram', 'kilometre', 'metre', 'centimetre',
              'square_metre', 'square_kilometre', 'hectare', 'donum', 'feddan', 'litre', 'cubic_metre',
              'cubic_metre_per_second', 'megawatt', 'gigawatt', 'megawatt_hour', 'gigawatt_hour',
              'kilometre_per_hour', 'foot', 'mile', 'barrel', 'barrel_per_day', 'nautical_mile',
              'degree_celsius', 'twenty_foot_equivalent_unit', 'deadweight_tonne', 'gross_tonne',
              'housing_unit_area', 'room_night', 'kilogram_per_year', 'troy_ounce', 'ounce', 'terabit_per_second', 'kilowatt_hour', 'kilowatt_hour_per_year', 'knot', 'cubic_metre_per_day', 'cubic_metre_per_year', 'gallon_per_day', 'millimetre', 'tonne_per_day', 'terabyte',
              'gigabit_per_second', 'seat', 'metre_per_second'}
MEAS_UNITS.discard('housing_unit_area'); MEAS_UNITS.discard('room_night'); MEAS_UNITS.discard('seat')
FIELDS = ['text', 'kind', 'value', 'lower', 'upper', 'qualifier', 'unit', 'date']
DEC = re.compile(r'^-?\d+(\.\d+)?$')
DIGIT = '0-9\u0660-\u0669\u06f0-\u06f9'
RUN = re.compile(r'[%s]+(?:[.,\u066b\u066c][%s]+)*' % (DIGIT, DIGIT))
SCALES = [(r'\btrillion\b|\btn\b|تريليون', 10**12), (r'\bbillion\b|\bbn\b|\bbln\b|مليار', 10**9),
          (r'\bmillion\b|\bmln\b|مليون|ملايين|مليوني', 10**6),
          (r'\bthousand\b|\bthousands\b|ألف|آلاف|ألفا|الف', 10**3)]
WD_EN = {'Monday': 0, 'Tuesday': 1, 'Wednesday': 2, 'Thursday': 3, 'Friday': 4, 'Saturday': 5, 'Sunday': 6}
WD_AR = {'الاثنين': 0, 'الإثنين': 0, 'الثلاثاء': 1, 'الأربعاء': 2, 'الخميس': 3, 'الجمعة': 4, 'السبت': 5, 'الأحد': 6}
HMONTHS = [('محرم', 1), ('صفر', 2), ('ربيع الأول', 3), ('ربيع الآخر', 4), ('ربيع الثاني', 4),
           ('جمادى الأولى', 5), ('جمادى الآخرة', 6), ('جمادى الثانية', 6), ('رجب', 7), ('شعبان', 8),
           ('رمضان', 9), ('شوال', 10), ('ذو القعدة', 11), ('ذي القعدة', 11), ('ذو الحجة', 12), ('ذي الحجة', 12)]
ORD = {'الأول': 1, 'الثاني': 2, 'الثالث': 3, 'الرابع': 4, 'الخامس': 5, 'السادس': 6, 'السابع': 7,
       'الثامن': 8, 'التاسع': 9, 'العاشر': 10}
TR = str.maketrans('٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', '01234567890123456789')

def norm(s):
    return s.translate(TR).replace('\u066b', '.').replace('\u066c', ',')

def problems_for(path, data, P, stats):
    fn = os.path.basename(path)
    lang, topic = data.get('lang'), data.get('topic')
    if fn != f'{lang}-{topic}.yaml':
        P.append(f'{fn}: name does not match lang/topic')
    items = data.get('items') or []
    if not 10 <= len(items) <= 12:
        P.append(f'{fn}: {len(items)} items')
    for n, it in enumerate(items, 1):
        iid = it.get('id')
        if iid != f'{lang}-{topic}-{n:02d}':
            P.append(f'{fn}: id {iid} out of order')
        for k in ('id', 'text', 'claims', 'not_claims'):
            if k not in it:
                P.append(f'{iid}: missing {k}')
        text = it.get('text') or ''
        st = stats[lang]
        st['items'] += 1
        if re.search('[\u0660-\u0669]', text): st['arabic_indic'] += 1
        if re.search('[\u06f0-\u06f9]', text): st['persian'] += 1
        spans = []
        # place claims on non-overlapping occurrences (longest first)
        claims = it.get('claims') or []
        order = sorted(range(len(claims)), key=lambda i: -len(claims[i].get('text', '')))
        for i in order:
            c = claims[i]
            t = c.get('text', '')
            placed = False
            for m in re.finditer(re.escape(t), text):
                s, e = m.span()
                if all(e <= a or s >= b for a, b in spans):
                    spans.append((s, e)); placed = True; c['_span'] = (s, e); break
            if not placed:
                P.append(f'{iid}: claim text not placeable: {t!r}')
        covered = list(spans)
        for nc in it.get('not_claims') or []:
            t = nc.get('text', '')
            if not nc.get('why'):
                P.append(f'{iid}: not_claim without why')
            occ = [m.span() for m in re.finditer(re.escape(t), text)]
            if not occ:
                P.append(f'{iid}: not_claim text not found: {t!r}')
            covered += occ
            st['not_claims'] += 1
        if it.get('not_claims'):
            st['nc_items'] += 1
        for m in RUN.finditer(text):
            s, e = m.span()
            if not any(a <= s and e <= b for a, b in covered):
                P.append(f'{iid}: digits not covered: {m.group()!r}')
        for c in claims:
            for f in FIELDS:
                if f not in c:
                    P.append(f'{iid}: claim {c.get("text")!r} missing {f}')
            check_claim(iid, c, P, st)
            check_weekday_hijri(iid, text, c, P)

def check_claim(iid, c, P, st):
    t, k, v, lo, hi, q, u, d = (c.get(f) for f in FIELDS)
    st['claims'] += 1
    st[k] += 1
    st['q_' + str(q)] += 1
    for name, x in (('value', v), ('lower', lo), ('upper', hi)):
        if x is not None and (not isinstance(x, str) or not DEC.match(x)):
            P.append(f'{iid}: {name} {x!r} not a decimal string')
    if k not in KINDS: P.append(f'{iid}: bad kind {k}')
    if q not in QUALS: P.append(f'{iid}: bad qualifier {q}')
    if k == 'money':
        if not (isinstance(u, str) and re.fullmatch('[A-Z]{3}', u)): P.append(f'{iid}: bad currency {u}')
        else: st['cur_' + u] += 1
    elif k == 'percent':
        if u not in PCT_UNITS: P.append(f'{iid}: bad percent unit {u}')
        st['unit_' + str(u)] += 1
    elif k == 'duration':
        if u not in DUR_UNITS: P.append(f'{iid}: bad duration unit {u}')
    elif k == 'measure':
        if u not in MEAS_UNITS: P.append(f'{iid}: bad measure unit {u}')
        st['unit_' + str(u)] += 1
    elif k == 'count':
        if u is not None: P.append(f'{iid}: count with unit {u}')
    elif k == 'year':
        if u != 'year': P.append(f'{iid}: year unit {u}')
    if k == 'date':
        if v is not None or lo is not None or hi is not None or q != 'exact' or u is not None:
            P.append(f'{iid}: date {t!r} must have null value/bounds/unit and exact')
        if not isinstance(d, str): P.append(f'{iid}: date {t!r} without ISO date')
        else:
            try:
                if re.fullmatch(r'\d{4}-\d{2}-\d{2}', d): datetime.date.fromisoformat(d)
                elif re.fullmatch(r'\d{4}-\d{2}', d): assert 1 <= int(d[5:]) <= 12
                elif re.fullmatch(r'--\d{2}', d): assert 1 <= int(d[2:]) <= 12
                elif re.fullmatch(r'--\d{2}-\d{2}', d): datetime.date.fromisoformat('2024' + d[1:])
                else: raise ValueError
            except Exception:
                P.append(f'{iid}: bad ISO date {d!r}')
        return
    if d is not None: P.append(f'{iid}: non-date claim with date {d!r}')
    if q == 'exact':
        if v is None or lo != v or hi != v: P.append(f'{iid}: exact bounds wrong for {t!r}')
    elif q == 'approx':
        if v is None or lo is not None or hi is not None: P.append(f'{iid}: approx bounds wrong for {t!r}')
    elif q in ('more_than', 'at_least'):
        if v is None or lo != v or hi is not None: P.append(f'{iid}: lower bound wrong for {t!r}')
    elif q in ('less_than', 'at_most'):
        if v is None or hi != v or lo is not None: P.append(f'{iid}: upper bound wrong for {t!r}')
    elif q == 'range':
        if v is not None or lo is None or hi is None or float(lo) > float(hi):
            P.append(f'{iid}: range bounds wrong for {t!r}')
    ref = v if v is not None else lo
    if ref is not None and k not in ('year',):
        nt = norm(t)
        for pat, size in SCALES:
            if re.search(pat, nt):
                if float(ref) < size: P.append(f'{iid}: scale word in {t!r} but value {ref}')
                break

def check_weekday_hijri(iid, text, c, P):
    if c.get('kind') != 'date' or '_span' not in c: return
    d = c.get('date') or ''
    s, e = c['_span']
    if re.fullmatch(r'\d{4}-\d{2}-\d{2}', d):
        real = datetime.date.fromisoformat(d)
        before = text[max(0, s - 22):s]
        for name, wd in list(WD_EN.items()) + list(WD_AR.items()):
            if re.search(re.escape(name) + r'[\s,،]*(?:the\s|يوم\s|الموافق\s)?$', before) or re.search(re.escape(name) + r'\s*$', before.rstrip(' ,،')):
                if real.weekday() != wd:
                    P.append(f'{iid}: weekday {name} does not match {d}')
        t = norm(c['text'])
        if 'هـ' in t:
            hm = None
            for name, num in HMONTHS:
                if name in t: hm = num
            ys = re.findall(r'(\d{4})', t)
            dm = re.match(r'\s*(\d{1,2})\b', t)
            day = int(dm.group(1)) if dm else None
            if day is None:
                for w, n in ORD.items():
                    if t.strip().startswith(w): day = n
            if hm is None or not ys or day is None:
                P.append(f'{iid}: cannot parse Hijri date {c["text"]!r}')
            else:
                g = Hijri(int(ys[-1]), hm, day).to_gregorian()
                if g.isoformat() != d:
                    P.append(f'{iid}: Hijri {c["text"]!r} is {g.isoformat()}, not {d}')
                else:
                    STATS_H[0] += 1

STATS_H = [0]

def main():
    P = []
    stats = {'ar': Counter(), 'en': Counter()}
    files = sorted(glob.glob(os.path.join(HERE, '*.yaml')))
    for f in files:
        try:
            with open(f, encoding='utf-8') as fh:
                data = yaml.safe_load(fh)
        except Exception as ex:
            P.append(f'{os.path.basename(f)}: does not parse: {ex}'); continue
        problems_for(f, data, P, stats)
    cols = ['items', 'claims', 'count', 'money', 'percent', 'measure', 'duration', 'date', 'year']
    print(f'{len(files)} files')
    print('| lang | ' + ' | '.join(cols) + ' | not_claims |')
    print('|---' * (len(cols) + 2) + '|')
    tot = Counter()
    for lang in ('ar', 'en'):
        st = stats[lang]; tot.update(st)
        print(f'| {lang} | ' + ' | '.join(str(st[c]) for c in cols) + f' | {st["not_claims"]} ({st["nc_items"]} items) |')
    print('| total | ' + ' | '.join(str(tot[c]) for c in cols) + f' | {tot["not_claims"]} ({tot["nc_items"]} items) |')
    print(f'Arabic items with Arabic-Indic digits: {stats["ar"]["arabic_indic"]}, Persian digits: {stats["ar"]["persian"]}')
    print(f'Hijri dates checked: {STATS_H[0]}')
    for pre, label in (('q_', 'Qualifiers'), ('cur_', 'Currencies'), ('unit_', 'Units (percent, measure)')):
        items = sorted(((k[len(pre):], v) for k, v in tot.items() if k.startswith(pre)), key=lambda x: -x[1])
        print(label + ': ' + ', '.join(f'{k} {v}' for k, v in items))
    print(f'{len(P)} problems')
    for p in P: print('  ' + p)
    return 1 if P else 0

if __name__ == '__main__':
    sys.exit(main())
