"""Batch scheduling: inputs (``inputs.py``) → plan (resume) → engine (isolated workers) → manifest and summary.

The parent never parses a document: workers (``worker.py``) do, each output is written
atomically by the worker, and the parent appends one manifest line per finished input. An input
is skipped on a rerun when the manifest already has a record for the same output name, bytes
(sha256), tool version and output-changing options, and the output on disk holds that sha256;
failed inputs are redone only with ``retry_failed``. Output names are unique per input across
runs (``outputs.OutputNames``) and never a bookkeeping file's.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import queue
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import schemas
from extractor import __version__
from extractor.assemble import write_atomic
from extractor.batch.inputs import (
    DOCUMENT_SUFFIXES, BatchUsageError, absolute, hash_input, iter_input_files, named_files,
)
from extractor.batch.limits import Limits
from extractor.batch.manifest import (
    DONE_STATUSES, MANIFEST_NAME, STATUS_ERROR, STATUS_SKIPPED, ManifestWriter, Record, iter_records, manifest_path,
    records_to_latest,
)
from extractor.errors import Unreadable, Unwritable
from extractor.outputs import OutputNames, path_to_text, read_source
from extractor.settings import Settings

SUMMARY_NAME = "summary.json"
LOG_NAME = "workers.log"
LOCK_NAME = ".batch.lock"  # held by the run writing into the folder (hidden: never an input or output)
BOOKKEEPING = (SUMMARY_NAME, MANIFEST_NAME, LOG_NAME)  # never an output's name
SLOWEST = 5
# Errors of the place the output goes, not of the input: a rerun tries the input again.
REDO_CODES = {Unwritable.code}


class BatchBusy(BatchUsageError):
    """Another batch run is writing into the same folder: the CLI exits 2."""

    code = "busy"


class BatchAborted(RuntimeError):
    """The batch could not go on (a worker cannot start at all, the manifest cannot be written)."""

    code = "aborted"


class BatchInterrupted(RuntimeError):
    """Ctrl-C (SIGINT): the workers were stopped and every finished input recorded."""

    code = "interrupted"

    def __init__(self, summary: dict, to_do: int):
        super().__init__(f"stopped after {summary['processed']} of {to_do} inputs to do (each finished one is "
                         "recorded); run the same command again to resume")
        self.summary = summary


@dataclass(frozen=True)
class Task:
    input: Path
    output: str
    sha256: str
    named: bool = True  # named on the command line, not found in a folder or by a glob
    size: int = 0  # bytes when planned (the file may be gone by the time it is sorted)

    def to_child(self, out_dir: Path, settings: Settings, model: str | None) -> dict:
        return {"input": str(self.input), "output": str(out_dir / self.output),
                "settings": settings.model_dump(), "model": model}


# ---------------------------------------------------------------- inputs and plan

def options_to_key(settings: Settings, model: str | None) -> str:
    """Hash of everything that changes an output: tool, schema, extraction settings, model."""
    blob = json.dumps({"tool": __version__, "schema": schemas.SCHEMA_VERSION,
                       "settings": settings.model_dump(), "model": model}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def plan_tasks(paths: list[Path], out_dir: Path, key: str, records: list[Record],
               retry_failed: bool, named: set[Path] = frozenset()) -> tuple[list[Task], list[Record], list[Record]]:
    """Tasks still to do, the records of inputs already done (skipped), and error records of
    inputs that could not be read at all (``hash_input``). Each input gets the output name the
    manifest gave it before, else ``NAME.json`` when no other input holds it, else
    ``NAME.<path hash>.json`` (``outputs.OutputNames``)."""
    latest = records_to_latest(records)
    names = OutputNames(out_dir, owners={rec.output: rec.input for rec in records}, reserved=BOOKKEEPING)
    todo, skipped, unread = [], [], []
    for path in paths:
        try:
            sha256, size = hash_input(path)
        except Unreadable as exc:
            task = Task(path, names.claim(path, ""), "", named=path in named)
            unread.append(result_to_record(task, {"status": STATUS_ERROR, "code": exc.code, "message": exc.message}, key))
            continue
        task = Task(path, names.claim(path, sha256), sha256, named=path in named, size=size)
        rec = latest.get((task.output, task.sha256, key))
        if rec is not None and is_done(rec, out_dir, retry_failed):
            skipped.append(rec)
        else:
            todo.append(task)
    # largest first: a big document started last would leave the other workers idle at the end
    todo.sort(key=lambda t: t.size, reverse=True)
    return todo, skipped, unread


def is_done(rec: Record, out_dir: Path, retry_failed: bool) -> bool:
    if rec.status == STATUS_SKIPPED:
        return True
    if rec.status in DONE_STATUSES:
        return output_belongs(out_dir / rec.output, rec.sha256)
    return not retry_failed and rec.code not in REDO_CODES


def output_belongs(path: Path, sha256: str) -> bool:
    """The output is complete and was read from these bytes (its ``source.sha256``): another
    input's output under this name, or a half-written one, is redone."""
    found = read_source(path)
    return found is not None and found[1] == sha256


@contextmanager
def hold_folder(out_dir: Path) -> Iterator[None]:
    """Make the output folder and hold its lock for the run. A second run into the same
    folder would plan the same inputs, sweep the first run's temporary files (``remove_stale_temps``)
    and record errors over its outputs: it is refused (``BatchBusy``). A folder that cannot be
    made or written is a usage error, said before any work starts. The lock is ``flock``: the
    kernel drops it when the holder dies, so a killed run never blocks the next."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(out_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise BatchUsageError(f"cannot write into the output folder {path_to_text(out_dir)}: "
                              f"{exc.strerror or exc}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise BatchBusy(f"another batch run (pid {holder}) is writing into {path_to_text(out_dir)}; "
                            "wait for it or choose another --out") from None
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        except OSError:
            pass  # the pid only helps the message of a refused second run; a full disk gets its own errors below
        yield
    finally:
        os.close(fd)  # releases the lock; the file stays (removing it would race a waiting run)


@contextmanager
def bookkeeping(what: Path) -> Iterator[None]:
    """A failed write of the manifest or summary (disk full, folder gone) stops the batch with
    one line, not a traceback; every record written before it stands."""
    try:
        yield
    except OSError as exc:
        raise BatchAborted(f"cannot write {path_to_text(what)}: {exc.strerror or exc}") from None


def remove_output(path: Path) -> None:
    """Remove an older output beside an error record. A folder or a file that cannot be
    removed stays: it is no output of ours (``OutputNames`` gives no input its name), and
    removing it was once a stopped batch blamed on the manifest."""
    try:
        if not path.is_dir():
            path.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only folder: the older output's own source.sha256 still tells its bytes apart


def remove_stale_temps(out_dir: Path) -> None:
    """Temporary files of writes cut short by a kill (``write_atomic`` names them ``.NAME.*.tmp``)."""
    for tmp in out_dir.glob(".*.tmp"):
        tmp.unlink(missing_ok=True)


# ---------------------------------------------------------------- local engine

class LocalEngine:
    """N threads, each driving one reusable isolated worker process."""

    def __init__(self, workers: int, limits: Limits, out_dir: Path, settings: Settings, model: str | None):
        self.workers = max(1, workers)
        self.limits = limits
        self.out_dir = out_dir
        self.settings = settings
        self.model = model
        self.handles: list = []
        self.threads: list[threading.Thread] = []
        self.stopping = threading.Event()

    def iter_results(self, tasks: list[Task]) -> Iterator[tuple[Task, dict]]:
        from extractor.batch.worker_handle import WorkerHandle

        todo: queue.Queue[Task] = queue.Queue()
        for task in tasks:
            todo.put(task)
        results: queue.Queue = queue.Queue()
        count = min(self.workers, len(tasks))
        self.handles = [WorkerHandle(self.limits, self.out_dir / LOG_NAME, self.model) for _ in range(count)]
        self.threads = [threading.Thread(target=self.drive, args=(handle, todo, results), daemon=True)
                        for handle in self.handles]
        for thread in self.threads:
            thread.start()
        finished = 0
        while finished < count:
            try:
                item = results.get(timeout=0.5)
            except queue.Empty:
                continue
            if item is None:
                finished += 1
            elif isinstance(item, BaseException):
                raise BatchAborted(str(item)) from item
            else:
                yield item

    def drive(self, handle, todo: queue.Queue, results: queue.Queue) -> None:
        try:
            while not self.stopping.is_set():
                try:
                    task = todo.get_nowait()
                except queue.Empty:
                    break
                results.put((task, handle.run(task.to_child(self.out_dir, self.settings, self.model))))
        except (RuntimeError, OSError) as exc:  # a worker that cannot start (or fork): stop the batch, say why
            results.put(exc)
        finally:
            handle.close()
            results.put(None)

    def stop(self) -> None:
        """No new task; kill the workers' process trees and let each driving thread reap its
        own (two threads closing one handle raced: a traceback at Ctrl-C)."""
        self.stopping.set()
        for handle in self.handles:
            handle.interrupt()
        for thread in self.threads:
            thread.join(timeout=self.limits.shutdown_timeout_s)

    @property
    def startup_s(self) -> list[float]:
        return [s for h in self.handles for s in h.startup_s]


# ---------------------------------------------------------------- records and summary

def is_not_a_document(task: Task, result: dict) -> bool:
    """A file found in a folder (a README, a JSON file, an image) that the reader refuses as
    not a document, and whose name does not claim it is one."""
    return (not task.named and result.get("code") == "unsupported_format"
            and task.input.suffix.lower() not in DOCUMENT_SUFFIXES)


def result_to_record(task: Task, result: dict, key: str) -> Record:
    if is_not_a_document(task, result):
        result = dict(result, status=STATUS_SKIPPED, code=None, message=f"not a document ({result.get('message')})")
    return Record(
        input=str(task.input), output=task.output, sha256=task.sha256,
        status=result.get("status", STATUS_ERROR), code=result.get("code"), message=result.get("message"),
        pages=result.get("pages") or 0, seconds=round(result.get("wall_s", result.get("seconds", 0.0)), 3),
        work_seconds=result.get("seconds"),
        peak_mb=round(result["peak_mb"], 1) if result.get("peak_mb") else None,
        tool_version=__version__, schema_version=schemas.SCHEMA_VERSION, options_key=key,
        finished=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )


def summarize(done: list[Record], skipped: list[Record], wall_s: float, workers: int, startup_s: list[float]) -> dict:
    """Counts by status and code, throughput, the slowest files (this run's records only)."""
    pages = sum(r.pages for r in done)
    slowest = sorted(done, key=lambda r: r.seconds, reverse=True)[:SLOWEST]
    return {
        "inputs": len(done) + len(skipped),
        "processed": len(done),
        "skipped": len(skipped),
        "by_status": dict(Counter(r.status for r in done)),
        "by_code": dict(Counter(r.code for r in done if r.code)),
        "pages": pages,
        "wall_s": round(wall_s, 2),
        "workers": workers,
        "pages_per_s": round(pages / wall_s, 2) if wall_s > 0 else 0.0,
        "docs_per_s": round(len(done) / wall_s, 3) if wall_s > 0 else 0.0,
        "worker_startup_s": round(sum(startup_s) / len(startup_s), 2) if startup_s else None,
        "peak_mb": max((r.peak_mb or 0.0 for r in done), default=0.0),
        "slowest": [{"input": r.input, "seconds": r.seconds, "status": r.status, "code": r.code,
                     "pages": r.pages, "peak_mb": r.peak_mb} for r in slowest],
        "failed": sum(r.status == STATUS_ERROR for r in done) + sum(r.status == STATUS_ERROR for r in skipped),
    }


# ---------------------------------------------------------------- entry point

def make_engine(engine: str, workers: int, limits: Limits, out_dir: Path, settings: Settings,
                model: str | None, scheduler: str | None):
    if engine == "local":
        return LocalEngine(workers, limits, out_dir, settings, model)
    if engine == "dask":
        from extractor.batch.dask_engine import DaskEngine, dask_available

        if not dask_available():
            raise BatchUsageError("--engine dask needs dask.distributed: pip install 'arsrapport-extractor[dask]'")
        return DaskEngine(scheduler, limits, out_dir, settings, model)
    raise BatchUsageError(f"unknown engine {engine!r}: use local or dask")


def run_batch(
    inputs: Iterable[str | Path], out_dir: str | Path, *, workers: int = 1, limits: Limits | None = None,
    settings: Settings | None = None, model: str | None = None, engine: str = "local",
    scheduler: str | None = None, retry_failed: bool = False, progress: str = "auto",
) -> dict:
    """Extract every input into ``out_dir``; returns the summary (also written to summary.json).

    ``progress``: auto (a bar on a terminal, else one line per document), plain, json or quiet.
    Raises ``BatchUsageError`` for bad inputs or options (``BatchBusy`` when another run holds
    ``out_dir``), ``BatchAborted`` when workers cannot start or the manifest cannot be written,
    ``BatchInterrupted`` at Ctrl-C.
    """
    inputs = list(inputs)
    out_dir = absolute(Path(out_dir))
    limits = limits or Limits()
    settings = settings or Settings()
    if workers < 1:
        raise BatchUsageError("--workers must be at least 1")
    paths = list(iter_input_files(inputs, exclude=out_dir))
    with hold_folder(out_dir):
        return run_locked(paths, named_files(inputs), out_dir, workers=workers, limits=limits, settings=settings,
                          model=model, engine=engine, scheduler=scheduler, retry_failed=retry_failed,
                          progress=progress)


def run_locked(paths: list[Path], named: set[Path], out_dir: Path, *, workers: int, limits: Limits,
               settings: Settings, model: str | None, engine: str, scheduler: str | None, retry_failed: bool,
               progress: str) -> dict:
    """``run_batch`` once the folder is this run's. Ctrl-C stops the workers, keeps every
    record written so far and the summary, and raises ``BatchInterrupted``."""
    from extractor.batch.progress import make_reporter

    remove_stale_temps(out_dir)
    key = options_to_key(settings, model)
    with bookkeeping(manifest_path(out_dir)):  # a manifest that is a folder cannot be read either
        records = list(iter_records(manifest_path(out_dir)))
    todo, skipped, unread = plan_tasks(paths, out_dir, key, records, retry_failed, named)
    runner = make_engine(engine, workers, limits, out_dir, settings, model, scheduler)
    reporter = make_reporter(progress, total=len(paths), skipped=len(skipped))
    done: list[Record] = []
    interrupted = False
    started = time.monotonic()
    with bookkeeping(manifest_path(out_dir)):
        manifest = ManifestWriter(manifest_path(out_dir))

    def record(rec: Record) -> None:
        if rec.status == STATUS_ERROR:
            remove_output(out_dir / rec.output)  # never leave an older output beside an error
        with bookkeeping(manifest_path(out_dir)):
            manifest.append(rec)
        done.append(rec)
        reporter.advance(rec)

    with manifest, reporter:
        try:
            for rec in unread:
                record(rec)
            for task, result in runner.iter_results(todo):
                record(result_to_record(task, result, key))
        except KeyboardInterrupt:
            interrupted = True
        finally:
            runner.stop()
        summary = summarize(done, skipped, time.monotonic() - started, workers, runner.startup_s)
        summary["interrupted"] = interrupted
        with bookkeeping(out_dir / SUMMARY_NAME):
            write_atomic(out_dir / SUMMARY_NAME, json.dumps(summary, indent=2) + "\n")
        reporter.finish(summary)
    if interrupted:
        raise BatchInterrupted(summary, to_do=len(todo) + len(unread))
    return summary
