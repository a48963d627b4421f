#!/usr/bin/env python3
"""Self-check for the elmstead statement set: provision.jsonl and outcomes.jsonl."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PFLAGS = ["specific", "has_what", "has_who", "has_frequency", "has_duration", "has_group_size"]
OFLAGS = ["smart", "specific", "measurable", "time_bound", "is_provision_not_outcome"]
PSPAN = {"what": "has_what", "who": "has_who", "frequency": "has_frequency",
         "duration": "has_duration", "group": "has_group_size", "review": None}
OSPAN = ["subject", "behaviour", "criterion", "time"]
TRIGGERS = ["access to", "opportunit", "regular", "as required", "as needed", "when needed",
            "as appropriate", "where appropriate", "where possible", "up to", "or equivalent",
            "such as", "e.g.", "etc", "may benefit", "would benefit", "would be helpful",
            "would be useful", "it is recommended", "should", "could", "encouraged to",
            "support with", "support from", "input from", "interventions", "small group",
            "key adult", "high level of support", "school staff", "the setting will",
            "subject to review", "frequent", "initially"]

errors, warnings = [], []


def err(rid, msg):
    errors.append(f"{rid}: {msg}")


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{n}: does not parse: {e}")
    return rows


def check_common(r, spankeys, prefix, seen):
    rid = r.get("id", "?")
    if not re.fullmatch(prefix + r"\d{3}", rid):
        err(rid, "bad id")
    if rid in seen:
        err(rid, "duplicate id")
    seen.add(rid)
    for k in ("section", "text", "item", "note", "spans"):
        if k not in r:
            err(rid, f"missing key {k}")
    spans = r.get("spans", {})
    if set(spans) != set(spankeys):
        err(rid, f"span keys {sorted(spans)}")
    for k, lst in spans.items():
        for s in lst:
            if not s or s not in r["text"]:
                err(rid, f"span {k}={s!r} is not a substring of text")
    return rid, spans


prov = load("provision.jsonl")
outs = load("outcomes.jsonl")
seen = set()
for rows in (prov, outs):
    texts = Counter(r["text"] for r in rows if r.get("item"))
    for t, c in texts.items():
        if c > 1:
            errors.append(f"duplicate item text x{c}: {t[:60]}")
nodur = []

for r in prov:
    rid, spans = check_common(r, PSPAN, "elmstead-p", seen)
    if r["section"] not in ("F", "G", "H1", "H2"):
        err(rid, "bad section")
    if not r["item"]:
        if any(f in r for f in PFLAGS):
            err(rid, "non-item carries flags")
        if any(spans.values()):
            err(rid, "non-item carries spans")
        continue
    for f in PFLAGS:
        if not isinstance(r.get(f), bool):
            err(rid, f"flag {f} missing or not bool")
    for sk, fk in PSPAN.items():
        if fk and r[fk] != bool(spans[sk]):
            err(rid, f"{fk}={r[fk]} but {sk} spans {spans[sk]}")
    if r["specific"] and not (r["has_what"] and r["has_who"] and r["has_frequency"]):
        err(rid, "specific without what+who+frequency")
    low = r["text"].lower()
    hits = [t for t in TRIGGERS if t in low]
    if r["specific"] and hits and not r["note"]:
        warnings.append(f"{rid}: specific but contains trigger {hits} and no note")
    if r["specific"] and not r["has_duration"] and not r["note"]:
        nodur.append(rid)
    if (not r["specific"] and r["has_what"] and r["has_who"] and r["has_frequency"]
            and r["has_duration"] and not hits and not r["note"]):
        warnings.append(f"{rid}: not specific although all main slots present; add a note")

for r in outs:
    rid, spans = check_common(r, OSPAN, "elmstead-o", seen)
    if r["section"] != "E":
        err(rid, "bad section")
    if not r["item"]:
        if any(f in r for f in OFLAGS):
            err(rid, "non-item carries flags")
        if any(spans.values()):
            err(rid, "non-item carries spans")
        continue
    for f in OFLAGS:
        if not isinstance(r.get(f), bool):
            err(rid, f"flag {f} missing or not bool")
    if r["measurable"] != bool(spans["criterion"]):
        err(rid, "measurable disagrees with criterion spans")
    if r["time_bound"] != bool(spans["time"]):
        err(rid, "time_bound disagrees with time spans")
    if r["specific"] != (bool(spans["subject"]) and bool(spans["behaviour"])):
        err(rid, "specific disagrees with subject+behaviour spans")
    want = r["specific"] and r["measurable"] and r["time_bound"] and not r["is_provision_not_outcome"]
    if r["smart"] != want:
        err(rid, "smart is not specific & measurable & time_bound & not provision")
    if r["is_provision_not_outcome"] and (r["specific"] or r["measurable"]):
        err(rid, "provision-in-disguise must have specific and measurable false")

# counts
def pct(a, b):
    return f"{100 * a / b:.0f}%" if b else "-"

print(f"provision.jsonl: {len(prov)} lines")
by_sec = Counter(r["section"] for r in prov)
for s in ("F", "G", "H1", "H2"):
    items = [r for r in prov if r["section"] == s and r["item"]]
    print(f"  {s}: {by_sec[s]} lines, {by_sec[s] - len(items)} non-items, {len(items)} items, "
          f"{sum(r['specific'] for r in items)} specific")
items = [r for r in prov if r["item"]]
print(f"  non-items: {len(prov) - len(items)} ({pct(len(prov) - len(items), len(prov))})")
print(f"  items: {len(items)}; specific {sum(r['specific'] for r in items)} "
      f"({pct(sum(r['specific'] for r in items), len(items))}), not specific "
      f"{sum(not r['specific'] for r in items)}")
for f in PFLAGS[1:]:
    print(f"  {f}: {sum(r[f] for r in items)} true / {len(items)}")
print(f"  items with a review span: {sum(bool(r['spans']['review']) for r in items)}")
print(f"  items with a note: {sum(bool(r['note']) for r in items)}")

print(f"outcomes.jsonl: {len(outs)} lines")
oitems = [r for r in outs if r["item"]]
print(f"  non-items: {len(outs) - len(oitems)} ({pct(len(outs) - len(oitems), len(outs))})")
print(f"  items: {len(oitems)}")
for f in OFLAGS:
    print(f"  {f}: {sum(r[f] for r in oitems)} true / {len(oitems)}")
asp = sum(1 for r in oitems if not any(r[f] for f in OFLAGS) and not r["spans"]["behaviour"])
print(f"  items with every flag false: {asp}")

print(f"specific provision items with no duration span and no note: {len(nodur)} "
      "(each read by hand: equipment, every-lesson strategies, reviews, assessments, referrals, journeys)")
print("  " + " ".join(i[-4:] for i in nodur))
print(f"warnings: {len(warnings)}")
for w in warnings:
    print("  WARN", w)
print(f"errors: {len(errors)}")
for e in errors:
    print("  ERROR", e)
sys.exit(1 if errors else 0)
