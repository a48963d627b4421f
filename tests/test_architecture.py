"""Dependencies run one way, so a newcomer can read a module knowing what lies below it.

An import inside a function still makes a dependency (it only hides it from the top of the file),
so every import is counted wherever it stands. Why each rule of direction: rules are data and the
loader validates them against declared schemas (rules/params.py), so rules never need the code that
runs them; ml (model features, combination) is used by the checks, never the other way; calibrate
fits what scoring applies (ordinal.py lies below both).
"""
from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "ehcp_qa"


def _module(p: Path, root: Path) -> str:
    mod = ".".join(p.relative_to(root.parent).with_suffix("").parts)
    return mod[: -len(".__init__")] if mod.endswith(".__init__") else mod


def import_graph(root: Path = PKG) -> dict[str, set[str]]:
    """{module: package modules it imports}, top-level and in-function imports alike."""
    graph: dict[str, set[str]] = defaultdict(set)
    known = {_module(q, root) for q in root.rglob("*.py")}
    for p in root.rglob("*.py"):
        mod = _module(p, root)
        pkg = mod if p.name == "__init__.py" else mod.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = pkg.split(".")[: len(pkg.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
                names = [f"{target}.{a.name}" for a in node.names]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("ehcp_qa"):
                target, names = node.module, [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                target, names = None, [a.name for a in node.names if a.name.startswith("ehcp_qa")]
            else:
                continue
            for n in names:  # `from . import api` imports the module ehcp_qa.api
                graph[mod].add(n if n in known else target)
            graph[mod].discard(None)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in list(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles():
    assert cycles(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle(tmp_path):
    """The positive case: the same finder reports a cycle hidden behind an in-function import, so
    the test above cannot pass merely because the finder is blind."""
    pkg = tmp_path / "ehcp_qa"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .b import g\n")
    (pkg / "b.py").write_text("def g():\n    from .a import f\n")
    (pkg / "c.py").write_text("from . import a\n")
    assert cycles(import_graph(pkg)) == [["ehcp_qa.a", "ehcp_qa.b"]]


def _layer_edges(graph, low: str, high: str) -> list[tuple[str, str]]:
    return sorted((m, t) for m, ts in graph.items() for t in ts
                  if (m == low or m.startswith(low + ".")) and (t == high or t.startswith(high + ".")))


def test_rules_never_import_checks():
    """Rules are data validated against declared schemas; the checks import the rules, not back."""
    assert _layer_edges(import_graph(), "ehcp_qa.rules", "ehcp_qa.checks") == []


def test_ml_never_imports_checks():
    """The models read the checks' verdicts as plain dicts; checks call ml, not the other way."""
    assert _layer_edges(import_graph(), "ehcp_qa.ml", "ehcp_qa.checks") == []


def test_scoring_does_not_import_calibrate():
    """calibrate fits bands with scoring's machinery; scoring applies a fitted model via ordinal.py."""
    graph = import_graph()
    assert "ehcp_qa.calibrate" not in graph["ehcp_qa.scoring"]
    assert "ehcp_qa.scoring" in graph["ehcp_qa.calibrate"]  # the direction kept, so the test means something


PRIVATE_RE = re.compile(r"\b(?:re\._parser|re\._compiler|re\._constants|re\._casefix|sre_parse|sre_compile|sre_constants)\b")


def test_no_private_cpython_regex_api():
    """CPython's private regex modules change between versions without notice: never used."""
    files = [*PKG.rglob("*.py"), *(ROOT / "scripts").rglob("*.py")]
    hits = [f"{p.relative_to(ROOT)}:{i}" for p in files
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if PRIVATE_RE.search(line)]
    assert hits == []


def test_private_api_pattern_catches_a_use():
    """The positive case: the pattern above does see the uses it forbids."""
    assert PRIVATE_RE.search("from re import _parser as p; re._parser.parse(x)")
    assert PRIVATE_RE.search("import sre_parse")
    assert not PRIVATE_RE.search("re.compile(pattern)")


def in_function_imports(root: Path = PKG) -> list[tuple[str, int, str]]:
    """(file, line, source line) of every import inside a function body."""
    out = []
    for p in sorted(root.rglob("*.py")):
        text = p.read_text(encoding="utf-8")
        lines = text.splitlines()
        for fn in ast.walk(ast.parse(text)):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for node in ast.walk(fn):
                    if isinstance(node, (ast.Import, ast.ImportFrom)):
                        out.append((str(p.relative_to(root.parent)), node.lineno, lines[node.lineno - 1]))
    return sorted(set(out))


def test_in_function_imports_are_deliberate_and_say_why():
    """An import inside a function hides a dependency; one is kept only as a deliberate lazy import
    (a heavy or optional library: spaCy, scikit-learn, skops, dask, a PDF library; or the pipeline
    behind a CLI command, so that --help stays fast), with a `# lazy: why` comment on its line."""
    unexplained = [f"{f}:{n}: {src.strip()}" for f, n, src in in_function_imports() if "lazy:" not in src]
    assert unexplained == []


def test_in_function_import_finder_sees_one(tmp_path):
    """The positive case: an unexplained import inside a function is found (and an explained one is
    found too, so the comment, not blindness, is what lets it pass)."""
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "m.py").write_text("import os\n\ndef f():\n    import json\n    import spacy  # lazy: heavy\n")
    got = in_function_imports(pkg)
    assert [(n, "lazy:" in s) for _, n, s in got] == [(4, False), (5, True)]
