#!/usr/bin/env python3
"""Independent self-check of provision.jsonl and outcomes.jsonl (reads only the jsonl files)."""
import json, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
errs, warns = [], []
PFL = {'what': 'has_what', 'who': 'has_who', 'frequency': 'has_frequency',
       'duration': 'has_duration', 'group': 'has_group_size'}
def load(fn):
    recs = []
    for i, line in enumerate(open(os.path.join(HERE, fn), encoding='utf-8'), 1):
        try:
            recs.append(json.loads(line))
        except Exception as e:
            errs.append(f'{fn}:{i} does not parse: {e}')
    return recs
prov, outc = load('provision.jsonl'), load('outcomes.jsonl')
for name, recs in (('provision', prov), ('outcomes', outc)):
    ids = [r['id'] for r in recs]
    if len(set(ids)) != len(ids): errs.append(f'{name}: duplicate ids')
    texts = collections.Counter(r['text'] for r in recs)
    for t, n in texts.items():
        if n > 1: warns.append(f'{name}: text repeated {n}x: {t[:60]}')
    for r in recs:
        for k, lst in r['spans'].items():
            for s in lst:
                if not s or s not in r['text']:
                    errs.append(f"{r['id']}: span {k}={s!r} not a substring")
        if not r['text'].strip(): errs.append(f"{r['id']}: empty text")
for r in prov:
    rid = r['id']
    if r['section'] not in ('F', 'G', 'H1', 'H2'): errs.append(f'{rid}: bad section')
    req = ['id','section','text','item','specific','has_what','has_who','has_frequency','has_duration','has_group_size','note','spans']
    for k in req:
        if k not in r: errs.append(f'{rid}: missing {k}')
    for sk, fl in PFL.items():
        if r[fl] != bool(r['spans'][sk]): errs.append(f'{rid}: {fl} disagrees with spans')
    if not r['item']:
        if any(r[f] for f in ['specific'] + list(PFL.values())) or any(r['spans'].values()):
            errs.append(f'{rid}: non-item carries flags/spans')
    if r['specific'] and not (r['has_what'] and r['has_who'] and r['has_frequency']):
        errs.append(f'{rid}: specific without what/who/frequency')
    if r['specific'] and not r['has_duration'] and not r['note']:
        warns.append(f'{rid}: specific without duration and without a note (check exemption)')
for r in outc:
    rid = r['id']
    if r['section'] != 'E': errs.append(f'{rid}: bad section')
    if r['smart'] != (r['specific'] and r['measurable'] and r['time_bound'] and not r['is_provision_not_outcome']):
        errs.append(f'{rid}: smart formula broken')
    if r['measurable'] != bool(r['spans']['criterion']): errs.append(f'{rid}: measurable vs criterion span')
    if r['time_bound'] != bool(r['spans']['time']): errs.append(f'{rid}: time_bound vs time span')
    if r['specific'] and not (r['spans']['subject'] and r['spans']['behaviour']):
        errs.append(f'{rid}: specific without subject/behaviour span')
    if r['is_provision_not_outcome'] and (r['specific'] or r['measurable']):
        errs.append(f'{rid}: provision-in-disguise must be specific=measurable=false')
    if not r['item']:
        if any(r[f] for f in ('smart','specific','measurable','time_bound','is_provision_not_outcome')) or any(r['spans'].values()):
            errs.append(f'{rid}: non-item carries flags/spans')
# counts
def cnt(recs, keys):
    c = collections.Counter()
    for r in recs:
        for k in keys:
            if r.get(k): c[k] += 1
    return c
print(f'provision lines: {len(prov)}  by section: {dict(collections.Counter(r["section"] for r in prov))}')
items = [r for r in prov if r['item']]
print(f'  items: {len(items)}  non-items: {len(prov)-len(items)}  specific: {sum(r["specific"] for r in items)}  not specific: {sum(not r["specific"] for r in items)}')
for sec in ('F','G','H1','H2'):
    s = [r for r in items if r['section']==sec]
    print(f'  {sec}: items {len(s)}, specific {sum(r["specific"] for r in s)}, non-items {sum(1 for r in prov if r["section"]==sec and not r["item"])}')
print('  flags true among items:', dict(cnt(items, ['has_what','has_who','has_frequency','has_duration','has_group_size'])))
oi = [r for r in outc if r['item']]
print(f'outcome lines: {len(outc)}  items: {len(oi)}  non-items: {len(outc)-len(oi)}')
print('  flags true among items:', dict(cnt(oi, ['smart','specific','measurable','time_bound','is_provision_not_outcome'])))
print(f'errors: {len(errs)}  warnings: {len(warns)}')
for e in errs: print('ERROR', e)
for w in warns: print('WARN', w)
sys.exit(1 if errs else 0)
