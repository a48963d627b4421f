#!/usr/bin/env python3
"""Self-check for the ashvale statement set. Reads the JSONL files only."""
import json, sys, collections
D = __file__.rsplit('/', 1)[0] or '.'
errs = []
PF = ["what", "who", "frequency", "duration", "group", "review"]
FLAG = {"what": "has_what", "who": "has_who", "frequency": "has_frequency",
        "duration": "has_duration", "group": "has_group_size"}
PKEYS = {"id", "section", "text", "item", "specific", "has_what", "has_who", "has_frequency",
         "has_duration", "has_group_size", "note", "spans"}
OKEYS = {"id", "section", "text", "item", "smart", "specific", "measurable", "time_bound",
         "is_provision_not_outcome", "note", "spans"}

def load(name):
    rows = []
    with open(f"{D}/{name}") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errs.append(f"{name}:{n} does not parse: {e}")
    return rows

prov, outc = load("provision.jsonl"), load("outcomes.jsonl")
ids = [r["id"] for r in prov + outc]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
texts = collections.Counter(r["text"] for r in prov + outc if r["item"])
for t, c in texts.items():
    if c > 1: errs.append(f"duplicate item text x{c}: {t[:60]}")
dup_heads = sum(c - 1 for t, c in collections.Counter(r["text"] for r in prov + outc if not r["item"]).items() if c > 1)

for r in prov:
    i = r["id"]
    if set(r) != PKEYS: errs.append(f"{i} keys {sorted(set(r) ^ PKEYS)}")
    if r["section"] not in ("F", "G", "H1", "H2"): errs.append(f"{i} section {r['section']}")
    sp = r["spans"]
    if set(sp) != set(PF): errs.append(f"{i} span keys")
    for k in PF:
        for s in sp[k]:
            if s not in r["text"]: errs.append(f"{i} {k} span not in text: {s!r}")
    for k, f in FLAG.items():
        if r[f] != bool(sp[k]): errs.append(f"{i} {f}={r[f]} but {k} spans {sp[k]}")
    if not r["item"]:
        if any(r[f] for f in FLAG.values()) or r["specific"] or any(sp[k] for k in PF):
            errs.append(f"{i} non-item carries flags/spans")
    if r["specific"] and not (r["has_what"] and r["has_who"] and r["has_frequency"]):
        errs.append(f"{i} specific without what/who/frequency")

for r in outc:
    i = r["id"]
    if set(r) != OKEYS: errs.append(f"{i} keys {sorted(set(r) ^ OKEYS)}")
    if r["section"] != "E": errs.append(f"{i} section")
    sp = r["spans"]
    if set(sp) != {"subject", "behaviour", "criterion", "time"}: errs.append(f"{i} span keys")
    for k, v in sp.items():
        for s in v:
            if s not in r["text"]: errs.append(f"{i} {k} span not in text: {s!r}")
    if r["specific"] != (bool(sp["subject"]) and bool(sp["behaviour"])): errs.append(f"{i} specific vs subject/behaviour spans")
    if r["measurable"] != bool(sp["criterion"]): errs.append(f"{i} measurable vs criterion spans")
    if r["time_bound"] != bool(sp["time"]): errs.append(f"{i} time_bound vs time spans")
    want = r["specific"] and r["measurable"] and r["time_bound"] and not r["is_provision_not_outcome"]
    if r["smart"] != want: errs.append(f"{i} smart inconsistent")
    if r["is_provision_not_outcome"] and (r["specific"] or r["measurable"]):
        errs.append(f"{i} provision-in-disguise marked specific/measurable")
    if not r["item"] and (r["smart"] or r["specific"] or r["measurable"] or r["time_bound"]
                          or r["is_provision_not_outcome"] or any(sp.values())):
        errs.append(f"{i} non-item carries flags/spans")

def pct(a, b): return f"{100*a/b:.0f}%" if b else "-"
print(f"provision lines: {len(prov)}")
for sec in ("F", "G", "H1", "H2"):
    rs = [r for r in prov if r["section"] == sec]; it = [r for r in rs if r["item"]]
    print(f"  {sec}: {len(rs)} lines, {len(rs)-len(it)} non-items, {len(it)} items "
          f"({sum(r['specific'] for r in it)} specific, {len(it)-sum(r['specific'] for r in it)} not)")
it = [r for r in prov if r["item"]]
print(f"  non-items {len(prov)-len(it)} ({pct(len(prov)-len(it), len(prov))}); items {len(it)}, specific {sum(r['specific'] for r in it)} ({pct(sum(r['specific'] for r in it), len(it))})")
for f in list(FLAG.values()):
    print(f"  {f}: {sum(r[f] for r in it)}")
print(f"  items with a review span: {sum(bool(r['spans']['review']) for r in it)}")
oi = [r for r in outc if r["item"]]
print(f"outcome lines: {len(outc)}; non-items {len(outc)-len(oi)} ({pct(len(outc)-len(oi), len(outc))}); items {len(oi)}")
for f in ("smart", "specific", "measurable", "time_bound", "is_provision_not_outcome"):
    print(f"  {f}: {sum(r[f] for r in oi)}")
print(f"  all-false items (aspirations / vague): {sum(not any(r[f] for f in ('smart','specific','measurable','time_bound','is_provision_not_outcome')) for r in oi)}")
print(f"repeated non-item lines (shared headings, allowed): {dup_heads}")
print(f"notes: provision {sum(bool(r['note']) for r in prov)}, outcomes {sum(bool(r['note']) for r in outc)}")
if errs:
    print(f"ERRORS ({len(errs)}):"); [print("  " + e) for e in errs]; sys.exit(1)
print("ALL CHECKS PASSED")
