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
from bisect import bisect_right
from collections import Counter
from datetime import date
from functools import lru_cache
from typing import Iterable

from ..model import BlockKind, Finding, Plan, SectionKey, SectionStatus, Severity
from ..nlp import Anchored, Folded, fold_text, may_contain
from ..rules.spec import Rule
from .areas import Span, has_term, lexicon, normalise, sentences, term_matcher
from .registry import Context, plan_check
from .tokpat import TokenMatcher, tokenize

# Sections about the child, where a name or pronoun refers to them. K lists advice givers.
CHILD_SECTIONS = ("A", "B", "C", "D", "E", "F", "G", "H1", "H2")


# --- placeholders ---------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _placeholder_patterns(skip_tbc: bool, cover: bool = False) -> list[Anchored]:
    lex = lexicon("placeholders")
    pats = [re.compile(p, re.I) for p in lex.get("patterns", []) + ([] if cover else lex.get("not_on_cover", []))]
    pats += [re.compile(p) for p in lex.get("case_sensitive", [])]
    if not skip_tbc:
        pats += [re.compile(p, re.I) for p in lex.get("tbc", [])]
    return [Anchored(p) for p in pats]


@lru_cache(maxsize=1)
def _tbc_patterns() -> frozenset[str]:
    return frozenset(lexicon("placeholders").get("tbc", []))  # most blocks hold none of their literals: skip them


@lru_cache(maxsize=4)
def _placeholder_literals(skip_tbc: bool, cover: bool = False) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Every literal the patterns start with, (folded, case-sensitive): a block holding none of them
    is skipped with one test instead of one per pattern. None when a pattern has no literal."""
    pats = _placeholder_patterns(skip_tbc, cover)
    if any(p.prefixes is None for p in pats):
        return None
    return (tuple(sorted({x for p in pats if p.folds for x in p.prefixes})),
            tuple(sorted({x for p in pats if not p.folds for x in p.prefixes})))


@plan_check("drafting.placeholders")
def placeholders(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """Template text left in. "TBC" is not looked for in ``params.tbc_skip_sections`` (I in a
    draft is legitimately pending; blank C/D/G/H are the health_care pack's finding)."""
    skip = {str(s) for s in rule.params.get("tbc_skip_sections", [])}
    # "TBC" is a detail still pending, not template text nobody read: its own (lower) severity
    tbc_sev = rule.params.get("tbc_severity")
    tbc_sev = Severity(tbc_sev) if tbc_sev else None
    tbc = _tbc_patterns()
    # the cover table ("Caseworker | XX", "Parent | [Parent name]") is template too; a heading
    # block is searched as well, since a two-column table puts the content in the title's cell
    # ("Section J: Personal budget\nPersonal budget: <insert amount>")
    first = min((sec.blocks[0] for sec in plan.sections.values() if sec.blocks), default=len(plan.blocks))
    scopes: list[tuple[SectionKey | None, list]] = []
    if not rule.sections and rule.params.get("cover", True):
        scopes.append((None, plan.blocks[:first]))
    scopes += [(key, plan.section_blocks(key, include_heading=True)) for key in plan.sections
               if not rule.sections or key in rule.sections]
    for key, blocks in scopes:
        name = key.value if key is not None else "cover"
        pats = _placeholder_patterns(name in skip, key is None)
        literals = _placeholder_literals(name in skip, key is None)
        for block in blocks:
            low = fold_text(block.text)
            if (literals is not None and low is not None and not may_contain(literals[0], low)
                    and not may_contain(literals[1], block.text)):
                continue  # no pattern's literal: no pattern's may_match would pass
            found = sorted(((m.start(), -m.end(), m, pat.rx.pattern in tbc) for pat in pats
                            if pat.may_match(block.text, low) for m in pat.rx.finditer(block.text)),
                           key=lambda t: t[:2])
            last_end = -1
            for start, _, m, pending in found:  # longest first at each start; overlaps dropped
                if start < last_end:
                    continue
                last_end = m.end()
                yield rule.finding(section=key, start=block.start + start, end=block.start + m.end(),
                                   text=m.group(0), severity=tbc_sev if pending else None)


# --- names and pronouns ---------------------------------------------------------------------

_TITLES = {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "dame", "rev", "nurse"}
# "(?<![\w'])[A-Z]..." with the look-behind moved after the capital: a pattern that opens with a
# character class lets re skip to the next capital in C, almost twice as fast over a whole plan
# (a capital after a hyphen is not a name's start: "Lily-Rose" is one name, not "Rose")
_NAME_TOKEN = re.compile(r"([A-Z](?<![\w'’-][A-Z])[a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s)?(?![\w])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# "Maureen Rowntree", "Fiona Redfern": a first name and a surname, someone's full name (its
# look-behinds after the capital, as in _NAME_TOKEN: the same matches, three times as fast)
_FULL_NAME = re.compile(r"([A-Z](?<![\w'’.] [A-Z])(?<![\w'’][A-Z])[a-z]+) [A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w])")


def child_names(plan: Plan) -> set[str]:
    """Every part of the cover name ("Amira Khan" -> {"Amira", "Khan"}; "Khan, Amira" too)."""
    name = plan.meta.name or ""
    return {p.strip(".,") for p in re.split(r"[\s,]+", name) if p.strip(".,")}


def _is_child(name: str, child: set[str]) -> bool:
    """The child's own name or a short form of it: "Alex" for Alexander (the same first three
    letters), "Ollie" for Oliver (a shorter pet form in -ie/-y on the same first two letters),
    "Ellie" for Ellie-Mae."""
    if name in child:
        return True
    return any(len(c) >= 3 and (name[:3] == c[:3] or name[:2] == c[:2] and len(name) < len(c)
                                and name.endswith(("ie", "y", "ee"))) for c in child) \
        or any(name == c.split("-")[0] for c in child)


def _candidate_name(token: str, names: set[str]) -> bool:
    """A child's first name from the word list; a hyphenated one by its first part ("Ellie-Mae")."""
    return token in names or ("-" in token and token.split("-")[0] in names)


# --- who is who: the people a plan mentions -----------------------------------------------------

_SENT_BREAK = re.compile(r"[.!?;:]\s|\n")


@lru_cache(maxsize=1)
def _people_matcher():
    """The token patterns of resources/lexicons/people.yaml (spaCy Matcher format, placeholders
    filled in), run by checks/tokpat.py so that `check` never imports spaCy. Each match introduces a
    name with a role. Returns (matcher, {label: "first"|"last"}, lexicon)."""

    lex = lexicon("people")
    matcher = TokenMatcher()
    which = {}
    for label, pattern, name in people_patterns():
        matcher.add(label, [pattern])
        which[label] = name
    return matcher, which, lex


def people_patterns() -> list[tuple[str, list[dict], str]]:
    """(label, spaCy token pattern, which NAME token it introduces) with placeholders filled in."""
    lex = lexicon("people")
    fill = {"NAME": {"IS_TITLE": True}}
    sets = {"ROLE": [r.lower() for r in lex["roles"]], "POSS": [p.lower() for p in lex["possessives"]],
            "TITLE": [t.lower() for t in lex["titles"]]}

    def sub(x):
        if isinstance(x, str):
            return fill.get(x, sets.get(x, x))
        if isinstance(x, list):
            return [sub(v) for v in x]
        if isinstance(x, dict):
            return {k: sub(v) for k, v in x.items()}
        return x

    return [(p["label"], sub(p["pattern"]), p.get("name", "first")) for p in lex["patterns"]]


def _why(label: str, role: str | None) -> str:
    return {"titled": "named with a title", "who-is": "introduced with who they are"}.get(
        label, f"introduced as {role}" if role else "introduced with a role")


def known_people(plan: Plan, names: set[str], child: set[str]) -> dict[str, str]:
    """Names of people other than the child, each with how the plan says who they are: introduced
    with a role anywhere in the plan ("her brother Alfie", "Mia, her key person"), a title, a surname
    ("Jamie Cole"), named on the cover or in the advice list (K), or coordinated with a known person
    ("Sophie and Adam said"). Only blocks holding a candidate name are tokenised."""

    matcher, which, lex = _people_matcher()
    not_names = set(lex.get("not_names", []))
    roles = {r.lower() for r in lex["roles"]}
    titles = {t.lower() for t in lex["titles"]}
    known: dict[str, str] = {}
    first_sec = min((sec.blocks[0] for sec in plan.sections.values()), default=0)
    k_blocks = set(plan.section("K").blocks) if plan.section("K") else set()
    pairs: list[tuple[str, str]] = []
    for b in plan.blocks:
        found = [(m.start(1), m.end(1), m.group(1)) for m in _NAME_TOKEN.finditer(b.text)
                 if _candidate_name(m.group(1), names) and not _is_child(m.group(1), child)]
        if not found:
            continue
        for s0, e0, name in found:
            if b.index < first_sec:
                known.setdefault(name, "named on the cover")
            elif b.index in k_blocks:
                known.setdefault(name, "named in the advice list (section K)")
            after = b.text[e0:e0 + 40]
            sm = re.match(r" ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", after)
            if sm and sm.group(1) not in not_names and sm.group(1) not in names | child:
                known.setdefault(name, f"named with a surname ({name} {sm.group(1)})")
            cm = re.match(r",? and ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", after)
            if cm and cm.group(1) in names:
                pairs.append((name, cm.group(1)))
            pm = re.search(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?),? and $", b.text[max(0, s0 - 30):s0])
            if pm and pm.group(1) in names:
                pairs.append((pm.group(1), name))
        doc = tokenize(b.text)
        for label, i, j in matcher(doc):
            span = doc[i:j]
            toks = [t for t in span if t.is_title and t.lower_ not in titles | roles]
            if not toks:
                continue
            t = toks[0] if which.get(label) == "first" else toks[-1]
            role = next((x.lower_ for x in span if x.lower_ in roles and x.i != t.i), None)
            for s0, e0, name in found:
                if s0 <= t.idx < e0:
                    known.setdefault(name, _why(label, role))
    for a, b in pairs * 2:  # "Sophie and Adam said": partners in one phrase are both known or neither
        if a in child or b in child:
            continue
        if a in known and b not in known:
            known[b] = f"named with {a}, who is {known[a]}"
        elif b in known and a not in known:
            known[a] = f"named with {b}, who is {known[b]}"
    return known


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    a = max((m.end() for m in _SENT_BREAK.finditer(text, 0, start)), default=0)
    m = _SENT_BREAK.search(text, end)
    return a, (m.start() + 1 if m else len(text))


def _child_place_uses(plan: Plan, names: set[str], child: set[str], known: dict[str, str],
                      params: dict) -> list[dict]:
    """Uses of an unexplained name where the child's name belongs: the subject or possessive of a
    sentence in a section about the child, in a sentence that does not also name the child (a
    sentence naming both is about someone beside the child). Each with the evidence for it."""
    verbs = {v.lower() for v in params.get("subject_verbs", [])}
    objects = {v.lower() for v in params.get("object_verbs", [])}
    speech = {v.lower() for v in lexicon("people").get("speech_verbs", [])}
    out = []
    for key in CHILD_SECTIONS:
        for block in plan.section_blocks(key):
            text = block.text
            for m in _NAME_TOKEN.finditer(text):
                name = m.group(1)
                if not _candidate_name(name, names) or name in known or _is_child(name, child):
                    continue
                before = _WORD.findall(text[max(0, m.start() - 30):m.start()])
                if before and before[-1].lower().rstrip(".") in _TITLES:
                    continue
                after = _WORD.findall(text[m.end(): m.end() + 40])
                possessive = m.group(0).endswith(("'s", "’s"))
                verb = after[0].lower() if after else ""
                # the object of a wish or of support, before "to": "Donna would like Tyler to ...",
                # "staff will help Tyler to ..." (the child is who a plan wants things for)
                obj = bool(before) and before[-1].lower() in objects and verb == "to" and not possessive
                if not (possessive or verb in verbs or obj):
                    continue
                a, z = _sentence_around(text, m.start(), m.end())
                sent = text[a:z]
                if any(re.search(rf"(?<![\w'’]){re.escape(c)}(?![\w])", sent) for c in child):
                    continue  # "Jade said that Lacey ...": someone speaking about the child
                out.append({"name": name, "start": block.start + m.start(), "end": block.start + m.start() + len(name),
                            "section": key.value if isinstance(key, SectionKey) else key,
                            "speech": verb in speech, "possessive": possessive, "object": obj})
    return out


def _name_confidence(use: dict, n_uses: int, params: dict) -> float:
    """How sure the finding is that this is another child's name, from where it stands: outcomes and
    provision are about the child alone; A and D also hold the family's own words; a name before a
    verb of reporting is usually an adult giving a view. Weights are rule params."""
    w = params.get("confidence", {}) or {}
    base = float((w.get("section") or {}).get(use["section"], w.get("default", 0.75)))
    if use["speech"]:
        base -= float(w.get("speech_verb", 0.25))
    base += min(n_uses - 1, 2) * float(w.get("per_repeat", 0.05))
    return round(max(0.05, min(0.99, base)), 2)


@plan_check("drafting.second_name")
def second_name(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """A child's first name other than this child's, unexplained, where the child's name belongs.
    Everyone the plan introduces with a role, a title or a surname, on the cover or in the advice
    list is a known person and never reported. Each finding says why it thinks so and carries a
    confidence; below ``params.floor`` it is a suggestion. Without a cover name, the dominant
    subject name is taken as the child's."""
    p = rule.params
    lexicon_names = set(lexicon("first_names")["names"]) | set(p.get("names_add", []))
    mine = child_names(plan)
    names = lexicon_names | mine
    known = ctx.cached("drafting.known_people", lambda: known_people(plan, names, mine))
    uses = _child_place_uses(plan, names, mine, known, p)
    if not mine:
        counts = Counter(u["name"] for u in uses)
        if not counts:
            return
        top, n = counts.most_common(1)[0]
        if n < int(p.get("min_dominant", 5)) or sum(counts.values()) - n > float(p.get("max_other_ratio", 0.34)) * n:
            return
        mine = {top}
        uses = [u for u in uses if u["name"] != top]
    counts = Counter(u["name"] for u in uses)
    floor = float(p.get("floor", 0.75))
    for u in uses:
        conf = _name_confidence(u, counts[u["name"]], p)
        where = {"E": "an outcome", "F": "special educational provision", "G": "health provision",
                 "H1": "social care provision", "H2": "social care provision"}.get(u["section"], f"section {u['section']}")
        # the name itself is the finding's text; the message quotes no plan text (privacy)
        why = (f"Why: a common child's first name, not this child's, stands where the child's name belongs "
               f"({'a possessive' if u['possessive'] else 'the object of a wish or of support' if u.get('object') else 'the subject'}"
               f" of a sentence in {where}), and the plan "
               f"never says who this person is (no role, title or surname; not on the cover or in the advice "
               f"list). Confidence {conf:.0%}.")
        if u["speech"]:
            why += " It comes before a verb of reporting, as a parent's or professional's name often does."
        yield rule.finding(section=SectionKey(u["section"]), start=u["start"], end=u["end"], text=u["name"],
                           message=f"{rule.message} {why}", confidence=conf,
                           severity=None if conf >= floor else Severity.SUGGESTION)


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


def _dominant_name(plan: Plan, names: set[str], least: int = 3) -> set[str]:
    """Without a cover name: the first name used most in the sections about the child, if it is
    used at least ``least`` times and twice as often as any other (else nobody)."""
    counts = Counter(m.group(1) for k in CHILD_SECTIONS for b in plan.section_blocks(k)
                     for m in _NAME_TOKEN.finditer(b.text) if m.group(1) in names)
    top = counts.most_common(2)
    if top and top[0][1] >= least and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
        return {top[0][0]}
    return set()


def _lines(spans: list) -> list:
    """Sentences cut at line breaks too: a field-per-line block ("Provision: ...\nDelivered by:
    School staff") is several statements, and a person in one line says nothing of the next."""

    out = []
    for s in spans:
        if "\n" not in s.text:
            out.append(s)
            continue
        pos = 0
        for piece in s.text.split("\n"):
            if piece.strip():
                out.append(Span(s.start + pos, s.start + pos + len(piece), piece, s.block))
            pos += len(piece) + 1
    return out


_LEAD_PRONOUN = re.compile(r"^\W*(?:he|she)\b(?!['’])", re.I)


@lru_cache(maxsize=2)
def _role_line_regex(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)


def _named_in_full(plan: Plan, mine: set[str], not_names: set[str]) -> set[str]:
    """First names of the adults the cover and the advice list (K) introduce with a role or a title
    ("Parents: Andrea and Steve Bell", "Dr Clare Whitmore"), whatever the name (people.yaml
    patterns), or with the child's family name ("Pauline Greaves"), and anyone coordinated with one
    of them ("Andrea and Steve")."""
    first = min((sec.blocks[0] for sec in plan.sections.values() if sec.blocks), default=0)
    blocks = list(plan.blocks[:first]) + (plan.section_blocks("K", include_heading=True) if plan.section("K") else [])
    matcher, which, lex = _people_matcher()
    skip = {r.lower() for r in lex["roles"]} | {t.lower() for t in lex["titles"]}
    surnames = {n for n in mine if n != min(mine, key=lambda x: plan.meta.name.find(x) if plan.meta.name else 0)} \
        if len(mine) > 1 else set()
    out: set[str] = set()
    # only lines holding a role, a title, "who" or the family name can match: the token matcher is
    # pure Python, so it is run on those short lines alone
    cue = _role_line_regex(tuple(sorted(skip | {"who"})))
    lines = [ln for b in blocks for ln in b.text.split("\n")
             if cue.search(ln) or any(n in ln for n in surnames)]
    for line in lines:
        doc = tokenize(line)
        # the child's family name with another first name ("Pauline Greaves" on Mason Greaves's cover)
        got = {t.i - 1 for t in doc[1:] if t.text in surnames and doc[t.i - 1].is_title}
        # the patterns span at most a few tokens either side of their role, title or "who"
        anchors = [t.i for t in doc if t.lower_ in skip or t.lower_ == "who"]
        windows = sorted({(max(0, k - 7), min(len(doc), k + 4)) for k in anchors})
        seen: set[tuple[str, int, int]] = set()
        for a, z in windows:
            sub = doc[a:z]
            for label, i, j in matcher(sub):
                if (label, sub[i].i, sub[j - 1].i) in seen:
                    continue
                seen.add((label, sub[i].i, sub[j - 1].i))
                toks = [t for t in sub[i:j] if t.is_title and t.lower_ not in skip]
                if toks:
                    got.add((toks[0] if which.get(label) == "first" else toks[-1]).i)
        for k in sorted(got):  # "Andrea and Steve": partners in one phrase
            if k + 2 < len(doc) and doc[k + 1].lower_ == "and" and doc[k + 2].is_title:
                got.add(k + 2)
            if k >= 2 and doc[k - 1].lower_ == "and" and doc[k - 2].is_title:
                got.add(k - 2)
        out.update(doc[k].text for k in got if doc[k].lower_ not in skip and doc[k].text not in not_names
                   and not _is_child(doc[k].text, mine))
    return out


def _opens_with_person(text: str, cues, others: set[str], mine: set[str]) -> bool:
    """The sentence is about someone else: a person cue or another name among its first eight words
    ("Giulia Marchetti says ...", "The speech and language therapist, Mrs Redfern, found ...")."""
    head = " ".join(text.split()[:8])
    first = _NAME_TOKEN.match(head.lstrip("\"'“‘("))
    if first and first.group(1) in mine and not first.group(0).endswith(("'s", "’s")):
        return False  # "Kai has ...": the child is the subject ("Kai's mum ..." is about mum)
    return (cues is not None and cues.search(head) is not None) or \
        any(m.group(1) in others for m in _NAME_TOKEN.finditer(head)) or bool(_FULL_NAME.search(head))


def _names_pattern(names: set[str]) -> re.Pattern | None:
    """Any of ``names`` as a word (not after a letter, digit or apostrophe, nor before a word
    character), in one pattern; each name opens with its first letter and the look-behind follows
    it, so that re skips in C to where a name can start. None for no names."""
    alts = [rf"{re.escape(n[0])}(?<![\w'’].){re.escape(n[1:])}(?![\w])" for n in sorted(names) if n]
    return re.compile("|".join(alts)) if alts else None


def _cue_offsets(terms, texts: list[str]) -> dict[int, list[int]]:
    """Text index -> the starts of the matches in it of ``terms`` (a TermSet) as the terms the texts
    hold find them (``pattern_for`` the texts together), from one scan of the texts joined by NUL.
    The term patterns (areas._compile) hold only literals, \\s, \\w and word-boundary lookarounds,
    none of which match or cross NUL, which reads as a string edge to them: each text's matches are
    those a scan of it alone finds. No term's word holds a space or NUL, so the terms the texts
    hold joined by NUL are those they hold joined by spaces."""
    out: dict[int, list[int]] = {}
    if terms is None:
        return out
    if any("\x00" in t for t in texts):  # never in extracted text; the slow way if it is
        pat = terms.pattern_for(" ".join(texts))
        for k, t in enumerate(texts):
            if pat is not None and (xs := [m.start() for m in pat.finditer(t)]):
                out[k] = xs
        return out
    starts, at = [], 0
    for t in texts:
        starts.append(at)
        at += len(t) + 1
    for m in terms.finditer("\x00".join(texts)):
        k = bisect_right(starts, m.start()) - 1
        out.setdefault(k, []).append(m.start() - starts[k])
    return out


@plan_check("drafting.pronouns")
def pronouns(plan: Plan, rule: Rule, ctx: Context) -> Iterable[Finding]:
    """Pronouns that contradict the rest of the plan. A pronoun resolves to the child only where the
    sentence is about the child: sentences that mention another person (mum, teacher, Dr ..., a
    known person's name, a full name, a pet), that follow such a sentence in the same paragraph
    without naming the child ("Giulia says ... She would like ..."), whose pronoun reports a view
    ("She advises ..."), or that mix pronoun sets are left out. The majority set in the rest is
    the child's (he, she or they); a small minority he/she set there is flagged, with a confidence
    (below ``params.floor`` a suggestion)."""
    p = rule.params
    # the rule's cues and every singular role the people lexicon knows ("family practitioner")
    lex = lexicon("people")
    vague = set(lex.get("not_pronoun_cues", []))
    roles = [r for r in lex["roles"] if not r.endswith("s") and r not in vague]
    cues = term_matcher(list(p.get("other_person_cues", [])) + roles)
    names = set(lexicon("first_names")["names"])
    mine = child_names(plan) or _dominant_name(plan, names, least=1)
    not_names = set(lexicon("people").get("not_names", []))
    # the adults the cover and the advice list name in full ("Parents: Andrea and Steve Bell"),
    # whatever their first names: a sentence about one of them is not about the child
    others = (names | _named_in_full(plan, mine, not_names)) - mine
    known = ctx.cached("drafting.known_people", lambda: known_people(plan, names | mine, mine))
    speech = {v.lower() for v in lexicon("people").get("speech_verbs", [])} | \
        {v.lower() for v in p.get("report_verbs", [])}
    spans = [s for k in CHILD_SECTIONS for s in _lines(sentences(plan, k))]
    role_words = sorted({r.lower() for r in roles} | {c.lower() for c in p.get("other_person_cues", [])}, key=len, reverse=True)
    role_after = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:%s)\b" % "|".join(re.escape(r) for r in role_words), re.I)
    usable: list[tuple[object, str, list[re.Match], bool]] = []

    child_pat = _names_pattern(mine)  # once per plan

    def names_child(text: str) -> bool:
        return child_pat is not None and child_pat.search(text) is not None

    people_at: dict[int, list[int]] = {}  # sentence -> where it mentions another person
    cue_at: dict[int, list[int]] = {}  # sentence -> where a cue term starts in it

    def mentions(i: int) -> list[int]:
        """Offsets in sentence i of another person: a role or person cue, a known or other first
        name, a full name. The cue terms a block can hold are compiled once per block."""
        if i not in people_at:
            s, xs = spans[i], []
            if cues is not None:
                if -1 not in cue_at:  # the cue terms of every sentence, found in one scan per plan
                    cue_at[-1] = []
                    cue_at.update(_cue_offsets(cues, [x.text for x in spans]))
                xs += cue_at.get(i, [])
            xs += [m.start() for m in _NAME_TOKEN.finditer(s.text)
                   if (m.group(1) in others or m.group(1) in known) and not _is_child(m.group(1), mine)]
            xs += [m.start() for m in _FULL_NAME.finditer(s.text)
                   if (a := m.group(1)) not in mine and a not in not_names and not _is_child(a, mine)]
            people_at[i] = xs
        return people_at[i]

    def cue(i: int) -> bool:
        return bool(mentions(i))

    def resolved(i: int, found: list[re.Match], mixed_only: bool) -> list[re.Match]:
        """The pronouns of a sentence that mentions someone else (or mixes he and she) that still
        can only be the child's: the nearest person named before it in the sentence is the child
        ("Noah will sit at the front so that she can see the teacher"), or a possessive of a role
        with no one named before it ("his key person will ..."). In a sentence that only mixes sets
        and names no one else, a subject he/she is the child ("His skills are weak and she finds
        ..."); an object form may be anyone ("He hugs her")."""
        out, s = [], spans[i]
        for m in found:
            form = m.group(1).lower()
            head = s.text[:m.start()]
            if mixed_only:
                if form in ("he", "she") or (form in ("his", "her") and not s.text[:m.start()].strip(" \"'“‘(")):
                    out.append(m)
                continue
            if any(x < m.start() for x in mentions(i)):
                continue
            if names_child(head):
                out.append(m)
            elif form in ("his", "her", "their") and role_after.match(s.text, m.end()):
                out.append(m)
        return out

    # a paragraph: a block, or one line of a block of field lines ("Delivered by: Key person" says
    # nothing of the next line's "his key person")
    paras = [(s.block, plan.text.count("\n", plan.blocks[s.block].start, s.start)) for s in spans]
    block_cue: dict[tuple[int, int], bool] = {}
    for i, s in enumerate(spans):
        found = list(_PRONOUN_F.finditer(s.text, fold_text(s.text)))
        sets = {_PRONOUNS[m.group(1).lower()] for m in found}
        about_child = names_child(s.text)
        after_person = block_cue.get(paras[i], False) and not about_child
        # "She said ...", "She also said ...", "He has reported ...": a pronoun giving a view
        reports = any(m.group(1).lower() in ("he", "she", "they") and
                      any(w.lower() in speech for w in _WORD.findall(s.text[m.end():m.end() + 30])[:2])
                      for m in found)
        # "She would like Ryan to ...": a subject pronoun cannot be the name its own clause goes on
        # to use (English binding: *"She_i would like Ryan_i to"), so she is someone else
        lead = _LEAD_PRONOUN.match(s.text)
        if lead and about_child:
            block_cue[paras[i]] = True
        # a person named in the previous sentence may be this one's "she" ("Mum told us ...
        # She says ..."), unless this sentence names the child
        skip = (len(sets) != 1 or cue(i) or after_person or reports or (lead and about_child)
                or (i > 0 and not about_child and paras[i - 1] != paras[i] and cue(i - 1)
                    and _opens_with_person(spans[i - 1].text, cues, others | set(known), mine)))
        if cue(i) and _opens_with_person(s.text, cues, others | set(known), mine):
            block_cue[paras[i]] = True  # a sentence about that person: the paragraph's next "she" may be them
        if not skip:
            usable.append((s, sets.pop(), found, about_child))
        elif not (after_person or reports or (lead and about_child) or (i > 0 and cue(i - 1) and not about_child)):
            by_kind: dict[str, list[re.Match]] = {}
            for m in resolved(i, found, mixed_only=not cue(i)):
                by_kind.setdefault(_PRONOUNS[m.group(1).lower()], []).append(m)
            for kind, ms in by_kind.items():  # each set apart: the minority one is the finding
                usable.append((s, kind, ms, about_child))
    totals = Counter(kind for _, kind, found, _ in usable for _ in found)
    if len(totals) < 2:
        return
    major, n_major = totals.most_common(1)[0]
    if n_major < int(p.get("min_majority", 5)):
        return
    # "they" in a he/she plan is nearly always other people (staff, peers, parents)
    minors = {k for k, n in totals.items() if k != major and k != "they"
              and n <= float(p.get("max_minority_ratio", 0.25)) * n_major}
    w = p.get("confidence", {}) or {}
    floor = float(p.get("floor", 0.75))
    for s, kind, found, about_child in usable:
        if kind not in minors:
            continue
        m = found[0]
        start = s.start + m.start()
        sec = _section_of(plan, start)
        conf = float((w.get("section") or {}).get(sec.value if sec else "", w.get("default", 0.8)))
        if about_child:
            conf += float(w.get("names_child", 0.1))
        conf = round(max(0.05, min(0.99, conf)), 2)
        why = (f" Why: the plan uses '{major}' for the child in {n_major} pronouns elsewhere; this sentence "
               f"{'names the child and ' if about_child else ''}mentions no one else it could refer to. "
               f"Confidence {conf:.0%}.")
        yield rule.finding(section=sec, start=start, end=s.start + m.end(), text=s.text[m.start():m.end()],
                           message=rule.message + why, confidence=conf,
                           severity=None if conf >= floor else Severity.SUGGESTION)


# --- dates, placement -----------------------------------------------------------------------

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
# the last month a term or holiday can mean ("by Easter 2025": by the end of April 2025)
_SEASON_END = {"spring": 4, "summer": 7, "autumn": 12, "easter": 4, "christmas": 12}
# every kind starts at a word boundary, on a digit, a capital or the "s"/"a" of a season: tested
# once per position before the four are tried (a quarter of the time of a boundary per kind)
_DATE = re.compile(
    r"\b(?=[0-9A-Zsa])(?:"
    r"(?P<dmy>(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})\b)"
    r"|(?P<ay>(?P<ay1>20\d\d)\s*[/\-–]\s*(?P<ay2>(?:20)?\d\d)\b)"
    r"|(?P<my>(?:(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|Easter|Christmas)(?:\s+[Tt]erm)?"
    r"|(?:(?P<dd>\d{1,2})(?:st|nd|rd|th)?\s+)?(?P<mon>[A-Z][a-z]{2,8}))"
    r"\s+(?:of\s+)?(?P<y2>20\d\d)\b)"
    r"|(?P<yo>(?P<y3>20\d\d)\b))"
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
                if m.group("dd"):  # "30 September 2025"
                    return date(y, month, int(m.group("dd")))
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
    # a review or next step set for a date ("will be reviewed by", "next review ... in", "Review:"),
    # looked for in every section the rule names; the due cue only in `due_sections` (outcomes)
    review = rule.params.get("review_cue")
    review = re.compile(review, re.I) if review else None
    due_sections = {str(k) for k in rule.params.get("due_sections", ["E"])}
    reach = int(rule.params.get("cue_window", 40))
    # a table column headed "By when" / "Target date" holds due dates; a cell that is only a date
    # with a due cue ("By 30 September 2025") is a deadline in any section
    header = re.compile(rule.params.get("due_header", r"\b(?:by\s+when|target|due|timescale|deadline)\b"), re.I)
    alone = re.compile(r"^\s*(?:(?:by|before|until|due)\s*:?\s*(?:the\s+end\s+of\s+)?)?$", re.I)
    heads: dict[tuple[int, int], bool] = {}

    def due_column(b) -> bool:
        if b.table is None or b.col is None or not b.row:
            return False
        k = (b.table, b.col)
        if k not in heads:
            heads[k] = any(x.table == b.table and x.col == b.col and x.row is not None and x.row < min(b.row, 3)
                           and header.search(x.text) for x in plan.blocks[max(0, b.index - 60):b.index])
        return heads[k]

    for key in rule.sections or (SectionKey.E,):
        for block in plan.section_blocks(key):
            for m in _DATE.finditer(block.text):
                w0 = max(0, m.start() - reach)
                cell = (block.kind is BlockKind.TABLE_CELL and alone.match(block.text[:m.start()])
                        and not block.text[m.end():].strip(" .")) and m.group("yo") is None
                # searched in place, not in a slice: a slice can cut "Ruby's" to a false "by's"
                if not ((str(key) in due_sections and cue.search(block.text, w0, m.start()))
                        or (review is not None and review.search(block.text, w0, m.start()))
                        or (cell and (block.text[:m.start()].strip() or due_column(block)))):
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
    """Any of ``acronyms`` (group 1, the longest where several match), not inside a word, with an
    optional plural "s". Each alternative opens with its first letter and the look-behind ("no
    letter before") follows it, so that re skips in C to where an acronym can start: the same
    matches as the look-behind first, several times faster over a whole plan."""
    alts = "|".join(re.escape(a[:1]) + "(?<![A-Za-z].)" + re.escape(a[1:])
                    for a in sorted(acronyms, key=len, reverse=True) if a)
    return re.compile(rf"((?:{alts}))s?(?![A-Za-z])")


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
