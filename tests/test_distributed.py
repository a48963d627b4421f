"""Dask: a LocalCluster run gives byte-identical outputs to a local run (with a bad file and a
worker killed mid-batch); killing the client loses nothing on --resume; resume by content across
mounts; `merge` joins runs into exactly what one run writes and refuses disagreeing rows."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXE = Path(sys.executable).with_name("ehcp-qa")
SAMPLES = ROOT / "corpus" / "samples"


def _plans(dst: Path, n_corpus: int = 8) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for p in sorted(SAMPLES.glob("*")):
        if p.suffix in (".docx", ".pdf"):
            shutil.copy(p, dst / p.name)
    for p in sorted((ROOT / "corpus" / "plans").glob("*.docx"))[:n_corpus // 2] + \
            sorted((ROOT / "corpus" / "plans").glob("*.pdf"))[:n_corpus // 2]:
        shutil.copy(p, dst / p.name)
    (dst / "bad.docx").write_bytes(b"not a zip at all")  # not a DOCX: an error row
    return dst


def score(*args, **kw):
    return subprocess.run([str(EXE), "score", "--quiet", *map(str, args)], capture_output=True, text=True,
                          timeout=kw.pop("timeout", 300), cwd=kw.pop("cwd", None))


def _outputs(d: Path) -> dict[str, bytes]:
    return {name: (d / name).read_bytes() for name in ("scores.jsonl", "scores.csv")}


@pytest.mark.slow
def test_local_cluster_matches_local_run_with_a_bad_file_and_a_killed_worker(tmp_path):
    pytest.importorskip("distributed")
    from ehcp_qa.batch import BatchOptions, run_batch
    from ehcp_qa.distributed import DaskExecutor

    plans = _plans(tmp_path / "plans")
    assert score(plans, "--out", tmp_path / "local", "--workers", "1").returncode == 2  # bad.docx
    killed = []
    with DaskExecutor("local", workers=2) as ex:
        def on_progress(done, total):
            if done >= 2 and not killed:  # kill -9 one worker process mid-batch
                pids = ex.client.run(os.getpid)
                pid = sorted(pids.values())[0]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

        res = run_batch([str(plans)], BatchOptions(), timeout=120, out_dir=tmp_path / "dask",
                        on_progress=on_progress, executor=ex)
    assert killed and len(res.rows) == len(list(plans.iterdir()))
    from ehcp_qa.report.csv_out import write_csv

    with (tmp_path / "dask" / "scores.csv").open("w", encoding="utf-8", newline="") as fh:
        write_csv(fh, res.rows)
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")
    assert [r["error"] for r in res.rows if r["status"] != "ok"] == ["wrong_type"]  # bad.docx


@pytest.mark.slow
def test_cli_dask_local_and_resume_after_killing_the_client(tmp_path):
    pytest.importorskip("distributed")
    plans = _plans(tmp_path / "plans", n_corpus=16)
    n = len(list(plans.iterdir()))
    out = tmp_path / "out"
    proc = subprocess.Popen([str(EXE), "score", "--quiet", str(plans), "--out", str(out), "--dask", "local",
                             "--workers", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    journal = out / "scores.jsonl"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.is_file() and len(journal.read_text().splitlines()) >= 3:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the client, its LocalCluster and workers, all at once
    proc.wait()
    kept = [json.loads(x)["journal_key"] for x in journal.read_text().splitlines() if x.endswith("}")]
    assert 3 <= len(kept) < n, "the client should be killed mid-batch"
    r = score(plans, "--out", out, "--dask", "local", "--workers", "1", "--resume")
    assert r.returncode == 2 and f"{len(set(kept))} resumed" in r.stderr.splitlines()[-1]
    fresh = tmp_path / "fresh"
    score(plans, "--out", fresh, "--workers", "1")
    assert _outputs(out) == _outputs(fresh)


def test_resume_by_content_from_another_mount(tmp_path):
    a = tmp_path / "mountA" / "plans"
    a.mkdir(parents=True)
    for name in ("sample-001.docx", "sample-002.pdf"):
        shutil.copy(SAMPLES / name, a / name)
    out = tmp_path / "out"
    assert score(a, "--out", out, "--workers", "1").returncode == 0
    b = tmp_path / "mountB" / "plans"
    shutil.copytree(a, b)
    r = score(b, "--out", out, "--workers", "1", "--resume")
    assert r.returncode == 0 and "2 resumed" in r.stderr.splitlines()[-1]
    fresh = tmp_path / "fresh"
    score(b, "--out", fresh, "--workers", "1")
    assert _outputs(out) == _outputs(fresh)


def test_dask_missing_says_how_to_install(tmp_path):
    code = ("import sys; sys.modules['distributed'] = None; sys.argv = ['ehcp-qa', 'score', sys.argv[1], '--dask', 'local']\n"
            "from ehcp_qa.cli import main\nmain()")
    r = subprocess.run([sys.executable, "-c", code, str(SAMPLES / "sample-001.docx")], capture_output=True, text=True)
    assert r.returncode == 2 and 'pip install "ehcp-qa[dask]"' in r.stderr


def test_merge_equals_one_run_and_refuses_disagreement(tmp_path):
    files = [SAMPLES / n for n in ("sample-001.docx", "sample-002.pdf", "sample-003.docx")]
    one, a, b = tmp_path / "one", tmp_path / "a", tmp_path / "b"
    score(*files, "--out", one, "--workers", "1")
    score(files[0], files[2], "--out", a, "--workers", "1")
    score(files[1], files[2], "--out", b, "--workers", "1")  # sample-003 in both runs: agrees
    merged = tmp_path / "merged"
    r = subprocess.run([str(EXE), "merge", str(a), str(b), "--out", str(merged)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert _outputs(merged) == _outputs(one)
    # the same file with a row that disagrees is refused, naming the file
    rows = [json.loads(x) for x in (b / "scores.jsonl").read_text().splitlines()]
    rows[-1]["score"] = 0.0
    (b / "scores.jsonl").write_text("".join(json.dumps(x) + "\n" for x in rows))
    r = subprocess.run([str(EXE), "merge", str(a), str(b), "--out", str(tmp_path / "m2")], capture_output=True, text=True)
    assert r.returncode == 2 and "sample-003.docx" in r.stderr and "disagree" in r.stderr
