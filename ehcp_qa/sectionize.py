"""Blocks -> sections A-K and cover meta, driven by the header rules in resources/sections.yaml.

Two passes. First every block that could be a section heading becomes a candidate, with a strength:
an explicit letter ("Section B", "B - SEN", "(Section B)", a bare "B" in a table's first column) is
strong, a name alone ("Outcomes") is weak and needs heading shape (style, bold, caps, larger font,
first table column, a short standalone line). Then one heading is chosen per key: strong before
weak, and the first one followed by body text (so a contents list does not capture the sections).
Each chosen heading runs to the next chosen heading, in any order. A combined per-area table
(Need | Outcome | Provision ...) gives its columns to B, E and F, so those may be non-contiguous.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

import yaml

from . import errors
from .model import SECTION_NAMES, STATUTORY, Block, BlockKind, Plan, PlanMeta, Section, SectionKey, SectionStatus
from .nil import is_nil_body

MIN_SECTIONS = 3  # fewer statutory sections than this: not an EHC plan
MAX_HEADING_CHARS = 260  # the statutory titles are long, but never a paragraph

_KEY = r"(?P<key>h\s?[12]|[a-k])"
_SEP = r"[\s:.\-\u2013\u2014)]*"
# (form, pattern): "section" forms name the section outright; "paren" puts the letter after the
# title; "sep" is a letter and a separator (could be a list label); "bare" is the letter alone
_EXPLICIT = [
    # "PART 2 (SECTION B): SPECIAL EDUCATIONAL NEEDS"
    ("section", re.compile(rf"^part\s+\d{{1,2}}\s*\((?:section\s+)?{_KEY}\){_SEP}(?P<title>.*)$")),
    # "Part 2 - Section B: SEN"
    ("section", re.compile(rf"^part\s+\d{{1,2}}\s*[:.\-\u2013\u2014]\s*section\s+{_KEY}(?![a-z0-9]){_SEP}(?P<title>.*)$")),
    # "Section B: SEN", "Part B - SEN", "Section H1", "Section B"
    ("section", re.compile(rf"^(?:section|part)\s+{_KEY}(?![a-z0-9]){_SEP}(?P<title>.*)$")),
    # "Special educational needs (Section B)", "Part 2 (Section B)", "SEN (B)"
    ("paren", re.compile(rf"^(?P<title>.*?)[\s:\-\u2013\u2014]*\((?:section|part)?\s*{_KEY}\)[.:]?$")),
    # "B - SEN", "B. SEN", "B: SEN", "B) SEN", "H1 Social care"
    # (not "H2.1 (D1). Personal assistant ...", "B.2 ...": a numbered item of the section)
    ("sep", re.compile(rf"^{_KEY}(?![.:]\d)(?:\s*[.:\-\u2013\u2014)]\s*|\s+(?=[a-z]))(?P<title>.+)$")),
    # a bare "B" / "H1"
    ("bare", re.compile(rf"^{_KEY}[.:]?$")),
]
# "Part 3: Health needs", "Part 10 - Placement": a numbered part (its letter comes from a mapping)
_PART_N = re.compile(r"^part\s+(?P<n>\d{1,2})(?![\d.])\s*[:.\-\u2013\u2014]?\s+(?P<title>.+)$")
_LEAD_IN = re.compile(r"^(?:(?:my|our|the|his|her|their|any)\s+)?(?:(?:child or young person|child|young person)'s\s+)?")
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=(?:section|part)s?\b)")
# "Sections B, E and F": a boundary for a combined area, owned by no single key
_MULTI = re.compile(r"^(?:sections?|parts?)\s+(?:h?[1-2]|[a-k])(?:\s*(?:,|and|&|/|\+)\s*(?:h?[1-2]|[a-k])(?![a-z]))+\b")
# ... or at its end: "Outcomes and provision by area of need (Sections E and F)"
_MULTI_END = re.compile(r"\((?:sections?|parts?)\s+(?:h?[1-2]|[a-k])(?:\s*(?:,|and|&|/|\+)\s*(?:h?[1-2]|[a-k])(?![a-z]))+\)[.:]?$")


@dataclass(frozen=True)
class Rules:
    names: dict[str, tuple[str, ...]]  # key ("H" = merged H1+H2) -> normalised names
    letter_only: frozenset[str]
    columns: dict[str, tuple[str, ...]]
    empty: frozenset[str]
    cover: dict[str, tuple[str, ...]]
    cover_patterns: dict[str, tuple[re.Pattern, ...]] = None  # type: ignore[assignment]
    year_re: re.Pattern = re.compile("(?!)")
    part_map: tuple[re.Pattern, ...] = ()
    blank: tuple[re.Pattern, ...] = ()  # a template's guidance note standing in for the section  # "Part 3 is Section C": numbered parts given letters once
    names_re: re.Pattern = re.compile("(?!)")  # every name, longest first, word-bounded
    title_words: frozenset[str] = frozenset()  # words of the statutory titles and the names
    name_key: dict[str, str] | None = None  # name -> key, longest name first


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> Rules:
    if path is None:
        raw = yaml.safe_load(resources.files("ehcp_qa.resources").joinpath("sections.yaml").read_text("utf-8"))
    else:
        with open(path, encoding="utf-8") as f:
            raw = yaml.safe_load(f)
    names = {k: tuple(sorted({_norm(n) for n in v}, key=len, reverse=True)) for k, v in raw["sections"].items()}
    name_key: dict[str, str] = {}
    for k, ns in names.items():
        for n in ns:
            name_key.setdefault(n, k)
    name_key = {n: name_key[n] for n in sorted(name_key, key=len, reverse=True)}
    alternation = "|".join(re.escape(n) for n in name_key)
    return Rules(
        names=names,
        names_re=re.compile(rf"(?<![a-z])({alternation})(?![a-z])"),
        name_key=name_key,
        letter_only=frozenset(_norm(n) for n in raw.get("letter_only", [])),
        columns={k: tuple(_norm(n) for n in v) for k, v in raw.get("table_columns", {}).items()},
        empty=frozenset(_norm(n) for n in raw.get("empty_phrases", [])),
        cover={k: tuple(_norm(n) for n in v) for k, v in raw.get("cover", {}).items()},
        cover_patterns={k: tuple(re.compile(p) for p in v) for k, v in raw.get("cover_patterns", {}).items()},
        year_re=re.compile(raw.get("year_pattern", "(?!)")),
        part_map=tuple(re.compile(p, re.I) for p in raw.get("part_map_patterns", [])),
        blank=tuple(re.compile(p) for p in raw.get("blank_patterns", [])),
        title_words=frozenset(w for t in [*raw.get("long_titles", []), *name_key] for w in _words(t)),
    )


def _words(s: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", _norm(s).replace("'s", ""))


def _norm(s: str) -> str:
    s = s.lower().replace("&", " and ").replace("\u2019", "'")
    s = re.sub(r"[\s\u00a0]+", " ", s)
    return s.strip(" \t:;.,-\u2013\u2014*#")


@dataclass
class _Cand:
    block: int
    keys: tuple[str, ...]  # ("B",), ("H1", "H2") for a merged H, () for a combined boundary
    strong: bool


# --- heading detection ----------------------------------------------------------------------------


def _body_size(blocks: tuple[Block, ...]) -> float | None:
    sizes = Counter(b.font_size for b in blocks if b.font_size and b.kind != BlockKind.HEADING)
    return sizes.most_common(1)[0][0] if sizes else None


def _shape(b: Block, body: float | None, fmt: str) -> int:
    """How much a block looks like a heading: 2 = styled/positioned as one, 1 = weak, 0 = prose."""
    t = b.text.strip()
    if len(t) > MAX_HEADING_CHARS or "\n" in t and b.kind != BlockKind.TABLE_CELL:
        return 0
    if b.kind == BlockKind.HEADING or (b.table is not None and b.col == 0) \
            or (body and b.font_size and b.font_size >= body + 1):
        return 2
    if b.bold or (len(t) >= 3 and t.upper() == t and t.lower() != t):
        return 2
    if fmt == "text" and len(t.split()) <= 14 and not t.endswith((".", ",", ";")):
        return 1  # plain text has no styling: a short standalone line is the only signal
    if b.table is not None and len(t.split()) <= 8:
        return 1
    return 0


def _title_key(title: str, rules: Rules, prefix: bool) -> tuple[str | None, str | None]:
    """The key whose longest name occurs in `title` (at its start when `prefix`), and that name."""
    if prefix:
        m = rules.names_re.match(title)
        return (rules.name_key[m.group(1)], m.group(1)) if m else (None, None)
    best = max(rules.names_re.findall(title), key=len, default=None)
    return (rules.name_key[best], best) if best else (None, None)


def _keys(k: str) -> tuple[str, ...]:
    k = k.upper().replace(" ", "")
    return ("H1", "H2") if k == "H" else (k,)


def _candidate(b: Block, body: float | None, fmt: str, rules: Rules,
               parts: dict[str, str] | None = None) -> _Cand | None:
    if len(b.text) > MAX_HEADING_CHARS + 40:
        return None
    t = _norm(b.text)
    if not t or len(t) > MAX_HEADING_CHARS or b.kind == BlockKind.LIST_ITEM and len(t) > 80:
        return None
    t = _NUMBERED.sub("", t)  # "2. Section B ..." / "1.0 Part A ..."
    shape = _shape(b, body, fmt)
    part = _PART_N.match(t)
    if part and not _EXPLICIT[0][1].match(t) and not re.match(r"^part\s+\d{1,2}\s*[:.\-\u2013\u2014]\s*section", t):
        # "Part 3: Health Needs" (an older template numbering its parts): the introduction's mapping
        # ("Part 3 is Section C") gives the letter; without one the title's name may still say it
        title = part.group("title").strip()
        if shape and parts and part.group("n") in parts and not (b.text.rstrip().endswith(".") and len(title.split()) > 3):
            return _Cand(b.index, _keys(parts[part.group("n")]), True)
        t = title
    sentence = b.text.rstrip().endswith(".") and len(t.split()) > 3  # "B. SEN." is not a sentence
    multi = _MULTI.match(t) or _MULTI_END.search(t)
    if multi and shape:
        letters = set(re.findall(r"(?<![a-z])(h\s?[12]|[a-k])(?![a-z0-9])", multi.group(0).split(None, 1)[1]))
        if {x.replace(" ", "") for x in letters} == {"h1", "h2"}:  # "Sections H1 and H2": a merged H
            return _Cand(b.index, ("H1", "H2"), True)
        return _Cand(b.index, (), True)
    for form, pat in _EXPLICIT:
        m = pat.match(t)
        if not m:
            continue
        key = m.group("key").upper().replace(" ", "")
        title = (m.groupdict().get("title") or "").strip()
        if form == "sep" and key in ("A", "I") and re.match(r"^[ai]\s", t) \
                and _title_key(re.sub(r"^(?:the|any|my|our)\s+", "", title), rules, prefix=True)[0] != key:
            continue  # "I will complete a work placement", "A TA will ...": a word, not the letter
        tkey, _ = _title_key(title, rules, prefix=False) if title else (None, None)
        fits = tkey is not None and (tkey == key or (key == "H" and tkey in ("H1", "H2"))
                                     or (key in ("H1", "H2") and tkey == "H"))
        if form == "paren" and (not title or len(title.split()) > 14 and not fits):
            continue  # "(B)" at the end of a sentence
        # a sentence ("Section F sets out the provision.") is prose, whatever words it holds
        prose = shape == 0 and (sentence or len(title.split()) > 20)
        if form == "bare":  # a bare letter: only where layout makes it a label
            ok = (b.table is not None and b.col == 0) or shape == 2 or (fmt == "text" and shape)
        elif form == "section":  # "Section B ..." / "Part B ...": the word section makes it explicit
            ok = shape > 0 or not prose and (not title or fits)
        elif form == "paren":
            ok = not prose and (fits or shape == 2 or (shape and len(title.split()) <= 6))
        else:  # "B - ...": a letter and a separator could be a list label, so the title must fit,
            # unless the block is a real heading (a heading style, or larger type than the body):
            # "F: The help Amara will get at school" is a title written about the child
            ok = not prose and (fits or b.kind == BlockKind.HEADING
                                or bool(body and b.font_size and b.font_size >= body + 1))
        if ok:
            if key == "H" and tkey in ("H1", "H2"):
                key = tkey
            return _Cand(b.index, _keys(key), True)
    if shape == 0 or len(t.split()) > 14 or sentence:
        return None
    t = _LEAD_IN.sub("", t)  # "My health needs", "The child's special educational needs"
    key, name = _title_key(t, rules, prefix=True)
    if key is None or name in rules.letter_only:
        return None
    if not _heading_rest(t[len(name):]):
        # a shorter name may fit: "Health needs related to SEN" is "health needs" + "related to SEN"
        # (the longer name "health needs related to" would leave a bare "SEN")
        name = next((n for n in rules.name_key if len(n) < len(name) and t.startswith(n) and n not in rules.letter_only
                     and not re.match("[a-z]", t[len(n):len(n) + 1]) and _heading_rest(t[len(n):])), None)
        if name is None:
            return None
        key = rules.name_key[name]
    if key == "H":  # "Social care provision (CSDPA)": a marker later in the title picks H1 or H2
        key = {"H1": "H1", "H2": "H2"}.get(_title_key(t, rules, prefix=False)[0] or "", key)
    return _Cand(b.index, _keys(key), False)


def _heading_rest(rest: str) -> bool:
    """What may follow a section's name in a heading: "Health needs" yes, "Health needs (C)",
    "Health needs related to ..." yes, "Health needs are described below" no."""
    return not rest.strip() or bool(re.match(r"^\s*(\(|related|of|for|and|reasonably|sought|required|which|under|-|:)", rest))


# --- combined per-area tables -------------------------------------------------------------------


def _combined_tables(blocks: tuple[Block, ...], rules: Rules, lettered: set[int] | None = None) -> dict[int, dict[int, str]]:
    """table number -> {column -> key} for tables whose header row names at least two of B, E, F."""
    headers: dict[int, dict[int, str]] = {}
    first_row: dict[int, int] = {}
    lettered = lettered if lettered is not None else set()
    for b in blocks:
        if b.table is None or b.row is None:
            continue
        r0 = first_row.setdefault(b.table, b.row)
        if b.row != r0:
            continue
        t = _norm(b.text)
        m = _COL_LETTER.search(t)
        if m and m.group(1).upper() in ("B", "E", "F"):  # "Outcomes I am working towards (E)"
            headers.setdefault(b.table, {})[b.col] = m.group(1).upper()
            lettered.add(b.table)
            continue
        for key, cols in rules.columns.items():
            if t in cols:
                headers.setdefault(b.table, {})[b.col] = key
    return {t: cols for t, cols in headers.items() if len(set(cols.values())) >= 2}


#: a column title that names its section: "What I find difficult / my needs (B)", "Provision (Section F)"
_COL_LETTER = re.compile(r"\((?:section\s+)?([a-k])\)$")





# --- status --------------------------------------------------------------------------------------


def section_status(body: str, rules: Rules | None = None) -> SectionStatus:
    rules = rules or load_rules()
    if len(body) > 600:
        return SectionStatus.CONTENT
    t = _norm(body)
    if not t:
        return SectionStatus.EMPTY
    parts = [p for p in (_norm(x) for x in re.split(r"[\n;]", body)) if p]
    if all(p in rules.empty or p.strip("[]()") in rules.empty for p in parts):
        return SectionStatus.EMPTY
    if len(t) <= 400 and any(p.search(t) for p in rules.blank):
        return SectionStatus.EMPTY  # only the template's note: "left blank in the draft plan"
    if len(t) <= 450:
        if is_nil_body(body):  # the one definition of nil (ehcp_qa/nil.py)
            return SectionStatus.NIL
    return SectionStatus.CONTENT


# --- cover meta ----------------------------------------------------------------------------------

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9


def parse_date(s: str) -> date | None:
    s = s.strip().lower()
    try:
        m = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", s)
        if m:
            return date(int(m[1]), int(m[2]), int(m[3]))
        m = re.search(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})\b", s)  # UK order: day first
        if m:
            y = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return date(y, int(m[2]), int(m[1]))
        m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})\b", s)
        if m and m[2] in _MONTHS:
            return date(int(m[3]), _MONTHS[m[2]], int(m[1]))
        m = re.search(r"\b([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", s)
        if m and m[1] in _MONTHS:
            return date(int(m[3]), _MONTHS[m[1]], int(m[2]))
    except ValueError:
        return None
    return None


def _age(dob: date, at: date) -> int:
    return at.year - dob.year - ((at.month, at.day) < (dob.month, dob.day))


def _label_field(label: str, rules: Rules) -> str | None:
    lab = _norm(label)
    for field_, labels in rules.cover.items():
        if lab in labels:
            return field_
    return None


_LABEL_RE: dict[int, re.Pattern] = {}


def _cover_label_re(rules: Rules) -> re.Pattern:
    """A cover label of two or more words followed by a colon, after a space (where a run-together
    PDF line holds a second field)."""
    rx = _LABEL_RE.get(id(rules.cover))
    if rx is None:
        labels = sorted({lab for labs in rules.cover.values() for lab in labs if " " in lab}, key=len, reverse=True)
        rx = re.compile(r"(?i)(?<=\s)(?:" + "|".join(re.escape(x) for x in labels) + r")\s*:") if labels else re.compile("(?!)")
        _LABEL_RE[id(rules.cover)] = rx
    return rx


def cover_fields(blocks: list[Block], rules: Rules, labelled_only: bool = False,
                 found: dict[str, str] | None = None) -> dict[str, str]:
    """Cover facts as written: labelled lines ("Name: ..."), two-cell table rows, then prose
    patterns. ``labelled_only``: labelled lines and rows only (a second look past the first section,
    where a PDF may place a floating cover box); ``found``: fields already read, which win."""
    found = dict(found or {})
    prev_cell: Block | None = None
    for b in blocks:
        pairs: list[tuple[str, str]] = []
        for line in b.text.split("\n"):
            if ":" in line:
                # a PDF line may run two fields together: "School: Quayside Academy Plan date: 12 March 2026"
                cuts = [m.start() for m in _cover_label_re(rules).finditer(line) if m.start() > 0]
                for part in (line[i:j] for i, j in zip([0] + cuts, cuts + [len(line)])):
                    lab, _, val = part.partition(":")
                    pairs.append((lab, val))
        if b.table is not None and prev_cell is not None and prev_cell.table == b.table \
                and prev_cell.row == b.row and ":" not in prev_cell.text.rstrip(":"):
            pairs.append((prev_cell.text, b.text))
        prev_cell = b if b.table is not None else None
        for lab, val in pairs:
            f = _label_field(lab, rules)
            val = val.strip()
            if f and val and f not in found:
                found[f] = val
        if labelled_only:
            continue
        for f, pats in (rules.cover_patterns or {}).items():
            if f not in found:
                m = next((m for p in pats if (m := p.search(b.text))), None)
                if m:
                    found[f] = m.group("v")
        low = b.text.lower()
        if "status" not in found:
            m = re.search(r"\b(draft|final)\b(?: education, health and care| ehc)? plan\b", low)
            if m:
                found["status"] = m.group(1)
            elif len(low) < 160 and re.search(r"\bdraft\b", low):
                found["status"] = "draft"
    return found


def read_meta(blocks: list[Block], rules: Rules, more: list[Block] | None = None) -> PlanMeta:
    """PlanMeta from the cover blocks; ``more`` (the first blocks after the cover) is searched for
    labelled fields the cover lacks."""
    found = cover_fields(blocks, rules)
    if more and any(f not in found for f in ("name", "dob", "plan_date", "year_group")):
        found = cover_fields(more, rules, labelled_only=True, found=found)
    dob = parse_date(found["dob"]) if "dob" in found else None
    pdate = parse_date(found["plan_date"]) if "plan_date" in found else None
    if pdate is None and found.get("status"):
        pdate = parse_date(found["status"])  # "Plan status: Draft plan issued 18 May 2026"
    status = found.get("status", "").lower()
    status = "draft" if "draft" in status else "final" if "final" in status else None
    if status is None and re.search(r"(?i)\bfinal\b", " ".join(b.text for b in blocks)):
        status = "final"  # "Date of this plan: 18 March 2026 (final, following annual review ...)"
    age = _age(dob, pdate) if dob and pdate and pdate >= dob else None
    m = re.match(r"\s*(\d{1,2})\b(?!\s*(?:months?|/|\.\d))", found.get("age", ""))
    if age is None and m:
        age = int(m.group(1))  # "Age: 15", "Age at date of plan: 14 years"
    year = None
    cover_text = "\n".join(b.text for b in blocks)
    for src in (found.get("year_group"), found.get("setting"), cover_text):
        m = rules.year_re.search(src or "")
        if m:
            year = m.group(1)
            year = year[0].upper() + year[1:] if not year.lower().startswith("year") else "Year " + year[5:].strip().upper()
            break
    if year is None and found.get("year_group"):
        year = found["year_group"].strip()
    return PlanMeta(
        name=found.get("name", "").strip() or None,
        dob=dob.isoformat() if dob else None,
        plan_date=pdate.isoformat() if pdate else None,
        status=status,
        age=age,
        year_group=year,
    )


# --- the pass ------------------------------------------------------------------------------------


def heading_candidates(plan: Plan, rules: Rules) -> tuple[list[_Cand], dict[int, str | None], dict[int, dict[int, str]]]:
    """Every block that could be a section heading, in order; the blocks of combined per-area tables
    (block index -> the key of its column, None for the header row); and those tables' columns."""
    blocks = plan.blocks
    body = _body_size(blocks)
    lettered: set[int] = set()
    combined = _combined_tables(blocks, rules, lettered)
    header_row = {t: min(b.row for b in blocks if b.table == t and b.row is not None) for t in combined}
    in_combined = {b.index: (None if b.row == header_row[b.table] else combined[b.table].get(b.col))
                   for b in blocks if b.table in combined and b.row is not None}
    parts = part_letters(blocks, rules)
    cands = [c for c in (_candidate(b, body, plan.format, rules, parts) for b in blocks if b.index not in in_combined)
             if c is not None]
    return cands, in_combined, combined


def sectionize(plan: Plan, rules: Rules | None = None) -> Plan:
    rules = rules or load_rules()
    blocks = plan.blocks
    cands, in_combined, combined = heading_candidates(plan, rules)
    chosen = _choose(cands, blocks, in_combined)
    lettered = {t for t in combined if any(_COL_LETTER.search(_norm(b.text)) for b in blocks
                                           if b.table == t and b.row == min(x.row for x in blocks if x.table == t))} \
        if combined else set()
    # a Need | Provision table under a "Section F" heading is F's own table, not a combined area
    # (unless its column titles name B, E and F by letter: then it is combined wherever it sits)
    inside = {t for t, cols in combined.items()
              if t not in lettered and _owner_keys(chosen, _first_block(blocks, t)) & set(cols.values())}
    if inside:
        in_combined = {i: k for i, k in in_combined.items() if blocks[i].table not in inside}

    # spans: each chosen heading runs to the next chosen heading (blocks of combined tables apart)
    owned: dict[str, list[int]] = {}
    heading_of: dict[str, int] = {}
    order = sorted(chosen, key=lambda c: c.block)
    starts = [_row_start(blocks, c.block) for c in order]
    for n, c in enumerate(order):
        stop = starts[n + 1] if n + 1 < len(order) else len(blocks)
        idx = [i for i in range(starts[n], stop) if i not in in_combined]
        # "E" | "Section E: Outcomes\nOutcomes are for the end of Year 11 ...": the letter cell is the
        # heading and the cell beside it the section's text (as a PDF of the same table reads), so
        # the text under the title is never hidden with the heading
        head = starts[n] if starts[n] < c.block and _heading_and_body(blocks[c.block].text, rules)[1] else c.block
        for k in c.keys:
            owned.setdefault(k, []).extend(idx)
            heading_of.setdefault(k, head)
    for i, k in in_combined.items():
        if k:
            owned.setdefault(k, []).append(i)
    sections: dict[SectionKey, Section] = {}
    for k, idx in owned.items():
        idx = sorted(set(idx))
        head = heading_of.get(k)
        if head is None:  # a combined-table column: titled by the heading above the table, if any
            above = [c.block for c in order if c.block < idx[0]]
            title = blocks[above[-1]].text.strip() if above and not next(
                c for c in order if c.block == above[-1]).keys else SECTION_NAMES[SectionKey(k)]
        else:
            title = _title(blocks, head)
        body = [_in_heading_row(blocks, i, head, rules) for i in idx
                if i != head and not (head is not None and _same_row_title(blocks[i], blocks[head]))]
        if head is not None:
            body[:0] = [_heading_and_body(blocks[head].text, rules)[1]]
        status = section_status("\n".join(body), rules)
        if k == "K" and status is SectionStatus.NIL and sum(bool(t.strip()) for t in body) >= 3:
            status = SectionStatus.CONTENT  # an advice list, one entry of which says "no health needs"
        sections[SectionKey(k)] = Section(
            key=SectionKey(k), title=title, blocks=tuple(idx), start=blocks[idx[0]].start,
            end=blocks[idx[-1]].end, status=status, heading=head)
    found = sum(1 for k in STATUTORY if k in sections)
    if found < MIN_SECTIONS:
        raise errors.NotAPlan(plan.source, f"{found} plan section{'s' if found != 1 else ''} found")
    first = min((s.blocks[0] for s in sections.values()), default=len(blocks))
    meta = read_meta(list(blocks[:first]) or list(blocks[:40]), rules, more=list(blocks[first:first + 60]))
    ordered = dict(sorted(sections.items(), key=lambda kv: STATUTORY.index(kv[0])))
    placed = ordered.get(SectionKey.I)
    if meta.status is None and placed is not None and placed.status is SectionStatus.CONTENT \
            and not any(re.search(r"(?i)\bdraft\b", b.text) for b in blocks[:first + 60]):
        # no status written: a plan that names its placement in I and calls itself a draft nowhere
        # near its start is an issued plan (a draft leaves I blank, reg 12 and CoP 9.78)
        meta = replace(meta, status="final")
    return replace(plan, sections=ordered, meta=meta)


def part_letters(blocks: tuple[Block, ...], rules: Rules) -> dict[str, str]:
    """{part number: key} from an introduction that maps a template's numbered parts to the
    statutory letters once ("Part 1 is Section A, Part 2 is Section B, ..."). Only a mapping that
    gives three or more parts counts: one "Part 2 (Section B)" heading is a heading, not a key."""
    out: dict[str, str] = {}
    for b in blocks[:200]:
        if len(b.text) < 20 or not re.search(r"(?i)\bpart\s+\d", b.text):
            continue
        found = {}
        for pat in rules.part_map:
            for m in pat.finditer(b.text):
                found.setdefault(m.group("n"), m.group("key").upper().replace(" ", ""))
        if len(found) >= 3:
            for n, k in found.items():
                out.setdefault(n, k)
    return out


def _first_block(blocks: tuple[Block, ...], table: int) -> int:
    return next(b.index for b in blocks if b.table == table)


def _owner_keys(chosen: list[_Cand], block: int) -> set[str]:
    """The keys of the chosen heading whose span holds `block` (none for a combined boundary)."""
    before = [c for c in chosen if c.block < block]
    return set(max(before, key=lambda c: c.block).keys) if before else set()


def contents_entries(cands: list[_Cand], blocks: tuple[Block, ...],
                     in_combined: dict[int, str | None]) -> tuple[list[bool], list[bool]]:
    """Per candidate: (bare: no body text before the next heading, in_run: part of a contents list,
    i.e. a run of three or more bare headings)."""

    def has_body(n: int) -> bool:
        c = cands[n]
        stop = next((d.block for d in cands[n + 1:] if d.strong or d.keys != c.keys), len(blocks))
        return any(i not in in_combined and not _same_row_title(blocks[i], blocks[c.block])
                   for i in range(c.block + 1, stop))

    # contents entries: runs of three or more headings with nothing between them
    bare = [not has_body(n) for n in range(len(cands))]
    in_run = [False] * len(cands)
    n = 0
    while n < len(cands):
        m = n
        while m < len(cands) and bare[m]:
            m += 1
        run = m - n + (1 if m < len(cands) else 0)  # the run's last entry may have text after it
        if run >= 3:
            for i in range(n, min(m + 1, len(cands))):
                in_run[i] = True
        n = m + 1
    return bare, in_run


def _choose(cands: list[_Cand], blocks: tuple[Block, ...], in_combined: dict[int, str | None]) -> list[_Cand]:
    """One heading per key: strong before weak; among those, the first with body text after it and
    not in a contents list (a run of headings with nothing between them). Candidates not chosen are
    subheadings or contents entries and start nothing, except a merged "Section H" above separate
    H1/H2 headings, which is a boundary."""

    bare, in_run = contents_entries(cands, blocks, in_combined)
    chosen: list[_Cand] = []
    taken: set[str] = set()
    # a template that labels sections with letters does so throughout: then names alone are subheadings
    lettered = len({k for c in cands if c.strong for k in c.keys}) >= MIN_SECTIONS
    for strong in ((True,) if lettered else (True, False)):
        pool = [(n, c) for n, c in enumerate(cands) if c.strong == strong and c.keys]
        groups = list(dict.fromkeys(c.keys for _, c in pool))
        for keys in sorted(groups, key=len):  # single keys before a merged H
            free = tuple(k for k in keys if k not in taken)
            if not free:
                continue
            group = [(n, c) for n, c in pool if c.keys == keys]
            ranked = [c for n, c in group if not in_run[n] and not bare[n]] + \
                     [c for n, c in group if not in_run[n]] + [c for n, c in group if not bare[n]]
            pick = ranked[0] if ranked else group[-1][1]
            chosen.append(_Cand(pick.block, free, pick.strong))  # a merged H beside a separate H2 is H1
            taken |= set(free)
    picked = {c.block for c in chosen}
    split_h = any(c.keys in (("H1",), ("H2",)) for c in chosen)
    chosen.extend(_Cand(c.block, (), True) for c in cands
                  if c.strong and c.block not in picked and (not c.keys or split_h and len(c.keys) == 2))
    return chosen


def _row_start(blocks: tuple[Block, ...], head: int) -> int:
    """Where a heading's section starts: the heading block, or the first cell of its table row
    when the cells before it are only a label ("H2" | "Section H2: ...\nNone."): that letter cell
    is the heading's, not the end of the section before."""
    h = blocks[head]
    i = head
    while h.table is not None and i > 0 and blocks[i - 1].table == h.table and blocks[i - 1].row == h.row \
            and len(blocks[i - 1].text.strip()) <= 12:
        i -= 1
    return i


def _in_heading_row(blocks: tuple[Block, ...], i: int, head: int | None, rules: Rules) -> str:
    """A block's text as section body: a label cell before the heading in its row is no body, and a
    cell beside it that repeats the heading ("H1" | "Section H1: ...\nNot applicable.") gives only
    the text under that heading."""
    b = blocks[i]
    if head is None or b.table is None or b.table != blocks[head].table or b.row != blocks[head].row:
        return b.text
    if i < head:
        return ""
    first = _norm(b.text.strip().split("\n", 1)[0])
    if any(form == "section" and pat.match(first) for form, pat in _EXPLICIT) or _is_title_like(first):
        return _heading_and_body(b.text, rules)[1]
    return b.text


def _same_row_title(b: Block, head: Block) -> bool:
    """A cell beside the heading cell in the same table row (the title column of a letter table)."""
    return head.table is not None and b.table == head.table and b.row == head.row and len(b.text) < 160 \
        and b.col is not None and head.col is not None and b.col == head.col + 1 and _is_title_like(b.text) \
        and "\n" not in b.text.strip()  # "Placement\nHillcrest Academy": a title line over the content


def _is_title_like(text: str) -> bool:
    t = _norm(text)
    return len(t) <= 100 and _title_key(t, load_rules(), prefix=True)[0] is not None


def _heading_and_body(text: str, rules: Rules) -> tuple[str, str]:
    """A heading block that holds more than its heading (a table cell "Section H1: Social care
    provision ...\nNone. Priya has no assessed social care needs."): (the heading, the text under
    it). Lines after the first that are made only of the statutory titles' words ("Act 1970": a PDF
    wrapping a long heading) and end in no full stop still belong to the heading."""
    lines = [ln.strip() for ln in text.strip().split("\n")]
    n = 1
    while n < len(lines) and lines[n] and not lines[n].rstrip().endswith((".", ":", "!", "?")) \
            and all(w in rules.title_words for w in _words(lines[n])):
        n += 1
    return " ".join(lines[:n]), "\n".join(ln for ln in lines[n:] if ln)


def _title(blocks: tuple[Block, ...], head: int) -> str:
    """The heading as written (its heading lines only); a bare letter cell takes the title from the
    cell beside it."""
    h = blocks[head]
    t = _heading_and_body(h.text, load_rules())[0]
    if re.fullmatch(r"(?i)((section|part)\s+)?(h\s?[12]|[a-k])[.:]?", t) and head + 1 < len(blocks):
        nxt = blocks[head + 1]
        if _same_row_title(nxt, h):
            return f"{t} {nxt.text.strip()}"
        if h.table is not None and nxt.table == h.table and nxt.row == h.row:
            rest = _in_heading_row(blocks, head + 1, head, load_rules())
            if rest != nxt.text:  # "Section H1: <title>\n<text>": the title is the cell's heading lines
                return f"{t} {_heading_and_body(nxt.text, load_rules())[0]}"
    return t
