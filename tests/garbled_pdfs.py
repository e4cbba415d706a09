"""PDFs whose text layer no longer says what the page shows, made from a good PDF (one
LibreOffice wrote: plain font objects, ``/ToUnicode`` CMaps with ``bfchar`` entries). The
glyphs drawn stay the same, so OCR still reads the page. No tests here.

- ``strip_to_unicode``: the fonts lose their Unicode map, as subset fonts of old Word +
  Distiller PDFs: a reader falls back to the font's own codes (control characters, stray
  punctuation, ``(cid:N)``).
- ``remap_to_unicode``: the map sends each glyph to another character (valid letters that
  read as no language, or private-use codes), written as an incremental update.
"""
from __future__ import annotations

import re
import zlib
from typing import Callable

_OBJECT = rb"\n%d 0 obj\n(.*?)endobj"
_TO_UNICODE_REF = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")
_BFCHAR_BLOCK = re.compile(rb"beginbfchar.*?endbfchar", re.S)
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


def strip_to_unicode(data: bytes, font: bytes | None = None) -> bytes:
    """``data`` with the ``/ToUnicode`` entry of every font (or only of the font whose base
    name contains ``font``) renamed, byte for byte the same length (the xref stays valid)."""
    if font is None:
        return data.replace(b"/ToUnicode", b"/ToUnicodX")
    start = data.index(font)
    at = data.index(b"/ToUnicode", start)
    return data[:at] + b"/ToUnicodX" + data[at + len(b"/ToUnicode"):]


def _stream_of(data: bytes, number: int) -> bytes:
    body = re.search(_OBJECT % number, data, re.S)[1]
    raw = body[body.index(b"stream") + len(b"stream"):body.rindex(b"endstream")].strip(b"\r\n")
    return zlib.decompress(raw) if b"FlateDecode" in body[:body.index(b"stream")] else raw


def _remapped_cmap(cmap: bytes, remap: Callable[[str], str]) -> bytes:
    def one(match: re.Match) -> bytes:
        text = bytes.fromhex(match[2].decode()).decode("utf-16-be")
        return b"<%s> <%s>" % (match[1], "".join(map(remap, text)).encode("utf-16-be").hex().upper().encode())

    return _BFCHAR_BLOCK.sub(lambda block: _BFCHAR.sub(one, block[0]), cmap)


def append_objects(data: bytes, objects: dict[int, bytes]) -> bytes:
    """An incremental update of ``data`` that replaces the objects numbered as ``objects``' keys."""
    size = int(re.findall(rb"/Size\s+(\d+)", data)[-1])
    root = re.findall(rb"/Root\s+(\d+\s+\d+\s+R)", data)[-1]
    previous = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = {}
    for number, body in sorted(objects.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for number, offset in sorted(offsets.items()):
        out += b"%d 1\n%010d 00000 n \n" % (number, offset)
    out += b"trailer\n<< /Size %d /Root %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, previous, xref)
    return bytes(out)


def remap_to_unicode(data: bytes, remap: Callable[[str], str]) -> bytes:
    """``data`` with every font's Unicode map sending a glyph's character c to ``remap(c)``."""
    numbers = sorted({int(n) for n in _TO_UNICODE_REF.findall(data)})
    objects = {}
    for number in numbers:
        cmap = _remapped_cmap(_stream_of(data, number), remap)
        objects[number] = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
    return append_objects(data, objects)


def caesar(shift: int) -> Callable[[str], str]:
    """Letters moved ``shift`` places in a-z (and A-Z); æ, ø, å become q, x, z: valid letters
    in an order no language has, as a font whose codes were taken for another encoding."""
    def remap(ch: str) -> str:
        if "a" <= ch <= "z":
            return chr((ord(ch) - 97 + shift) % 26 + 97)
        if "A" <= ch <= "Z":
            return chr((ord(ch) - 65 + shift) % 26 + 65)
        return {"æ": "q", "ø": "x", "å": "z", "Æ": "Q", "Ø": "X", "Å": "Z"}.get(ch, ch)

    return remap


def glyph_index(ch: str) -> str:
    """ASCII moved down 29 places ("The" → "7KH"): the glyph indexes of a TrueType font in its
    standard order read as character codes, the classic Word + Distiller garble."""
    return chr(ord(ch) - 29) if 61 < ord(ch) < 128 else ch


def private_use(ch: str) -> str:
    """Every printable glyph to a private-use code point, as symbol-encoded fonts report them."""
    return chr(0xF000 + ord(ch) % 0x100) if not ch.isspace() else ch
