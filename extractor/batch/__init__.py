"""Batch extraction that survives any input: isolated worker processes with limits, an
append-only manifest, resume, and an optional dask.distributed engine."""
from extractor.batch.limits import Limits
from extractor.batch.runner import BatchAborted, BatchUsageError, run_batch

__all__ = ["BatchAborted", "BatchUsageError", "Limits", "run_batch"]
