"""What a plan says: the child's sections as format-neutral elements, decided by quality tier, with
every planted fault recorded (kind, section, exact text).

Clean wording comes from ``banks``; weak wording only from the fault banks, so the ground truth is
complete: a vague phrase outside ``faults`` would be a generator bug (``lint`` checks for it).
"""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from . import banks
from .people import Child, fmt_date, make_child, past_bound, time_bounds

FAULT_KINDS = [
    "missing-section", "vague-provision", "unquantified-provision", "provision-missing-who",
    "unmeasurable-outcome", "outcome-not-time-bound", "provision-as-outcome", "aspiration-as-outcome",
    "no-pfa-outcome", "blank-health", "blank-social-care", "health-need-no-provision",
    "social-care-signal-nil", "no-health-advice", "no-social-care-advice", "therapy-in-g",
    "need-without-provision", "placeholder", "wrong-name", "wrong-pronoun", "past-outcome-date",
    "placement-in-draft", "unexplained-acronym", "deficit-only",
]
# Limiting faults (RUBRIC 7: inadequate) and the requires-improvement pool.
INADEQUATE_POOL = ["missing-section", "wrong-name", "placeholder", "provision-as-outcome",
                   "aspiration-as-outcome", "need-without-provision", "unquantified-provision"]
RI_POOL = ["vague-provision", "unquantified-provision", "provision-missing-who", "unmeasurable-outcome",
           "outcome-not-time-bound", "blank-health", "blank-social-care", "health-need-no-provision",
           "social-care-signal-nil", "no-health-advice", "no-social-care-advice", "therapy-in-g",
           "unexplained-acronym", "past-outcome-date", "placement-in-draft", "no-pfa-outcome",
           "deficit-only", "wrong-pronoun"]
# Pairs that cannot be planted in the same plan.
CONFLICTS = {frozenset(p) for p in [
    ("blank-health", "health-need-no-provision"), ("blank-social-care", "social-care-signal-nil"),
    ("missing-section", "no-health-advice"), ("missing-section", "no-social-care-advice"),
    ("health-need-no-provision", "therapy-in-g"), ("blank-health", "therapy-in-g"),
]}

LONG = 5.0  # content scale above which bank sentences may repeat (the --pages 30 / 300 benchmark files)

THERAPY_IN_G = [
    "Speech and language therapy: a speech and language therapist registered with the Health and Care Professions Council will work with {name} 1:1 once a week for 30 minutes.",
    "Occupational therapy: an occupational therapist will deliver a handwriting programme to {name} 1:1 once each half-term for one hour.",
    "Physiotherapy: a paediatric physiotherapist will see {name} 1:1 in school once a month for 45 minutes to teach a stretching programme.",
]
I_TEXT = [
    "{school}, {stype}.", "Name of school: {school}. Type: {stype}.", "{name} will attend {school} ({stype}).",
]


@dataclass
class El:
    """One format-neutral element. kind: heading | sub | para | item | table."""
    kind: str
    text: str = ""
    key: str | None = None  # section the element belongs to (None: cover / untagged)
    numbered: bool = False
    rows: list | None = None  # table: list of rows of (text, key) cells
    header: bool = False  # table: first row is a header row
    widths: list | None = None  # table column fractions
    bold: bool = False
    nil: bool = False  # an explicit "none" statement (section status "nil")


@dataclass
class Provision:
    sentence: str  # prose form
    cells: tuple[str, str, str]  # what | who | how often (combined-table form)


@dataclass
class Area:
    topic: str
    title: str
    needs: list[str]
    strengths: list[str]
    outcomes: list[str]
    provision: list[Provision]


@dataclass
class Content:
    child: Child
    status: str
    grade: str
    ctx: dict
    school: str
    cover: dict
    a: list[El] = field(default_factory=list)
    b_intro: list[El] = field(default_factory=list)
    areas: list[Area] = field(default_factory=list)
    e_extra: list[El] = field(default_factory=list)  # PfA outcomes, short-term targets
    f_extra: list[El] = field(default_factory=list)  # co-ordination
    sections: dict[str, list[El]] = field(default_factory=dict)  # C, D, G, H1, H2, I, J, K
    missing: list[str] = field(default_factory=list)
    faults: list[dict] = field(default_factory=list)
    h_merged: bool = False
    signal: str | None = None  # social-care signal sentence planted in A


def fill(text: str, ctx: dict, cap: bool = True) -> str:
    """Fill placeholders; ``cap`` upper-cases the first letter (for sentences, not fragments)."""
    for _ in range(4):
        if "{" not in text:
            break
        text = text.format_map(ctx)
    return text[0].upper() + text[1:] if text and cap else text


def context(child: Child) -> dict:
    p = dict(banks.PRONOUNS[child.pronouns])
    p["is"] = p.pop("is_")
    ctx = dict(p, name=child.first)
    return ctx


def choose_faults(grade: str, rng: random.Random, turn: int) -> list[str]:
    """Fault kinds for one plan. ``turn`` walks the pools round-robin across a corpus so that every
    kind is planted several times; the rest is random."""
    if grade in ("outstanding", "good"):
        return []
    if grade == "inadequate":
        picks = [INADEQUATE_POOL[(2 * turn) % len(INADEQUATE_POOL)],
                 INADEQUATE_POOL[(2 * turn + 1) % len(INADEQUATE_POOL)], RI_POOL[(turn * 3) % len(RI_POOL)]]
        extra = rng.sample(RI_POOL, 1)
    else:
        picks = [RI_POOL[(turn * 2) % len(RI_POOL)], RI_POOL[(turn * 2 + 1) % len(RI_POOL)]]
        extra = rng.sample(RI_POOL, rng.choice([0, 1, 1, 2]))
    out: list[str] = []
    for k in picks + extra:
        if k not in out and all(frozenset((k, o)) not in CONFLICTS for o in out):
            out.append(k)
    return out


def build(seed: int, grade: str, faults: list[str], layout: str, scale: float = 1.0) -> Content:
    """All content for one plan. ``scale`` > 1 lengthens it (more needs, advice, narrative)."""
    rng = random.Random(seed)
    fault_set = set(faults)
    child = make_child(rng, min_age=14 if "no-pfa-outcome" in fault_set else 2)
    if "no-pfa-outcome" in fault_set and not child.pfa_due:
        child = make_child(rng, age=15)
    status = "draft" if "placement-in-draft" in fault_set else rng.choice(["draft", "final"])
    ctx = context(child)
    looked_after = False
    social = None
    health: list[str] = []
    # --- which needs ------------------------------------------------------------------------
    n_topics = max(3, min(len(banks.TOPICS), round(rng.choice([2, 3, 3, 4]) * min(scale, 1.8))))
    topic_names = banks.EARLY_TOPICS if child.band == "early" else list(banks.TOPICS)
    topics = rng.sample(topic_names, min(n_topics, len(topic_names)))
    # --- health and social care situations --------------------------------------------------
    health_pool = list(banks.HEALTH)
    if "hearing" in topics:
        health.append("hearing_health")
    if "attention" in topics and rng.random() < 0.6:
        health.append("adhd_med")
    if rng.random() < 0.35 * max(1.0, scale / 2) or "health-need-no-provision" in fault_set:
        extra = [h for h in health_pool if h not in health and h not in ("hearing_health", "adhd_med")]
        health.append(rng.choice(extra))
    if "blank-health" in fault_set:
        health = []
    if child.age >= 18:
        social_pool = ["adult_care"]
    else:
        social_pool = ["short_breaks", "child_in_need", "looked_after"]
    if rng.random() < 0.3 or "social-care-signal-nil" in fault_set or scale > 2:
        social = rng.choice(social_pool)
        looked_after = social == "looked_after"
    if "blank-social-care" in fault_set:
        social = None
        looked_after = False
    parent = "{his} foster carers" if looked_after else rng.choice(banks.PARENTS)
    ctx["parent"] = parent
    ctx["Parent"] = "{His}" + parent[len("{his}"):]  # every PARENTS entry starts with {his}
    # A parent noun phrase is plural when it names two people or "parents"/"carers".
    plural_parent = any(w in parent for w in ("parents", " and ", "carers"))
    town = rng.choice(banks.TOWNS)
    stage = child.stage if rng.random() < 0.85 else "special"
    school = rng.choice(banks.SETTINGS[stage]).format(town=town)
    ctx["school"] = school
    ctx["stype"] = banks.SETTING_TYPE[stage]
    bounds = time_bounds(child, rng)
    banned = banks.AGE_BANNED[child.band]

    def ok(pool: list, fallback: bool = False) -> list:
        """Bank entries that suit the child's age band."""
        kept = [x for x in pool if not any(w in str(x) for w in banned)]
        return kept or (list(pool) if fallback else [])

    def f(t: str) -> str:
        return fill(t, ctx)

    def parent_sentence(t: str) -> str:
        # {s} after {Parent} agrees with the parent, not the child.
        if plural_parent:
            t = t.replace("{Parent} describe{s}", "{Parent} describe")
        else:
            t = (t.replace("{Parent} worry", "{Parent} worries").replace("{Parent} want ", "{Parent} wants ")
                 .replace("{Parent} feel ", "{Parent} feels ").replace("{Parent} hope ", "{Parent} hopes ")
                 .replace("{Parent} have not", "{Parent} has not"))
            t = t.replace("{Parent} describe{s}", "{Parent} describes")
        return fill(t, ctx)

    def by(t: str, bound: str | None = None) -> str:
        b = fill(bound or rng.choice(bounds), ctx)
        b = b[0].lower() + b[1:]
        return fill(t.replace("{By}", b[0].upper() + b[1:]).replace("{by}", b), ctx)

    c = Content(child=child, status=status, grade=grade, ctx=ctx, school=school, cover={})
    # Essex merges H1 and H2 under one heading; a few other plans do too (never the table layouts).
    c.h_merged = layout == "essex" or (layout not in ("letter-table", "combined-table") and rng.random() < 0.15)
    c.cover = dict(name=child.name, dob=child.dob.isoformat(), plan_date=child.plan_date.isoformat(),
                   status=status, age=child.age, year_group=child.year_group, pronouns=child.pronouns,
                   school=school, date_style=rng.randrange(3))

    def fault(kind: str, section: str, text: str | None) -> None:
        c.faults.append({"kind": kind, "section": section, "text": text})

    # --- Section A ----------------------------------------------------------------------------
    first_person = grade == "outstanding" or rng.random() < 0.5
    a: list[El] = []
    if first_person:
        a.append(El("sub", rng.choice(["About me", "My views", "What I think"]), "A"))
        n = 6 if grade == "outstanding" else 3
        views = ok(banks.VIEWS_FIRST, True)
        for v in rng.sample(views, min(len(views), n + max(0, round(2 * (scale - 1))))):
            a.append(El("para", f'"{v}"' if rng.random() < 0.5 else v, "A"))
    else:
        a.append(El("sub", rng.choice(["Views of the child", f"{child.first}'s views"]), "A"))
        for v in rng.sample(ok(banks.VIEWS_REPORTED, True), 3):
            a.append(El("para", f(v), "A"))
        a.append(El("para", f(rng.choice(banks.VIEWS_GATHERED)), "A"))
    k = 3 + int(scale > 1.2)
    for head, bank in ((rng.choice(["What people like and admire about me", f"What people like about {child.first}"]), banks.ADMIRE),
                       (rng.choice(["What is important to me", f"What is important to {child.first}"]), banks.IMPORTANT),
                       ("How best to help me", banks.HOW_TO_HELP)):
        if head == "How best to help me" and not first_person:
            continue
        a.append(El("sub", head, "A"))
        a += [El("item", f(x), "A") for x in rng.sample(ok(bank, True), k)]
    asp = rng.choice(banks.ASPIRATIONS[child.band])
    a.append(El("para", f(f"{child.first}'s aspiration is {asp}."), "A"))
    a.append(El("sub", rng.choice(["Views of parents and carers", "What my family say", "Family views"]), "A"))
    for v in rng.sample(ok(banks.PARENT_VIEWS, True), 2 + (1 if scale > 1 else 0)):
        a.append(El("para", parent_sentence(v), "A"))
    a.append(El("sub", rng.choice(["History", "Background", "My story so far"]), "A"))
    hist_pool = [h for h in ok(banks.HISTORY, True) if ("Year 3" not in h or (child.school_year or 0) > 3)
                 and not ("lives with {his} mother" in h and ("dad" in parent or "father" in parent))]
    if looked_after:
        hist_pool = [h for h in hist_pool if "lives with" not in h]
    hist, seen = [], set()
    for h in rng.sample(hist_pool, len(hist_pool)):  # at most one "lives with", one school move
        group = "home" if "lives with" in h else "school" if re.search(r"current (school|setting)|same school", h) else h
        if group not in seen and len(hist) < 2 + round(2 * scale):
            seen.add(group)
            hist.append(h)
    for h in hist:
        a.append(El("para", f(h), "A"))
    if social and "social-care-signal-nil" not in fault_set:
        a.append(El("para", f(banks.SOCIAL[social]["signal"]), "A"))
    if "social-care-signal-nil" in fault_set:  # the signal stays, D and H say none
        c.signal = f(banks.SOCIAL[social]["signal"])
        a.append(El("para", c.signal, "A"))
    a.append(El("sub", rng.choice(["How I communicate", "Communication preferences"]), "A"))
    a.append(El("para", f(rng.choice(banks.COMMS_PREFS)), "A"))
    extra = ok(banks.EXTRA_NARRATIVE) * (1 + int(scale > LONG) * int(scale))  # repeats only in long files
    if extra:
        a.append(El("sub", rng.choice(["At home and at school", "A typical day", "What we see at school"]), "A"))
        for x in rng.sample(extra, min(len(extra), round(2 * scale))):
            a.append(El("para", f(x), "A"))
    c.a = a

    # --- B / E / F by topic -----------------------------------------------------------------
    for t in topics:
        tp = banks.TOPICS[t]
        pool = ok(tp["needs"], True)
        needs = [f(x) for x in rng.sample(pool, min(len(pool), rng.choice([3, 4])))]
        if scale > 0.8:
            used = {n for ar in c.areas for n in ar.needs}
            narr = [f(x) for x in ok(banks.AREA_NARRATIVE[tp["area"]]) if f(x) not in used]
            needs += narr[: 1 + int(scale > 1.3)]
        strengths = [f(x) for x in tp["strengths"]]
        band = child.band
        outs = list(tp["outcomes"].get(band) or tp["outcomes"]["primary"])
        rng.shuffle(outs)
        outcomes = [by(o) for o in outs[: rng.choice([1, 2]) if len(outs) > 1 else 1]]
        provs = []
        ppool = ok(tp["provision"], True)
        for p in rng.sample(ppool, min(len(ppool), rng.choice([2, 3]) + int(scale > 1))):
            provs.append(render_provision(p, rng, ctx))
        c.areas.append(Area(t, banks.AREAS[tp["area"]], needs, strengths, outcomes, provs))
    # repeat areas for very long plans (stress files): same topics, further needs and provision
    while scale > LONG and len(c.areas) < scale * 2:
        t = rng.choice(topic_names)
        tp = banks.TOPICS[t]
        c.areas.append(Area(t, banks.AREAS[tp["area"]], [f(x) for x in tp["needs"]], [f(x) for x in tp["strengths"]],
                            [by(o) for o in tp["outcomes"].get(child.band) or tp["outcomes"]["primary"]],
                            [render_provision(p, rng, ctx) for p in tp["provision"]]))
    c.b_intro = [El("para", f(rng.choice([
        "{name}'s needs are described below under the four broad areas of need, with {his} strengths first.",
        "This section describes {name}'s special educational needs. Each need is matched by provision in Section F.",
        "The needs below are taken from the advice listed in Section K.",
    ])), "B")]
    c.b_intro.append(El("para", f(rng.choice(ok(banks.ATTAINMENT, True))), "B"))

    # E extras
    if child.pfa_due and "no-pfa-outcome" not in fault_set:
        c.e_extra.append(El("sub", rng.choice(banks.PFA_HEADINGS), "E"))
        for o in rng.sample(banks.PFA_OUTCOMES, 2 if grade == "outstanding" else 1):
            c.e_extra.append(El("item", by(o), "E"))
    if "no-pfa-outcome" in fault_set:
        fault("no-pfa-outcome", "E", None)
    if grade == "outstanding" or (grade == "good" and rng.random() < 0.4):
        c.e_extra.append(El("para", f(rng.choice(banks.SHORT_TERM)), "E"))
    if grade == "outstanding":
        c.f_extra.append(El("para", f(rng.choice(banks.COORDINATION)), "F"))

    # --- C, D, G, H1, H2 --------------------------------------------------------------------
    S = c.sections
    if health:
        S["C"] = [El("para", f(x), "C") for h in health for x in banks.HEALTH[h]["needs"]]
        S["G"] = [El("item", f(x), "G") for h in health for x in banks.HEALTH[h]["provision"]]
    else:
        S["C"] = [El("para", f(rng.choice(banks.HEALTH_NIL_C[:1] if "no-health-advice" in fault_set else banks.HEALTH_NIL_C)), "C", nil=True)]
        S["G"] = [El("para", f(rng.choice(banks.HEALTH_NIL_G)), "G", nil=True)]
    if social and "social-care-signal-nil" not in fault_set:
        sc = banks.SOCIAL[social]
        S["D"] = [El("para", f(x), "D") for x in sc["needs"]]
        S["H1"] = [El("item", f(x), "H1", nil=x.startswith(("No ", "Not applicable"))) for x in sc["h1"]]
        S["H2"] = [El("item", f(x), "H2") for x in sc["h2"]]
    else:
        S["D"] = [El("para", f(rng.choice(banks.SOCIAL_NIL_D)), "D", nil=True)]
        S["H1"] = [El("para", f(rng.choice(banks.SOCIAL_NIL_H1)), "H1", nil=True)]
        S["H2"] = [El("para", f(rng.choice(banks.SOCIAL_NIL_H2)), "H2", nil=True)]
    # --- I, J, K ----------------------------------------------------------------------------
    if status == "final" or "placement-in-draft" in fault_set:
        S["I"] = [El("para", f(rng.choice(I_TEXT)), "I")]
        if status == "draft":
            fault("placement-in-draft", "I", S["I"][0].text)
    else:
        S["I"] = []
    budget = rng.randrange(len(banks.BUDGET))
    S["J"] = [El("para", parent_sentence(banks.BUDGET[budget]), "J", nil=budget < 2)]
    S["K"] = advice(c, rng, health, social, fault_set, scale, ok)

    # --- plant faults -----------------------------------------------------------------------
    plant(c, rng, faults, bounds, by, f)
    return c


def render_provision(p: dict, rng: random.Random, ctx: dict) -> Provision:
    """One clean provision item in one of several sentence shapes (what, who, how often, group)."""
    what_l = fill(p["what"], ctx, cap=False)
    what = what_l[0].upper() + what_l[1:]
    who_l = fill(rng.choice(p["who"]), ctx, cap=False)
    who = who_l[0].upper() + who_l[1:]
    freq = fill(rng.choice(p["freq"]), ctx, cap=False)
    dur = fill(rng.choice(p["dur"]), ctx, cap=False)
    group = fill(rng.choice(p["group"]), ctx, cap=False) if p.get("group") else None
    review = fill(rng.choice(banks.PROVISION_REVIEW), ctx, cap=False)
    name = ctx["name"]
    g = f" {group}" if group else ""
    timed = not dur.startswith(("the ", "each ", "a "))
    if not timed:  # whole-day or per-lesson items read differently
        shapes = [
            f"{what}, provided by {who_l}, {freq}.",
            f"{who} will provide {what_l} {freq}; this is {review}.",
            f"{name} will have {what_l} {freq}, provided by {who_l}.",
        ]
    else:
        shapes = [
            f"{name} will take part in {what_l}{g}, {freq} for {dur}, delivered by {who_l}.",
            f"{who} will deliver {what_l} to {name}{g} for {dur}, {freq}.",
            f"{freq[0].upper() + freq[1:]}, {who_l} will work with {name}{g} on {what_l}, for {dur} each session.",
            f"{what}: {dur} {freq}{',' + g if g else ''}, delivered by {who_l}. Progress is {review}.",
            f"{name} will have {dur} of {what_l} {freq} with {who_l}{',' + g if g else ''}.",
        ]
    sentence = rng.choice(shapes)
    how = f"{freq}, {dur} each time" if timed else freq
    if group:
        how += f", {group}"
    return Provision(sentence, (what, who, how[0].upper() + how[1:]))


def advice(c: Content, rng: random.Random, health, social, fault_set, scale, ok) -> list[El]:
    ctx = dict(c.ctx)
    dates = sorted(c.child.plan_date.toordinal() - rng.randrange(20, 150) for _ in range(12))

    def d(i: int) -> str:
        day = dt.date.fromordinal(dates[i % len(dates)])
        if day.month == 5:  # keeps the word "May" out of clean text
            day = day.replace(month=4, day=min(day.day, 30))
        return fmt_date(day, 0)

    entries = []
    profs = rng.sample(banks.PROFS, 4)
    for i, e in enumerate(rng.sample(ok(banks.ADVICE_EDU, True), 2)):
        entries.append(e.format_map(dict(ctx, prof=profs[i], date=d(i))))
    if "no-health-advice" not in fault_set:
        for i, e in enumerate(rng.sample(banks.ADVICE_HEALTH, 2)):
            entries.append(e.format_map(dict(ctx, prof=profs[i + 2], date=d(i + 3))))
    if "no-social-care-advice" not in fault_set:
        pool = banks.ADVICE_SOCIAL if social else banks.ADVICE_SOCIAL[:2]
        entries.append(rng.choice(pool).format_map(dict(ctx, date=d(6))))
    entries.append(rng.choice(banks.ADVICE_PARENT).format_map(dict(ctx, date=d(7))))
    els = [El("para", fill(rng.choice([
        "The following advice and information was gathered during the assessment and is attached to this plan:",
        "Advice and information received:", "This plan is based on the advice listed below."]), ctx), "K")]
    els += [El("item", fill(e, ctx), "K") for e in entries]
    n_sum = round(2.5 * scale)
    summaries = ok(banks.ADVICE_SUMMARY + banks.ADVICE_SUMMARY_MORE, True)
    rng.shuffle(summaries)
    health_words = ("paediatrician", "therapist", "health visitor", "audiology", "physiotherapist")
    topics = {a.topic for a in c.areas}
    needs_topic = {"audiology": "hearing", "physiotherapist": "physical", "occupational therapist": "motor"}
    summaries = [s for s in summaries if all(t in topics for w, t in needs_topic.items() if w in s)
                 and not ("Section C" in s and not health)]
    pool = [s for s in summaries
            if not ("no-health-advice" in fault_set and any(w in s for w in health_words))
            and not ("social care" in s and ("no-social-care-advice" in fault_set or not social))]
    if scale <= LONG:
        n_sum = min(n_sum, len(pool))  # typical plans never repeat a summary
    if n_sum:
        els.append(El("sub", "Summary of advice", "K"))
        for i in range(n_sum):
            els.append(El("para", fill(pool[i % len(pool)], ctx), "K"))
    return els


def other_name(c: Content, rng: random.Random) -> str:
    mine = c.child.name.lower()
    pool = [n for n in banks.FIRST_NAMES[rng.choice(["she", "he", "they"])]
            if n.lower() not in mine and mine.split()[0] not in n.lower()]
    return rng.choice(pool)


def plant(c: Content, rng, faults, bounds, by, f) -> None:
    ctx = c.ctx

    def fault(kind, section, text):
        c.faults.append({"kind": kind, "section": section, "text": text})

    items = [(a, i) for a in c.areas for i in range(len(a.provision))]
    rng.shuffle(items)

    def replace_prov(sentence: str, kind: str, cells=None):
        area, i = items.pop() if items else (c.areas[0], 0)
        if not area.provision:
            area.provision.append(None)
        area.provision[i] = Provision(sentence, cells or (sentence, "", ""))
        fault(kind, "F", sentence)

    # missing-section last, so it never removes a section another planted fault lives in
    for kind in sorted(faults, key=lambda k: k == "missing-section"):
        if kind == "vague-provision":
            for s, _hedge in rng.sample(banks.VAGUE_PROVISION, rng.choice([1, 2, 3])):
                replace_prov(fill(s, ctx), kind)
        elif kind == "unquantified-provision":
            n = max(2, int(0.7 * sum(len(a.provision) for a in c.areas))) if c.grade == "inadequate" else rng.choice([1, 2])
            for s in rng.sample(banks.UNQUANTIFIED_PROVISION, min(n, len(banks.UNQUANTIFIED_PROVISION), len(items))):
                replace_prov(fill(s, ctx), kind)
        elif kind == "provision-missing-who":
            for s in rng.sample(banks.MISSING_WHO, rng.choice([1, 2])):
                replace_prov(fill(s, ctx), kind)
        elif kind in ("unmeasurable-outcome", "outcome-not-time-bound", "provision-as-outcome",
                      "aspiration-as-outcome", "past-outcome-date"):
            bank = {"unmeasurable-outcome": banks.UNMEASURABLE_OUTCOMES, "outcome-not-time-bound": banks.NOT_TIME_BOUND,
                    "provision-as-outcome": banks.PROVISION_AS_OUTCOME, "aspiration-as-outcome": banks.ASPIRATION_AS_OUTCOME,
                    "past-outcome-date": None}[kind]
            n = 2 if c.grade == "inadequate" and kind in ("provision-as-outcome", "aspiration-as-outcome") else 1
            for j in range(n):
                area = c.areas[(j + rng.randrange(len(c.areas))) % len(c.areas)]
                if kind == "past-outcome-date":
                    src = banks.TOPICS[area.topic]["outcomes"].get(c.child.band) or banks.TOPICS[area.topic]["outcomes"]["primary"]
                    text = by(rng.choice(src), past_bound(c.child))
                else:
                    text = by(rng.choice(bank))
                planted = {x["text"] for x in c.faults}
                free = [k for k, o in enumerate(area.outcomes) if o not in planted]
                if free:
                    area.outcomes[rng.choice(free)] = text
                else:
                    area.outcomes.append(text)
                fault(kind, "E", text)
        elif kind == "blank-health":
            which = rng.choice([["C"], ["G"], ["C", "G"]])
            for k in which:
                c.sections[k] = []
                fault(kind, k, None)
        elif kind == "blank-social-care":
            which = ["D"] if c.h_merged else rng.choice([["D"], ["H1"], ["H2"], ["D", "H2"]])
            for k in which:
                c.sections[k] = []
                fault(kind, k, None)
        elif kind == "health-need-no-provision":
            nil = f(rng.choice(banks.HEALTH_NIL_G[:1] + banks.HEALTH_NIL_G[2:]))
            c.sections["G"] = [El("para", nil, "G", nil=True)]
            fault(kind, "C", c.sections["C"][0].text)  # cross-section faults anchor at the need
        elif kind == "social-care-signal-nil":
            fault(kind, "A", c.signal)  # D, H1 and H2 say none
        elif kind == "no-health-advice":
            fault(kind, "K", None)
        elif kind == "no-social-care-advice":
            fault(kind, "K", None)
        elif kind == "therapy-in-g":
            text = f(rng.choice(THERAPY_IN_G))
            g = [e for e in c.sections["G"] if e.kind == "item"]
            c.sections["G"] = g + [El("item", text, "G")]
            fault(kind, "G", text)
        elif kind == "need-without-provision":
            unused = [t for t in banks.TOPICS if t not in {a.topic for a in c.areas}]
            if unused:
                t = rng.choice(unused)
                tp = banks.TOPICS[t]
                needs = [f(x) for x in tp["needs"][:2]]
                c.areas.append(Area(t, banks.AREAS[tp["area"]], needs, [f(x) for x in tp["strengths"][:1]], [], []))
                fault(kind, "B", needs[0])
            else:  # a long plan already uses every topic: one area loses its outcomes and provision
                a = rng.choice(c.areas)
                a.outcomes, a.provision = [], []
                fault(kind, "B", a.needs[0])
        elif kind == "placeholder":
            token = rng.choice(banks.PLACEHOLDERS)
            where = rng.choice(["A", "K", "B"])
            if where == "A":
                text = f"{token} enjoys coming to school and has made friends in class."
                c.a.insert(2, El("para", text, "A"))
            elif where == "K":
                text = f"Advice from the specialist teaching service, dated {token}"
                c.sections["K"].insert(1, El("item", text, "K"))
            else:
                text = f"{token} needs adults to check understanding after each instruction."
                c.b_intro.append(El("para", text, "B"))
            fault(kind, where, token)
        elif kind == "wrong-name":
            other = other_name(c, rng)
            text = fill(rng.choice(banks.VIEWS_REPORTED[:10]), dict(ctx, name=other))
            c.a.insert(3, El("para", text, "A"))
            fault(kind, "A", other)
        elif kind == "wrong-pronoun":
            wrong = {"she": "he", "he": "she", "they": rng.choice(["he", "she"])}[c.child.pronouns]
            wctx = dict(banks.PRONOUNS[wrong], name=ctx["name"])
            wctx["is"] = wctx.pop("is_")
            area = rng.choice(c.areas)
            cands = [x for x in banks.TOPICS[area.topic]["needs"] if "{his}" in x or "{he}" in x or "{him}" in x]
            src = rng.choice(cands or ["{name} finds it hard when {his} routine changes without warning."])
            text = fill(src, wctx)
            area.needs.append(text)
            fault(kind, "B", text)
        elif kind == "unexplained-acronym":
            s, token = rng.choice(banks.ACRONYM_SENTENCES)
            text = f(s)
            c.b_intro.append(El("para", text, "B"))
            fault(kind, "B", token)
        elif kind == "deficit-only":
            for a in c.areas:
                a.strengths = []
            c.b_intro = [e for e in c.b_intro if "strength" not in e.text]
            fault(kind, "B", None)
        elif kind == "missing-section":
            kinds = {x["kind"] for x in c.faults}
            reserved = {x["section"] for x in c.faults}
            reserved |= {"D", "H2"} if "social-care-signal-nil" in kinds else set()
            reserved |= {"G"} if "health-need-no-provision" in kinds else set()
            pool = [k for k in ("D", "J", "K", "G", "C") + (() if c.h_merged else ("H2",)) if k not in reserved]
            k = rng.choice(pool)
            c.missing.append(k)
            fault(kind, k, None)
        elif kind in ("no-pfa-outcome", "placement-in-draft"):
            pass  # planted while building
        else:  # pragma: no cover - a new kind without a planter
            raise ValueError(kind)
