"""The batch's output folder: one run at a time (a lock), bookkeeping files written or the batch
stopped with one line, and what a run cut short left behind (temporary files, older outputs).
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from extractor.batch.inputs import BatchUsageError
from extractor.batch.manifest import MANIFEST_NAME
from extractor.outputs import path_to_text

SUMMARY_NAME = "summary.json"
LOG_NAME = "workers.log"
LOCK_NAME = ".batch.lock"  # held by the run writing into the folder (hidden: never an input or output)
BOOKKEEPING = (SUMMARY_NAME, MANIFEST_NAME, LOG_NAME)  # never an output's name


class BatchBusy(BatchUsageError):
    """Another batch run is writing into the same folder: the CLI exits 2."""

    code = "busy"


class BatchAborted(RuntimeError):
    """The batch could not go on (a worker cannot start at all, the manifest cannot be written)."""

    code = "aborted"


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
