"""Where outputs go: file names within the 255-byte limit, and paths as text.

File names are bytes on Linux; Python hands a name that is not valid UTF-8 (Latin-1 from an old
Windows share) over as a ``str`` holding lone surrogates (``surrogateescape``), which open and
round-trip through ``os.fsencode`` but cannot be written as UTF-8. Such a path stays a ``str``
with surrogates wherever the file itself is meant, and goes through ``path_to_text`` (the bytes
escaped as ``\\xNN``) wherever it is shown or written into JSON.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

NAME_MAX = 255  # bytes in one file name (ext4, xfs, btrfs, tmpfs)


def path_to_text(path: str | Path) -> str:
    """The path as printable UTF-8: bytes that are not UTF-8 become ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def name_bytes(name: str) -> int:
    return len(os.fsencode(name))


def fit_name(name: str, limit: int) -> str:
    """``name`` cut to at most ``limit`` bytes, between characters (a surrogate is one byte)."""
    while name_bytes(name) > limit:
        name = name[:-1]
    return name


def hidden_sibling(path: Path, suffix: str, reserve: int = 0) -> str:
    """``.NAME<suffix>`` for a helper file beside ``path`` (a lock, a temporary file), with NAME
    cut so the whole name, plus ``reserve`` bytes someone appends later, fits the limit."""
    room = NAME_MAX - 1 - name_bytes(suffix) - reserve
    return f".{fit_name(Path(path).name, room)}{suffix}"


OUTPUT_SUFFIX = ".json"
HASH_CHARS = 8


def path_hash(path: str | Path) -> str:
    """A short, stable tag of an input's absolute path (its bytes, whatever their encoding)."""
    return hashlib.sha1(os.fsencode(os.path.abspath(path))).hexdigest()[:HASH_CHARS]


def output_name(path: Path, tagged: bool = False) -> str:
    """``NAME.json`` for the input ``NAME``, or ``NAME.<path hash>.json`` when ``tagged`` (another
    input holds the plain name) or when the plain name passes the limit (NAME then cut)."""
    plain = f"{path.name}{OUTPUT_SUFFIX}"
    if not tagged and name_bytes(plain) <= NAME_MAX:
        return plain
    tail = f".{path_hash(path)}{OUTPUT_SUFFIX}"
    return fit_name(path.name, NAME_MAX - len(tail)) + tail
