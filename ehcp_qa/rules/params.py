"""The parameters each check type accepts, declared as data the loader reads.

A rule file's ``params:`` is checked against the schema of its ``type`` (and, for ``type: python``,
of the plan check named by ``params.check``): an unknown parameter or a value of the wrong type is
a one-line ``ConfigError`` naming the rule and the parameter, before any plan is read.

Each schema is a ``TypedDict`` (``total=False``: every parameter is optional, its default lives in
the check that reads it). The annotations are the whole language: ``int``, ``float`` (an int is
accepted), ``str``, ``bool``, ``list[str]``, ``list[SectionKey]``, ``dict[str, list[str]]``,
``dict[str, str]``, ``dict[str, Any]`` (a mapping whose values the check reads itself),
``Literal[...]`` (one of these words) and ``Severity``.

The schemas live here, below ``checks/``, so that loading rules never imports the checks (rules
never depend on the code that runs them). ``tests/test_architecture.py`` pins that every
registered check type and plan check has exactly one schema here, and every schema a check.
"""
from __future__ import annotations

import enum
import typing
from typing import Any, Literal, TypedDict

from ..model import SectionKey, Severity

Phrases = list[str]


# --- check types ---------------------------------------------------------------------------------

class NoParams(TypedDict, total=False):
    pass


class PhraseParams(TypedDict, total=False):
    phrases: Phrases
    exclude: Phrases


class PatternParams(TypedDict, total=False):
    patterns: Phrases  # regular expressions, compiled when the file is loaded
    exclude: Phrases


class RequiredParams(TypedDict, total=False):
    check: Literal["present", "content"]


class SlotsParams(TypedDict, total=False):
    check: Literal["vague", "who", "frequency", "what", "review", "group"]
    phrases: Phrases
    weak_phrases: Phrases
    patterns: Phrases
    questions: dict[str, Phrases]
    token_patterns: Phrases


class OutcomeParams(TypedDict, total=False):
    check: Literal["measurable", "time_bound", "specific", "provision_as_outcome", "aspiration_only",
                   "count", "pfa"]
    min: int
    max: int
    from_year: int
    from_age: int
    phrases: Phrases
    headings: Phrases
    unlabelled_severity: Severity


class ClassifierParams(TypedDict, total=False):
    target: Literal["provision", "outcome"]
    errors_at_floor: bool  # a model-found gap is an error at the floor a rule error needs


class AreaLinkParams(TypedDict, total=False):
    source: SectionKey  # the section whose areas need a link (B for needs)
    target: SectionKey  # the section that should show evidence of each of them (F, E)
    unheaded_severity: Severity  # either section without area headings: areas from keywords only
    min_source_hits: int
    min_target_hits: int
    nil_phrases: Phrases


class MustMentionParams(TypedDict, total=False):
    terms_from: Phrases  # word lists as lexicon.key: health.health_advice = resources/lexicons/health.yaml
    phrases: Phrases  # terms of the rule's own (a council extends them with phrases_add)
    absent_cues: Phrases  # "not requested": a term followed by one in its entry does not count
    negation: bool  # a term after a negation cue does not count (default true)


class UnmatchedNeedParams(TypedDict, total=False):
    source: SectionKey  # where needs are named (B)
    target: SectionKey  # where provision for them should be (F)
    pairs_from: str  # lexicon.key of a mapping label -> {need: [...], provision: [...]}


class PythonParams(TypedDict, total=False):
    check: str  # a registered plan check; its own schema (PLAN_CHECK_PARAMS) adds the rest


CHECK_TYPE_PARAMS: dict[str, type] = {
    "phrase": PhraseParams,
    "pattern": PatternParams,
    "required": RequiredParams,
    "slots": SlotsParams,
    "outcome": OutcomeParams,
    "classifier": ClassifierParams,
    "area_link": AreaLinkParams,
    "blank_section": NoParams,
    "must_mention": MustMentionParams,
    "unmatched_need": UnmatchedNeedParams,
    "python": PythonParams,
}

# parameters a rule of the type cannot do without (the loader reports a missing one)
REQUIRED_PARAMS: dict[str, tuple[str, ...]] = {
    "area_link": ("source", "target"),
    "must_mention": ("terms_from",),
    "unmatched_need": ("source", "target", "pairs_from"),
}


# --- plan checks (type: python, params.check: NAME) ----------------------------------------------

class PhrasesOnly(TypedDict, total=False):
    phrases: Phrases  # added to the check's lexicon (a council extends it with phrases_add)


class Placeholders(TypedDict, total=False):
    tbc_skip_sections: list[SectionKey]
    tbc_severity: Literal["error", "warning", "info"]  # a detail still pending, not a template left in


class SecondName(TypedDict, total=False):
    names_add: Phrases
    min_dominant: int
    max_other_ratio: float
    subject_verbs: Phrases
    object_verbs: Phrases  # "Donna would like Tyler to ...": the name after one is in the child's place
    floor: float
    confidence: dict[str, Any]


class Pronouns(TypedDict, total=False):
    min_majority: int
    max_minority_ratio: float
    other_person_cues: Phrases
    report_verbs: Phrases
    floor: float
    confidence: dict[str, Any]


class PastOutcomeDate(TypedDict, total=False):
    cue_window: int
    due_sections: list[SectionKey]
    due_cue: str  # a regular expression
    review_cue: str  # a regular expression


class PlacementInDraft(TypedDict, total=False):
    pending_phrases: Phrases


class UnexplainedAcronyms(TypedDict, total=False):
    ignore: Phrases
    acronyms_add: dict[str, str]


class DeficitOnly(TypedDict, total=False):
    min_words: int
    phrases: Phrases


class ChildVoice(TypedDict, total=False):
    reported_views_add: Phrases


class ViewsNotGathered(TypedDict, total=False):
    not_gathered_add: Phrases
    reasons_add: Phrases


class HealthNeed(TypedDict, total=False):
    need_sections: list[SectionKey]
    weak_need_sections: list[SectionKey]
    weak_severity: Severity
    phrases: Phrases


class SocialCareNil(TypedDict, total=False):
    nil_sections: list[SectionKey]
    nil_phrases: Phrases
    phrases: Phrases


class TherapyInG(TypedDict, total=False):
    health_only_cues: Phrases
    delivery_cues: Phrases


PLAN_CHECK_PARAMS: dict[str, type] = {
    "drafting.placeholders": Placeholders,
    "drafting.second_name": SecondName,
    "drafting.pronouns": Pronouns,
    "drafting.past_outcome_date": PastOutcomeDate,
    "drafting.placement_in_draft": PlacementInDraft,
    "drafting.unexplained_acronyms": UnexplainedAcronyms,
    "drafting.deficit_only": DeficitOnly,
    "voice.no_child_voice": ChildVoice,
    "voice.views_not_gathered": ViewsNotGathered,
    "health_care.pending_phrase": PhrasesOnly,
    "health_care.need_without_health_provision": HealthNeed,
    "health_care.social_care_signal_nil": SocialCareNil,
    "health_care.therapy_in_g": TherapyInG,
}


# --- validation ----------------------------------------------------------------------------------

def schema_for(rtype: str, params: dict[str, Any]) -> dict[str, Any] | None:
    """{param: annotation} allowed for a rule of ``rtype`` with ``params`` (None: unknown type)."""
    base = CHECK_TYPE_PARAMS.get(rtype)
    if base is None:
        return None
    hints = dict(typing.get_type_hints(base))
    if rtype == "python":
        extra = PLAN_CHECK_PARAMS.get(params.get("check"))  # an unknown check is reported on its own
        if extra is not None:
            hints.update(typing.get_type_hints(extra))
    return hints


def type_error(value: Any, hint: Any) -> str | None:
    """None when ``value`` fits ``hint``, else what was expected ("a list of strings")."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return None
    if hint is bool:
        return None if isinstance(value, bool) else "true or false"
    if hint is int:
        return None if isinstance(value, int) and not isinstance(value, bool) else "a whole number"
    if hint is float:
        return None if isinstance(value, (int, float)) and not isinstance(value, bool) else "a number"
    if hint is str:
        return None if isinstance(value, str) else "text"
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        known = [e.value for e in hint]
        return None if value in known else f"one of: {', '.join(known)}"
    if origin is Literal:
        return None if value in args else f"one of: {', '.join(map(str, args))}"
    if origin is list:
        if not isinstance(value, list) or any(type_error(v, args[0]) is not None for v in value):
            return f"a list of {_plural(args[0])}"
        return None
    if origin is dict:
        if not isinstance(value, dict):
            return "a mapping"
        for v in value.values():
            if type_error(v, args[1]) is not None:
                return f"a mapping of text to {_plural(args[1])}"
        return None
    raise TypeError(f"unsupported parameter annotation {hint!r}")  # a schema bug, not a user error


def _plural(hint: Any) -> str:
    if hint is str:
        return "strings"
    if hint is SectionKey:
        return "section keys such as F"
    if typing.get_origin(hint) is list:
        return f"lists of {_plural(typing.get_args(hint)[0])}"
    if hint is Any:
        return "values"
    return getattr(hint, "__name__", str(hint))
