#!/usr/bin/env python3
"""Self-check for kestrel provision.jsonl / outcomes.jsonl (brief, item 4)."""
import json, sys, os, collections
D = os.path.dirname(os.path.abspath(__file__))
errs = []
def load(name):
    rows = []
    with open(os.path.join(D, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try: rows.append(json.loads(line))
            except Exception as e: errs.append(f"{name}:{n}: does not parse: {e}")
    return rows
P = load("provision.jsonl"); O = load("outcomes.jsonl")
PF = ["specific", "has_what", "has_who", "has_frequency", "has_duration", "has_group_size"]
OF = ["smart", "specific", "measurable", "time_bound", "is_provision_not_outcome"]
PMAP = {"has_what": "what", "has_who": "who", "has_frequency": "frequency", "has_duration": "duration", "has_group_size": "group"}
ids = set()
def common(r, prefix, keys, where):
    if r.get("id") in ids: errs.append(f"{where}: duplicate id")
    ids.add(r.get("id"))
    if not str(r.get("id", "")).startswith(prefix): errs.append(f"{where}: bad id")
    for k in ["section", "text", "item", "note", "spans"]:
        if k not in r: errs.append(f"{where}: missing {k}")
    sp = r.get("spans", {})
    if set(sp) != set(keys): errs.append(f"{where}: span keys {sorted(sp)}")
    for k, v in sp.items():
        for s in v:
            if not s or s not in r["text"]: errs.append(f"{where}: span {k}={s!r} not a substring of text")
for n, r in enumerate(P, 1):
    wh = f"provision {r.get('id', n)}"
    common(r, "kestrel-p", ["what", "who", "frequency", "duration", "group", "review"], wh)
    if r["section"] not in ("F", "G", "H1", "H2"): errs.append(f"{wh}: bad section")
    if not r["item"]:
        if any(k in r for k in PF): errs.append(f"{wh}: non-item carries flags")
        if any(r["spans"].values()): errs.append(f"{wh}: non-item carries spans")
        continue
    for k in PF:
        if not isinstance(r.get(k), bool): errs.append(f"{wh}: {k} not bool")
    for f, s in PMAP.items():
        if r[f] != bool(r["spans"][s]): errs.append(f"{wh}: {f}={r[f]} but spans[{s}]={r['spans'][s]}")
    if r["specific"] and not (r["has_what"] and r["has_who"] and r["has_frequency"]):
        errs.append(f"{wh}: specific without what/who/frequency")
for n, r in enumerate(O, 1):
    wh = f"outcome {r.get('id', n)}"
    common(r, "kestrel-o", ["subject", "behaviour", "criterion", "time"], wh)
    if r["section"] != "E": errs.append(f"{wh}: bad section")
    if not r["item"]:
        if any(k in r for k in OF): errs.append(f"{wh}: non-item carries flags")
        if any(r["spans"].values()): errs.append(f"{wh}: non-item carries spans")
        continue
    for k in OF:
        if not isinstance(r.get(k), bool): errs.append(f"{wh}: {k} not bool")
    sp = r["spans"]
    if r["time_bound"] != bool(sp["time"]): errs.append(f"{wh}: time_bound vs spans")
    if r["measurable"] != bool(sp["criterion"]): errs.append(f"{wh}: measurable vs spans")
    if r["specific"] != (bool(sp["subject"]) and bool(sp["behaviour"])): errs.append(f"{wh}: specific vs spans")
    if r["smart"] != (r["specific"] and r["measurable"] and r["time_bound"] and not r["is_provision_not_outcome"]):
        errs.append(f"{wh}: smart formula")
    if r["is_provision_not_outcome"] and (r["specific"] or r["measurable"]):
        errs.append(f"{wh}: provision-in-disguise marked specific/measurable")
# report
c = collections.Counter
print(f"provision.jsonl: {len(P)} lines; outcomes.jsonl: {len(O)} lines")
print("provision by section:", dict(c(r['section'] for r in P)))
pi = [r for r in P if r["item"]]
print(f"provision non-items: {len(P)-len(pi)} ({(len(P)-len(pi))/len(P):.1%}); items: {len(pi)}; specific: {sum(r['specific'] for r in pi)}; not specific: {sum(not r['specific'] for r in pi)}")
for sec in ("F", "G", "H1", "H2"):
    s = [r for r in P if r["section"] == sec]; si = [r for r in s if r["item"]]
    print(f"  {sec}: lines {len(s)}, non-items {len(s)-len(si)}, specific {sum(r['specific'] for r in si)}, not specific {sum(not r['specific'] for r in si)}")
for k in PF[1:]:
    print(f"  {k}: {sum(r[k] for r in pi)}")
oi = [r for r in O if r["item"]]
print(f"outcome non-items: {len(O)-len(oi)} ({(len(O)-len(oi))/len(O):.1%}); items: {len(oi)}")
for k in OF:
    print(f"  {k}: {sum(r[k] for r in oi)}")
print(f"notes: provision {sum(1 for r in P if r['note'])}, outcomes {sum(1 for r in O if r['note'])}")
if len(P) < 340: errs.append("fewer than 340 provision lines")
if len(O) < 170: errs.append("fewer than 170 outcome lines")
print("ERRORS:", len(errs))
for e in errs: print("  ", e)
sys.exit(1 if errs else 0)
