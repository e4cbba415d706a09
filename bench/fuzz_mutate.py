"""Mutation operators for ``bench/fuzz.py``: each takes the seed file's bytes and a seeded
``random.Random`` and returns the mutant's bytes, so a mutant is fully determined by
(seed file, operator, run seed, mutant number).

Families: generic byte edits (any file); PDF stream and dictionary edits; edits of the
members of a zip package (DOCX, ODT: broken XML, huge attributes, deep nesting, missing or
doubled parts, odd header fields); OLE edits for ``.doc`` (header, FAT, directory, FIB); RTF
edits (unbalanced and deep groups, huge control words).
"""
from __future__ import annotations

import io
import random
import re
import struct
import warnings
import zipfile
import zlib
from typing import Callable

Mutator = Callable[[bytes, random.Random], bytes]

# ---------------------------------------------------------------- generic byte edits


def _span(data: bytes, rng: random.Random, most: int = 4096) -> tuple[int, int]:
    start = rng.randrange(max(1, len(data)))
    return start, min(len(data), start + rng.randint(1, most))


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 64)):
        at = rng.randrange(len(out))
        out[at] ^= rng.randint(1, 255)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randint(1, max(1, len(data) - 1))]


def duplicate_chunk(data: bytes, rng: random.Random) -> bytes:
    start, end = _span(data, rng, 1 << 16)
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[start:end] * rng.randint(1, 8) + data[at:]


def delete_chunk(data: bytes, rng: random.Random) -> bytes:
    start, end = _span(data, rng, 1 << 14)
    return data[:start] + data[end:]


def overwrite_run(data: bytes, rng: random.Random) -> bytes:
    start, end = _span(data, rng, 512)
    fill = rng.choice([b"\x00", b"\xff", b"9", bytes([rng.randrange(256)])])
    return data[:start] + fill * (end - start) + data[end:]


GENERIC: dict[str, Mutator] = {
    "flip_bytes": flip_bytes, "truncate": truncate, "duplicate_chunk": duplicate_chunk,
    "delete_chunk": delete_chunk, "overwrite_run": overwrite_run,
}

# ---------------------------------------------------------------- PDF

_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)
_NUMBER = re.compile(rb"(?<=[\s\[/<])-?\d+(?:\.\d+)?(?=[\s\]>/])")
_NAMES = [b"/Page", b"/Pages", b"/FlateDecode", b"/LZWDecode", b"/DCTDecode", b"/ASCIIHexDecode", b"/JBIG2Decode",
          b"/Crypt", b"/Form", b"/Image", b"/Type0", b"/Identity-H", b"/XObject", b"/Font", b"/Kids", b"/Parent"]
_EXTREMES = [b"0", b"-1", b"-2147483649", b"2147483648", b"99999999999999999999", b"1e308", b"0.0000001",
             b"4294967295", b"65536", b"-0"]


def _pick(pattern: re.Pattern, data: bytes, rng: random.Random) -> re.Match | None:
    found = list(pattern.finditer(data))
    return rng.choice(found) if found else None


def _replace_stream(data: bytes, rng: random.Random, make: Callable[[bytes], bytes]) -> bytes:
    match = _pick(_STREAM, data, rng)
    if match is None:
        return flip_bytes(data, rng)
    return data[: match.start(1)] + make(match.group(1)) + data[match.end(1):]


def stream_garbage(data: bytes, rng: random.Random) -> bytes:
    return _replace_stream(data, rng, lambda old: rng.randbytes(len(old)))


def stream_bad_flate(data: bytes, rng: random.Random) -> bytes:
    """Cut, trailing bytes after the end, or an inflated size past the 1 MiB guard chunk."""
    choice = rng.randrange(3)
    if choice == 0:
        make = lambda old: zlib.compress(old)[: rng.randint(2, max(3, len(old) // 2))]  # noqa: E731
    elif choice == 1:
        make = lambda old: zlib.compress(b"0 0 m 1 1 l S\n" * rng.randint(80_000, 120_000)) + rng.randbytes(rng.randint(1, 9))  # noqa: E731
    else:
        make = lambda old: zlib.compress(b"q Q " * rng.randint(1 << 18, 1 << 19))  # noqa: E731
    return _replace_stream(data, rng, make)


def stream_bomb(data: bytes, rng: random.Random) -> bytes:
    """A content stream that inflates past the guard's limit (too_large)."""
    return _replace_stream(data, rng, lambda old: zlib.compress(b" " * (rng.randint(65, 120) << 20), 9))


def stream_length(data: bytes, rng: random.Random) -> bytes:
    found = list(re.finditer(rb"/Length\s+(\d+)", data))
    if not found:
        return flip_bytes(data, rng)
    match = rng.choice(found)
    return data[: match.start(1)] + rng.choice(_EXTREMES + [b"1", b"10"]) + data[match.end(1):]


def dict_number(data: bytes, rng: random.Random) -> bytes:
    out = data
    for _ in range(rng.randint(1, 6)):
        match = _pick(_NUMBER, out, rng)
        if match is None:
            break
        out = out[: match.start()] + rng.choice(_EXTREMES) + out[match.end():]
    return out


def dict_name(data: bytes, rng: random.Random) -> bytes:
    names = [n for n in _NAMES if n in data]
    if not names:
        return flip_bytes(data, rng)
    old = rng.choice(names)
    spots = [m.start() for m in re.finditer(re.escape(old) + rb"(?=[\s/>\]])", data)]
    at = rng.choice(spots) if spots else data.index(old)
    return data[:at] + rng.choice(_NAMES) + data[at + len(old):]


def mediabox(data: bytes, rng: random.Random) -> bytes:
    boxes = list(re.finditer(rb"/(?:MediaBox|CropBox)\s*\[[^\]]*\]", data))
    if not boxes:
        return flip_bytes(data, rng)
    match = rng.choice(boxes)
    value = rng.choice([b"[612 792 0 0]", b"[0 0 0 0]", b"[0 0 14400 14400]", b"[0 0 -612 -792]",
                        b"[0 0 1e308 1e308]", b"[0 0 612]", b"[/a /b /c /d]", b"[0 0 200000 200000]"])
    name = match.group(0).split(b"[", 1)[0]
    return data[: match.start()] + name + value + data[match.end():]


def kids_cycle(data: bytes, rng: random.Random) -> bytes:
    """Page-tree references pointing back up (a cycle) or at nothing."""
    refs = list(re.finditer(rb"/(Kids|Parent|Pages|Contents|Resources)\s*(\[?\s*)(\d+) (\d+) R", data))
    if not refs:
        return flip_bytes(data, rng)
    match = rng.choice(refs)
    target = rng.choice([b"1", b"2", b"3", b"99999", match.group(3)])
    return data[: match.start(3)] + target + data[match.end(3):]


def xref_garbage(data: bytes, rng: random.Random) -> bytes:
    match = re.search(rb"startxref\s+(\d+)", data)
    if match is None or rng.random() < 0.5:
        table = data.rfind(b"xref")
        if table < 0:
            return flip_bytes(data, rng)
        start = table + 4
        return data[:start] + rng.randbytes(rng.randint(8, 200)) + data[start + 100:]
    return data[: match.start(1)] + rng.choice(_EXTREMES) + data[match.end(1):]


def drop_endobj(data: bytes, rng: random.Random) -> bytes:
    spots = [m.start() for m in re.finditer(rb"endobj", data)]
    for at in sorted(rng.sample(spots, min(len(spots), rng.randint(1, 5))), reverse=True):
        data = data[:at] + data[at + 6:]
    return data


def deep_array(data: bytes, rng: random.Random) -> bytes:
    """Deeply nested arrays or dictionaries inside an object (parser recursion)."""
    depth = rng.choice([500, 5000, 50_000])
    nested = b"[" * depth + b"]" * depth if rng.random() < 0.5 else b"<</A " * depth + b">>" * depth
    at = data.find(b"<<", rng.randrange(max(1, len(data))))
    at = at + 2 if at >= 0 else len(data) // 2
    return data[:at] + b" /Deep " + nested + b" " + data[at:]


PDF: dict[str, Mutator] = {
    "stream_garbage": stream_garbage, "stream_bad_flate": stream_bad_flate, "stream_bomb": stream_bomb,
    "stream_length": stream_length, "dict_number": dict_number, "dict_name": dict_name, "mediabox": mediabox,
    "kids_cycle": kids_cycle, "xref_garbage": xref_garbage, "drop_endobj": drop_endobj, "deep_array": deep_array,
}

# ---------------------------------------------------------------- zip packages (DOCX, ODT)


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return [(info, zf.read(info)) for info in zf.infolist()]
    except Exception:  # noqa: BLE001 - a seed that is not a readable zip gets byte edits instead
        return None


def _rezip(members: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        warnings.simplefilter("ignore")  # doubled member names are the point of member_duplicate
        for info, body in members:
            zf.writestr(info.filename, body, compress_type=info.compress_type)
    return buf.getvalue()


def _main_xml(members: list[tuple[zipfile.ZipInfo, bytes]], rng: random.Random) -> int:
    """Index of the member to edit: mostly the main document, else any XML part."""
    names = [info.filename for info, _ in members]
    for main in ("word/document.xml", "content.xml"):
        if main in names and rng.random() < 0.7:
            return names.index(main)
    xml = [i for i, name in enumerate(names) if name.endswith((".xml", ".rels"))]
    return rng.choice(xml) if xml else rng.randrange(len(members))


def _edit_member(data: bytes, rng: random.Random, edit: Callable[[bytes], bytes]) -> bytes:
    members = _members(data)
    if not members:
        return flip_bytes(data, rng)
    index = _main_xml(members, rng)
    info, body = members[index]
    members[index] = (info, edit(body))
    return _rezip(members)


def xml_broken(data: bytes, rng: random.Random) -> bytes:
    def edit(body: bytes) -> bytes:
        choice = rng.randrange(4)
        if choice == 0:
            return body[: rng.randrange(max(1, len(body)))]
        if choice == 1:  # drop one closing tag
            closes = [m.start() for m in re.finditer(rb"</", body)]
            if closes:
                at = rng.choice(closes)
                return body[:at] + body[body.find(b">", at) + 1:]
        if choice == 2:
            return body.replace(b"<", b"<<", 1) + b"&undefined;"
        start, end = _span(body, rng, 64)
        return body[:start] + rng.randbytes(end - start) + body[end:]
    return _edit_member(data, rng, edit)


def xml_huge_attribute(data: bytes, rng: random.Random) -> bytes:
    value = rng.choice([b"9" * 40, b"2147483648", b"-1", b"999", b"x" * (1 << 20), b"\xc2\xb2", b"\xe2\x91\xa0",
                        b"\xd9\xa3", b"NaN", b"1e999", b""])

    def edit(body: bytes) -> bytes:
        attrs = list(re.finditer(rb'(\w+:val|\w+:w|\w+:h|\w+:sz|\w+:id)="([^"]*)"', body))
        for match in sorted(rng.sample(attrs, min(len(attrs), rng.randint(1, 40))), key=lambda m: -m.start()):
            body = body[: match.start(2)] + value + body[match.end(2):]
        return body
    return _edit_member(data, rng, edit)


def xml_span_bomb(data: bytes, rng: random.Random) -> bytes:
    """Every table cell spanning many columns after many empty ones."""
    def edit(body: bytes) -> bytes:
        span = str(rng.choice([50, 999, 5000])).encode()
        body = re.sub(rb"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="' + span + b'"/>', body)
        return re.sub(rb"<w:tr>|<w:tr ", lambda m: m.group(0) + (b'><w:trPr><w:gridBefore w:val="' + span + b'"/></w:trPr'
                                                                 if m.group(0) == b"<w:tr>" else b""), body)
    return _edit_member(data, rng, edit)


def xml_deep_nesting(data: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([200, 2000, 20_000, 200_000])
    kind = rng.randrange(3)
    if kind == 0:
        open_, close = b"<w:sdt><w:sdtContent>", b"</w:sdtContent></w:sdt>"
    elif kind == 1:
        open_, close = b"<w:tbl><w:tr><w:tc>", b"<w:p/></w:tc></w:tr></w:tbl>"
    else:
        open_, close = b"<x>", b"</x>"

    def edit(body: bytes) -> bytes:
        nested = open_ * depth + b"<w:p><w:r><w:t>dypt</w:t></w:r></w:p>" + close * depth
        at = body.find(b"<w:body>")
        at = at + 8 if at >= 0 else body.find(b">", body.find(b"?>") + 2) + 1
        return body[:at] + nested + body[at:]
    return _edit_member(data, rng, edit)


def member_delete(data: bytes, rng: random.Random) -> bytes:
    members = _members(data)
    if not members:
        return flip_bytes(data, rng)
    del members[rng.randrange(len(members))]
    return _rezip(members)


def member_duplicate(data: bytes, rng: random.Random) -> bytes:
    members = _members(data)
    if not members:
        return flip_bytes(data, rng)
    info, body = members[_main_xml(members, rng)]
    members.append((info, body[: len(body) // 2] if rng.random() < 0.5 else body))
    return _rezip(members)


def rels_target(data: bytes, rng: random.Random) -> bytes:
    target = rng.choice([b"http://127.0.0.1:9/x", b"/etc/passwd", b"../../../../etc/hostname", b"word/document.xml",
                         b"", b"\x00", b"word/missing.xml"])

    def edit(body: bytes) -> bytes:
        return re.sub(rb'Target="[^"]*"', lambda m: b'Target="' + target + b'"' if rng.random() < 0.5 else m.group(0), body)
    members = _members(data)
    if not members:
        return flip_bytes(data, rng)
    rels = [i for i, (info, _) in enumerate(members) if info.filename.endswith(".rels")] or [0]
    index = rng.choice(rels)
    members[index] = (members[index][0], edit(members[index][1]))
    return _rezip(members)


_ZIP_FIELDS = [  # (record signature, offset, format, values)
    (b"PK\x01\x02", 6, "<H", [45, 63, 64, 99, 0xFFFF]),  # version needed
    (b"PK\x03\x04", 8, "<H", [1, 6, 9, 12, 14, 93, 99]),  # method
    (b"PK\x03\x04", 6, "<H", [0x0001, 0x0008, 0x0020, 0x0040]),  # flags: encrypted, data descriptor, patched, strong
    (b"PK\x01\x02", 20, "<I", [0, 1, 0xFFFFFFFF]),  # compressed size
    (b"PK\x01\x02", 24, "<I", [0, 7, 0x7FFFFFFF, 0xFFFFFFFF]),  # uncompressed size
    (b"PK\x01\x02", 42, "<I", [0xFFFFFFF0, 0x7FFFFFFF, 1]),  # local header offset
    (b"PK\x05\x06", 10, "<H", [0, 1, 0xFFFF]),  # entries in the directory
    (b"PK\x05\x06", 16, "<I", [0, 0xFFFFFF00, 0x7FFFFFFF]),  # directory offset
    (b"PK\x01\x02", 16, "<I", [0, 0xDEADBEEF]),  # CRC
]


def zip_header(data: bytes, rng: random.Random) -> bytes:
    signature, offset, fmt, values = rng.choice(_ZIP_FIELDS)
    spots = [m.start() for m in re.finditer(re.escape(signature), data)]
    if not spots:
        return flip_bytes(data, rng)
    out = bytearray(data)
    for at in rng.sample(spots, rng.randint(1, len(spots))):
        if at + offset + struct.calcsize(fmt) <= len(out):
            struct.pack_into(fmt, out, at + offset, rng.choice(values))
    return bytes(out)


ZIP: dict[str, Mutator] = {
    "xml_broken": xml_broken, "xml_huge_attribute": xml_huge_attribute, "xml_span_bomb": xml_span_bomb,
    "xml_deep_nesting": xml_deep_nesting, "member_delete": member_delete, "member_duplicate": member_duplicate,
    "rels_target": rels_target, "zip_header": zip_header,
}

# ---------------------------------------------------------------- OLE (.doc)

OLE_SECTOR = 512


def ole_header(data: bytes, rng: random.Random) -> bytes:
    fields = [(0x1E, "<H", [0, 7, 9, 12, 16, 0xFFFF]),  # sector shift
              (0x20, "<H", [0, 12, 0xFFFF]),  # mini sector shift
              (0x2C, "<I", [0, 1, 0xFFFF, 0x7FFFFFFF]),  # FAT sector count
              (0x30, "<I", [0, 1, 0xFFFFFFFE, 0x7FFFFFFF]),  # first directory sector
              (0x38, "<I", [0, 1, 0xFFFFFFFF]),  # mini stream cutoff
              (0x3C, "<I", [0, 0xFFFFFFFE, 0x7FFFFFFF]),  # first mini FAT sector
              (0x44, "<I", [0, 0xFFFFFFFE, 3])]  # first DIFAT sector
    offset, fmt, values = rng.choice(fields)
    out = bytearray(data)
    if len(out) >= 0x50:
        struct.pack_into(fmt, out, offset, rng.choice(values))
    return bytes(out)


def _sector(data: bytes, header_field: int) -> int | None:
    """Offset of the sector a header field (first FAT sector 0x4C, directory 0x30) names."""
    if len(data) < OLE_SECTOR * 2:
        return None
    base = OLE_SECTOR * (struct.unpack_from("<I", data, header_field)[0] + 1)
    return base if base + OLE_SECTOR <= len(data) else None


def ole_fat(data: bytes, rng: random.Random) -> bytes:
    """Corrupt FAT entries of the first FAT sector: loops, out of range, free."""
    base = _sector(data, 0x4C)
    if base is None:
        return flip_bytes(data, rng)
    out = bytearray(data)
    for _ in range(rng.randint(1, 16)):
        entry = rng.randrange(OLE_SECTOR // 4)
        struct.pack_into("<I", out, base + 4 * entry, rng.choice([entry, 0, 1, 0xFFFFFFFF, 0xFFFFFFFD, 0x7FFFFFFF]))
    return bytes(out)


def ole_directory(data: bytes, rng: random.Random) -> bytes:
    """Directory entries with huge sizes, wild start sectors and looping siblings."""
    base = _sector(data, 0x30)
    if base is None:
        return flip_bytes(data, rng)
    out = bytearray(data)
    entry = base + 128 * rng.randrange(4)
    offset, values = rng.choice([(0x78, [0, 0xFFFFFFF0, 0x7FFFFFFF]), (0x74, [0, 1, 0xFFFFFFFE, 0x7FFFFFFF]),
                                 (0x44, [0, 1, 2]), (0x48, [0, 1, 2]), (0x4C, [0, 1, 2]), (0x40, [0, 64, 0xFFFF])])
    fmt = "<H" if offset == 0x40 else "<I"
    struct.pack_into(fmt, out, entry + offset, rng.choice(values))
    return bytes(out)


def ole_fib(data: bytes, rng: random.Random) -> bytes:
    """Edits in the Word FIB (the WordDocument stream starts at a sector with 0xA5EC)."""
    starts = [at for at in range(OLE_SECTOR, len(data) - OLE_SECTOR, OLE_SECTOR)
              if data[at:at + 2] in (b"\xec\xa5", b"\xdc\xa5")]
    if not starts:
        return flip_bytes(data, rng)
    fib = rng.choice(starts)
    out = bytearray(data)
    if rng.random() < 0.2:
        out[fib + 0x0B] |= 0x01  # fEncrypted
    for _ in range(rng.randint(1, 24)):
        at = fib + rng.randrange(0x200)
        out[at] = rng.choice([0x00, 0xFF, 0x7F, out[at] ^ 0x80])
    return bytes(out)


OLE: dict[str, Mutator] = {"ole_header": ole_header, "ole_fat": ole_fat, "ole_directory": ole_directory, "ole_fib": ole_fib}

# ---------------------------------------------------------------- RTF


def rtf_groups(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(max(1, len(data)))
    kind = rng.randrange(3)
    if kind == 0:
        return data[:at] + b"{" * rng.choice([1000, 100_000]) + data[at:]
    if kind == 1:
        return data[:at] + b"}" * rng.randint(1, 50) + data[at:]
    return data.replace(b"}", b"", rng.randint(1, 5))


def rtf_control_words(data: bytes, rng: random.Random) -> bytes:
    word = rng.choice([rb"\fs999999999 ", rb"\u-99999?", rb"\bin2147483647 ", rb"\bin99 ", rb"\trowd\cellx-1\cell\row ",
                       rb"{\pict\pngblip\picw99999999\pich99999999 0000}", rb"{\object\objdata 01050000ffff}",
                       rb"{\field{\*\fldinst INCLUDEPICTURE " + b'"http://127.0.0.1:9/x.png"' + rb"}{\fldrslt }}",
                       rb"\uc99999 ", rb"\'zz"])
    at = rng.randrange(max(1, len(data)))
    return data[:at] + word * rng.randint(1, 200) + data[at:]


RTF: dict[str, Mutator] = {"rtf_groups": rtf_groups, "rtf_control_words": rtf_control_words}

FAMILIES: dict[str, dict[str, Mutator]] = {"pdf": PDF, "zip": ZIP, "ole": OLE, "rtf": RTF}


def kind_of(data: bytes) -> str:
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK"):
        return "zip"
    if data.startswith(bytes.fromhex("D0CF11E0A1B11AE1")):
        return "ole"
    if data.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    return "other"


def mutate(data: bytes, rng: random.Random) -> tuple[bytes, list[str]]:
    """One or two operators (generic or of the seed's family), chosen by ``rng``."""
    family = FAMILIES.get(kind_of(data), {})
    names: list[str] = []
    for _ in range(2 if rng.random() < 0.2 else 1):
        pool = family if family and rng.random() < 0.7 else GENERIC
        name = rng.choice(sorted(pool))
        data = pool[name](data, rng) or data[:1]
        names.append(name)
    return data, names
