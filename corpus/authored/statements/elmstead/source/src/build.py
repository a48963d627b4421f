#!/usr/bin/env python3
"""Build provision.jsonl and outcomes.jsonl from the marked-up source files.

Source line: SECTION @@ FLAG @@ MARKUP [@@ NOTE]
  provision FLAG: S = specific item, N = item not specific, X = not an item
  outcome   FLAG: I = outcome item (flags from spans), P = provision in disguise,
                  A = aspiration written as an outcome (all flags false), X = not an item
Markup: {tags:content} marks a span; tags are letters, nesting allowed.
  provision tags: w what, o who, f frequency, d duration, g group, r review
  outcome tags:   s subject, b behaviour, c criterion, t time
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PTAGS = {"w": "what", "o": "who", "f": "frequency", "d": "duration", "g": "group", "r": "review"}
OTAGS = {"s": "subject", "b": "behaviour", "c": "criterion", "t": "time"}


def parse(markup, tagmap):
    out, stack, spans = [], [], {v: [] for v in tagmap.values()}
    i = 0
    while i < len(markup):
        ch = markup[i]
        m = re.match(r"\{([a-z]+):", markup[i:]) if ch == "{" else None
        if m:
            tags = m.group(1)
            for t in tags:
                if t not in tagmap:
                    raise ValueError(f"bad tag {t!r} in {markup!r}")
            stack.append((tags, len("".join(out))))
            i += len(m.group(0))
            continue
        if ch == "}":
            if not stack:
                raise ValueError(f"unbalanced }} in {markup!r}")
            tags, start = stack.pop()
            text = "".join(out)
            for t in tags:
                spans[tagmap[t]].append(text[start:])
            i += 1
            continue
        out.append(ch)
        i += 1
    if stack:
        raise ValueError(f"unclosed span in {markup!r}")
    return "".join(out), spans


def read(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = [x.strip() for x in line.split("@@")]
            if len(parts) not in (3, 4):
                raise ValueError(f"{name}:{n}: expected 3 or 4 @@-separated fields: {line!r}")
            sec, flag, markup = parts[:3]
            note = parts[3].strip() if len(parts) == 4 and parts[3].strip() else None
            rows.append((name, n, sec.strip(), flag.strip(), markup, note))
    return rows


def build_provision(rows):
    recs = []
    for k, (name, n, sec, flag, markup, note) in enumerate(rows, 1):
        text, spans = parse(markup, PTAGS)
        rec = {"id": f"elmstead-p{k:03d}", "section": sec, "text": text}
        if flag == "X":
            if any(spans.values()):
                raise ValueError(f"{name}:{n}: non-item with spans")
            rec.update({"item": False, "note": note, "spans": spans})
        elif flag in ("S", "N"):
            rec.update({
                "item": True,
                "specific": flag == "S",
                "has_what": bool(spans["what"]),
                "has_who": bool(spans["who"]),
                "has_frequency": bool(spans["frequency"]),
                "has_duration": bool(spans["duration"]),
                "has_group_size": bool(spans["group"]),
                "note": note,
                "spans": spans,
            })
        else:
            raise ValueError(f"{name}:{n}: bad flag {flag}")
        recs.append(rec)
    return recs


def build_outcomes(rows):
    recs = []
    for k, (name, n, sec, flag, markup, note) in enumerate(rows, 1):
        text, spans = parse(markup, OTAGS)
        rec = {"id": f"elmstead-o{k:03d}", "section": sec, "text": text}
        if flag == "X":
            if any(spans.values()):
                raise ValueError(f"{name}:{n}: non-item with spans")
            rec.update({"item": False, "note": note, "spans": spans})
        elif flag in ("I", "P", "A"):
            if flag == "A" and any(spans[x] for x in ("behaviour", "criterion", "time")):
                raise ValueError(f"{name}:{n}: aspiration with behaviour/criterion/time spans")
            if flag == "P" and (spans["behaviour"] or spans["criterion"]):
                raise ValueError(f"{name}:{n}: provision-in-disguise with behaviour/criterion spans")
            specific = bool(spans["subject"]) and bool(spans["behaviour"])
            measurable = bool(spans["criterion"])
            time_bound = bool(spans["time"])
            prov = flag == "P"
            rec.update({
                "item": True,
                "smart": specific and measurable and time_bound and not prov,
                "specific": specific,
                "measurable": measurable,
                "time_bound": time_bound,
                "is_provision_not_outcome": prov,
                "note": note,
                "spans": spans,
            })
        else:
            raise ValueError(f"{name}:{n}: bad flag {flag}")
        recs.append(rec)
    return recs


def main():
    prov_rows = []
    for f in ("f1.tsv", "f2.tsv", "g.tsv", "h1.tsv", "h2.tsv"):
        prov_rows += read(f)
    out_rows = read("e.tsv")
    prov = build_provision(prov_rows)
    outs = build_outcomes(out_rows)
    with open(os.path.join(OUT, "provision.jsonl"), "w", encoding="utf-8") as fh:
        for r in prov:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "outcomes.jsonl"), "w", encoding="utf-8") as fh:
        for r in outs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"provision {len(prov)}, outcomes {len(outs)}")


if __name__ == "__main__":
    main()
