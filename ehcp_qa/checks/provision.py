"""Provision items (F, G, H1, H2): find the six slots, find vague wording and judge it in context,
give the `specific` verdict (definitions in ../shared/LABELS.md), and the `slots` check type that
turns those into findings.

Slots are found by one mechanism: the slot tagger (ml/spans.py), a model learnt from the labelled
spans of independently written plans and the generated statements, over the slot matcher's token
patterns and word classes (resources/patterns/, nlp.match_slots). With no tagger shipped, the
matcher's spans stand in. A provider named once in a section and referred back to later ("Mia's
link worker, an HLTA, ..." then "the link worker") is carried from item to item (``known_roles``).

Hedges come from the rule pack (`specificity.vague-provision`: `phrases`, `weak_phrases`, and
`questions`, which says what each hedge leaves open). A hedge that leaves how often or how much
open counts only where nothing in the item answers that question: "15 hours per week of 1:1
support" has no open question, "access to a quiet room for 15 minutes at the start of each
lesson" has its frequency, "up to 3 pupils" is a group maximum. A council adds its own hedges with
`phrases_add`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from ..ml import spans as span_model
from ..ml.combine import soften
from ..model import Finding, Item, ItemKind, SectionKey, Severity
from ..nlp import PhraseSet, SlotMatches, match_slots, slot_doc
from ..rules.spec import Rule
from .model_view import model_view
from .model_view import p_fine as _p_fine
from .registry import Context, check_type

PROVISION_SECTIONS = (SectionKey.F, SectionKey.G, SectionKey.H1, SectionKey.H2)
SLOTS = ("what", "who", "frequency", "duration", "group", "review")
_MATCHER_SLOT = {"frequency": "FREQ", "duration": "DUR", "group": "GROUP", "review": "REVIEW", "who": "ROLE"}

#: words that stand in for a provider without saying who ("staff", "a key adult"): LABELS.md
_STAND_INS = frozenset({"staff", "adult", "adults", "setting", "school"})
#: a group mentioned ("in a small group", "group work") needs its size; "year group" does not
_GROUP_WORDS = frozenset({"group", "groups", "groupwork"})
_NOT_TEACHING_GROUP = frozenset({"age", "year", "parent", "parents", "support", "tutor", "form", "peer"})
_QUOTED_ADVICE = ("as advised by", "as recommended by", "as advised in", "as recommended in", "recommendation",
                  "recommendations", "advice from", "advice of", "report states", "report says")


@dataclass
class Hedge:
    start: int  # offset within the item text
    end: int
    phrase: str
    strong: bool  # makes the item not specific
    quoted: bool = False  # inside quotation marks or attributed to advice
    question: str = "commitment"  # what it leaves open: frequency, amount, or commitment (always)
    answered_by: str | None = None  # the slot text that answers the question, when one does


@dataclass
class ProvisionAnalysis:
    text: str
    slots: dict[str, tuple[int, int] | None]
    hedges: list[Hedge] = field(default_factory=list)
    group_mentioned: bool = False
    who_stand_in: tuple[int, int] | None = None  # "staff", "key adult": a who that is not a role
    all_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    doc: object = field(default=None, repr=False, compare=False)  # the item's tokens (nlp.slot_doc)

    def slot_text(self, name: str) -> str | None:
        span = self.slots[name]
        return self.text[span[0]:span[1]] if span else None

    @property
    def group_ok(self) -> bool:
        return self.slots["group"] is not None or not self.group_mentioned

    @property
    def specific(self) -> bool:
        return (self.slots["what"] is not None and self.slots["who"] is not None
                and self.slots["frequency"] is not None and self.group_ok
                and not any(h.strong for h in self.hedges))

    def verdict_slots(self) -> dict[str, str | None]:
        return {name: self.slot_text(name) for name in SLOTS}

    def vague(self) -> list[str]:
        """The hedges that count: those whose open question nothing in the item answers."""
        return [h.phrase for h in self.hedges if not h.answered_by]


@dataclass(frozen=True)
class HedgeLexicon:
    phrases: PhraseSet  # keys "strong:<question>" / "weak:<question>"
    patterns: tuple[re.Pattern, ...]  # a council's regular expressions (strong, leave commitment open)


@lru_cache(maxsize=32)
def _lexicon(strong: tuple[str, ...], weak: tuple[str, ...], patterns: tuple[str, ...],
             questions: tuple[tuple[str, tuple[str, ...]], ...], token_patterns: tuple[str, ...] = ()) -> HedgeLexicon:
    asked = {p.strip().lower(): q for q, ps in questions for p in ps}
    groups: dict[str, list[str]] = {}
    for kind, phrases in (("strong", strong), ("weak", weak)):
        for p in phrases:
            groups.setdefault(f"{kind}:{asked.get(p.strip().lower(), 'commitment')}", []).append(p)
    return HedgeLexicon(PhraseSet(groups, {"strong:commitment": token_patterns}),
                        tuple(re.compile(p, re.IGNORECASE) for p in patterns))


def lexicon_for(rule: Rule | None) -> HedgeLexicon:
    p = rule.params if rule else {}
    questions = tuple((q, tuple(ps)) for q, ps in sorted((p.get("questions") or {}).items()))
    return _lexicon(tuple(p.get("phrases", ())), tuple(p.get("weak_phrases", ())), tuple(p.get("patterns", ())),
                    questions, tuple(p.get("token_patterns", ())))


def _in_quotes(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _first(spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span quoted for a slot: its longest (the fullest statement of it, "3 x 10 minutes a day"
    rather than a stray word the tagger also marked)."""
    return max(spans, key=lambda sp: (sp[1] - sp[0], -sp[0])) if spans else None


def _overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < y and x < a[1] for x, y in spans)


def slot_spans(doc, m: SlotMatches, probs=None, tagged=None) -> dict[str, list[tuple[int, int]]]:
    """Every span of every slot, in character offsets. Each slot has one finder, chosen leave one
    author out (scripts/train.py --taggers): the tagger where it decides that slot, otherwise the
    matcher (roles by their head noun, FREQ, DUR, GROUP, REVIEW; with no tagger at all the what is
    the text before the first other slot)."""
    out = {name: m.chars(label) for name, label in _MATCHER_SLOT.items() if label != "ROLE"}
    tv = doc
    roles = span_model.role_spans(doc)
    # a written plan is provided by writing and reviewing it: there its reviewer is who provides it
    document = any(w in _DOCUMENTS for w in tv.lower[:6])
    out["who"] = [(tv.idx[a], tv.end[b - 1]) for a, b in roles if document or not _reviewer(doc, m, a)]
    tagger = span_model.tagger("provision")
    if tagger is not None:
        probs = tagger.scores(doc, m) if probs is None else probs
        tagged = tagger.spans(doc, m, probs) if tagged is None else tagged  # (spans_many for a section)
        learnt = tagger.snapped(doc, m, tagged, _MATCHER_SLOT, probs)
        out.update({k: v for k, v in learnt.items() if tagger.decides(k)})
        if tagger.decides("who") and not document:  # a reviewer is not who delivers (as above)
            starts = {x: i for i, x in enumerate(tv.idx)}
            out["who"] = [sp for sp in out["who"] if sp[0] not in starts or not _reviewer(doc, m, starts[sp[0]])]
    # "each time" with no event is whenever someone decides, not how often (LABELS.md: "as needed")
    freq_pats = m.chars("FREQ")
    out["frequency"] = [sp for sp in out["frequency"] if _overlaps(sp, freq_pats)
                        or not doc.text_[sp[0]:sp[1]].lower().endswith(_WHENEVER)]
    # a frequency says how often or when: a span with no word of time in it ("check-ins", "where
    # possible") is not one, nor one whose count is an unfilled placeholder ("XX hours per week")
    out["frequency"] = [sp for sp in out["frequency"] if _says_when(tv, sp) and not _placeholder_count(tv, sp)]
    out["duration"] = [sp for sp in out["duration"] if not _placeholder_count(tv, sp)]
    # "the provider", "school staff", "a key adult": words for someone, not a role (LABELS.md)
    out["who"] = [sp for sp in out["who"] if not _generic_provider(doc.text_[sp[0]:sp[1]])]
    if "what" not in out:
        taken = sorted(sp for v in out.values() for sp in v)
        end = taken[0][0] if taken else len(doc.text_)
        out["what"] = [(0, end)] if doc.text_[:end].strip(" ,.;:|") else []
    return out


_CLAUSE_END = frozenset((";", ".", "|"))
_DOCUMENTS = frozenset("plan plans protocol protocols passport passports profile profiles".split())


_WHENEVER = ("each time", "every time", "whenever", "any time", "when needed")
_GENERIC = frozenset("the a an any his her their school setting settings staff member members of adult adults "
                     "key provider providers service services team person people".split())


#: word classes (resources/patterns/classes.yaml) that say how often or when, and the quantifiers
#: that make any noun an occasion ("every transfer", "all exams", "each change of lesson")
_WHEN_CLASSES = frozenset("#YEAR #DATE #CLOCK #NUM #MULT #ORD #PERIOD #DAYPART #PERIOD_ADJ #EVENT #UNIT "
                          "#WEEKDAY #MONTH #SEASON #AMPM #YG #KS".split())
_DISTRIBUTIVE = frozenset("every each all any per times".split())
#: an unfilled count in a template ("XX hours", "TBC times a week")
_PLACEHOLDERS = frozenset("xx xxx tbc tbd".split())


def _tokens_in(tv, sp: tuple[int, int]) -> range:
    return range(bisect_left(tv.idx, sp[0]), bisect_left(tv.idx, sp[1]))


def _says_when(tv, sp: tuple[int, int]) -> bool:
    """A frequency span holds a word of time: a number, period, part of the day, event, date or
    quantifier. The tagger's span is dropped otherwise (it learnt "daily check-ins" and marks
    "check-ins" alone)."""
    return any(tv.norm[i] in _WHEN_CLASSES or tv.lower[i] in _DISTRIBUTIVE for i in _tokens_in(tv, sp))


def _placeholder_count(tv, sp: tuple[int, int]) -> bool:
    """The span's count is a placeholder: one inside it, or just before it in the same clause."""
    toks = _tokens_in(tv, sp)
    first = toks.start
    for i in list(toks) + list(range(first - 1, max(-1, first - 4), -1)):
        if tv.lower[i] in _PLACEHOLDERS:
            return True
        if i < first and tv.punct[i]:
            break
    return False


_LEAD_PREPS = frozenset("by with from through".split())


def _generic_provider(span_text: str) -> bool:
    """A who made only of general words ("the provider", "school staff", "the key adult"), which
    LABELS.md does not count: no role, service or team is named."""
    words = [w.strip(".,;:()'\u2019").lower() for w in span_text.split()]
    words = [w for w in words if w and w != "s"]  # a stray possessive ("Evie's") names no one
    while words and words[0] in _LEAD_PREPS:  # "by the provider", "with the provider"
        words = words[1:]
    return all(w in _GENERIC for w in words)


def _reviewer(doc, m: SlotMatches, a: int) -> bool:
    """A role that reviews or monitors ("reviewed every 8 weeks by the OT", "progress monitored each
    half term by the SLT") is not who delivers: a REVIEW word before it in the same clause."""
    for x, y in m.spans.get("REVIEW", ()):
        if y <= a and a - y <= 10 and not any(w in _CLAUSE_END for w in doc.text[y:a]):
            return True
    return False


def _known_role(doc, known_roles) -> tuple[int, int] | None:
    """A provider defined earlier in the section, referred back to ("the link worker")."""
    if not known_roles:
        return None
    tv = doc
    words = tv.lower
    for alias in known_roles:
        n = len(alias)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == alias:
                return tv.idx[i], tv.end[i + n - 1]
    return None


def role_aliases(doc, who: list[tuple[int, int]]) -> list[tuple[str, ...]]:
    """Names a provider is given beside its role, for later items: "Mia's link worker, an HLTA"
    and "her key adult (HLTA)" define "link worker" and "key adult" for the rest of the section."""
    out = []
    low, punct = doc.lower, doc.punct
    for a, _ in who:
        i = next((k for k, x in enumerate(doc.idx) if x == a), None)
        if i is None or i < 2:
            continue
        j = i - 1
        if low[j] in ("(", ",", "a", "an"):
            while j >= 0 and (punct[j] or low[j] in ("a", "an", "the")):
                j -= 1
            k = j
            while k >= 0 and not punct[k] and low[k] not in ("'s", "\u2019s", "the", "a", "an", "his", "her",
                                                             "their", "by", "from", "with"):
                k -= 1
            name = tuple(low[k + 1:j + 1])
            # a name given with a possessive or article ("Mia's key adult", "her link worker"), not
            # a word that happens to come first ("Daily, a teaching assistant ...")
            owned = k >= 0 and low[k] in ("'s", "\u2019s", "the", "his", "her", "their")
            if owned and 1 <= len(name) <= 3 and not any(w in ("will", "and", "to") for w in name) \
                    and all(doc.norm[x] == low[x] for x in range(k + 1, j + 1)):
                out.append(name)
    return out


def item_doc(text: str):
    """The item's tokens, a line break read as a cell bar: a parsed table row or form block comes
    with its cells on separate lines, the labelled lines the tagger learnt from with " | " between
    them, and a line break ends a slot as a bar does. One character for one, so offsets hold."""
    return slot_doc(text.replace("\n", "|") if "\n" in text else text)


def prepared(texts: list[str], kind: str = "provision") -> list[tuple]:
    """(doc, matches, tagger probabilities or None) for many items at once: the tagger scores them
    in one batch (ml/spans.py ``scores_many``), a few array operations for a whole plan."""
    docs = [item_doc(t) for t in texts]
    ms = [match_slots(d) for d in docs]
    tagger = span_model.tagger(kind)
    probs = tagger.scores_many(docs, ms) if tagger is not None and docs else [None] * len(docs)
    return list(zip(docs, ms, probs))


def analyse_provisions(texts: list[str], lexicon: HedgeLexicon) -> list[ProvisionAnalysis]:
    """``analyse_provision`` for the items of one section in order, scored in one batch; a
    provider defined in one item is known to the items after it."""
    out, known = [], []
    pre = prepared(texts)
    tagger = span_model.tagger("provision")
    tagged = tagger.spans_many([d for d, _, _ in pre], [p for _, _, p in pre]) \
        if tagger is not None and pre else [None] * len(pre)
    for text, one, sp in zip(texts, pre, tagged):
        a = analyse_provision(text, lexicon, tuple(known), _pre=one, _tagged=sp)
        out.append(a)
        if a.all_spans.get("who"):
            known += role_aliases(a.doc, a.all_spans["who"])
    return out


def analyse_provision(text: str, lexicon: HedgeLexicon, known_roles: tuple[tuple[str, ...], ...] = (),
                      _pre: tuple | None = None, _tagged=None) -> ProvisionAnalysis:
    """One provision item. ``known_roles``: providers defined earlier in the same section
    (``role_aliases``), which count as who when referred back to."""
    doc, m, probs = _pre if _pre is not None else (item_doc(text), None, None)
    m = m or match_slots(doc)
    spans = slot_spans(doc, m, probs, _tagged)
    slots = {name: _first(spans.get(name, [])) for name in SLOTS}
    if slots["who"] is None:
        slots["who"] = _known_role(doc, known_roles)
    words = doc.lower
    mention = any(w in _GROUP_WORDS and not (i and words[i - 1] in _NOT_TEACHING_GROUP) for i, w in enumerate(words))
    stand_in = None
    if slots["who"] is None:
        tv = doc
        i = next((i for i, w in enumerate(tv.lower) if w in _STAND_INS), None)
        stand_in = (tv.idx[i], tv.end[i]) if i is not None else None
    out = ProvisionAnalysis(text=text, slots=slots, group_mentioned=mention, who_stand_in=stand_in,
                            all_spans=spans, doc=doc)
    low = text.lower()
    advice = any(p in low for p in _QUOTED_ADVICE)
    dates = m.chars("FREQ") + m.chars("TIME")
    found = [(a, b, 0, key) for a, b, key in lexicon.phrases.find(doc)]  # a phrase wins over a pattern
    found += [(x.start(), x.end(), 1, "strong:commitment") for rx in lexicon.patterns for x in rx.finditer(text)]
    seen: set[tuple[int, int]] = set()
    for a, b, _, key in sorted(found):
        if (a, b) in seen or any(x <= a and b <= y and (x, y) != (a, b) for x, y, _, _ in found):
            continue  # inside a longer hedge
        seen.add((a, b))
        phrase = text[a:b]
        kind, question = key.split(":", 1)
        if phrase.lower() == "may" and (phrase == "May" and a > 0 or _overlaps((a, b), dates)):
            continue  # the month ("from May 2027"), not the hedge
        h = Hedge(a, b, phrase, kind == "strong", advice or _in_quotes(text, a), question)
        if question in ("frequency", "amount"):
            answer = _answer(text, spans, (a, b), question, m.chars("FREQ"))
            if answer is not None:
                h.strong, h.answered_by = False, text[answer[0]:answer[1]]
        out.hedges.append(h)
    out.hedges.sort(key=lambda h: h.start)
    return out


def _answer(text: str, spans: dict, hedge: tuple[int, int], question: str,
            freq_patterns: list[tuple[int, int]] = ()) -> tuple[int, int] | None:
    """The slot that answers a hedge's open question, if the item has one. "up to" (how much)
    governs the amount right after it ("up to 5 hours a week" states no amount), except a group
    maximum ("up to 3 pupils" is a size); a frequency hedge ("regular", "access to") is answered by
    any stated frequency, next to it or not ("regular weekly sessions")."""
    def governed(sp):
        if question != "amount":
            return False
        gap = text[hedge[1]:sp[0]]
        return sp[0] >= hedge[1] and len(gap.split()) <= 1 and not any(c in gap for c in ",;|.")

    if question == "amount":
        for sp in spans.get("group", []):
            if _overlaps(hedge, [sp]) or governed(sp):
                return sp  # "up to 3 pupils", "a group of up to 6": a maximum is a size
        # "every Monday for up to 30 minutes": the hedge governs the amount it stands before, and
        # how often it happens does not say how much (LABELS.md: "up to" is not a duration)
        if any(governed(sp) or (_overlaps(hedge, [sp]) and sp[1] > hedge[1])
               for sp in spans.get("duration", []) + list(freq_patterns)):
            return None
    # a frequency span around the hedge answers it when a frequency pattern in it lies outside the
    # hedge and is not governed by it ("a regular slot of 20 minutes twice a week")
    outside = [q for q in freq_patterns if not _overlaps(q, [hedge]) and not governed(q)]
    answers = [sp for sp in spans.get("frequency", []) + list(freq_patterns)
               if not governed(sp) and (not _overlaps(hedge, [sp]) or any(_overlaps(q, [sp]) for q in outside))]
    return _first(answers)


# --- the `slots` check type ------------------------------------------------------------------

_SUGGEST = {
    "who": "Name the role and expertise of whoever delivers it, e.g. 'a teaching assistant trained in "
           "ELKLAN' or 'an HCPC-registered speech and language therapist'.",
    "frequency": "Say how often and for how long, e.g. '3 x 30 minutes weekly' or 'daily for 15 minutes'.",
    "group": "Give the group size or ratio, e.g. '1:1' or 'a group of no more than 4'.",
    "what": "Name the intervention, programme, strategy or equipment to be provided.",
    "review": "Say when and by whom it is reviewed, e.g. 'reviewed half-termly by the SENCo'.",
}


#: what each kind of hedge leaves open, for the finding's message
_QUESTION = {"frequency": "how often it happens", "amount": "how much is provided",
             "commitment": "whether it will be provided at all"}


def provision_items(ctx: Context, key: SectionKey) -> list[Item]:
    """The plan's provision items of one section (``Plan.items``, decided by ehcp_qa.items)."""
    return ctx.plan.section_items(key, ItemKind.PROVISION)


def analysed(ctx: Context, rule_for_lexicon: Rule | None) -> list[tuple[Item, ProvisionAnalysis]]:
    """Every provision item in scope with its analysis, once per plan (keyed on the hedge lexicon)."""
    lex = lexicon_for(rule_for_lexicon)

    def make():
        out = []
        for key in PROVISION_SECTIONS:
            if ctx.plan.section(key) is None:
                continue
            items = provision_items(ctx, key)
            out += zip(items, analyse_provisions([it.text for it in items], lex))
        return out

    return ctx.cached(f"provision:{id(lex)}", make)


def _hedge_rule(ctx: Context) -> Rule | None:
    rs = ctx.cache.get("ruleset")
    return rs.get("specificity.vague-provision") if rs is not None else None


@check_type("slots")
def check_slots(rule: Rule, ctx: Context) -> list[Finding]:
    check = rule.params.get("check", "vague")
    lex_rule = rule if check == "vague" else _hedge_rule(ctx)
    scope = set(rule.sections or PROVISION_SECTIONS)
    out: list[Finding] = []
    view = model_view(ctx, "provision", lambda: analysed(ctx, _hedge_rule(ctx)))
    probs, floor = view if view else ({}, 1.0)
    for item, a in analysed(ctx, lex_rule):
        if item.section not in scope:
            continue
        if check == "vague":
            for h in a.hedges:
                if h.answered_by:
                    continue  # the item answers the question the hedge leaves open: it does not count
                msg = None
                sev = None if h.strong else Severity.WARNING
                open_q = _QUESTION.get(h.question, _QUESTION["commitment"])
                if h.strong:
                    msg = f"{rule.message} \u201c{h.phrase}\u201d leaves open {open_q}, and nothing in the item says."
                if h.quoted:
                    sev = Severity.WARNING
                    msg = (rule.message + " The wording appears to come from professional advice: ask the "
                           "advice writer to quantify it rather than copying it into the plan.")
                out.append(soften(rule.finding(section=item.section, start=item.start + h.start,
                                               end=item.start + h.end, text=h.phrase, message=msg, severity=sev),
                                  _p_fine(probs, item), floor))
            continue
        missing = {
            "who": a.slots["who"] is None,
            "frequency": a.slots["frequency"] is None,
            "what": a.slots["what"] is None,
            "review": a.slots["review"] is None,
            "group": not a.group_ok,
        }[check]
        if not missing:
            continue
        # plan text in curly quotes: `check --hide-text` leaves it out (redact.py)
        found = "; ".join(f"{k} \u201c{v}\u201d" for k, v in a.verdict_slots().items() if v and k != check)
        msg = f"{rule.message} Found: {found}." if found else None
        if check == "who" and a.who_stand_in:
            msg = (msg or rule.message) + " A general term such as 'staff' or 'key adult' does not say who, or with what expertise."
        out.append(soften(rule.finding(section=item.section, start=item.start, end=item.end, text=item.text,
                                       message=msg, suggestion=rule.suggestion or _SUGGEST.get(check, "")),
                          _p_fine(probs, item), floor))
    return out
