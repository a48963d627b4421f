"""The `required` check type: statutory sections present (reg 12(1), CoP 9.62) and not empty.

params.check: ``present`` (each section in scope must exist) or ``content`` (each section in scope
that exists must hold content; a bare "none" does not count for sections that can never be nil,
such as B or F)."""
from __future__ import annotations

from ..model import STATUTORY, SECTION_NAMES, Finding, SectionStatus
from ..rules.spec import Rule
from ..sectionize import load_rules
from .registry import Context, check_type


def _searched(key) -> str:
    """What the sectionizer looked for, so a moderator can check the section is truly absent."""
    rules = load_rules()
    names = [n for n in rules.names.get(key.value, ()) if n not in rules.letter_only]
    names += [n for n in rules.names.get("H", ()) if key.value in ("H1", "H2") and n not in rules.letter_only]
    shown = ", ".join(f"'{n}'" for n in sorted(set(names), key=lambda n: (len(n), n))[:4])
    return (f"no heading names it by letter ('Section {key.value}', 'Part {key.value}', '{key.value}:' or a "
            f"letter cell) or by title ({shown})")


@check_type("required")
def check_required(rule: Rule, ctx: Context) -> list[Finding]:
    plan = ctx.plan
    check = rule.params.get("check", "present")
    out = []
    for key in rule.sections or STATUTORY:
        sec = plan.section(key)
        name = f"Section {key.value} ({SECTION_NAMES[key]})"
        if check == "present":
            if sec is None:
                out.append(rule.finding(section=key, message=f"{name} is missing: {_searched(key)}. {rule.message}"))
        elif check == "content":
            if sec is not None and sec.status in (SectionStatus.EMPTY, SectionStatus.NIL):
                state = "is empty" if sec.status == SectionStatus.EMPTY else "only says there is nothing to record"
                out.append(rule.finding(section=key, start=sec.start, end=sec.end,
                                        text=plan.blocks[sec.heading].text if sec.heading is not None else None,
                                        message=f"{name} {state}. {rule.message}"))
    return out
