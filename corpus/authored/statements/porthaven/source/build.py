#!/usr/bin/env python3
"""Build provision.jsonl and outcomes.jsonl from the marked-up sources in src/.
Markup: {keys:text} where keys are letters. Provision: w what, o who, f frequency,
d duration, g group, r review. Outcomes: s subject, b behaviour, c criterion, t time.
Line prefix: provision S (specific) / N (not specific) / X (not an item);
outcomes O (outcome) / P (provision in disguise) / X (not an item). ' ## ' starts a note.
'@F' etc sets the section."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
PK = {'w': 'what', 'o': 'who', 'f': 'frequency', 'd': 'duration', 'g': 'group', 'r': 'review'}
OK = {'s': 'subject', 'b': 'behaviour', 'c': 'criterion', 't': 'time'}
PAT = re.compile(r'\{([a-z]+):([^{}]*)\}')

def parse(line, keymap):
    spans = {v: [] for v in keymap.values()}
    def rep(m):
        for k in m.group(1):
            if k not in keymap:
                raise ValueError(f'bad key {k} in {line!r}')
            spans[keymap[k]].append(m.group(2))
        return m.group(2)
    text = PAT.sub(rep, line)
    if '{' in text or '}' in text:
        raise ValueError(f'unbalanced markup: {line!r}')
    return text, spans

def read_src(name):
    sec = None
    for raw in open(os.path.join(HERE, 'src', name), encoding='utf-8'):
        raw = raw.rstrip('\n')
        if not raw.strip() or raw.startswith('#'):
            continue
        if raw.startswith('@'):
            sec = raw[1:].strip(); continue
        code, rest = raw[0], raw[2:]
        note = None
        if ' ## ' in rest:
            rest, note = rest.split(' ## ', 1)
        yield sec, code, rest.strip(), note

def build_prov():
    out = []
    for sec, code, body, note in read_src('provision.txt'):
        text, spans = parse(body, PK)
        item = code != 'X'
        if not item:
            spans = {k: [] for k in spans}
        rec = {'id': f'porthaven-p{len(out)+1:03d}', 'section': sec, 'text': text, 'item': item,
               'specific': code == 'S',
               'has_what': bool(spans['what']), 'has_who': bool(spans['who']),
               'has_frequency': bool(spans['frequency']), 'has_duration': bool(spans['duration']),
               'has_group_size': bool(spans['group']), 'note': note, 'spans': spans}
        out.append(rec)
    return out

def build_out():
    out = []
    for sec, code, body, note in read_src('outcomes.txt'):
        text, spans = parse(body, OK)
        item = code != 'X'
        if not item:
            spans = {k: [] for k in spans}
        prov = code == 'P'
        spec = item and not prov and bool(spans['subject']) and bool(spans['behaviour'])
        meas = item and not prov and bool(spans['criterion'])
        tb = item and bool(spans['time'])
        rec = {'id': f'porthaven-o{len(out)+1:03d}', 'section': sec or 'E', 'text': text, 'item': item,
               'smart': spec and meas and tb and not prov, 'specific': spec, 'measurable': meas,
               'time_bound': tb, 'is_provision_not_outcome': prov, 'note': note, 'spans': spans}
        out.append(rec)
    return out

if __name__ == '__main__':
    for fn, recs in (('provision.jsonl', build_prov()), ('outcomes.jsonl', build_out())):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
        print(fn, len(recs))
