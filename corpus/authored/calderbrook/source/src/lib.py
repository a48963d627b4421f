"""Block constructors and label helpers for Calderbrook EHC plan sources."""


def _l(x):
    if x is None:
        return []
    if isinstance(x, str):
        return [x]
    return list(x)


def H1(key, text, status="content"):
    return {"t": "h1", "key": key, "text": text, "status": status}


def H2(text):
    return {"t": "h2", "text": text}


def P(text, style=None):
    return {"t": "p", "text": text, "style": style}


def KV(rows):
    """Two-column details table (outside labelled sections)."""
    return {"t": "kv", "rows": rows}


def TAB(header, rows):
    """Plain table outside labelled sections; rows are lists of cells."""
    return {"t": "tab", "header": header, "rows": rows}


def prov(what=None, who=None, freq=None, dur=None, grp=None, rev=None,
         nd=False, gn=False, v=False, spec=None, note=None, item=True):
    if not item:
        return {"item": False, "note": note}
    sp = {"what": _l(what), "who": _l(who), "frequency": _l(freq),
          "duration": _l(dur), "group": _l(grp), "review": _l(rev)}
    lab = {"item": True,
           "has_what": bool(sp["what"]), "has_who": bool(sp["who"]),
           "has_frequency": bool(sp["frequency"]),
           "has_duration": bool(sp["duration"]),
           "has_group_size": bool(sp["group"])}
    auto = (lab["has_what"] and lab["has_who"] and lab["has_frequency"]
            and (lab["has_duration"] or nd) and (lab["has_group_size"] or not gn)
            and not v)
    lab["specific"] = auto if spec is None else spec
    lab["note"] = note
    lab["spans"] = sp
    return lab


def out(subj=None, beh=None, crit=None, time=None, prov_=False, asp=False,
        spec=None, note=None, item=True):
    if not item:
        return {"item": False, "note": note}
    if asp:
        subj = beh = crit = time = None
    sp = {"subject": _l(subj), "behaviour": _l(beh), "criterion": _l(crit), "time": _l(time)}
    specific = bool(sp["subject"]) and bool(sp["behaviour"]) and not prov_
    if spec is not None:
        specific = spec
    measurable = bool(sp["criterion"]) and not prov_
    tb = bool(sp["time"])
    lab = {"item": True, "smart": specific and measurable and tb and not prov_,
           "specific": specific, "measurable": measurable, "time_bound": tb,
           "is_provision_not_outcome": bool(prov_), "note": note, "spans": sp}
    return lab


def B(text, cont=None, **kw):
    """F bullet, optional continuation paragraph; kw -> prov()."""
    return {"t": "bullet", "text": text, "cont": cont, "lab": prov(**kw)}


def NB(text, cont=None, note=None):
    """A bullet that is not a provision item."""
    return {"t": "bullet", "text": text, "cont": cont, "lab": {"item": False, "note": note}}


def O(outcome, how, when, **kw):
    return {"cells": [outcome, how, when], "lab": out(**kw)}


def OA(outcome, how, when, note=None):
    """An aspiration row sitting in the outcome table: all flags false."""
    return {"cells": [outcome, how, when], "lab": out(asp=True, note=note)}


def OT(rows, header=("Outcome", "How we will know", "By when")):
    return {"t": "otable", "header": list(header), "rows": rows}


def R(cells, **kw):
    return {"cells": list(cells), "lab": prov(**kw)}


def RN(cells, note=None):
    return {"cells": list(cells), "lab": {"item": False, "note": note}}


def PT(header, rows):
    return {"t": "ptable", "header": list(header), "rows": rows}


def SIGN(lines):
    return {"t": "sign", "lines": lines}
