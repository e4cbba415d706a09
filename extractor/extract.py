"""``extractor extract``: documents read one after another by one isolated worker, the batch's
(``batch.worker``), so a document gets the same time and memory limits and the same error
codes as in a batch or behind ``serve``. The worker skips the batch's warm-up document, so
extract starts as quickly as reading in-process did (the imports move to the child).

Where each JSON goes: ``-o FILE`` (its folder is created), ``--out-dir DIR`` (names by
``outputs.OutputNames``, as in a batch), or stdout (through a private temporary file).
Each document gets one line on stderr: an ``error[code] path: message`` line, or a summary
of what was found (unless quiet).
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from extractor.batch.limits import Limits
from extractor.outputs import OutputNames, line_text, path_to_text
from extractor.settings import Settings

EARLY: dict = {}  # "handle": the worker started before the command line was parsed
EXIT_DOCUMENT_ERROR = 1  # exit codes: 0 ok, 1 a document could not be read (see the error code), 2 usage error
EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports SIGINT


def is_extract_command(argv: list[str]) -> bool:
    """``argv`` is the console's ``extractor extract ...`` (or ``python -m extractor extract``)."""
    program = Path(argv[0]) if argv else Path()
    own = program.name == "extractor" or program == Path(__file__).with_name("__main__.py")
    return own and argv[1:2] == ["extract"]


def start_early_worker(argv: list[str]) -> None:
    """When this process is ``extractor extract ...``, start its worker now, before Typer
    imports and parses (0.1 s): the child starts Python and imports the PDF reader meanwhile.
    It is started as the defaults make it (``run`` takes it when the options agree, otherwise
    ends it); without a parent it ends (``die_with_parent``, and its input closes)."""
    if not is_extract_command(argv) or "--help" in argv:
        return
    from extractor.batch.worker_handle import WorkerHandle

    pdf = any(arg.lower().endswith(".pdf") for arg in argv[2:])  # a hint only: a wrong one costs an import
    handle = WorkerHandle(Limits(), log_path=None, warm_up=False, prefetch=pdf)
    handle.spawn()
    EARLY["handle"] = handle


def take_worker(limits: Limits, model: str | None):
    """The early worker when these options would start it alike (its memory cap and language
    model are fixed at start; the other limits are the parent's), else a new handle."""
    from extractor.batch.worker_handle import WorkerHandle

    early = EARLY.pop("handle", None)
    if early is not None and (early.model, early.limits.max_memory_mb) == (model, limits.max_memory_mb):
        early.limits = limits
        return early
    if early is not None:
        early.kill()
    return WorkerHandle(limits, log_path=None, model=model, warm_up=False)


class OutputFolderError(OSError):
    """The output's folder cannot be made or written: a usage error."""


def limits_from(timeout: float | None, max_memory: float | None) -> Limits:
    """The batch's ``Limits``, with what the command line gave."""
    return Limits(**{k: v for k, v in {"timeout_s": timeout, "max_memory_mb": max_memory}.items() if v is not None})


def run_command(files: list[Path], *, say: Callable[[str], None], output: Path | None = None,
                out_dir: Path | None = None, no_ocr: bool = False, model: str | None = None,
                timeout: float | None = None, max_memory: float | None = None, quiet: bool = False,
                debug: bool = False) -> int:
    """The ``extract`` command once its line is parsed (by Typer or by ``cli_fast``): its exit code."""
    run = ExtractRun(settings=Settings(ocr=not no_ocr), limits=limits_from(timeout, max_memory), model=model,
                     output=output, out_dir=out_dir, quiet=quiet, debug=debug, say=say,
                     write_stdout=sys.stdout.write)
    try:
        failed = run.run(files)
    except OutputFolderError as exc:
        say(f"error[usage] {exc}")
        return 2
    return EXIT_DOCUMENT_ERROR if failed else 0


@dataclass
class ExtractRun:
    settings: Settings
    limits: Limits
    say: Callable[[str], None]  # one line to stderr
    write_stdout: Callable[[str], None]
    model: str | None = None
    output: Path | None = None
    out_dir: Path | None = None
    quiet: bool = False
    debug: bool = False

    def prepare(self) -> None:
        """Make the output's folder (``-o missing/dir/x.json`` creates ``missing/dir``)."""
        folder = self.out_dir or (self.output.parent if self.output else None)
        if folder is None:
            return
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputFolderError(f"cannot create {path_to_text(folder)}: {exc.strerror}") from None
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputFolderError(f"cannot write into {path_to_text(folder)}")

    def run(self, files: list[Path]) -> int:
        """Read every file; returns how many failed."""
        handle = take_worker(self.limits, self.model)
        try:
            self.prepare()
        except BaseException:
            handle.kill()
            raise
        names = OutputNames(self.out_dir) if self.out_dir else None
        scratch = Path(tempfile.mkdtemp(prefix="extractor-extract-"))
        failed = 0
        try:
            for number, path in enumerate(files):
                if self.output:
                    target = self.output
                elif names:
                    from extractor.ingest import sha256_of

                    try:
                        target = self.out_dir / names.claim(path, sha256_of(path))
                    except OSError as exc:  # vanished or locked since the command line was checked
                        self.say(line_text(f"error[unreadable] {path}: {exc.strerror or exc}"))
                        failed += 1
                        continue
                else:
                    target = scratch / f"{number}.json"
                failed += not self.read_one(handle, path, target, to_stdout=not (self.output or names))
        except BaseException:
            handle.kill()  # Ctrl-C: the child runs in its own session and would go on
            raise
        finally:
            handle.close()
            shutil.rmtree(scratch, ignore_errors=True)
        return failed

    def read_one(self, handle, path: Path, target: Path, to_stdout: bool) -> bool:
        task = {"input": str(path), "output": str(target), "settings": self.settings.model_dump(),
                "model": self.model, "debug": self.debug}
        try:
            result = handle.run(task)
        except RuntimeError as exc:  # the worker could not start
            result = {"status": "error", "code": "internal", "message": str(exc)}
        if result.get("status") == "error":
            if result.get("traceback"):
                self.say(path_to_text(result["traceback"]).rstrip("\n"))
            self.say(line_text(f"error[{result.get('code') or 'internal'}] {path}: {result.get('message')}"))
            return False
        text = target.read_text(encoding="utf-8")
        if to_stdout:
            try:
                self.write_stdout(text)
                sys.stdout.flush()
            except OSError as exc:  # stdout on a full disk, or a closed pipe
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the exit's flush would fail again
                self.say(line_text(f"error[unwritable] {path}: cannot write to stdout: {exc.strerror or exc}"))
                return False
        if not self.quiet:
            where = "" if to_stdout else f" → {path_to_text(target)}"
            warning = f" (warning: {result['message']})" if result.get("status") == "warning" else ""
            self.say(line_text(f"{path.name}: {report_to_summary(json.loads(text))}{where}{warning}"))
        return True


def report_to_summary(report: dict) -> str:
    """One line of what was found: organisation, year, board, key figures, values to review."""
    from extractor.review.queue import doc_to_items, needs_review

    def value(group: str, key: str):
        item = (report.get(group) or {}).get(key)
        return item.get("value") if isinstance(item, dict) else None

    organisation = value("organization", "name") or "no organisation found"
    year = value("report", "year") or "no year found"
    review = sum(needs_review(item) for item in doc_to_items(report, Path()))
    return (f"{organisation}, {year}; {plural(len(report.get('board') or []), 'board member')}, "
            f"{plural(len(report.get('key_figures') or []), 'key figure')}; {review} to review")


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
