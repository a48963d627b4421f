"""Content + layout -> a format-neutral document (list of ``El``) and the ground-truth sections.

Block texts in the ground truth are exactly the element texts: one paragraph, list item (without
its bullet or number) or table cell each.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import layouts as L
from .content import Content, El
from .people import fmt_date

MERGED_NIL = "No social care provision is required under section 2 of the Chronically Sick and Disabled Persons Act 1970, and no other social care provision is required."


@dataclass
class Document:
    elements: list[El]
    heading_style: str
    sub_style: str
    list_style: str  # bullet | number | plain
    running_header: bool  # PDF: "OFFICIAL-SENSITIVE" + name at top, "Page n of N" at foot
    header_text: str
    title: str
    merged_h: bool = False
    titles: dict = field(default_factory=dict)  # key -> heading text as written


def cover(c: Content, rng: random.Random) -> list[El]:
    cv = c.cover
    ds = cv["date_style"]
    dob = fmt_date(c.child.dob, ds)
    pdate = fmt_date(c.child.plan_date, ds)
    draft = c.status == "draft"
    form = rng.randrange(3)
    title = rng.choice(["DRAFT EHC PLAN", "Draft Education, Health and Care Plan"] if draft
                       else ["FINAL EHC PLAN", "Education, Health and Care Plan"])
    out = [El("sub", title, None, bold=True)]
    school = f"{c.school} ({c.child.year_group})"
    if form == 0:
        out += [El("para", t) for t in (
            f"Name: {cv['name']}", f"Date of birth: {dob}", f"Date of plan: {pdate}",
            f"Status: {'Draft' if draft else 'Final'}", f"Current school or setting: {school}")]
    elif form == 1:
        rows = [("Child or young person's name", cv["name"]), ("Date of birth", dob),
                ("Date of this plan", pdate), ("Plan status", "Draft" if draft else "Final"),
                ("Current setting and year group", school)]
        out.append(El("table", rows=[[(a, None), (b, None)] for a, b in rows], widths=[0.4, 0.6]))
    else:
        out += [El("para", f"Education, Health and Care Plan for {cv['name']} (date of birth {dob})."),
                El("para", f"{'Draft plan' if draft else 'Final plan'} dated {pdate}. {c.child.first} attends {school}.")]
    return out


def by_area(c: Content) -> list[tuple[str, list]]:
    """Topics grouped under their broad area of need, in order of first appearance."""
    groups: dict[str, list] = {}
    for area in c.areas:
        groups.setdefault(area.title, []).append(area)
    return list(groups.items())


def _bodies(c: Content, merged: bool) -> dict[str, list[El]]:
    """Section bodies (without headings) for the prose layouts."""
    S = c.sections
    b = list(c.b_intro)
    e: list[El] = []
    f: list[El] = []
    for title, group in by_area(c):
        b.append(El("sub", title, "B"))
        for area in group:
            b += [El("para", t, "B") for t in area.needs]
            if area.strengths:
                b.append(El("para", "Strengths: " + " ".join(area.strengths), "B"))
        outs = [t for area in group for t in area.outcomes]
        if outs:
            e.append(El("sub", title, "E"))
            e += [El("item", t, "E") for t in outs]
        provs = [p for area in group for p in area.provision]
        if provs:
            f.append(El("sub", title, "F"))
            f += [El("item", p.sentence, "F") for p in provs]
    e += c.e_extra
    f += c.f_extra
    out = {"A": c.a, "B": b, "E": e, "F": f}
    for k in ("C", "D", "G", "H1", "H2", "I", "J", "K"):
        out[k] = S.get(k, [])
    if merged:
        h1, h2 = S.get("H1", []), S.get("H2", [])
        if all(x.nil for x in h1 + h2) and h1 and h2:
            out["H1"] = [El("para", MERGED_NIL, "H1", nil=True)]
        else:
            out["H1"] = [El(x.kind, x.text, "H1", nil=x.nil) for x in h1 + h2 if not x.nil]
        del out["H2"]
    return out


def _combined_tables(c: Content) -> list[El]:
    """Per area of need: Need | Outcome | Provision | Who | How often (B, E and F)."""
    out: list[El] = []
    header = [(h, None) for h in ("Need", "Outcome", "Provision", "Who", "How often")]
    intro = [[(x.text, "B"), ("", None), ("", None), ("", None), ("", None)] for x in c.b_intro]
    for i, (title, group) in enumerate(by_area(c)):
        out.append(El("sub", title, None))
        needs = [t for a in group for t in a.needs]
        strengths = [t for a in group for t in a.strengths]
        needs += ["Strengths: " + " ".join(strengths)] if strengths else []
        outcomes = [t for a in group for t in a.outcomes]
        provision = [p for a in group for p in a.provision]
        n = max(len(needs), len(outcomes), len(provision))
        rows = [header] + (intro if i == 0 else [])
        for j in range(n):
            need = needs[j] if j < len(needs) else ""
            outc = outcomes[j] if j < len(outcomes) else ""
            p = provision[j].cells if j < len(provision) else ("", "", "")
            rows.append([(need, "B"), (outc, "E"), (p[0], "F"), (p[1], "F"), (p[2], "F")])
        out.append(El("table", rows=rows, header=True, widths=[0.24, 0.24, 0.22, 0.15, 0.15]))
    extra = [[("", None), (x.text, "E"), ("", None), ("", None), ("", None)] for x in c.e_extra if x.kind != "sub"]
    extra += [[("", None), ("", None), (x.text, "F"), ("", None), ("", None)] for x in c.f_extra]
    if extra:
        out.append(El("sub", "Preparation for adulthood and co-ordination" if any(x.kind == "sub" for x in c.e_extra)
                      else "Co-ordination and short-term targets", None))
        out.append(El("table", rows=[header] + extra, header=True, widths=[0.24, 0.24, 0.22, 0.15, 0.15]))
    return out


def compose(c: Content, layout_name: str, fmt: str, rng: random.Random) -> tuple[Document, list[dict]]:
    lay = L.LAYOUTS[layout_name]
    family = rng.choice(lay["families"])
    style = rng.choice(lay["style"])
    merged = c.h_merged
    list_style = rng.choice(["bullet", "number", "plain"])
    header = rng.random() < 0.6
    bodies = _bodies(c, merged)
    els = cover(c, rng)
    titles: dict[str, str] = {}
    order = [k for k in lay["order"] if not (merged and k == "H2")]
    for key in order:
        if key in c.missing:
            continue
        if lay.get("combined") and key in ("B", "E", "F"):
            if key == "B":
                t = "Sections B, E and F: Needs, outcomes and provision"
                els.append(El("heading", t, None))
                titles.update(B=t, E=t, F=t)
                els += _combined_tables(c)
            continue
        title = L.heading(lay, family, key, rng, merged=merged and key == "H1")
        titles[key] = title
        body = bodies[key]
        if style == "table":
            letter = "H" if merged and key == "H1" else key
            rows = [[(letter, key), (title, key)]]
            rows += [[("", None), (x.text, key)] for x in body]
            els.append(El("table", rows=rows, key=key, widths=[0.1, 0.9]))
        else:
            els.append(El("heading", title, key))
            els += body
    doc = Document(els, style, lay["sub"], list_style, header, c.child.name,
                   f"EHC plan: {c.child.name}", merged, titles)
    return doc, ground_sections(c, doc)


def blocks(els: list[El]) -> list[tuple[str, str | None]]:
    """Reading-order (text, section key) blocks, as a parser would see them."""
    out = []
    for e in els:
        if e.kind == "table":
            for row in e.rows:
                for text, key in row:
                    if text.strip():
                        out.append((text, key))
        elif e.text.strip():
            out.append((e.text, e.key))
    return out


def ground_sections(c: Content, doc: Document) -> list[dict]:
    first: dict[str, str] = {}
    last: dict[str, str] = {}
    body_n: dict[str, int] = {}
    for e in doc.elements:  # count body elements to tell content / nil / empty apart
        if e.key and e.kind not in ("heading",) and not (e.kind == "table" and e.key):
            body_n[e.key] = body_n.get(e.key, 0) + 1
    nil_keys = {e.key for e in doc.elements if e.nil}
    for text, key in blocks(doc.elements):
        if key:
            first.setdefault(key, text)
            last[key] = text
    out = []
    for key in L.ORDER:
        if key not in doc.titles or (doc.merged_h and key == "H2"):
            continue
        if doc.heading_style == "table":
            body = [x for x in _bodies(c, doc.merged_h)[key]]
            n = len(body)
            nil = n > 0 and all(x.nil for x in body)
        else:
            n = body_n.get(key, 0) if key not in ("B", "E", "F") or not doc.titles.get("B", "").startswith("Sections B") else 1
            nil = key in nil_keys and n == 1
        status = "empty" if n == 0 else "nil" if nil else "content"
        rec = {"key": key, "title": doc.titles[key], "first": first[key], "last": last[key], "status": status}
        out.append(rec)
        if doc.merged_h and key == "H1":
            rec["merged"] = True
            out.append(dict(rec, key="H2"))
    return out
