"""Outcomes (section E), labelled by construction.

An outcome is a subject (name, pronoun, "I", or none), a skill (concrete, or a vague verb), a
criterion (measurable) and a time (time-bound); or provision posing as an outcome; or an
aspiration. SMART = specific and measurable and time-bound and neither of the last two.
"""
from __future__ import annotations

import random
import re

from .banks import NAMES
from .provision import _pick

PRONOUNS = {  # subject, reflexive, possessive, be-verb
    "he": ("He", "himself", "his"), "she": ("She", "herself", "her"),
    "they": ("They", "themselves", "their"), "I": ("I", "myself", "my"),
}

SKILLS = ([
    "read and spell the first 100 high-frequency words",
    "write a paragraph of three linked sentences using capital letters and full stops",
    "use a visual timetable to move between activities",
    "ask an adult for help using {poss} help card",
    "dress {self} after PE",
    "travel to school on the bus",
    "use three-word sentences to make requests",
    "take turns in a board game with a peer",
    "count forwards and backwards to 20",
    "recognise and name four emotions in {self} and others",
    "use a calming strategy from {poss} toolkit when anxious",
    "make a simple snack safely",
    "walk 50 metres using {poss} walking frame",
    "order and pay for a drink in a café",
    "answer who, what and where questions about a short story",
    "stay in class for the whole of a lesson",
    "solve two-step word problems using addition and subtraction",
    "use {poss} communication book to make a choice",
    "manage {poss} own medication routine",
    "join in a group conversation of three peers",
    "follow a two-part instruction",
    "type 20 words per minute",
    "prepare for and attend a work experience placement",
    "tell the time to the nearest five minutes",
    "use the toilet",
    "sign ten everyday words using Makaton",
], [
    "budget for a weekly food shop",
    "write {poss} name and address",
    "greet familiar adults by name",
    "plan {poss} own bus journey to college using a timetable app",
    "use a knife and fork to eat {poss} lunch",
    "explain how {poss} autism affects {self} to a new teacher",
    "read aloud a Book Band 8 text",
])

CRITERIA = ([
    "independently", "in 4 out of 5 opportunities", "without adult prompting",
    "on 3 consecutive days", "with 80% accuracy", "at least twice a day",
    "with no more than one verbal prompt", "for 10 minutes", "on 5 consecutive occasions",
    "in 8 out of 10 lessons", "with 90% accuracy", "on four occasions out of five",
    "in 4 out of 5 observed lessons", "with one visual prompt", "on every occasion for a week",
    "three times a week", "without physical support",
], [
    "with only a visual prompt", "in 3 out of 4 observed sessions", "every day for two weeks",
    "scoring at least 90 on the BPVS", "at age-related expectations in the reading assessment",
])

TIMES = ([
    "by July 2027", "by the end of Key Stage 2", "within 12 months", "by the end of Year 6",
    "by {poss} next annual review", "by Easter 2026", "by the end of the spring term 2027",
    "by the end of Year 11", "by the end of the academic year", "by December 2026",
    "by 31/07/2026", "by the summer half-term", "by the end of Key Stage 3",
    "within six months", "by the end of Reception", "by age 16",
], [
    "by the end of Year 9", "before {poss} transition to secondary school in September 2027",
    "by the October half-term 2026", "within the next two terms", "by 2028",
    "by the end of {poss} first year at college",
])

VAGUE_VERBS = ([
    "make progress in {poss} reading", "improve {poss} social skills", "develop {poss} communication skills",
    "continue to work on {poss} handwriting", "be supported to manage {poss} emotions",
    "become more confident in class", "have better attention", "improve {poss} independence",
    "make good progress in maths", "develop {poss} fine motor skills",
], [
    "work towards better self-regulation", "grow in confidence with friendships",
    "further develop {poss} language",
])

PROVISION_AS_OUTCOME = ([
    "receive speech and language therapy", "have access to a teaching assistant",
    "be supported by an ELSA", "attend weekly occupational therapy sessions",
    "be given a laptop for written work", "receive 1:1 support in lessons",
    "have a personalised timetable", "be provided with ear defenders",
    "have a key adult at break times", "access a nurture group",
], [
    "receive physiotherapy at school", "be offered counselling",
    "have specialist teaching from the Sensory Support Service",
])

ASPIRATIONS = ([
    "I want to be a vet", "To be happy", "{name} wants to have lots of friends",
    "My dream is to work with animals", "To be healthy and safe", "I would like to go to college",
    "{name}'s parents want {obj} to be happy and confident", "To live a fulfilled life",
    "I want to play football for a team", "{name} would like to be a chef one day",
], [
    "When I grow up I want to drive a bus", "To reach {poss} full potential",
    "{name} hopes to have a job in a shop",
])

# (family, template, test?). Placeholders: Subj, skill, crit, time.
TEMPLATES = [
    ("out-will", "{Subj} will {skill} {crit} {time}.", False),
    ("out-time-first", "{Time}, {subj} will {skill} {crit}.", False),
    ("out-able", "{Subj} will be able to {skill} {crit} {time}.", False),
    ("out-commas", "{Subj} will {skill}, {crit}, {time}.", True),
    ("out-numbered", "Outcome 2: {Subj} will {skill} {crit} {time}.", False),
    ("out-show", "{Time}, {subj} will show that {pron} can {skill} {crit}.", True),
    ("out-table", "{Subj} will {skill} {crit} | {time}", False),
    ("out-measured", "{Subj} will {skill} {crit}, as recorded by staff, {time}.", False),
    ("out-area", "Communication and interaction: {Subj} will {skill} {crit} {time}.", False),
    ("out-dash", "{Time} – {subj} will be able to {skill} {crit}.", True),
    ("out-colon", "{Time}: {subj} will {skill} {crit}.", False),
    ("out-semicolon", "{Subj} will learn to {skill} {crit}; target date {time}.", False),
]


_MEASURED = re.compile(r"\d|\b(?:one|two|three|four|five|ten|twenty|hundred|band)\b", re.I)


def _fill(s: str, vals: dict) -> str:
    for k, v in vals.items():
        s = s.replace("{" + k + "}", v)
    return s


NO_SUBJECT = ["To {skill} {crit} {time}.", "Be able to {skill} {crit} {time}.",
              "{Time}, to {skill} {crit}.", "Pupil to {skill} {crit} {time}."]
BANKS = {"SKILLS": SKILLS, "CRITERIA": CRITERIA, "TIMES": TIMES, "VAGUE_VERBS": VAGUE_VERBS,
         "PROVISION_AS_OUTCOME": PROVISION_AS_OUTCOME, "ASPIRATIONS": ASPIRATIONS, "NAMES": NAMES,
         "NO_SUBJECT": NO_SUBJECT}


def make_outcome(rng: random.Random, family: str, template: str, test: bool, banks: dict | None = None) -> dict:
    """``banks``: phrase banks by name (``BANKS`` by default; the dev split passes ``dev_banks()``)."""
    bk = banks or BANKS
    kind = rng.choices(["smart", "no_crit", "no_time", "vague", "no_subject", "provision", "aspiration", "two"],
                       weights=[42, 11, 11, 10, 7, 9, 7, 3])[0]
    subj_kind = rng.choices(["name", "pron", "I"], weights=[5, 3, 2])[0]
    name = _pick(rng, bk["NAMES"], test)
    pron = rng.choice(["he", "she", "they"]) if subj_kind != "I" else "I"
    subj_word, self_word, poss = PRONOUNS[pron]
    subj = name if subj_kind == "name" else subj_word
    obj = {"he": "him", "she": "her", "they": "them", "I": "me"}[pron]
    vals = {"poss": poss, "self": self_word, "name": name, "obj": obj, "pron": pron}

    labels = {"specific": True, "measurable": True, "time_bound": True,
              "provision_as_outcome": False, "aspiration_only": False}
    skill = _fill(_pick(rng, bk["SKILLS"], test), vals)
    if kind in ("no_crit", "two") and _MEASURED.search(skill):
        # a skill with its own number ("walk 50 metres") is measurable: redraw one without
        while _MEASURED.search(skill):
            skill = _fill(_pick(rng, bk["SKILLS"], test), vals)
    crit = _pick(rng, bk["CRITERIA"], test)
    time = _fill(_pick(rng, bk["TIMES"], test), vals)
    drop = {kind} if kind != "two" else set(rng.sample(["no_crit", "no_time", "no_subject", "vague"], 2))
    if "vague" in drop:
        skill = _fill(_pick(rng, bk["VAGUE_VERBS"], test), vals)
        labels["measurable"] = False
        crit = ""  # a vague verb WITH a criterion is a judgement call; not generated
    if "no_crit" in drop:
        crit = ""
        labels["measurable"] = False
    if "no_time" in drop:
        time = ""
        labels["time_bound"] = False

    if kind == "provision":
        skill = _pick(rng, bk["PROVISION_AS_OUTCOME"], test)
        crit = rng.choice(["", "three times a week", "every day"])
        time = time if rng.random() < 0.6 else ""
        labels.update(specific=False, measurable=False, time_bound=bool(time), provision_as_outcome=True)
    if kind == "aspiration":
        text = _fill(_pick(rng, bk["ASPIRATIONS"], test), vals) + rng.choice([".", "", "."])
        labels.update(specific=False, measurable=False, time_bound=False, aspiration_only=True)
        return _finish(text, labels, family)

    if "no_subject" in drop:
        labels["specific"] = False
        base = rng.choice(bk["NO_SUBJECT"])
        text = _fill(base, {"skill": skill, "crit": crit, "time": time, "Time": time})
        return _finish(text, labels, family)

    text = template
    if not time:  # drop time-first framings cleanly
        text = re.sub(r"^\{Time\}(, | – )", "", text).replace(" | {time}", "")
        text = re.sub(r"^\{Time\} |\s*\(\{time\}\)", "", text)  # dev templates only
    mid = subj.lower() if subj_kind == "pron" and subj != "I" else subj
    text = _fill(text, {"Subj": subj, "subj": mid, "pron": "I" if pron == "I" else pron,
                        "skill": skill, "crit": crit, "time": time, "Time": time[:1].upper() + time[1:]})
    return _finish(text, labels, family)


def _finish(text: str, labels: dict, family: str) -> dict:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.])", r"\1", text).replace(",,", ",").replace(", .", ".").replace(",.", ".")
    text = text[0].upper() + text[1:]
    smart = (labels["specific"] and labels["measurable"] and labels["time_bound"]
             and not labels["provision_as_outcome"] and not labels["aspiration_only"])
    return {"text": text, "smart": smart, **labels, "source": f"gen:{family}"}


def dev_banks() -> dict:
    """BANKS with each bank's second half replaced by the dev-only entries (see dev_banks.py)."""
    from . import dev_banks as D

    out = {k: (v[0], D.OUTCOME_EXTRA[k]) for k, v in BANKS.items() if k not in ("NO_SUBJECT", "NAMES")}
    out["NAMES"] = D.NAMES
    out["NO_SUBJECT"] = NO_SUBJECT + D.OUTCOME_EXTRA["NO_SUBJECT"]
    return out


# Dev-only families: shapes in neither the train nor the test templates.
DEV_TEMPLATES = [
    ("dev-out-target", "Target: {subj} will {skill} {crit} {time}.", True),
    ("dev-out-no-comma", "{Time} {subj} will be able to {skill} {crit}.", True),
    ("dev-out-success", "Success looks like: {subj} will {skill} {crit} {time}.", True),
    ("dev-out-so-that", "{Subj} will {skill} {crit} {time}, so that {pron} can be more independent.", True),
    ("dev-out-bracket", "{Subj} will {skill} {crit} ({time}).", True),
    ("dev-out-when-asked", "When asked, {subj} will {skill} {crit} {time}.", True),
]


def generate_dev(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    banks = dev_banks()
    out = []
    for i in range(n):
        family, template, test = DEV_TEMPLATES[i % len(DEV_TEMPLATES)]
        item = make_outcome(rng, family, template, test, banks)
        item["split"] = "dev"
        out.append(item)
    return out


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        family, template, test = TEMPLATES[i % len(TEMPLATES)]
        item = make_outcome(rng, family, template, test)
        item["split"] = "test" if test else "train"
        out.append(item)
    return out
