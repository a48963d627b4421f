"""Provision items (sections F, G, H), labelled by construction.

Each item is built from parts (what, who, frequency, duration, group, review) and a *profile* that
says which part is missing, vague or hedged. A template then renders the parts. Templates hold
optional segments in square brackets, dropped when a placeholder inside them is empty.
"""
from __future__ import annotations

import random
import re

from . import banks as B

# (family, template, test?)  Test families are shapes never seen in training.
TEMPLATES = [
    ("prov-receive", "{name} will receive {what}[ {group}][ {freq}][ {dur}][ from {who}][, {review}].", False),
    ("prov-passive", "{What} will be delivered[ by {who}][ {group}][ {freq}][ {dur}][, {review}].", False),
    ("prov-freq-first", "[{freq}, ]{name} will have {what}[ with {who}][ {group}][ {dur}].", True),
    ("prov-table", "{what} |[ {freq}][ {dur}] |[ {who}][ | {group}]", False),
    ("prov-form", "Provision: {what}.[ Delivered by: {who}.][ Frequency: {freq}.][ Duration: {dur}.][ Group size: {group}.][ Review: {review}.]", False),
    ("prov-note", "[{who} to deliver ]{what}[ {freq}][ {group}][ {dur}].", False),
    ("prov-purpose", "To support {name}'s {need}, {what} will be provided[ by {who}][ {group}][ {freq}][ {dur}].", False),
    ("prov-bullet", "- {what}[ – {freq}][ – {who}][ – {group}][ – {dur}]", True),
    ("prov-given", "{name} will be given {what}[ {freq}][ {dur}][ {group}][ by {who}][; {review}].", False),
    ("prov-led", "{What}[, {group},][ {freq}][ {dur}][, led by {who}][; {review}].", True),
    ("prov-colon", "[{freq}: ]{what}[ with {who}][ {group}][ {dur}].", False),
    ("prov-work-with", "{name} will work[ with {who}] {group_or_blank}on {what}[ {freq}][ {dur}].", False),
    ("prov-ensure", "The school will ensure that {name} receives {what}[ from {who}][ {freq}][ {group}][ {dur}].", False),
    ("prov-parents", "{name}'s family will be offered {what}[ {group}][ {freq}][ {dur}][ through {who}][, {review}].", True),
    ("prov-arrange", "[{who} will arrange ]{what} for {name}[ {freq}][ {group}][ {dur}].", False),
    ("prov-semicolon", "{what}; [{who}; ][{freq}; ][{group}; ][{dur}]", False),
]

# Share of items per profile (what is wrong with the item, if anything).
PROFILES = [
    ("complete", 44), ("bare_who", 7), ("no_who", 6), ("vague_freq", 7), ("no_freq", 6),
    ("hedged_freq", 5), ("unsized_group", 5), ("hedged_group", 3), ("hedged_duration", 3),
    ("hedge_suffix", 6), ("hedge_what", 5), ("generic_example", 3), ("vague_what", 4), ("modal", 5),
]


def _pick(rng: random.Random, bank: tuple[list, list], test: bool):
    """Test items draw half their words from the test-only half of a bank."""
    train, test_only = bank
    if test and test_only and rng.random() < 0.5:
        return rng.choice(test_only)
    return rng.choice(train)


def _render(template: str, parts: dict[str, str]) -> str:
    def seg(m: re.Match) -> str:
        body = m.group(1)
        keys = re.findall(r"\{(\w+)\}", body)
        if any(not parts.get(k.lower()) for k in keys):
            return ""
        return body

    text = re.sub(r"\[([^\[\]]*)\]", seg, template)
    for k in re.findall(r"\{(\w+)\}", text):
        v = parts.get(k.lower(), "")
        if k[0].isupper() and v:
            v = v[0].upper() + v[1:]
        text = text.replace("{" + k + "}", v, 1)
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace(" ,", ",").replace(" .", ".").replace(",,", ",")
    return text[0].upper() + text[1:]


def make_item(rng: random.Random, family: str, template: str, test: bool, section: str, banks=B) -> dict:
    """``banks``: the phrase banks (module ``banks`` by default; the dev split passes ``dev_banks``)."""
    profile = rng.choices([p for p, _ in PROFILES], weights=[w for _, w in PROFILES])[0]
    profiles = {profile}
    if profile != "complete" and rng.random() < 0.12:  # some items have two faults
        profiles.add(rng.choice([p for p, _ in PROFILES if p != "complete"]))
    pk = "H" if section in ("H1", "H2") else section
    slots = dict.fromkeys(["what", "who", "frequency", "duration", "group", "review"])
    parts: dict[str, str] = {"name": _pick(rng, banks.NAMES, test), "need": rng.choice(banks.NEED)}
    specific = True

    # WHAT
    what = _pick(rng, banks.WHAT[pk], test)
    shown_what = what
    if "vague_what" in profiles:
        what = shown_what = _pick(rng, banks.WHAT_VAGUE, test)
        slots_what = None
        specific = False
    else:
        slots_what = what
    if "generic_example" in profiles and pk != "F":  # the generic names are education programmes
        profiles.discard("generic_example")
        profiles.add("hedge_suffix")
    if "generic_example" in profiles:
        generic = _pick(rng, banks.WHAT_GENERIC, test)
        joiner = rng.choice([" such as ", ", e.g. ", " (e.g. ", " including options such as "])
        shown_what = generic + joiner + what + (")" if joiner == " (e.g. " else "")
        slots_what = shown_what
        specific = False
    if "hedge_what" in profiles:
        if rng.random() < 0.6:
            shown_what = _pick(rng, banks.HEDGE_WHAT_PREFIX, test) + " " + shown_what
        else:
            shown_what = shown_what + _pick(rng, banks.HEDGE_WHAT_SUFFIX, test)
        specific = False
    parts["what"] = shown_what
    slots["what"] = slots_what

    # WHO
    if "no_who" in profiles:
        specific = False
    elif "bare_who" in profiles:
        parts["who"] = _pick(rng, banks.WHO_BARE, test)
        specific = False
    else:
        parts["who"] = slots["who"] = _pick(rng, banks.WHO[pk], test)

    # HOW OFTEN / HOW MUCH
    if "no_freq" in profiles:
        specific = False
    elif "vague_freq" in profiles:
        parts["freq"] = _pick(rng, banks.FREQ_VAGUE, test)
        specific = False
    elif "hedged_freq" in profiles:
        parts["freq"], _ = _pick(rng, banks.FREQ_HEDGED, test)
        slots["frequency"] = parts["freq"]
        specific = False
    else:
        bank = banks.FREQ_REGULAR if rng.random() < 0.07 else banks.FREQ
        parts["freq"], dur_sub = _pick(rng, bank, test)
        slots["frequency"] = parts["freq"]
        if dur_sub:
            slots["duration"] = dur_sub

    # DURATION (of a session or the programme)
    if "hedged_duration" in profiles:
        parts["dur"] = slots["duration"] = _pick(rng, banks.DURATION_HEDGED, test)
        specific = False
    elif rng.random() < 0.35:
        parts["dur"] = slots["duration"] = _pick(rng, banks.DURATION, test)

    # GROUP
    if "unsized_group" in profiles:
        parts["group"] = _pick(rng, banks.GROUP_UNSIZED, test)
        specific = False
    elif "hedged_group" in profiles:
        parts["group"] = slots["group"] = _pick(rng, banks.GROUP_HEDGED, test)
        specific = False
    elif rng.random() < 0.45:
        parts["group"] = slots["group"] = _pick(rng, banks.GROUP, test)
    parts["group_or_blank"] = (parts["group"] + " ") if parts.get("group") else ""

    # REVIEW (extracted, not required)
    if rng.random() < 0.3:
        parts["review"] = slots["review"] = _pick(rng, banks.REVIEW, test)

    text = _render(template, parts)

    if "modal" in profiles:
        modal = _pick(rng, banks.HEDGE_MODAL, test)
        if " will receive " in text and rng.random() < 0.5:
            text = text.replace(" will receive ", rng.choice([" may benefit from ", " would benefit from "]), 1)
            specific = False
        elif " will " in text:
            text = text.replace(" will ", f" {modal} ", 1)
            specific = False
        elif " to deliver " in text:
            text = text.replace(" to deliver ", f" {modal} deliver ", 1)
            specific = False
        else:  # no verb to hedge: a recommendation clause instead
            text = "Recommended: " + text if text[0] != "-" else text + " (recommended)"
            specific = False
    if "hedge_suffix" in profiles:
        hedge = _pick(rng, banks.HEDGE_SUFFIX, test)
        text = (text[:-1] + ", " + hedge + ".") if text.endswith(".") else text + " (" + hedge + ")"
        specific = False

    # Slot spans must be verbatim substrings; drop any the template did not render.
    for k, v in slots.items():
        if v is not None and v not in text:
            if v[0].upper() + v[1:] in text:
                slots[k] = v[0].upper() + v[1:]
            else:
                slots[k] = None
    if slots["what"] is None and "vague_what" not in profiles:
        raise AssertionError("what lost in rendering")  # every template renders {what}
    return {"text": text, "specific": specific, "slots": slots,
            "source": f"gen:{family}:{section}", "profile": sorted(profiles)}


def generate(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        family, template, test = TEMPLATES[i % len(TEMPLATES)]
        section = rng.choices(["F", "G", "H1", "H2"], weights=[6, 2, 1, 1])[0]
        item = make_item(rng, family, template, test, section)
        item["split"] = "test" if test else "train"
        out.append(item)
    return out


# Dev-only families: shapes in neither the train nor the test templates (round 2).
DEV_TEMPLATES = [
    ("dev-prov-needs", "{name} needs {what}[ {freq}][ {dur}][ {group}][, delivered by {who}][; {review}].", True),
    ("dev-prov-plan", "{name}'s support plan includes {what}[ from {who}][ {freq}][ {group}][ {dur}].", True),
    ("dev-prov-who-first", "[{Who} will provide ]{what}[ {group}][ {freq}][ {dur}][ ({review})].", True),
    ("dev-prov-arrow", "{What}[ → {freq}][ → {who}][ → {group}][ → {dur}]", True),
    ("dev-prov-kv", "What: {what}[; Who: {who}][; How often: {freq}][; How long: {dur}][; Group: {group}][; Review: {review}]", True),
    ("dev-prov-get", "In school, {name} will get {what}[ {freq}][ with {who}][ {group}][ {dur}].", True),
    ("dev-prov-session", "Sessions of {what}[ will be run by {who}][ {group}][, {freq}][, {dur}].", True),
]


def generate_dev(n: int, seed: int) -> list[dict]:
    """The dev split: dev-only templates, half the words from the dev-only banks."""
    from . import dev_banks

    rng = random.Random(seed)
    out = []
    for i in range(n):
        family, template, test = DEV_TEMPLATES[i % len(DEV_TEMPLATES)]
        section = rng.choices(["F", "G", "H1", "H2"], weights=[6, 2, 1, 1])[0]
        item = make_item(rng, family, template, test, section, dev_banks)
        item["split"] = "dev"
        out.append(item)
    return out
