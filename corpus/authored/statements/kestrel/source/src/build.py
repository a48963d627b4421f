import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import lib, f1, f2, f3, g, h, e1, e2, e3
out = os.path.join(os.path.dirname(__file__), "..")
def w(rows, name, prefix):
    with open(os.path.join(out, name), "w", encoding="utf-8") as fh:
        for i, r in enumerate(rows, 1):
            fh.write(json.dumps({"id": f"kestrel-{prefix}{i:03d}", **r}, ensure_ascii=False) + "\n")
order = {"F": 0, "G": 1, "H1": 2, "H2": 3}
prov = sorted(lib.PROV, key=lambda r: order[r["section"]])  # stable: keeps authored order within section
w(prov, "provision.jsonl", "p")
w(lib.OUT, "outcomes.jsonl", "o")
print(len(prov), len(lib.OUT))
