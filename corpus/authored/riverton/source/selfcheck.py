"""Self-check for the Riverton corpus (run after build.py)."""
import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import extract_docx, collapse
from docx import Document
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
man = json.load(open(os.path.join(HERE, "manifest.json")))
MONTHS = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July", "August",
                                        "September", "October", "November", "December"], 1)}
problems = 0
def bad(msg):
    global problems
    problems += 1
    print("  PROBLEM:", msg)

grades = collections.Counter(); ages = []; tot_items = 0; tot_prov = 0; tot_out = 0; tot_lines = 0
for pl in man["plans"]:
    path = os.path.join(HERE, pl["files"]["docx"])
    blocks = extract_docx(path)
    text = collapse(" ".join(blocks))
    words = len(text.split())
    print(f"{pl['id']} {pl['target_grade']:<21} {pl['status']:<5} age {pl['age']:>2} words {words}", end="")
    # structure: content controls present, no heading styles
    d = Document(path)
    nsdt = len(d.element.body.findall(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sdt"))
    styles = {p.style.name for p in d.paragraphs}
    if nsdt < 5: bad("too few content controls")
    if any(s.lower().startswith("heading") for s in styles): bad(f"heading style used: {styles}")
    if not 2500 <= words <= 8000: bad(f"word count {words}")
    if abs(words - pl["words"]) > 0: bad("manifest words differ")
    n_checked = 0
    for it in pl["items"]:
        t = collapse(it["text"])
        if t not in text: bad(f"item text not found: {t[:80]}")
        n_checked += 1
        for slot, spans in (it.get("spans") or {}).items():
            for sp in spans:
                if sp not in it["text"]: bad(f"span {slot} not in item: {sp[:60]}")
        if it["item"]:
            keys = ["has_what", "has_who", "has_frequency", "has_duration", "has_group_size"] if "has_what" in it else []
            for k, s in zip(keys, ["what", "who", "frequency", "duration", "group"]):
                if it[k] != bool(it["spans"][s]): bad(f"flag {k} inconsistent")
            if "smart" in it:
                if it["measurable"] != bool(it["spans"]["criterion"]) or it["time_bound"] != bool(it["spans"]["time"]):
                    bad("outcome flag inconsistent")
                if it["smart"] != (it["specific"] and it["measurable"] and it["time_bound"] and not it["is_provision_not_outcome"]):
                    bad("smart rule")
    for f in pl["faults"]:
        if collapse(f["sentence"]) not in text: bad(f"fault sentence not found: {f['sentence'][:80]}")
    for s in pl["sections_present"]:
        if collapse(s["heading"]) not in text: bad(f"heading not found: {s['heading']}")
    # drafting faults: placeholders
    ph = re.findall(r"\bTBC\b|\bXX\b|\[insert[^\]]*\]|<insert[^>]*>|\[NAME\]|Lorem", text)
    nph = sum(1 for f in pl["faults"] if f["kind"] == "placeholder")
    if len(ph) != nph:
        bad(f"placeholder tokens {len(ph)} vs faults {nph}")
    # past dates in E/F/G/H items
    pd = tuple(int(x) for x in pl["plan_date"].split("-")[:2])
    past = []
    for it in [i for i in pl["items"] if i["item"]]:
        for m, y in re.findall(r"\b(" + "|".join(MONTHS) + r") (\d{4})\b", it["text"]):
            if (int(y), MONTHS[m]) < pd:
                past.append(it["text"])
    for m, y in re.findall(r"review of this plan will take place in (\w+) (\d{4})", text):
        if (int(y), MONTHS[m]) < pd: past.append("review " + m + y)
    npd = sum(1 for f in pl["faults"] if f["kind"] == "past-date")
    if len(past) != npd: bad(f"past dates found {len(past)} vs faults {npd}: {[p[:50] for p in past]}")
    # draft: Section I
    sec_i = [s for s in pl["sections_present"] if s["key"] == "I"]
    if pl["status"] == "draft" and sec_i and sec_i[0]["status"] != "blank" and not any(f["kind"] == "section-i-filled-in-draft" for f in pl["faults"]):
        bad("draft with section I filled and no fault")
    # PDF check
    if pl["files"].get("pdf"):
        r = PdfReader(os.path.join(HERE, pl["files"]["pdf"]))
        ptxt = " ".join(pg.extract_text() for pg in r.pages)
        pwords = set(re.findall(r"[A-Za-z0-9]+", ptxt))
        miss = set()
        for it in pl["items"]:
            for w in re.findall(r"[A-Za-z0-9]+", it["text"]):
                if w not in pwords: miss.add(w)
        if miss: bad(f"PDF missing words: {sorted(miss)[:20]}")
        if len(r.pages) != pl.get("pages"): bad("pages mismatch")
        print(f" pdf pages {len(r.pages)} (all item words found)" if not miss else "", end="")
    items = [i for i in pl["items"] if i["item"]]
    prov = [i for i in items if "has_what" in i]; outs = [i for i in items if "smart" in i]
    print(f" | lines {len(pl['items'])}, provision {len(prov)}, outcomes {len(outs)} (SMART {sum(i['smart'] for i in outs)}), "
          f"specific {sum(i['specific'] for i in prov)}, faults {len(pl['faults'])}; checked {n_checked} item texts")
    grades[pl["target_grade"]] += 1; ages.append(pl["age"]); tot_lines += len(pl["items"])
    tot_prov += len(prov); tot_out += len(outs)
    if len(prov) >= 40: print(f"   -> {pl['id']} has {len(prov)} provision items across F/G/H1/H2")

print("grades:", dict(grades))
print("ages:", sorted(ages), "| drafts:", sum(p["status"] == "draft" for p in man["plans"]),
      "| PDFs:", sum(bool(p["files"].get("pdf")) for p in man["plans"]))
print(f"labelled lines {tot_lines}, provision items {tot_prov}, outcomes {tot_out}")
print("problems:", problems)
