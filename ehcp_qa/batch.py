"""Scoring many plans: discovery, worker processes, a per-file time limit, a durable journal, resume.

    result = run_batch(["plans/"], BatchOptions(), workers=2, out_dir=Path("out"))

- Every input gets exactly one row (status ok, or error with a ReadError.code; anything else is
  "internal", named by exception class only because a message may quote plan text).
- Workers are spawned processes that build the pipeline (spaCy, rules, rubric, models) once. Each
  file has a time limit; a stuck worker is killed and replaced and the file gets a "timeout" row.
- With out_dir, rows are appended to DIR/scores.jsonl as they finish (the journal) and the HTML
  fragment of each plan goes to DIR/fragments/ first, so Ctrl-C or kill -9 loses only files in
  flight. `resume` skips files whose journal key (file sha256, tool version, rules, rubric, models,
  options; not the path, so the same files under another mount resume too) is already journalled.
  At the end the journal is rewritten sorted by path: re-running on unchanged files gives
  byte-identical outputs.
- `executor` swaps the local worker processes for another engine running the same per-file
  pipeline (ehcp_qa/distributed.py: a Dask cluster); discovery, journal and resume stay here.
"""
from __future__ import annotations

import gc
import glob
import hashlib
import os
import signal
import time
from collections import deque
from dataclasses import dataclass, field
from importlib import resources
from multiprocessing import connection, get_context
from pathlib import Path
from typing import Any, Callable

from . import __version__, errors
from .model import SCHEMA_VERSION
from .report import jsonl

SUFFIXES = {".docx", ".pdf", ".txt", ".md", ".doc"}  # .doc only so it gets an error row
RETRY_ON_RESUME = {"timeout", "crashed", "internal"}  # may not happen again; the rest would
JOURNAL, FRAGMENTS = "scores.jsonl", "fragments"


@dataclass(frozen=True)
class BatchOptions:
    """What a worker needs to build its pipeline and render a row (picklable)."""

    rules: tuple[str, ...] = ()
    rubric: str | None = None
    models: bool = True
    limits: dict[str, Any] = field(default_factory=dict)
    redact: bool = False
    fragments: bool = False  # render each plan's HTML fragment (for the HTML report)


@dataclass
class BatchResult:
    rows: list[dict[str, Any]]  # one per input, sorted by file path
    fragments: list[str | None]  # parallel to rows (None unless options.fragments)
    resumed: int = 0
    seconds: float = 0.0


# --- discovery ---------------------------------------------------------------------------------


def discover(paths: list[str]) -> list[str]:
    """Files (kept even when missing or of another type: they get an error row), folders
    (recursive, plan suffixes only) and globs. Sorted, duplicates dropped."""
    found: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found.extend(str(f) for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif not p.exists() and glob.has_magic(raw):
            for g in glob.glob(raw, recursive=True):
                gp = Path(g)
                if gp.is_dir():
                    found.extend(str(f) for f in gp.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
                elif gp.suffix.lower() in SUFFIXES:
                    found.append(g)
        else:
            found.append(raw)
    return sorted(dict.fromkeys(found))


def file_sha256(path: str) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


# --- the resume key ----------------------------------------------------------------------------


def config_digest(opts: BatchOptions) -> str:
    """Changes whenever a result could: tool version, every shipped resource (rule packs, rubric,
    lexicons, models), the user's rule and rubric files, and the options that shape a row."""
    h = hashlib.sha256(f"{__version__}|{SCHEMA_VERSION}|{opts.models}|{opts.redact}|"
                       f"{sorted(opts.limits.items())}".encode())
    files: list[Path] = []
    root = resources.files("ehcp_qa").joinpath("resources")
    if root.is_dir():
        files += sorted(Path(str(root)).rglob("*"))
    files += [Path(p) for p in (*opts.rules, *([opts.rubric] if opts.rubric else []))]
    for f in files:
        if f.is_file():
            h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def journal_key(digest: str, path: str, sha: str | None) -> str:
    """By content: a file read (sha known) is keyed by its sha256 alone, so moving or re-mounting the
    files keeps the key; one that could not be read (no sha) by its path."""
    ident = f"sha256:{sha}" if sha else f"path:{path}"
    return hashlib.sha256(f"{digest}\0{ident}".encode()).hexdigest()[:32]


# --- rows ------------------------------------------------------------------------------------


def error_row(path: str, code: str, sha: str | None, error_type: str | None = None) -> dict[str, Any]:
    """The contract's shape with nothing scored. `error_type` (internal errors only) is the
    exception's class name; its message is never kept (it might quote the plan)."""
    row = {"schema_version": SCHEMA_VERSION, "tool_version": __version__, "rubric_version": None,
            "model_versions": {}, "file": path, "sha256": sha, "meta": None, "sections": {},
            "missing": [], "rating": None, "score": None, "criterion_scores": {}, "reasons": [],
            "counts": None, "findings": [], "status": "error", "error": code}
    if error_type:
        row["error_type"] = error_type
    return row


class Pipeline:
    """The real pipeline, built once per worker: rules, rubric, size limits, warmed spaCy + models."""

    def __init__(self, opts: BatchOptions):
        from . import api
        from .parsers.limits import Limits
        from .rules.load import load_rules
        from .scoring import load_rubric
        from .testing import make_plan

        self.api = api
        self.limits = Limits.from_mapping(opts.limits)
        self.rules = load_rules(list(opts.rules))
        self.rubric = load_rubric(opts.rubric)
        self.models = None if opts.models else False
        # warm-up on a tiny made-up plan: loads spaCy, matchers and models now, not on file one
        warm = make_plan({"E": "Alex will read 20 words independently by July 2030.",
                          "F": "A teaching assistant will deliver phonics 1:1 daily for 15 minutes."})
        api.check_plan(warm, rules=self.rules, models=self.models)

    def run(self, path: str):
        plan = self.api.load_plan(path, limits=self.limits)
        findings = self.api.check_plan(plan, rules=self.rules, models=self.models)
        return self.api.score_plan(plan, findings, rubric=self.rubric), plan


def validate(opts: BatchOptions) -> None:
    """Raise ConfigError in the parent for a bad rules/rubric file, before any worker starts."""
    from .rules.load import load_rules
    from .scoring import load_rubric

    load_rules(list(opts.rules))
    load_rubric(opts.rubric)


def process_one(pipe: Any, path: str, sha: str | None, opts: BatchOptions,
                source: str | None = None) -> tuple[dict, str | None]:
    """One file -> (row, HTML fragment or None). Never raises. ``source``: the name the row gives the
    file when ``path`` is a copy of it (a cluster worker's copy of the bytes)."""
    from dataclasses import replace

    from .redact import Redactor, redact_row, redactor_for

    name = source if source is not None else path
    try:
        report, plan = pipe.run(path)
        if source is not None:
            report, plan = replace(report, file=source), replace(plan, source=source)
        from .report.json import report_to_dict

        row = report_to_dict(report)
        red = redactor_for(report.meta.name, report.findings) if opts.redact else None
        frag = None
        if opts.fragments:
            from .report.html import plan_fragment

            frag = plan_fragment(row, plan, red)
        if red is not None:
            row = redact_row(row, red)
        row.update(status="ok", error=None)
        return row, frag
    except errors.EhcpQaError as e:  # ReadError subclasses and config errors: a typed code
        row = error_row(name, e.code, sha)
    except Exception as e:  # noqa: BLE001 - a bug must cost one row, not the batch
        row = error_row(name, "internal", sha, type(e).__name__)
    if opts.redact:  # the file name may hold a name; the plan's own name is unknown here
        row = redact_row(row, Redactor())
    return row, None


# --- workers -----------------------------------------------------------------------------------


def _worker_main(conn, factory, opts: BatchOptions) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    try:
        pipe = factory(opts)
    except Exception as e:  # noqa: BLE001
        pipe, init_error = None, type(e).__name__
    else:
        init_error = None
    # the pipeline (spaCy, rules, models) lives as long as the worker: move it out of the garbage
    # collector's view, or every full collection walks it again (measured: GC time per 30-page plan
    # ~8 ms -> ~1.4 ms when one process parses and checks many 30-page plans)
    gc.freeze()
    conn.send(("ready", os.getpid()))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        idx, path, sha = msg
        if pipe is None:
            conn.send(("done", idx, error_row(path, "internal", sha, init_error), None))
        else:
            row, frag = process_one(pipe, path, sha, opts)
            conn.send(("done", idx, row, frag))


class _Worker:
    def __init__(self, ctx, factory, opts):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, factory, opts), daemon=True)
        self.proc.start()
        child.close()
        self.ready = False
        self.task: int | None = None
        self.started = 0.0

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


# --- the batch ---------------------------------------------------------------------------------


def run_batch(
    paths: list[str],
    opts: BatchOptions = BatchOptions(),
    *,
    workers: int = 2,
    timeout: float = 120.0,
    out_dir: Path | None = None,
    resume: bool = False,
    factory: Callable[[BatchOptions], Any] = Pipeline,
    on_progress: Callable[[int, int], None] | None = None,
    on_worker: Callable[[int], None] | None = None,
    executor: Callable[..., None] | None = None,
) -> BatchResult:
    t0 = time.perf_counter()
    files = discover(paths)
    digest = config_digest(opts)
    shas = [file_sha256(f) if Path(f).is_file() else None for f in files]
    keys = [journal_key(digest, f, s) for f, s in zip(files, shas)]
    done: dict[int, tuple[dict, str | None]] = {}  # file index -> (row, fragment)
    frag_dir = out_dir / FRAGMENTS if out_dir else None

    journal_fh = None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        frag_dir.mkdir(exist_ok=True)
        journal = out_dir / JOURNAL
        if resume:
            journalled = {}
            for row in jsonl.read_rows(journal):
                if row.get("error") not in RETRY_ON_RESUME:
                    journalled[row.get("journal_key")] = row
            for i, k in enumerate(keys):
                row = journalled.get(k)
                if row is None:
                    continue
                if row.get("file") != files[i]:
                    # the same content under another path (another mount): the row holds no path
                    # but "file", unless redacted or drawn in the HTML view; those are scored again
                    if opts.redact or opts.fragments:
                        continue
                    row = dict(row, file=files[i])
                frag = None
                if opts.fragments and row.get("status") == "ok":
                    fp = frag_dir / f"{k}.html"
                    if not fp.is_file():
                        continue  # scored without the HTML view: score again
                    frag = fp.read_text(encoding="utf-8")
                done[i] = (row, frag)
        else:
            for old in frag_dir.glob("*.html"):
                old.unlink()
        journal_fh = journal.open("a" if resume else "w", encoding="utf-8")
    resumed = len(done)

    todo = deque(i for i in range(len(files)) if i not in done)
    total = len(files)
    if on_progress:
        on_progress(len(done), total)

    def record(i: int, row: dict, frag: str | None) -> None:
        row["journal_key"] = keys[i]
        if frag_dir is not None and frag is not None:
            tmp = frag_dir / f"{keys[i]}.tmp"
            tmp.write_text(frag, encoding="utf-8")
            os.replace(tmp, frag_dir / f"{keys[i]}.html")  # fragment first: a row implies its fragment
        if journal_fh is not None:
            jsonl.append_row(journal_fh, row)
        done[i] = (row, frag)
        if on_progress:
            on_progress(len(done), total)

    try:
        if todo and executor is not None:
            executor(files, shas, todo, record, opts, timeout)
        elif todo:
            _run_pool(files, shas, todo, record, opts, factory, max(1, workers), timeout, on_worker)
    finally:
        if journal_fh is not None:
            journal_fh.close()

    order = sorted(range(total), key=lambda i: files[i])
    rows = [done[i][0] for i in order]
    frags = [done[i][1] for i in order]
    if out_dir is not None:
        tmp = out_dir / (JOURNAL + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            jsonl.write_rows(fh, rows)
        os.replace(tmp, out_dir / JOURNAL)
        keep = {f"{keys[i]}.html" for i in range(total)}
        for old in frag_dir.glob("*"):
            if old.name not in keep:
                old.unlink()
    return BatchResult(rows=rows, fragments=frags, resumed=resumed, seconds=time.perf_counter() - t0)


def _run_pool(files, shas, todo: deque, record, opts, factory, n: int, timeout: float, on_worker) -> None:
    """Hand files to n spawned workers one at a time; kill and replace a worker past its limit."""
    ctx = get_context("spawn")  # no fork: the parent may hold threads (the progress bar)
    n = min(n, len(todo))
    pool = [_Worker(ctx, factory, opts) for _ in range(n)]
    early_deaths = 0
    try:
        while todo or any(w.task is not None for w in pool):
            for w in pool:
                if w.ready and w.task is None and todo:
                    i = todo.popleft()
                    w.task, w.started = i, time.monotonic()
                    w.conn.send((i, files[i], shas[i]))
            now = time.monotonic()
            waits = [w.started + timeout - now for w in pool if w.task is not None]
            wait_for = max(0.0, min(waits)) if waits else 1.0
            ready = connection.wait([w.conn for w in pool] + [w.proc.sentinel for w in pool],
                                    timeout=min(wait_for, 1.0) + 0.01)
            for k, w in enumerate(pool):
                dead = False
                if w.conn in ready:
                    try:
                        msg = w.conn.recv()
                    except (EOFError, OSError):
                        dead = True
                    else:
                        if msg[0] == "ready":
                            w.ready = True
                            if on_worker:
                                on_worker(msg[1])
                        else:
                            _, i, row, frag = msg
                            w.task = None
                            record(i, row, frag)
                elif w.proc.sentinel in ready and not w.proc.is_alive():
                    dead = True
                overdue = w.task is not None and time.monotonic() - w.started > timeout
                if dead or overdue:
                    if w.task is not None:
                        i = w.task
                        code = "timeout" if overdue and not dead else "crashed"
                        row = error_row(files[i], code, shas[i])
                        if opts.redact:
                            from .redact import Redactor, redact_row

                            row = redact_row(row, Redactor())
                        record(i, row, None)
                    elif not w.ready:
                        early_deaths += 1
                        if early_deaths > 3:
                            raise RuntimeError("worker processes fail to start")
                    w.stop(kill=True)
                    pool[k] = _Worker(ctx, factory, opts)
    finally:
        for w in pool:
            w.stop(kill=not w.ready or w.task is not None)
