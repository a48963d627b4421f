PROV = []
OUT = []

def _l(x):
    if x is None: return []
    if isinstance(x, str): return [x]
    return list(x)

def P(sec, text, spec, w=None, o=None, f=None, d=None, g=None, r=None, note=None):
    spans = {"what": _l(w), "who": _l(o), "frequency": _l(f), "duration": _l(d),
             "group": _l(g), "review": _l(r)}
    PROV.append({"section": sec, "text": text, "item": True, "specific": bool(spec),
                 "has_what": bool(spans["what"]), "has_who": bool(spans["who"]),
                 "has_frequency": bool(spans["frequency"]), "has_duration": bool(spans["duration"]),
                 "has_group_size": bool(spans["group"]), "note": note, "spans": spans})

def PN(sec, text, note=None):
    PROV.append({"section": sec, "text": text, "item": False, "note": note,
                 "spans": {"what": [], "who": [], "frequency": [], "duration": [], "group": [], "review": []}})

def O(text, s=None, b=None, c=None, t=None, prov=False, note=None):
    spans = {"subject": _l(s), "behaviour": _l(b), "criterion": _l(c), "time": _l(t)}
    spec = bool(spans["subject"]) and bool(spans["behaviour"]) and not prov
    meas = bool(spans["criterion"]) and not prov
    tb = bool(spans["time"])
    OUT.append({"section": "E", "text": text, "item": True,
                "smart": spec and meas and tb and not prov, "specific": spec, "measurable": meas,
                "time_bound": tb, "is_provision_not_outcome": bool(prov), "note": note, "spans": spans})

def ON(text, note=None):
    OUT.append({"section": "E", "text": text, "item": False, "note": note,
                "spans": {"subject": [], "behaviour": [], "criterion": [], "time": []}})
