"""Outcomes (E): SMART analysis of each outcome and the `outcome` check type.

specific = the child is the subject of a concrete skill or behaviour; measurable = a criterion
(a number, "independently", "in 4 out of 5 opportunities", a named assessment level); time-bound =
a date or phase end. Provision posing as an outcome and aspirations posing as outcomes are not
outcomes at all (CoP 9.64-9.68). Definitions: the shared contracts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..ml import spans as span_model
from ..model import Finding, Item, ItemKind, SectionKey, Severity
from ..nlp import Folded, SlotMatches, fold_text, match_slots, slot_doc
from ..rules.spec import Rule
from .registry import Context, check_type

_I = re.IGNORECASE

_BARE_ARTICLE = re.compile(r"^(?:a|an|half)$", _I)

_SUBJECT = re.compile(  # the child by name, pronoun, first person, or a template placeholder ("[Name]")
    r"(?:\b(?:I|[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z'-]+)|\[[^\]\n]{1,30}\]|<[^>\n]{1,30}>)\s+(?:will|can|is|are|am|to|should|would|uses?|"
    r"reads?|writes?|says?|asks?|has|knows?|follows?|manages?|shows?|makes?)\b")
_NOT_NAMES = {"The", "By", "In", "At", "When", "With", "This", "Staff", "School", "Adults", "Teachers",
              "His", "Her", "Their", "To", "Over", "Within", "During", "Using", "After", "Following",
              "Each", "Every", "All", "There", "It", "Support", "Provision", "Parents", "Outcome", "We",
              "Pupil", "Pupils", "Student", "Child", "Children", "Learner", "Young", "Person", "Class", "TA"}

_PROVISION = re.compile(
    r"\bwill\s+(?:be\s+able\s+to\s+|learn\s+to\s+)?(?:continue\s+to\s+)?(?:receive|be\s+provided\s+with|be\s+given|be\s+provided|be\s+offered|get\s+(?:(?:a|an|the|some|more|extra|daily|weekly)\s+)?(?:support|help|sessions?|therapy|TA)|be\s+allocated|"
    r"have\s+access|access|be\s+supported\s+(?:by|with|in)|be\s+taught\s+by|attend\s+(?!all\b|\d)(?:\w+\s+){0,3}?"
    r"(?:sessions?|therapy|appointments?)|have\s+(?:a|an|the|daily|weekly|regular|\d+)\s+"
    r"(?:[\w:-]+\s+){0,3}?(?:support|sessions?|therapy|TA|assistant|programme|input|intervention|"
    r"adult|key\s+worker|place|placement|timetable|laptop|equipment|ear\s+defenders|plan|aids?|chair|"
    r"resources|visuals|breaks?)|be\s+referred)\b"
    r"|\b(?:access\s+to|support\s+from|input\s+from)\b"
    # things done TO the child are provision, whoever does them
    r"|\bwill\s+(?:be\s+able\s+to\s+|continue\s+to\s+)?(?:benefit\s+from|work\s+with\s+(?:a|an|the|his|her|their)\s+|"
    r"be\s+(?:allocated|assigned|entitled|eligible|placed|enrolled|transported|escorted|accompanied|collected|"
    r"assessed|seen|visited|monitored|observed|checked|funded|prompted\s+by|reminded\s+by|helped\s+(?:by|with)|"
    r"supported\s+(?:by|with|in)|taught\s+by))\b", _I)
# general shapes of provision posing as an outcome: something done TO the child by a role, or the
# child "having"/"accessing" a provision noun (the provision lexicon from checks/provision.py)
_PASSIVE_BY = re.compile(r"\bwill\s+(?:be\s+able\s+to\s+|learn\s+to\s+|continue\s+to\s+)*be\s+[a-z]+(?:ed|en)\s+"
                         r"(?:\w+\s+){0,4}?(?P<by>(?:by|from)\s+(?:a|an|the|his|her|their|my)\s+)", _I)
_HAS_PROVISION = re.compile(r"\bwill\s+(?:be\s+able\s+to\s+|learn\s+to\s+|continue\s+to\s+)*(?:have|access|"
                            r"attend|get|use\s+(?:the\s+)?services?\s+of)\s+(?P<obj>[^.;|]{0,70})", _I)
_NOT_PROVISION_OBJ = re.compile(r"^(?:school|college|lessons?|work|a\s+job|friends?|his|her|their|my|better|more|"
                                r"less|fewer|good|improved|a\s+(?:go|turn|conversation)\b)", _I)


_PROVIDER_OR_PROVISION = frozenset({"#ROLE", "#ORG", "#ROLE_ABBR", "#EVENT", "#PROVISION"})


def _provision_like(text: str, doc, time_spans: list[tuple[int, int]]):
    """Provision posing as an outcome: something done TO the child by a role ("will be taught by a
    specialist teacher"), or the child having or attending a provider or a provision noun."""
    m = _PASSIVE_BY.search(text)
    if m and not any(a <= m.start("by") < b for a, b in time_spans):  # "by the summer term" is a deadline
        rest = [n for n, x in zip(doc.norm, doc.idx) if m.end() <= x < m.end() + 60]
        if any(n in ("#ROLE", "#ORG", "#ROLE_ABBR") for n in rest[:5]):
            return m.span()
    for m in _HAS_PROVISION.finditer(text):
        obj = m.group("obj")
        cut = next((a for a, b in time_spans if m.start("obj") <= a < m.end("obj")), None)
        end = m.start("obj") + len(obj) if cut is None else cut
        obj = text[m.start("obj"):end]
        if _NOT_PROVISION_OBJ.match(obj) or _CRITERION_STRONG.search(obj):
            continue
        if any(n in _PROVIDER_OR_PROVISION for n, x in zip(doc.norm, doc.idx) if m.start("obj") <= x < end):
            return m.span()
    return None


_CRITERION_STRONG = re.compile(r"\bindependently\b|\bwithout\s+(?:an?\s+)?(?:adult\s+)?(?:help|support|prompt)|"
                               r"\bout\s+of\s+\d+|\d+\s*%", _I)

_ASPIRATION = re.compile(
    r"^\s*(?:\W\s*)?(?:I\s+(?:want|would\s+like|hope|wish|dream|like)|(?:my|his|her|their)\s+(?:dream|"
    r"aspiration|wish|hope|ambition)|to\s+(?:be|feel|have|enjoy|live|go|become|make|keep)\b|"
    r"[A-Z][a-z'-]+\s+(?:wants|would\s+like|hopes|wishes|dreams|aspires|likes|enjoys)\b|"
    r"(?:he|she|they)\s+(?:wants?|would\s+like|hopes?|wish(?:es)?|dreams?|aspires?)\b|"
    r"(?:be|being|feel|feeling)\s+(?:happy|safe|healthy|confident|included|valued)|"
    r"(?:(?:my|his|her|their)\s+|[A-Z][a-z'-]+'s\s+)?(?:parents?|mum|dad|family|carers?)\s+(?:want|would\s+like|hope|wish)|"
    r".*\bwill\s+(?:be|feel)\s+(?:happy|healthy|safe|confident|settled|included|valued|successful)\b)", _I)
_VAGUE_VERB = re.compile(
    r"\b(?:make\s+(?:good\s+|further\s+|expected\s+|more\s+|continued\s+|accelerated\s+)?progress|"
    r"improve[sd]?|improving|develop(?:s|ed|ing)?|continue\s+to|be\s+supported\s+to|work\s+towards|"
    r"increase[sd]?|build\s+(?:on\s+)?|enhance[sd]?|become\s+more|be\s+more|gain\s+(?:more\s+)?confidence|"
    r"feel\s+more|be\s+encouraged|explore|be\s+aware)\b", _I)


@dataclass
class OutcomeAnalysis:
    text: str
    specific: bool
    measurable: bool
    time_bound: bool
    provision_as_outcome: bool
    aspiration_only: bool
    vague_verb: tuple[int, int] | None
    time: tuple[int, int] | None
    provision_span: tuple[int, int] | None
    spans: dict = field(default_factory=dict)  # subject, behaviour, criterion, time: character spans

    @property
    def smart(self) -> bool:
        return (self.specific and self.measurable and self.time_bound
                and not self.provision_as_outcome and not self.aspiration_only)

    def parts(self) -> dict[str, bool]:
        return {"specific": self.specific, "measurable": self.measurable, "time_bound": self.time_bound}


def _child_subject(text: str) -> bool:
    for m in _SUBJECT.finditer(text):
        word = m.group(0).strip(" .;:,").split()[0]
        if word not in _NOT_NAMES:
            return True
    return bool(re.search(r"\bI\s+will\b", text))


_PROVISION_F, _VAGUE_VERB_F = Folded(_PROVISION), Folded(_VAGUE_VERB)


def _first_span(rx: Folded, text: str, low: str | None) -> tuple[int, int] | None:
    return next((m.span() for m in rx.finditer(text, low)), None)


def outcome_spans(doc, m: SlotMatches, probs=None) -> dict[str, list[tuple[int, int]]]:
    """subject, behaviour, criterion and time spans: the tagger's, or with none shipped the
    matcher's (TIME, CRITERION)."""
    out = {"subject": [], "behaviour": [], "criterion": m.chars("CRITERION"), "time": m.chars("TIME")}
    tagger = span_model.tagger("outcome")
    if tagger is not None:
        probs = tagger.scores(doc, m) if probs is None else probs
        # the verdict reads criterion and time (the subject comes from the sentence's grammar)
        learnt = tagger.snapped(doc, m, tagger.spans(doc, m, probs, only=("criterion", "time")),
                                {"criterion": "CRITERION", "time": "TIME"}, probs)
        out.update({k: v for k, v in learnt.items() if tagger.decides(k)})
    return out


def has_deadline(text: str) -> bool:
    """A sub-heading or column title that dates the outcomes under it ("By the end of Key Stage 2")."""
    return bool(match_slots(text).spans.get("TIME"))


def analyse_outcomes(texts: list[str], contexts: list[str | None] | None = None) -> list[OutcomeAnalysis]:
    """``analyse_outcome`` for many outcomes, their slots scored in one batch."""
    from .provision import prepared

    contexts = contexts or [None] * len(texts)
    return [analyse_outcome(t, c, _pre=pre) for t, c, pre in zip(texts, contexts, prepared(texts, "outcome"))]


def analyse_outcome(text: str, context: str | None = None, _pre: tuple | None = None) -> OutcomeAnalysis:
    """``context``: the sub-heading the outcome sits under ("By the end of Key Stage 2"), which can
    make a bullet time-bound."""
    low = fold_text(text)
    doc, m, probs = _pre if _pre is not None else (slot_doc(text), None, None)
    m = m or match_slots(doc)
    spans = outcome_spans(doc, m, probs)
    times = spans.get("time", [])
    time_span = times[0] if times else None
    time_bound = time_span is not None or bool(context and has_deadline(context))
    # "2027" in "by July 2027" is the deadline, not a criterion
    criterion = any(not any(a <= x < b for a, b in times) and not _BARE_ARTICLE.match(text[x:y])
                    for x, y in spans.get("criterion", []))
    prov = _first_span(_PROVISION_F, text, low)
    if prov is None:
        prov = _provision_like(text, doc, times + m.chars("TIME"))
    vague = _first_span(_VAGUE_VERB_F, text, low)
    aspiration = bool(_ASPIRATION.search(text)) and not (criterion and time_bound)
    subject = _child_subject(text)
    return OutcomeAnalysis(
        text=text,
        specific=subject and prov is None and not aspiration,
        measurable=criterion and prov is None and vague is None,
        time_bound=time_bound,
        aspiration_only=aspiration,
        provision_as_outcome=prov is not None,
        vague_verb=vague,
        time=time_span,
        provision_span=prov,
        spans=spans,
    )


# --- the `outcome` check type ----------------------------------------------------------------

def outcome_items(ctx: Context) -> list[tuple[Item, OutcomeAnalysis]]:
    def make():
        # every outcome of the plan (``Plan.items``): those of E, and those written in the outcomes
        # column of a combined needs / outcomes / provision table wherever it stands
        items = [it for it in ctx.plan.items or () if it.kind is ItemKind.OUTCOME and not _META.search(it.text)]
        return list(zip(items, analyse_outcomes([it.text for it in items], [it.context for it in items])))

    return ctx.cached("outcomes", make)


# the "arrangements for shorter-term targets" paragraph in E describes a process, not an outcome
_META = re.compile(r"^\s*(?:each|the|these|all|short(?:er)?[\s-]term)\s+targets?\b|\b(?:short(?:er)?[\s-]term\s+targets|interim\s+targets|arrangements\s+for\s+(?:setting|monitoring|reviewing)|"
                   r"targets\s+(?:will\s+be|are)\s+(?:set|agreed|reviewed))\b", _I)


def _year_number(year_group: str | None) -> int | None:
    m = re.search(r"\d+", year_group or "")
    return int(m.group(0)) if m else None


@check_type("outcome")
def check_outcome(rule: Rule, ctx: Context) -> list[Finding]:
    check = rule.params.get("check")
    outcomes = outcome_items(ctx)
    plan = ctx.plan
    if check == "count":
        sec = plan.section(SectionKey.E)
        if sec is None or sec.status.value != "content":
            return []  # a missing/empty E is the completeness pack's finding
        n, lo, hi = len(outcomes), rule.params.get("min", 3), rule.params.get("max", 12)
        if lo <= n <= hi:
            return []
        why = f"Section E holds {n} outcome(s); plans usually hold {lo} to {hi} (about one per area of need)."
        # about the section as a whole, not any line of it: no span (as a missing section has none),
        # so it is not shown as an error on E's headings, framing and outcomes
        return [rule.finding(section=SectionKey.E, message=f"{rule.message} {why}")]
    if check == "pfa":
        year = _year_number(plan.meta.year_group)
        age = plan.meta.age
        due = (year is not None and year >= rule.params.get("from_year", 9)) or \
              (year is None and age is not None and age >= rule.params.get("from_age", 14))
        if not due or not outcomes:
            return []
        return list(_pfa_findings(rule, ctx, [it for it, _ in outcomes]))
    from ..ml.combine import soften
    from .classifier import p_fine as _p_fine
    from .classifier import model_view

    view = model_view(ctx, "outcome")
    probs, floor = view if view else ({}, 1.0)
    out = []
    for it, a in outcomes:
        if check == "measurable":
            bad, span = not a.measurable and not a.provision_as_outcome and not a.aspiration_only, a.vague_verb
        elif check == "time_bound":
            bad, span = not a.time_bound and not a.provision_as_outcome and not a.aspiration_only, None
        elif check == "specific":
            bad, span = not a.specific and not a.provision_as_outcome and not a.aspiration_only, None
        elif check == "provision_as_outcome":
            bad, span = a.provision_as_outcome, a.provision_span
        elif check == "aspiration_only":
            bad, span = a.aspiration_only, None
        else:
            bad, span = False, None
        if not bad:
            continue
        start, end = (it.start + span[0], it.start + span[1]) if span else (it.start, it.end)
        out.append(soften(rule.finding(section=SectionKey.E, start=start, end=end, text=plan.text[start:end]),
                          _p_fine(probs, it), floor))
    return out


# --- preparation for adulthood (CoP 8.9, 9.64) ------------------------------------------------


def _pfa_terms(rule: Rule):
    """(heading matcher, {area: matcher}) from resources/lexicons/pfa.yaml plus the rule's params
    (`headings`, `phrases`: extra terms a council adds)."""
    from .areas import lexicon, term_matcher

    lex = lexicon("pfa")
    headings = term_matcher(list(lex["headings"]) + list(rule.params.get("headings", ())))
    areas = {name: term_matcher(terms) for name, terms in lex["areas"].items()}
    if rule.params.get("phrases"):
        areas["other"] = term_matcher(rule.params["phrases"])
    return headings, areas


def _table_heading(plan, block) -> str | None:
    """The short line just above the table a cell sits in: the area heading of a combined B/E/F
    table layout ("Preparation for adulthood"), which lies outside section E itself."""
    i = block.index - 1
    while i >= 0 and plan.blocks[i].table == block.table and plan.blocks[i].table is not None:
        i -= 1
    if i < 0 or plan.blocks[i].table is not None:
        return None
    text = plan.blocks[i].text
    return text if len(text.split()) <= 12 else None


def _pfa_findings(rule: Rule, ctx: Context, items: list[Item]):
    """From Year 9, E should hold at least one outcome that prepares for adult life. An outcome
    under a PfA heading (or tagged "PfA") counts; failing that, outcomes whose content is specific
    to adult life (work, college, travel, cooking, money, friendships, managing one's own health:
    not "independently" or "health" alone) mean the outcomes exist but are not identified as PfA
    outcomes, a lesser fault (``unlabelled_severity``)."""
    plan = ctx.plan
    headings, areas = _pfa_terms(rule)
    texts = [b.text for b in plan.section_blocks(SectionKey.E) if len(b.text.split()) <= 14]
    texts += [it.context for it in items if it.context]
    texts += [it.text for it in items]  # "Employment (PfA): ..." tags an outcome
    seen_tables: set[int] = set()
    for b in plan.section_blocks(SectionKey.E):
        if b.table is not None and b.table not in seen_tables:
            seen_tables.add(b.table)
            head = _table_heading(plan, b)
            if head:
                texts.append(head)
    if headings is not None and any(headings.search(t) for t in texts):
        return
    covered = sorted({name for it in items for name, m in areas.items() if m is not None and m.search(it.text)})
    # an outcome that is absent has no span: the finding is the section's (a report lists it with the
    # section, as a missing section), not an error on every heading and outcome of E
    if not covered:
        yield rule.finding(section=SectionKey.E)
        return
    yield rule.finding(
        section=SectionKey.E,
        severity=Severity(rule.params.get("unlabelled_severity", "warning")),
        message=(f"Some outcomes touch on adult life ({', '.join(covered)}), but none is identified as a "
                 "preparation-for-adulthood outcome, so reviews cannot track progress towards adulthood."),
        suggestion="Group or tag the outcomes that prepare for adulthood under its four areas: employment, "
                   "independent living, community participation and health.")
