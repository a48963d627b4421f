"""Outcomes (E): SMART analysis of each outcome and the `outcome` check type.

specific = the child is the subject of a concrete skill or behaviour; measurable = a criterion
(a number, "independently", "in 4 out of 5 opportunities", a named assessment level); time-bound =
a date or phase end. Provision posing as an outcome and aspirations posing as outcomes are not
outcomes at all (CoP 9.64-9.68). Definitions: the shared contracts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Finding, Item, ItemKind, SectionKey, Severity
from ..nlp import Folded, fold_text
from ..rules.spec import Rule
from .numbers import DAY_PERIOD, LONG_UNIT, MONTH, MULT, NUM, PERIOD_ADJ, YEAR
from .registry import Context, check_type

_I = re.IGNORECASE

_POSS = r"(?:(?:his|her|their|my|the|this|next|current|an?)\s+){0,3}"
_TIME = re.compile(  # one \b for all branches, as in _CRITERION below
    rf"\b(?:(?:by|before|at|for|until|in)\s+(?:the\s+)?(?:end\s+of\s+)?{_POSS}"
    rf"(?:{MONTH}\.?(?:\s+{YEAR})?|(?:easter|christmas|whitsun|half[\s-]?term)(?:\s+{YEAR})?|{YEAR}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|"
    rf"(?:key\s+stage|ks)\s*\d|year\s*\d+|(?:autumn|spring|summer)\s+(?:term|half[\s-]?term)(?:\s+{YEAR})?|"
    rf"(?:academic|school)\s+year|annual\s+review|review|phase|term|reception|nursery|primary(?:\s+school)?|"
    rf"secondary(?:\s+school)?|year\b|college|sixth\s+form|transition|age\s+\d+|time\s+(?:he|she|they|I)\b|"
    rf"year\s+(?:{NUM})\b)"
    rf"|within\s+(?:the\s+next\s+)?(?:{NUM}|a|one|the)\s+(?:academic\s+|school\s+)?{LONG_UNIT}"
    rf"|over\s+the\s+(?:next|coming)\s+(?:{NUM}\s+)?(?:academic\s+|school\s+)?(?:{LONG_UNIT}|key\s+stage)"
    # a month or season with its year anywhere ("... as assessed in July 2027", a "By when" cell)
    rf"|(?:{MONTH}\.?|(?:spring|summer|autumn)(?:\s+term)?)\s+{YEAR}\b"
    rf"|in\s+(?:the\s+next\s+)?{NUM}\s+{LONG_UNIT}(?:'?\s+time)?"
    rf"|(?:this|next)\s+(?:academic|school)\s+year\b"
    rf"|before\s+(?:he|she|they|I)\s+(?:leaves?|moves?|transfers?|starts?)\b"
    rf"|(?:when|once)\s+(?:he|she|they|I)\s+(?:leaves?|moves?|transfers?|starts?)\s+(?:to\s+)?\w+)",
    _I)

_CRITERION = re.compile(
    # one \b for all the branches that need it: each then opens with a literal and is skipped on
    # it, where 35 branches that each opened with \b were tried in turn at every word boundary
    rf"\b(?:(?:in|on)\s+{NUM}\s+(?:out\s+)?of\s+{NUM}\b|\d+\s*/\s*\d+\b)|\d+\s*%|\b(?:per\s*cent\b"
    rf"|independently\b|unaided\b|without\s+(?:any\s+|an?\s+)?(?:adult\s+|verbal\s+|physical\s+|visual\s+)?"
    rf"(?:prompts?|prompting|support|help|reminders?|assistance|intervention|model(?:ling)?|demonstration)\b"
    # a count of target items is a criterion ("name 30 everyday objects", "read 45 common words")
    rf"|(?:name|read|say|write|spell|count|recogni[sz]e|identify|sign|use|label|match|recall|explain|describe|list|"
    rf"answer|solve|learn|know|type|copy|blend|segment|follow|ask)\s+(?:at\s+least\s+)?\d+\s+(?!minutes?\b|hours?\b|times\b)"
    rf"|with\s+(?:no|no\s+more\s+than\s+\w+|only\s+(?:one|a\s+single)|one|a\s+single|minimal)\s+(?:\w+\s+)?"
    rf"(?:prompts?|reminders?|help|support)\b|by\s+(?:himself|herself|themselves|myself)\b"
    rf"|on\s+(?:his|her|their|my)\s+own\b"
    rf"|(?:reading|spelling)\s+age\b|scores?\b|standardi[sz]ed\b|expected\s+standard\b"
    rf"|age[\s-]related\b|(?:phase|level|stage|band|step|grade)\s+\d+\b|accura(?:cy|tely)\b"
    rf"|from\s+{NUM}\s+(?:[\w-]+\s+){{0,3}}?to\s+{NUM}\b"  # "from 5 per week to 1 per week"
    rf"|(?:no\s+more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to|a\s+minimum\s+of)\s+{NUM}\b"
    rf"|consecutive\b|every\s+(?:day|lesson|session|morning|time)\b|on\s+(?:every|each)\s+occasion\b"
    # a frequency or a duration is a criterion ("at least twice a day", "for 10 minutes")
    rf"|{MULT}\s*(?:(?:a|an|per|each|every)\s+)?{DAY_PERIOD}\b|{MULT}\s+{PERIOD_ADJ}\b"
    rf"|for\s+(?:at\s+least\s+)?{NUM}\s*[-\s]?(?:minutes?|mins?|hours?|seconds?)\b"
    rf"|{NUM}\s+(?:words|items|steps)\s+(?:per|a|each)\s+minute\b"
    rf"|{NUM}\s+(?:occasions?|times|days|lessons|sessions|opportunities)\s+(?:out\s+of|in)\b"
    rf"|on\s+{NUM}\s+(?:separate\s+|consecutive\s+|different\s+)?(?:occasions|days|sessions|lessons|visits)\b"
    rf"|(?:every|each)\s+time\b|within\s+{NUM}\s+(?:seconds|minutes)\b|{NUM}\s+(?:times|days)\s+in\s+a\s+row\b"
    rf"|(?:as\s+)?(?:measured|assessed)\s+(?:by|using|on)\b|(?:at|to)\s+(?:age[\s-]expected|expected|greater\s+depth)\s+(?:level|standard)\b"
    rf"|with\s+(?:no|minimal|one|a\s+single)\s+(?:\w+\s+)?cues?\b|correctly\b"
    rf"|no\s+(?:more\s+than\s+\w+\s+)?incidents?\b|(?:each|every)\s+{DAY_PERIOD}\b)",
    _I)
_BARE_ARTICLE = re.compile(r"^(?:a|an|half)$", _I)

_SUBJECT = re.compile(
    r"\b(?:I|[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z'-]+)\s+(?:will|can|is|are|am|to|should|would|uses?|"
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


def _provision_like(text: str):
    from .provision import _ROLE, _ROLE_ABBR, _WHAT

    m = _PASSIVE_BY.search(text)
    if m and not _TIME.match(text, m.start("by")):  # "by the summer term" is a deadline, not an agent
        rest = text[m.end():m.end() + 80]
        if _ROLE.match(rest) or _ROLE_ABBR.match(rest) or re.match(r"(?:[\w-]+\s+){0,3}[\w-]+(?:ist|ian|or|er|ant)s?\b", rest):
            return m
    for m in _HAS_PROVISION.finditer(text):
        obj = m.group("obj")
        t = _TIME.search(obj)
        obj = obj[:t.start()] if t else obj
        if _NOT_PROVISION_OBJ.match(obj) or _CRITERION_STRONG.search(obj):
            continue
        if _WHAT.search(obj) or _ROLE.search(obj) or _ROLE_ABBR.search(obj):
            return m
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


# case-sensitive twins on lower-cased text: the same matches, faster (nlp.Folded)
_TIME_F, _CRITERION_F, _PROVISION_F, _VAGUE_VERB_F = (Folded(rx) for rx in (_TIME, _CRITERION, _PROVISION, _VAGUE_VERB))


def _first_span(rx: Folded, text: str, low: str | None) -> tuple[int, int] | None:
    return next((m.span() for m in rx.finditer(text, low)), None)


def analyse_outcome(text: str, context: str | None = None) -> OutcomeAnalysis:
    """``context``: the sub-heading the outcome sits under ("By the end of Key Stage 2"), which can
    make a bullet time-bound."""
    low = fold_text(text)
    time_span = _first_span(_TIME_F, text, low)
    time_bound = time_span is not None or bool(context and _TIME.search(context))
    criterion = False
    for m in _CRITERION_F.finditer(text, low):
        if time_span and time_span[0] <= m.start() < time_span[1]:
            continue  # "2027" in "by July 2027" is the deadline, not a criterion
        if _BARE_ARTICLE.match(text[m.start():m.end()]):
            continue
        criterion = True
        break
    prov = _first_span(_PROVISION_F, text, low)
    if prov is None:
        like = _provision_like(text)
        prov = like.span() if like else None
    vague = _first_span(_VAGUE_VERB_F, text, low)
    aspiration = bool(_ASPIRATION.search(text)) and not (criterion and time_bound)
    subject = _child_subject(text)
    return OutcomeAnalysis(
        text=text,
        specific=subject and prov is None and not aspiration,
        measurable=criterion and prov is None and vague is None,
        time_bound=time_bound,
        provision_as_outcome=prov is not None,
        aspiration_only=aspiration,
        vague_verb=vague,
        time=time_span,
        provision_span=prov,
    )


# --- the `outcome` check type ----------------------------------------------------------------

def outcome_items(ctx: Context) -> list[tuple[Item, OutcomeAnalysis]]:
    def make():
        # every outcome of the plan (``Plan.items``): those of E, and those written in the outcomes
        # column of a combined needs / outcomes / provision table wherever it stands
        items = [it for it in ctx.plan.items or () if it.kind is ItemKind.OUTCOME]
        return [(it, analyse_outcome(it.text, it.context)) for it in items if not _META.search(it.text)]

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
        return [rule.finding(section=SectionKey.E, start=sec.start, end=sec.end, message=f"{rule.message} {why}")]
    if check == "pfa":
        year = _year_number(plan.meta.year_group)
        age = plan.meta.age
        due = (year is not None and year >= rule.params.get("from_year", 9)) or \
              (year is None and age is not None and age >= rule.params.get("from_age", 14))
        if not due or not outcomes:
            return []
        return list(_pfa_findings(rule, ctx, [it for it, _ in outcomes]))
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
        out.append(rule.finding(section=SectionKey.E, start=start, end=end, text=plan.text[start:end]))
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
    sec = plan.section(SectionKey.E)
    if not covered:
        yield rule.finding(section=SectionKey.E, start=sec.start, end=sec.end)
        return
    yield rule.finding(
        section=SectionKey.E, start=sec.start, end=sec.end,
        severity=Severity(rule.params.get("unlabelled_severity", "warning")),
        message=(f"Some outcomes touch on adult life ({', '.join(covered)}), but none is identified as a "
                 "preparation-for-adulthood outcome, so reviews cannot track progress towards adulthood."),
        suggestion="Group or tag the outcomes that prepare for adulthood under its four areas: employment, "
                   "independent living, community participation and health.")
