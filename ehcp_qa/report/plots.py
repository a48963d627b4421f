"""Figures for `ehcp-qa compare`: PNG bytes, and data: URIs so the HTML report stays one file.

Uses matplotlib's object API on the Agg canvas (no pyplot, no global state, no display needed).
Every function takes the plain `compare.json` dict, so plots can be redrawn from a saved result.
"""
from __future__ import annotations

import base64
import io
from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

SHORT = {"outstanding": "Outstanding", "good": "Good", "requires_improvement": "RI", "inadequate": "Inadequate"}
HUMAN_COLOUR, TOOL_COLOUR = "#1f5f8b", "#e08a1e"


def _png(fig: Figure) -> bytes:
    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    # No "Software" tag: keeps the bytes identical run to run and the file free of any URL.
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    return buf.getvalue()


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def confusion_png(confusion: dict[str, Any], title: str = "Human grade (rows) vs tool grade (columns)") -> bytes:
    labels = [SHORT.get(x, x) for x in confusion["labels"]]
    matrix = confusion["matrix"]
    fig = Figure(figsize=(5.2, 4.4))
    ax = fig.add_subplot()
    top = max((max(r) for r in matrix), default=0) or 1
    ax.imshow(matrix, cmap="Blues", vmin=0, vmax=top)
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            ax.text(j, i, str(v), ha="center", va="center", fontsize=12,
                    color="white" if v > top * 0.6 else "black", fontweight="bold" if i == j else "normal")
    ax.set_xticks(range(len(labels)), labels)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel(f"{confusion.get('columns', 'tool')} grade")
    ax.set_ylabel(f"{confusion.get('rows', 'human')} grade")
    ax.set_title(title, fontsize=10)
    return _png(fig)


def distribution_png(distribution: dict[str, Any]) -> bytes:
    labels = [SHORT.get(x, x) for x in distribution["labels"]]
    fig = Figure(figsize=(5.6, 3.4))
    ax = fig.add_subplot()
    xs = range(len(labels))
    width = 0.38
    ax.bar([x - width / 2 for x in xs], distribution["human"], width, label="panel", color=HUMAN_COLOUR)
    ax.bar([x + width / 2 for x in xs], distribution["tool"], width, label="tool", color=TOOL_COLOUR)
    ax.set_xticks(list(xs), labels)
    ax.set_ylabel("plans")
    ax.set_title("Grade distribution: panel vs tool (matched plans)", fontsize=10)
    ax.legend(frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def quadrant_png(by_quadrant: dict[str, Any]) -> bytes | None:
    """Exact and adjacent agreement per quadrant with their 95% intervals; None with no quadrants."""
    if not by_quadrant:
        return None
    names = list(by_quadrant)
    fig = Figure(figsize=(max(4.5, 1.3 * len(names) + 2), 3.4))
    ax = fig.add_subplot()
    width = 0.38
    for offset, key, colour in ((-width / 2, "exact", HUMAN_COLOUR), (width / 2, "adjacent", "#8fb8d6")):
        vals, lo_err, hi_err = [], [], []
        for q in names:
            s = by_quadrant[q][key]
            v = s["value"] or 0.0
            vals.append(v)
            lo_err.append(v - s["low"] if s["low"] is not None else 0)
            hi_err.append(s["high"] - v if s["high"] is not None else 0)
        xs = [i + offset for i in range(len(names))]
        ax.bar(xs, vals, width, yerr=[lo_err, hi_err], capsize=3, label=key, color=colour)
    ax.set_xticks(range(len(names)), [f"{q}\n(n={by_quadrant[q]['n']})" for q in names])
    ax.set_ylim(0, 1.25)
    ax.set_yticks([0, 0.25, 0.5, 0.75, 1.0])
    ax.set_ylabel("share of plans")
    ax.set_title("Agreement per quadrant (95% intervals)", fontsize=10)
    ax.legend(frameon=False, loc="upper center", ncol=2)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def all_plots(result: dict[str, Any]) -> dict[str, bytes]:
    """File name -> PNG bytes for every figure the result supports."""
    out = {
        "confusion.png": confusion_png(result["confusion"]),
        "distribution.png": distribution_png(result["distribution"]),
    }
    quadrants = quadrant_png(result.get("by_quadrant") or {})
    if quadrants is not None:
        out["quadrants.png"] = quadrants
    return out
