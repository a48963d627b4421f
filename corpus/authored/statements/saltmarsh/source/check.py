#!/usr/bin/env python3
"""Self-check for saltmarsh provision.jsonl and outcomes.jsonl (independent of the builder)."""
import collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
PFLAGS = {"has_what": "what", "has_who": "who", "has_frequency": "frequency",
          "has_duration": "duration", "has_group_size": "group"}
PSPANS = ["what", "who", "frequency", "duration", "group", "review"]
OSPANS = ["subject", "behaviour", "criterion", "time"]
OFLAGS = ["smart", "specific", "measurable", "time_bound", "is_provision_not_outcome"]


def load(name):
    rows = []
    for n, line in enumerate(open(os.path.join(HERE, name), encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"{name}:{n}: does not parse: {e}")
    return rows


def spans_ok(o, keys, where):
    sp = o.get("spans")
    if not isinstance(sp, dict) or set(sp) != set(keys):
        errors.append(f"{where}: spans keys {sorted(sp) if isinstance(sp, dict) else sp}")
        return {}
    for k, lst in sp.items():
        for s in lst:
            if not s or s not in o["text"]:
                errors.append(f"{where}: {k} span not a substring: {s!r}")
    return sp


prov = load("provision.jsonl")
outc = load("outcomes.jsonl")

ids = [o.get("id") for o in prov + outc]
for i, x in collections.Counter(ids).items():
    if x > 1:
        errors.append(f"duplicate id {i}")

pc = collections.Counter()
for o in prov:
    w = o.get("id")
    if o.get("section") not in {"F", "G", "H1", "H2"}:
        errors.append(f"{w}: bad section {o.get('section')}")
    if not isinstance(o.get("text"), str) or not o["text"].strip():
        errors.append(f"{w}: empty text")
    if o.get("item") is False:
        extra = set(o) - {"id", "section", "text", "item", "note"}
        if extra:
            errors.append(f"{w}: non-item carries {sorted(extra)}")
        pc[(o["section"], "not item")] += 1
        continue
    if o.get("item") is not True:
        errors.append(f"{w}: item not boolean")
        continue
    for k in ["specific", *PFLAGS]:
        if not isinstance(o.get(k), bool):
            errors.append(f"{w}: {k} missing or not boolean")
    sp = spans_ok(o, PSPANS, w)
    for flag, key in PFLAGS.items():
        if sp and o.get(flag) != bool(sp[key]):
            errors.append(f"{w}: {flag}={o.get(flag)} but {key} spans {sp[key]}")
    if o.get("specific") and not (o["has_what"] and o["has_who"] and o["has_frequency"]):
        errors.append(f"{w}: specific without what, who and frequency")
    pc[(o["section"], "specific" if o.get("specific") else "not specific")] += 1
    for flag in PFLAGS:
        pc[("flag", flag)] += o.get(flag) is True

oc = collections.Counter()
for o in outc:
    w = o.get("id")
    if o.get("section") != "E":
        errors.append(f"{w}: bad section")
    if o.get("item") is False:
        extra = set(o) - {"id", "section", "text", "item", "note"}
        if extra:
            errors.append(f"{w}: non-item carries {sorted(extra)}")
        oc["not item"] += 1
        continue
    for k in OFLAGS:
        if not isinstance(o.get(k), bool):
            errors.append(f"{w}: {k} missing or not boolean")
    sp = spans_ok(o, OSPANS, w)
    if sp:
        if o["measurable"] != bool(sp["criterion"]):
            errors.append(f"{w}: measurable disagrees with criterion spans")
        if o["time_bound"] != bool(sp["time"]):
            errors.append(f"{w}: time_bound disagrees with time spans")
        if o["specific"] != (bool(sp["subject"]) and bool(sp["behaviour"])):
            errors.append(f"{w}: specific disagrees with subject/behaviour spans")
    want = o["specific"] and o["measurable"] and o["time_bound"] and not o["is_provision_not_outcome"]
    if o["smart"] != want:
        errors.append(f"{w}: smart={o['smart']} but components give {want}")
    if o["is_provision_not_outcome"] and (o["specific"] or o["measurable"]):
        errors.append(f"{w}: provision-in-disguise marked specific or measurable")
    oc["smart" if o["smart"] else "not smart"] += 1
    for k in OFLAGS[1:]:
        oc[k] += o[k]

print(f"provision.jsonl: {len(prov)} lines")
for k in sorted(pc):
    print("  ", k, pc[k])
print(f"outcomes.jsonl: {len(outc)} lines")
for k in sorted(oc):
    print("  ", k, oc[k])
if errors:
    print(f"{len(errors)} ERRORS")
    for e in errors:
        print("  ", e)
    sys.exit(1)
print("OK: every line parses; spans are substrings; flags agree with spans; specific needs what, who, "
      "frequency; smart = specific & measurable & time-bound & not provision; non-items carry no flags")
