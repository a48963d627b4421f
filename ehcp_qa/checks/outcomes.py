"""Outcomes (E): SMART analysis of each outcome and the `outcome` check type.

specific = the child is the subject of a concrete skill or behaviour; measurable = a criterion
(a number, "independently", "in 4 out of 5 opportunities", a named assessment level); time-bound =
a date or phase end. Provision posing as an outcome and aspirations posing as outcomes are not
outcomes at all (CoP 9.64-9.68). Definitions: the shared contracts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from ..items import _strip_lead
from ..ml import spans as span_model
from ..ml.combine import soften
from ..model import Finding, Item, ItemKind, SectionKey, Severity
from ..nlp import PATTERNS_DIR, SlotMatches, match_slots, slot_doc
from ..patterns import Pattern, _is_punct, compile_pattern, matches, offsets, tokenize
from ..rules.spec import Rule
from .areas import lexicon, term_matcher
from .model_view import model_view
from .model_view import p_fine as _p_fine
from .provision import prepared
from .registry import Context, check_type


# --- the wording of an outcome: token patterns as data (resources/patterns/outcomes.yaml) ------------


def _anchor(pattern: list[dict]) -> tuple[int, frozenset[str]] | None:
    """(k, words): a match can only begin k tokens before one of ``words`` (lower-cased), the words
    the pattern's first or second token names, when the tokens before it are single and required.
    Only those positions are tried (speed); the pattern itself still decides."""
    for k, spec in enumerate(pattern[:2]):
        if spec.get("OP") not in (None, "1"):
            return None
        for attr in ("LOWER", "ORTH"):
            val = spec.get(attr)
            if isinstance(val, str):
                return k, frozenset({val.lower()})
            if isinstance(val, dict) and set(val) == {"IN"}:
                return k, frozenset(str(v).lower() for v in val["IN"])
    return None


@dataclass(frozen=True)
class _Patterns:
    not_subjects: frozenset[str]  # capitalised words that are not subjects
    labels: dict[str, list[tuple[str, int, Pattern, tuple | None]]]  # label -> [(at, within, pattern, anchor)]
    not_provision_object: tuple[Pattern, ...]  # matched where a `has_provision` object begins
    bare_criteria: frozenset[str]  # criterion spans that count nothing on their own


@lru_cache(maxsize=1)
def _outcome_patterns() -> _Patterns:
    data = yaml.safe_load((PATTERNS_DIR / "outcomes.yaml").read_text(encoding="utf-8"))
    labels = {}
    for label, entries in data["labels"].items():
        for e in entries:
            if set(e) - {"at", "within", "pattern"} or e.get("at", "any") not in ("start", "any"):
                raise ValueError(f"resources/patterns/outcomes.yaml: labels.{label}: bad entry {sorted(e)}")
        labels[label] = [(e.get("at", "any"), int(e.get("within", 0)), compile_pattern(e["pattern"]),
                          _anchor(e["pattern"])) for e in entries]
    return _Patterns(frozenset(data.get("not_subjects") or ()), labels,
                     tuple(compile_pattern(p) for p in data.get("not_provision_object") or ()),
                     frozenset(w.lower() for w in data.get("bare_criteria") or ()))


@dataclass(frozen=True)
class _Wording:
    """An outcome's tokens, their character spans and every wording pattern's token matches."""
    tokens: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    found: dict[str, list[tuple[int, int]]]  # label -> [(first token, end token)], in order


# the outcome check reads each outcome's wording twice (is it an outcome at all: `meta`; then its
# analysis): kept for the last few hundred texts
@lru_cache(maxsize=512)
def _wording(text: str) -> _Wording:
    pats = _outcome_patterns()
    tokens = tokenize(text)
    if not tokens:
        return _Wording((), (), {})
    spans = offsets(text, tokens)
    low = [t.lower() for t in tokens]
    lower = set(low)
    at_word: dict[str, list[int]] = {}
    for i, w in enumerate(low):
        at_word.setdefault(w, []).append(i)
    body = _strip_lead(text)
    first = next((i for i, (a, _) in enumerate(spans) if a >= text.find(body) and not _is_punct(tokens[i])), 0) \
        if body else 0
    found: dict[str, list[tuple[int, int]]] = {}
    for label, entries in pats.labels.items():
        for at, within, pat, anchor in entries:
            starts = range(first, first + within + 1) if at == "start" else None
            if anchor is not None:
                k, words = anchor
                where = [i - k for w in words if w in lower for i in at_word[w] if i >= k]
                starts = [i for i in where if starts is None or i in starts]
                if not starts:
                    continue
            for a, b in matches(pat, tokens, starts, lower):
                if label == "subject" and tokens[a] in pats.not_subjects:
                    continue
                found.setdefault(label, []).append((a, b))
    return _Wording(tuple(tokens), tuple(spans), {k: sorted(v) for k, v in found.items()})


def wording_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """label -> character spans of every outcome wording pattern found in ``text`` (subject,
    placeholder_subject, provision, own_doing, aspiration, vague_verb, meta, passive_by,
    has_provision). `at: start` patterns are looked for where the outcome's own words begin (after
    its numbering and a field label such as "Outcome 2:")."""
    w = _wording(text)
    out: dict[str, list[tuple[int, int]]] = {}
    for label, found in w.found.items():
        # a subject's span is the subject alone, not the verb that shows it is one
        cut = 2 if label in ("subject", "placeholder_subject") else 1
        out[label] = sorted((w.spans[a][0], w.spans[b - cut][1]) for a, b in found)
    return out


def is_meta(text: str) -> bool:
    """The "arrangements for shorter-term targets" paragraph of E: a process, not an outcome."""
    return "meta" in _wording(text).found


_PROVIDER_OR_PROVISION = frozenset({"#ROLE", "#ORG", "#ROLE_ABBR", "#EVENT", "#PROVISION"})
_OBJECT_MAX = 70  # characters of a `has_provision` object looked at (about a clause)


def _leftmost_shortest(found: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The match a regular expression's search would report: the leftmost start, its shortest end."""
    return min(found, key=lambda m: (m[0], m[1])) if found else None


def _provision_like(text: str, doc, time_spans: list[tuple[int, int]], own: list[tuple[int, int]]):
    """Provision posing as an outcome: something done TO the child by a role ("will be taught by a
    specialist teacher"), or the child having or attending a provider or a provision noun (unless
    what follows says the child does it on their own: ``own``, the `own_doing` spans). The shapes
    are the `passive_by` and `has_provision` patterns of resources/patterns/outcomes.yaml; this
    confirms them with what follows (a role, organisation or provision noun)."""
    w = _wording(text)
    pats = _outcome_patterns()
    m = _leftmost_shortest(w.found.get("passive_by", []))
    if m is not None:
        a, b = m
        by = w.spans[b - 2][0]  # the "by" / "from" before the determiner
        end = w.spans[b - 1][1]
        end += len(text[end:]) - len(text[end:].lstrip())  # the span runs on over the space after
        if not any(x <= by < y for x, y in time_spans):  # "by the summer term" is a deadline
            rest = [n for n, x in zip(doc.norm, doc.idx) if end <= x < end + 60]
            if any(n in ("#ROLE", "#ORG", "#ROLE_ABBR") for n in rest[:5]):
                return w.spans[a][0], w.spans[b - 1][1]  # quoted up to the determiner, not the space after
    done = 0  # one object per verb, read left to right (a later verb inside an object is its words)
    for a, b in sorted(w.found.get("has_provision", [])):
        start, vend = w.spans[a][0], w.spans[b - 1][1]
        if start < done or not text[vend:vend + 1].isspace():
            continue
        ostart = vend + len(text[vend:]) - len(text[vend:].lstrip())
        oend = ostart
        while oend < len(text) and oend - ostart < _OBJECT_MAX and text[oend] not in ".;|":
            oend += 1  # the object runs to the end of its clause
        done = oend
        cut = next((x for x, _ in time_spans if ostart <= x < oend), None)
        end = oend if cut is None else cut
        first = next((i for i, (x, _) in enumerate(w.spans) if x >= ostart), None)
        if first is not None and w.spans[first][0] < end and \
                any(matches(p, w.tokens, [first]) for p in pats.not_provision_object):
            continue
        if any(ostart <= x < end for x, _ in own):
            continue
        if any(n in _PROVIDER_OR_PROVISION for n, x in zip(doc.norm, doc.idx) if ostart <= x < end):
            return start, _quote_end(text, ostart, oend)
    return None


def _quote_end(text: str, start: int, end: int) -> int:
    """Where a quote of ``text[:end]`` should stop: not inside a word the length limit cut
    ("... in a sma"), nor on the spaces or commas before that."""
    if 0 < end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:-–"):
        end -= 1
    return end


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
    placeholder_subject: tuple[int, int] | None = None  # "[Child's name]" where the child should be

    @property
    def smart(self) -> bool:
        return (self.specific and self.measurable and self.time_bound
                and not self.provision_as_outcome and not self.aspiration_only)

    def parts(self) -> dict[str, bool]:
        return {"specific": self.specific, "measurable": self.measurable, "time_bound": self.time_bound}


def _counts(doc, start: int, end: int) -> bool:
    """A number (in figures or words, a fraction or a percentage) among the tokens of a span."""
    return any(start <= x < end and n in ("#NUM", "#FRAC", "#RATIO") for n, x in zip(doc.norm, doc.idx))


#: the tagger's labels: the verdict reads criterion and time, findings quote the behaviour (the
#: subject comes from the sentence's grammar)
_TAGGED = ("behaviour", "criterion", "time")


def outcome_spans(doc, m: SlotMatches, probs=None, tagged=None) -> dict[str, list[tuple[int, int]]]:
    """subject, behaviour, criterion and time spans: the tagger's, or with none shipped the
    matcher's (TIME, CRITERION; no behaviour). ``tagged``: the tagger's behaviour, criterion and
    time spans, when found for many outcomes at once (``spans_many``)."""
    out = {"subject": [], "behaviour": [], "criterion": m.chars("CRITERION"), "time": m.chars("TIME")}
    tagger = span_model.tagger("outcome")
    if tagger is not None:
        probs = tagger.scores(doc, m) if probs is None else probs
        if tagged is None:
            tagged = tagger.spans(doc, m, probs, only=_TAGGED)
        learnt = tagger.snapped(doc, m, tagged, {"criterion": "CRITERION", "time": "TIME"}, probs)
        out.update({k: v for k, v in learnt.items() if tagger.decides(k)})
    return out


def has_deadline(text: str) -> bool:
    """A sub-heading or column title that dates the outcomes under it ("By the end of Key Stage 2")."""
    return bool(match_slots(text).spans.get("TIME"))


def analyse_outcomes(texts: list[str], contexts: list[str | None] | None = None) -> list[OutcomeAnalysis]:
    """``analyse_outcome`` for many outcomes, their slots scored and their runs found in one batch."""
    contexts = contexts or [None] * len(texts)
    pre = prepared(texts, "outcome")
    tagger = span_model.tagger("outcome")
    tagged = tagger.spans_many([d for d, _, _ in pre], [p for _, _, p in pre], only=_TAGGED) \
        if tagger is not None and pre else [None] * len(pre)
    return [analyse_outcome(t, c, _pre=one, _tagged=sp) for t, c, one, sp in zip(texts, contexts, pre, tagged)]


def analyse_outcome(text: str, context: str | None = None, _pre: tuple | None = None,
                    _tagged=None) -> OutcomeAnalysis:
    """``context``: the sub-heading the outcome sits under ("By the end of Key Stage 2"), which can
    make a bullet time-bound."""
    doc, m, probs = _pre if _pre is not None else (slot_doc(text), None, None)
    m = m or match_slots(doc)
    spans = outcome_spans(doc, m, probs, _tagged)
    times = spans.get("time", [])
    time_span = times[0] if times else None
    time_bound = time_span is not None or bool(context and has_deadline(context))
    # "2027" in "by July 2027" is the deadline, not a criterion
    bare = _outcome_patterns().bare_criteria
    criteria = [(x, y) for x, y in spans.get("criterion", [])
                if not any(a <= x < b for a, b in times) and text[x:y].lower() not in bare]
    words = wording_spans(text)
    prov = (words.get("provision") or [None])[0]
    if prov is None:
        prov = _provision_like(text, doc, times + m.chars("TIME"), words.get("own_doing", []))
    vague = (words.get("vague_verb") or [None])[0]
    if vague is not None and any(_counts(doc, x, y) for x, y in criteria):
        vague = None  # "improve ... to a standardised score of 90": the criterion says how far
    aspiration = bool(words.get("aspiration")) and not (criteria and time_bound)
    placeholder = (words.get("placeholder_subject") or [None])[0]
    # the child (by name, pronoun or "I") is the subject; a template's "[Child's name]" is not a child
    subject = bool(words.get("subject")) and placeholder is None
    spans = {**spans, "subject": words.get("subject", []) + ([placeholder] if placeholder else [])}
    return OutcomeAnalysis(
        text=text,
        specific=subject and prov is None and not aspiration,
        measurable=bool(criteria) and prov is None and vague is None,
        time_bound=time_bound,
        aspiration_only=aspiration,
        provision_as_outcome=prov is not None,
        vague_verb=vague,
        time=time_span,
        provision_span=prov,
        spans=spans,
        placeholder_subject=placeholder,
    )


# --- the `outcome` check type ----------------------------------------------------------------

def outcome_items(ctx: Context) -> list[tuple[Item, OutcomeAnalysis]]:
    def make():
        # every outcome of the plan (``Plan.items``): those of E, and those written in the outcomes
        # column of a combined needs / outcomes / provision table wherever it stands
        items = [it for it in ctx.plan.items or () if it.kind is ItemKind.OUTCOME and not is_meta(it.text)]
        return list(zip(items, analyse_outcomes([it.text for it in items], [it.context for it in items])))

    return ctx.cached("outcomes", make)


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
    view = model_view(ctx, "outcome", lambda: outcomes)
    probs, floor = view if view else ({}, 1.0)
    tagger = span_model.tagger("outcome")
    behaviour_known = tagger is not None and tagger.decides("behaviour")
    out = []
    for it, a in outcomes:
        if check == "measurable":
            bad, span = not a.measurable and not a.provision_as_outcome and not a.aspiration_only, a.vague_verb
        elif check == "time_bound":
            bad, span = not a.time_bound and not a.provision_as_outcome and not a.aspiration_only, None
        elif check == "specific":
            # a template placeholder where the child should be is quoted; otherwise the whole outcome
            bad, span = not a.specific and not a.provision_as_outcome and not a.aspiration_only, a.placeholder_subject
        elif check == "provision_as_outcome":
            bad, span = a.provision_as_outcome, a.provision_span
        elif check == "aspiration_only":
            bad, span = a.aspiration_only, None
        else:
            bad, span = False, None
        if not bad:
            continue
        start, end = (it.start + span[0], it.start + span[1]) if span else (it.start, it.end)
        msg = _slots_message(rule.message, a, _MISSING_SLOT.get(check), behaviour_known)
        out.append(soften(rule.finding(section=SectionKey.E, start=start, end=end, text=plan.text[start:end],
                                       message=msg), _p_fine(probs, it), floor))
    return out


#: the slot a finding of each check is about: quoted as missing (behaviour) or left out of "Found"
_MISSING_SLOT = {"specific": "behaviour", "measurable": "criterion", "time_bound": "time"}
_SLOT_NAMES = ("subject", "behaviour", "criterion", "time")


def _slots_message(message: str, a: OutcomeAnalysis, about: str | None, behaviour_known: bool) -> str | None:
    """The rule's message plus the outcome's parts as found, the way provision findings quote their
    slots: "Found: subject “Sam”; behaviour “read a Year 4 book aloud”; time “by July 2027”." A
    `specific` finding with no observable behaviour found says so (only when the slot tagger decides
    behaviour: the matcher has no notion of it). None: the rule's message alone."""
    if about is None:
        return None
    found = "; ".join(f"{k} \u201c{a.text[x:y]}\u201d" for k in _SLOT_NAMES if k != about
                      for x, y in a.spans.get(k, [])[:1])
    extra = []
    if about == "behaviour" and behaviour_known:
        got = a.spans.get("behaviour") or []
        extra.append(f"Behaviour: \u201c{a.text[got[0][0]:got[0][1]]}\u201d." if got else "No observable behaviour found.")
    if found:
        extra.append(f"Found: {found}.")
    return " ".join([message] + extra) if extra else None


# --- preparation for adulthood (CoP 8.9, 9.64) ------------------------------------------------


def _pfa_terms(rule: Rule):
    """(heading matcher, {area: matcher}) from resources/lexicons/pfa.yaml plus the rule's params
    (`headings`, `phrases`: extra terms a council adds)."""
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


def _fold_label(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _area_label(text: str) -> str:
    """A line's heading or field label, folded: all of a short line, or what comes before its first
    colon or spaced dash ("Independent living: By July 2027 ..." -> "independent living")."""
    head = re.split(r":| [-–—] ", text, maxsplit=1)[0]
    return _fold_label(head) if len(head.split()) <= 6 else ""


def _pfa_findings(rule: Rule, ctx: Context, items: list[Item]):
    """From Year 9, E should hold at least one outcome that prepares for adult life. An outcome
    under a PfA heading (or tagged "PfA") counts; failing that, outcomes whose content is specific
    to adult life (work, college, travel, cooking, money, friendships, managing one's own health:
    not "independently" or "health" alone) mean the outcomes exist but are not identified as PfA
    outcomes, a lesser fault (``unlabelled_severity``)."""
    plan = ctx.plan
    headings, areas = _pfa_terms(rule)
    labels = {_fold_label(x) for x in lexicon("pfa").get("area_labels", ())}
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
    if any(_area_label(t) in labels for t in texts):
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
