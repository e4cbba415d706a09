"""The isolated child process that reads documents for the batch (Apache Tika's forked parser).

``python -m extractor.batch.worker`` caps its own memory (RLIMIT_AS), imports the pipeline once,
says ``ready``, then reads one task per stdin line and answers one result per stdout line. It
writes each output itself, atomically, so the parent never holds a report. The parent's side,
which enforces the time limit and replaces a worker that hit a limit, is ``worker_handle``.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

from extractor.batch import limits

READY = "ready"
MESSAGE_MAX = 500
PARSER_PACKAGES = ("pdfminer", "pypdfium2", "pdfplumber", "lxml", "docx", "PIL")


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


def exit_now(code: int) -> None:
    """End the child without the interpreter's teardown: freeing spaCy's pipeline and every
    module object one by one costs 0.1 CPU s and as much wall time, at each ``extract``. Every
    output is written and closed by then, and no exit handler of ours is left to run."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    exit_now(child_main(sys.argv[1:]))
