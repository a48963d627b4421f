"""The golden thread (RUBRIC section 4): needs in B, outcomes in E and provision in F, linked by
the four broad areas of need. Every area with needs should have provision and an outcome; provision
for an area with no need is flagged too. ``linkage(plan)`` gives moderators the whole map.

Detection is deliberately asymmetric, to keep false errors down: an area counts as a *need* on
firm evidence (a heading with content, or several keyword hits), and as *covered* by provision or an
outcome on any evidence at all. Thresholds are rule params (golden_thread.yaml).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import yaml

from ..lexicons import lexicon_entry
from ..model import Finding, Plan, SectionKey, Severity
from ..nil import is_nil_body
from ..nlp import PATTERNS_DIR
from ..patterns import Pattern, compile_pattern, matches, offsets, tokenize
from ..rules.spec import Rule
from .areas import AreaMap, _area_patterns, area_labels, area_map, find_terms, heading_area, lexicon, term_matcher
from .registry import Context, check_type


def _maps(plan: Plan, ctx: Context) -> dict[str, AreaMap]:
    return ctx.cached("golden_thread.area_maps",
                      lambda: {k: area_map(plan, k) for k in ("B", "E", "F") if plan.section(k)})


@lru_cache(maxsize=1)
def _denial_patterns() -> tuple[int, tuple[Pattern, ...]]:
    data = yaml.safe_load((PATTERNS_DIR / "needs.yaml").read_text(encoding="utf-8"))
    return int(data["denied_need_within"]), tuple(compile_pattern(p) for p in data["denied_need"])


def denies_need(text: str) -> bool:
    """A sentence that denies a need, whatever words name the area ("Noah has no identified sensory
    or physical needs.", "She does not have any physical difficulties"): a `denied_need` pattern of
    resources/patterns/needs.yaml beginning near the start of ``text``, before its first full stop
    or semicolon (a fact of English, not of one plan)."""
    within, pats = _denial_patterns()
    head = text[:within + 1]
    stop = min((i for i in (head.find("."), head.find(";")) if i >= 0), default=within + 1)
    tokens = tokenize(text)
    spans = offsets(text, tokens)
    starts = [i for i, (x, _) in enumerate(spans) if x < stop and x <= within]
    if not starts:
        return False
    lower = {t.lower() for t in tokens}
    return any(matches(p, tokens, starts, lower) for p in pats)


def _real_blocks(plan: Plan, blocks: list[int], nil_phrases, memo: dict[int, bool] | None = None) -> list[int]:
    """Blocks that say something, dropping "No identified needs in this area."-style lines and
    short blocks that open by denying a need ("Noah has no identified sensory or physical needs.").
    ``memo``: block -> says something, kept per plan and nil list (_memo): the three checks ask
    about the same sections' blocks."""
    nil = term_matcher(nil_phrases)
    out = []
    for i in blocks:
        real = memo.get(i) if memo is not None else None
        if real is None:
            text = plan.blocks[i].text
            real = not ((len(text) < 120 and (is_nil_body(text) or (nil is not None and nil.search(text) is not None)))
                        or (len(text) < 200 and denies_need(text)))
            if memo is not None:
                memo[i] = real
        if real:
            out.append(i)
    return out


def _memo(ctx: Context, nil_phrases) -> dict[int, bool]:
    return ctx.cached(f"golden_thread.real_blocks:{tuple(nil_phrases)!r}", dict)


def _mentioned(plan: Plan, key: str, nil_phrases, areas: Iterable[str], memo: dict[int, bool] | None = None) -> set[str]:
    """Which of ``areas`` any content block of a section mentions by keyword, whatever heading it
    sits under: in F, a hearing-aid check under "Communication and interaction" is provision for a
    hearing need; a target section counts as covering an area on any evidence at all."""
    pats = [(name, pat) for name, pat in _area_patterns() if name in set(areas) and pat is not None]
    if not pats:
        return set()
    blocks = [b.index for b in plan.section_blocks(key) if heading_area(b) is None]
    text = "\n".join(plan.blocks[i].text for i in _real_blocks(plan, blocks, nil_phrases, memo))
    return {name for name, pat in pats if pat.search(text)}


def areas_present(plan: Plan, amap: AreaMap, min_hits: int, nil_phrases, firm: bool = False,
                  memo: dict[int, bool] | None = None) -> dict[str, list[int]]:
    """area -> evidence blocks, for areas the section really addresses. ``firm``: when the section
    has area headings, only headed areas count (an introduction that mentions reading is not a
    cognition-and-learning need)."""
    out: dict[str, list[int]] = {}
    for name, blocks in amap.blocks.items():
        real = _real_blocks(plan, blocks, nil_phrases, memo)
        headed_area = name in amap.headings
        if firm and amap.headed and not headed_area:
            continue
        if real and (headed_area or amap.hits.get(name, 0) >= min_hits):
            out[name] = real
    return out


def linkage(plan: Plan, min_hits: int = 2, nil_phrases=()) -> dict[str, dict]:
    """The golden thread at area level, for moderators and reports, on the same evidence the
    checks use: ``{area: {"label", "needs": [block indices in B], "outcomes": [... in E],
    "provision": [... in F]}}`` (an empty list: nothing found for that area)."""
    found = {}
    for key, firm in (("B", True), ("E", False), ("F", False)):
        if plan.section(key):
            found[key] = areas_present(plan, area_map(plan, key), min_hits if firm else 1, nil_phrases, firm=firm)
    return {name: {"label": label,
                   "needs": found.get("B", {}).get(name, []),
                   "outcomes": found.get("E", {}).get(name, []),
                   "provision": found.get("F", {}).get(name, [])}
            for name, label in area_labels().items()}


def _first_span(plan: Plan, amap: AreaMap, area: str, blocks: list[int]) -> tuple[int, int, int]:
    i = amap.headings.get(area, blocks[0] if blocks else None)
    b = plan.blocks[i]
    return i, b.start, b.end


def _area_message(rule: Rule, label: str) -> str:
    return rule.message.replace("{area}", label)


def _missing_link(plan: Plan, rule: Rule, ctx: Context, source: str, target: str) -> Iterable[Finding]:
    """Areas with firm evidence in `source` and no evidence at all in `target`."""
    maps = _maps(plan, ctx)
    if source not in maps or target not in maps:
        return  # a missing section is the completeness pack's finding, not ours
    p = rule.params
    nil = p.get("nil_phrases", ())
    memo = _memo(ctx, nil)
    have = areas_present(plan, maps[source], int(p.get("min_source_hits", 2)), nil, firm=True, memo=memo)
    covered = set(areas_present(plan, maps[target], int(p.get("min_target_hits", 1)), nil, memo=memo))
    if set(have) - covered:  # only then look past the target's headings (most plans never need to)
        covered |= _mentioned(plan, target, nil, set(have) - covered, memo)
    labels = area_labels()
    # without area headings (in either section) areas come from keywords alone: less sure, so
    # a lower severity
    sure = maps[source].headed and maps[target].headed
    severity = None if sure else Severity(p.get("unheaded_severity", rule.severity.value))
    for area, blocks in have.items():
        if area in covered:
            continue
        _, start, end = _first_span(plan, maps[source], area, blocks)
        yield rule.finding(section=SectionKey(source), start=start, end=end, severity=severity,
                           text=plan.text[start:end], message=_area_message(rule, labels[area]))


@check_type("area_link")
def area_link(rule: Rule, ctx: Context) -> Iterable[Finding]:
    """The golden thread between two sections: an area of need with firm evidence in ``source``
    (area headings with content, or ``min_source_hits`` keyword hits) and no evidence at all in
    ``target``. A need in B with no provision in F (CoP 9.69) is ``{source: B, target: F}``; with
    no outcome in E, ``{source: B, target: E}``; provision in F for an area B describes no need
    for, ``{source: F, target: B}``. Either section missing: no finding (completeness's)."""
    return _missing_link(ctx.plan, rule, ctx, str(rule.params["source"]), str(rule.params["target"]))


@check_type("unmatched_need")
def unmatched_need(rule: Rule, ctx: Context) -> Iterable[Finding]:
    """A need named in ``source`` with none of the words any provision for it would use anywhere in
    ``target``: a gap below the level of the four areas (a hearing loss, dyslexia, anxiety named in
    B and nothing for it in F). ``pairs_from`` names the word list as ``lexicon.key``: a mapping
    label -> {need: [...], provision: [...]} (resources/lexicons/conditions.yaml ``conditions``).
    A negated need ("no hearing loss") does not count; area headings in ``target`` name an area,
    not a provision ("emotional" in "Social, emotional and mental health" provides for no anxiety).
    One finding per label, at its first mention; ``{label}`` in the message is the label."""
    plan = ctx.plan
    source, target = str(rule.params["source"]), str(rule.params["target"])
    if plan.section(source) is None or plan.section(target) is None or not plan.section_text(target).strip():
        return
    negation = lexicon("health")["negation_cues"]
    t_text = "\n".join(b.text for b in plan.section_blocks(target) if heading_area(b) is None)
    for label, spec in lexicon_entry(str(rule.params["pairs_from"])).items():
        provided = term_matcher(spec["provision"])
        if provided is not None and provided.search(t_text):
            continue  # checked first: one search of the target is far cheaper than scanning the source
        named = find_terms(plan, [source], spec["need"], negation)
        if not named:
            continue
        h = named[0]
        yield rule.finding(section=SectionKey(source), start=h.start, end=h.end, text=h.text,
                           message=rule.message.replace("{label}", label))
