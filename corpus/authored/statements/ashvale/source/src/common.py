"""Helpers used to write the ashvale statement set. Flags are derived from spans so
that a has_ flag is true exactly when its span list is non-empty; `specific` (provision)
is an explicit judgement; outcome `specific` = subject and behaviour spans present."""

def P(sec, text, w=(), o=(), f=(), d=(), g=(), r=(), s=False, n=None):
    spans = {"what": list(w), "who": list(o), "frequency": list(f),
             "duration": list(d), "group": list(g), "review": list(r)}
    return {"section": sec, "text": text, "item": True, "specific": s,
            "has_what": bool(w), "has_who": bool(o), "has_frequency": bool(f),
            "has_duration": bool(d), "has_group_size": bool(g), "note": n, "spans": spans}


def N(sec, text, n=None):
    return {"section": sec, "text": text, "item": False, "specific": False,
            "has_what": False, "has_who": False, "has_frequency": False,
            "has_duration": False, "has_group_size": False, "note": n,
            "spans": {"what": [], "who": [], "frequency": [], "duration": [],
                      "group": [], "review": []}}


def O(text, su=(), b=(), c=(), t=(), prov=False, n=None):
    spec = bool(su) and bool(b) and not prov
    meas = bool(c) and not prov
    tb = bool(t)
    return {"section": "E", "text": text, "item": True,
            "smart": spec and meas and tb and not prov,
            "specific": spec, "measurable": meas, "time_bound": tb,
            "is_provision_not_outcome": prov, "note": n,
            "spans": {"subject": list(su), "behaviour": list(b) if not prov else [],
                      "criterion": list(c) if not prov else [], "time": list(t)}}


def NO(text, n=None):
    return {"section": "E", "text": text, "item": False, "smart": False,
            "specific": False, "measurable": False, "time_bound": False,
            "is_provision_not_outcome": False, "note": n,
            "spans": {"subject": [], "behaviour": [], "criterion": [], "time": []}}
