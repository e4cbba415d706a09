"""The batch's plan: each input as a task with its output name, skipped when an earlier run
already did it with the same bytes and options; and each task's result as a manifest record.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import schemas
from extractor import __version__
from extractor.batch.folder import BOOKKEEPING
from extractor.batch.inputs import DOCUMENT_SUFFIXES, hash_input
from extractor.batch.manifest import (
    DONE_STATUSES, STATUS_ERROR, STATUS_SKIPPED, Record, records_to_latest,
)
from extractor.errors import Unreadable, Unwritable
from extractor.outputs import OutputNames, read_source
from extractor.settings import Settings

# Errors of the place the output goes, not of the input: a rerun tries the input again.
REDO_CODES = {Unwritable.code}


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
