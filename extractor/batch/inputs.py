"""Batch inputs: files, folders and globs read into one list of paths, each once, and hashed.

An entry that is not a regular file (a broken or looping link, a named pipe) stays an input
when it is named or named like a document, and its hash fails with ``Unreadable``: one error
record each, never a stopped batch, never a dropped file.
"""
from __future__ import annotations

import errno
import glob
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from extractor.errors import Unreadable
from extractor.ingest import sha256_of

GLOB_MAGIC = set("*?[")
# A file named like this is meant as a document: when it is not one, that is an error, wherever it was found.
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot", ".odt", ".rtf"}
NOT_REGULAR = {stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
               stat.S_IFBLK: "a block device", stat.S_IFDIR: "a folder"}


class BatchUsageError(ValueError):
    """Bad inputs or options: the CLI exits 2."""

    code = "usage"


def iter_input_files(inputs: Iterable[str | Path], exclude: Path | None = None) -> Iterator[Path]:
    """Files, folders (recursed, hidden names skipped) and globs, absolute, each once, in order.
    Symlinks are not resolved: two links to one file are two inputs with two outputs. An entry
    that is not a regular file (a broken or looping link, a named pipe) is an input when it is
    named on the command line or named like a document, so it gets an error record (``plan_tasks``)."""
    seen: set[Path] = set()
    exclude = absolute(exclude) if exclude else None
    for item in inputs:
        text = str(item)
        if GLOB_MAGIC & set(text):
            found = [Path(p) for p in sorted(glob.glob(text, recursive=True))]
            if not found:
                raise BatchUsageError(f"no file matches {text}")
        elif Path(text).is_dir():
            found = sorted(p for p in Path(text).rglob("*") if not any(part.startswith(".") for part in p.relative_to(text).parts))
        elif os.path.lexists(text):
            found = [Path(text)]
        else:
            raise BatchUsageError(f"no such file or folder: {text}")
        for path in found:
            path = absolute(path)
            if path in seen or (exclude and path.is_relative_to(exclude)) or not is_candidate(path, found, text):
                continue
            seen.add(path)
            yield path


def is_candidate(path: Path, found: list[Path], given: str) -> bool:
    """A regular file; or any other entry but a folder when named alone or named like a document."""
    if path.is_file():
        return True
    if path.is_dir():
        return False
    return found == [Path(given)] or path.suffix.lower() in DOCUMENT_SUFFIXES


def named_files(inputs: Iterable[str | Path]) -> set[Path]:
    """The inputs given as files by name (not folders, not globs)."""
    return {absolute(Path(str(item))) for item in inputs
            if not GLOB_MAGIC & set(str(item)) and os.path.lexists(str(item)) and not Path(str(item)).is_dir()}


def hash_input(path: Path) -> tuple[str, int]:
    """(sha256, size) of a regular file; ``Unreadable`` for anything else or a failed read, so
    one input that vanished, is locked or is a pipe becomes one error record, not a stopped batch
    (and a pipe is never opened: that would block)."""
    try:
        info = path.stat()
    except OSError as exc:
        why = ("a symbolic link loop" if exc.errno == errno.ELOOP else "a broken symbolic link"
               if path.is_symlink() else exc.strerror or str(exc))
        raise Unreadable(why, path=str(path)) from None
    if not stat.S_ISREG(info.st_mode):
        raise Unreadable(f"not a regular file ({NOT_REGULAR.get(stat.S_IFMT(info.st_mode), 'a special file')})",
                         path=str(path))
    try:
        return sha256_of(path), info.st_size
    except OSError as exc:
        raise Unreadable(f"{type(exc).__name__}: {exc.strerror or exc}", path=str(path)) from None


def absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))
