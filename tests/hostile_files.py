"""Small hostile files built by the regression tests themselves: raw PDFs from object
bodies (any MediaBox, any stream filter), ODT packages around a content.xml, and a run of the reader in a child process so a
hang fails the test instead of freezing the suite. No tests here."""
from __future__ import annotations

import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF whose object N is ``objects[N-1]``; object 1 is the catalog."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, flate: bool = False, tail: bytes = b"") -> bytes:
    """A stream object body; ``tail`` is appended after the (compressed) data."""
    body = (zlib.compress(data) if flate else data) + tail
    filters = b" /Filter /FlateDecode" if flate else b""
    return b"<< /Length %d%s >>\nstream\n" % (len(body), filters) + body + b"\nendstream"


def text_ops(lines: list[tuple[float, float, str]], size: float = 11) -> bytes:
    """Content-stream operators drawing each (x, y, text) in Helvetica (y from the bottom)."""
    return b"\n".join(b"BT /F1 %g Tf %g %g Td (%s) Tj ET" % (size, x, y, text.encode("cp1252"))
                      for x, y, text in lines)


def one_page_pdf(content: bytes, mediabox: str = "0 0 612 792", page_extra: bytes = b"", pages: int = 1) -> bytes:
    """A page drawing ``content`` (a stream object body) on ``mediabox``; ``pages`` pages
    all drawing that one stream."""
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Contents 4 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> %s>>" % (mediabox.encode(), page_extra))
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
                    HELVETICA, content] + [page] * pages)


def ruled_grid_ops(lines: int, step: float = 14, origin: float = 50) -> bytes:
    """``lines`` horizontal and ``lines`` vertical rules forming a square grid, a digit in each
    cell of the first row and the first column (so every row and column holds text)."""
    end = origin + (lines - 1) * step
    ops = [b"0.5 w"]
    for i in range(lines):
        at = origin + i * step
        ops += [b"%g %g m %g %g l S" % (origin, at, end, at), b"%g %g m %g %g l S" % (at, origin, at, end)]
    cells = {(0, c) for c in range(lines - 1)} | {(r, 0) for r in range(lines - 1)}
    texts = [(origin + 3 + c * step, origin + 3 + r * step, str((r + c) % 10)) for r, c in sorted(cells)]
    return b"\n".join(ops) + b"\n" + text_ops(texts, size=6)


def run_child(code: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter; a hang raises ``TimeoutExpired`` after ``timeout``."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                          cwd=Path(__file__).resolve().parents[1])


LOCAL, CENTRAL, END = b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"


def patch_zip(data: bytes, signature: bytes, offset: int, value: int, fmt: str = "<H") -> bytes:
    """Overwrite one field (``offset`` bytes into the record) of every zip record starting with
    ``signature`` (``LOCAL``, ``CENTRAL`` or ``END``)."""
    out, at = bytearray(data), 0
    while (at := out.find(signature, at)) >= 0:
        struct.pack_into(fmt, out, at + offset, value)
        at += len(signature)
    return bytes(out)


ODT_MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def write_odt(path: Path, content_xml: str) -> Path:
    """An OpenDocument text package holding ``content_xml``: the stored mimetype first, as the format asks."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/manifest.xml", ODT_MANIFEST)
        zf.writestr("content.xml", content_xml)
    return path
