"""Health and social care input (RUBRIC section 5): sections C, D, G, H1, H2 written rather than
blank or "TBC"; health needs matched by health provision; social-care signals not contradicted by a
"none" in D/H; health and social-care advice listed in K; therapy that educates or trains placed
in F, not G. A missing section is left to the completeness pack. Word lists are in
resources/lexicons/health.yaml and social_care.yaml; rule params may extend them.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..lexicons import lexicon_entry
from ..model import Finding, Plan, SectionKey, SectionStatus, Severity
from ..nil import is_nil_body, states_nil
from ..rules.spec import Rule
from .areas import Hit, find_terms, has_term, iter_terms, lexicon, normalise, term_matcher
from .registry import Context, check_type, plan_check

NIL_SECTIONS_DEFAULT = ("D", "H1", "H2")


def _terms(rule: Rule, lex: str, key: str) -> list[str]:
    """A lexicon list plus the rule's own additions (``params.phrases``, which a council extends with phrases_add)."""
    return list(lexicon(lex).get(key, [])) + list(rule.params.get("phrases", []))


def _negation() -> list[str]:
    return lexicon("health")["negation_cues"]


def section_state(plan: Plan, key: SectionKey | str) -> str | None:
    """"missing" | "blank" (empty or only a pending phrase like "TBC") | "nil" | "content"."""
    sec = plan.section(key)
    if sec is None:
        return "missing"
    body = normalise(plan.section_text(key))
    pending = {normalise(p) for p in lexicon("health")["pending"]}
    if not body or body in pending or sec.status is SectionStatus.EMPTY:
        return "blank"
    if sec.status is SectionStatus.NIL:
        return "nil"
    lex = lexicon("health")
    if is_nil_body(plan.section_text(key), 200):
        return "nil"  # "No health provision is required.", "Not known to social care."
    if len(body.split()) <= 8 and term_matcher(lex["pending"]).search(body):
        return "blank"  # "Awaiting health advice.", "Not known at present"
    return "content"


def _states(plan: Plan, ctx: Context) -> dict[str, str | None]:
    return ctx.cached("health_care.states", lambda: {k.value: section_state(plan, k) for k in SectionKey})


def _heading_span(plan: Plan, key: SectionKey | str) -> tuple[int, int]:
    sec = plan.section(key)
    i = sec.heading if sec.heading is not None else sec.blocks[0]
    return plan.blocks[i].start, plan.blocks[i].end


def _looks_nil(plan: Plan, key: str, state: str | None, phrases: Iterable[str]) -> bool:
    """Nil by the sectionizer's status, or a short body that says "none"/"no social care needs"."""
    if state in ("nil", "blank"):
        return True
    if state != "content":
        return False
    body = plan.section_text(key)
    pattern = term_matcher(phrases)
    return is_nil_body(body, 200) or (len(body) < 200 and pattern is not None and bool(pattern.search(body)))


@check_type("blank_section")
def blank_section(rule: Rule, ctx: Context) -> Iterable[Finding]:
    """Each of the rule's ``sections`` that is present but blank, or says only that its content is
    to follow ("TBC", "awaiting advice": resources/lexicons/health.yaml ``pending``), at its
    heading. An explicit nil ("No social care needs.") is written, so fine; a missing section is
    the completeness pack's finding."""
    plan = ctx.plan
    states = _states(plan, ctx)
    for key in rule.sections:
        if states.get(str(key)) == "blank":
            start, end = _heading_span(plan, key)
            yield rule.finding(section=SectionKey(key), start=start, end=end)


@plan_check("health_care.pending_phrase")
def pending_phrase(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """A written section that still says advice is awaited or something is "TBC"."""
    states = _states(plan, ctx)
    keys = [k for k in (rule.sections or ("C", "D", "G", "H1", "H2")) if states.get(str(k)) in ("content", "nil")]
    for hit in find_terms(plan, keys, rule.params.get("phrases", [])):
        yield rule.finding(section=hit.section, start=hit.start, end=hit.end, text=hit.text)


@plan_check("health_care.need_without_health_provision")
def need_without_health_provision(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """A health need (epilepsy, gastrostomy, medication...) while G is blank or says none. One
    finding, at the first need named: in ``need_sections`` (C) at the rule's severity; only in
    ``weak_need_sections`` (B, where a condition may be described for its educational impact) at
    ``weak_severity``."""
    if _states(plan, ctx).get("G") not in ("blank", "nil"):
        return
    terms, neg = _terms(rule, "health", "health_needs"), _negation()
    hits = find_terms(plan, rule.params.get("need_sections", ["C"]), terms, neg)
    severity = None
    if not hits:
        hits = find_terms(plan, rule.params.get("weak_need_sections", []), terms, neg)
        severity = Severity(rule.params.get("weak_severity", "warning"))
    if hits:
        h = hits[0]
        yield rule.finding(section=h.section, start=h.start, end=h.end, text=h.text, severity=severity)


def social_care_signals(plan: Plan, rule: Rule | None = None) -> list[Hit]:
    extra = list(rule.params.get("phrases", [])) if rule else []
    keys = [k for k in SectionKey if k is not SectionKey.K]  # K lists advice, not involvement
    return find_terms(plan, keys, list(lexicon("social_care")["signals"]) + extra, _negation())


@plan_check("health_care.social_care_signal_nil")
def social_care_signal_nil(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """The plan mentions a social worker, care, short breaks... while D, H1 or H2 say none."""
    states = _states(plan, ctx)
    nil_phrases = rule.params.get("nil_phrases", [])
    nil = {k: _looks_nil(plan, k, states.get(k), nil_phrases)
           for k in rule.params.get("nil_sections", NIL_SECTIONS_DEFAULT) if plan.section(k)}
    # D saying none contradicts involvement; in H, "none" in H2 beside provision in H1 does not,
    # so H counts only when H1 and H2 are both there and both say none (a missing one is the
    # completeness pack's finding).
    wanted = rule.params.get("nil_sections", NIL_SECTIONS_DEFAULT)
    nil_keys = [k for k in nil if nil[k] and not k.startswith("H")]
    h = [k for k in wanted if k.startswith("H")]
    if h and all(nil.get(k) for k in h):
        nil_keys += h
    if not nil_keys:
        return
    # a signal inside a section that itself states there are no needs ("Advice was requested from
    # the Children with Disabilities Team ... Noah does not have social care needs") is the reason
    # for its "none", not involvement that contradicts it
    says_none = {k for k in wanted if plan.section(k)
                 and (states.get(k) == "nil" or states_nil(plan.section_text(k)))}
    hits = [h for h in social_care_signals(plan, rule) if not (h.section and h.section.value in says_none)]
    if hits:
        h = hits[0]
        msg = f"{rule.message} (Sections saying none: {', '.join(nil_keys)}.)"
        yield rule.finding(section=h.section, start=h.start, end=h.end, text=h.text, message=msg)


# one entry of a list of advice: "not requested" after a source counts against that source only
_ENTRY_END = re.compile(r"[;\n]|\.\s")


def _lexicon_terms(ref: str) -> list[str]:
    """The word list a rule names as ``lexicon.key`` (resources/lexicons/<lexicon>.yaml, key <key>)."""
    terms = lexicon_entry(ref)
    if not isinstance(terms, list):
        name, _, key = ref.partition(".")
        raise ValueError(f"terms_from {ref!r}: no list {key!r} in resources/lexicons/{name}.yaml")
    return terms


@check_type("must_mention")
def must_mention(rule: Rule, ctx: Context) -> Iterable[Finding]:
    """The rule's ``sections`` (K: the advice the plan was written from) must name one of the terms
    of ``terms_from`` (word lists, as ``lexicon.key``) or ``phrases``: health advice, social-care
    advice. A term negated before it ("no health advice") does not count, nor one followed in the
    same entry (up to ";", a line end or a full stop) by one of ``absent_cues`` ("Health advice:
    not requested"); ``negation: false`` counts a negated term too (A's aspirations: "she does not
    want to ..." still states one). One finding, at the first section's heading; with none of the
    sections present, none (completeness's)."""
    plan = ctx.plan
    keys = [k for k in rule.sections if plan.section(k) is not None]
    if not keys:
        return
    terms = [t for ref in rule.params.get("terms_from", []) for t in _lexicon_terms(ref)]
    terms += list(rule.params.get("phrases", []))
    absent = term_matcher(rule.params.get("absent_cues", []))
    negation = _negation() if rule.params.get("negation", True) else None
    for hit in iter_terms(plan, keys, terms, negation):  # returns at the first usable one
        block = plan.block_at(hit.start)
        # "not requested" counts against this source only up to the end of its entry: a K written
        # as one paragraph ("...; paediatrician advice (Feb 2026); social care: no advice required")
        # must not lose the paediatrician to the social-care entry after it
        entry = _ENTRY_END.split(block.text[hit.end - block.start:], maxsplit=1)[0]
        if absent is None or not absent.search(entry):
            return
    start, end = _heading_span(plan, keys[0])
    yield rule.finding(section=SectionKey(keys[0]), start=start, end=end)


def _sentence_at(plan: Plan, offset: int) -> str:
    """The sentence (within its block) around an offset."""
    block = plan.block_at(offset)
    i = offset - block.start
    text = block.text
    start = max(text.rfind(". ", 0, i), text.rfind("; ", 0, i)) + 1
    ends = [e for e in (text.find(". ", i), text.find("; ", i)) if e != -1]
    return text[start:min(ends) if ends else len(text)]


@plan_check("health_care.therapy_in_g")
def therapy_in_g(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """Speech and language therapy, OT or physiotherapy delivered in G, or named in G and nowhere
    in F: therapy that educates or trains is special educational provision (CFA 2014 s21(5)) and
    belongs in F. ``params.delivery_cues`` ("1:1", "sessions", "will work with") mark delivery.
    A therapist's purely health role (an eating and drinking plan, equipment, splints), named by
    ``params.health_only_cues`` in the same sentence, is fine in G."""
    if _states(plan, ctx).get("G") != "content":
        return
    health_only = term_matcher(rule.params.get("health_only_cues", []))
    delivered = term_matcher(rule.params.get("delivery_cues", []))
    for label, spellings in lexicon("health")["therapies"].items():
        in_f = has_term(plan, ["F"], spellings, _negation())
        for h in iter_terms(plan, ["G"], spellings, _negation()):
            sentence = _sentence_at(plan, h.start)
            if health_only and health_only.search(sentence):
                continue
            # a mention (a review, advice) is fine when F has the therapy; therapy delivered
            # to the child in G is misplaced either way
            if in_f and not (delivered and delivered.search(sentence)):
                continue
            yield rule.finding(section=SectionKey.G, start=h.start, end=h.end, text=h.text,
                               message=f"{rule.message} ({label})")
            break
