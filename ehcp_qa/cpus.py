"""How many worker processes this machine (or container) can really run at once.

``os.cpu_count()`` counts the host's processors. In a container, a batch job or under ``taskset``
the process may be limited to fewer: by its CPU affinity (``os.sched_getaffinity``) and by a cgroup
CPU quota (cgroup v2 ``cpu.max``, v1 ``cpu.cfs_quota_us`` / ``cpu.cfs_period_us``). Running more
busy workers than that only adds switching and memory, so the default is the smallest of the three,
and an explicit larger ``--workers`` is capped with a warning.

Memory: a worker holding a 300-page plan peaks at about 250 MB (scripts/bench.py --batch), so the
default also keeps ``WORKER_MB`` (500 MB) per worker within the memory the process may use.
"""
from __future__ import annotations

import math
import os
from pathlib import Path

WORKER_MB = 500  # the memory budget per worker: measured peaks stay under it (README, bench --batch)
CGROUP_ROOT = Path("/sys/fs/cgroup")


def _cgroup_paths(kind: str, root: Path = CGROUP_ROOT) -> list[Path]:
    """Folders that may hold this process's cgroup files for ``kind`` ("" for v2), own group first."""
    out: list[Path] = []
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        lines = []
    for line in lines:
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        controllers, rel = parts[1].split(","), parts[2].lstrip("/")
        if kind == "" and parts[0] == "0":
            out.append(root / rel)
        elif kind and kind in controllers:
            for name in (kind, ",".join(controllers), "cpu,cpuacct", "cpuacct,cpu"):
                out.append(root / name / rel)
    out += [root] if kind == "" else [root / kind, root / "cpu,cpuacct"]
    return list(dict.fromkeys(out))


def cgroup_cpu_limit(root: Path = CGROUP_ROOT) -> float | None:
    """The CPU quota in processors (e.g. 1.5), or None when there is none."""
    for d in _cgroup_paths("", root):  # v2: "max 100000" or "150000 100000"
        try:
            quota, period = (d / "cpu.max").read_text().split()[:2]
        except (OSError, ValueError):
            continue
        if quota != "max" and float(period) > 0:
            return float(quota) / float(period)
        return None
    for d in _cgroup_paths("cpu", root):  # v1: quota -1 means none
        try:
            quota = float((d / "cpu.cfs_quota_us").read_text())
            period = float((d / "cpu.cfs_period_us").read_text())
        except (OSError, ValueError):
            continue
        if quota > 0 and period > 0:
            return quota / period
        return None
    return None


def cgroup_memory_limit(root: Path = CGROUP_ROOT) -> int | None:
    """The cgroup memory limit in bytes, or None (v1 reports "no limit" as a huge number)."""
    for d, name in [*((d, "memory.max") for d in _cgroup_paths("", root)),
                    *((d, "memory.limit_in_bytes") for d in _cgroup_paths("memory", root))]:
        try:
            raw = (d / name).read_text().strip()
        except OSError:
            continue
        if raw == "max":
            return None
        try:
            value = int(raw)
        except ValueError:
            continue
        return value if value < 1 << 60 else None
    return None


def usable_cpus() -> int:
    """Processors this process may use: affinity, then a cgroup quota (rounded up), at least 1."""
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        n = os.cpu_count() or 1
    quota = cgroup_cpu_limit()
    if quota is not None:
        n = min(n, max(1, math.ceil(quota)))
    return max(1, n)


def memory_workers() -> int | None:
    """How many workers of WORKER_MB fit in the memory available (cgroup limit or free RAM)."""
    avail = cgroup_memory_limit()
    try:
        import psutil  # lazy: psutil is optional

        free = psutil.virtual_memory().available
        avail = free if avail is None else min(avail, free)
    except Exception:  # noqa: BLE001 - psutil missing or unreadable /proc: no memory cap
        pass
    return None if avail is None else max(1, avail // (WORKER_MB * 1024 * 1024))


def default_workers() -> int:
    """Every usable core, as long as each worker keeps its memory budget."""
    n = usable_cpus()
    mem = memory_workers()
    return max(1, min(n, mem) if mem else n)
