"""A PDF text layer spoilt as an old converter spoils it: the text of some fonts was written as UTF-8
and read back as Windows-1252, so "ø" is extracted as "Ã¸", "å" as "Ã¥", "æ" as "Ã¦", while the page,
drawn from the glyphs, still shows the right letters.

``spoil_text_layer`` rewrites the ToUnicode maps (``bfchar`` entries) of the named fonts of a
LibreOffice PDF and appends them as an incremental update (new versions of those objects, an xref
section and a trailer pointing back with /Prev), so the original bytes are kept as they are.
"""
from __future__ import annotations

import re
import zlib

FONT = re.compile(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([\w.-]+)[^>]*?/ToUnicode\s+(\d+) 0 R", re.S)
BFCHAR = re.compile(rb"(<[0-9A-Fa-f]+>)\s*<([0-9A-Fa-f]+)>")


def misread(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (Latin-1 where 1252 has no letter)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def _spoil_cmap(cmap: bytes) -> bytes:
    def sub(m):
        text = bytes.fromhex(m.group(2).decode()).decode("utf-16-be")
        if text.isascii():
            return m.group(0)
        return m.group(1) + b" <" + misread(text).encode("utf-16-be").hex().upper().encode() + b">"

    head, sep, rest = cmap.partition(b"beginbfchar")
    return head + sep + BFCHAR.sub(sub, rest)


def _object(data: bytes, number: int) -> tuple[bytes, bytes]:
    """(dictionary, decoded stream) of a stream object with a direct /Length."""
    start = re.search(rb"(?<![\d])%d 0 obj\b" % number, data).end()
    head_end = data.index(b"stream", start)
    head = data[start:head_end]
    length = int(re.search(rb"/Length\s+(\d+)(?!\s+0\s+R)", head).group(1))
    body_start = head_end + len(b"stream") + (2 if data[head_end + 6:head_end + 8] == b"\r\n" else 1)
    return head, zlib.decompress(data[body_start:body_start + length])


def spoil_text_layer(data: bytes, fonts: tuple[str, ...]) -> bytes:
    """The PDF with the ToUnicode maps of every font whose name starts with one of ``fonts`` spoilt."""
    targets = sorted({int(m.group(2)) for m in FONT.finditer(data)
                      if m.group(1).decode().startswith(tuple(fonts))})
    if not targets:
        raise ValueError(f"no font named {fonts} with a ToUnicode map")
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    trailer = re.findall(rb"trailer\s*<<(.*?)>>\s*startxref", data, re.S)[-1]
    keep = b"".join(re.findall(rb"/(?:Size|Root|Info)\s+\d+(?:\s+0\s+R)?", trailer))
    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets = {}
    for number in targets:
        _, cmap = _object(data, number)
        body = zlib.compress(_spoil_cmap(cmap), 9)
        offsets[number] = len(out)
        out += b"%d 0 obj\n<</Length %d/Filter/FlateDecode>>\nstream\n" % (number, len(body))
        out += body + b"\nendstream\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number in targets:
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    out += b"trailer\n<<" + keep + b"/Prev %d>>\nstartxref\n%d\n%%%%EOF\n" % (prev, xref)
    return bytes(out)
