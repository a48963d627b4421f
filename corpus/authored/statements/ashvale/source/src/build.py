import json, sys
sys.path.insert(0, __file__.rsplit('/',1)[0])
from f_items import F
from gh_items import G, H1, H2
from e_items import E
out = __file__.rsplit('/',2)[0]
prov = F + G + H1 + H2
with open(f"{out}/provision.jsonl", "w") as fh:
    for i, r in enumerate(prov, 1):
        fh.write(json.dumps({"id": f"ashvale-p{i:03d}", **r}, ensure_ascii=False) + "\n")
with open(f"{out}/outcomes.jsonl", "w") as fh:
    for i, r in enumerate(E, 1):
        fh.write(json.dumps({"id": f"ashvale-o{i:03d}", **r}, ensure_ascii=False) + "\n")
print(len(prov), len(E))
