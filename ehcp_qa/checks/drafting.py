"""Drafting faults that matter before issue (RUBRIC section 6), dimension `language`, and the
child's-voice checks for section A (dimension `voice`).

- placeholders left from the template ("[Child's name]", "XX", "<insert>", "Lorem ipsum", "TBC");
- another child's name, or pronouns contradicting the rest of the plan (copy-paste from another
  child's plan: a data breach as well as a quality fault);
- outcome dates already past at the plan date; section I filled in a draft (CFA 2014 s38(5));
- acronyms never expanded; section B describing only deficits.
Patterns and word lists live in resources/lexicons/, thresholds in the rule params.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date
from functools import lru_cache
from typing import Iterable

from ..model import BlockKind, Finding, Plan, SectionKey, SectionStatus
from ..nlp import Anchored, Folded, fold_text, may_contain
from ..rules.spec import Rule
from .areas import has_term, lexicon, normalise, sentences, term_matcher
from .registry import Context, plan_check

# Sections about the child, where a name or pronoun refers to them. K lists advice givers.
CHILD_SECTIONS = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2")


# --- placeholders ---------------------------------------------------------------------------


@lru_cache(maxsize=2)
def _placeholder_patterns(skip_tbc: bool) -> list[Anchored]:
    lex = lexicon("placeholders")
    pats = [re.compile(p, re.I) for p in lex.get("patterns", [])]
    pats += [re.compile(p) for p in lex.get("case_sensitive", [])]
    if not skip_tbc:
        pats += [re.compile(p, re.I) for p in lex.get("tbc", [])]
    return [Anchored(p) for p in pats]  # most blocks hold none of their literals: skip them


@lru_cache(maxsize=2)
def _placeholder_literals(skip_tbc: bool) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Every literal the patterns start with, (folded, case-sensitive): a block holding none of them
    is skipped with one test instead of one per pattern. None when a pattern has no literal."""
    pats = _placeholder_patterns(skip_tbc)
    if any(p.prefixes is None for p in pats):
        return None
    return (tuple(sorted({x for p in pats if p.folds for x in p.prefixes})),
            tuple(sorted({x for p in pats if not p.folds for x in p.prefixes})))


@plan_check("drafting.placeholders")
def placeholders(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """Template text left in. "TBC" is not looked for in ``params.tbc_skip_sections`` (I in a
    draft is legitimately pending; blank C/D/G/H are the health_care pack's finding)."""
    skip = {str(s) for s in rule.params.get("tbc_skip_sections", [])}
    for key, sec in plan.sections.items():
        if rule.sections and key not in rule.sections:
            continue
        pats = _placeholder_patterns(skip_tbc=key.value in skip)
        literals = _placeholder_literals(skip_tbc=key.value in skip)
        for block in plan.section_blocks(key):
            low = fold_text(block.text)
            if (literals is not None and low is not None and not may_contain(literals[0], low)
                    and not may_contain(literals[1], block.text)):
                continue  # no pattern's literal: no pattern's may_match would pass
            found = sorted(((m.start(), -m.end(), m) for pat in pats if pat.may_match(block.text, low)
                            for m in pat.rx.finditer(block.text)), key=lambda t: t[:2])
            last_end = -1
            for start, _, m in found:  # longest first at each start; overlaps dropped
                if start < last_end:
                    continue
                last_end = m.end()
                yield rule.finding(section=key, start=block.start + start, end=block.start + m.end(),
                                   text=m.group(0))


# --- names and pronouns ---------------------------------------------------------------------

_TITLES = {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "rev", "nurse"}
# "(?<![\w'])[A-Z]..." with the look-behind moved after the capital: a pattern that opens with a
# character class lets re skip to the next capital in C, almost twice as fast over a whole plan
_NAME_TOKEN = re.compile(r"([A-Z](?<![\w'][A-Z])[a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s)?(?![\w])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_APPOSITIVE = re.compile(r"\s*[,(\-–]\s*(?:(?:the|his|her|their|a|an|our|my)\s+)?([A-Za-z-]+)(?:\s+([A-Za-z-]+))?(?:\s+([A-Za-z-]+))?")


def child_names(plan: Plan) -> set[str]:
    """Every part of the cover name ("Amira Khan" -> {"Amira", "Khan"}; "Khan, Amira" too)."""
    name = plan.meta.name or ""
    return {p.strip(".,") for p in re.split(r"[\s,]+", name) if p.strip(".,")}


def _subject_uses(plan: Plan, names: set[str], params: dict) -> list[tuple[str, int, int]]:
    """(name, start, end) for lexicon first names used as someone's subject or possessive, not a
    titled or full professional/parent name ("Dr Patel", "Sarah Jones", "his brother Jack")."""
    verbs = {v.lower() for v in params.get("subject_verbs", [])}
    relations = {r.lower() for r in params.get("relation_words", [])}
    window = int(params.get("relation_window", 4))
    out = []
    for key in CHILD_SECTIONS:
        for block in plan.section_blocks(key):
            text = block.text
            for m in _NAME_TOKEN.finditer(text):
                name = m.group(1)
                if name not in names:
                    continue
                before = _WORD.findall(text[max(0, m.start() - 60):m.start()])
                after_text = text[m.end(): m.end() + 60]
                after = _WORD.findall(after_text)
                if before and before[-1].lower().rstrip(".") in _TITLES:
                    continue
                if after and after[0][:1].isupper() and not after_text.lstrip().startswith(("(", ",")):
                    continue  # "Sarah Jones": a full name, most likely an adult
                # "his brother Jack", "Mum, Sarah," before the name; "Sarah, the class teacher,"
                # or "Sarah (mum)" after it. "Sam told the educational psychologist" is a use.
                near = [w.lower().strip("’'") for w in before[-window:]]
                appositive = _APPOSITIVE.match(after_text)
                if appositive:
                    near += [w.lower() for w in appositive.groups() if w]
                if any(w in relations or w.rstrip("s") in relations for w in near):
                    continue
                possessive = m.group(0).endswith(("'s", "’s"))
                if possessive or (after and after[0].lower() in verbs):
                    out.append((name, block.start + m.start(), block.start + m.start() + len(name)))
    return out


@plan_check("drafting.second_name")
def second_name(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """A common first name other than the child's, used as the subject where the child's name is
    expected. Without a cover name, the dominant subject name is taken as the child's."""
    lexicon_names = set(lexicon("first_names")["names"]) | set(rule.params.get("names_add", []))
    mine = child_names(plan)
    # the cover name counts whether or not the word list knows it ("Ffion", "Zain")
    uses = _subject_uses(plan, lexicon_names | mine, rule.params)
    if not uses:
        return
    counts = Counter(n for n, _, _ in uses)
    # the child's own name must dominate, or we cannot tell whose plan this is; with a cover name we
    # know, so another name used less often than the child's is enough (a pasted paragraph repeats it)
    ratio = float(rule.params.get("max_other_ratio_with_cover", 0.99) if mine else rule.params.get("max_other_ratio", 0.34))
    if not mine:
        top, n = counts.most_common(1)[0]
        if n < int(rule.params.get("min_dominant", 5)):
            return
        mine = {top}
    own = sum(counts[n] for n in mine)
    reported: set[str] = set()
    for name, start, end in uses:
        if name in mine or name in reported:
            continue
        if own == 0 or counts[name] > ratio * own:
            continue
        reported.add(name)
        yield rule.finding(section=_section_of(plan, start), start=start, end=end, text=name)


def _section_of(plan: Plan, offset: int) -> SectionKey | None:
    for key, sec in plan.sections.items():
        if sec.start <= offset <= sec.end:
            return key
    return None


_PRONOUNS = {
    "he": "he", "him": "he", "his": "he", "himself": "he",
    "she": "she", "her": "she", "hers": "she", "herself": "she",
    "they": "they", "them": "they", "their": "they", "theirs": "they", "themself": "they",
}
_PRONOUN_RE = re.compile(r"(?<![\w'])(he|him|his|himself|she|her|hers|herself|they|them|their|theirs|themself)(?![\w'])", re.I)
_PRONOUN_F = Folded(_PRONOUN_RE)  # twin on lower-cased text: its matches index the text, not its case


@plan_check("drafting.pronouns")
def pronouns(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """Pronouns that contradict the rest of the plan. Sentences that mention another person
    (mum, teacher, Dr ..., another name), or mix pronoun sets, are left out; the majority set in
    the rest is the child's (he, she or they); a small minority he/she set there is flagged."""
    p = rule.params
    cues = term_matcher(p.get("other_person_cues", []))
    mine = child_names(plan)
    others = set(lexicon("first_names")["names"]) - mine
    spans = [s for k in CHILD_SECTIONS for s in sentences(plan, k)]
    usable: list[tuple[object, str, list[re.Match]]] = []
    has_cue: dict[int, bool] = {}  # sentence -> names another person; asked at most once per sentence

    def cue(i: int) -> bool:
        if i not in has_cue:
            has_cue[i] = cues is not None and cues.search(spans[i].text) is not None
        return has_cue[i]

    for i, s in enumerate(spans):
        found = list(_PRONOUN_F.finditer(s.text, fold_text(s.text)))
        sets = {_PRONOUNS[m.group(1).lower()] for m in found}
        # a person named in the previous sentence may be this one's "she" ("Mum told us ...
        # She says ..."), unless this sentence names the child
        skip = (len(sets) != 1 or cue(i) or any(m.group(1) in others for m in _NAME_TOKEN.finditer(s.text))
                or (i > 0 and not any(n in s.text for n in mine) and cue(i - 1)))
        if not skip:
            usable.append((s, sets.pop(), found))
    totals = Counter(kind for _, kind, found in usable for _ in found)
    if len(totals) < 2:
        return
    major, n_major = totals.most_common(1)[0]
    if n_major < int(p.get("min_majority", 5)):
        return
    # "they" in a he/she plan is nearly always other people (staff, peers, parents)
    minors = {k for k, n in totals.items() if k != major and k != "they"
              and n <= float(p.get("max_minority_ratio", 0.25)) * n_major}
    for s, kind, found in usable:
        if kind in minors:
            m = found[0]
            start = s.start + m.start()
            yield rule.finding(section=_section_of(plan, start), start=start, end=s.start + m.end(),
                               text=s.text[m.start():m.end()])


# --- dates, placement -----------------------------------------------------------------------

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_SEASON_END = {"spring": 4, "summer": 7, "autumn": 12}
_DATE = re.compile(
    r"(?P<dmy>\b(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})\b)"
    r"|(?P<ay>\b(?P<ay1>20\d\d)\s*[/\-–]\s*(?P<ay2>(?:20)?\d\d)\b)"
    r"|(?P<my>\b(?:(?P<mon>[A-Z][a-z]{2,8})|(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn)(?:\s+[Tt]erm)?)"
    r"\s+(?:of\s+)?(?P<y2>20\d\d)\b)"
    r"|(?P<yo>\b(?P<y3>20\d\d)\b)"
)


def _latest(m: re.Match) -> date | None:
    """The last day a date expression can mean (an outcome "by July 2025" is due 31 July 2025)."""
    try:
        if m.group("dmy"):
            y = int(m.group("y"))
            return date(y + 2000 if y < 100 else y, int(m.group("m")), int(m.group("d")))
        if m.group("ay"):
            y2 = m.group("ay2")
            y = int(y2) + (2000 if len(y2) == 2 else 0)
            return date(y, 7, 31) if y == int(m.group("ay1")) + 1 else None
        if m.group("my"):
            y = int(m.group("y2"))
            if m.group("season"):
                month = _SEASON_END[m.group("season").lower()]
            else:
                month = _MONTHS.get(m.group("mon").lower())
                if month is None:
                    return date(y, 12, 31)
            return date(y, month, calendar.monthrange(y, month)[1])
        return date(int(m.group("y3")), 12, 31)
    except ValueError:
        return None


def _reference_date(plan: Plan) -> date | None:
    """The plan date; without one, the latest full date in K (advice always predates the plan,
    so an outcome due before it is certainly past at the plan date)."""
    if plan.meta.plan_date:
        try:
            return date.fromisoformat(plan.meta.plan_date[:10])
        except ValueError:
            pass
    k_text = plan.section_text("K")
    dates = [d for m in _FULL_DATE.finditer(k_text) if (d := _full_date(m)) is not None]
    return max(dates) if dates else None


_FULL_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]{2,8})\s+(20\d\d)\b|\b(\d{1,2})/(\d{1,2})/(20\d\d)\b")


def _full_date(m: re.Match) -> date | None:
    try:
        if m.group(1):
            month = _MONTHS.get(m.group(2).lower())
            return date(int(m.group(3)), month, int(m.group(1))) if month else None
        return date(int(m.group(6)), int(m.group(5)), int(m.group(4)))
    except ValueError:
        return None


@plan_check("drafting.past_outcome_date")
def past_outcome_date(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """An outcome in E due by a date already past at the plan date."""
    plan_date = _reference_date(plan)
    if plan_date is None:
        return
    cue = re.compile(rule.params.get("due_cue", r"\b(?:by|before|until|end\s+of|within)\b"), re.I)
    reach = int(rule.params.get("cue_window", 40))
    for key in rule.sections or (SectionKey.E,):
        for block in plan.section_blocks(key):
            for m in _DATE.finditer(block.text):
                if not cue.search(block.text[max(0, m.start() - reach):m.start()]):
                    continue
                due = _latest(m)
                if due is not None and due < plan_date:
                    yield rule.finding(section=SectionKey(key), start=block.start + m.start(),
                                       end=block.start + m.end(), text=m.group(0))


@plan_check("drafting.placement_in_draft")
def placement_in_draft(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """A draft plan must not name a school or type of school (CFA 2014 s38(5))."""
    sec = plan.section("I")
    if (plan.meta.status or "").lower() != "draft" or sec is None:
        return
    if sec.status is not SectionStatus.CONTENT:
        return  # empty (a table's label cell only) or "not applicable"
    body = plan.section_text("I")
    if not normalise(body):
        return
    allowed = term_matcher(rule.params.get("pending_phrases", []))
    if allowed is not None and allowed.search(body):
        return
    blocks = plan.section_blocks("I")
    yield rule.finding(section=SectionKey.I, start=blocks[0].start, end=blocks[-1].end,
                       text=None)


# --- acronyms, strengths --------------------------------------------------------------------


def _body_blocks(plan: Plan) -> set[int]:
    """Blocks of the writer's own text: in a section, not a heading, not a short label cell of a
    table ("Social care needs related to SEN or disability"). The cover is left out too."""
    out: set[int] = set()
    for sec in plan.sections.values():
        for i in sec.blocks:
            b = plan.blocks[i]
            if i == sec.heading or b.kind is BlockKind.HEADING:
                continue
            if b.kind is BlockKind.TABLE_CELL and len(b.text.split()) < 10 and not re.search(r"[.!?]", b.text):
                continue
            out.add(i)
    return out


@lru_cache(maxsize=8)
def _acronym_regex(acronyms: tuple[str, ...]) -> re.Pattern:
    alts = "|".join(re.escape(a) for a in sorted(acronyms, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])({alts})s?(?![A-Za-z])")


@plan_check("drafting.unexplained_acronyms")
def unexplained_acronyms(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """Acronyms from the lexicon never explained: not defined in brackets anywhere, and no
    paragraph using them also holds an expansion. One finding per acronym, at its first use in
    the writer's own text."""
    acronyms = dict(lexicon("acronyms")["acronyms"])
    acronyms.update(rule.params.get("acronyms_add", {}) or {})
    for acr in rule.params.get("ignore", []):
        acronyms.pop(acr, None)
    if not acronyms:
        return
    text = plan.text
    uses: dict[str, list[re.Match]] = {}
    for m in _acronym_regex(tuple(acronyms)).finditer(text):
        uses.setdefault(m.group(1), []).append(m)
    body = ctx.cached("drafting.body_blocks", lambda: _body_blocks(plan))
    titles = " ".join((sec.title or "").lower() for sec in plan.sections.values())
    for acr, found in uses.items():
        own = [u for u in found if (b := plan.block_at(u.start())) is not None and b.index in body]
        if not own or f"({acr})" in text:
            continue  # template text only, or defined in place: "Emotional Literacy Support Assistant (ELSA)"
        # explained when a use shares its paragraph with an expansion ("ELSA (emotional literacy
        # support assistant)", a glossary line); an expansion elsewhere, even in the next heading,
        # does not tell the reader the link
        expansions = [e.lower() for e in acronyms[acr] or ()]
        blocks = {plan.block_at(u.start()).index for u in found}
        if any(e in plan.blocks[i].text.lower() for i in blocks for e in expansions):
            continue
        # a section's own title names it ("Section B: Special educational needs" for SEN)
        if any(e in titles for e in expansions):
            continue
        m = own[0]
        section = _section_of(plan, m.start())
        if rule.sections and section not in rule.sections:
            continue
        yield rule.finding(section=section, start=m.start(1), end=m.end(1), text=m.group(1),
                           message=f"{rule.message} ({acr})")


@plan_check("drafting.deficit_only")
def deficit_only(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """Section B describes needs but never a strength."""
    key = (rule.sections or (SectionKey.B,))[0]
    body = plan.section_text(key)
    if len(body.split()) < int(rule.params.get("min_words", 30)):
        return
    terms = list(lexicon("strengths")["strengths"]) + list(rule.params.get("phrases", []))
    if has_term(plan, [key], terms, lexicon("health")["negation_cues"]):
        return
    blocks = plan.section_blocks(key)
    yield rule.finding(section=SectionKey(key), start=blocks[0].start, end=blocks[0].end)


# --- the child's voice (section A) ---------------------------------------------------------


_QUOTE = re.compile(r"[\"“][^\"”]{8,}[\"”]")


def _voice_lex(rule: Rule, key: str) -> list[str]:
    return list(lexicon("voice").get(key, [])) + list(rule.params.get(f"{key}_add", []))


def _a_span(plan: Plan) -> tuple[int, int]:
    sec = plan.section("A")
    i = sec.heading if sec.heading is not None else sec.blocks[0]
    return plan.blocks[i].start, plan.blocks[i].end


@plan_check("voice.no_child_voice")
def no_child_voice(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """Section A has no first-person voice, quotation or reported view."""
    if plan.section("A") is None:
        return
    body = plan.section_text("A")
    first_person = re.compile(r"(?<![\w'])(?:I|I'm|I’m|I've|I'd|I'll|[Mm]y|[Mm]e|[Mm]yself)(?![\w'’])")
    if first_person.search(body) or _QUOTE.search(body):
        return
    if has_term(plan, ["A"], _voice_lex(rule, "reported_views")):
        return
    start, end = _a_span(plan)
    yield rule.finding(section=SectionKey.A, start=start, end=end)


@plan_check("voice.views_not_gathered")
def views_not_gathered(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """Section A says the child's views were not gathered, without saying why."""
    if plan.section("A") is None:
        return
    said = term_matcher(_voice_lex(rule, "not_gathered"))
    why = term_matcher(_voice_lex(rule, "reasons"))
    spans = sentences(plan, "A")
    for i, s in enumerate(spans):
        m = said.search(s.text) if said else None
        if m is None:
            continue
        nearby = s.text + " " + (spans[i + 1].text if i + 1 < len(spans) else "")
        if why is not None and why.search(nearby):
            continue
        yield rule.finding(section=SectionKey.A, start=s.start + m.start(), end=s.start + m.end(),
                           text=m.group(0))


@plan_check("voice.no_aspirations")
def no_aspirations(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """Section A states no aspiration (long or short term)."""
    if plan.section("A") is None:
        return
    if has_term(plan, ["A"], _voice_lex(rule, "aspirations")):
        return
    start, end = _a_span(plan)
    yield rule.finding(section=SectionKey.A, start=start, end=end)
