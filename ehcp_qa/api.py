"""The public Python API. The CLI is a thin wrapper over these four functions.

    plan = load_plan("plan.docx")              # parse + sectionize + itemize (raises errors.ReadError)
    findings = check_plan(plan)                # rule and model checkers
    report = score_plan(plan, findings)        # criterion scores + suggested rating
    report = report_file("plan.docx")          # all three
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .errors import MultiplePlans
from .items import itemize
from .model import Finding, Plan, PlanReport
from .parsers import read_blocks
from .split import split_plans

if TYPE_CHECKING:
    from .split import Part


def load_plan(path: str | Path, limits=None) -> Plan:
    """One plan. A file holding several plans (a bulk export) raises errors.MultiplePlans, naming
    how many and their pages: one child's details are never put over another's plan."""
    plans = load_plans(path, limits=limits)
    if len(plans) > 1:
        pages = ", ".join(part.pages or f"#{part.index}" for _, part in plans)
        raise MultiplePlans(path, f"{len(plans)} plans, pages {pages}; `ehcp-qa score` scores each one")
    return plans[0][0]


def load_plans(path: str | Path, limits=None) -> list[tuple[Plan, "Part | None"]]:
    """Every plan in a file: [(plan, None)] for an ordinary file; for a bulk export one (plan, Part)
    per plan, each plan's source `file#n` and Part its page range. Raises errors.MultiplePlans when
    the file holds several plans that cannot be split with certainty."""
    return [(itemize(plan), part) for plan, part in split_plans(read_blocks(path, limits=limits))]


def check_plan(plan: Plan, rules=None, models=None) -> list[Finding]:
    from .checks.engine import run_checks  # lazy: load_plan alone needs no checks

    return run_checks(plan, rules=rules, models=models)


def score_plan(plan: Plan, findings: list[Finding], rubric=None) -> PlanReport:
    from .scoring import score  # lazy: load_plan alone needs no scoring

    return score(plan, findings, rubric=rubric)


def report_file(path: str | Path, *, limits=None, rules=None, rubric=None, models=None) -> PlanReport:
    plan = load_plan(path, limits=limits)
    return score_plan(plan, check_plan(plan, rules=rules, models=models), rubric=rubric)
