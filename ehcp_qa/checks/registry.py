"""The two registries that connect rule-pack data to code.

- ``check_type("phrase")`` registers a rule *type*: ``fn(rule, ctx) -> Iterable[Finding]``. Every
  rule in a rule file names one of these in its ``type`` key.
- ``plan_check("health_care.therapy_in_g")`` registers one of the few cross-section
  checks that need Python. A rule reaches it with ``type: python`` and ``params: {check: NAME}``;
  signature ``fn(plan, rule, ctx) -> Iterable[Finding]``. Only registered names can be called, so a
  council's rule file cannot run arbitrary code.

Each also has a parameter schema in ``ehcp_qa.rules.params``, which the rule loader reads (rules
never import checks). A plug-in passes its own: ``plan_check("mine.x", params=MyParams)`` with
``MyParams`` a ``TypedDict(total=False)``; with none, the check takes no parameters beyond ``check``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from ..model import Finding, Plan
from ..rules.params import CHECK_TYPE_PARAMS, PLAN_CHECK_PARAMS, NoParams

CHECK_TYPES: dict[str, Callable[..., Iterable[Finding]]] = {}
PLAN_CHECKS: dict[str, Callable[..., Iterable[Finding]]] = {}


@dataclass
class Context:
    """Per-plan state shared by all checks: the plan and a cache of derived things (spaCy docs,
    provision items, outcomes) so each is computed once per plan."""

    plan: Plan
    cache: dict[str, Any] = field(default_factory=dict)

    def cached(self, key: str, make: Callable[[], Any]) -> Any:
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]


def check_type(name: str, params: type | None = None):
    def register(fn):
        CHECK_TYPES[name] = fn
        if params is not None or name not in CHECK_TYPE_PARAMS:
            CHECK_TYPE_PARAMS[name] = params or NoParams
        return fn

    return register


def plan_check(name: str, params: type | None = None):
    def register(fn):
        PLAN_CHECKS[name] = fn
        if params is not None or name not in PLAN_CHECK_PARAMS:
            PLAN_CHECK_PARAMS[name] = params or NoParams
        return fn

    return register
