#!/usr/bin/env python3
"""Self-check for provision.jsonl and outcomes.jsonl (hollinsfield set)."""
import json, re, sys, collections, os
here = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(i, m): errors.append(f"{i}: {m}")

PFLAGS = {'has_what':'what','has_who':'who','has_frequency':'frequency','has_duration':'duration','has_group_size':'group'}
PSPANS = ['what','who','frequency','duration','group','review']
OSPANS = ['subject','behaviour','criterion','time']
OFLAGS = ['smart','specific','measurable','time_bound','is_provision_not_outcome']

def load(fn):
    out=[]
    for n, line in enumerate(open(os.path.join(here, fn), encoding='utf-8'), 1):
        try: out.append(json.loads(line))
        except Exception as e: err(f"{fn}:{n}", f"does not parse: {e}")
    return out

prov = load('provision.jsonl'); outc = load('outcomes.jsonl')
seen=set()
for k, r in enumerate(prov, 1):
    i = r.get('id')
    if i != f"hollinsfield-p{k:03d}": err(i, "id out of sequence")
    if i in seen: err(i, "duplicate id")
    seen.add(i)
    if r.get('section') not in ('F','G','H1','H2'): err(i, "bad section")
    for key in ['text','item','specific','note','spans',*PFLAGS]:
        if key not in r: err(i, f"missing {key}")
    sp = r.get('spans', {})
    if set(sp) != set(PSPANS): err(i, f"span keys {sorted(sp)}")
    for s_key, lst in sp.items():
        for s in lst:
            if not s or s not in r['text']: err(i, f"span {s_key} not a substring: {s!r}")
    if not r['item']:
        if any(r[f] for f in ['specific', *PFLAGS]): err(i, "non-item carries a flag")
        if any(sp.values()): err(i, "non-item carries spans")
        continue
    for f, s_key in PFLAGS.items():
        if r[f] != bool(sp[s_key]): err(i, f"{f}={r[f]} but spans[{s_key}]={sp[s_key]}")
    if r['specific'] and not (r['has_what'] and r['has_who'] and r['has_frequency']):
        err(i, "specific without what+who+frequency")

for k, r in enumerate(outc, 1):
    i = r.get('id')
    if i != f"hollinsfield-o{k:03d}": err(i, "id out of sequence")
    if i in seen: err(i, "duplicate id")
    seen.add(i)
    if r.get('section') != 'E': err(i, "bad section")
    for key in ['text','item','note','spans',*OFLAGS]:
        if key not in r: err(i, f"missing {key}")
    sp = r.get('spans', {})
    if set(sp) != set(OSPANS): err(i, f"span keys {sorted(sp)}")
    for s_key, lst in sp.items():
        for s in lst:
            if not s or s not in r['text']: err(i, f"span {s_key} not a substring: {s!r}")
    if not r['item']:
        if any(r[f] for f in OFLAGS): err(i, "non-item carries a flag")
        if any(sp.values()): err(i, "non-item carries spans")
        continue
    if r['specific'] != (bool(sp['subject']) and bool(sp['behaviour'])): err(i, "specific disagrees with subject+behaviour spans")
    if r['measurable'] != bool(sp['criterion']): err(i, "measurable disagrees with criterion spans")
    if r['time_bound'] != bool(sp['time']): err(i, "time_bound disagrees with time spans")
    want = r['specific'] and r['measurable'] and r['time_bound'] and not r['is_provision_not_outcome']
    if r['smart'] != want: err(i, "smart != specific and measurable and time_bound and not provision")
    if r['is_provision_not_outcome'] and (r['specific'] or r['measurable']): err(i, "provision-in-disguise marked specific/measurable")

# counts
def counts(rs, flags):
    c = collections.Counter(); sec = collections.Counter()
    for r in rs:
        sec[r['section']] += 1
        if not r['item']: c['item=false'] += 1; continue
        c['item=true'] += 1
        for f in flags:
            if r[f]: c[f] += 1
    return sec, c
ps, pc = counts(prov, ['specific', *PFLAGS]); os_, oc = counts(outc, OFLAGS)
print(f"provision.jsonl: {len(prov)} lines; by section {dict(ps)}")
print("  " + ", ".join(f"{k} {v}" for k, v in pc.items()))
print(f"  specific share of items: {pc['specific']/pc['item=true']:.0%}; non-items: {pc['item=false']/len(prov):.0%}")
print(f"outcomes.jsonl: {len(outc)} lines")
print("  " + ", ".join(f"{k} {v}" for k, v in oc.items()))
print(f"  smart share of items: {oc['smart']/oc['item=true']:.0%}; non-items: {oc['item=false']/len(outc):.0%}")
trig = re.compile(r"access to|opportunit|regular|as required|as needed|when needed|as appropriate|where appropriate|where possible|up to|or equivalent|such as|e\.g\.|etc\.|benefit from|recommended|should|could|encouraged|support|input|interventions|small group|key adult|frequent|subject to review|initially", re.I)
sp_trig = sum(1 for r in prov if r['item'] and r['specific'] and trig.search(r['text']))
ns_notrig = sum(1 for r in prov if r['item'] and not r['specific'] and not trig.search(r['text']))
print(f"  specific provision items containing a trigger word: {sp_trig}; non-specific items with no trigger word: {ns_notrig}")
print(f"checks: {'PASS' if not errors else 'FAIL'} ({len(errors)} errors)")
for e in errors: print("  " + e)
sys.exit(1 if errors else 0)
