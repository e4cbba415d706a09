"""The same per-document work on a dask.distributed cluster (optional extra ``dask``).

Each dask task runs ``run_on_worker``: the dask worker thread drives its own isolated worker
process (``WorkerHandle``, reused across tasks on that thread) with the same limits as the local
engine. Outputs are written by those processes straight into the batch folder, which must be
reachable at the same path on every machine; only small result dicts travel back, and the
driver alone writes the manifest.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

from extractor.batch.folder import LOG_NAME, BatchAborted
from extractor.batch.inputs import BatchUsageError
from extractor.batch.limits import Limits
from extractor.settings import Settings

_local = threading.local()


def dask_available() -> bool:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


def run_on_worker(task: dict, limits: dict, log_path: str | None, model: str | None) -> dict:
    """Runs inside a dask worker: one document through this thread's isolated worker process."""
    from extractor.batch.worker_handle import WorkerHandle

    handle = getattr(_local, "handle", None)
    if handle is None:
        handle = WorkerHandle(Limits(**limits), Path(log_path) if log_path else None, model)
        _local.handle = handle
    try:
        return handle.run(task)
    except RuntimeError as exc:  # the worker process could not start on this machine
        return {"status": "error", "code": "internal", "message": str(exc)[:500], "exit": True}


class DaskEngine:
    """Submits every task to the scheduler and yields results as they complete."""

    def __init__(self, scheduler: str | None, limits: Limits, out_dir: Path, settings: Settings, model: str | None):
        if not scheduler:
            raise BatchUsageError("--engine dask needs --scheduler ADDRESS (for example tcp://host:8786)")
        self.scheduler = scheduler
        self.limits = limits
        self.out_dir = out_dir
        self.settings = settings
        self.model = model
        self.client = None
        self.futures: list = []
        self.startup_s: list[float] = []

    def iter_results(self, tasks: list) -> Iterator[tuple[object, dict]]:
        from distributed import Client, as_completed

        if not tasks:
            return
        try:
            self.client = Client(self.scheduler, timeout=self.limits.connect_timeout_s)
        except (OSError, TimeoutError) as exc:
            raise BatchAborted(f"cannot reach the dask scheduler at {self.scheduler}: {exc}") from None
        log_path = str(self.out_dir / LOG_NAME)
        by_key = {}
        for task in tasks:
            fut = self.client.submit(
                run_on_worker, task.to_child(self.out_dir, self.settings, self.model),
                self.limits.model_dump(), log_path, self.model, pure=False, retries=0,
            )
            by_key[fut.key] = task
            self.futures.append(fut)
        for fut in as_completed(self.futures):
            task = by_key[fut.key]
            if fut.status == "finished":
                yield task, fut.result()
            else:  # the dask worker itself was lost or the task failed outside the isolated process
                why = fut.exception() if fut.status == "error" else fut.status
                yield task, {"status": "error", "code": "crashed", "message": f"dask task failed: {why}"[:500]}

    def stop(self) -> None:
        if self.client is None:
            return
        for fut in self.futures:
            fut.cancel()
        self.client.close()
        self.client = None
