#!/usr/bin/env python3
"""Self-check for ferrydale provision.jsonl and outcomes.jsonl (see brief, item 4)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(i, m): errors.append(f"{i}: {m}")
P_SPANS = {"what": "has_what", "who": "has_who", "frequency": "has_frequency", "duration": "has_duration", "group": "has_group_size", "review": None}
O_SPANS = ["subject", "behaviour", "criterion", "time"]
BASE = {"id", "section", "text", "item", "note"}
TRIG = re.compile(r"access to|opportunit|regular|as required|as needed|when needed|as appropriate|where appropriate|where possible|up to|or equivalent|such as|e\.g\.|etc\.|may benefit|would benefit|would be (helpful|useful)|it is recommended|should|could|encouraged to|support (with|from)|input from|interventions|small group|key adult|high level of support|school staff|the setting will|subject to review|frequent|initially", re.I)

def load(name, prefix):
    rows = []
    for n, line in enumerate(open(os.path.join(HERE, name), encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"{name}:{n}", f"does not parse: {e}"); continue
        if r.get("id") != f"ferrydale-{prefix}{n:03d}":
            err(f"{name}:{n}", f"id {r.get('id')} out of sequence")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err(r.get("id"), "empty text")
        if "{" in r.get("text", "") or "}" in r.get("text", ""):
            err(r["id"], "markup left in text")
        rows.append(r)
    return rows

prov = load("provision.jsonl", "p")
outc = load("outcomes.jsonl", "o")
for r in prov:
    i = r["id"]
    if r["section"] not in ("F", "G", "H1", "H2"): err(i, "bad section")
    if r["item"] is False:
        if set(r) - BASE: err(i, f"non-item carries {sorted(set(r) - BASE)}")
        continue
    sp = r.get("spans", {})
    if set(sp) != set(P_SPANS): err(i, "span keys wrong")
    for k, flag in P_SPANS.items():
        for s in sp.get(k, []):
            if s not in r["text"]: err(i, f"{k} span not in text: {s!r}")
        if flag and r[flag] != bool(sp.get(k)): err(i, f"{flag} disagrees with spans")
    if r["specific"] and not (r["has_what"] and r["has_who"] and r["has_frequency"]):
        err(i, "specific without what/who/frequency")
for r in outc:
    i = r["id"]
    if r["section"] != "E": err(i, "bad section")
    if r["item"] is False:
        if set(r) - BASE: err(i, f"non-item carries {sorted(set(r) - BASE)}")
        continue
    sp = r.get("spans", {})
    if set(sp) != set(O_SPANS): err(i, "span keys wrong")
    for k in O_SPANS:
        for s in sp.get(k, []):
            if s not in r["text"]: err(i, f"{k} span not in text: {s!r}")
    if r["measurable"] != bool(sp["criterion"]): err(i, "measurable disagrees with criterion spans")
    if r["time_bound"] != bool(sp["time"]): err(i, "time_bound disagrees with time spans")
    if r["specific"] and not (sp["subject"] and sp["behaviour"]): err(i, "specific without subject/behaviour spans")
    want = r["specific"] and r["measurable"] and r["time_bound"] and not r["is_provision_not_outcome"]
    if r["smart"] != want: err(i, "smart != specific & measurable & time_bound & not provision")
    if r["is_provision_not_outcome"] and (r["specific"] or r["measurable"]): err(i, "provision in disguise marked specific/measurable")

print(f"provision.jsonl: {len(prov)} lines; outcomes.jsonl: {len(outc)} lines")
pc = Counter(r["section"] for r in prov); print("provision by section:", dict(pc))
pi = [r for r in prov if r["item"]]
print(f"provision items {len(pi)}, non-items {len(prov)-len(pi)} ({(len(prov)-len(pi))/len(prov):.0%}), specific {sum(r['specific'] for r in pi)}, not specific {sum(not r['specific'] for r in pi)}")
for f in ["has_what", "has_who", "has_frequency", "has_duration", "has_group_size"]:
    print(f"  {f}: {sum(r[f] for r in pi)}")
for s in ["F", "G", "H1", "H2"]:
    it = [r for r in pi if r["section"] == s]
    print(f"  {s}: items {len(it)}, specific {sum(r['specific'] for r in it)}, non-items {pc[s]-len(it)}")
oi = [r for r in outc if r["item"]]
print(f"outcome items {len(oi)}, non-items {len(outc)-len(oi)} ({(len(outc)-len(oi))/len(outc):.0%})")
for f in ["smart", "specific", "measurable", "time_bound", "is_provision_not_outcome"]:
    print(f"  {f}: {sum(r[f] for r in oi)}")
print(f"specific provision items containing a trigger word: {sum(1 for r in pi if r['specific'] and TRIG.search(r['text']))}")
print(f"non-specific provision items with no trigger word: {sum(1 for r in pi if not r['specific'] and not TRIG.search(r['text']))}")
print(f"lines with a note: {sum(1 for r in prov + outc if r.get('note'))}")
print("ERRORS:", len(errors))
for e in errors: print("  ", e)
sys.exit(1 if errors else 0)
