"""Per-document limits and the operating-system calls that enforce them (Linux first; the calls
that have no equivalent elsewhere degrade to no-ops, the wall-clock kill always works)."""
from __future__ import annotations

import os
import resource
import signal
from dataclasses import asdict, dataclass
from pathlib import Path

import extractor
from extractor.settings import Field

MB = 1024 * 1024
PR_SET_PDEATHSIG = 1
CLEAR_PEAK_RSS = b"5"  # /proc/self/clear_refs: reset VmHWM (Linux >= 4.0)
# one thread per library: two workers on two cores must not each start a pool per core
THREAD_ENV = {
    "OMP_THREAD_LIMIT": "1", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2",  # fewer malloc arenas: address space close to RSS
}


@dataclass
class Limits:
    """What one document may cost; the batch defaults live here, once. A dataclass, as
    ``Settings``: the parent of ``extract`` and a worker use it before pydantic is needed."""

    timeout_s: float = Field(300, description="Wall-clock seconds per document; the worker is killed after it.")
    max_memory_mb: float = Field(3072, description="Address-space cap of a worker (RLIMIT_AS), 0 for none.")
    cpu_seconds: float | None = Field(
        None, description="CPU seconds per document (RLIMIT_CPU, soft); None means twice the timeout.")
    startup_timeout_s: float = Field(180, description="Time a new worker may take to import and load its models.")
    connect_timeout_s: float = Field(30, description="Time to reach a dask scheduler (--engine dask).")
    shutdown_timeout_s: float = Field(5, description="Time an idle worker gets to exit before it is killed.")
    max_docs_per_worker: int = Field(200, description="Replace a worker after this many documents (bounds leaks).")

    def __post_init__(self) -> None:
        if self.cpu_seconds is None:
            self.cpu_seconds = 2 * self.timeout_s

    def model_dump(self) -> dict:
        """The values as a dict (a dask task's), named as pydantic names it."""
        return asdict(self)


# ---------------------------------------------------------------- inside the child

def set_memory_limit(max_mb: float) -> None:
    if max_mb and max_mb > 0:
        cap = int(max_mb * MB)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def set_cpu_limit(seconds: float | None) -> None:
    """Soft RLIMIT_CPU at the CPU used so far plus ``seconds``: SIGXCPU when this document overruns."""
    if not seconds:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = int(used + seconds) + 1
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def clear_cpu_limit() -> None:
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))


def reset_peak_rss() -> None:
    """Start a fresh high-water mark so each document's peak is its own in a reused worker."""
    try:
        Path("/proc/self/clear_refs").write_bytes(CLEAR_PEAK_RSS)
    except OSError:
        pass  # not Linux, or not allowed: peak_rss_mb then reports the process's lifetime peak


def release_free_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc ``malloc_trim``). What a reader
    freed (pdfium's page buffers, OCR images) is otherwise kept in pieces that the next stage's
    smaller allocations only partly reuse: on the book with OCR it held ~25 MB to the peak."""
    global _malloc_trim
    if _malloc_trim is None:
        try:
            import ctypes

            _malloc_trim = ctypes.CDLL(None).malloc_trim
        except (OSError, AttributeError):
            _malloc_trim = False  # not glibc: nothing to trim
    if _malloc_trim:
        _malloc_trim(0)


_malloc_trim = None


def peak_rss_mb() -> float:
    status = proc_status(os.getpid())
    if "VmHWM" in status:
        return status["VmHWM"]
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_peak_mb() -> float:
    """Largest waited-for child (LibreOffice, Tesseract) so far; a lifetime maximum."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def die_with_parent(parent_pid: int) -> None:
    """SIGKILL this process when the parent dies (a killed batch leaves no orphans working)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return  # not Linux: the child still ends when its stdin closes
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


# ---------------------------------------------------------------- from the parent

def child_env() -> dict[str, str]:
    """The parent's environment, single-threaded libraries, and this source tree importable."""
    env = dict(os.environ, **THREAD_ENV)
    root = str(Path(extractor.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


def proc_status(pid: int) -> dict[str, float]:
    """The ``Vm*`` lines of /proc/PID/status in MB (empty when the process is gone)."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    out = {}
    for line in text.splitlines():
        if line.startswith("Vm") and line.endswith("kB"):
            key, value = line.split(":", 1)
            out[key] = int(value.split()[0]) / 1024
    return out


def oom_kills() -> int:
    """How many processes the kernel's OOM killer has killed since boot (0 when unknown): a
    rise while a worker ran tells its SIGKILL came from memory pressure, not from outside."""
    try:
        for line in Path("/proc/vmstat").read_text().splitlines():
            if line.startswith("oom_kill "):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass  # not Linux (or an old kernel): a SIGKILL then counts as memory only near the cap
    return 0


def iter_descendants(pid: int) -> list[int]:
    """Every process below ``pid``, found through /proc parent links (sessions do not hide them)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def kill_tree(pid: int) -> None:
    """SIGKILL ``pid``'s process group and every descendant and their groups."""
    below = iter_descendants(pid)
    groups = {pid}
    for child in below:
        try:
            groups.add(os.getpgid(child))
        except ProcessLookupError:
            continue
    for target in (pid, *below):
        _signal(os.kill, target)
    for group in groups:
        if group > 1 and group != os.getpgrp():
            _signal(os.killpg, group)


def _signal(send, target: int) -> None:
    try:
        send(target, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # already gone (or never ours): nothing left to kill
