"""Batch scheduling: inputs (``inputs.py``) → plan (``plan.py``, resume) → engine (``local_engine.py``
or ``dask_engine.py``, isolated workers) → manifest and summary, in an output folder this run
holds (``folder.py``).

The parent never parses a document: workers (``worker.py``) do, each output is written
atomically by the worker, and the parent appends one manifest line per finished input. An input
is skipped on a rerun when the manifest already has a record for the same output name, bytes
(sha256), tool version and output-changing options, and the output on disk holds that sha256;
failed inputs are redone only with ``retry_failed``. Output names are unique per input across
runs (``outputs.OutputNames``) and never a bookkeeping file's.
"""
from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from extractor.assemble import write_atomic
from extractor.batch.folder import SUMMARY_NAME, bookkeeping, hold_folder, remove_output, remove_stale_temps
from extractor.batch.inputs import BatchUsageError, absolute, iter_input_files, named_files
from extractor.batch.limits import Limits
from extractor.batch.local_engine import LocalEngine
from extractor.batch.manifest import STATUS_ERROR, ManifestWriter, Record, iter_records, manifest_path
from extractor.batch.plan import options_to_key, plan_tasks, result_to_record
from extractor.settings import Settings

SLOWEST = 5


class BatchInterrupted(RuntimeError):
    """Ctrl-C (SIGINT): the workers were stopped and every finished input recorded."""

    code = "interrupted"

    def __init__(self, summary: dict, to_do: int):
        super().__init__(f"stopped after {summary['processed']} of {to_do} inputs to do (each finished one is "
                         "recorded); run the same command again to resume")
        self.summary = summary


# ---------------------------------------------------------------- summary

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
