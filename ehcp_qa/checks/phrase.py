"""The `phrase` check type: flag listed phrases in the rule's sections.

All phrase rules share ONE compiled regex (built once per rule set): a 30-page plan is scanned once
whatever the number of phrase rules, and each hit is mapped back to the rules that list it.
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Finding, SectionKey
from ..nlp import norm_phrase, phrase_regex
from ..rules.spec import Rule
from .registry import Context, check_type


def _compiled(ctx: Context, rules: list[Rule]):
    """(regex, {normalised phrase: [rule ids]}) for every phrase rule in the run."""
    owners: dict[str, list[str]] = defaultdict(list)
    for r in rules:
        for p in r.params.get("phrases", ()):
            owners[norm_phrase(p)].append(r.id)
    return phrase_regex(owners), owners


def scoped_spans(ctx: Context, rule: Rule) -> list[tuple[SectionKey | None, int, int]]:
    """(section, start, end) of the text a rule looks at: its sections' bodies, or the whole plan."""
    plan = ctx.plan
    if not rule.sections:
        return [(None, 0, len(plan.text))]
    out = []
    for key in rule.sections:
        for b in plan.section_blocks(key):
            out.append((key, b.start, b.end))
    return out


def _section_of(ctx: Context, offset: int) -> SectionKey | None:
    for key, sec in ctx.plan.sections.items():
        if sec.start <= offset < sec.end:
            return key
    return None


@check_type("phrase")
def check_phrase(rule: Rule, ctx: Context) -> list[Finding]:
    def make_hits():
        rs = ctx.cache.get("ruleset")
        rules = [r for r in (rs.enabled() if rs is not None else [rule]) if r.type == "phrase"]
        if rule not in rules:
            rules.append(rule)
        rx, owners = _compiled(ctx, rules)
        hits: dict[str, list[tuple[int, int]]] = defaultdict(list)
        if rx is not None:
            for m in rx.finditer(ctx.plan.text):
                for rid in owners.get(norm_phrase(m.group(0)), ()):
                    hits[rid].append(m.span())
        return hits

    hits = ctx.cached("phrase-hits", make_hits)
    exclude = [norm_phrase(p) for p in rule.params.get("exclude", ())]
    out = []
    for key, a, b in scoped_spans(ctx, rule):
        for s, e in hits.get(rule.id, ()):
            if a <= s < b:
                block = ctx.plan.text[a:b].lower()
                if exclude and any(x in block for x in exclude):
                    continue
                out.append(rule.finding(section=key or _section_of(ctx, s), start=s, end=e,
                                        text=ctx.plan.text[s:e]))
    return out
