"""The append-only manifest: one JSON line per finished input, the run's only shared state.

Only the parent process writes it, one whole line per ``write`` on an ``O_APPEND`` descriptor,
fsynced, so a crash can at worst leave one torn last line; readers skip it and
``repair_torn_tail`` cuts it off before the next run appends.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

MANIFEST_NAME = "manifest.jsonl"
STATUS_OK, STATUS_WARNING, STATUS_ERROR, STATUS_SKIPPED = "ok", "warning", "error", "skipped"
DONE_STATUSES = (STATUS_OK, STATUS_WARNING)  # and an output on disk


class Record(BaseModel):
    """One input's outcome; the line format of ``manifest.jsonl``."""

    model_config = ConfigDict(extra="ignore")  # older or newer tools may add fields

    input: str = Field(description="Input path as given (resolved to absolute).")
    output: str = Field(description="Output file name inside the batch folder; it exists only when status is not error.")
    sha256: str = Field(description="SHA-256 of the input bytes.")
    status: str = Field(description="ok, warning (read with warnings or unread pages), error, or skipped (a file "
                                    "found in a folder that is not a document: no output, not a failure).")
    code: str | None = Field(None, description="Stable error code (extractor.errors) when status is error.")
    message: str | None = Field(None, description="One-line error or warning summary.")
    pages: int = Field(0, description="Pages read (0 when unknown).")
    seconds: float = Field(0.0, description="Wall-clock seconds for this document, as seen by the parent.")
    work_seconds: float | None = Field(None, description="Seconds inside the worker; the rest of ``seconds`` is overhead.")
    peak_mb: float | None = Field(None, description="Peak resident memory of the worker during this document.")
    tool_version: str = Field(description="extractor version that produced the record.")
    schema_version: str = Field(description="Output schema version.")
    options_key: str = Field(description="Hash of the options that change the output.")
    finished: str = Field(description="UTC time the record was written (ISO 8601).")


def manifest_path(out_dir: Path) -> Path:
    return Path(out_dir) / MANIFEST_NAME


def repair_torn_tail(path: Path) -> bool:
    """Cut an unterminated last line (a write cut short by a kill); True when something was cut."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    with path.open("rb+") as fh:
        size = fh.seek(0, os.SEEK_END)
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return False
        keep = last_newline_end(fh, size)
        fh.truncate(keep)
        fh.flush()
        os.fsync(fh.fileno())
    return True


def last_newline_end(fh, size: int, block: int = 1 << 16) -> int:
    """Offset just past the last b'\\n' in an open binary file (0 when there is none)."""
    pos = size
    while pos > 0:
        start = max(0, pos - block)
        fh.seek(start)
        chunk = fh.read(pos - start)
        idx = chunk.rfind(b"\n")
        if idx != -1:
            return start + idx + 1
        pos = start
    return 0


def json_text(data) -> str:
    """JSON on one line, UTF-8 safe. A file name that is not UTF-8 keeps its bytes as lone
    surrogates (``surrogateescape``); they are written as ``\\udcNN`` escapes, so the text is
    UTF-8 and ``json.loads`` gives the very name back (``os.fsencode`` then gives its bytes)."""
    return json.dumps(data, ensure_ascii=False).encode("utf-8", "backslashreplace").decode("utf-8")


def record_to_line(rec: Record, **extra) -> str:
    return json_text({**extra, **rec.model_dump()})


def iter_records(path: Path) -> Iterator[Record]:
    """Every readable record; a torn or foreign line is skipped, never fatal."""
    if not path.exists():
        return
    with path.open("rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                continue  # torn last line
            try:  # json.loads, not pydantic's parser: it refuses the escapes of lone surrogates
                yield Record.model_validate(json.loads(line))
            except ValueError:
                continue


def records_to_latest(records: Iterable[Record]) -> dict[tuple[str, str, str], Record]:
    """The last record per resume key: later lines win."""
    latest: dict[tuple[str, str, str], Record] = {}
    for rec in records:
        latest[record_key(rec)] = rec
    return latest


def record_key(rec: Record) -> tuple[str, str, str]:
    """Same output name, same bytes, same tool and options: the same output."""
    return (rec.output, rec.sha256, rec.options_key)


class ManifestWriter:
    """Appends whole lines; one ``os.write`` per record so lines never interleave."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        repair_torn_tail(self.path)
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def append(self, rec: Record) -> None:
        os.write(self._fd, (record_to_line(rec) + "\n").encode("utf-8"))
        os.fsync(self._fd)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> "ManifestWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
