"""The shape of one rule, as loaded from a rule-pack data file (YAML). The loader (rules/load.py)
validates files into these; checks/ implement the few rule *types*."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Dimension, Finding, SectionKey, Severity


@dataclass(frozen=True)
class Example:
    text: str  # a statement (item/sentence level) or a small plan text (section level)
    section: str | None = None  # which section the example stands in, when it matters
    sections: dict[str, Any] | None = None  # a whole small plan: {"C": "...", "G": "..."}
    meta: dict[str, Any] | None = None  # PlanMeta fields for that plan


@dataclass(frozen=True)
class Rule:
    id: str  # "<dimension-ish prefix>.<name>", e.g. "specificity.vague-provision"
    type: str  # a registered check type: phrase, pattern, slots, outcome, required, python, ...
    severity: Severity
    dimension: Dimension
    message: str  # why it matters, no plan text
    suggestion: str = ""
    guidance: str = ""  # "SEND Code of Practice 9.69" etc.; never an invented paragraph
    sections: tuple[SectionKey, ...] = ()  # empty = whole plan
    level: str = "section"  # "item" | "sentence" | "section" | "plan"
    params: dict[str, Any] = field(default_factory=dict)  # type-specific (phrases, patterns, ...)
    passes: tuple[Example, ...] = ()  # must produce no finding of this rule
    fails: tuple[Example, ...] = ()  # must produce at least one finding of this rule
    enabled: bool = True
    origin: str = ""  # "file.yaml:12", for error messages

    def finding(
        self,
        *,
        section: SectionKey | None = None,
        start: int | None = None,
        end: int | None = None,
        text: str | None = None,
        message: str | None = None,
        suggestion: str | None = None,
        severity: Severity | None = None,
        confidence: float | None = None,
        source: str = "rule",
    ) -> Finding:
        return Finding(
            rule_id=self.id,
            message=message or self.message,
            severity=severity or self.severity,
            dimension=self.dimension,
            section=section,
            start=start,
            end=end,
            text=text,
            suggestion=self.suggestion if suggestion is None else suggestion,
            guidance=self.guidance,
            confidence=confidence,
            source=source,
        )
