"""Where outputs go: file names within the 255-byte limit, and paths as text.

File names are bytes on Linux; Python hands a name that is not valid UTF-8 (Latin-1 from an old
Windows share) over as a ``str`` holding lone surrogates (``surrogateescape``), which open and
round-trip through ``os.fsencode`` but cannot be written as UTF-8. Such a path stays a ``str``
with surrogates wherever the file itself is meant, and goes through ``path_to_text`` (the bytes
escaped as ``\\xNN``) wherever it is shown or written into JSON.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

NAME_MAX = 255  # bytes in one file name (ext4, xfs, btrfs, tmpfs)


def path_to_text(path: str | Path) -> str:
    """The path as printable UTF-8: bytes that are not UTF-8 become ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


# C0 controls and DEL, as ``\n``-style escapes: a file name may hold a newline, a line per document may not
CONTROL_ESCAPES = {code: ascii(chr(code))[1:-1] for code in (*range(32), 127)}


def line_text(text: str) -> str:
    """``path_to_text`` for a line on a terminal or in a log: control characters escaped too."""
    return path_to_text(text).translate(CONTROL_ESCAPES)


def name_bytes(name: str) -> int:
    return len(os.fsencode(name))


def fit_name(name: str, limit: int, keep_end: bool = False) -> str:
    """``name`` cut to at most ``limit`` bytes, between characters (a surrogate is one byte),
    at its end or (``keep_end``, to keep an extension) at its start."""
    while name_bytes(name) > limit:
        name = name[1:] if keep_end else name[:-1]
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


# ---------------------------------------------------------------- whose output a file is

HEAD_BYTES = 1 << 16
# ``source`` opens with ``path`` then ``sha256`` (schemas.SourceFile); a section's source opens with ``page``
SOURCE_HEAD = re.compile(rb'"source": \{\s*"path": "((?:[^"\\]|\\.)*)",\s*"sha256": "([0-9a-f]{64})"')


def read_source(path: Path) -> tuple[str, str] | None:
    """(source.path, source.sha256) of a complete output file, or None when it is not one
    (missing, cut short, not a report). The facts and ``source`` come first in an output, so
    its head is read; an output written before that order is parsed whole."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(HEAD_BYTES)
            fh.seek(0, os.SEEK_END)
            if fh.tell() < 2:
                return None
            fh.seek(-2, os.SEEK_END)
            if fh.read() != b"}\n":  # written whole by a rename, so a complete ending means complete
                return None
    except OSError:
        return None
    match = SOURCE_HEAD.search(head)
    if match:
        return json.loads(b'"' + match.group(1) + b'"'), match.group(2).decode()
    try:
        source = json.loads(Path(path).read_bytes()).get("source") or {}
        return str(source["path"]), str(source["sha256"])
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return None


def same_input(recorded: str, path: Path) -> bool:
    return os.path.abspath(recorded) == os.path.abspath(path_to_text(path))


def name_key(name: str) -> str:
    """What a file system that ignores case and Unicode normal form (macOS, Windows shares,
    FAT and exFAT disks, ext4 with casefold) sees of a name: "Rapport.pdf.json" and
    "rapport.pdf.json", or "Å" composed and decomposed, are one file there."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", name).casefold())


class OutputNames:
    """Gives each input of a folder its own output name, never one another input holds.

    ``NAME.json`` when that is free (the common case), else ``NAME.<path hash>.json``. A name
    is held by the input the manifest gave it to (``owners``: output name → input path), by
    a bookkeeping file (``reserved``), by an input earlier in this run, or by an output on
    disk whose ``source`` is another file (its path and sha256 both differ). Names are compared
    as a case-insensitive file system compares them (``name_key``): two inputs whose names
    differ only in case never write one output over the other there.
    """

    def __init__(self, folder: Path, owners: dict[str, str] | None = None, reserved: Iterable[str] = ()):
        self.folder = Path(folder)
        self.owners = {name_key(name): owner for name, owner in (owners or {}).items()}
        self.reserved = frozenset(name_key(name) for name in reserved)

    def claim(self, path: Path, sha256: str) -> str:
        for name in self.candidates(path):
            if self.is_free(name, path, sha256):
                self.owners[name_key(name)] = str(path)
                return name
        raise OSError(f"no free output name for {path_to_text(path)} in {path_to_text(self.folder)}")

    @staticmethod
    def candidates(path: Path) -> Iterator[str]:
        yield output_name(path)
        tagged = output_name(path, tagged=True)
        yield tagged
        for number in range(2, 100):  # the tagged name held as well: next to impossible
            tail = f"-{number}{OUTPUT_SUFFIX}"
            yield fit_name(tagged.removesuffix(OUTPUT_SUFFIX), NAME_MAX - len(tail)) + tail

    def is_free(self, name: str, path: Path, sha256: str) -> bool:
        key = name_key(name)
        target = self.folder / name
        if key in self.reserved or os.path.isdir(target):  # a folder in the way is never replaced
            return False
        if key in self.owners:
            return self.owners[key] == str(path)
        if not os.path.lexists(target):
            return True
        found = read_source(target)  # a file that is not an output is never overwritten
        return found is not None and (found[1] == sha256 or same_input(found[0], path))
