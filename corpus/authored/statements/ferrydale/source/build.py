#!/usr/bin/env python3
"""Build provision.jsonl and outcomes.jsonl from the marked-up source files in src/.
Source line:  CODE text-with-markup [## note]
Markup: {tags|exact words}; provision tags w=what o=who f=frequency d=duration g=group r=review;
outcome tags s=subject b=behaviour c=criterion t=time. Several tag letters may share one span ("fd").
CODE: F+/F-/Fx, G+/G-/Gx, H1+/H1-/H1x, H2+/H2-/H2x (+ specific item, - non-specific item, x not an item);
      E+ outcome item (flags from spans), EP provision in disguise, Ea aspiration worded as outcome, Ex non-item."""
import json, re, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\{([a-z]+)\|(.*?)\}")
PK = {"w": "what", "o": "who", "f": "frequency", "d": "duration", "g": "group", "r": "review"}
OK = {"s": "subject", "b": "behaviour", "c": "criterion", "t": "time"}

def parse(body, keys):
    spans = {v: [] for v in keys.values()}
    def rep(m):
        for ch in m.group(1):
            spans[keys[ch]].append(m.group(2))
        return m.group(2)
    text = MARK.sub(rep, body)
    assert "{" not in text and "}" not in text, body
    return text, spans

prov, outc = [], []
for fn in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
    for raw in open(fn, encoding="utf-8"):
        raw = raw.rstrip("\n")
        if not raw.strip() or raw.startswith("#"):
            continue
        code, body = raw.split(" ", 1)
        note = None
        if " ## " in body:
            body, note = body.split(" ## ", 1)
        sec, kind = code[:-1], code[-1]
        if sec == "E":
            text, spans = parse(body, OK)
            if kind == "x":
                assert not any(spans.values()), raw
                outc.append({"section": "E", "text": text, "item": False, "note": note})
                continue
            if kind in "+-":
                spec = bool(spans["subject"]) and bool(spans["behaviour"])
                meas, tb, prov_flag = bool(spans["criterion"]), bool(spans["time"]), False
            elif kind == "P":
                spec, meas, tb, prov_flag = False, False, bool(spans["time"]), True
            elif kind == "a":
                spec = meas = tb = prov_flag = False
            else:
                raise ValueError(raw)
            outc.append({"section": "E", "text": text, "item": True,
                         "smart": spec and meas and tb and not prov_flag,
                         "specific": spec, "measurable": meas, "time_bound": tb,
                         "is_provision_not_outcome": prov_flag, "note": note, "spans": spans})
        else:
            text, spans = parse(body, PK)
            if kind == "x":
                assert not any(spans.values()), raw
                prov.append({"section": sec, "text": text, "item": False, "note": note})
                continue
            prov.append({"section": sec, "text": text, "item": True, "specific": kind == "+",
                         "has_what": bool(spans["what"]), "has_who": bool(spans["who"]),
                         "has_frequency": bool(spans["frequency"]), "has_duration": bool(spans["duration"]),
                         "has_group_size": bool(spans["group"]), "note": note, "spans": spans})

def write(rows, name, letter):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            r = {"id": f"ferrydale-{letter}{i:03d}", **r}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
write(prov, "provision.jsonl", "p")
write(outc, "outcomes.jsonl", "o")
print(len(prov), "provision lines;", len(outc), "outcome lines")
