"""One error hierarchy with stable codes, raised at the ingest boundary.

The CLI and the batch runner print ``code: message`` on one line; the codes are part of the
public contract (manifest records, exit status) and never change meaning.
"""
from __future__ import annotations

import signal


class ExtractorError(Exception):
    """Base class: a document that cannot be read, with a stable machine-readable code."""

    code = "error"

    def __init__(self, message: str, *, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def one_line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"error[{self.code}] {where}{self.message}".replace("\n", " ")


class UnsupportedFormat(ExtractorError):
    code = "unsupported_format"


class Encrypted(ExtractorError):
    code = "encrypted"


class Corrupt(ExtractorError):
    code = "corrupt"


class Empty(ExtractorError):
    code = "empty"


class NoTextLayer(ExtractorError):
    code = "no_text_layer"


class TooLarge(ExtractorError):
    code = "too_large"


class ConversionFailed(ExtractorError):
    code = "conversion_failed"


class MissingDependency(ExtractorError):
    """A system tool (LibreOffice, Tesseract) the document needs is not installed."""

    code = "missing_dependency"


class UnsafeContent(ExtractorError):
    """Macro-enabled content, external entities or other content we refuse to parse."""

    code = "unsafe_content"


class Crashed(ExtractorError):
    """The worker process died (a signal) while reading the document, or an outside program
    it ran (Tesseract) died or failed."""

    code = "crashed"


class Internal(ExtractorError):
    """A fault of ours that no other code describes; the message names the exception."""

    code = "internal"


class Unreadable(ExtractorError):
    """The input could not be opened at all (permissions, vanished, not a regular file)."""

    code = "unreadable"


class Unwritable(ExtractorError):
    """The output could not be written (disk full, read-only folder, quota): the input is
    fine, so a batch rerun tries it again without ``--retry-failed``."""

    code = "unwritable"


class Timeout(ExtractorError):
    code = "timeout"


class MemoryLimit(ExtractorError):
    code = "memory_limit"


def tool_failure(tool: str, returncode: int, stderr: bytes) -> str:
    """What an outside program's failure says: the signal that killed it (a negative status:
    "-11" said nothing) or its exit status, and its last line of complaint."""
    if returncode < 0:
        try:
            how = f"died with signal {signal.Signals(-returncode).name}"
        except ValueError:
            how = f"died with signal {-returncode}"
    elif returncode:
        how = f"failed with exit status {returncode}"
    else:
        how = "ended without its result (exit status 0)"
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return f"{tool} {how}" + (f": {lines[-1][:200]}" if lines else "")


ERROR_CODES = sorted(
    cls.code for cls in (ExtractorError, *ExtractorError.__subclasses__())
)
