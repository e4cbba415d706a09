"""The parent's handle on an isolated worker process (``worker``; Apache Tika's forked parser).

``WorkerHandle`` starts ``python -m extractor.batch.worker``, waits for its ``ready`` line, sends
one task per line and reads one result per line, watching the child's memory meanwhile. It
enforces the wall-clock timeout by killing the child's process group and every descendant
(LibreOffice runs in a session of its own), and replaces a worker that hit a limit. A child that
dies without answering is classified from the evidence the parent has (``death_to_result``).
"""
from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

from extractor.batch import limits
from extractor.batch.limits import Limits
from extractor.batch.worker import READY

READ_CHUNK = 1 << 16
POLL_S = 0.25
# Crash signals that, near the memory cap, mean an allocation failed inside C code.
ALLOC_FAILURE_SIGNALS = {signal.SIGKILL, signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS}
NEAR_CAP = 0.85


def death_to_result(exit_code: int, near_cap: bool, oom_killed: bool, peak_mb: float) -> dict:
    """What a worker's death without an answer means, from the evidence the parent has.

    - ``memory_limit``: SIGKILL while the kernel's OOM killer was at work (its counter rose) or
      with the address space near the cap; SIGSEGV, SIGABRT or SIGBUS near the cap (an
      allocation failed inside C code, where RLIMIT_AS gives no MemoryError);
    - ``crashed``: any other signal or exit, a SIGKILL from outside included.
    """
    sig = -exit_code if exit_code < 0 else 0
    name = signal.Signals(sig).name if sig else None
    memory = (sig == signal.SIGKILL and (oom_killed or near_cap)) or (sig in ALLOC_FAILURE_SIGNALS and near_cap)
    if memory:
        why = "by the kernel's out-of-memory killer" if oom_killed and sig == signal.SIGKILL else "near the memory cap"
        return {"status": "error", "code": "memory_limit", "exit": True, "peak_mb": peak_mb,
                "message": f"the worker was killed by {name} {why}"}
    if sig == signal.SIGKILL:
        what = "SIGKILL from outside (no memory or time limit was reached)"
    else:
        what = f"signal {name}" if sig else f"exit status {exit_code}"
    return {"status": "error", "code": "crashed", "exit": True, "peak_mb": peak_mb,
            "message": f"the worker died with {what} while reading the document"}


class WorkerHandle:
    """One reusable child; ``run`` returns a result dict for every task, whatever the child does."""

    def __init__(self, lim: Limits, log_path: Path | None = None, model: str | None = None,
                 die_with_parent: bool = True, warm_up: bool = True, prefetch: bool = False):
        self.limits = lim
        self.log_path = log_path
        self.model = model
        self.die_with_parent = die_with_parent
        self.warm_up = warm_up
        self.prefetch = prefetch
        self.proc: subprocess.Popen | None = None
        self.greeted = False  # its ready line read
        self.startup_s: list[float] = []
        self.buffer = b""
        self.documents = 0
        self.seen_rss_mb = self.seen_vm_mb = 0.0
        self.oom_kills_before = 0

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def command(self) -> list[str]:
        cmd = [sys.executable, "-m", "extractor.batch.worker", "--max-memory-mb", str(self.limits.max_memory_mb)]
        if self.die_with_parent:
            cmd += ["--parent", str(os.getpid())]
        if self.model:
            cmd += ["--model", self.model]
        if not self.warm_up:
            cmd.append("--no-warm-up")
        if self.prefetch:
            cmd.append("--prefetch")
        return cmd

    def start(self) -> None:
        self.spawn()
        self.greet()

    def spawn(self) -> None:
        """Launch the child; ``greet`` waits for it to be ready (the two apart, a caller works meanwhile)."""
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        try:
            self.proc = subprocess.Popen(
                self.command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
                env=limits.child_env(), start_new_session=True,
            )
        finally:
            if log is not subprocess.DEVNULL:
                log.close()
        self.buffer = b""
        self.documents = 0
        self.seen_rss_mb = self.seen_vm_mb = 0.0
        self.greeted = False

    def greet(self) -> None:
        hello = self.read_line(self.limits.startup_timeout_s)
        if not hello or not hello.get(READY):
            why = (hello or {}).get("message") or "no ready message"
            self.kill()
            raise RuntimeError(f"batch worker failed to start: {why}")
        self.greeted = True
        self.startup_s.append(hello.get("startup_s", 0.0))

    def run(self, task: dict) -> dict:
        """The child's result, or an error result for a timeout or a dead child; ``wall_s`` as seen here."""
        if self.proc is not None and not self.greeted:
            self.greet()
        if not self.alive or self.documents >= self.limits.max_docs_per_worker:
            self.close()
            self.start()
        self.documents += 1
        sent = time.monotonic()
        result = self.exchange(task)
        result["wall_s"] = round(time.monotonic() - sent, 3)
        return result

    def exchange(self, task: dict) -> dict:
        task = dict(task, cpu_seconds=self.limits.cpu_seconds)
        try:
            self.proc.stdin.write((json.dumps(task) + "\n").encode("utf-8"))
            self.proc.stdin.flush()
        except BrokenPipeError:
            return self.died()
        self.seen_rss_mb = self.seen_vm_mb = 0.0
        self.oom_kills_before = limits.oom_kills()
        result = self.read_line(self.limits.timeout_s)
        if result is None:
            if self.alive:
                self.kill()
                return {"status": "error", "code": "timeout", "exit": True, "peak_mb": self.seen_rss_mb,
                        "message": f"no result within {self.limits.timeout_s:g} s; the worker was killed"}
            return self.died()
        if result.get("exit"):
            self.close()
        return result

    def read_line(self, timeout_s: float) -> dict | None:
        """The next protocol line, or None on timeout or end of stream; watches memory meanwhile."""
        deadline = time.monotonic() + timeout_s
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], min(left, POLL_S))
            self.watch_memory()
            if ready:
                chunk = os.read(fd, READ_CHUNK)
                if not chunk:  # end of stream: the child is exiting; let it be reaped so
                    self.reap()  # the caller sees a death, not a timeout
                    return None
                self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return json.loads(line)

    def reap(self) -> None:
        try:
            self.proc.wait(timeout=self.limits.shutdown_timeout_s)
        except subprocess.TimeoutExpired:
            pass  # still running with its output closed: the caller kills it as a timeout

    def watch_memory(self) -> None:
        status = limits.proc_status(self.proc.pid)
        self.seen_rss_mb = max(self.seen_rss_mb, status.get("VmRSS", 0.0))
        self.seen_vm_mb = max(self.seen_vm_mb, status.get("VmSize", 0.0))

    def died(self) -> dict:
        """The child ended without answering: a crash, the kernel killing it for memory, or a
        kill from outside. (A kill for the time limit is ours, and reported as such in ``exchange``.)"""
        code = self.proc.wait()
        self.kill()
        cap = self.limits.max_memory_mb
        return death_to_result(code, near_cap=bool(cap and self.seen_vm_mb >= NEAR_CAP * cap),
                               oom_killed=limits.oom_kills() > self.oom_kills_before, peak_mb=self.seen_rss_mb)

    def interrupt(self) -> None:
        """SIGKILL the child's tree from another thread; the thread using this handle sees the
        death (end of stream) and reaps it, so only one thread ever closes the handle."""
        proc = self.proc
        if proc is not None and proc.poll() is None:
            limits.kill_tree(proc.pid)

    def kill(self) -> None:
        """SIGKILL the child, its process group and every descendant (sessions included)."""
        if self.proc is None:
            return
        limits.kill_tree(self.proc.pid)
        if self.proc.wait() != 0:  # a child that ended by itself removed its own folders
            from extractor.ingest.convert import sweep_stale_workdirs  # the killed child's LibreOffice folders
            sweep_stale_workdirs()
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream:
                stream.close()
        self.proc = None

    def close(self) -> None:
        """Let an idle child finish on end of input; kill it if it does not."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=self.limits.shutdown_timeout_s)
            except (BrokenPipeError, subprocess.TimeoutExpired):
                pass  # kill() below ends it either way
        self.kill()
