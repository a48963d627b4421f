"""Sections -> Items: the stage between sectionizing and checking (``itemize(plan) -> plan``).

Each line of sections E, F, G, H1 and H2 becomes part of exactly one ``Item``: a provision item, an
outcome, or a non-item (a sub-heading, a table's column titles, framing such as "The school will
provide the following:", funding, a sign-off, a nil statement, a cross-reference, template
guidance). Checks judge only items, scoring counts items, reports show them; nothing downstream
splits a section its own way.

Two steps:
1. **Grouping** lines that belong together, from layout: a table row's cells (a table whose columns
   hold several sections, "needs (B) | outcomes (E) | provision (F)", is split by column and each
   cell paragraph is its own item); a row a PDF split over a page joined back to it; field-per-line
   blocks ("Provision: ..." then "Frequency: ...", "Delivered by: ...": a new block at the next
   opening field or at a field already seen); a bullet with the paragraph that continues its
   sentence; a lead-in ending in ":" with the short fragments under it.
2. **Telling items from non-items**, from general evidence: layout (heading style, bold, a title
   with no verb, a line ending in ":", a table's first row, a cell merged across a table) and
   wording (spaCy Matcher token patterns kept as data in ``resources/items.yaml``, run by
   ``ehcp_qa.patterns`` so a one-file check needs no spaCy import: nil statements,
   sign-offs, guidance, cross-references, funding, framing). ``classify`` is also what
   ``ehcp-qa check-items`` uses for single statements, with no layout.

"Nil" is defined here, once (``is_nil``), from the `nil` patterns of the same file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

import yaml

from .model import Block, BlockKind, Item, ItemKind, ItemRole, Plan, SectionKey, SectionStatus
from .patterns import Pattern, _is_punct, compile_pattern, matches, tokenize

ITEM_SECTIONS: tuple[SectionKey, ...] = (SectionKey.E, SectionKey.F, SectionKey.G, SectionKey.H1, SectionKey.H2)
PROVISION_SECTIONS: tuple[SectionKey, ...] = ITEM_SECTIONS[1:]

#: the order in which wording evidence is tried: the first role whose pattern matches wins
_ROLE_ORDER = ("nil", "sign_off", "guidance", "heading", "cross_reference", "funding", "framing", "other")
_TOKENS = 60  # wording evidence is looked for in a line's first tokens only (speed)

# "2.", "(b)", "iv)", "F4.", "G3 (C1, E5).", "E2 -", bullets: the numbering a line may open with
_NUMBERING = re.compile(
    r"^\s*(?:[-•*–·▪◦o]\s+|\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-hj-z]|[ivx]{1,4})[.)]\s+|"
    r"[A-K]\d{1,2}(?:\.\d{1,2})*\.?(?:\s*\([A-K0-9,\s\-–]+\))?[.:)]?\s+(?:[-–|]\s+)?|"
    r"[A-K](?:\s*\([A-K0-9,\s\-–]+\))?[.:)]\s+)")
# a field label: "Provision:", "Delivered by:", "Frequency and duration:" (at most six words)
_FIELD = re.compile(r"^\s*([A-Za-z][A-Za-z'’/&\- ]{0,48}?)(?:\s*\([^)]{0,40}\))?\s*:\s*(.*)\Z", re.S)
_QUANTITY = re.compile(r"\d\s*(?:x|:|-?\s*minutes?|mins?|hours?|hrs?|times|sessions?|weeks?|days?)\b|"
                       r"\b(?:daily|weekly|fortnightly|termly|monthly|annually|each|every|once|twice)\b", re.I)
_TERMINAL = (".", "!", "?", ";")
_PARENTHESISED = re.compile(r"^\(([^()]*)\)[.;]?\Z")


# --- the data: resources/items.yaml ----------------------------------------------------------------


@dataclass(frozen=True)
class Lexicon:
    head_fields: frozenset[str]
    attribute_fields: dict[str, str]  # label -> slot
    column_sections: dict[str, tuple[str, ...]]  # section -> title words
    statement_words: frozenset[str]
    patterns: dict[str, list[dict]]  # role -> [{"at", "within", "short", "pattern"}]


def _norm_label(label: str) -> str:
    label = re.sub(r"\([^)]*\)", " ", label.lower().replace("’", "'"))
    return " ".join(re.sub(r"[^a-z0-9'/&\- ]", " ", label).split()).strip(" -/&")


@lru_cache(maxsize=1)
def nil_data() -> dict:
    """resources/nil.yaml, parsed once per process: the nil patterns and the words that say a
    statement is about something beyond what was said (ehcp_qa.nil)."""
    return yaml.safe_load(resources.files("ehcp_qa").joinpath("resources/nil.yaml").read_text(encoding="utf-8"))


def _nil_patterns() -> list[dict]:
    return nil_data()["nil"]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = yaml.safe_load(resources.files("ehcp_qa").joinpath("resources/items.yaml").read_text(encoding="utf-8"))
    fields_ = data["fields"]
    attrs = {_norm_label(lab): slot for slot, labs in fields_["attribute"].items() for lab in labs}
    roles = {**data["roles"], "nil": _nil_patterns()}  # nil: its own data file, the one definition
    unknown = set(roles) - set(_ROLE_ORDER)
    if unknown:
        raise ValueError(f"resources/items.yaml: unknown role(s) {', '.join(sorted(unknown))}")
    for role, entries in roles.items():
        for e in entries:
            if set(e) - {"at", "within", "short", "pattern"} or e.get("at", "start") not in ("start", "sentence", "whole", "any"):
                raise ValueError(f"resources/items.yaml: roles.{role}: bad entry {sorted(e)}")
    return Lexicon(
        head_fields=frozenset(_norm_label(x) for x in fields_["head"]),
        attribute_fields=attrs,
        column_sections={k: tuple(v) for k, v in data["column_sections"].items()},
        statement_words=frozenset(data["statement_words"]),
        patterns={r: list(roles.get(r) or ()) for r in _ROLE_ORDER},
    )


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, dict, Pattern]]:
    """Every role pattern, compiled once: (role, entry, pattern), in role order."""
    return [(role, e, compile_pattern(e["pattern"])) for role, entries in lexicon().patterns.items() for e in entries]


@lru_cache(maxsize=1)
def _by_word() -> tuple[dict[str, frozenset[int]], frozenset[int]]:
    """word -> the patterns (indices into ``_compiled()``) whose first required token can be that
    word, and the patterns that require no word: only those can match a line."""
    index: dict[str, set[int]] = {}
    free = set()
    for i, (_, _, pat) in enumerate(_compiled()):
        if not pat.required:
            free.add(i)
        for w in pat.required[:1] and pat.required[0]:
            index.setdefault(w, set()).add(i)
    return {w: frozenset(v) for w, v in index.items()}, frozenset(free)


def field_label(text: str) -> tuple[str, str | None, str]:
    """("provision", "head", value) for "Provision: ...", ("delivered by", "who", value), or
    ("", None, text) when the line does not open with a known field label."""
    body = _NUMBERING.sub("", text, count=1)
    m = _FIELD.match(body)
    if not m or len(m.group(1).split()) > 6:
        return "", None, text
    label = _norm_label(m.group(1))
    lex = lexicon()
    if label in lex.head_fields:
        return label, "head", m.group(2)
    slot = lex.attribute_fields.get(label)
    if slot is not None:
        return label, slot, m.group(2)
    return "", None, text


def _strip_lead(text: str) -> str:
    """The line without its numbering and field label: what its wording is judged on."""
    text = _NUMBERING.sub("", text, count=1)
    label, slot, value = field_label(text)
    if slot is not None and value.strip():
        text = value
    return text.strip()


def _tokens(text: str) -> int:
    return len(text.split())


def role_matches(tokens: Sequence[str], where: bool = False) -> list[tuple[str, dict, int, int]]:
    """(role, entry, start, end) of every role pattern match in ``tokens`` (the same matches spaCy's
    Matcher gives for these patterns: tests/test_patterns.py). ``where``: only matches that begin
    where their entry's `at`/`within` allows (the ones ``wording_role`` can use; much quicker)."""
    lower = {t.lower() for t in tokens}
    sents = [i for i in range(len(tokens)) if i == 0 or tokens[i - 1] in (".", "!", "?", ";")]
    index, free = _by_word()
    pats = _compiled()
    wanted = set(free)
    for w in lower:
        wanted |= index.get(w, frozenset())
    out = []
    for role, e, pat in (pats[i] for i in sorted(wanted)):
        starts = None
        if where:
            at, within = e.get("at", "start"), int(e.get("within", 0))
            if at in ("start", "whole"):
                starts = range(0, (within if at == "start" else 0) + 1)
            elif at == "sentence":
                starts = {i + k for i in sents for k in range(within + 1)}
        out += [(role, e, s, t) for s, t in matches(pat, tokens, starts, lower)]
    return out


def wording_role(text: str) -> tuple[str | None, float]:
    """The non-item role the wording of a line shows (None if none), and how sure that is."""
    body = _strip_lead(text)
    if not body:
        return None, 0.0
    whole = _PARENTHESISED.match(body)
    if whole:  # "(Agreed by the DCO on 4 August.)": a line wholly in round brackets is judged on what they hold
        body = whole.group(1).strip()
    tokens = tokenize(body[:300])
    n = len(tokens)
    tokens = tokens[:_TOKENS]
    last = len(tokens)
    while last > 0 and _is_punct(tokens[last - 1]):
        last -= 1
    best: tuple[int, str, float] | None = None
    for role, entry, s, e in role_matches(tokens, where=True):
        at = entry.get("at", "start")
        if entry.get("short") and n > entry["short"]:
            continue
        if at == "whole" and not (s == 0 and e >= last):
            continue
        if at == "start" and s > int(entry.get("within", 0)):
            continue
        if at == "sentence" and not any(i == 0 or tokens[i - 1] in (".", "!", "?", ";")
                                        for i in range(max(0, s - int(entry.get("within", 0))), s + 1)):
            continue
        if role == "cross_reference" and s > 0 and _QUANTITY.search(body):
            continue  # "... 45 hours a year, paid monthly; see Section J": an item that points on, not a pointer
        conf = 0.9 if at in ("start", "whole") and s == 0 else 0.8
        rank = _ROLE_ORDER.index(role)
        if best is None or rank < best[0]:
            best = (rank, role, conf)
    return (best[1], best[2]) if best else (None, 0.0)


def is_nil(text: str) -> bool:
    """An explicit "none" statement: "None.", "N/A", "No health provision is required.", "Esme
    does not currently receive any provision under section 2 ...". The one definition of nil."""
    return wording_role(text)[0] == "nil"


def is_statement(text: str) -> bool:
    """Has a verb of the kind provision and outcomes are written with (a title has none)."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words & lexicon().statement_words)


def is_title_text(text: str) -> bool:
    """A short line with no verb, number or quantity and no closing full stop: a title."""
    text = text.strip()
    if not text:
        return True
    if text.endswith(":") and _tokens(text) <= 14:
        return True
    bare = re.sub(r"\([^)]*\)", "", _NUMBERING.sub("", text, count=1))  # "(B1, B2)": a reference
    bare = _NAMING_NUMBER.sub("", bare)
    m = re.match(r"\s*([A-Za-z][A-Za-z\- ]{2,30}?)\s+\d{1,2}\b", bare)  # "Outcome 1", "Target 2": a numbered title
    if m and _norm_label(m.group(1)) in lexicon().head_fields:
        bare = bare[m.end():]
    return (_tokens(bare) <= 10 and not text.endswith(_TERMINAL) and not is_statement(re.sub(r"\([^)]*\)", "", text))
            and not _QUANTITY.search(bare) and not re.search(r"\d", bare))


# --- classification -----------------------------------------------------------------------------

#: "2. Cognition and learning", "F4. Review": a numbered line (a numbered title is a heading; a
#: bulleted one, "• Ear defenders", an item)
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[A-K]\d{1,2}(?:\.\d{1,2})*\.?|(?:[A-K]|H[12])\s*[.:|\-–—])\s+\S")
#: a section's own title with its letter: "F. Special educational provision (post-16)", "H1: Social
#: care provision made under section 2 ...", "F | Special educational provision"
_LETTER_TITLE = re.compile(r"^\s*(?:(?:section|part)\s+)?(?:[A-K]|H[12])\s*[.:|\-–—]\s*(?:\w+\W+){0,4}?"
                           r"(?:provision|outcomes?|needs|health|social|special|views|placement|budget|advice)\b", re.I)
NUMBERED = "numbered"

#: words that tie a short line to how, when or by whom something is given ("Access to speech
#: therapy as needed", "Ear defenders when the hall is noisy"): a verb-less item, not a title
_SLOT_WORDS = re.compile(r"\b(?:as|when|whenever|where|if|until|per|via|using)\b|\baccess\s+to\b|"
                         r"\bsupport\s+(?:from|with|for|in)\b|\bopportunit(?:y|ies)\b|\binterventions?\b|"
                         r"\bby\s+(?:a|an|the)\b", re.I)
#: numbers that name rather than count: "Year 4", "post-16", "Key Stage 2", "(age 18-25)", "Act 2014"
_NAMING_NUMBER = re.compile(r"\b(?:year|key\s+stage|ks|post|pre|age|ages|act|stage|phase|level|entry)\s*-?\s*\d+(?:\s*-\s*\d+)?\b|"
                            r"\b(?:19|20)\d\d(?:/\d\d)?\b|\b\d{1,2}\s+of\s+\d{1,2}\b", re.I)

#: layout evidence a candidate can carry
HEADING_STYLE, BOLD, COLUMN_TITLES, MERGED_ROW, TITLE, LIST, TABLE_ROW, FIELDS, NEED_COLUMN, CONTINUATION = (
    "heading_style", "bold", "column_titles", "merged_row", "title", "list", "table_row", "fields",
    "need_column", "continuation_row")


def default_kind(section: SectionKey | str) -> ItemKind:
    return ItemKind.OUTCOME if SectionKey(section) is SectionKey.E else ItemKind.PROVISION


def classify(text: str, section: SectionKey | str, layout: Iterable[str] = ()) -> tuple[ItemKind, ItemRole | None, float]:
    """Item or non-item, the role of a non-item, and a confidence, from layout and wording."""
    layout = set(layout)
    kind = default_kind(section)
    if not layout:  # a single statement: what its text shows of its layout
        if _LETTER_TITLE.match(text) and not re.search(r"\b(?:will|shall|is|are)\b", text, re.I):
            return ItemKind.NON_ITEM, ItemRole.HEADING, 0.85
        if " | " in text:
            cells = text.split(" | ")
            if is_header_text(cells):
                return ItemKind.NON_ITEM, ItemRole.COLUMN_TITLES, 0.9
            layout.add(TABLE_ROW)
        if _NUMBERING.match(text):
            layout.add(LIST)
        if _NUMBERED.match(text):
            layout.add(NUMBERED)
    if COLUMN_TITLES in layout:
        return ItemKind.NON_ITEM, ItemRole.COLUMN_TITLES, 0.95
    if TITLE in layout:
        return ItemKind.NON_ITEM, ItemRole.HEADING, 0.95
    if NEED_COLUMN in layout or CONTINUATION in layout:
        return ItemKind.NON_ITEM, ItemRole.OTHER, 0.8
    role, conf = wording_role(text)
    if role is not None:
        return ItemKind.NON_ITEM, ItemRole(role), conf
    stripped = text.strip()
    if FIELDS in layout:
        return kind, None, 0.9
    label, slot, value = field_label(stripped)
    if label and not value.strip():
        return ItemKind.NON_ITEM, ItemRole.HEADING, 0.85  # "Long-term outcome (end of Key Stage 3):"
    if HEADING_STYLE in layout:
        return ItemKind.NON_ITEM, ItemRole.HEADING, 0.9
    if stripped.endswith(":") and _tokens(stripped) <= 40 and TABLE_ROW not in layout:
        return ItemKind.NON_ITEM, (ItemRole.FRAMING if is_statement(stripped) else ItemRole.HEADING), 0.85
    short_title = is_title_text(stripped)
    if (BOLD in layout or MERGED_ROW in layout) and short_title:
        return ItemKind.NON_ITEM, ItemRole.HEADING, 0.85
    if short_title and TABLE_ROW not in layout and (LIST not in layout or NUMBERED in layout) \
            and not _SLOT_WORDS.search(re.sub(r"\([^)]*\)", "", stripped)):
        return ItemKind.NON_ITEM, ItemRole.HEADING, 0.7
    return kind, None, 0.75 if LIST in layout or TABLE_ROW in layout else 0.7


# --- grouping -----------------------------------------------------------------------------------


@dataclass
class _Cand:
    section: SectionKey
    start: int
    end: int
    blocks: list[int]
    layout: set[str] = field(default_factory=set)
    labels: list[str] = field(default_factory=list)  # field labels seen (field-per-line blocks)
    open: bool = True  # may later lines (attributes, continuations) still join it?


#: a cell that stops mid-sentence: the row goes on over the page
_CUT_OFF = re.compile(r"(?:[,;:(\-–&/]|\b(?:and|or|the|a|an|of|to|with|by|for|in|on|at|from))\Z", re.I)


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).strip(" :.-")


def _is_title_cell(text: str, title: str, key: SectionKey | None = None) -> bool:
    """The section's title written out in a block of its own (beside a letter cell): its first line
    is the section's heading, or opens "Section F" / "Part F"."""
    t = _norm(text.split("\n", 1)[0])
    if re.fullmatch(r"[a-k][12]?", t):
        return True  # a letter cell: "H2" beside (or above) its section's title
    if re.match(r"(?:section|part)\s+[a-k][12]?\b\s*[:.\-–]", t) or (
            key is not None and re.match(rf"(?:section|part)\s+{key.value.lower()}\b", t)):
        return True  # "Section H2: Any other social care provision ..." (this section's or the next's)
    return len(t) >= 8 and len(title) >= 8 and (t == title or title.endswith(" " + t) or t.startswith(title))


def _rows(blocks: Sequence[Block]) -> list[list[Block]]:
    """A table row's cells together, every other block alone, in order."""
    groups: list[list[Block]] = []
    for b in blocks:
        if (b.kind is BlockKind.TABLE_CELL and groups and groups[-1][0].kind is BlockKind.TABLE_CELL
                and (groups[-1][0].table, groups[-1][0].row) == (b.table, b.row)):
            groups[-1].append(b)
        else:
            groups.append([b])
    return groups


def _known_label(text: str) -> bool:
    """A column title that is a known field label ("Provision", "Delivered by", "How we will know")."""
    lex = lexicon()
    label = _norm_label(text)
    if label in lex.head_fields or label in lex.attribute_fields:
        return True
    words = label.split(" ")
    # "Provision to meet my needs", "Outcome (by end of Year 6)", "Frequency and duration"
    return any(" ".join(words[:n]) in lex.head_fields or " ".join(words[:n]) in lex.attribute_fields
               for n in (1, 2, 3))


def _head_label(text: str) -> bool:
    """A column title naming what the row is about ("Provision", "Outcome (by July 2027)")."""
    label = _norm_label(text)
    if label in lexicon().attribute_fields:
        return False  # "Outcome link": points at an outcome, is not one
    words = label.split(" ")
    return any(" ".join(words[:n]) in lexicon().head_fields for n in (1, 2, 3))


def is_header_row(cells: Sequence[Block]) -> bool:
    """A table's row of column titles ("Provision | Frequency | Delivered by | Review",
    "Outcome (by end of Year 6) | Steps towards it | By when"): short cells with no full stop, most
    of them known field labels."""
    return is_header_text([c.text for c in cells])


def is_header_text(cells: Sequence[str]) -> bool:
    texts = [c.strip() for c in cells if c.strip()]
    if len(texts) < 2 or any(_tokens(t) > 12 or t.endswith(".") or re.search(r":\s*\S", t) for t in texts):
        return False  # "Provision: touch-typing | Provider: tutor" holds values, not titles
    known = sum(_known_label(t) for t in texts)
    return known >= 2 and 2 * known >= len(texts)


_LETTER = re.compile(r"\(([A-K])\)|\b(?:section|part)\s+([A-K])\b", re.I)


def column_sections(cells: Sequence[Block]) -> dict[int, str] | None:
    """col -> section letter, for a header row whose columns hold different sections (B/E/F side by
    side); None for an ordinary provision or outcome table."""
    lex = lexicon()
    out: dict[int, str] = {}
    for c in cells:
        t = c.text.strip()
        m = _LETTER.search(t)
        if m:
            out[c.col or 0] = (m.group(1) or m.group(2)).upper()
            continue
        words = _norm_label(t)
        if lex.attribute_fields.get(words) is not None:
            continue  # "Outcome link", "Need": a column that points elsewhere, not a section's content
        for sec, keys in lex.column_sections.items():
            if any(re.search(rf"\b{re.escape(k)}\b", words) for k in keys):
                out[c.col or 0] = sec
                break
    kinds = {s for s in out.values() if s in ("E", "F", "G", "H1", "H2")}
    if len(kinds) >= 2 or (kinds and "B" in out.values() and len(set(out.values())) >= 2 and len(out) == len(cells)):
        # outcome and provision columns side by side: split by column
        return out if len(set(out.values())) >= 2 else None
    return None


def _split_paragraphs(text: str, offset: int) -> list[tuple[int, int]]:
    """A cell holding several paragraphs: spans of each (a "\\n" after a full stop, before a capital
    or a bullet, starts a new one; other line breaks are wrapped lines in a PDF)."""
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        before, after = text[start:m.start()].rstrip(), text[m.end():].lstrip()
        if (before.endswith(_TERMINAL) and after[:1] and (after[0].isupper() or after[0].isdigit())) \
                or _NUMBERING.match(after):
            spans.append((start, m.start()))
            start = m.end()
    spans.append((start, len(text)))
    return [(offset + a, offset + b) for a, b in spans if text[a:b].strip()]


class _Grouper:
    """Candidates for one section, block by block."""

    def __init__(self, plan: Plan, key: SectionKey):
        self.plan, self.key = plan, key
        self.out: list[_Cand] = []
        self.tables: dict[int, dict] = {}  # table id -> {"header": bool, "cols": col->section|None, "ncols", "need"}
        self.prev_row: list[Block] | None = None
        self.col_last: dict[int, _Cand] = {}  # combined tables: the last candidate of each column

    # -- helpers
    def _add(self, section, start, end, blocks, layout=(), open_=True) -> _Cand:
        c = _Cand(SectionKey(section), start, end, list(blocks), set(layout), open=open_)
        self.out.append(c)
        return c

    def _extend(self, c: _Cand, blocks: Sequence[Block]) -> None:
        c.end = max(c.end, blocks[-1].end)
        c.blocks.extend(b.index for b in blocks if b.index not in c.blocks)

    def _last_open(self) -> _Cand | None:
        return self.out[-1] if self.out and self.out[-1].open else None

    # -- tables
    def _table_info(self, t: int, blocks: Sequence[Block]) -> dict:
        info = self.tables.get(t)
        if info is None:
            cells = [b for b in self.plan.blocks if b.table == t] if t is not None else list(blocks)
            info = {"ncols": max((b.col or 0) for b in cells) + 1 if cells else 1, "cols": None, "need": set(),
                    "first_row": min((b.row or 0) for b in cells) if cells else 0}
            self.tables[t] = info
        return info

    def _continues_row(self, cells: list[Block], info: dict) -> bool:
        """A row a PDF split over a page: the first row of a table that starts a new page right after
        a table row on the page before, with leading columns empty or a cell carrying on a sentence."""
        prev = self.prev_row
        if not prev or prev[0].table == cells[0].table or prev[0].page is None or cells[0].page is None:
            return False
        if cells[0].page == prev[0].page or (cells[0].row or 0) != info["first_row"]:
            return False
        if is_header_row(cells):
            return False
        texts = [c.text.strip() for c in cells if c.text.strip()]
        if len(cells) == 1 and is_title_text(texts[0]) and len(prev) >= 2:
            return False  # a sub-heading row merged across the table, at the top of the new page
        lower = any(t[:1].islower() for t in texts)
        by_col = {c.col: c.text.rstrip() for c in prev}
        cut = any(_CUT_OFF.search(by_col.get(c.col, ".")) for c in cells)  # "... Dr Rebecca Iles," | "Westbrook ..."
        return lower or cut or (cells[0].col or 0) > (prev[0].col or 0) or len(cells) < len(prev)

    def row(self, cells: list[Block], title: str) -> None:
        cells = [c for c in cells if c.text.strip()]
        if not cells:
            return
        info = self._table_info(cells[0].table, cells)
        if self._continues_row(cells, info):
            self._continue_row(cells, info)
            return
        self.prev_row = cells
        if len(cells) == 1 and sum(bool(_NUMBERING.match(ln.strip())) for ln in cells[0].text.split("\n")) >= 2:
            # one cell holding a numbered or bulleted list ("Outcomes\n1. ...\n2. ..."): an item each
            for a, b in _split_paragraphs(cells[0].text, cells[0].start):
                listed = bool(_NUMBERING.match(self.plan.text[a:b]))
                self._add(self.key, a, b, [cells[0].index], {LIST, TABLE_ROW} if listed else set())
            return
        if any(_is_title_cell(c.text, title, self.key) for c in cells) and all(
                _is_title_cell(c.text, title, self.key) for c in cells):
            self._add(self.key, cells[0].start, cells[0].end, [cells[0].index], {TITLE}, open_=False)
            return
        if len(cells) >= 2 and not info.get("data") and is_header_row(cells):
            cols = column_sections(cells)
            if cols is not None:
                info["cols"] = cols
            info["need"] = {c.col for c in cells if lexicon().attribute_fields.get(_norm_label(c.text)) == "need"}
            heads = [c.col or 0 for c in cells if _head_label(c.text)]
            info["head_col"] = min(heads) if heads else None
            self._add(self.key, cells[0].start, cells[-1].end, [c.index for c in cells], {COLUMN_TITLES}, open_=False)
            return
        if len(cells) == 1 and info["ncols"] >= 2:
            c = cells[0]
            if info["cols"] is None or (c.col or 0) not in info["cols"]:
                for a, b in self._outcome_paragraphs(c) or [(c.start, c.end)]:
                    self._add(self.key, a, b, [c.index], {MERGED_ROW, TABLE_ROW})
                return
        info["data"] = True
        if info["cols"]:
            self._combined_row(cells, info)
            return
        head = info.get("head_col")
        if head is not None and all((c.col or 0) > head for c in cells) and self.out and TABLE_ROW in self.out[-1].layout:
            # a row with its leading columns empty: a second staffing/frequency line of the row above
            self._add(self.key, cells[0].start, cells[-1].end, [c.index for c in cells], {CONTINUATION}, open_=False)
            return
        body = [c for c in cells if (c.col or 0) not in info["need"]] or cells
        if body[0] is not cells[0] and len(body) < len(cells):
            pass  # the need cells are left out of the item's span (they describe the need, not the provision)
        layout = {TABLE_ROW}
        if len(cells) == 1 and cells[0].bold:
            layout.add(BOLD)
        paras = self._outcome_paragraphs(body[0]) if len(body) == 1 else None
        for a, b in paras or [(body[0].start, body[-1].end)]:
            self._add(self.key, a, b, [c.index for c in cells], layout)

    def _outcome_paragraphs(self, c: Block) -> list[tuple[int, int]] | None:
        """A cell holding several paragraphs that are each a whole sentence: one item each.
        An outcome cell ("By July 2027, Zainab will ... .\nZainab will feel more confident ...") is
        one outcome a sentence. A provision cell is split only where every paragraph is a whole
        provision of its own ("ELSA sessions as needed.\nA time-out pass to ... at any time."): a
        sentence of its own that neither refers back ("This includes ...", "The group will ...") nor
        only names who gives the one above ("Delivered by ..."), and no field-per-line labels; a
        sentence that carries on the one above joins it (one good provision must not hide
        another's gap, nor one gap sink a good neighbour)."""
        if "\n" not in c.text:
            return None
        spans = _split_paragraphs(c.text, c.start)
        texts = [self.plan.text[a:b].strip() for a, b in spans]
        # an outcome sentence is at least five words; a provision can be three ("ELSA sessions weekly.")
        least = 5 if self.key is SectionKey.E else 3
        if len(spans) < 2 or not all(_tokens(t) >= least and t.endswith(_TERMINAL) for t in texts):
            return None
        if self.key is SectionKey.E:
            return spans
        if any(field_label(t)[1] is not None for t in texts):
            return None  # a field-per-line block written in one cell
        out = [spans[0]]
        for (a, b), t in zip(spans[1:], texts[1:]):
            if _carries_on(t, self.plan.text[out[-1][0]:out[-1][1]]):
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
        return out if len(out) >= 2 else None

    def _combined_row(self, cells: list[Block], info: dict) -> None:
        for c in cells:
            sec = info["cols"].get(c.col or 0)
            if sec not in ("E", "F", "G", "H1", "H2"):
                self.col_last[c.col or 0] = self._add(self.key, c.start, c.end, [c.index], {NEED_COLUMN}, open_=False)
                continue
            for a, b in _split_paragraphs(c.text, c.start):
                self.col_last[c.col or 0] = self._add(sec, a, b, [c.index], {TABLE_ROW, LIST})

    def _continue_row(self, cells: list[Block], info: dict) -> None:
        prev_info = self.tables.get(self.prev_row[0].table) if self.prev_row else None
        if prev_info and prev_info.get("cols"):
            info["cols"], info["need"] = prev_info["cols"], prev_info["need"]
            for c in cells:
                last = self.col_last.get(c.col or 0)
                if last is not None and NEED_COLUMN not in last.layout:
                    self._extend(last, [c])
                else:
                    self._add(self.key, c.start, c.end, [c.index], {NEED_COLUMN}, open_=False)
            return
        if prev_info:
            info["cols"], info["need"] = prev_info.get("cols"), prev_info.get("need", set())
        target = next((c for c in reversed(self.out) if TABLE_ROW in c.layout), None)
        if target is None:
            self._add(self.key, cells[0].start, cells[-1].end, [c.index for c in cells], {TABLE_ROW})
        else:
            self._extend(target, cells)

    # -- paragraphs and list items
    def line(self, b: Block, title: str) -> None:
        self.prev_row = None
        text = b.text.strip()
        if _is_title_cell(text, title, self.key) and b.index == self._first_block:
            self._add(self.key, b.start, b.end, [b.index], {TITLE}, open_=False)
            return
        label, slot, value = field_label(text)
        last = self._last_open()
        if last is not None and slot not in (None, "head", "need") and value.strip() and label not in last.labels:
            last.labels.append(label)
            last.layout.add(FIELDS)
            self._extend(last, [b])
            return
        if last is not None and slot == "head" and last.labels and all(
                lexicon().attribute_fields.get(lab) == "need" for lab in last.labels):
            last.labels.append(label)
            self._extend(last, [b])
            return
        if last is not None and text[:1].islower() and not self.plan.text[last.end - 1:last.end].endswith(
                (*_TERMINAL, ":")) and b.kind is not BlockKind.HEADING:
            self._extend(last, [b])  # a bullet or paragraph carried on in the next paragraph
            return
        if last is not None and b.kind is not BlockKind.HEADING and not ({"lead", TITLE, HEADING_STYLE} & last.layout) \
                and _sentence(self.plan.text[last.start:last.end]) and _carries_on(text, self.plan.text[last.start:last.end]):
            self._extend(last, [b])  # "... a social communication group ... ." then "The group will follow ..."
            return
        if last is not None and "lead" in last.layout and _is_fragment(text):
            self._extend(last, [b])  # "Speech and language therapy:" then "- 30 minutes weekly", ...
            return
        layout = set()
        if b.kind is BlockKind.HEADING:
            layout.add(HEADING_STYLE)
        if b.bold:
            layout.add(BOLD)
        if b.kind is BlockKind.LIST_ITEM or _NUMBERING.match(text):
            layout.add(LIST)
        if _NUMBERED.match(text):
            layout.add(NUMBERED)
        heading_like = HEADING_STYLE in layout or (BOLD in layout and is_title_text(text)) or \
            (text.endswith(":") and not value.strip())
        c = self._add(self.key, b.start, b.end, [b.index], layout, open_=not heading_like)
        if label:
            c.labels.append(label)
        if text.endswith(":") and _tokens(text) <= 8 and not is_statement(text):
            c.layout.add("lead")
            c.open = True

    _first_block = -1


# a sentence that opens by referring back to the one before it: a pronoun or demonstrative subject,
# or an agentive phrase that only says who gives it ("Delivered by ...") - general English, not wording
_BACK_REF = re.compile(r"^(?:this|these|that|those|it|they|such|each\s+session|both)\b(?!\s+(?:is|are)\s+no\b)|"
                       r"^[A-Za-z]+(?:ed|en)\s+by\b|^(?:also|in\s+addition|additionally|as\s+well)\b", re.I)
_DEFINITE = re.compile(r"^the\s+((?:[a-z]+\s+){0,2}?)([a-z]+)\s+(?:will|is|are|includes?|consists?|focus(?:es)?|covers?|"
                       r"uses?|follows?|runs?|takes?|has|have|should|must|can|may)\b", re.I)


# a demonstrative with a noun for the section's provision as a whole: a summary, not a continuation
_SUMMARY = re.compile(r"^(?:this|these|all\s+this|all\s+of\s+this)\s+(?:help|provision|support|package|plan|section|"
                      r"arrangements?)\b", re.I)


def _carries_on(text: str, before: str) -> bool:
    """Whether a sentence continues the item above rather than starting one: it opens by referring
    back to it ("This includes ...", "These sessions ...", "Delivered by ..."), or its subject is a
    definite noun phrase whose head the sentence above already introduced ("... a social
    communication group ... ." then "The group will follow ..."): anaphora, a fact of English."""
    text = _NUMBERING.sub("", text, count=1).strip()
    if _SUMMARY.match(text):
        return False  # "This help adds up to ... funded at band 3": about the whole section
    refers = bool(_BACK_REF.match(text))
    m = None if refers else _DEFINITE.match(text)
    if m:
        head = m.group(2).lower().rstrip("s")
        subject = re.split(r"\b(?:will|is|are|has|have|should|must|can|may)\b", before, maxsplit=1)[0]
        if re.search(rf"\b{re.escape(head)}", subject, re.I):
            return False  # the same provider doing something else ("The SENDCo will ... . The SENDCo will ...")
        refers = len(head) >= 3 and re.search(rf"\b(?:a|an|the|her|his|their|[a-z]+'s)\s+(?:[\w'-]+\s+){{0,4}}?"
                                              rf"{re.escape(head)}s?\b", before, re.I) is not None
    # a line with non-item wording ("Agreed by ...", "This provision is delivered within its funding")
    # never joins an item (asked last: the Matcher costs more than the patterns above)
    return refers and wording_role(text)[0] is None


def _is_fragment(text: str) -> bool:
    body = _NUMBERING.sub("", text, count=1).strip()
    return bool(body) and _tokens(body) <= 8 and not is_statement(body) and bool(_NUMBERING.match(text))


def _section_candidates(plan: Plan, key: SectionKey, blocks: Sequence[Block]) -> list[_Cand]:
    sec = plan.section(key)
    g = _Grouper(plan, key)
    g._first_block = blocks[0].index if blocks else -1
    title = _norm(sec.title) if sec is not None else ""
    for group in _rows(blocks):
        if group[0].kind is BlockKind.TABLE_CELL:
            g.row(group, title)
        else:
            g.line(group[0], title)
    # a lead-in followed by fragments is one item; a lead-in followed by full items is framing
    for c in g.out:
        if "lead" in c.layout and len(c.blocks) > 1:
            c.layout.discard("lead")
            c.layout.add(FIELDS)
    _list_titles(plan, g.out)
    return g.out


def _sentence(text: str) -> bool:
    text = text.strip()
    return _tokens(text) >= 8 and text.endswith(_TERMINAL) and is_statement(text)


def _list_titles(plan: Plan, cands: list[_Cand]) -> None:
    """A title-like list item followed by a full sentence is a numbered sub-heading
    whose number the file's list numbering holds ("1." rendered apart in a PDF: "Communication and
    interaction" then "The TA will ..."), not a bulleted item such as "Ear defenders", which sits
    among fragments like itself (a fragment list item just before it keeps it an item)."""
    for i, c in enumerate(cands):
        if LIST not in c.layout or NUMBERED in c.layout or TABLE_ROW in c.layout or len(c.blocks) != 1:
            continue
        text = plan.text[c.start:c.end].strip()
        if not is_title_text(text) or i + 1 >= len(cands):
            continue
        nxt = cands[i + 1]
        if TABLE_ROW in nxt.layout or not _sentence(plan.text[nxt.start:nxt.end]):
            continue
        prev = cands[i - 1] if i else None
        if prev is not None and LIST in prev.layout and NUMBERED not in prev.layout \
                and not _sentence(plan.text[prev.start:prev.end]):
            continue  # among fragments: a bulleted item
        c.layout.add(NUMBERED)


def _to_item(plan: Plan, c: _Cand, context: str | None, forced: ItemRole | None = None) -> Item:
    text = plan.text[c.start:c.end]
    if forced is not None:
        kind, role, conf = ItemKind.NON_ITEM, forced, 0.9
    elif FIELDS in c.layout:  # a field-per-line block is what its opening line is
        kind, role, conf = classify(plan.blocks[min(c.blocks)].text, c.section, c.layout)
    else:
        kind, role, conf = classify(text, c.section, c.layout)
    return Item(section=c.section, start=c.start, end=c.end, text=text, kind=kind, role=role,
                context=context, blocks=tuple(sorted(c.blocks)), confidence=conf)


def itemize(plan: Plan) -> Plan:
    """The plan with ``items`` set: every line of E, F, G, H1 and H2 in exactly one Item."""
    items: list[Item] = []
    done: set[int] = set()  # a merged "Section H" is both H1 and H2 over the same blocks: itemize once
    for key in ITEM_SECTIONS:
        sec = plan.section(key)
        if sec is None:
            continue
        blocks = [b for b in plan.section_blocks(key) if b.index not in done]
        done.update(b.index for b in blocks)
        if not blocks:
            continue
        forced = None
        if sec.status is SectionStatus.NIL:
            forced = ItemRole.NIL
        elif sec.status is SectionStatus.EMPTY:
            forced = ItemRole.GUIDANCE
        context: str | None = None
        for c in _section_candidates(plan, key, blocks):
            it = _to_item(plan, c, context, forced)
            if it.role is ItemRole.HEADING and TITLE not in c.layout:
                context = it.text.strip().rstrip(":").strip()
            items.append(it)
    items.sort(key=lambda it: (it.start, it.end))
    return replace(plan, items=tuple(items))


def ensure_items(plan: Plan) -> Plan:
    """``plan`` itemized (a Plan built by hand or by an older caller may not be yet)."""
    return plan if plan.items is not None else itemize(plan)


def group_lines(raw: str) -> list[str]:
    """Statements from text written one per line (``ehcp-qa check-items`` input): each line is one
    statement, except that a field-per-line block ("Provision: ..." then "Frequency: ...",
    "Delivered by: ...") is one, as is a line carried on in lower case on the next. A blank line
    always ends a statement. Joined lines keep their "\n"."""
    out: list[list[str]] = []
    labels: list[str] = []
    open_ = False
    for line in raw.splitlines():
        text = line.strip()
        if not text:
            open_ = False
            continue
        label, slot, value = field_label(text)
        joins = open_ and out and (
            (slot not in (None, "head", "need") and value.strip() and label not in labels)
            or (slot == "head" and labels and all(lexicon().attribute_fields.get(x) == "need" for x in labels))
            or (text[:1].islower() and not out[-1][-1].endswith((*_TERMINAL, ":"))))
        if joins:
            out[-1].append(text)
            if label:
                labels.append(label)
        else:
            out.append([text])
            labels = [label] if label else []
        open_ = True
    return ["\n".join(x) for x in out]


def statement_item(text: str, section: SectionKey | str, offset: int = 0) -> Item:
    """A single statement (``ehcp-qa check-items`` input) as one classified item, no layout."""
    kind, role, conf = classify(text, section)
    return Item(section=SectionKey(section), start=offset, end=offset + len(text), text=text, kind=kind,
                role=role, confidence=conf)
