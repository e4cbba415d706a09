"""The built language pipeline, kept on disk so a process loads it instead of building it.

Building tokenises some 3 800 phrase patterns and fills spaCy's matchers; loading the
pickled result takes about a third of that. The file's name is a hash of what the pipeline
is made from: the spaCy and Python versions, this package's version, the pattern files and
the source of ``extractor.nlp``, so any change builds a new one. It lives in
``$EXTRACTOR_CACHE_DIR``, else the user's cache directory (``$XDG_CACHE_HOME`` or
``~/.cache``), else beside the virtual environment; where none can be written, the pipeline
is built every time. Writes are atomic (a temporary file renamed over the target), so
workers starting together may each build, and a reader never sees half a file; a file that
does not load is rebuilt.

The cache is a pickle: it is read only from the user's own directories, which whoever could
write there could also use to change the installed code.
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Callable

from spacy.language import Language

log = logging.getLogger(__name__)

CACHE_ENV = "EXTRACTOR_CACHE_DIR"
APP_DIR = "arsrapport-extractor"


def cache_dirs() -> list[Path]:
    """Where the pipeline file may live, first choice first."""
    if os.environ.get(CACHE_ENV):
        return [Path(os.environ[CACHE_ENV])]
    user = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_DIR
    return [user, Path(sys.prefix) / ".cache" / APP_DIR]


def pipeline_key() -> str:
    """Hash of everything the built pipeline depends on."""
    import spacy

    from extractor import __version__

    digest = hashlib.sha256(f"{spacy.__version__}|{sys.version}|{__version__}".encode())
    for package in ("extractor.nlp", "extractor.nlp.patterns"):
        for entry in sorted(resources.files(package).iterdir(), key=lambda e: e.name):
            if entry.is_file() and entry.name.endswith((".py", ".jsonl", ".json")):
                digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return digest.hexdigest()[:24]


def _read(path: Path) -> Language | None:
    try:
        with path.open("rb") as fh:
            nlp = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a broken or foreign file is rebuilt, never fatal
        log.warning("language pipeline cache %s unreadable (%s: %s); rebuilding", path, type(exc).__name__, exc)
        return None
    return nlp if isinstance(nlp, Language) else None


def _write(path: Path, nlp: Language) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(nlp, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        return True
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as exc:
        log.warning("language pipeline not cached in %s (%s)", path.parent, exc)
        Path(tmp).unlink(missing_ok=True)
        return False


def load_or_build(build: Callable[[], Language]) -> Language:
    """The cached pipeline, or ``build()`` (then cached in the first writable directory)."""
    name = f"nlp-{pipeline_key()}.pickle"
    for directory in cache_dirs():
        nlp = _read(directory / name)
        if nlp is not None:
            return nlp
    nlp = build()
    for directory in cache_dirs():
        if _write(directory / name, nlp):
            _prune(directory, keep=name)
            break
    return nlp


def _prune(directory: Path, keep: str) -> None:
    """Drop pipelines of other versions (each code or pattern change makes a new file)."""
    for old in directory.glob("nlp-*.pickle"):
        if old.name != keep:
            old.unlink(missing_ok=True)
