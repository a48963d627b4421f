#!/work/authoring/.venv/bin/python
"""Self-check for the Harbourside corpus: extraction as the brief defines it, then verbatim checks."""
import json, re, sys, zipfile
from collections import Counter
from datetime import date
from pathlib import Path
from lxml import etree

ROOT = Path(__file__).resolve().parent
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def para_text(p):
    out = []
    for el in p.iter(W + "t", W + "txbxContent"):
        if el.tag == W + "txbxContent":
            continue
        # skip text inside text boxes (handled separately) and deletions
        anc = el.getparent(); skip = False
        while anc is not None and anc is not p:
            if anc.tag in (W + "txbxContent", W + "del"):
                skip = True; break
            anc = anc.getparent()
        if not skip:
            out.append(el.text or "")
    return "".join(out)


def cell_text(tc):
    return " ".join(para_text(p) for p in tc.findall(W + "p"))


def extract_docx(path):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    lines = []
    for el in body:
        if el.tag == W + "p":
            for tb in el.iter(W + "txbxContent"):
                for p in tb.findall(".//" + W + "p"):
                    lines.append(ws(para_text(p)))
            lines.append(ws(para_text(el)))
        elif el.tag == W + "sdt":
            for p in el.iter(W + "p"):
                lines.append(ws(para_text(p)))
        elif el.tag == W + "tbl":
            for tr in el.findall(W + "tr"):
                cells = []
                for tc in tr.findall(W + "tc"):
                    vm = tc.find(W + "tcPr/" + W + "vMerge")
                    if vm is not None and vm.get(W + "val", "continue") == "continue":
                        continue
                    cells.append(ws(cell_text(tc)))
                lines.append(" | ".join(cells))
    return [l for l in lines if l]


def main():
    man = json.loads((ROOT / "manifest.json").read_text())
    from pypdf import PdfReader
    problems = 0
    grades, ages, statuses = Counter(), [], Counter()
    tot_lines = tot_items = tot_prov = tot_out = 0
    big = []
    for p in man["plans"]:
        lines = extract_docx(ROOT / p["files"]["docx"])
        text = " ".join(lines)
        words = sum(1 for w in text.split() if re.search(r"[A-Za-z0-9]", w))
        bad = []
        for it in p["items"]:
            t = ws(it["text"])
            if t not in text:
                bad.append(("item", t[:80]))
            for k, v in (it.get("spans") or {}).items():
                for s in v:
                    if ws(s) not in t:
                        bad.append(("span", k, s[:60]))
                flag = {"what": "has_what", "who": "has_who", "frequency": "has_frequency",
                        "duration": "has_duration", "group": "has_group_size"}.get(k)
                if it["item"] and flag and flag in it and it[flag] != bool(v):
                    bad.append(("flag", k, t[:50]))
                oflag = {"criterion": "measurable", "time": "time_bound"}.get(k)
                if it["item"] and oflag and oflag in it and it[oflag] != bool(v) and not it.get("is_provision_not_outcome") and it.get("smart") is not None and (it["specific"] or it["measurable"] or it["time_bound"]):
                    bad.append(("oflag", k, t[:50]))
        for f in p["faults"]:
            if f["sentence"] and ws(f["sentence"]) not in text:
                bad.append(("fault", f["kind"], f["sentence"][:80]))
        for s in p["sections_present"]:
            if ws(s["heading"]) not in lines:
                bad.append(("heading", s["heading"]))
        # drafting-fault sweeps: every placeholder token must be a listed fault
        listed = " ".join(f["sentence"] for f in p["faults"] if f["kind"] == "placeholder")
        for tok in re.findall(r"\bTBC\b|\bXX+\b|\[[A-Z][^\]]*\]|<insert[^>]*>|\binsert\b", text):
            if tok not in listed:
                bad.append(("unlisted-placeholder", tok))
        # past dates in E outcome time spans
        pd = date.fromisoformat(p["plan_date"])
        months = {m: i + 1 for i, m in enumerate("January February March April May June July August September October November December".split())}
        past_listed = " ".join(f["sentence"] for f in p["faults"] if f["kind"] == "past-date")
        for it in p["items"]:
            if it["section"] == "E" and it["item"]:
                for mm in re.finditer(r"(January|February|March|April|May|June|July|August|September|October|November|December) (20\d\d)", it["text"]):
                    d = date(int(mm.group(2)), months[mm.group(1)], 28)
                    if d < pd and it["text"] not in past_listed and not any(it["text"] in f["sentence"] or f["sentence"] in it["text"] for f in p["faults"] if f["kind"] == "past-date"):
                        bad.append(("unlisted-past-date", it["text"][:60]))
        if p["files"].get("pdf"):
            ptext = ws(" ".join(pg.extract_text() or "" for pg in PdfReader(ROOT / p["files"]["pdf"]).pages))
            pwords = set(re.findall(r"[A-Za-z0-9]+", ptext.replace("\u2019", "'")))
            miss = set()
            for it in p["items"]:
                for w in re.findall(r"[A-Za-z0-9]+", it["text"].replace("\u2019", "'")):
                    if w not in pwords:
                        miss.add(w)
            if miss:
                bad.append(("pdf-missing-words", sorted(miss)[:20]))
        if not 2500 <= words <= 8000:
            bad.append(("word-count", words))
        n_items = sum(1 for i in p["items"] if i["item"])
        n_prov = sum(1 for i in p["items"] if i["item"] and i["section"] in ("F", "G", "H1", "H2"))
        n_out = sum(1 for i in p["items"] if i["item"] and i["section"] == "E")
        if n_prov >= 40:
            big.append(p["id"])
        grades[p["target_grade"]] += 1; ages.append(p["age"]); statuses[p["status"]] += 1
        tot_lines += len(p["items"]); tot_items += n_items; tot_prov += n_prov; tot_out += n_out
        print(f'{p["id"]:5} {p["target_grade"]:21} age {p["age"]:2} {p["status"]:5} words {words:5} '
              f'lines {len(p["items"]):3} prov {n_prov:3} outcomes {n_out:2} faults {len(p["faults"]):2} '
              f'pdf {"pages " + str(p.get("pages")) if p["files"].get("pdf") else "-"}  '
              + ("OK" if not bad else "PROBLEMS"))
        for b in bad:
            print("    ", b)
        problems += len(bad)
    print("grades:", dict(grades), "statuses:", dict(statuses), "ages:", sorted(ages))
    print(f"labelled lines {tot_lines}, items {tot_items}, provision items {tot_prov}, outcomes {tot_out}")
    print("plans with >=40 provision items:", big)
    print("problems:", problems)
    return problems


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
