"""The isolated child process and the parent's handle on it (Apache Tika's forked parser).

``python -m extractor.batch.worker`` caps its own memory (RLIMIT_AS), imports the pipeline once,
says ``ready``, then reads one task per stdin line and answers one result per stdout line. It
writes each output itself, atomically, so the parent never holds a report. The parent
(``WorkerHandle``) enforces the wall-clock timeout by killing the child's process group and every
descendant (LibreOffice runs in a session of its own), and replaces a worker that hit a limit.
"""
from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

from extractor.batch import limits
from extractor.batch.limits import Limits

READY = "ready"
READ_CHUNK = 1 << 16
POLL_S = 0.25
MESSAGE_MAX = 500
# Crash signals that, near the memory cap, mean an allocation failed inside C code.
ALLOC_FAILURE_SIGNALS = {signal.SIGKILL, signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS}
NEAR_CAP = 0.85
PARSER_PACKAGES = ("pdfminer", "pypdfium2", "pdfplumber", "lxml", "docx", "PIL")


# ---------------------------------------------------------------- child side

class CpuLimitExceeded(BaseException):
    """Raised from SIGXCPU; a BaseException so a library's ``except Exception`` cannot swallow it."""


def on_cpu_limit(signum, frame) -> None:
    limits.clear_cpu_limit()
    raise CpuLimitExceeded()


def exception_to_code(exc: BaseException) -> str:
    """A stable code for an exception that escaped the ingest boundary's own classification."""
    import zipfile
    import zlib

    name = type(exc).__name__.lower()
    module = type(exc).__module__ or ""
    text = str(exc).lower()
    if isinstance(exc, MemoryError):
        return "memory_limit"
    if isinstance(exc, (CpuLimitExceeded, subprocess.TimeoutExpired, TimeoutError)):
        return "timeout"
    if "password" in text or "encrypt" in name or "password" in name:
        return "encrypted"
    if isinstance(exc, (zipfile.BadZipFile, zlib.error, EOFError, RecursionError, UnicodeDecodeError)):
        return "corrupt"
    if module.startswith(PARSER_PACKAGES) or raised_inside_parser(exc):
        return "corrupt"
    if isinstance(exc, OSError):
        return "unreadable"
    return "internal"


def raised_inside_parser(exc: BaseException) -> bool:
    """A plain TypeError or KeyError thrown from deep inside a parser library means the file
    broke the parser's assumptions: the file is malformed, not our code."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return False
    parts = Path(tb.tb_frame.f_code.co_filename).parts
    return any(package in parts for package in PARSER_PACKAGES)


def exception_to_message(exc: BaseException) -> str:
    if isinstance(exc, CpuLimitExceeded):
        return "CPU time limit reached"
    if isinstance(exc, MemoryError):
        return "memory limit reached while reading the document"
    text = getattr(exc, "message", None) or str(exc) or "no message"
    return f"{type(exc).__name__}: {text}".replace("\n", " ")[:MESSAGE_MAX]


def report_to_status(report) -> tuple[str, str | None]:
    """``warning`` when the reader had to leave something out, with the first reason."""
    src = report.source
    if src.unread_pages:
        return "warning", f"{len(src.unread_pages)} page(s) could not be read: {src.unread_pages[:10]}"
    if src.warnings:
        return "warning", "; ".join(src.warnings)[:MESSAGE_MAX]
    return "ok", None


def run_task(task: dict) -> dict:
    """Extract one document and write its output; never raises (except on interpreter exit)."""
    from extractor.errors import ExtractorError
    from extractor.pipeline import extract_path
    from extractor.settings import Settings

    limits.release_free_memory()  # what the warm-up or the last document freed
    limits.reset_peak_rss()
    children_before = limits.children_peak_mb()
    started = time.monotonic()
    result: dict = {"status": "error", "code": None, "message": None, "pages": 0}
    try:
        limits.set_cpu_limit(task.get("cpu_seconds"))
        report = extract_path(Path(task["input"]), Settings(**task.get("settings", {})), model=task.get("model"))
        from extractor.assemble import report_to_json  # the output models: after the first page

        text = report_to_json(report)
        write_output(Path(task["output"]), text)
        status, message = report_to_status(report)
        result.update(status=status, message=message, pages=report.source.pages or 0)
    except (Exception, CpuLimitExceeded) as exc:  # noqa: BLE001 - classified into a stable code, never dropped
        if isinstance(exc, ExtractorError):
            result.update(code=exc.code, message=exc.message.replace("\n", " ")[:MESSAGE_MAX])
        else:
            result.update(code=exception_to_code(exc), message=exception_to_message(exc))
            if result["code"] in ("internal", "corrupt"):  # the traceback goes to the workers' log, not the terminal
                print(f"batch worker: {task['input']}: {result['code']}", file=sys.stderr)
                traceback.print_exception(exc, file=sys.stderr)
        if task.get("debug"):  # ``extract --debug`` prints it
            result["traceback"] = "".join(traceback.format_exception(exc))
    finally:
        limits.clear_cpu_limit()
    children = limits.children_peak_mb()
    result["seconds"] = round(time.monotonic() - started, 3)
    result["peak_mb"] = max(limits.peak_rss_mb(), children if children > children_before else 0.0)
    # after a MemoryError or CPU limit the heap may be in any state: ask to be replaced
    result["exit"] = result["code"] in ("memory_limit", "timeout", "internal")
    return result


def write_output(path: Path, text: str) -> None:
    """Write the output atomically; a failure (disk full, read-only folder) is ``unwritable``,
    not ``unreadable``: the input was read, the place it goes is at fault."""
    from extractor.assemble import write_atomic
    from extractor.errors import Unwritable
    from extractor.outputs import path_to_text

    try:
        write_atomic(path, text)
    except OSError as exc:
        raise Unwritable(f"cannot write the output {path_to_text(path)}: {exc.strerror or exc}") from None


WARM_UP_TEXT = (
    "Årsrapport 2023", "Eksempel AS, org.nr. 999 999 999, Storgata 1, 0155 Oslo.",
    "Styret: Kari Nordmann (styreleder), Ola Nordmann (styremedlem). Daglig leder: Per Hansen.",
    "Sykefraværet var 4,2 % i 2023. Driftsinntekter 16 917 863 kr.",
)


def preload(model: str | None, warm_up: bool = True, prefetch: bool = False) -> None:
    """Pay the start-up cost once per worker: imports, the spaCy pipeline, and whatever the field
    extractors load lazily (gazetteers, lemma dictionaries), by reading a tiny generated DOCX.
    Without ``warm_up`` (``extract``, a few documents) nothing is loaded ahead: each document
    imports what it needs, as reading in-process did; ``prefetch`` imports the PDF reader
    first (``extract`` starts its worker while its own command line is still being parsed)."""
    if prefetch:
        import extractor.ingest.pdf  # noqa: F401 - imported for its start-up cost
        import extractor.pipeline  # noqa: F401
    if not warm_up:
        return
    import tempfile

    import docx

    from extractor.errors import ExtractorError
    from extractor.nlp import get_pipeline
    from extractor.pipeline import extract_path

    import extractor.ingest.pdf  # noqa: F401 - imported for its start-up cost

    get_pipeline(model)
    with tempfile.TemporaryDirectory(prefix="extractor-warmup-") as tmp:
        path = Path(tmp) / "warmup.docx"
        document = docx.Document()
        for line in WARM_UP_TEXT:
            document.add_paragraph(line)
        document.save(path)
        try:
            extract_path(path, model=model)
        except ExtractorError as exc:  # a warm-up miss only costs time later: note it in the log
            print(f"batch worker warm-up: {exc.one_line()}", file=sys.stderr)


def child_main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="extractor.batch.worker")
    parser.add_argument("--max-memory-mb", type=float, default=0)
    parser.add_argument("--parent", type=int, default=0)
    parser.add_argument("--model", default=None)
    parser.add_argument("--no-warm-up", action="store_true")
    parser.add_argument("--prefetch", action="store_true")
    args = parser.parse_args(argv)

    # the protocol owns the real stdout; stray prints from libraries go to the log (stderr)
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    if args.parent:
        limits.die_with_parent(args.parent)
    limits.set_memory_limit(args.max_memory_mb)
    signal.signal(signal.SIGXCPU, on_cpu_limit)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when we stop
    started = time.monotonic()
    try:
        preload(args.model, warm_up=not args.no_warm_up, prefetch=args.prefetch)
    except (Exception, MemoryError) as exc:  # noqa: BLE001 - reported to the parent as one line
        channel.write(json.dumps({READY: False, "message": exception_to_message(exc)}) + "\n")
        return 1
    channel.write(json.dumps({READY: True, "pid": os.getpid(), "startup_s": round(time.monotonic() - started, 3)}) + "\n")
    for line in sys.stdin:
        if not line.strip():
            continue
        result = run_task(json.loads(line))
        channel.write(json.dumps(result) + "\n")
        if result["exit"]:
            return 0
    return 0


# ---------------------------------------------------------------- parent side

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


def exit_now(code: int) -> None:
    """End the child without the interpreter's teardown: freeing spaCy's pipeline and every
    module object one by one costs 0.1 CPU s and as much wall time, at each ``extract``. Every
    output is written and closed by then, and no exit handler of ours is left to run."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    exit_now(child_main(sys.argv[1:]))
