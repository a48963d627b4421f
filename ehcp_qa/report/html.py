"""The batch HTML report: ONE self-contained file (inline CSS and SVG, no script, no external asset)
that a moderator opens in any browser.

- `plan_fragment(row, plan, redactor)` runs in the worker, which still holds the plan text: the
  plan's sections with each finding's span wrapped in <mark>, and the reasons for the rating.
- `render_report(rows, fragments)` runs in the parent: rating distribution, criterion averages,
  most frequent findings, an index of plans, then every plan's fragment (or its error).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from html import escape
from typing import Any, Callable, Sequence

from ..model import SECTION_NAMES, Plan, SectionKey

RATINGS = ("outstanding", "good", "requires_improvement", "inadequate")
CRITERIA = ("completeness", "specificity", "measurability", "health_care", "golden_thread", "voice",
            "language")
_SEV_RANK = {"error": 3, "warning": 2, "suggestion": 1}
COLOURS = {"outstanding": "#1b7837", "good": "#5aae61", "requires_improvement": "#f1a340",
           "inadequate": "#d73027", "error": "#777777"}

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem auto;max-width:70rem;
 padding:0 1rem;color:#222;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;
 text-align:left;vertical-align:top}th{background:#f2f2f2}
.rating{display:inline-block;padding:.1rem .5rem;border-radius:.3rem;color:#fff;font-weight:600}
.r-outstanding{background:#1b7837}.r-good{background:#5aae61}.r-requires_improvement{background:#f1a340}
.r-inadequate{background:#d73027}.r-error{background:#777}
mark{padding:0 .1rem;border-radius:.15rem}mark.sev-error{background:#f8c4c0}
mark.sev-warning{background:#fde6a8}mark.sev-suggestion{background:#d6e9f8}
sup.fn{font-size:.7rem;color:#444}
.plan{border-top:3px solid #444;margin-top:2rem}.plan-text p{margin:.25rem 0;white-space:pre-wrap}
details{margin:.4rem 0;border:1px solid #ddd;border-radius:.3rem;padding:.3rem .6rem}
summary{font-weight:600;cursor:pointer}.findings li{margin:.2rem 0}.sev{font-weight:600}
.sev-label-error{color:#b2182b}.sev-label-warning{color:#a6611a}.sev-label-suggestion{color:#2166ac}
.muted{color:#666}
"""


def _label(rating: str | None) -> str:
    return (rating or "error").replace("_", " ").capitalize()


# --- per plan (worker side) --------------------------------------------------------------------


def _marked(text: str, base: int, spans: list[tuple[int, int, int, dict]], red: Callable[[str], str]) -> str:
    """`text` (at absolute offset `base`) with every finding span inside it wrapped in <mark>; where
    spans overlap, the worst severity colours the segment and the title lists all of them."""
    end = base + len(text)
    cuts = {base, end}
    for s, e, _, _ in spans:
        cuts.update(x for x in (s, e) if base < x < end)
    cuts = sorted(cuts)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        seg = escape(red(text[a - base:b - base]))
        cover = [(n, f) for s, e, n, f in spans if s < b and e > a]
        if cover:
            worst = max(cover, key=lambda c: _SEV_RANK.get(c[1]["severity"], 0))[1]["severity"]
            title = escape("; ".join(f"{n}. {f['rule_id']}: {red(f['message'])}" for n, f in cover), quote=True)
            seg = f'<mark class="sev-{worst}" title="{title}">{seg}</mark>'
            seg += "".join(f'<sup class="fn">{n}</sup>' for n, f in cover if a < f["end"] <= b)
        out.append(seg)
    return "".join(out)


def _finding_li(n: int, f: dict, red: Callable[[str], str]) -> str:
    sev = f["severity"]
    loc = f" <span class=muted>(p. {f['page']})</span>" if f.get("page") else ""
    sug = f" <em>Suggestion:</em> {escape(red(f['suggestion']))}" if f.get("suggestion") else ""
    guid = f" <span class=muted>[{escape(f['guidance'])}]</span>" if f.get("guidance") else ""
    return (f'<li><b>{n}.</b> <span class="sev sev-label-{sev}">{sev}</span> '
            f"<code>{escape(f['rule_id'])}</code>{loc}: {escape(red(f['message']))}{sug}{guid}</li>")


def plan_fragment(row: dict[str, Any], plan: Plan, redactor: Callable[[str], str] | None = None) -> str:
    """One plan's view. `row` is its (unredacted) report dict; `redactor` cleans every text shown."""
    red = redactor or (lambda s: s)
    findings = row.get("findings") or []
    numbered = list(enumerate(findings, 1))
    by_section: dict[str | None, list[tuple[int, dict]]] = defaultdict(list)
    for n, f in numbered:
        by_section[f.get("section") if f.get("start") is not None else None].append((n, f))

    rating = row.get("rating")
    parts = [f'<h2>{escape(red(row["file"]))}</h2>',
             f'<p><span class="rating r-{rating}">{_label(rating)}</span> '
             f'score {row.get("score")}/10 &middot; {row["counts"]["error"]} errors, '
             f'{row["counts"]["warning"]} warnings, {row["counts"]["suggestion"]} suggestions</p>',
             "<h3>Why this rating</h3><ul class=reasons>"]
    for r in row.get("reasons") or []:
        refs = ", ".join(str(i + 1) for i in r.get("findings", [])[:12])
        more = "&hellip;" if len(r.get("findings", [])) > 12 else ""
        parts.append(f"<li><b>{escape(r['criterion'].replace('_', ' '))}</b>: {escape(red(r['text']))}"
                     + (f" <span class=muted>(findings {refs}{more})</span>" if refs else "") + "</li>")
    parts.append("</ul>")
    if row.get("missing"):
        parts.append("<p><b>Missing sections:</b> " + ", ".join(escape(m) for m in row["missing"]) + "</p>")
    plain = by_section.get(None, [])
    if plain:
        parts.append("<h3>Whole-plan findings</h3><ul class=findings>")
        parts += [_finding_li(n, f, red) for n, f in plain]
        parts.append("</ul>")

    parts.append("<h3>Sections</h3><div class=plan-text>")
    for sec in sorted(plan.sections.values(), key=lambda s: s.start):
        key = sec.key.value
        here = [(n, f) for n, f in by_section.get(key, [])]
        # a finding filed under one section but spanning text of another still shows where it is
        spans = [(f["start"], f["end"], n, f) for n, f in numbered
                 if f.get("start") is not None and f["start"] < sec.end and f["end"] > sec.start]
        status = escape(row.get("sections", {}).get(key, {}).get("status") or sec.status.value)
        name = SECTION_NAMES.get(SectionKey(key), "")
        opened = " open" if here else ""
        parts.append(f'<details{opened}><summary>Section {key}: {escape(name)} '
                     f'<span class=muted>({status}; {len(here)} finding{"s" if len(here) != 1 else ""})'
                     f"</span></summary>")
        for i in sec.blocks:
            b = plan.blocks[i]
            tag = "h4" if i == sec.heading else "p"
            parts.append(f"<{tag}>{_marked(b.text, b.start, spans, red)}</{tag}>")
        if here:
            parts.append("<ul class=findings>" + "".join(_finding_li(n, f, red) for n, f in here) + "</ul>")
        parts.append("</details>")
    parts.append("</div>")
    return "\n".join(parts)


# --- the batch page (parent side) --------------------------------------------------------------


def _bars(items: Sequence[tuple[str, float, str]], vmax: float, fmt: str = "{:g}", title: str = "") -> str:
    """A horizontal bar chart as inline SVG: (label, value, colour) per bar."""
    h, lw, bw = 26, 190, 380
    height = h * len(items) + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{lw + bw + 70}" height="{height}" '
           f'aria-label="{escape(title, quote=True)}"><title>{escape(title)}</title>']
    for k, (label, value, colour) in enumerate(items):
        y = 5 + k * h
        w = 0 if vmax <= 0 else round(bw * value / vmax, 1)
        out.append(f'<text x="{lw - 6}" y="{y + 17}" text-anchor="end" font-size="13">{escape(label)}</text>'
                   f'<rect x="{lw}" y="{y + 3}" width="{w}" height="{h - 8}" fill="{colour}"/>'
                   f'<text x="{lw + w + 5}" y="{y + 17}" font-size="13">{escape(fmt.format(value))}</text>')
    out.append("</svg>")
    return "".join(out)


def render_report(rows: Sequence[dict[str, Any]], fragments: Sequence[str | None],
                  title: str = "ehcp-qa batch report") -> str:
    ok = [r for r in rows if r.get("status") == "ok"]
    errs = [r for r in rows if r.get("status") != "ok"]
    ratings = Counter(r.get("rating") for r in ok)
    versions = sorted({(r.get("tool_version"), r.get("rubric_version")) for r in ok})
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
             f"<h1>{escape(title)}</h1>",
             f"<p id=summary>{len(rows)} files: {len(ok)} scored, {len(errs)} could not be read.</p>"]
    if versions:
        parts.append("<p class=muted>" + "; ".join(f"tool {escape(str(t))}, rubric {escape(str(v))}"
                                                   for t, v in versions) + "</p>")
    parts.append("<p class=muted>Suggested ratings ahead of human moderation, not a judgement: every "
                 "rating lists the findings behind it so a moderator can disagree point by point.</p>")

    parts.append("<h2>Ratings</h2>")
    items = [(_label(r), ratings.get(r, 0), COLOURS[r]) for r in RATINGS]
    items.append(("Unreadable", len(errs), COLOURS["error"]))
    parts.append(_bars(items, max([v for _, v, _ in items] + [1]), title="Distribution of suggested ratings"))
    parts.append("<table id=rating-table><tr><th>Rating</th><th>Plans</th></tr>"
                 + "".join(f"<tr><td>{escape(lbl)}</td><td>{v}</td></tr>" for lbl, v, _ in items) + "</table>")

    parts.append("<h2>Criterion averages (0-10)</h2>")
    avgs = []
    for c in CRITERIA:
        vals = [r["criterion_scores"][c] for r in ok if c in (r.get("criterion_scores") or {})]
        avgs.append((c.replace("_", " "), round(sum(vals) / len(vals), 1) if vals else 0.0, "#4575b4"))
    parts.append(_bars(avgs, 10, "{:.1f}", title="Average criterion scores"))

    parts.append("<h2>Most frequent findings</h2>")
    plans_with: Counter[str] = Counter()
    total: Counter[str] = Counter()
    sev: dict[str, str] = {}
    for r in ok:
        ids = [f["rule_id"] for f in r.get("findings") or []]
        total.update(ids)
        plans_with.update(set(ids))
        for f in r.get("findings") or []:
            if _SEV_RANK.get(f["severity"], 0) > _SEV_RANK.get(sev.get(f["rule_id"]), 0):
                sev[f["rule_id"]] = f["severity"]
    top = sorted(plans_with, key=lambda k: (-plans_with[k], -total[k], k))[:20]
    if top:
        parts.append("<table id=top-findings><tr><th>Rule</th><th>Severity</th><th>Plans</th>"
                     "<th>Occurrences</th></tr>" + "".join(
                         f"<tr><td><code>{escape(k)}</code></td><td>{sev[k]}</td><td>{plans_with[k]}</td>"
                         f"<td>{total[k]}</td></tr>" for k in top) + "</table>")
    else:
        parts.append("<p>No findings.</p>")

    parts.append("<h2>Plans</h2><table id=plans><tr><th>File</th><th>Rating</th><th>Score</th>"
                 "<th>Errors</th><th>Warnings</th><th>Suggestions</th></tr>")
    for n, r in enumerate(rows, 1):
        c = r.get("counts") or {}
        rating = r.get("rating") if r.get("status") == "ok" else "error"
        shown = _label(rating) if r.get("status") == "ok" else f"Error: {r.get('error')}"
        parts.append(f'<tr><td><a href="#plan-{n}">{escape(r["file"])}</a></td>'
                     f'<td><span class="rating r-{rating}">{escape(shown)}</span></td>'
                     f'<td>{"" if r.get("score") is None else r["score"]}</td><td>{c.get("error", "")}</td>'
                     f'<td>{c.get("warning", "")}</td><td>{c.get("suggestion", "")}</td></tr>')
    parts.append("</table>")

    for n, (r, frag) in enumerate(zip(rows, fragments), 1):
        parts.append(f'<section class=plan id="plan-{n}">')
        if r.get("status") != "ok":
            parts.append(f"<h2>{escape(r['file'])}</h2><p>Could not be scored: <b>{escape(str(r.get('error')))}</b>"
                         + (f" ({escape(r['error_type'])})" if r.get("error_type") else "") + "</p>")
        elif frag is None:
            parts.append(f"<h2>{escape(r['file'])}</h2><p>Plan view not available.</p>")
        else:
            parts.append(frag)
        parts.append("</section>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
