"""Scoring many plans: discovery, worker processes, a per-file time limit, a durable journal, resume.

    result = run_batch(["plans/"], BatchOptions(), workers=2, out_dir=Path("out"))

- Every input gets exactly one row (status ok, or error with a ReadError.code; anything else is
  "internal", named by exception class only because a message may quote plan text).
- Workers are spawned processes that build the pipeline (spaCy, rules, rubric, models) once. Each
  file has a time limit; a stuck worker is killed and replaced and the file gets a "timeout" row.
- With out_dir, rows are appended to DIR/scores.jsonl as they finish (the journal) and, for the
  HTML report, the HTML fragment of each plan goes to DIR/fragments/ first, so Ctrl-C or kill -9
  loses only files in flight. `resume` skips files whose journal key (file sha256, tool version,
  rules, rubric, models, options; not the path, so the same files under another mount resume too)
  is already journalled. At the end the journal is rewritten sorted by path (re-running on
  unchanged files gives byte-identical outputs) and DIR/fragments/ is removed: a finished run
  leaves only its outputs.
- Discovery skips Word lock files (~$Plan.docx) and hidden files (.name, or under a hidden folder)
  and counts them; a file name that is not valid UTF-8 gets a `bad_name` error row, shown escaped.
- A file holding several plans (a bulk export; ehcp_qa.split) gets one row per plan, `file#1`,
  `file#2`, ... each with "part": {"index", "of", "pages", ...}; in the journal while the run is in
  flight the file's rows travel together as one line {"plans": [...]}.
- `executor` swaps the local worker processes for another engine running the same per-file
  pipeline (ehcp_qa/distributed.py: a Dask cluster); discovery, journal and resume stay here.
"""
from __future__ import annotations

import gc
import glob
import hashlib
import os
import shutil
import signal
import time
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from importlib import resources
from multiprocessing import connection, get_context
from pathlib import Path
from typing import Any, Callable

from . import __version__, api, errors
from .model import SCHEMA_VERSION
from .parsers.limits import Limits
from .redact import Redactor, redact_row, redactor_for
from .report import jsonl
from .report.html import plan_fragment
from .report.json import report_to_dict
from .rules.load import load_rules
from .scoring import load_rubric
from .testing import make_plan

SUFFIXES = {".docx", ".pdf", ".txt", ".md", ".doc"}  # .doc only so it gets an error row
RETRY_ON_RESUME = {"timeout", "crashed", "internal"}  # may not happen again; the rest would
JOURNAL, FRAGMENTS = "scores.jsonl", "fragments"
SKIPPED = {"lock": "Word lock file", "hidden": "hidden file"}  # reason -> what the summary calls it
PART_SEP = "\n<!-- ehcp-qa: next plan in this file -->\n"  # between a bulk file's HTML fragments


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


@dataclass
class Found:
    files: list[str]  # sorted, no duplicates
    skipped: Counter  # reason ("lock", "hidden") -> files left out


def skip_reason(parts: tuple[str, ...]) -> str | None:
    """Why a file found in a folder is not a plan to score: a Word lock file ("~$Plan.docx", the
    owner file Word leaves beside an open document) or a hidden file or folder (".name")."""
    if parts and parts[-1].startswith("~$"):
        return "lock"
    if any(x.startswith(".") and x not in (".", "..") for x in parts):
        return "hidden"
    return None


def find_plans(paths: list[str]) -> Found:
    """Files (kept even when missing or of another type: they get an error row), folders
    (recursive, plan suffixes only) and globs. Lock files are skipped wherever they come from;
    hidden files are skipped inside folders and globs (a hidden file named outright is scored)."""
    found: list[str] = []
    skipped: Counter = Counter()

    def walk(root: Path) -> None:
        for f in root.rglob("*"):
            if f.suffix.lower() in SUFFIXES and f.is_file():
                why = skip_reason(f.relative_to(root).parts)
                if why:
                    skipped[why] += 1
                else:
                    found.append(str(f))

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            walk(p)
        elif not p.exists() and glob.has_magic(raw):
            for g in glob.glob(raw, recursive=True):
                gp = Path(g)
                if gp.is_dir():
                    walk(gp)
                elif gp.suffix.lower() in SUFFIXES:
                    why = skip_reason(gp.parts[-1:])
                    if why:
                        skipped[why] += 1
                    else:
                        found.append(g)
        elif p.name.startswith("~$"):
            skipped["lock"] += 1
        else:
            found.append(raw)
    return Found(sorted(dict.fromkeys(found)), skipped)


def discover(paths: list[str]) -> list[str]:
    """The files `find_plans` finds (what is skipped is not counted here)."""
    return find_plans(paths).files


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
    files keeps the key; one that could not be read (no sha) by its path. surrogateescape: a file
    name that is not UTF-8 still has a key (its row says bad_name)."""
    ident = f"sha256:{sha}" if sha else f"path:{path}"
    return hashlib.sha256(f"{digest}\0{ident}".encode("utf-8", "surrogateescape")).hexdigest()[:32]


# --- rows ------------------------------------------------------------------------------------


def error_row(path: str, code: str, sha: str | None, error_type: str | None = None) -> dict[str, Any]:
    """The contract's shape with nothing scored. `error_type` (internal errors only) is the
    exception's class name; its message is never kept (it might quote the plan)."""
    row = {"schema_version": SCHEMA_VERSION, "tool_version": __version__, "rubric_version": None,
            "model_versions": {}, "file": errors.safe_name(path), "sha256": sha, "meta": None, "sections": {},
            "missing": [], "rating": None, "score": None, "criterion_scores": {}, "reasons": [],
            "counts": None, "findings": [], "status": "error", "error": code}
    if error_type:
        row["error_type"] = error_type
    return row


class Pipeline:
    """The real pipeline, built once per worker: rules, rubric, size limits, warmed spaCy + models."""

    def __init__(self, opts: BatchOptions):
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

    def run_parts(self, path: str):
        """[(report, plan, part)]: one for an ordinary file (part None), one per plan in a bulk export."""
        out = []
        for plan, part in self.api.load_plans(path, limits=self.limits):
            findings = self.api.check_plan(plan, rules=self.rules, models=self.models)
            out.append((self.api.score_plan(plan, findings, rubric=self.rubric), plan, part))
        return out


def validate(opts: BatchOptions) -> None:
    """Raise ConfigError in the parent for a bad rules/rubric file, before any worker starts."""
    load_rules(list(opts.rules))
    load_rubric(opts.rubric)


def _render_one(report, plan, part, opts: BatchOptions) -> tuple[dict, str | None]:
    row = report_to_dict(report)
    red = redactor_for(report.meta.name, report.findings, dob=report.meta.dob) if opts.redact else None
    frag = None
    if opts.fragments:
        frag = plan_fragment(row, plan, red)
    if red is not None:
        row = redact_row(row, red)
    row.update(status="ok", error=None)
    if part is not None:
        row["part"] = part.to_dict()
    return row, frag


def process_one(pipe: Any, path: str, sha: str | None, opts: BatchOptions,
                source: str | None = None) -> tuple[dict, str | None]:
    """One file -> (row, HTML fragment or None); a bulk file's rows come bundled as one row
    {"plans": [...]} (see expand_row). Never raises. ``source``: the name the row gives the file
    when ``path`` is a copy of it (a cluster worker's copy of the bytes)."""
    name = source if source is not None else path
    try:
        if not errors.name_is_valid(name):
            raise errors.BadName(name)
        run_parts = getattr(pipe, "run_parts", None)
        results = run_parts(path) if run_parts is not None else [(*pipe.run(path), None)]
        if source is not None:
            results = [(replace(report, file=source), replace(plan, source=source), part)
                       for report, plan, part in results]
        rendered = [_render_one(report, plan, part, opts) for report, plan, part in results]
        if len(rendered) == 1 and results[0][2] is None:
            return rendered[0]
        frags = [f for _, f in rendered]
        bundle = {"file": errors.safe_name(name), "sha256": sha, "status": "ok", "error": None,
                  "plans": [r for r, _ in rendered]}
        if opts.redact:
            bundle["file"] = Redactor()(bundle["file"])
        return bundle, (PART_SEP.join(frags) if opts.fragments else None)
    except errors.EhcpQaError as e:  # ReadError subclasses and config errors: a typed code
        row = error_row(name, e.code, sha)
    except Exception as e:  # noqa: BLE001 - a bug must cost one row, not the batch
        row = error_row(name, "internal", sha, type(e).__name__)
    if opts.redact:  # the file name may hold a name; the plan's own name is unknown here
        row = redact_row(row, Redactor())
    return row, None


def expand_row(row: dict, frag: str | None) -> list[tuple[dict, str | None]]:
    """A file's (row, fragment) as output rows: itself, or a bulk file's plans, each carrying the
    file's journal key."""
    plans = row.get("plans")
    if plans is None:
        return [(row, frag)]
    frags = frag.split(PART_SEP) if frag is not None else [None] * len(plans)
    key = row.get("journal_key")
    return [({**p, "journal_key": key} if key else p, f) for p, f in zip(plans, frags)]


def _moved(row: dict, path: str) -> dict:
    """A journalled row for the same content found at another path, renamed (a bulk file's plans too)."""
    name = errors.safe_name(path)
    out = dict(row, file=name)
    if "plans" in row:
        out["plans"] = [dict(p, file=f"{name}#{p['file'].rsplit('#', 1)[-1]}") for p in row["plans"]]
    return out


def _regroup(rows: list[dict]) -> list[dict]:
    """Journal rows with a bulk file's plans written one per line (a finished run's scores.jsonl)
    back into one bundle per file; a file with plans missing is left out (scored again)."""
    out: list[dict] = []
    parts: dict[str, dict[int, dict]] = {}
    for row in rows:
        part, key = row.get("part"), row.get("journal_key")
        if not part or not key:
            out.append(row)
            continue
        got = parts.setdefault(key, {})
        got[part.get("index")] = row
        if len(got) == part.get("of"):
            plans = [got[i] for i in sorted(got)]
            first = plans[0]
            out.append({"file": first["file"].rsplit("#", 1)[0], "sha256": first.get("sha256"), "status": "ok",
                        "error": None, "plans": plans, "journal_key": key})
    return out


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
    frag_dir = out_dir / FRAGMENTS if out_dir and opts.fragments else None

    journal_fh = None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        if frag_dir is not None:
            frag_dir.mkdir(exist_ok=True)
        journal = out_dir / JOURNAL
        if resume:
            journalled = {}
            for row in _regroup(jsonl.read_rows(journal)):
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
                    row = _moved(row, files[i])
                frag = None
                if opts.fragments and row.get("status") == "ok":
                    fp = frag_dir / f"{k}.html"
                    if not fp.is_file():
                        continue  # scored without the HTML view: score again
                    frag = fp.read_text(encoding="utf-8")
                done[i] = (row, frag)
        elif frag_dir is not None:
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
    pairs = [pair for i in order for pair in expand_row(*done[i])]
    rows = [r for r, _ in pairs]
    frags = [f for _, f in pairs]
    if out_dir is not None:
        tmp = out_dir / (JOURNAL + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            jsonl.write_rows(fh, rows)
        os.replace(tmp, out_dir / JOURNAL)
        # the run is complete: the fragments (each plan's HTML view, kept so an interrupted run can
        # resume) are in the caller's report now; a finished run leaves only its outputs
        shutil.rmtree(out_dir / FRAGMENTS, ignore_errors=True)
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
