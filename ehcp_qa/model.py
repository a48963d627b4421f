"""Plain data types shared by every stage. No spaCy, no I/O: parsers build these, checkers read them.

Offsets are absolute character offsets into ``Plan.text``, which is the block texts joined by "\n".
Line, page and paragraph are derived from an offset once, by ``Plan.locate``.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Iterable


class SectionKey(str, Enum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"
    G = "G"
    H1 = "H1"
    H2 = "H2"
    I = "I"  # noqa: E741 - the statutory name of the section
    J = "J"
    K = "K"

    def __str__(self) -> str:  # so f-strings and JSON show "B", not "SectionKey.B"
        return self.value


#: reg 12(1): every section must be present and separately identifiable.
STATUTORY: tuple[SectionKey, ...] = tuple(SectionKey)

SECTION_NAMES: dict[SectionKey, str] = {
    SectionKey.A: "Views, interests and aspirations",
    SectionKey.B: "Special educational needs",
    SectionKey.C: "Health needs",
    SectionKey.D: "Social care needs",
    SectionKey.E: "Outcomes",
    SectionKey.F: "Special educational provision",
    SectionKey.G: "Health provision",
    SectionKey.H1: "Social care provision (CSDPA 1970 s2)",
    SectionKey.H2: "Other social care provision",
    SectionKey.I: "Placement",
    SectionKey.J: "Personal budget",
    SectionKey.K: "Advice and information",
}


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_CELL = "table_cell"


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of text in reading order: a paragraph, list item, heading or table cell."""

    text: str
    start: int  # absolute offset of text[0] in Plan.text
    end: int  # start + len(text)
    index: int  # position in Plan.blocks (the "paragraph" number shown to users, 0-based)
    kind: BlockKind = BlockKind.PARAGRAPH
    page: int | None = None  # 1-based; PDFs only
    style: str | None = None  # DOCX style name, e.g. "Heading 1"
    level: int | None = None  # heading level, when known
    bold: bool = False  # whole block bold (a pseudo-heading signal)
    font_size: float | None = None  # points, PDFs (and DOCX when set)
    table: int | None = None  # table number in the document, for table cells
    row: int | None = None
    col: int | None = None


class SectionStatus(str, Enum):
    CONTENT = "content"
    NIL = "nil"  # an explicit "no needs / no provision" statement
    EMPTY = "empty"  # heading present, nothing (or only "TBC") under it


@dataclass(frozen=True, slots=True)
class Section:
    key: SectionKey
    title: str  # the heading text as written in the plan
    blocks: tuple[int, ...]  # indices into Plan.blocks, heading block first when there is one
    start: int  # absolute span covering all its blocks
    end: int
    status: SectionStatus = SectionStatus.CONTENT
    heading: int | None = None  # index of the heading block, if the section has one


class ItemKind(str, Enum):
    """What a line (or group of lines) of sections E, F, G, H1 and H2 is."""

    PROVISION = "provision"  # a provision item of F, G, H1 or H2: judged for specificity
    OUTCOME = "outcome"  # an outcome of E: judged for SMART
    NON_ITEM = "non_item"  # anything else: shown, never judged as an item


class ItemRole(str, Enum):
    """Why a line is not an item (``Item.role`` of a non-item)."""

    HEADING = "heading"  # a sub-heading ("Communication and interaction")
    COLUMN_TITLES = "column_titles"  # a table's row of column titles ("Provision | Who | How often")
    FRAMING = "framing"  # "The school will provide the following:", "The outcomes below were agreed ..."
    FUNDING = "funding"  # funding bands, top-up amounts
    SIGN_OFF = "sign_off"  # "Agreed by ... on ...", "Signed ..."
    NIL = "nil"  # "None.", "No provision under section 2 of the CSDPA is required."
    CROSS_REFERENCE = "cross_reference"  # "See Section G.", "as set out in the table above"
    GUIDANCE = "guidance"  # template guidance left in ("[Insert outcome]", "Describe the provision ...")
    OTHER = "other"  # any other line that is not an item (a need written in a combined table, ...)


@dataclass(frozen=True, slots=True)
class Item:
    """One provision item, outcome or non-item line, decided once by ``ehcp_qa.items.itemize``.

    ``text`` is ``Plan.text[start:end]`` (a table row's cells or a field-per-line block's lines keep
    the "\n" between them), so a checker's offsets into it map back to the plan by adding ``start``.
    ``section`` is the section the item belongs to: usually the one it lies in, but an outcome written
    in the outcomes column of a combined needs/outcomes/provision table belongs to E."""

    section: SectionKey
    start: int
    end: int
    text: str
    kind: ItemKind
    role: ItemRole | None = None  # for non-items: why it is not an item
    context: str | None = None  # nearest sub-heading above it (may carry an area or a deadline)
    blocks: tuple[int, ...] = ()  # indices into Plan.blocks of the blocks it spans
    confidence: float = 1.0  # how sure the itemizer is of ``kind`` (0.5 = a coin toss)

    @property
    def is_item(self) -> bool:
        return self.kind is not ItemKind.NON_ITEM


@dataclass(frozen=True, slots=True)
class PlanMeta:
    """Read from the cover block. Everything optional: many plans omit some of it."""

    name: str | None = None
    dob: str | None = None  # ISO date
    plan_date: str | None = None  # ISO date
    status: str | None = None  # "draft" | "final"
    age: int | None = None  # years, at the plan date
    year_group: str | None = None  # e.g. "Year 9", "Reception"


@dataclass(frozen=True, slots=True)
class Location:
    page: int | None
    paragraph: int  # block index
    line: int  # 1-based line in Plan.text


@dataclass(frozen=True)
class Plan:
    source: str  # path as given (never plan text)
    sha256: str
    format: str  # "docx" | "pdf" | "text"
    text: str
    blocks: tuple[Block, ...]
    sections: dict[SectionKey, Section] = field(default_factory=dict)
    meta: PlanMeta = field(default_factory=PlanMeta)
    pages: int | None = None
    #: provision items, outcomes and non-item lines of E, F, G, H1, H2 in document order, decided
    #: once by ``ehcp_qa.items.itemize`` (None: not itemized yet)
    items: tuple[Item, ...] | None = None

    def section(self, key: SectionKey | str) -> Section | None:
        return self.sections.get(SectionKey(key))

    def section_text(self, key: SectionKey | str, include_heading: bool = False) -> str:
        sec = self.section(key)
        if sec is None:
            return ""
        return "\n".join(
            self.blocks[i].text for i in sec.blocks if include_heading or i != sec.heading
        )

    def section_blocks(self, key: SectionKey | str, include_heading: bool = False) -> list[Block]:
        sec = self.section(key)
        if sec is None:
            return []
        return [self.blocks[i] for i in sec.blocks if include_heading or i != sec.heading]

    def section_items(self, key: SectionKey | str, kind: ItemKind | str | None = None) -> list[Item]:
        """The items of one section (of one kind, if given), in document order."""
        key, kind = SectionKey(key), ItemKind(kind) if kind is not None else None
        return [it for it in self.items or () if it.section is key and (kind is None or it.kind is kind)]

    def block_at(self, offset: int) -> Block | None:
        if not self.blocks:
            return None
        starts = [b.start for b in self.blocks] if len(self.blocks) < 64 else self._starts()
        i = max(0, bisect.bisect_right(starts, offset) - 1)
        return self.blocks[i]

    def _starts(self) -> list[int]:
        cached = self.__dict__.get("_starts_cache")
        if cached is None:
            cached = [b.start for b in self.blocks]
            object.__setattr__(self, "_starts_cache", cached)
        return cached

    def _newlines(self) -> list[int]:
        """Offsets of every "\n" in the text, found once per plan (for ``locate``)."""
        cached = self.__dict__.get("_newlines_cache")
        if cached is None:
            text, cached, i = self.text, [], self.text.find("\n")
            while i >= 0:
                cached.append(i)
                i = text.find("\n", i + 1)
            object.__setattr__(self, "_newlines_cache", cached)
        return cached

    def locate(self, offset: int) -> Location:
        """Page, paragraph and 1-based line of ``offset``: O(log n) after the first call (the line
        is the number of newlines before the offset, by bisection over their precomputed offsets)."""
        block = self.block_at(offset)
        line = bisect.bisect_left(self._newlines(), max(0, offset)) + 1
        if block is None:
            return Location(page=None, paragraph=0, line=line)
        return Location(page=block.page, paragraph=block.index, line=line)


def join_blocks(raw: Iterable[dict[str, Any]]) -> tuple[str, tuple[Block, ...]]:
    """Build the plan text and absolute-offset Blocks from parser output (dicts of Block fields
    without start/end/index). Empty blocks are dropped; text is joined with "\n"."""
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for fields_ in raw:
        text = fields_["text"]
        if not text or not text.strip():
            continue
        if blocks:
            pos += 1  # the "\n" separator
        extra = {k: v for k, v in fields_.items() if k != "text"}
        blocks.append(Block(text=text, start=pos, end=pos + len(text), index=len(blocks), **extra))
        parts.append(text)
        pos += len(text)
    return "\n".join(parts), tuple(blocks)


# --- findings and reports -------------------------------------------------------------------


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "suggestion": 1}[self.value]


class Dimension(str, Enum):
    """The criteria a plan is scored on (issue 4); every finding belongs to one."""

    COMPLETENESS = "completeness"
    SPECIFICITY = "specificity"
    MEASURABILITY = "measurability"
    HEALTH_CARE = "health_care"  # health and social care input
    GOLDEN_THREAD = "golden_thread"
    VOICE = "voice"  # child's voice
    LANGUAGE = "language"  # drafting and plain language


class Rating(str, Enum):
    OUTSTANDING = "outstanding"
    GOOD = "good"
    REQUIRES_IMPROVEMENT = "requires_improvement"
    INADEQUATE = "inadequate"

    @property
    def rank(self) -> int:
        """4 = outstanding ... 1 = inadequate (the order kappa is computed on)."""
        return {"outstanding": 4, "good": 3, "requires_improvement": 2, "inadequate": 1}[self.value]


@dataclass(frozen=True, slots=True)
class Finding:
    rule_id: str  # e.g. "specificity.vague-provision"
    message: str  # why it matters; never quotes plan text beyond `text`
    severity: Severity
    dimension: Dimension
    section: SectionKey | None = None
    start: int | None = None  # absolute span in Plan.text; None for "missing" findings
    end: int | None = None
    text: str | None = None  # the matched span, verbatim
    suggestion: str = ""
    guidance: str = ""  # e.g. "SEND Code of Practice 9.69"
    confidence: float | None = None  # ML findings only
    source: str = "rule"  # "rule" | "model"

    def to_dict(self, plan: Plan | None = None, include_text: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "rule_id": self.rule_id,
            "severity": self.severity.value,
            "dimension": self.dimension.value,
            "section": self.section.value if self.section else None,
            "start": self.start,
            "end": self.end,
            "text": self.text if include_text else None,
            "message": self.message,
            "suggestion": self.suggestion,
            "guidance": self.guidance,
            "confidence": self.confidence,
            "source": self.source,
        }
        if plan is not None and self.start is not None:
            loc = plan.locate(self.start)
            d.update(page=loc.page, paragraph=loc.paragraph, line=loc.line)
        return d


@dataclass(frozen=True, slots=True)
class Reason:
    """One line of the explanation of a rating: a criterion and the findings that drove it."""

    criterion: str  # a Dimension value, or "limiting"
    text: str
    findings: tuple[int, ...] = ()  # indices into PlanReport.findings


SCHEMA_VERSION = "1"


@dataclass(frozen=True)
class PlanReport:
    """The versioned JSON contract every output format is rendered from (see README "JSON report")."""

    file: str
    sha256: str
    meta: PlanMeta
    sections: dict[str, dict[str, Any]]  # key -> {"title", "start", "end", "pages", "words", "status"}
    missing: tuple[str, ...]
    findings: tuple[Finding, ...]
    criterion_scores: dict[str, float]  # Dimension value -> 0..10
    score: float  # overall 0..10
    rating: Rating
    reasons: tuple[Reason, ...]
    tool_version: str
    rubric_version: str
    model_versions: dict[str, str] = field(default_factory=dict)
    locations: tuple[Location | None, ...] = ()  # parallel to findings: page/paragraph/line
    items: tuple[Item, ...] = ()  # what was judged: Plan.items
    item_pages: tuple[int | None, ...] = ()  # parallel to items: the page each starts on (PDFs)
    schema_version: str = SCHEMA_VERSION

    def counts(self) -> dict[str, int]:
        out = {s.value: 0 for s in Severity}
        for f in self.findings:
            out[f.severity.value] += 1
        return out
