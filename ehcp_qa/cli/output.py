"""What the commands write for people and where: writable output paths checked before any work (a
one-line reason naming the output, never blaming the input), rating labels, and the batch table
(rich on a terminal, plain columns when piped so nothing wraps or is cut)."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Any, Sequence

from rich.console import Console
from rich.table import Table

from ..errors import OutputError, safe_name
from ..report.csv_out import top_findings


def _file_in_the_way(path: Path) -> Path | None:
    """An existing file where a folder of `path` should be ("report/x" when "report" is a file)."""
    for parent in path.parents:
        if parent.exists():
            return None if parent.is_dir() else parent
    return None


def ensure_out_dir(path: Path) -> None:
    """Create `path` (and parents) and prove a file can be written in it, or raise OutputError."""
    if path.exists() and not path.is_dir():
        raise OutputError(path, "it is a file, not a folder")
    blocker = _file_in_the_way(path)
    if blocker is not None:
        raise OutputError(path, f"{safe_name(blocker)} is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError as e:
        raise OutputError.from_os(path, e) from None


def ensure_out_file(path: Path) -> None:
    """`path` can be created or replaced: its folder exists (or is created) and takes a new file."""
    if path.is_dir():
        raise OutputError(path, "it is a folder, not a file")
    blocker = _file_in_the_way(path)
    if blocker is not None:
        raise OutputError(path, f"{safe_name(blocker)} is a file, not a folder")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path.parent):
            pass
        if path.exists() and not os.access(path, os.W_OK):
            raise PermissionError(13, "Permission denied")
    except OSError as e:
        raise OutputError.from_os(path, e) from None


def rating_label(rating: str | None) -> str:
    """"requires_improvement" -> "Requires improvement"."""
    return (rating or "").replace("_", " ").capitalize()


def binding_caps(row: dict[str, Any]) -> list[str]:
    """The limiting judgements that set the rating below the score's band (they come first in the
    reasons, before the "overall" reason), as short clauses: "a health or social care section is
    blank rather than explicitly nil"."""
    out = []
    for r in row.get("reasons") or []:
        if r.get("criterion") != "limiting":
            break
        text = (r.get("text") or "").split(" Caps the rating at ")[0].strip().rstrip(".")
        if len(text) > 1 and text[0].isupper() and not text[1].isupper():
            text = text[0].lower() + text[1:]
        out.append(text)
    return out


def score_cell(row: dict[str, Any]) -> str:
    score = row.get("score")
    text = "" if score is None else f"{float(score):.1f}"
    caps = binding_caps(row)
    if caps:
        text += f" - capped: {caps[0]}" + (f" (+{len(caps) - 1} more)" if len(caps) > 1 else "")
    return text


def file_cell(row: dict[str, Any]) -> str:
    name = safe_name(row.get("file") or "")
    pages = (row.get("part") or {}).get("pages")
    return f"{name} (pages {pages})" if pages else name


def plain_table(fh: IO[str], header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Columns padded to their widest cell, two spaces apart, no wrapping and no truncation."""
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    for line in (header, *rows):
        cells = [str(x).ljust(w) for x, w in zip(line, widths)]
        fh.write("  ".join(cells).rstrip() + "\n")


def is_terminal(fh: IO[str]) -> bool:
    try:
        return fh.isatty()
    except (AttributeError, ValueError):
        return False


def batch_table(rows: Sequence[dict[str, Any]], fh: IO[str] | None = None) -> None:
    """The `score` table: file, rating, score (with any cap), counts, top finding."""
    fh = fh or sys.stdout
    header = ("file", "rating", "score", "errors", "warnings", "suggestions", "top finding")
    body = []
    for r in rows:
        if r.get("status") == "ok":
            c = r.get("counts") or {}
            top = top_findings(r.get("findings") or [], 1)
            body.append((file_cell(r), rating_label(r.get("rating")), score_cell(r), str(c.get("error", "")),
                         str(c.get("warning", "")), str(c.get("suggestion", "")), top[0] if top else ""))
        else:
            body.append((file_cell(r), f"error: {r.get('error')}", "", "", "", "", ""))
    if not is_terminal(fh):
        plain_table(fh, header, body)
        return

    t = Table(show_lines=False)
    for col in header:
        t.add_column(col, no_wrap=True, overflow="ignore")
    for line in body:
        t.add_row(*line)
    # as wide as the content needs: a long path is never folded or cut (the terminal may wrap it)
    need = sum(max(len(x) for x in col) + 3 for col in zip(header, *body)) + 1
    Console(file=fh, width=max(need, Console(file=fh).width), highlight=False).print(t)
