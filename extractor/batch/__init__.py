"""Batch extraction that survives any input: isolated worker processes with limits, an
append-only manifest, resume, and an optional dask.distributed engine.

The names below load on first use (PEP 562): ``extract`` and ``serve`` use the worker and
its limits without the batch runner's imports."""
from __future__ import annotations

import importlib

__all__ = ["BatchAborted", "BatchBusy", "BatchInterrupted", "BatchUsageError", "Limits", "run_batch"]
_HOME = {"Limits": "extractor.batch.limits", "BatchAborted": "extractor.batch.folder",
         "BatchUsageError": "extractor.batch.inputs", "BatchBusy": "extractor.batch.folder",
         "BatchInterrupted": "extractor.batch.runner", "run_batch": "extractor.batch.runner"}


def __getattr__(name: str):
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOME[name]), name)
