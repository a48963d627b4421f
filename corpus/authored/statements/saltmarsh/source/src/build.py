#!/usr/bin/env python3
"""Build provision.jsonl and outcomes.jsonl from the marked-up source files.

Source line format:  <code> <text with {x:span} markup> [@@ note]
Section lines:       ## F   (or G, H1, H2, E)
Provision codes: S = specific item, V = item not specific, N = not an item
Outcome codes:   O = outcome item (flags from spans), P = provision in disguise,
                 A = aspiration written as an item (all flags false), N = not an item
Provision span letters: w what, p who, f frequency, d duration, g group, r review
Outcome span letters:   s subject, b behaviour, c criterion, t time
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\{([a-z]+):([^{}]*)\}")
PKEYS = {"w": "what", "p": "who", "f": "frequency", "d": "duration", "g": "group", "r": "review"}
OKEYS = {"s": "subject", "b": "behaviour", "c": "criterion", "t": "time"}


def parse(path, keys):
    rows, section = [], None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("## "):
            section = line[3:].strip()
            continue
        code, body = line[0], line[2:]
        note = None
        if "@@" in body:
            body, note = body.split("@@", 1)
            body, note = body.rstrip(), note.strip()
        spans = {k: [] for k in keys.values()}
        out, pos = [], 0
        for m in MARK.finditer(body):
            out.append(body[pos:m.start()])
            out.append(m.group(2))
            for letter in m.group(1):
                spans[keys[letter]].append(m.group(2))
            pos = m.end()
        out.append(body[pos:])
        text = "".join(out)
        if "{" in text or "}" in text:
            sys.exit(f"{path}:{n}: stray brace in {text!r}")
        rows.append((section, code, text, spans, note, f"{os.path.basename(path)}:{n}"))
    return rows


def build_provision():
    rows = []
    for p in sorted(glob.glob(os.path.join(HERE, "provision_*.txt"))):
        rows += parse(p, PKEYS)
    out = []
    for i, (sec, code, text, spans, note, where) in enumerate(rows, 1):
        obj = {"id": f"saltmarsh-p{i:03d}", "section": sec, "text": text}
        if code == "N":
            if any(spans.values()):
                sys.exit(f"{where}: non-item with spans")
            obj.update({"item": False, "note": note})
        else:
            assert code in "SV", where
            obj.update({
                "item": True,
                "specific": code == "S",
                "has_what": bool(spans["what"]),
                "has_who": bool(spans["who"]),
                "has_frequency": bool(spans["frequency"]),
                "has_duration": bool(spans["duration"]),
                "has_group_size": bool(spans["group"]),
                "note": note,
                "spans": spans,
            })
        obj["_src"] = where
        out.append(obj)
    return out


def build_outcomes():
    rows = []
    for p in sorted(glob.glob(os.path.join(HERE, "outcomes_*.txt"))):
        rows += parse(p, OKEYS)
    out = []
    for i, (sec, code, text, spans, note, where) in enumerate(rows, 1):
        obj = {"id": f"saltmarsh-o{i:03d}", "section": sec, "text": text}
        if code == "N":
            if any(spans.values()):
                sys.exit(f"{where}: non-item with spans")
            obj.update({"item": False, "note": note})
        else:
            assert code in "OPA", where
            spec = bool(spans["subject"]) and bool(spans["behaviour"])
            meas = bool(spans["criterion"])
            tb = bool(spans["time"])
            prov = code == "P"
            if code in "PA":
                if spans["behaviour"] or spans["criterion"]:
                    sys.exit(f"{where}: {code} line with behaviour/criterion spans")
            if code == "A" and tb:
                sys.exit(f"{where}: aspiration with time span")
            obj.update({
                "item": True,
                "smart": spec and meas and tb and not prov,
                "specific": spec,
                "measurable": meas,
                "time_bound": tb,
                "is_provision_not_outcome": prov,
                "note": note,
                "spans": spans,
            })
        obj["_src"] = where
        out.append(obj)
    return out


def write(name, objs):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as fh:
        for o in objs:
            o = {k: v for k, v in o.items() if k != "_src"}
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    prov = build_provision()
    outc = build_outcomes()
    # report duplicates of text
    seen = {}
    for o in prov + outc:
        if o["text"] in seen:
            print("duplicate text:", o["_src"], seen[o["text"]], o["text"][:60])
        seen[o["text"]] = o["_src"]
    for o in prov:
        if o["item"] and o["specific"] and not (o["has_what"] and o["has_who"] and o["has_frequency"]):
            print("specific without what/who/frequency:", o["_src"], o["text"][:70])
    write("provision.jsonl", prov)
    write("outcomes.jsonl", outc)
    print(len(prov), "provision lines;", len(outc), "outcome lines")
