"""Layouts as data: section order, heading spelling families and how headings are styled.

``style`` names how a renderer draws a section heading: "h1"/"h2" (Word Heading 1/2 style; large
bold in PDF), "bold" (bold Normal-style paragraph, body size), "caps" (bold capitals), "table"
(the heading is the first row of a two-column table).
"""
from __future__ import annotations

ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
ESSEX_ORDER = ["A", "E", "B", "F", "C", "G", "D", "H1", "I", "J", "K"]  # H1 = merged H
PART_NO = {k: i + 1 for i, k in enumerate(ORDER)}

# Section names as real plans spell them (sentence case; title-cased or capitalised by family).
NAMES = {
    "A": ["Views, interests and aspirations", "The views, interests and aspirations of the child and family",
          "Views, interests and aspirations of the child or young person and their parents"],
    "B": ["Special educational needs", "Special educational needs (SEN)", "Special educational needs and strengths"],
    "C": ["Health needs", "Health needs related to SEN", "Health care needs which relate to SEN"],
    "D": ["Social care needs", "Social care needs related to SEN or disability",
          "Social care needs which relate to SEN or disability"],
    "E": ["Outcomes", "Outcomes sought", "Outcomes sought for the child or young person"],
    "F": ["Special educational provision", "Special educational provision required", "SEN provision"],
    "G": ["Health provision", "Health provision reasonably required", "Health provision required"],
    "H1": ["Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
           "Social care provision (section 2 CSDPA 1970)", "Social care provision under the CSDPA 1970"],
    "H2": ["Other social care provision", "Any other social care provision reasonably required",
           "Other social care provision required"],
    "I": ["Placement", "Name and type of school or other institution", "Educational placement"],
    "J": ["Personal budget", "Personal budget (including direct payments)", "Personal budget arrangements"],
    "K": ["Advice and information", "Advice and information gathered during the assessment",
          "Advice and information received"],
}
SHORT = {"A": "Views", "B": "SEN", "C": "Health needs", "D": "Social care needs", "E": "Outcomes",
         "F": "SEN provision", "G": "Health provision", "H1": "Social care provision (CSDPA)",
         "H2": "Other social care provision", "I": "Placement", "J": "Personal budget", "K": "Advice"}
MERGED_H = ["Social care provision", "Social care provision (H1 and H2)"]


def _title_case(s: str) -> str:
    small = {"and", "of", "or", "the", "to", "under", "which", "for", "a", "in", "by"}
    words = s.split()
    return " ".join(w if (w.isupper() or (i and w in small)) else w[0].upper() + w[1:] for i, w in enumerate(words))


def _label(key: str, merged: bool) -> str:
    if merged:
        return "H"
    return key


# Families: (key, section name, merged?) -> heading text.
FAMILIES = {
    "section_colon": lambda k, n, m: f"Section {_label(k, m)}: {n}",
    "section_dash_title": lambda k, n, m: f"Section {_label(k, m)} - {_title_case(n)}",
    "part_letter": lambda k, n, m: f"Part {_label(k, m)}: {n}",
    "dash": lambda k, n, m: f"{_label(k, m)} - {n}",
    "dot": lambda k, n, m: f"{_label(k, m)}. {n}",
    "part_num": lambda k, n, m: f"PART {PART_NO[k]} (SECTION {_label(k, m)}): {n.upper()}",
    "part_letter_caps": lambda k, n, m: f"PART {_label(k, m)}: {n.upper()}",
    "title_section": lambda k, n, m: f"{n} (Section {_label(k, m)})",
    "title_letter": lambda k, n, m: f"{n} ({_label(k, m)})",
    "letter_cell": lambda k, n, m: n,  # the letter sits in its own cell
}

LAYOUTS = {
    "heading-styles": dict(order=ORDER, families=["section_colon", "section_dash_title"], style=["h1"], sub="h2"),
    "bold-dash": dict(order=ORDER, families=["dash", "dot"], style=["bold"], sub="bold", short=True),
    "part-numbered": dict(order=ORDER, families=["part_num", "part_letter_caps"], style=["caps", "h1"], sub="bold"),
    "title-first": dict(order=ORDER, families=["title_section", "title_letter"], style=["h2", "bold"], sub="bold"),
    "letter-table": dict(order=ORDER, families=["letter_cell"], style=["table"], sub="bold"),
    "essex": dict(order=ESSEX_ORDER, families=["section_colon", "part_letter"], style=["h1"], sub="bold"),
    "combined-table": dict(order=ORDER, families=["section_colon", "section_dash_title", "part_letter"],
                           style=["h1", "bold"], sub="bold", combined=True),
}


def heading(layout: dict, family: str, key: str, rng, merged: bool = False) -> str:
    if merged:
        name = rng.choice(MERGED_H)
    elif layout.get("short") and rng.random() < 0.6:
        name = SHORT[key]
    else:
        name = rng.choice(NAMES[key])
    return FAMILIES[family](key, name, merged)
