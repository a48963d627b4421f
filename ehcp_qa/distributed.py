"""Scoring on a Dask cluster: `ehcp-qa score PATHS --dask tcp://scheduler:8786` (or `--dask local`).

Why Dask distributed: it is an existing, widely deployed engine that already schedules tasks over
many machines, replaces dead workers and retries their tasks, and runs on HPC batch systems
(dask-jobqueue) and Kubernetes (dask-kubernetes) without code of ours. A national review needs
exactly that and nothing more: the per-file pipeline is embarrassingly parallel.

The client (this process) keeps everything that makes a run a run: discovery, the sha256 of each
file, the JSONL journal and --resume (batch.run_batch), sorting and the final outputs. So a cluster
run gives byte-identical outputs to a local one. Each task is one file:

- the file's BYTES travel to the worker (workers need not see the client's disks); the worker writes
  them to a private temporary folder under the same file name, runs the same ``batch.process_one``
  and returns the row (and HTML fragment) naming the original path. Task keys carry an index and the
  sha256 only, never a path or plan text, so scheduler and worker logs hold no child's name;
- the pipeline (spaCy, rules, rubric, models) is built ONCE per worker process by a WorkerPlugin
  (``PipelinePlugin``) registered at the start of the run, not once per task;
- the per-file time limit: the client hands out at most one file per worker thread, so a task starts
  when it is submitted; one still running after ``timeout`` gets a ``timeout`` row and its worker is
  restarted (the nanny starts a fresh process, the plugin loads the pipeline again), as a stuck
  local worker is killed and replaced;
- a worker that dies mid-file: Dask reruns its task elsewhere (``distributed.scheduler.allowed-
  failures``, default 3); a file that keeps killing workers gets a ``crashed`` row.

``dask[distributed]`` is an optional extra: ``pip install "ehcp-qa[dask]"``.
"""
from __future__ import annotations

import gc
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from .batch import Pipeline, error_row, process_one
from .cpus import default_workers
from .redact import Redactor, redact_row

INSTALL_HINT = 'Dask is not installed: pip install "ehcp-qa[dask]" (adds dask[distributed])'
PLUGIN_NAME = "ehcp-qa-pipeline"


class DaskMissing(RuntimeError):
    pass


def _require():
    try:
        import distributed  # noqa: F401; lazy: dask.distributed is an optional extra (pip install ehcp-qa[dask])
    except ImportError:
        raise DaskMissing(INSTALL_HINT) from None
    return distributed


# --- on the worker -------------------------------------------------------------------------------


def _plugin_class():
    from distributed.diagnostics.plugin import WorkerPlugin  # lazy: optional dask extra

    class PipelinePlugin(WorkerPlugin):
        """Builds batch.Pipeline once per worker process (and again when a worker is restarted)."""

        name = PLUGIN_NAME

        def __init__(self, opts, factory=None):
            self.opts, self.factory = opts, factory

        def setup(self, worker):
            try:
                worker._ehcp_qa_pipeline = ((self.factory or Pipeline)(self.opts), None)
            except Exception as e:  # noqa: BLE001 - every task then gets an "internal" row
                worker._ehcp_qa_pipeline = (None, type(e).__name__)
            worker._ehcp_qa_tmp = tempfile.mkdtemp(prefix="ehcp-qa-")
            gc.freeze()  # as a local worker does: the long-lived pipeline leaves the GC's view

        def teardown(self, worker):
            shutil.rmtree(getattr(worker, "_ehcp_qa_tmp", ""), ignore_errors=True)

    return PipelinePlugin


def score_bytes(index: int, path: str, data: bytes | None, sha: str | None, opts) -> tuple[int, dict, str | None]:
    """The task: one file's bytes (None: the client could not read it) -> (index, row, fragment)."""
    from distributed import get_worker  # lazy: optional dask extra

    worker = get_worker()
    pipe, init_error = getattr(worker, "_ehcp_qa_pipeline", (None, "NoPipeline"))
    if pipe is None:
        return index, error_row(path, "internal", sha, init_error), None
    folder = Path(tempfile.mkdtemp(dir=getattr(worker, "_ehcp_qa_tmp", None)))
    try:
        local = folder / (Path(path).name or "plan")
        if data is not None:
            local.write_bytes(data)  # a missing or unreadable file stays missing here: same error row
        row, frag = process_one(pipe, str(local), sha, opts, source=path)
        return index, row, frag
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- on the client ---------------------------------------------------------------------------------


class DaskExecutor:
    """``batch.run_batch(..., executor=DaskExecutor(address))``. ``address``: "local" for a
    LocalCluster of ``workers`` single-threaded processes on this machine, or a scheduler address."""

    def __init__(self, address: str, workers: int | None = None, factory=None):
        _require()
        self.address, self.workers, self.factory = address, workers, factory
        self.client = self.cluster = None

    def __enter__(self):
        from distributed import Client, LocalCluster  # lazy: optional dask extra

        if self.address == "local":
            self.cluster = LocalCluster(n_workers=self.workers or default_workers(), threads_per_worker=1,
                                        processes=True, dashboard_address=None, silence_logs=40)
            self.client = Client(self.cluster)
        else:
            self.client = Client(self.address, timeout="30s")
        return self

    def __exit__(self, *exc):
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def slots(self) -> int:
        info = self.client.scheduler_info()["workers"]
        return max(1, sum(w.get("nthreads", 1) for w in info.values()))

    def __call__(self, files, shas, todo, record, opts, timeout: float) -> None:
        from distributed import wait  # lazy: optional dask extra
        from distributed.client import FIRST_COMPLETED  # lazy: optional dask extra

        client = self.client
        client.wait_for_workers(1, timeout=120)
        client.register_plugin(_plugin_class()(opts, self.factory), name=PLUGIN_NAME)
        running: dict[Any, tuple[int, float]] = {}  # future -> (index, started)
        try:
            while todo or running:
                free = self.slots() - len(running)
                while todo and free > 0:
                    i = todo.popleft()
                    data = _read(files[i])
                    key = f"ehcp-qa-{i}-{(shas[i] or 'none')[:16]}-{os.urandom(4).hex()}"
                    fut = client.submit(score_bytes, i, files[i], data, shas[i], opts, key=key, pure=False)
                    running[fut] = (i, time.monotonic())
                    free -= 1
                wait(list(running), timeout=1.0, return_when=FIRST_COMPLETED)
                now = time.monotonic()
                for fut in list(running):
                    i, started = running[fut]
                    if fut.done():
                        del running[fut]
                        try:
                            _, row, frag = fut.result()
                        except Exception:  # noqa: BLE001 - KilledWorker and kin: the file kept killing workers
                            row, frag = _redacted(error_row(files[i], "crashed", shas[i]), opts), None
                        record(i, row, frag)
                    elif now - started > timeout:
                        del running[fut]
                        self._restart_worker_of(fut)
                        fut.cancel()
                        record(i, _redacted(error_row(files[i], "timeout", shas[i]), opts), None)
        finally:
            for fut in running:
                fut.cancel()

    def _restart_worker_of(self, fut) -> None:
        """Replace the process running a stuck task (its thread cannot be stopped otherwise)."""
        try:
            processing = self.client.processing()
            stuck = [w for w, keys in processing.items() if fut.key in keys]
            if stuck:
                self.client.restart_workers(stuck, timeout=60, raise_for_error=False)
        except Exception:  # noqa: BLE001 - a worker we cannot restart still loses only this file
            pass


def _read(path: str) -> bytes | None:
    try:
        p = Path(path)
        return p.read_bytes() if p.is_file() else None
    except OSError:
        return None


def _redacted(row: dict, opts) -> dict:
    if opts.redact:
        return redact_row(row, Redactor())
    return row
