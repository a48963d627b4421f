"""`report.html` for `ehcp-qa compare`: one self-contained file (inline CSS, images as data: URIs,
no scripts, no external requests) that a panel chair can open or email. Rendered from the
`compare.json` dict; every value is escaped. Holds file names, grades, scores and rule ids only."""
from __future__ import annotations

from html import escape
from typing import Any

from .plots import SHORT, data_uri

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:2rem auto;max-width:1100px;
 color:#1b1b1b;line-height:1.45;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #1f5f8b}
.muted{color:#555;font-size:.9rem}
table{border-collapse:collapse;margin:.6rem 0}th,td{border:1px solid #c8c8c8;padding:.3rem .55rem;text-align:left;
 vertical-align:top}th{background:#eef3f7}
td.num{text-align:right;font-variant-numeric:tabular-nums}
table.cm td{text-align:center;min-width:4.5rem;font-size:1.05rem}table.cm td.diag{background:#d9ead3;font-weight:bold}
table.cm td.far{background:#f4cccc}
.headline td:first-child{font-weight:600}
.bias{font-size:1.05rem;padding:.6rem .8rem;background:#fff7e0;border-left:4px solid #e08a1e}
.note{color:#7a4b00}
figure{display:inline-block;margin:.5rem 1rem .5rem 0}img{max-width:100%;height:auto}
.gap{font-weight:bold}
"""


def _fmt(x: Any, pct: bool = False) -> str:
    if x is None:
        return "n/a"
    if isinstance(x, float):
        return f"{x:.0%}" if pct else f"{x:.2f}"
    return str(x)


def _stat_cells(stat: dict[str, Any], pct: bool = False) -> str:
    value = _fmt(stat.get("value"), pct)
    if stat.get("low") is not None:
        ci = f"{_fmt(stat['low'], pct)} to {_fmt(stat['high'], pct)}"
    else:
        ci = ""
    why = stat.get("reason") or stat.get("note") or ""
    return f'<td class="num">{escape(value)}</td><td class="num">{escape(ci)}</td><td class="note">{escape(why)}</td>'


def _headline(r: dict[str, Any]) -> str:
    rows = [
        ("Plans compared (n)", f'<td class="num">{r["n"]}</td><td></td><td></td>'),
        ("Exact agreement", _stat_cells(r["exact"], pct=True)),
        ("Adjacent agreement (within one grade)", _stat_cells(r["adjacent"], pct=True)),
        ("Cohen's kappa", _stat_cells(r["kappa"])),
        ("Quadratic-weighted kappa", _stat_cells(r["qwk"])),
        ("Bias (tool minus panel, grades)", _stat_cells(r["bias"])),
    ]
    body = "".join(f"<tr><td>{escape(name)}</td>{cells}</tr>" for name, cells in rows)
    return (
        '<table class="headline" id="headline"><tr><th>Figure</th><th>Value</th><th>95% interval</th>'
        f"<th>Note</th></tr>{body}</table>"
    )


def matrix_table(confusion: dict[str, Any], table_id: str = "confusion") -> str:
    """The confusion matrix as an HTML table: cell ids `<id>-<row grade>-<column grade>`."""
    labels = confusion["labels"]
    rows_name, cols_name = confusion.get("rows", "human"), confusion.get("columns", "tool")
    head = "".join(f"<th>{escape(SHORT.get(c, c))}</th>" for c in labels)
    body = []
    for i, (lab, row) in enumerate(zip(labels, confusion["matrix"])):
        cells = []
        for j, v in enumerate(row):
            cls = "diag" if i == j else ("far" if abs(i - j) > 1 and v else "")
            cells.append(f'<td id="{escape(table_id)}-{escape(lab)}-{escape(labels[j])}" class="{cls}">{int(v)}</td>')
        total = sum(int(v) for v in row)
        body.append(f"<tr><th>{escape(SHORT.get(lab, lab))}</th>{''.join(cells)}<td class=\"num\">{total}</td></tr>")
    col_totals = "".join(f'<td class="num">{sum(int(r[j]) for r in confusion["matrix"])}</td>' for j in range(len(labels)))
    return (
        f'<table class="cm" id="{escape(table_id)}"><tr><th>{escape(rows_name)} \u2193 / {escape(cols_name)} \u2192</th>'
        f"{head}<th>total</th></tr>{''.join(body)}<tr><th>total</th>{col_totals}<td></td></tr></table>"
    )


def _breakdown(groups: dict[str, Any], what: str) -> str:
    if not groups:
        return f'<p class="muted">No {escape(what)} column in the moderation file.</p>'
    head = "<tr><th>" + escape(what) + "</th><th>n</th><th>exact</th><th>adjacent</th><th>kappa</th><th>qwk</th><th>bias</th><th>bias sentence</th></tr>"
    rows = []
    for name, s in groups.items():
        def cell(key: str, pct: bool = False) -> str:
            st = s[key]
            ci = f" ({_fmt(st['low'], pct)} to {_fmt(st['high'], pct)})" if st.get("low") is not None else ""
            return f'<td class="num">{escape(_fmt(st["value"], pct) + ci)}</td>'

        rows.append(
            f"<tr><td>{escape(name)}</td><td class=\"num\">{s['n']}</td>{cell('exact', True)}{cell('adjacent', True)}"
            f"{cell('kappa')}{cell('qwk')}{cell('bias')}<td>{escape(s['bias'].get('sentence') or '')}</td></tr>"
        )
    return f"<table>{head}{''.join(rows)}</table>"


def _ceiling(c: dict[str, Any]) -> str:
    if not c.get("pairs"):
        return f'<p class="muted">{escape(c.get("reason", "No plan has more than one human grade."))}</p>'
    tool = c.get("tool_vs_moderators") or {}
    rows = []
    for label, key, pct in (("Exact agreement", "exact", True), ("Adjacent agreement", "adjacent", True),
                            ("Cohen's kappa", "kappa", False), ("Quadratic-weighted kappa", "qwk", False)):
        tool_cell = _stat_cells(tool[key], pct) if tool else "<td></td><td></td><td></td>"
        rows.append(f"<tr><td>{escape(label)}</td>{_stat_cells(c[key], pct)}{tool_cell}</tr>")
    return (
        f"<p>{c['plans']} plans were graded by more than one moderator ({c['pairs']} pairs of grades). "
        "Moderators agreeing with each other is the ceiling the tool can be expected to reach.</p>"
        "<table><tr><th>Figure</th><th>moderator vs moderator</th><th>95% interval</th><th>note</th>"
        "<th>tool vs those moderators</th><th>95% interval</th><th>note</th></tr>"
        + "".join(rows)
        + "</table>"
        + matrix_table(c["confusion"], "ceiling")
    )


def _disagreements(items: list[dict[str, Any]], limit: int = 200) -> str:
    if not items:
        return '<p class="muted">The tool and the panel agree on every compared plan.</p>'
    head = ("<tr><th>Plan</th><th>gap</th><th>panel</th><th>tool</th><th>score</th><th>criterion scores</th>"
            "<th>top findings</th><th>reasons</th><th>quadrant / moderators</th></tr>")
    rows = []
    for d in items[:limit]:
        crit = ", ".join(f"{k} {v:g}" for k, v in (d.get("criterion_scores") or {}).items() if v is not None)
        who = " / ".join(x for x in [d.get("quadrant") or "", ", ".join(d.get("moderators") or [])] if x)
        grades = ", ".join(SHORT.get(h["grade"], h["grade"]) for h in d.get("human_grades") or [])
        rows.append(
            f"<tr><td>{escape(d['file'])}</td><td class=\"num gap\">{d['gap']:+d}</td>"
            f"<td>{escape(SHORT.get(d['human'], d['human']))}<br><span class=\"muted\">{escape(grades)}</span></td>"
            f"<td>{escape(SHORT.get(d['tool'], d['tool']))}</td><td class=\"num\">{escape(_fmt(d.get('score')))}</td>"
            f"<td>{escape(crit)}</td><td>{'<br>'.join(escape(x) for x in d.get('top_findings') or [])}</td>"
            f"<td>{'<br>'.join(escape(x) for x in d.get('reasons') or [])}</td><td>{escape(who)}</td></tr>"
        )
    more = f'<p class="muted">{len(items) - limit} more in compare.json.</p>' if len(items) > limit else ""
    return f'<table id="disagreements">{head}{"".join(rows)}</table>{more}'


def _unmatched(r: dict[str, Any]) -> str:
    parts = []
    for key, title, name_key in (("only_auto", "Scored by the tool, no human grade", "file"),
                                 ("only_human", "Graded by the panel, not in the tool's output", "plan")):
        items = r.get(key) or []
        names = ", ".join(escape(str(x[name_key])) for x in items) or "none"
        parts.append(f"<p><strong>{escape(title)} ({len(items)}):</strong> {names}</p>")
    errors = r.get("auto_errors") or []
    names = ", ".join(f"{escape(e['file'])} ({escape(e['error'])})" for e in errors) or "none"
    parts.append(f"<p><strong>Could not be read by the tool, not compared ({len(errors)}):</strong> {names}</p>")
    for w in r.get("warnings") or []:
        parts.append(f'<p class="note">{escape(w)}</p>')
    return "".join(parts)


def render(result: dict[str, Any], images: dict[str, bytes] | None = None) -> str:
    images = images or {}

    def fig(name: str, alt: str) -> str:
        return f'<figure><img src="{data_uri(images[name])}" alt="{escape(alt)}"></figure>' if name in images else ""

    bias = result["bias"].get("sentence")
    notes = {result[k].get("note") for k in ("kappa", "qwk")} - {None}
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ehcp-qa: tool vs moderation panel</title><style>{CSS}</style></head>
<body>
<h1>Tool vs moderation panel</h1>
<p class="muted">Tool output: {escape(str(result.get("auto", "")))} &middot; moderation file: {escape(str(result.get("human_file", "")))}
&middot; {result["bootstrap"]["resamples"]} bootstrap resamples, seed {result["bootstrap"]["seed"]}.
The tool suggests a grade ahead of moderation; its grade is not the truth. Where several moderators graded a plan,
the panel grade is their median (the lower middle grade when the count is even).</p>
<h2>Headline</h2>
{_headline(result)}
{f'<p class="bias" id="bias">{escape(bias)}</p>' if bias else ""}
{"".join(f'<p class="note">{escape(n)}</p>' for n in sorted(notes))}
<h2>Confusion matrix</h2>
<p class="muted">Rows: panel grade. Columns: tool grade. Green: agreement; red: two or more grades apart.</p>
{matrix_table(result["confusion"])}
{fig("confusion.png", "Confusion matrix heatmap")}
{fig("distribution.png", "Grade distribution, panel vs tool")}
<h2>By quadrant</h2>
{_breakdown(result.get("by_quadrant") or {}, "quadrant")}
{fig("quadrants.png", "Agreement per quadrant")}
<h2>By moderator</h2>
{_breakdown(result.get("by_moderator") or {}, "moderator")}
<h2>Human ceiling: moderators vs each other</h2>
{_ceiling(result.get("human_ceiling") or {})}
<h2>Disagreements, largest gap first</h2>
<p class="muted">Gap = tool minus panel in grades (negative: the tool is harsher).</p>
{_disagreements(result.get("disagreements") or [])}
<h2>Plans not compared</h2>
{_unmatched(result)}
</body></html>
"""
